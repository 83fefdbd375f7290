"""What the Word comments say: per flagged provision the rules that fired, and the verdicts on the title.

A drafter reads these comments in the margin of his own draft, so each says in a few lines what
wetscan saw and on what ground:

* on a flagged provision, per rule that fired: the rule (id and name, and the bestuurslaag it
  concerns), the words in the provision that triggered it (*signaalwoorden*), how sure wetscan is
  (*betrouwbaarheid*; for a finding of the learned reader, marked as such, its probability), and on
  a second line the legal basis (*grondslag*) from the rule table. A finding whose organ was read
  from another provision says which. Review notes that name the provision follow ("controleer wie
  is bedoeld").
* on the title: the three verdicts — *kandidaat voor een UDO*, *medeondertekening door de minister
  van BZK*, the *paragraaf financiële gevolgen (art. 2 Fvw)* — the bestuurslagen and verplichte
  samenwerking, and what to do next.

A comment is a heading (shown bold) and its lines, each line one paragraph of the comment.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from wetscan.assess.rules import RuleBook
from wetscan.i18n import N_, _, ngettext
from wetscan.vocabulary import VERDICT_WORDS, decimal

#: The verdict words of the UDO and co-signature questions.
VERDICTS = {value: VERDICT_WORDS[value] for value in ("yes", "possible", "no", "already")}
#: The status of the Fvw art. 2 section.
FVW_STATUS = {"found": N_("found"), "missing": N_("missing"), "not_checked": N_("not checked (no toelichting in the file)"),
              "not_required": N_("not required")}


@dataclass
class CommentText:
    """One comment: a heading (bold) and its lines (one paragraph each)."""

    heading: str
    lines: list[str] = field(default_factory=list)


def provision_comment(provision: Mapping[str, Any], book: RuleBook, notes: Sequence[str] = ()) -> CommentText:
    """The comment on one flagged provision: one or two lines per rule that fired, then ``notes``."""
    comment = CommentText(_("wetscan: {provision}").format(provision=provision["id"]))
    by_rule: dict[str, list[Mapping[str, Any]]] = {}
    for finding in provision.get("findings") or []:
        by_rule.setdefault(finding["rule"], []).append(finding)
    for findings in by_rule.values():
        comment.lines += rule_lines(findings, book)
    if not by_rule and provision.get("previous_findings"):
        rules = ", ".join(sorted({f["rule"] for f in provision["previous_findings"]}))
        comment.lines.append(_("This provision repeals or replaces a provision of the current law on which these rules "
                               "fired: {rules}.").format(rules=rules))
    comment.lines += [_("Check: {note}").format(note=note) for note in notes]
    return comment


def rule_lines(findings: Sequence[Mapping[str, Any]], book: RuleBook) -> list[str]:
    """The findings of one rule on one provision: the rule with its triggers and confidence, then its basis."""
    first = findings[0]
    rule = book.rule(first["rule"])
    name = rule.name if rule else first["explanation"]
    layers = sorted({f["layer"] for f in findings if f.get("layer")})
    if layers:
        name = _("{name} ({layers})").format(name=name, layers=", ".join(layers))
    triggers = ", ".join(dict.fromkeys(f"‘{f['trigger']}’" for f in findings))
    if first.get("source") == "model":
        probability = max(f.get("probability") or f["confidence"] for f in findings)
        line = _("{rule} {name}, found by the learned reader (model), not by a rule: trigger words {triggers}; "
                 "probability {probability}.").format(rule=first["rule"], name=name, triggers=triggers,
                                                       probability=decimal(probability))
    else:
        line = _("{rule} {name}: trigger words {triggers}; confidence {confidence}.").format(
            rule=first["rule"], name=name, triggers=triggers, confidence=decimal(max(f["confidence"] for f in findings)))
    derived = sorted({source for f in findings for source in f.get("derived_from") or []})
    if derived:
        line += " " + _("The organ is read from {provisions}.").format(provisions="; ".join(derived))
    lines = [line]
    if rule and rule.basis:
        lines.append(_("Legal basis: {basis}.").format(basis=rule.basis.rstrip(".")))
    return lines


def title_comment(report: Mapping[str, Any], placed: int, unplaced: Sequence[str]) -> CommentText:
    """The comment on the title: the verdicts and what to do next, or why the document was not assessed."""
    comment = CommentText(_("wetscan: assessment of this draft"))
    assessment = report.get("assessment")
    if assessment is None:
        document = report.get("document") or {}
        comment.lines.append(_("wetscan did not assess this document: it reads as {role} ({reason}). Run wetscan "
                               "check with --as-bill to assess it anyway.").format(role=document.get("role", "?"),
                                                                                    reason=document.get("reason", "")))
        return comment
    comment.lines += verdict_lines(assessment)
    comment.lines.append(_("What to do next:"))
    comment.lines += [f"– {step}" for step in next_steps(assessment)]
    comment.lines.append(ngettext("wetscan has put a comment on {count} provision with findings.",
                                  "wetscan has put a comment on {count} provisions with findings.",
                                  placed).format(count=placed))
    if unplaced:
        comment.lines.append(_("Not found in this file, see the report: {provisions}.").format(
            provisions="; ".join(unplaced)))
    comment.lines.append(_("wetscan flags; a coordinator decides."))
    return comment


def verdict_lines(assessment: Mapping[str, Any]) -> list[str]:
    """The three verdicts, the bestuurslagen and verplichte samenwerking, one line each."""
    udo, cosign, fvw = assessment["udo"], assessment["cosignature"], assessment["fvw_art2"]
    lines = [
        _("Candidate for a UDO: {verdict} (score {score}{rules}).").format(
            verdict=_(VERDICTS.get(udo["verdict"], udo["verdict"])), score=decimal(udo["score"]),
            rules=_rules(udo["reasons"])),
        _("Co-signature by the Minister of BZK: {verdict} (score {score}{rules}).").format(
            verdict=_(VERDICTS.get(cosign["verdict"], cosign["verdict"])), score=decimal(cosign["score"]),
            rules=_rules(cosign["reasons"])),
    ]
    status = _(FVW_STATUS.get(fvw["status"], fvw["status"]))
    if fvw["status"] == "not_required":
        lines.append(_("Section on financial consequences (art. 2 Fvw): {status}.").format(status=status))
    elif fvw["required"]:
        lines.append(_("Section on financial consequences (art. 2 Fvw): required; {status}.").format(status=status))
    else:
        lines.append(_("Section on financial consequences (art. 2 Fvw): not required; {status}.").format(status=status))
    layers = ", ".join(assessment.get("layers") or []) or _("no layer")
    cooperation = "; ".join((assessment.get("cooperation") or {}).get("provisions", []))
    if assessment.get("mandatory_cooperation"):
        lines.append(_("Layers: {layers}. Mandatory cooperation: yes ({provisions}).").format(
            layers=layers, provisions=cooperation or "–"))
    else:
        lines.append(_("Layers: {layers}. Mandatory cooperation: no.").format(layers=layers))
    return lines


def next_steps(assessment: Mapping[str, Any]) -> list[str]:
    """What the drafter does next, from the verdicts: a UDO, co-signature, the financial section."""
    udo, cosign, fvw = assessment["udo"]["verdict"], assessment["cosignature"]["verdict"], assessment["fvw_art2"]
    steps = []
    if udo == "yes":
        steps.append(_("Have a Uitvoerbaarheidstoets Decentrale Overheden (UDO) carried out with VNG, IPO and/or "
                       "UvW before the consultation."))
    elif udo == "possible":
        steps.append(_("Consider a UDO: discuss with BZK whether the tasks for medeoverheden call for one."))
    if cosign == "yes":
        steps.append(_("Have the draft co-signed by the Minister of BZK (Ar 4.7(2)): add ‘mede namens’ the Minister "
                       "of BZK to the preamble."))
    elif cosign == "possible":
        steps.append(_("Ask BZK whether co-signature by the Minister of BZK is needed."))
    elif cosign == "already":
        steps.append(_("The preamble already names the Minister of BZK (mede namens): nothing to add."))
    if fvw["status"] == "missing":
        steps.append(_("Add a section on the financial consequences for medeoverheden to the toelichting (art. 2 Fvw), "
                       "saying how the costs are covered; state it also when there are none."))
    elif fvw["status"] == "found":
        steps.append(_("Check that the section on financial consequences names the costs for medeoverheden and how "
                       "they are covered."))
    elif fvw["status"] == "not_checked" and fvw["required"]:
        steps.append(_("The file holds no toelichting: check there that the financial consequences for medeoverheden "
                       "are set out (art. 2 Fvw)."))
    if not steps:
        steps.append(_("wetscan found no task for medeoverheden that calls for a UDO, co-signature or a financial "
                       "section."))
    steps.append(_("Read the comments at the flagged provisions and check who is meant and why."))
    return steps


def _rules(reasons: Sequence[Mapping[str, Any]]) -> str:
    rules = [reason["rule"] for reason in reasons if not reason["rule"].startswith("heuristic")]
    return "; " + _("rules {rules}").format(rules=", ".join(dict.fromkeys(rules))) if rules else ""
