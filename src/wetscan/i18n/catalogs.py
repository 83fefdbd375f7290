"""Keeping the gettext catalogs in step with the code: extract, update, compile, check (Babel).

Which file's messages go to which catalog (domain) is fixed by :data:`DOMAIN_FILES`: the first
pattern that matches a file's path (relative to the package) decides. Python files are read with
Babel's Python extractor (``_``, ``ngettext``, ``N_``), Jinja2 templates with Jinja2's own, and the
YAML data files with :func:`wetscan.i18n.yaml_extract.extract_yaml` (the human-readable fields).

Run it after changing any message::

    python -m wetscan.i18n.catalogs update    # .po files: new messages added (untranslated), old removed
    (translate the new entries in src/wetscan/i18n/locale/<lang>/LC_MESSAGES/<domain>.po)
    python -m wetscan.i18n.catalogs compile   # .mo files shipped with the package
    python -m wetscan.i18n.catalogs check     # what the test checks: every message translated, .mo current
"""

from __future__ import annotations

import fnmatch
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

from wetscan.i18n import LANGUAGES, LOCALE_DIR, SOURCE_LANGUAGES

PACKAGE_DIR = Path(__file__).resolve().parent.parent

#: (pattern relative to src/wetscan, domain), first match wins. Files no pattern names are not read.
DOMAIN_FILES: list[tuple[str, str]] = [
    ("i18n/*", ""),  # this package defines the helpers; it has no messages of its own
    ("assess/checklist*", "checklist"),
    ("report/checklist*", "checklist"),
    ("report/templates/checklist*", "checklist"),
    ("review/templates/checklist*", "checklist"),
    ("report/annotate*", "annotate"),
    ("analyse/data/*.yaml", "rules"),
    ("assess/*.yaml", "rules"),
    ("analyse/*", "analysis"),
    ("assess/*", "analysis"),
    ("report/terminal.py", "messages"),
    ("report/*", "report"),
    ("review/*", "review"),
    ("*.py", "messages"),
]

KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
METHODS = {".py": "python", ".j2": "jinja2.ext:babel_extract", ".html": "jinja2.ext:babel_extract",
           ".yaml": "wetscan.i18n.yaml_extract:extract_yaml"}
JINJA_OPTIONS = {"extensions": "jinja2.ext.i18n", "trim_blocks": "True", "lstrip_blocks": "True"}


def domain_of(relative: str) -> str:
    """The catalog the messages of a package file (path relative to ``src/wetscan``) belong to."""
    for pattern, domain in DOMAIN_FILES:
        if fnmatch.fnmatch(relative, pattern):
            return domain
    return ""


def extract(domain: str) -> Catalog:
    """Every message of ``domain`` found in the package's source, as a template catalog."""
    template = Catalog(domain=domain, project="wetscan", locale=SOURCE_LANGUAGES[domain])
    for path in sorted(PACKAGE_DIR.rglob("*")):
        relative = path.relative_to(PACKAGE_DIR).as_posix()
        method = METHODS.get(path.suffix)
        if not method or not path.is_file() or "__pycache__" in relative or domain_of(relative) != domain:
            continue
        options = JINJA_OPTIONS if method.startswith("jinja2") else {}
        for lineno, message, comments, context in extract_from_file(method, path, KEYWORDS, ("TRANSLATORS:",),
                                                                    options, strip_comment_tags=True):
            template.add(message, locations=[(relative, lineno)], auto_comments=comments, context=context)
    return template


def po_path(lang: str, domain: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.po"


def target_languages(domain: str) -> list[str]:
    """The languages ``domain`` is translated into (all but its source language)."""
    return [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGES[domain]]


def read_catalog(lang: str, domain: str) -> Catalog:
    path = po_path(lang, domain)
    if not path.exists():
        return Catalog(domain=domain, locale=lang, project="wetscan")
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=domain)


def update(domain: str) -> None:
    """Bring each ``.po`` of ``domain`` in step with the source: new messages in, stale ones out."""
    template = extract(domain)
    for lang in target_languages(domain):
        catalog = read_catalog(lang, domain)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        path = po_path(lang, domain)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, sort_output=False, include_previous=False)


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def compile_catalogs(domain: str) -> None:
    """Write the ``.mo`` next to each ``.po`` of ``domain``."""
    for lang in target_languages(domain):
        po_path(lang, domain).with_suffix(".mo").write_bytes(compiled(read_catalog(lang, domain)))


def problems(domain: str) -> list[str]:
    """What is wrong with ``domain``'s catalogs: untranslated, fuzzy or stale messages, stale ``.mo``."""
    found = []
    wanted = {message.id for message in extract(domain) if message.id}
    for lang in target_languages(domain):
        catalog = read_catalog(lang, domain)
        for message in catalog:
            if not message.id:
                continue
            key = message.id if isinstance(message.id, str) else message.id[0]
            if message.id not in wanted:
                found.append(f"{lang}/{domain}: not in the source any more: {key!r}")
            elif message.fuzzy or not (all(message.string) if isinstance(message.string, tuple) else message.string):
                found.append(f"{lang}/{domain}: untranslated: {key!r}")
        missing = wanted - {message.id for message in catalog}
        found += [f"{lang}/{domain}: not in the catalog: {m if isinstance(m, str) else m[0]!r}" for m in missing]
        mo = po_path(lang, domain).with_suffix(".mo")
        if wanted and (not mo.exists() or _entries(mo.read_bytes()) != _entries(compiled(catalog))):
            found.append(f"{lang}/{domain}: {mo.name} is missing or out of date (run compile)")
    return found


def _entries(mo_bytes: bytes) -> dict[object, object]:
    """Each message id with its translation; plural forms (lists in a read ``.mo``) as tuples."""
    def frozen(value: object) -> object:
        return tuple(value) if isinstance(value, list) else value
    return {frozen(message.id): frozen(message.string) for message in read_mo(io.BytesIO(mo_bytes)) if message.id}


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    domains = argv[1:] or list(SOURCE_LANGUAGES)
    if command == "update":
        for domain in domains:
            update(domain)
    elif command == "compile":
        for domain in domains:
            compile_catalogs(domain)
    elif command == "check":
        found = [problem for domain in domains for problem in problems(domain)]
        print("\n".join(found) or "all catalogs complete")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
