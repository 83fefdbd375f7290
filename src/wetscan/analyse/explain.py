"""Explain the analysis of one text: the trace behind ``wetscan explain "Het college ..."``; and one rule
of the rule table, in the current language: ``wetscan explain R01``."""

from __future__ import annotations

from collections.abc import Mapping
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from wetscan.analyse.definitions import resolve_mention
from wetscan.analyse.pipeline import process
from wetscan.analyse.provisions import make_resolver
from wetscan.analyse.rules import RuleEngine
from wetscan.analyse.lexicon import load_lexicon, rule_table
from wetscan.i18n import N_, _
from wetscan.model import Definition, Provision


@dataclass
class OrganTrace:
    """An organ named in the text and what it was resolved to."""

    text: str
    start: int
    end: int
    organ: str
    layers: list[str]
    role: str
    method: str  # lexicon | context | definition | default | foreign | unresolved
    definition: str | None
    confidence: float


@dataclass
class ClauseTrace:
    """One clause: its norm type and addressee, each with the reason."""

    text: str
    start: int
    end: int
    norm_type: str
    norm_reason: str
    trigger: str | None
    addressee: list[str]
    addressee_reason: str


@dataclass
class Explanation:
    """The analysed provision plus the trace of how the analysis reached it."""

    provision: Provision
    organs: list[OrganTrace] = field(default_factory=list)
    clauses: list[ClauseTrace] = field(default_factory=list)
    parsed: bool = False  # whether a dependency parse was available


def explain_text(text: str, definitions: Mapping[str, Definition] | None = None) -> Explanation:
    """Analyse ``text`` as one provision and explain every step."""
    provision = Provision(id="text", article="", paragraph=None, text=text)
    resolver = make_resolver(definitions)
    doc = process([text])[0]
    result = RuleEngine(load_lexicon()).apply(doc, resolver)
    provision.norm_type = result.norm_type  # type: ignore[assignment]
    provision.layers = result.layers
    provision.mandatory_cooperation = result.mandatory_cooperation
    provision.findings = result.findings
    explanation = Explanation(provision=provision, parsed=doc.has_annotation("DEP"))
    resolver = resolver.for_provision(list(doc._.organs or []))
    for mention in doc._.organs or []:
        resolution = resolve_mention(resolver, mention)
        explanation.organs.append(
            OrganTrace(mention.text, mention.span.start_char, mention.span.end_char, resolution.label,
                       list(resolution.layers), resolution.role, resolution.method, resolution.definition,
                       resolution.confidence)
        )
    for clause in doc._.clauses or []:
        span = clause.span(doc)
        explanation.clauses.append(
            ClauseTrace(
                text=span.text, start=span.start_char, end=span.end_char, norm_type=clause.norm_type,
                norm_reason=clause.reason, trigger=clause.trigger.text if clause.trigger is not None else None,
                addressee=[m.text for m in clause.addressees] or ([clause.subject_text] if clause.subject_text else []),
                addressee_reason=addressee_reason(clause.addressee_method) if clause.addressees else (
                    _("subject is no organ") if clause.subject_text else _("no addressee found")
                ),
            )
        )
    return explanation


#: The addressee methods that quote words of the provision (analyse/clauses/addressee.py), as templates.
_QUOTING_METHODS = (
    (re.compile(r"organ after '(?P<words>.+)'"), N_("organ after '{words}'")),
    (re.compile(r"'(?P<words>.+)' refers to the organ named before"), N_("'{words}' refers to the organ named before")),
)


def addressee_reason(method: str) -> str:
    """How the addressee was found, in the current language.

    The clause reader records the method in English because the norm type reads it ("holder of the
    competence ..."); it is translated only here, where a person reads it.
    """
    translated = _(method)
    if translated != method:
        return translated
    for pattern, template in _QUOTING_METHODS:
        found = pattern.fullmatch(method)
        if found:
            return _(template).format(words=found.group("words"))
    return method


#: What one hit of a rule does to a bill-level verdict (the rule table's ``udo`` and ``cosignature``).
_EFFECTS = {
    "yes": N_("one confident hit makes the bill a candidate"),
    "possible": N_("a hit makes the bill a possible candidate"),
    "none": N_("no effect"),
}


@dataclass
class RuleCard:
    """One rule of the rule table as a person reads it: name, legal basis, the explanation its findings
    give (with its blanks named) and what a hit means for the bill, in the current language."""

    id: str
    name: str
    basis: str
    explanation: str | None
    strong: bool
    udo: str
    cosignature: str
    fvw: bool

    def text(self) -> str:
        """The card as lines for the terminal."""
        lines = [f"{self.id} — {self.name}", _("Legal basis: {basis}").format(basis=self.basis)]
        if self.explanation:
            lines.append(_("A finding says: {explanation}").format(explanation=self.explanation))
        lines += [
            _("Strong rule: {answer}").format(answer=_("yes") if self.strong else _("no")),
            _("UDO candidate: {effect}").format(effect=_(_EFFECTS[self.udo])),
            _("Co-signature by the Minister of BZK: {effect}").format(effect=_(_EFFECTS[self.cosignature])),
            _("Fvw art. 2 section: required when a hit lands on a gemeente or provincie") if self.fvw
            else _("Fvw art. 2 section: not required by this rule"),
        ]
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def known_rule(text: str) -> bool:
    """Whether ``text`` is the id of a rule of the rule table ("R01", "r07", "M01")."""
    return text.strip().upper() in rule_table()["rules"]


def explain_rule(rule_id: str) -> RuleCard:
    """The card of ``rule_id`` (see :func:`known_rule`) in the current language."""
    rule_id = rule_id.strip().upper()
    row = rule_table()["rules"][rule_id]
    template = row.get("explanation")
    blanks = {"organ": _("[organ]"), "layer": _("[layer]"), "trigger": _("[trigger words]")}
    return RuleCard(
        id=rule_id,
        name=_(row["name"]),
        basis=_(row["basis"]),
        explanation=_(template).format_map(blanks) if template else None,
        strong=bool(row.get("strong", False)),
        udo=_effect(row.get("udo", "none")),
        cosignature=_effect(row.get("cosignature", "none")),
        fvw=bool(row.get("fvw", False)),
    )


def _effect(value: Any) -> str:
    """YAML 1.1 reads a bare ``yes`` as True."""
    return "yes" if value is True else "none" if value is False else str(value)
