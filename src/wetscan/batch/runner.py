"""Drive a batch run: decide what still needs scanning, fan it out, record every outcome.

Two engines run the same per-document function (:func:`wetscan.batch.worker.scan_document`):

* ``local``: this machine, one process per worker (``--workers``), each loading the Dutch pipeline
  once. A worker that dies (a crash in native code, the OOM killer) breaks the pool; the documents
  that were in flight are then retried one at a time, so only the culprit ends up as an error row.
* ``dask``: a Dask distributed cluster, given by its scheduler address, or a ``LocalCluster`` with
  ``--workers`` processes when none is given. Workers need wetscan installed; they read documents by
  path (a shared file system) or, with ``send_bytes``, receive the bytes from this process.

Results are written as they finish; the summary table keeps the order of the inputs. Local workers
die with the run (SIGTERM or SIGKILL to it; see :mod:`wetscan.batch.lifecycle`), and one output
folder takes one run at a time (see :meth:`ResultStore.exclusive`).

Consultations (``options.consultations``: each path's consultation): before anything is scanned
every document is profiled in this process (:mod:`wetscan.batch.consultations`) and the bills are
paired with their memoranda (:mod:`wetscan.batch.pairing`). Only bills become jobs, each with its
paired memorandum; every other document gets its row (role, reason) and a report without an
assessment straight away, and a file that cannot be read gets its error row without stopping the
rest of its consultation.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from wetscan.batch.lifecycle import sigterm_stops_run, start_worker, stop_pool
from wetscan.batch.store import ResultStore
from wetscan.batch.worker import limit_memory, restore_memory, scan_document, warm_up
from wetscan.i18n import _
from wetscan.i18n import language as current_language

Engine = Literal["local", "dask"]
HASH_CHUNK = 1 << 20


@dataclass
class BatchOptions:
    out: Path
    workers: int = 1
    engine: Engine = "local"
    scheduler: str | None = None
    force: bool = False
    retry_errors: bool = False
    timeout: float | None = 300.0
    rules: Path | None = None
    send_bytes: bool = False
    #: The consultation of each input path; None scans every document as a bill on its own.
    consultations: dict[Path, str] | None = None
    revisions: str = "proposed"
    #: The language the workers write the reports' explanations and errors in (``nl``/``en``): a
    #: worker is another process, on a Dask cluster maybe another machine, so it is told.
    language: str = field(default_factory=current_language)


@dataclass
class Job:
    """One distinct document (by content) to scan, and every input path that holds it.
    ``toelichting`` is the memorandum paired with it in its consultation."""

    sha256: str
    path: Path
    paths: list[Path] = field(default_factory=list)
    toelichting: Path | None = None

    def arguments(self, options: BatchOptions) -> tuple:
        data = self.path.read_bytes() if options.send_bytes else None
        memo = str(self.toelichting) if self.toelichting else None
        memo_data = self.toelichting.read_bytes() if options.send_bytes and self.toelichting else None
        return (str(self.path), self.sha256, options.timeout, str(options.rules) if options.rules else None, data,
                memo, memo_data, options.revisions, options.language)


@dataclass
class BatchResult:
    table: pd.DataFrame
    scanned: int
    reused: int
    failed: int

    @property
    def documents(self) -> int:
        return len(self.table)


Callback = Callable[[dict[str, Any]], None]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(HASH_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _unreadable(path: Path, error: OSError) -> dict[str, Any]:
    reason = error.strerror or type(error).__name__
    return {"sha256": None, "error": _("{path}: cannot be read ({reason})").format(path=path, reason=reason.lower()),
            "seconds": 0.0}


def plan(paths: Iterable[Path], store: ResultStore, options: BatchOptions,
         memoranda: dict[Path, Path] | None = None) -> tuple[dict[Path, dict], list[Job]]:
    """Split the inputs into outcomes already known and jobs still to run.

    Identical files (same SHA-256) become one job. An outcome on disk is reused unless ``force``
    is set, or it records an error and ``retry_errors`` is set, or the bill is now paired with
    another memorandum than when it was scanned (``memoranda``: bill path -> memorandum path).
    """
    memoranda = memoranda or {}
    known: dict[Path, dict] = {}
    jobs: dict[str, Job] = {}
    for path in paths:
        try:
            sha256 = file_sha256(path)
            memo = memoranda.get(path)
            memo_sha = file_sha256(memo) if memo else None
        except OSError as error:
            known[path] = _unreadable(path, error)
            continue
        if sha256 in jobs:
            jobs[sha256].paths.append(path)
            continue
        outcome = None if options.force else store.load_outcome(sha256)
        if (outcome is not None and not (options.retry_errors and outcome.get("error"))
                and outcome.get("memorandum_sha256") == memo_sha):
            known[path] = {**outcome, "_reused": True}
            continue
        jobs[sha256] = Job(sha256, path, [path], toelichting=memo)
    return known, list(jobs.values())


def _run_in_process(jobs: list[Job], options: BatchOptions, record: Callable[[Job, dict], None]) -> None:
    warm_up()  # the pipeline counts as the process's own size, not as the first document's
    for job in jobs:
        arguments = job.arguments(options)
        previous = limit_memory()  # the same ceiling as a worker process, for the scan only
        try:
            result = scan_document(*arguments)
        finally:
            restore_memory(previous)
        record(job, result)


def _crashed(job: Job) -> dict[str, Any]:
    return {"outcome": {"sha256": job.sha256, "seconds": 0.0,
                        "error": _("{path}: the worker process crashed while scanning it").format(path=job.path)},
            "report": None}


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=start_worker, initargs=(os.getpid(),))


def _run_local_pool(jobs: list[Job], options: BatchOptions, record: Callable[[Job, dict], None]) -> None:
    pending = list(reversed(jobs))
    suspects: list[Job] = []
    window = options.workers * 2
    pool = _new_pool(options.workers)
    try:
        running: dict[Future, Job] = {}
        while pending or running:
            while pending and len(running) < window:
                job = pending.pop()
                running[pool.submit(scan_document, *job.arguments(options))] = job
            done, _pending = wait(running, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                job = running.pop(future)
                try:
                    record(job, future.result())
                except BrokenProcessPool:
                    suspects.append(job)
                    broken = True
            if broken:
                suspects.extend(running.values())
                running.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                for job in suspects:  # one at a time: only the document that kills a worker fails
                    pool = _new_pool(1)
                    try:
                        record(job, pool.submit(scan_document, *job.arguments(options)).result())
                    except BrokenProcessPool:
                        record(job, _crashed(job))
                    pool.shutdown(wait=True)
                suspects.clear()
                pool = _new_pool(options.workers)
    except BaseException:  # SIGTERM (Terminated), Ctrl+C, an unwritable output folder: no worker stays
        stop_pool(pool)
        raise
    pool.shutdown(wait=True, cancel_futures=True)


def _run_dask(jobs: list[Job], options: BatchOptions, record: Callable[[Job, dict], None]) -> None:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        cluster = LocalCluster(n_workers=options.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        client.run(warm_up)
        futures = {}
        for job in jobs:
            future = client.submit(scan_document, *job.arguments(options), key=f"wetscan-{job.sha256}", pure=False)
            futures[future] = job
        for future in as_completed(futures):
            job = futures[future]
            try:
                record(job, future.result())
            except Exception as error:  # a lost worker, a cancelled task: that document fails alone
                record(job, {"outcome": {"sha256": job.sha256, "seconds": 0.0,
                                         "error": _("{path}: failed on the Dask cluster ({error})").format(
                                             path=job.path, error=type(error).__name__)},
                             "report": None})
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _consultation_plan(paths: list[Path], store: ResultStore, options: BatchOptions
                       ) -> tuple[dict[Path, dict], list[Path], dict[Path, Path], dict[Path, dict]]:
    """Profile and pair the documents of each consultation (see the module docstring).

    Returns the outcomes settled without scanning (non-bills, unreadable files), the bills to
    scan, the memorandum paired with each bill, and the consultation columns of every row."""
    if options.consultations is None:
        return {}, list(paths), {}, {}
    from wetscan.batch.consultations import profile_all
    from wetscan.batch.pairing import pair_all

    settled: dict[Path, dict] = {}
    digests: dict[Path, str] = {}
    for path in paths:
        try:
            digests[path] = file_sha256(path)
        except OSError as error:
            settled[path] = {**_unreadable(path, error), "_settled": True}
    readable = [path for path in paths if path in digests]
    profiles = profile_all(readable, options.consultations, options.revisions, options.workers,
                           cache=options.out / "profiles", digests=digests)
    pairing = pair_all(list(profiles.values()))
    extra: dict[Path, dict] = {path: {"consultation": options.consultations.get(path, "")} for path in settled}
    bills: list[Path] = []
    for path, found in profiles.items():
        memo = pairing.memorandum_of.get(path)
        extra[path] = {"consultation": found.consultation, "role": found.role,
                       "memorandum": str(memo) if memo else None,
                       "role_reason": pairing.notes.get(path) or found.reason or None}
        if found.error is not None:
            settled[path] = {"sha256": None, "error": found.error, "seconds": 0.0, "_settled": True}
        elif found.role != "bill":
            settled[path] = _settled_outcome(found, store)
        else:
            bills.append(path)
    return settled, bills, pairing.memorandum_of, extra


def _settled_outcome(found, store: ResultStore) -> dict[str, Any]:
    """The row of a document that is no bill: its role and reason, its report without assessment."""
    from wetscan.batch.worker import outcome_from_report

    outcome = {**outcome_from_report(found.report), "error": None, "seconds": 0.0}
    store.save(outcome, found.report)
    return {**outcome, "_settled": True}


def run_batch(paths: list[Path], options: BatchOptions, on_result: Callback | None = None,
              on_plan: Callable[[int, int], None] | None = None) -> BatchResult:
    """Scan ``paths`` into ``options.out``; see the module docstring.

    ``on_plan(to_scan, reused)`` is called once the work is known; ``on_result(outcome)`` after
    each document finishes (from this process, in completion order).
    """
    store = ResultStore(options.out)
    with store.exclusive(), sigterm_stops_run():
        return _run(paths, options, store, on_result, on_plan)


def _run(paths: list[Path], options: BatchOptions, store: ResultStore, on_result: Callback | None,
         on_plan: Callable[[int, int], None] | None) -> BatchResult:
    settled, bills, memoranda, rows_extra = _consultation_plan(paths, store, options)
    known, jobs = plan(bills, store, options, memoranda)
    if on_plan:
        on_plan(len(jobs), len(known))
    outcomes: dict[Path, dict] = {**known, **settled}

    def record(job: Job, result: dict) -> None:
        outcome = result["outcome"]
        store.save(outcome, result["report"])
        for path in job.paths:
            outcomes[path] = outcome
        if on_result:
            on_result(outcome)

    if jobs:
        if options.engine == "dask":
            _run_dask(jobs, options, record)
        elif options.workers > 1 and len(jobs) > 1:
            _run_local_pool(jobs, options, record)
        else:
            _run_in_process(jobs, options, record)

    rows = []
    for path in paths:
        outcome = outcomes[path]
        row = {key: value for key, value in outcome.items() if not key.startswith("_") and key != "peak_memory_mb"}
        rows.append({**row, **rows_extra.get(path, {}), "path": str(path)})
    table = store.write_summary(rows)
    reused = sum(1 for path in paths if outcomes[path].get("_reused"))
    failed = int(table["error"].notna().sum())
    return BatchResult(table=table, scanned=len(jobs), reused=reused, failed=failed)
