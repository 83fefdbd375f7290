"""Scan one document inside a worker and turn the result into a summary outcome.

This function runs in a local worker process or on a Dask worker; everything it takes and
returns is plain data, so it pickles. It never raises for a bad document: the error becomes part
of the outcome, as one line naming the file and the problem.
"""

from __future__ import annotations

import contextvars
import resource
import signal
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable, TypeVar

from wetscan.errors import WetscanError
from wetscan.i18n import _, speaking
from wetscan.model import LAYERS

T = TypeVar("T")

WARM_UP_TEXT = "Het college van burgemeester en wethouders stelt jaarlijks een plan vast."


#: Address space one document may add to a worker that has its pipeline loaded (about 0.8 GB): with
#: the pipeline's own resident memory a worker stays under 2 GB, and a document that needs more fails
#: alone ("ran out of memory") instead of taking the machine's memory.
DOCUMENT_MEMORY_BYTES = 1536 * 1024 * 1024


class DocumentTimeout(BaseException):
    """The document took longer than the per-document time limit.

    A ``BaseException`` (like ``KeyboardInterrupt``): the timer raises it wherever the scan is, and
    a reader's ``except Exception`` around a library call must not turn it into "damaged document".
    """


def warm_up() -> None:
    """Load the Dutch pipeline, and the learned reader where the default reader uses it, once per
    worker process, before the first document arrives."""
    from wetscan.analyse import analyse_texts
    from wetscan.learned import load_default_reader

    analyse_texts([WARM_UP_TEXT])
    load_default_reader()


def limit_memory(extra: int | None = None) -> int | None:
    """Cap this process's address space (``RLIMIT_AS``) at its current size plus ``extra`` bytes
    (default :data:`DOCUMENT_MEMORY_BYTES`).

    Returns the previous soft limit (to restore it), or None where the size cannot be read
    (``/proc`` is Linux only) and no cap is set. An allocation beyond the cap raises MemoryError.
    """
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = pages * resource.getpagesize() + (DOCUMENT_MEMORY_BYTES if extra is None else extra)
    for limit in (soft, hard):
        if limit != resource.RLIM_INFINITY:
            ceiling = min(ceiling, limit)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    return soft


def restore_memory(previous: int | None) -> None:
    """Lift the cap :func:`limit_memory` set (``previous`` is what it returned)."""
    if previous is not None:
        resource.setrlimit(resource.RLIMIT_AS, (previous, resource.getrlimit(resource.RLIMIT_AS)[1]))


def call_with_time_limit(function: Callable[[], T], seconds: float | None) -> T:
    """Run ``function`` and raise :class:`DocumentTimeout` when it takes more than ``seconds``.

    In a process's main thread (a local worker) the call is interrupted by a timer signal. Where
    signals cannot be used (a Dask worker runs tasks in threads) the call runs in a helper thread
    that is abandoned at the deadline: the document is reported as timed out and the worker goes
    on, though the abandoned call may use a core until it ends by itself.
    """
    if not seconds:
        return function()
    if threading.current_thread() is threading.main_thread():
        def _expire(signum: int, frame: object) -> None:
            raise DocumentTimeout()

        previous = signal.signal(signal.SIGALRM, _expire)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return function()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    outcome: dict[str, Any] = {}
    context = contextvars.copy_context()  # the helper thread speaks the caller's language

    def _target() -> None:
        try:
            outcome["value"] = context.run(function)
        except BaseException as error:  # handed to the calling thread below
            outcome["error"] = error

    helper = threading.Thread(target=_target, name="wetscan-document", daemon=True)
    helper.start()
    helper.join(seconds)
    if helper.is_alive():
        raise DocumentTimeout()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def peak_memory_mb() -> float:
    """This process's peak resident memory so far (Linux reports ru_maxrss in KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def outcome_from_report(report: dict[str, Any]) -> dict[str, Any]:
    """The summary fields of one report (everything but path, error and timing)."""
    bill_provisions = [p for p in report["provisions"] if p["part"] == "bill"]
    assessment = report.get("assessment") or {}
    udo = assessment.get("udo") or {}
    cosignature = assessment.get("cosignature") or {}
    fvw = assessment.get("fvw_art2") or {}
    document = report.get("document") or {}
    return {
        "sha256": report["source"]["sha256"],
        "role": document.get("role", "bill"),
        "format": report["source"]["format"],
        "title": report.get("title"),
        "pages": report["source"].get("pages"),
        "provisions": len(bill_provisions),
        "layers": list(assessment.get("layers", [])),
        **{f"{layer}_provisions": sum(layer in p.get("layers", []) for p in bill_provisions) for layer in LAYERS},
        "mandatory_cooperation": bool(assessment.get("mandatory_cooperation", False)),
        "udo_verdict": udo.get("verdict"),
        "udo_score": udo.get("score"),
        "cosignature_verdict": cosignature.get("verdict"),
        "cosignature_score": cosignature.get("score"),
        "fvw_art2_status": fvw.get("status"),
    }


def scan_document(
    path: str,
    sha256: str,
    timeout: float | None = None,
    rules: str | None = None,
    data: bytes | None = None,
    toelichting: str | None = None,
    toelichting_data: bytes | None = None,
    revisions: str = "proposed",
    language: str | None = None,
) -> dict[str, Any]:
    """Scan ``path`` and return ``{"outcome": {...}, "report": {...} or None}``.

    ``data`` carries the file's bytes when the worker cannot reach ``path`` (a remote Dask
    worker); the report still names the original path. ``toelichting`` is the memorandum paired
    with the bill in its consultation (``toelichting_data`` its bytes, likewise). ``language`` is
    the language of the run (``nl``/``en``; None: this process's default): the report's
    explanations and the error are written in it.
    """
    with speaking(language):
        return _scan_document(path, sha256, timeout, rules, data, toelichting, toelichting_data, revisions)


def _scan_document(path: str, sha256: str, timeout: float | None, rules: str | None, data: bytes | None,
                   toelichting: str | None, toelichting_data: bytes | None, revisions: str) -> dict[str, Any]:
    """:func:`scan_document` in the language already chosen."""
    from wetscan.scan import scan

    started = time.perf_counter()
    report = None
    error = None
    with tempfile.TemporaryDirectory(prefix="wetscan-") as folder:
        local = Path(path) if data is None else Path(folder) / Path(path).name
        memo = None
        if toelichting:
            memo = Path(toelichting) if toelichting_data is None else Path(folder) / f"toelichting-{Path(toelichting).name}"
        try:
            def _scan() -> dict[str, Any]:
                if data is not None:
                    local.write_bytes(data)
                if memo is not None and toelichting_data is not None:
                    memo.write_bytes(toelichting_data)
                result = scan(local, rules=Path(rules) if rules else None, toelichting=memo, revisions=revisions)
                result.bill.source.path = path
                result.memorandum = toelichting
                return result.report()

            report = call_with_time_limit(_scan, timeout)
        except WetscanError as problem:
            error = str(problem).replace(str(local), path)
        except DocumentTimeout:
            error = _("{path}: took longer than the per-document limit of {seconds} s").format(
                path=path, seconds=f"{timeout:g}")
        except MemoryError:
            error = _("{path}: ran out of memory (a document may use about {megabytes} MB)").format(
                path=path, megabytes=f"{DOCUMENT_MEMORY_BYTES // 2**20:,}")
        except Exception as problem:  # a crash in analysis must not stop the batch
            message = str(problem).splitlines()[0] if str(problem) else ""
            error = _("{path}: analysis failed ({error})").format(
                path=path, error=type(problem).__name__ + (f": {message}" if message else ""))
    outcome: dict[str, Any] = outcome_from_report(report) if report else {"sha256": sha256}
    outcome.update({
        "sha256": sha256,
        "memorandum_sha256": (report.get("document") or {}).get("memorandum_sha256") if report else None,
        "error": error,
        "seconds": round(time.perf_counter() - started, 3),
        "peak_memory_mb": peak_memory_mb(),
    })
    return {"outcome": outcome, "report": report}
