"""The one finding emitter every rule family shares.

A finding is the traceable unit of wetscan's output: provision, rule id, the character span of the
words that triggered it, the organ and layer, a one-line explanation and a confidence (domain.md §7
step 3). The explanation template, kind and base confidence come from the rule table
(``data/rules.yaml``); the emitter adds how the addressee was resolved, so that a coordinator sees
when a finding rests on a fallback reading.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from wetscan.analyse.definitions import NAMED_PREFIX, SOURCE_SEPARATOR, Resolution
from wetscan.analyse.lexicon import Lexicon
from wetscan.i18n import _
from wetscan.model import Finding

#: How many provisions an explanation lists where a role is allocated in many (``derived_from`` has them all).
MAX_SOURCES = 4


class FindingEmitter:
    """Builds findings from rule definitions and spans, once per (rule, layer, span)."""

    def __init__(self, doc: Doc, lexicon: Lexicon, findings: list[Finding]) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.findings = findings
        self.seen: set[tuple[str, str | None, int, int]] = set()

    def fired(self, *rule_ids: str) -> bool:
        """Whether any of ``rule_ids`` has already been emitted for this provision."""
        return any(f.rule in rule_ids for f in self.findings)

    def __call__(
        self,
        rule_id: str,
        span: Span,
        resolution: Resolution | None,
        layer: str | None,
        kind: str | None = None,
        scale: float = 1.0,
        organ: str | None = None,
    ) -> None:
        rule = self.lexicon.rules[rule_id]
        start, end = span.start_char, span.end_char
        key = (rule_id, layer, start, end)
        if key in self.seen:
            return
        self.seen.add(key)
        organ_label = organ or (resolution.label if resolution else None)
        confidence = rule.confidence * (resolution.confidence if resolution else 1.0) * scale
        trigger = span.text
        explanation = rule.explain(organ=organ_label, layer=layer, trigger=trigger)
        explanation = explanation[:1].upper() + explanation[1:] + _how_resolved(resolution, layer)
        self.findings.append(
            Finding(
                rule=rule_id,
                layer=layer,
                organ=organ_label,
                kind=kind or rule.kind,
                start=start,
                end=end,
                trigger=trigger,
                explanation=explanation,
                confidence=round(min(confidence, 1.0), 3),
                derived_from=_derived_from(resolution),
            )
        )


def _derived_from(resolution: Resolution | None) -> list[str]:
    """The provisions a finding's addressee was read from: the earlier lid it continues, or the provisions
    that name the holders of a term (:mod:`wetscan.analyse.context.aliases`)."""
    if resolution is None or resolution.definition is None:
        return []
    if resolution.method == "earlier":
        return [resolution.definition]
    if resolution.organ_key.startswith(NAMED_PREFIX):
        return resolution.definition.split(SOURCE_SEPARATOR)
    return []


def _how_resolved(resolution: Resolution | None, layer: str | None) -> str:
    """The sentence an explanation gets when its addressee was not named with a certain meaning."""
    if resolution is None:
        return ""
    where = resolution.definition
    if resolution.method == "allocation" and where:
        sources = where.split(SOURCE_SEPARATOR)
        listed = ", ".join(sources[:MAX_SOURCES]) + (" …" if len(sources) > MAX_SOURCES else "")
        return " " + _("«{role}» as the law allocates it in {where}; verify.").format(
            role=resolution.organ_key[len(NAMED_PREFIX):], where=listed)
    if resolution.organ_key.startswith(NAMED_PREFIX):
        return " " + _("The law names who «{term}» is in {where}; verify.").format(
            term=resolution.organ_key[len(NAMED_PREFIX):], where=where)
    if resolution.method == "definition":
        return " " + _("Resolved through the definition in {where}.").format(where=where)
    if resolution.method == "earlier":
        return " " + _("This lid names no actor: addressee carried over from {where}.").format(where=where)
    if resolution.method == "document" and resolution.organ_key.startswith("document:"):
        return " " + _("No actor named: read as the {layer} organ because {where} concerns that layer; verify.").format(
            layer=layer, where=where)
    if resolution.method == "document":
        return " " + _("Short form read as the {layer} organ because {where} concerns that layer; verify.").format(
            layer=layer, where=where)
    if resolution.method == "section" and len(resolution.layers) > 1:
        return " " + _("Read as a joint body of {layers} because {where} name them as its participants; verify.").format(
            layers=", ".join(resolution.layers), where=where)
    if resolution.method == "section":
        return " " + _("Read as {layer} because {where} name only that layer; verify.").format(layer=layer, where=where)
    if resolution.method == "default":
        return " " + _("Resolved by the usual meaning (no definition found): verify.")
    return ""
