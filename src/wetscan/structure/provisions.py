"""Cut an article into provisions: one per lid, or the whole article when it has no leden.

A *lid* is a numbered paragraph ("1.", "2.", an inserted "2a."). Its *onderdelen* ("a.", "b.",
"1°.") stay in its text. A provision's text is the lid (without its number) and everything under
it, its units joined with single spaces, so it does not depend on how a reader broke the lines.

A number counts as a new lid only when it follows on from the previous lid (2 after 1, 2a after
2; a gap of a repealed lid or two is allowed). A number after an introduction that ends with a
colon ("... de volgende taken:" then "1. ...") numbers an enumeration, not leden.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wetscan.model import Provision
from wetscan.structure.numbering import lid_citation, lid_value
from wetscan.structure.headings import UNNUMBERED_ARTICLE
from wetscan.structure.units import Unit
from wetscan.i18n import _

#: How many leden may be missing between two printed ones (repealed leden leave gaps).
MAX_LID_GAP = 3
#: The highest number accepted as the first lid of an article.
MAX_FIRST_LID = 30


@dataclass
class Lid:
    """A lid and its units (its number is None for text before any lid)."""

    number: str | None
    units: list[Unit] = field(default_factory=list)

    @property
    def page(self) -> int | None:
        return self.units[0].page if self.units else None

    @property
    def text(self) -> str:
        if not self.units:
            return ""
        first, rest = self.units[0], self.units[1:]
        head = first.body if self.number is not None else first.text
        return " ".join([head, *(unit.text for unit in rest)]).strip()


def _follows(number: str, previous: str | None) -> bool:
    value = lid_value(number)
    if previous is None:
        return 1 <= value[0] <= MAX_FIRST_LID
    before = lid_value(previous)
    return value > before and value[0] <= before[0] + MAX_LID_GAP


def split_leden(units: list[Unit]) -> list[Lid]:
    """Group an article's units into leden; text before the first lid is a Lid without number."""
    leden: list[Lid] = []
    previous: str | None = None
    enumeration = False
    for unit in units:
        if unit.kind == "number" and previous is None and len(leden) == 1 and leden[0].text.endswith(":"):
            enumeration = True  # "... verstaan onder:" followed by "1. ...", "2. ...": not leden
        if unit.kind == "number" and unit.label and not enumeration and _follows(unit.label, previous):
            leden.append(Lid(number=unit.label, units=[unit]))
            previous = unit.label
        elif leden:
            leden[-1].units.append(unit)
        else:
            leden.append(Lid(number=None, units=[unit]))
    return [lid for lid in leden if lid.text]


def article_citation(number: str) -> str:
    """Cite an article: "9" -> "artikel 9"; the single article of a short law -> "enig artikel";
    an unnumbered article by its heading -> "Algemene bepaling"."""
    if UNNUMBERED_ARTICLE.match(number):
        return number
    return "enig artikel" if number == "enig" else f"artikel {number}"


def restart_continued_leden(provisions: list[Provision], last_printed: int | None) -> tuple[list[Provision], str | None]:
    """Renumber leden that continue the previous article's count, and say so.

    Word's automatic numbering keeps counting when a drafter never restarted the list: article 1
    has leden 1 and 2, article 2 prints 3, 4. An article's leden start at 1, so when an article's
    leden run on without a gap from ``last_printed`` (the previous article's last printed lid
    number), they are renumbered from 1; the note tells the reader. Returns the provisions and the
    note (None when nothing was renumbered)."""
    numbers = [p.paragraph for p in provisions]
    if not last_printed or not numbers or not all(n and n.isdigit() for n in numbers):
        return provisions, None
    printed = [int(n) for n in numbers]  # type: ignore[arg-type]
    if printed != list(range(last_printed + 1, last_printed + 1 + len(printed))):
        return provisions, None
    for provision, number in zip(provisions, range(1, len(printed) + 1)):
        prefix = provision.id.rsplit(", ", 1)[0]
        provision.paragraph = str(number)
        provision.id = provision_id(prefix, provision.paragraph)
    article = provisions[0].article
    note = _("{article}: lid numbering continued from the previous article ({first}–{last}, a list never "
             "restarted); leden renumbered from 1").format(article=article_citation(article), first=printed[0],
                                                          last=printed[-1])
    return provisions, note


def provision_id(prefix: str, paragraph: str | None) -> str:
    return prefix if paragraph is None else f"{prefix}, {lid_citation(paragraph)}"


def article_provisions(
    number: str,
    units: list[Unit],
    *,
    prefix: str,
    page: int | None,
    headings: list[str],
    amends: str | None = None,
    instruction: str | None = None,
) -> list[Provision]:
    """The provisions of one article (of the bill, or quoted from an amended law)."""
    provisions = []
    for lid in split_leden(units):
        provisions.append(
            Provision(
                id=provision_id(prefix, lid.number),
                article=number,
                paragraph=lid.number,
                text=lid.text,
                page=lid.page if lid.page is not None else page,
                amends=amends,
                instruction=instruction,
                headings=list(headings),
            )
        )
    return provisions
