"""A batch run's worker processes die with it: after SIGKILL (the kernel's death signal) and after
SIGTERM (the run stops its pool, says so in one line and exits 143). Linux only (/proc, prctl)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux (/proc, prctl)"),
]

SRC = Path(__file__).resolve().parents[2] / "src"
WAIT_SECONDS = 120  # how long a process may take to appear or to go; a liveness bound, not a speed test

BUSY_POOL = """
import subprocess, sys, time
from wetscan.batch.runner import _new_pool

if __name__ == "__main__":
    markers = sys.argv[1]
    pool = _new_pool(2)
    # Each task keeps its worker busy for an hour, after leaving a marker named by the worker's pid
    # ($PPID of the shell) and the pid of the sleeper it becomes ($$, kept by exec).
    for _ in range(2):
        pool.submit(subprocess.call, ["sh", "-c", f"mkdir {markers}/$PPID-$$ && exec sleep 3600"])
    time.sleep(3600)
"""

BILL = """Regels over meldpunten voor woonoverlast (Wet meldpunten woonoverlast {number})

Artikel 1
Het college van burgemeester en wethouders richt een meldpunt voor woonoverlast in.

Artikel 2
De raad stelt bij verordening regels over de werkwijze van het meldpunt.

Artikel 3
Deze wet treedt in werking met ingang van 1 januari 2027.
"""


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}


def _alive(pid: int) -> bool:
    """Is ``pid`` a live process (not gone, not a zombie waiting for a reaper)?"""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _children(parent: int) -> list[int]:
    """The live worker processes (multiprocessing spawn) whose parent is ``parent``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == parent and b"spawn_main" in command and _alive(int(entry.name)):
            found.append(int(entry.name))
    return found


def _wait_for(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"waited {WAIT_SECONDS} s for {what}")
        time.sleep(0.2)


def test_busy_workers_die_when_the_run_is_killed(tmp_path: Path) -> None:
    script, markers = tmp_path / "busy_pool.py", tmp_path / "markers"
    script.write_text(BUSY_POOL)
    markers.mkdir()
    run = subprocess.Popen([sys.executable, str(script), str(markers)], env=_environment())
    sleepers: list[int] = []
    try:
        _wait_for(lambda: len(list(markers.iterdir())) == 2, "both workers to be busy")
        pairs = [tuple(map(int, marker.name.split("-"))) for marker in markers.iterdir()]
        workers, sleepers = [worker for worker, _ in pairs], [sleeper for _, sleeper in pairs]
        assert sorted(workers) == sorted(_children(run.pid))
        run.send_signal(signal.SIGKILL)
        run.wait()
        _wait_for(lambda: not any(_alive(worker) for worker in workers), "the orphaned workers to die")
    finally:
        for pid in [run.pid, *_children(run.pid), *sleepers]:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def test_sigterm_stops_the_pool_and_says_so(tmp_path: Path) -> None:
    inputs = tmp_path / "consultatie"
    inputs.mkdir()
    for number in range(12):
        (inputs / f"wet-{number:02d}.txt").write_text(BILL.format(number=number), encoding="utf-8")
    run = subprocess.Popen(
        [sys.executable, "-c", "from wetscan.cli import main; main()", "batch", str(inputs),
         "--out", str(tmp_path / "out"), "--workers", "2"],
        env=_environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    workers: list[int] = []
    try:
        _wait_for(lambda: len(_children(run.pid)) == 2 or run.poll() is not None, "two workers")
        workers = _children(run.pid)
        assert len(workers) == 2, "the run ended before its workers could be seen"
        run.send_signal(signal.SIGTERM)
        _, stderr = run.communicate(timeout=WAIT_SECONDS)
        assert run.returncode == 143, stderr
        last = stderr.strip().splitlines()[-1]
        assert last.startswith("wetscan: stopped by SIGTERM") and "run the same command again" in last
        assert "Traceback" not in stderr
        _wait_for(lambda: not any(_alive(worker) for worker in workers), "the workers to be stopped")
    finally:
        for pid in [run.pid, *workers]:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
