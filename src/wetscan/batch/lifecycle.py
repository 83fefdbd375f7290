"""Worker processes live and die with the batch run that started them.

A batch run stopped by ``kill`` (SIGTERM) or killed outright (SIGKILL, the OOM killer) must not
leave its workers behind, each still scanning a document for minutes with nobody to report to.

* Each local worker asks the Linux kernel, as the first thing it does, to be killed when its parent
  dies (``prctl(PR_SET_PDEATHSIG, SIGKILL)``); that covers SIGKILL, which the parent cannot catch.
  The kernel watches the parent *thread* that started the worker: the pool starts its workers from
  the thread that submits work, the main thread of the run.
* The run itself turns SIGTERM into :class:`Terminated` (:func:`sigterm_stops_run`), so that the
  code driving the pool can kill the workers (:func:`stop_pool`) before the exception travels on.
  Finished documents are on disk already; running the same command again resumes the run.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from wetscan.batch.worker import limit_memory, warm_up
from wetscan.i18n import _

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


class Terminated(BaseException):
    """The run received SIGTERM. A BaseException, like KeyboardInterrupt: no ``except Exception``
    that isolates a failing document may swallow it."""

    def __init__(self, signum: int) -> None:
        super().__init__(_("stopped by {signal}").format(signal=signal.Signals(signum).name))
        self.signum = signum


def die_with_parent(parent_pid: int) -> None:
    """In a worker: be killed by the kernel when the parent process ends (Linux; elsewhere the
    parent's :func:`stop_pool` must do). Exits at once when the parent is gone already."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent_pid:  # the parent died before the request took effect
        os._exit(1)


def start_worker(parent_pid: int) -> None:
    """Initializer of a local worker process: tie it to the parent, load the pipeline, then cap its
    memory for the documents (see :func:`wetscan.batch.worker.limit_memory`)."""
    die_with_parent(parent_pid)
    warm_up()
    limit_memory()


@contextmanager
def sigterm_stops_run() -> Iterator[None]:
    """While the block runs, SIGTERM raises :class:`Terminated` in the main thread instead of ending
    the process on the spot. Outside the main thread (signals cannot be handled there) it does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum: int, _frame: object) -> None:
        raise Terminated(signum)

    previous = signal.signal(signal.SIGTERM, _raise)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's workers now (their documents in flight are lost) and shut the pool down."""
    # ProcessPoolExecutor gains terminate_workers() only in Python 3.14; until then, its processes.
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
