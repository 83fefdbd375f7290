"""Repealed units (*vervallen*): a lid, an article, a division or an onderdeel that a bill removes.

Each repealed lid becomes a provision of its own whose text is the lid as it stands (without the
current text: the instruction). Its findings stay empty; its old findings are the tasks that go.
An article that "komt te luiden" without one of its current leden repeals that lid too.
"""

from __future__ import annotations

from dataclasses import replace

from wetscan.amend.apply import NotApplicable, apply_textual, onderdeel_text
from wetscan.amend.library import CurrentLaw
from wetscan.amend.operations import Operation, Target
from wetscan.amend.work import AffectedArticle, Articles, affected_article, cite
from wetscan.model import Bill, Provision
from wetscan.i18n import _


def repealed_units_of(provision: Provision, op: Operation, current: CurrentLaw | None, articles: Articles) -> list[Provision]:
    """One provision per repealed lid (its old text when known, else the instruction): of the
    lid, the article or the division (hoofdstuk, afdeling) the instruction names."""
    target = op.target
    if current is not None and target.article and target.onderdeel and (article := affected_article(articles, current, target.article)):
        return [_repealed_onderdeel(provision, op, article)]
    units = _repealed_units(target, current)
    if not units:
        return [_repealed_provision(provision, op, target.article, target.lid, None, None)]
    out = []
    for number, lid in units:
        article = affected_article(articles, current, number)
        out.append(_repealed_provision(provision, op, number, lid, article, current.text(number, lid)))
    return out


def _repealed_units(target: Target, current: CurrentLaw | None) -> list[tuple[str, str | None]]:
    """The (article, lid) pairs of the current law a repeal removes; empty when not known."""
    if current is None:
        return []
    if target.article and not target.onderdeel:
        leden = current.leden(target.article) or []
        return [(target.article, lid) for lid, _ in leden if target.lid is None or lid == target.lid]
    if target.division and not target.article:
        return [(number, lid) for number in current.divisions.get(target.division, [])
                for lid, _ in current.leden(number) or []]
    return []


def _repealed_provision(provision: Provision, op: Operation, number: str | None, lid: str | None,
                        article: AffectedArticle | None, old: str | None) -> Provision:
    target = op.target
    if number is None:
        where = target.cite() if target.division else None
    else:
        where = cite(number, lid) + (f", onderdeel {target.onderdeel}" if target.onderdeel else "")
    repealed = replace(
        provision, id=f"{provision.id}, {where}" if where else provision.id, article=number or provision.article,
        paragraph=lid, kind="provision", text=old or op.instruction, instruction=op.instruction, change="repealed",
        previous_text=old, operations=[op.as_dict()], findings=[], layers=[], norm_type=None, mandatory_cooperation=False,
    )
    if old is None or article is None:
        repealed.change_note = _("the current text is not at hand: the instruction stands for the repealed unit")
    else:
        article.new_leden.pop(lid, None)
        article.affected.append((repealed, lid))
    return repealed


def _repealed_onderdeel(provision: Provision, op: Operation, article: AffectedArticle) -> Provision:
    """A repealed onderdeel: its old text as a provision of its own; the lid loses it.

    Its old findings are those inside it and those of the lid's aanhef ("Het college verstrekt:"),
    whose duty each onderdeel shares."""
    lid, label = op.target.lid, op.target.onderdeel or ""
    old_lid = article.law.text(article.number, lid) or ""
    repealed = replace(
        provision, id=f"{provision.id}, {op.target.cite()}", article=article.number, paragraph=lid, kind="provision",
        instruction=op.instruction, change="repealed", operations=[op.as_dict()], findings=[], layers=[],
        norm_type=None, mandatory_cooperation=False,
    )
    try:
        old = onderdeel_text(old_lid, label)
        article.new_leden[lid] = apply_textual(article.new_leden[lid], replace(op, action="textual", unit="onderdeel", edit="delete"))
    except (NotApplicable, KeyError) as problem:
        repealed.text, repealed.change_note = op.instruction, f"{op.target.cite()}: {problem}"
        return repealed
    start = old_lid.find(old)
    repealed.text = repealed.previous_text = old
    article.parts[repealed.id] = (start, start + len(old), old_lid.find(":") + 1)
    article.affected.append((repealed, lid))
    return repealed


def repeal_leden_left_out(article: AffectedArticle, bill: Bill) -> None:
    """An article that "komt te luiden" without one of its current leden repeals that lid."""
    if article.whole is None:
        return
    quoted = {lid for provision, lid in article.affected}
    envelope = article.whole.id[: article.whole.id.rfind(", artikel ")]
    place = max(i for i, p in enumerate(bill.provisions) if p.id.startswith(envelope))
    for lid, old in article.law.leden(article.number) or []:
        if lid in quoted:
            continue
        repealed = replace(
            article.whole, id=f"{envelope}, {cite(article.number, lid)}", paragraph=lid, text=old, previous_text=old,
            change="repealed", change_note=_("not in the new text of the article, which replaces it as a whole"),
            findings=[], layers=[], norm_type=None, mandatory_cooperation=False,
        )
        article.new_leden.pop(lid, None)
        article.affected.append((repealed, lid))
        place += 1
        bill.provisions.insert(place, repealed)
