"""Derived findings: a task, power or restriction whose actor the rest of the law supplies.

A derived finding is a finding like any other, with its own rule (R23 task, R24 power, R25
restriction; ``rules.yaml``), a lower confidence than the stated R01/R02/R14, an explanation that
names where the actor was read ("actor from artikel 5, eerste lid: burgemeester en wethouders
verlenen de ontheffing") and ``derived_from``: the ids of those provisions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from wetscan.analyse.clauses import PASSIVE_PARTICIPLE, Clause
from wetscan.analyse.context.law import Derivation
from wetscan.analyse.lexicon import Lexicon
from wetscan.i18n import _
from wetscan.model import LAYERS, Finding, Provision

DERIVED_RULES = {"obligation": "R23", "power": "R24", "prohibition": "R25"}
#: How far after the auxiliary a passive's participle may stand for the trigger ("wordt ... verleend").
PARTICIPLE_REACH = 8


def trigger_span(doc: Doc, clause: Clause) -> Span:
    """The clause's norm words, up to a passive's participle ("wordt binnen zes weken verleend")."""
    trigger = clause.trigger if clause.trigger is not None else doc[clause.verb : clause.verb + 1]
    if clause.passive:
        reach = doc[trigger.end : min(trigger.end + PARTICIPLE_REACH, clause.end)]
        participle = next((t for t in reach if PASSIVE_PARTICIPLE.match(t.lower_)), None)
        if participle is not None and not any(t.text in ",;:" for t in doc[trigger.end : participle.i]):
            return doc[trigger.start : participle.i + 1]
    return trigger


def add_derived(provision: Provision, span: Span, norm_type: str, derivation: Derivation, lexicon: Lexicon) -> None:
    """Add the derived finding(s) for the norm at ``span`` to ``provision``, and their layers to its layers."""
    rule_id = DERIVED_RULES[norm_type]
    rule = lexicon.rules[rule_id]
    actor = derivation.actor
    for layer in actor.layers:
        if any(f.rule == rule_id and f.layer == layer and f.start == span.start_char for f in provision.findings):
            continue
        confidence = rule.confidence * derivation.scale * min(actor.confidence / 0.9, 1.0)
        explanation = rule.explain(organ=actor.label, layer=layer, trigger=span.text)
        provision.findings.append(Finding(
            rule=rule_id, layer=layer, organ=actor.label, kind=rule.kind, start=span.start_char, end=span.end_char,
            trigger=span.text, explanation=_("{explanation} Actor read from context: {reason}; verify.").format(
                explanation=explanation[:1].upper() + explanation[1:], reason=derivation.reason),
            confidence=round(min(confidence, 1.0), 3), derived_from=list(derivation.sources),
        ))
    provision.findings.sort(key=lambda f: (f.start, f.rule))
    provision.layers = sorted(set(provision.layers) | set(actor.layers), key=LAYERS.index)
    if provision.norm_type in (None, "other", "definition"):
        provision.norm_type = norm_type  # type: ignore[assignment]
