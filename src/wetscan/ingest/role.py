"""What a document is: a bill, its memorandum, a decentral regulation, consolidated law, or other.

An internet consultation publishes, next to the draft, documents that are no national bill:
the *memorie/nota van toelichting* as a separate file, consultation questions, a letter, a
transposition table, a regeldruk or Beleidskompas document, and sometimes a regulation of a
gemeente, provincie, waterschap or joint body that got mixed in. Only a *bill* (voorstel van wet,
ontwerpbesluit/AMvB, ministeriële regeling, nota van wijziging) asks anything of medeoverheden
in the sense of the Gemeentewet and the Fvw; a *decentral* regulation is the co-government acting
itself ("Deze verordening treedt in werking" is no task in medebewind), and *consolidated* law
(a BWB toestand) is the law in force, not a proposal.

The role is decided from the content, never from the file name:

1. XML says it for certain: a BWB ``toestand`` is consolidated, a CVDR record or a gemeenteblad,
   provinciaal blad, waterschapsblad or blad gemeenschappelijke regeling is decentral;
2. the head of the document (before its first article): a decentral formula ("De raad van de
   gemeente Voorbeeld;", "Gedeputeerde Staten van ...") makes it decentral, a national one
   ("Voorstel van wet", "Wij Willem-Alexander", "Op de voordracht van") supports a bill;
3. articles before any memorandum heading make a bill; a memorandum heading with no articles
   before it makes a memorandum;
4. anything else is *other*, with what it looks like (a letter, consultation questions, ...).

The markers live in ``roles.yaml`` so that a lawyer can extend them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Literal, get_args

import yaml

from wetscan.model import Document
from wetscan.i18n import N_, _

Role = Literal["bill", "memorandum", "decentral", "consolidated", "other"]
ROLES: tuple[str, ...] = get_args(Role)

#: How many lines of a document count as its head (title, aanhef) when no article comes first.
HEAD_LINES = 40
#: An article heading as printed on a line of its own ("Artikel 4a", "ARTIKEL I", "Artikel A 1").
ARTICLE_LINE = re.compile(
    r"^(?:artikel|art\.)\s+(?:[IVXLC]+[A-Za-z]?|\d+[a-z]{0,3}(?:[.:]\d+[a-z]{0,3})*|[A-Z][a-z]?\s\d+[a-z]{0,3}|[A-Z])"
    r"(?:\s*[.:–-]?\s*(?:\([^)|]*\)|(?-i:[A-Z])[^.;|]*)?)?$|^enig artikel\b",
    re.IGNORECASE,
)


@dataclass
class RoleDecision:
    """A document's role, the one-line reason shown for it, and the evidence behind it."""

    role: Role
    reason: str
    evidence: list[str] = field(default_factory=list)

    @property
    def is_bill(self) -> bool:
        return self.role == "bill"


MEMORANDUM_ONLY = N_("memorandum only — scan it with its bill")
#: The kinds of other documents named in roles.yaml (``other_kinds``), so that the catalog has them;
#: tests/i18n checks that every kind in the file is here.
OTHER_KINDS = (N_("a letter"), N_("consultation questions"), N_("a transposition table"),
               N_("an impact or regeldruk document"))


@dataclass(frozen=True)
class Markers:
    decentral_publications: dict[str, str]
    decentral: list[re.Pattern]
    bill: list[re.Pattern]
    consolidated: list[re.Pattern]
    memorandum: list[re.Pattern]
    other: list[tuple[str, list[re.Pattern]]]


@lru_cache(maxsize=1)
def markers() -> Markers:
    """The markers of ``roles.yaml``, compiled."""
    data = yaml.safe_load(resources.files("wetscan.ingest").joinpath("roles.yaml").read_text("utf-8"))

    def compiled(patterns: list[str]) -> list[re.Pattern]:
        return [re.compile(pattern, re.IGNORECASE) for pattern in patterns]

    return Markers(
        decentral_publications=dict(data["decentral_publications"]),
        decentral=compiled(data["decentral_markers"]),
        bill=compiled(data["bill_markers"]),
        consolidated=compiled(data["consolidated_markers"]),
        memorandum=compiled(data["memorandum_markers"]),
        other=[(kind["reason"], compiled(kind["markers"])) for kind in data["other_kinds"]],
    )


def decide_role(document: Document) -> RoleDecision:
    """Decide what ``document`` is (see the module docstring), with the evidence."""
    decision = _from_xml(document)
    if decision is not None:
        return decision
    lines = _lines(document)
    first_article = next((i for i, line in enumerate(lines) if ARTICLE_LINE.match(line)), None)
    memorandum_at = _memorandum_heading(lines)
    head = lines[: min(HEAD_LINES, first_article if first_article is not None else HEAD_LINES)]
    hit = _first_hit(head, markers().decentral)
    if hit:
        return RoleDecision("decentral", _("a regulation or decision of a co-government, not a national bill"),
                            [_("decentral formula in the head: {hit}").format(hit=hit)])
    hit = _first_hit(head, markers().consolidated)
    if hit:
        return RoleDecision("consolidated", _("the law in force (consolidated text), not a proposal"),
                            [_("consolidation marker: {hit}").format(hit=hit)])
    articles = [line for line in lines[: memorandum_at] if ARTICLE_LINE.match(line)] if memorandum_at is not None \
        else [line for line in lines if ARTICLE_LINE.match(line)]
    bill_hit = _first_hit(head, markers().bill)
    if articles:
        evidence = [_("{count} article heading(s) before any memorandum, first {first}").format(
            count=len(articles), first=_quote(articles[0]))]
        if bill_hit:
            evidence.insert(0, _("bill formula: {hit}").format(hit=bill_hit))
        if memorandum_at is not None:
            evidence.append(_("its own memorandum from line {line}: {heading}").format(
                line=memorandum_at + 1, heading=_quote(lines[memorandum_at])))
        return RoleDecision("bill", _("a national bill, decree or regulation"), evidence)
    if memorandum_at is not None and memorandum_at < HEAD_LINES:
        return RoleDecision("memorandum", _(MEMORANDUM_ONLY),
                            [_("memorandum heading at line {line}: {heading}").format(
                                line=memorandum_at + 1, heading=_quote(lines[memorandum_at])),
                             _("no article before it")])
    return _other(lines, bill_hit)


def _from_xml(document: Document) -> RoleDecision | None:
    """The role an official XML format states for certain, or None."""
    meta = document.metadata
    family = meta.get("xml_family")
    publication = meta.get("publication_type", "")
    if family == "bwb":
        return RoleDecision("consolidated", _("the law in force (BWB consolidated text), not a proposal"),
                            [f"XML root <toestand> {meta.get('bwb_id', '')}".strip()])
    if family == "cvdr":
        return RoleDecision("decentral", _("a regulation of a co-government (CVDR), not a national bill"),
                            [f"XML root <cvdr> {meta.get('identifier', '')}".strip()])
    gazette = markers().decentral_publications.get(publication)
    if family == "official" and gazette:
        return RoleDecision("decentral", _("published in the {gazette}: a co-government's regulation or decision").format(
                                gazette=gazette), [f"XML publication <{publication}>"])
    if family in ("official", "kamerwrk"):
        parts = {block.part for block in document.blocks}
        if publication == "kamerstuk" and "explanatory_memorandum" in parts and "bill" not in parts:
            return RoleDecision("memorandum", _(MEMORANDUM_ONLY), [_("Kamerstuk body is a memorandum ({title})").format(
                title=document.title or _("untitled"))])
    return None


def _lines(document: Document) -> list[str]:
    lines = []
    for block in document.blocks:
        for raw in block.text.split("\n"):
            text = " ".join(raw.split())
            if text:
                lines.append(text)
    return lines


def _memorandum_heading(lines: list[str]) -> int | None:
    patterns = markers().memorandum
    for index, line in enumerate(lines):
        if len(line) <= 120 and not line.endswith((".", ";", ",")) and any(p.search(line) for p in patterns):
            return index
    return None


def _first_hit(lines: list[str], patterns: list[re.Pattern]) -> str | None:
    for index, line in enumerate(lines):
        if any(pattern.search(line) for pattern in patterns):
            return _("line {number} {text}").format(number=index + 1, text=_quote(line))
    return None


def _other(lines: list[str], bill_hit: str | None) -> RoleDecision:
    head = lines[:HEAD_LINES]
    for reason, patterns in markers().other:
        hit = _first_hit(head, patterns)
        if hit:
            return RoleDecision("other", _("{kind}, not a bill").format(kind=_(reason)), [hit])
    evidence = [_("no article heading, no memorandum heading, no decentral formula")]
    if bill_hit:
        evidence.append(_("a bill formula without articles: {hit}").format(hit=bill_hit))
    return RoleDecision("other", _("no bill: the document has no articles"), evidence)


def _quote(line: str, width: int = 80) -> str:
    return '"' + (line if len(line) <= width else line[: width - 1] + "…") + '"'
