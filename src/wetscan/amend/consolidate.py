"""Build the amended provisions of a bill: what each instruction does to the law as it stands.

This runs after the per-provision analysis of the bill. For every provision of the bill text:

* a provision of the bill's own (a new law, the commencement article of an amending bill) is ``new``;
* a quoted article, lid or fragment carries its instruction's operation: an inserted unit is
  ``new``; a replaced lid is compared with the lid it replaces;
* an onderdeel of plain instructions ("In artikel 5, eerste lid, wordt «acht weken» vervangen door
  «vier weken».") becomes, with the current text at hand, one provision per amended lid whose text
  is the consolidated text (the textual amendments applied) and whose ``previous_text`` is the
  current one; a repealed unit ("Artikel 7, tweede lid, vervalt.") becomes a provision of its own
  with its old text; renumbering leaves no provision (it is editorial).

Old and new versions of each affected article are analysed whole, in the same way, with the
bill's and the law's definitions and the law's title, so that a lid that continues its article's
addressee reads alike before and after; :mod:`wetscan.amend.compare` then decides the change.
Without the current text the change follows from the instruction alone (inserted -> new,
repealed -> repealed, replaced or textual -> unknown, a reference-only replacement -> unchanged).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from wetscan.amend.apply import NotApplicable, apply_textual
from wetscan.amend.compare import compare_findings, moved_to_rijk
from wetscan.amend.library import BWB_ID, CurrentLaw, LawLibrary
from wetscan.amend.operations import Operation, Target, is_reference_only, read_instructions
from wetscan.amend.repeals import repeal_leden_left_out, repealed_units_of
from wetscan.amend.work import AffectedArticle, Articles, affected_article, cite
from wetscan.analyse import analyse_provisions
from wetscan.model import Bill, Provision
from wetscan.i18n import _


@dataclass
class LawMatch:
    """One amended law and the current text found for it (``how`` it was matched)."""

    law: str | None
    current: CurrentLaw | None
    how: str = ""


def consolidate(bill: Bill, library: LawLibrary) -> list[LawMatch]:
    """Fill the change fields of the bill's provisions (see the module docstring); returns the
    amended laws with the current texts used."""
    own = [p for p in bill.provisions if p.part == "bill"]
    amending = [p for p in own if p.amends or p.instruction or p.kind == "amendment"]
    for provision in own:
        if provision not in amending:
            provision.change = "new"
    if not amending:
        return []
    matches = _match_laws(bill, amending, library)
    articles: Articles = {}
    result: list[Provision] = []
    for provision in bill.provisions:
        if provision not in amending:
            result.append(provision)
            continue
        match = matches[provision.amends]
        if provision.kind == "amendment":
            result += _plain(provision, match.current, articles)
        else:
            result.append(_quoted(provision, match.current, articles))
    bill.provisions[:] = result
    for article in articles.values():
        repeal_leden_left_out(article, bill)
        _analyse_both(article, bill)
    for match in matches.values():
        if match.current is not None:
            _analyse_new(match, bill)
    return list(matches.values())


def _analyse_new(match: LawMatch, bill: Bill) -> None:
    """Read the new provisions of a law again with its definitions (after the bill's own): a
    "college" that the amended law defines is resolved as that law says."""
    assert match.current is not None
    new = [p for p in bill.provisions if p.part == "bill" and p.amends == match.law and p.change == "new"]
    if new and match.current.definitions:
        analyse_provisions(new, {**match.current.definitions, **bill.definitions}, bill.title)


def _match_laws(bill: Bill, amending: list[Provision], library: LawLibrary) -> dict[str | None, LawMatch]:
    laws = list(dict.fromkeys(p.amends for p in amending))
    ids = {found for value in bill.source.metadata.values() for found in BWB_ID.findall(str(value))}
    matches = {}
    for law in laws:
        current, how = (None, "") if library.empty else library.find(law, ids, sole=len(laws) == 1)
        matches[law] = LawMatch(law, current, how)
    return matches


def _quoted(provision: Provision, current: CurrentLaw | None, articles: Articles) -> Provision:
    """A quoted article, lid or fragment: its operation and, with the current text, its old text."""
    operations = read_instructions(provision.instruction or "", Target(law=provision.amends, article=provision.article))
    main = next((op for op in operations if op.action in ("inserted", "replaced", "textual")), None)
    provision.operations = [op.as_dict() for op in operations]
    if main is None:
        provision.change, provision.change_note = "unknown", _("the instruction was not recognised")
        return provision
    if main.action == "inserted":
        provision.change = "new"
        if current is not None and (article := affected_article(articles, current, provision.article)) is not None:
            article.new_leden.setdefault(provision.paragraph, provision.text)
        return provision
    if current is None:
        provision.change = "unknown"
        return provision
    if main.action == "textual":
        return _quoted_fragment(provision, main, current, articles)
    if main.target.onderdeel:
        onderdeel = replace(main, action="textual", unit="onderdeel", edit="replace")
        return _quoted_fragment(provision, onderdeel, current, articles)
    article = affected_article(articles, current, provision.article)
    old = current.text(provision.article, provision.paragraph) if article else None
    if article is None or (old is None and main.target.unit != "article"):
        provision.change = "new" if article is not None else "unknown"
        provision.change_note = _("{target} is not in the current text").format(
            target=cite(provision.article, provision.paragraph))
        if article is not None:
            article.new_leden[provision.paragraph] = provision.text
        return provision
    if main.target.unit == "article" and article.whole is None:
        article.whole = provision
    article.new_leden[provision.paragraph] = provision.text
    provision.previous_text = old
    article.affected.append((provision, provision.paragraph))
    return provision


def _quoted_fragment(provision: Provision, operation: Operation, current: CurrentLaw, articles: Articles) -> Provision:
    """A volzin added to or replacing one in a lid, or a replaced onderdeel: the lid's consolidated text."""
    lid = operation.target.lid or provision.paragraph
    article = affected_article(articles, current, provision.article)
    old = current.text(provision.article, lid) if article else None
    if article is None or old is None:
        provision.change = "unknown"
        provision.change_note = _("{target} is not in the current text").format(target=cite(provision.article, lid))
        return provision
    try:
        new = apply_textual(article.new_leden[lid], replace(operation, new=operation.new or provision.text))
    except NotApplicable as problem:
        provision.change, provision.change_note = "unknown", str(problem)
        return provision
    article.new_leden[lid] = new
    provision.id = f"{provision.id}, {cite(provision.article, lid)}"
    provision.paragraph, provision.text, provision.previous_text = lid, new, old
    article.affected.append((provision, lid))
    return provision


def _plain(provision: Provision, current: CurrentLaw | None, articles: Articles) -> list[Provision]:
    """An onderdeel of plain instructions: repealed units and consolidated leden as provisions."""
    operations = read_instructions(provision.text, Target(law=provision.amends))
    provision.operations = [op.as_dict() for op in operations]
    made: dict[str, Provision] = {}  # by id
    left: list[Operation] = []
    notes: list[str] = []
    for op in operations:
        if op.action == "renumbered":
            left.append(op)
        elif op.action == "repealed":
            made.update((repealed.id, repealed) for repealed in repealed_units_of(provision, op, current, articles))
        elif op.action == "textual" and current is not None and op.target.article:
            try:
                _textual(provision, op, current, articles, made)
            except NotApplicable as problem:
                left.append(op)
                notes.append(f"{op.target.cite()}: {problem}")
        else:
            left.append(op)
    if left or not made:
        provision.change = "unchanged" if left and all(is_reference_only(op) for op in left) else "unknown"
        provision.change_note = "; ".join(notes) or None
        if provision.change == "unchanged":
            provision.change_note = _("only references or numbering change (editorial)")
        return [provision, *made.values()]
    return list(made.values())


def _textual(provision: Provision, op: Operation, current: CurrentLaw, articles: Articles, made: dict) -> None:
    """Apply one textual operation to the current lid; the lid's provision is made once."""
    article = affected_article(articles, current, op.target.article)
    lid = op.target.lid
    if article is None or lid not in article.new_leden:
        raise NotApplicable(_("{target} is not in the current text").format(target=op.target.cite()))
    article.new_leden[lid] = apply_textual(article.new_leden[lid], op)
    key = f"{provision.id}, {cite(op.target.article, lid)}"
    if key not in made:
        made[key] = replace(
            provision, id=key, article=op.target.article,
            paragraph=lid, kind="provision", instruction=op.instruction, previous_text=current.text(op.target.article, lid),
            operations=[], findings=[], layers=[],
        )
        article.affected.append((made[key], lid))
    amended = made[key]
    amended.operations.append(op.as_dict())
    if op.instruction not in (amended.instruction or ""):
        amended.instruction = f"{amended.instruction} {op.instruction}"
    amended.text = article.new_leden[lid]


def _analyse_both(article: AffectedArticle, bill: Bill) -> None:
    """Analyse the article before and after, then set findings and change on the affected provisions."""
    if not article.affected:
        return
    definitions = {**article.law.definitions, **bill.definitions}
    law = article.law.title
    old_leden = article.law.leden(article.number) or []
    new_leden = dict(article.new_leden)
    before = _analysed(article, old_leden, definitions, law)
    after = _analysed(article, list(new_leden.items()), definitions, law)
    for provision, lid in article.affected:
        old = before.get(lid)
        provision.previous_findings = old.findings if old else []
        if provision.id in article.parts:
            start, end, aanhef = article.parts[provision.id]
            provision.previous_findings = [f for f in provision.previous_findings if start <= f.start < end or f.end <= aanhef]
        if provision.change == "repealed":
            continue
        new = after.get(lid)
        if new is not None:
            provision.findings, provision.norm_type = new.findings, new.norm_type
            provision.layers, provision.mandatory_cooperation = new.layers, new.mandatory_cooperation
        if provision.previous_text is None:
            provision.change = "new"
            continue
        if provision.previous_text == provision.text:
            provision.change, provision.change_by_layer = "unchanged", {}
            continue
        provision.change, provision.change_by_layer = compare_findings(provision.previous_findings, provision.findings)
        provision.findings = provision.findings + moved_to_rijk(provision.previous_findings, provision.findings)


def _analysed(article: AffectedArticle, leden: list[tuple[str | None, str]], definitions: dict, title: str | None) -> dict:
    provisions = [
        Provision(id=cite(article.number, lid), article=article.number, paragraph=lid, text=text, amends=title)
        for lid, text in leden
    ]
    analyse_provisions(provisions, definitions, title)
    return {provision.paragraph: provision for provision in provisions}
