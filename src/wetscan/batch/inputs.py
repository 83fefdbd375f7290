"""Find the documents a batch run should scan: folders (recursively), globs and file lists."""

from __future__ import annotations

import glob
from pathlib import Path

from wetscan.i18n import _

#: Files that are never documents (editor and OS litter, our own output).
IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


class InputNotFound(ValueError):
    """A named input matches no file."""


def _from_list(list_file: Path) -> list[Path]:
    base = list_file.parent
    paths = []
    for line in list_file.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            path = Path(line)
            paths.append(path if path.is_absolute() else base / path)
    return paths


def _walk(folder: Path, exclude: Path | None) -> list[Path]:
    files = []
    for path in folder.rglob("*"):
        if exclude is not None and exclude in path.parents:
            continue
        if path.is_file() and path.name not in IGNORED_NAMES and not path.name.startswith("~$"):
            files.append(path)
    return files


def discover(inputs: list[str], exclude: Path | None = None) -> list[Path]:
    """Expand ``inputs`` into a sorted, duplicate-free list of files.

    Each input is a file, a folder (scanned recursively), a glob pattern (``consultaties/**/*.pdf``)
    or ``@list.txt``: a text file with one path per line (relative to the list's folder). Files under
    ``exclude`` (the output folder) are skipped.
    """
    found: list[Path] = []
    for item in inputs:
        if item.startswith("@"):
            candidates = _from_list(Path(item[1:]))
        elif any(ch in item for ch in "*?["):
            candidates = [Path(p) for p in glob.glob(item, recursive=True)]
        else:
            candidates = [Path(item)]
        if not candidates:
            raise InputNotFound(_("{pattern}: matches no file").format(pattern=item))
        for candidate in candidates:
            if candidate.is_dir():
                found.extend(_walk(candidate, exclude))
            elif candidate.is_file():
                found.append(candidate)
            else:
                raise InputNotFound(_("{path}: no such file or folder").format(path=candidate))
    resolved = exclude.resolve() if exclude else None
    unique = {p.resolve(): p for p in found if not (resolved and resolved in p.resolve().parents)}
    return sorted(unique.values(), key=lambda p: str(p))
