"""The current text of the laws an amending bill changes (*de geldende tekst*).

A bill says what changes; what a change means needs the law as it stands. wetscan takes that
text from files the user supplies: ``wetscan check bill.pdf --current wet.xml`` (repeatable) and
the folder named by the environment variable ``WETSCAN_LAW_DIR``. A file is a consolidated law
as the BWB publishes it (``toestand`` XML, see ``shared/docs/xml-formats.md`` §2) or any format
wetscan reads; it is parsed like a bill, so its provisions are cited "artikel 3, tweede lid".

A file is matched to the law a bill amends by its BWB id (``bwb-id`` on the ``toestand`` root,
or the file name ``BWBR0034925.xml``) or by its title (citeertitel, title or file name), compared
without case, articles ("de", "het") or punctuation.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from wetscan.errors import InputError
from wetscan.ingest import read_document
from wetscan.model import Definition, ParentLaw, Provision
from wetscan.structure import parse_document
from wetscan.i18n import _

LAW_DIR_VARIABLE = "WETSCAN_LAW_DIR"
READABLE = (".xml", ".pdf", ".docx", ".html", ".htm", ".txt")
BWB_ID = re.compile(r"\bBWB[RV]\d{7}\b")
HOW_TO_SUPPLY = (
    "supply the current text of the amended law with --current FILE (a BWB toestand XML or any format "
    f"wetscan reads) or a folder of such files in the environment variable {LAW_DIR_VARIABLE}"
)


def law_key(name: str) -> str:
    """A law's name as compared: "De Jeugdwet." -> "jeugdwet"."""
    name = re.sub(r"[^\w\s]", " ", name.lower())
    name = re.sub(r"^\s*(?:de|het)\s+", "", name)
    return " ".join(name.split())


@dataclass
class CurrentLaw:
    """One law as it stands: its leden per article, in order, and its definitions."""

    path: str
    title: str | None
    bwb_id: str | None
    articles: dict[str, list[tuple[str | None, str]]] = field(default_factory=dict)
    definitions: dict[str, Definition] = field(default_factory=dict)
    #: Division ("hoofdstuk 2", "afdeling 2.3") -> the numbers of the articles under it.
    divisions: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: str | Path) -> CurrentLaw:
        """Read and parse a law file (raises :class:`InputError` with a one-line message); a file
        read before and unchanged since is not read again (a batch run meets the same laws often)."""
        try:
            stat = Path(path).stat()
        except OSError:
            return cls._parse(str(path))
        return _read_cached(str(Path(path)), stat.st_mtime_ns, stat.st_size)

    @classmethod
    def _parse(cls, path: str) -> CurrentLaw:
        document = read_document(path)
        bill = parse_document(document)
        bwb = document.metadata.get("bwb_id") or _bwb_in(Path(path).stem)
        law = cls(path=str(path), title=bill.title or document.title, bwb_id=bwb, definitions=dict(bill.definitions))
        for provision in bill.provisions:
            if provision.part == "bill" and provision.amends is None and provision.kind == "provision":
                law.articles.setdefault(provision.article, []).append((provision.paragraph, provision.text))
                for heading in provision.headings:
                    if (key := division_key(heading)) and provision.article not in law.divisions.setdefault(key, []):
                        law.divisions[key].append(provision.article)
        if not law.articles:
            raise InputError(str(path), _("holds no articles, so it cannot serve as the current text of a law"))
        return law

    def names(self) -> set[str]:
        """Every key this law answers to: its title, short title and file name."""
        keys = {law_key(Path(self.path).stem.replace("-", " ").replace("_", " "))}
        if self.title:
            keys.add(law_key(self.title))
        return {key for key in keys if key}

    def cited_as(self) -> set[str]:
        """The keys of the names the law's own text gives it: the short title in brackets after a long title and
        the citation title of its citation article (a text file has no citeertitel element)."""
        texts = [text for leden in self.articles.values() for _lid, text in leden]
        return {law_key(name) for name in titles(self.title or "", texts)}

    def as_parent(self) -> ParentLaw:
        """This law as the parent law of a besluit that implements it (its leden as provisions, in order)."""
        provisions = [Provision(id=f"artikel {article}" + (f", lid {lid}" if lid else ""), article=article,
                                paragraph=lid, text=text)
                      for article, leden in self.articles.items() for lid, text in leden]
        return ParentLaw(self.title or Path(self.path).stem, provisions, dict(self.definitions), self.path)

    def leden(self, article: str) -> list[tuple[str | None, str]] | None:
        return self.articles.get(article)

    def text(self, article: str, lid: str | None) -> str | None:
        """The text of one lid (or of an article without leden, ``lid`` None)."""
        for number, text in self.articles.get(article, []):
            if number == lid:
                return text
        return None


#: "Deze wet kan worden aangehaald als: Wet geluidhinder." (a citation article).
_CITATION = re.compile(r"\baangehaald\s+als\s*:?\s*(?P<title>[^\n]{2,120}?)\s*\.?\s*$", re.IGNORECASE | re.MULTILINE)
#: "Wet van 7 december 2006, houdende regels ... (Wet inrichting landelijk gebied)": the short title in brackets.
_SHORT_TITLE = re.compile(r"\((?P<title>[^()]{3,120})\)\s*$")


def titles(title: str, texts: list[str]) -> set[str]:
    """The names a law goes by: its ``title``, the short title in brackets after a long title, and the citation
    title its citation article gives ("Deze wet wordt aangehaald als: Wet geluidhinder")."""
    names = {title} if title else set()
    names.update(match["title"] for match in _SHORT_TITLE.finditer(title))
    for text in texts:
        if "aangehaald" in text:
            names.update(match["title"] for match in _CITATION.finditer(text))
    return names


@lru_cache(maxsize=64)
def _read_cached(path: str, mtime: int, size: int) -> CurrentLaw:
    return CurrentLaw._parse(path)


def division_key(heading: str) -> str | None:
    """"Hoofdstuk 2 Provinciale bepalingen" -> "hoofdstuk 2"; None for a heading of no division."""
    match = _DIVISION_HEADING.match(heading.strip())
    return f"{match['label'].lower()} {match['number']}" if match else None


_DIVISION_HEADING = re.compile(
    r"(?P<label>hoofdstuk|titel|titeldeel|afdeling|paragraaf|§)\s+(?P<number>[0-9IVXLC]+[a-z]{0,2}(?:\.[0-9]+[a-z]?)*)",
    re.IGNORECASE,
)


def _bwb_in(text: str) -> str | None:
    match = BWB_ID.search(text)
    return match[0] if match else None


@dataclass
class LawLibrary:
    """The current texts at hand: explicit files first, then the ``WETSCAN_LAW_DIR`` folder."""

    files: list[Path] = field(default_factory=list)
    folder: Path | None = None
    _loaded: list[CurrentLaw] | None = None

    @classmethod
    def from_env(cls, files: list[Path] | None = None) -> LawLibrary:
        folder = os.environ.get(LAW_DIR_VARIABLE)
        if folder and not Path(folder).is_dir():
            raise InputError(folder, _("{variable} names no folder").format(variable=LAW_DIR_VARIABLE))
        return cls(files=list(files or []), folder=Path(folder) if folder else None)

    @property
    def empty(self) -> bool:
        return not self.files and self.folder is None

    def _folder_files(self) -> list[Path]:
        if self.folder is None:
            return []
        return [path for path in sorted(self.folder.iterdir()) if path.suffix.lower() in READABLE and path.is_file()]

    def _read_folder(self, paths: list[Path]) -> list[CurrentLaw]:
        """Laws from the folder; a file there that wetscan cannot read is skipped."""
        laws = []
        for path in paths:
            try:
                laws.append(CurrentLaw.read(path))
            except InputError:
                continue
        return laws

    def laws(self) -> list[CurrentLaw]:
        """Every law at hand, read once; a bad explicit file fails, a bad file in the folder is skipped."""
        if self._loaded is None:
            self._loaded = [CurrentLaw.read(path) for path in self.files] + self._read_folder(self._folder_files())
        return self._loaded

    def find(self, name: str | None, bwb_ids: set[str] | None = None, sole: bool = False) -> tuple[CurrentLaw | None, str]:
        """The current law for the law a bill calls ``name`` and how it was matched.

        Files named after the law ("jeugdwet.xml", "BWBR0034925.xml") are tried before the whole
        folder is read. ``sole``: the bill amends one law only; then a single ``--current`` file that
        matches by neither id nor title is still taken for it (the user named it for this bill)."""
        key, ids = law_key(name or ""), bwb_ids or set()
        named = [path for path in self._folder_files()
                 if (key and law_key(path.stem.replace("-", " ").replace("_", " ")) == key) or _bwb_in(path.stem) in ids]
        explicit = [CurrentLaw.read(path) for path in self.files]
        for laws in (explicit + self._read_folder(named), None):
            for law in laws if laws is not None else self.laws():
                if law.bwb_id and law.bwb_id in ids:
                    return law, f"BWB id {law.bwb_id} ({law.path})"
                if key and key in law.names():
                    return law, f"title «{law.title or name}» ({law.path})"
        if sole and len(self.files) == 1:
            return explicit[0], f"the only --current file ({explicit[0].path})"
        return None, ""

    def parent_law(self, title: str | None) -> ParentLaw | None:
        """The text of the wet a besluit implements, matched by its ``title`` only (``None`` where not at hand)."""
        if not title or self.empty:
            return None
        law, _how = self.find(title)
        if law is None:
            law = next((law for law in self.laws() if law_key(title) in law.cited_as()), None)
        if law is None:
            return None
        parent = law.as_parent()
        parent.title = title
        return parent
