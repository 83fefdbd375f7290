"""Consultations: which documents belong together, and what each of them is.

internetconsultatie.nl publishes per consultation a list of "relevante documenten": the draft
bill or besluit, very often its memorie/nota van toelichting as a separate file, and sometimes
consultation questions, a regeldruk document, a transposition table or a letter. Scrapers save
them per consultation, one folder each. wetscan therefore groups documents into consultations:

* by folder (the default): every folder that holds documents is a consultation, named by its
  path below the input folder;
* by depth (``--consultation-depth N``): the first N folder levels below the input folder name
  the consultation, deeper sub-folders belong to it (``2026/wet-x/bijlagen/...`` with depth 2);
* by a manifest CSV with the columns ``consultation,path`` (paths relative to the manifest).

Each document is then *profiled*: read, its role decided (:mod:`wetscan.ingest.role`) and parsed,
keeping what pairing needs (title, article numbers, the articles a memorandum explains). Profiles
are kept by the file's SHA-256 (``profiles/`` in the batch output), so a resumed run reads only
new files again, and with several workers they are made in parallel.
"""

from __future__ import annotations

import csv
import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from wetscan.errors import InputError, WetscanError
from wetscan.i18n import _, language, speaking
from wetscan.ingest.revisions import Revisions


class ManifestError(ValueError):
    """A manifest CSV that cannot be used (missing columns, unreadable)."""


@dataclass
class Profile:
    """What pairing needs to know about one document of a consultation."""

    path: Path
    consultation: str
    role: str | None = None
    reason: str = ""
    evidence: list[str] = field(default_factory=list)
    title: str | None = None
    articles: set[str] = field(default_factory=set)
    explains: set[str] = field(default_factory=set)
    own_memorandum: bool = False
    error: str | None = None
    report: dict | None = None


def consultation_of(path: Path, root: Path, depth: int | None) -> str:
    """The consultation ``path`` belongs to: its folder below ``root`` (or the first ``depth``
    levels of it). A file given by itself is a consultation of its own folder."""
    try:
        parts = path.parent.relative_to(root).parts
    except ValueError:
        return path.parent.name or str(path.parent)
    if depth is not None:
        parts = parts[:depth]
    return "/".join(parts) if parts else (root.name or str(root))


def group(paths: list[Path], roots: list[Path], depth: int | None = None) -> dict[Path, str]:
    """The consultation of every path, against the input folder (root) it was found under."""
    folders = sorted((root for root in roots if root.is_dir()), key=lambda r: len(r.parts), reverse=True)
    grouped: dict[Path, str] = {}
    for path in paths:
        root = next((r for r in folders if r == path.parent or r in path.parents), path.parent)
        grouped[path] = consultation_of(path, root, depth)
    return grouped


def read_manifest(manifest: Path) -> dict[Path, str]:
    """``consultation,path`` rows as {path: consultation}; paths relative to the manifest's folder."""
    try:
        with open(manifest, newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ManifestError(_("{path}: cannot read the manifest ({reason})").format(
            path=manifest, reason=error)) from None
    if not rows or not {"consultation", "path"} <= set(rows[0]):
        raise ManifestError(_("{path}: a manifest needs the columns consultation,path").format(path=manifest))
    grouped: dict[Path, str] = {}
    for row in rows:
        name, value = (row.get("consultation") or "").strip(), (row.get("path") or "").strip()
        if name and value:
            path = Path(value)
            grouped[path if path.is_absolute() else manifest.parent / path] = name
    return grouped


def profile(path: Path, consultation: str, revisions: Revisions = "proposed", lang: str | None = None) -> Profile:
    """Read ``path``, decide its role and collect what pairing needs. A file that cannot be
    read becomes a profile with ``error`` set (the rest of the consultation goes on). Reasons and
    errors are worded in ``lang`` (a worker process is told the run's language)."""
    with speaking(lang):
        return _profile(path, consultation, revisions)


def _profile(path: Path, consultation: str, revisions: Revisions) -> Profile:
    from wetscan.ingest import read_document
    from wetscan.ingest.role import decide_role
    from wetscan.scan import ScanResult
    from wetscan.structure import parse_document

    found = Profile(path=path, consultation=consultation)
    try:
        document = read_document(path, revisions=revisions)
        decision = decide_role(document)
        bill = parse_document(document)
    except WetscanError as error:
        found.error = str(error)
        return found
    except Exception as error:  # a crash in parsing must not stop the consultation
        found.error = str(InputError(str(path), _("could not be parsed ({error})").format(error=type(error).__name__)))
        return found
    found.role, found.reason, found.evidence = decision.role, decision.reason, list(decision.evidence)
    found.title = bill.title
    found.articles = {p.article for p in bill.provisions if p.part == "bill"}
    found.explains = {number for section in bill.memorandum for number in section.explains}
    found.own_memorandum = any(p.part == "explanatory_memorandum" for p in bill.provisions)
    if not decision.is_bill:
        from wetscan.ingest.revisions import revision_notes

        result = ScanResult(bill=bill, assessment=None, role=decision, notes=revision_notes(document) + bill.notes)
        found.report = result.report()
    return found


def _to_json(found: Profile) -> str:
    data = asdict(found)
    data.update(path=str(found.path), articles=sorted(found.articles), explains=sorted(found.explains))
    return json.dumps(data, ensure_ascii=False)


def _from_json(text: str, path: Path, consultation: str) -> Profile:
    data = json.loads(text)
    data.update(path=path, consultation=consultation, articles=set(data["articles"]), explains=set(data["explains"]))
    return Profile(**data)


def _cache_name(digest: str, revisions: Revisions) -> str:
    """A profile's cache file: per content, reading of tracked changes and language (its reasons are worded)."""
    return f"{digest}.{revisions}.{language()}.json"


def profile_all(paths: list[Path], consultations: dict[Path, str], revisions: Revisions = "proposed",
                workers: int = 1, cache: Path | None = None, digests: dict[Path, str] | None = None) -> dict[Path, Profile]:
    """Profile every path (see :func:`profile`), reusing the profiles in ``cache`` by file digest
    (``digests``: path -> SHA-256) and using ``workers`` processes for the rest."""
    from wetscan.batch.store import atomic_write_text

    digests = digests or {}
    found: dict[Path, Profile] = {}
    todo: list[Path] = []
    for path in paths:
        cached = cache / _cache_name(digests[path], revisions) if cache is not None and path in digests else None
        if cached is not None and cached.exists():
            try:
                found[path] = _from_json(cached.read_text(encoding="utf-8"), path, consultations.get(path, ""))
                continue
            except (OSError, ValueError, TypeError, KeyError):
                pass  # a damaged cache entry: profile the file again
        todo.append(path)
    arguments = [(path, consultations.get(path, ""), revisions, language()) for path in todo]
    if workers > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            made = list(pool.map(profile, *zip(*arguments)))
    else:
        made = [profile(*argument) for argument in arguments]
    for path, result in zip(todo, made):
        found[path] = result
        if cache is not None and path in digests and result.error is None:
            try:
                atomic_write_text(cache / _cache_name(digests[path], revisions), _to_json(result))
            except OSError:
                pass  # the profile cache only saves work on a re-run; the reports' own writes say what failed

    return {path: found[path] for path in paths}
