"""Explain the analysis of one text: the trace behind ``wetscan explain "Het college ..."``."""

from __future__ import annotations

from collections.abc import Mapping
import re
from dataclasses import dataclass, field

from wetscan.analyse.definitions import resolve_mention
from wetscan.analyse.pipeline import process
from wetscan.analyse.provisions import make_resolver
from wetscan.analyse.rules import RuleEngine
from wetscan.analyse.lexicon import load_lexicon
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
