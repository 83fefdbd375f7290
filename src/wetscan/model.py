"""The records that flow between wetscan's stages.

    bytes --ingest--> Document --structure--> Bill --analyse--> Bill (+ findings) --assess--> Assessment --report--> output

Every stage takes the previous stage's records and returns new (or enriched) ones. These small
dataclasses are the contract between the stages; the report JSON (schema version 1, see
``docs/report-schema.md``) is a direct serialisation of them.

Dutch terms used throughout:

* *artikel*: an article. Numbered "9", "2a", "2.15", "1.2.3"; an amending bill numbers its own
  articles with Roman numerals ("ARTIKEL I").
* *lid* (plural *leden*): a numbered paragraph of an article ("1.", "2."); cited as "eerste lid".
* *onderdeel*: a lettered or numbered item of an enumeration inside an article or lid ("a.", "1°").
  In an amending article the lettered instructions "A", "B", ... are also called onderdelen.
* *provision*: wetscan's unit of analysis: one lid, or one article that has no numbered leden. Its
  onderdelen stay in its text.
* *memorie van toelichting* / *nota van toelichting*: the explanatory memorandum of a bill or decree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

Format = Literal["pdf", "xml", "docx", "odt", "html", "txt"]
Part = Literal["bill", "explanatory_memorandum"]
#: What a bill does to a provision of the law it amends (see ``wetscan.amend``).
Change = Literal["new", "widened", "narrowed", "changed", "repealed", "unchanged", "unknown"]
Layer = Literal["gemeente", "provincie", "waterschap", "openbaar_lichaam"]
NormType = Literal[
    "obligation",
    "power",
    "prohibition",
    "permission",
    "delegation",
    "definition",
    "amendment",
    "transitional",
    "other",
]

LAYERS: tuple[str, ...] = get_args(Layer)
NORM_TYPES: tuple[str, ...] = get_args(NormType)


# --------------------------------------------------------------------------------------------
# ingest: bytes -> Document
# --------------------------------------------------------------------------------------------


@dataclass
class Block:
    """One printed unit of text in reading order, with page furniture already removed.

    A block is what a reader would see as one paragraph: a heading line ("Artikel 4a",
    "HOOFDSTUK 2. TAKEN VAN DE GEMEENTE"), a lid ("1. Het college ..."), an onderdeel
    ("a. een register;"), or a plain paragraph. Numbers that the source produced outside the
    text (Word auto-numbering, XML ``lidnr``/``li.nr``) are written into ``text`` as printed,
    so that every reader hands the structure parser the same lines for the same bill.

    ``part`` and ``quoted`` are hints from readers that know the structure for certain (XML):
    ``part`` says whether the block belongs to the bill text or the explanatory memorandum
    (``None``: unknown, let the parser decide), ``quoted`` marks text quoted inside an amendment
    instruction (the new text "luidende: ..."), ``None`` when the reader cannot tell.
    """

    text: str
    page: int | None = None
    kind: Literal["heading", "paragraph"] = "paragraph"
    part: Part | None = None
    quoted: bool | None = None


@dataclass
class Document:
    """A file read into blocks. ``pages`` is the page count for paged formats (PDF), else None."""

    path: str
    sha256: str
    format: Format
    blocks: list[Block]
    pages: int | None = None
    title: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)


# --------------------------------------------------------------------------------------------
# analyse: findings on provisions
# --------------------------------------------------------------------------------------------


@dataclass
class Finding:
    """One rule that fired on one provision, traced to the words that triggered it.

    ``start``/``end`` index into the provision's ``text``: ``text[start:end] == trigger``.
    ``rule`` is an id from the rule table (R01-R20, see ``docs/domain.md`` in shared docs; R23-R25
    are the same task, power and restriction read from the rest of the law), ``kind`` says what was
    found (task, power, cooperation, supervision, ...). ``derived_from`` names the provisions the
    finding's actor was read from when the provision itself does not name it ("artikel 5, eerste lid"
    says who grants the ontheffing that this lid says is refused), or, on an R09 read through a reference,
    the provision whose imposed cooperation this one takes up; empty for a stated finding.
    ``source`` is "rules" for the rule engine and "model" for the learned reader (rule ids M01,
    M02), which also gives its ``probability``.
    """

    rule: str
    layer: str | None
    organ: str | None
    kind: str
    start: int
    end: int
    trigger: str
    explanation: str
    confidence: float
    derived_from: list[str] = field(default_factory=list)
    source: Literal["rules", "model"] = "rules"
    probability: float | None = None


# --------------------------------------------------------------------------------------------
# structure: Document -> Bill
# --------------------------------------------------------------------------------------------


@dataclass
class Provision:
    """One lid, or one article without numbered leden: the unit wetscan analyses.

    ``id`` is a citation a lawyer understands and is unique within a bill, e.g. "artikel 9",
    "artikel 2.15, tweede lid" or "artikel I, onderdeel B, artikel 2.15, tweede lid" for text
    that an amending article inserts into another law (``amends`` then names that law).
    ``instruction`` is the amendment instruction that carried quoted text ("Na artikel 4 wordt
    een artikel ingevoegd, luidende:"); ``kind`` is "amendment" for a pure text-replacement
    instruction that quotes no whole lid or article.

    ``change`` says what an amending bill does to the provision compared with the law as it
    stands (see :mod:`wetscan.amend`); ``previous_text`` and ``previous_findings`` are the provision
    before the bill (a repealed provision has its old findings there only, none in ``findings``);
    ``operations`` are the typed instructions that made it.
    """

    id: str
    article: str
    paragraph: str | None
    text: str
    part: Part = "bill"
    page: int | None = None
    amends: str | None = None
    instruction: str | None = None
    kind: Literal["provision", "amendment"] = "provision"
    headings: list[str] = field(default_factory=list)
    # Filled in by analyse:
    norm_type: NormType | None = None
    layers: list[str] = field(default_factory=list)
    mandatory_cooperation: bool = False
    findings: list[Finding] = field(default_factory=list)
    # Filled in by amend (what the bill changes; None for the memorandum):
    change: Change | None = None
    change_by_layer: dict[str, str] = field(default_factory=dict)
    change_note: str | None = None
    previous_text: str | None = None
    previous_findings: list[Finding] = field(default_factory=list)
    operations: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Definition:
    """A term defined by a definitions article ("In deze wet wordt verstaan onder: ...")."""

    term: str
    meaning: str
    provision_id: str


@dataclass
class MemorandumSection:
    """A section of the explanatory memorandum (memorie/nota van toelichting).

    ``explains`` holds the article numbers of the bill that an article-by-article section
    ("Artikel I, onderdeel B", "Artikel 3") discusses; empty for the general part.
    """

    heading: str
    text: str
    page: int | None = None
    explains: list[str] = field(default_factory=list)


@dataclass
class ParentLaw:
    """The wet an AMvB or ministeriële regeling implements (its *parent law*), as far as wetscan has its text.

    A besluit often leaves its actor to the wet ("Het bevoegd gezag controleert ...", "Het plan van
    toedeling bevat ..."); a lawyer reads it with the wet open. ``where`` says where the text came from (a
    file, the statute corpus)."""

    title: str
    provisions: list[Provision]
    definitions: dict[str, Definition] = field(default_factory=dict)
    where: str = ""


@dataclass
class Bill:
    """A parsed document: its provisions, definitions and explanatory memorandum."""

    source: Document
    title: str | None
    provisions: list[Provision]
    definitions: dict[str, Definition] = field(default_factory=dict)
    memorandum: list[MemorandumSection] = field(default_factory=list)
    preamble: str | None = None
    #: What the parser repaired and the reader should know ("artikel 2: lid numbering restarted").
    notes: list[str] = field(default_factory=list)
    #: The wet this besluit implements, where its text is at hand (see :mod:`wetscan.analyse.context.parent`).
    parent_law: ParentLaw | None = None

    def provision(self, provision_id: str) -> Provision:
        for provision in self.provisions:
            if provision.id == provision_id:
                return provision
        raise KeyError(provision_id)


# --------------------------------------------------------------------------------------------
# assess: Bill -> Assessment
# --------------------------------------------------------------------------------------------


@dataclass
class Reason:
    """Why a verdict came out as it did: a rule, its legal basis, and the evidence."""

    rule: str
    basis: str
    explanation: str
    provisions: list[str] = field(default_factory=list)
    triggers: list[str] = field(default_factory=list)


@dataclass
class Verdict:
    verdict: str
    score: float
    reasons: list[Reason] = field(default_factory=list)

    @property
    def recommended(self) -> bool:
        return self.verdict in ("yes", "already")


@dataclass
class FvwCheck:
    required: bool
    status: Literal["found", "missing", "not_checked", "not_required"]
    reasons: list[Reason] = field(default_factory=list)


@dataclass
class Assessment:
    layers: list[str]
    mandatory_cooperation: bool
    udo: Verdict
    cosignature: Verdict
    fvw_art2: FvwCheck
    extra: dict = field(default_factory=dict)
