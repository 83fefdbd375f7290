"""Put the reader beside the rules: ``rules``, ``model`` or ``combined``.

* ``rules``: the rules alone (the reader is not loaded).
* ``model``: the reader alone decides layers, norm type and cooperation; its findings are the
  only findings (for measuring the reader; never the product default unless it scores best on dev).
* ``combined``: the rules stay first. The reader adds a finding where the rules found nothing for a
  layer (M01) or found no cooperation (M02), when its probability reaches the threshold in
  ``assess/rules.yaml`` (``reader.add_threshold``); and where the reader strongly disagrees with a
  rule finding's layer (probability below ``reader.disagree_threshold``) the rule finding's
  confidence is lowered below the review threshold, which puts the provision on the review list.
  It reads only the provisions where it can matter (:mod:`wetscan.learned.gate`: where the rules
  found no layer and the provision names a co-government organ, or no actor at all); the others
  keep the rules' findings as they are.

Model findings say so: ``source == "model"``, the probability, and — where the reader marked actor
words in the provision — the actor span as trigger.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wetscan.i18n import _
from wetscan.learned.gate import needs_reading
from wetscan.learned.reader import Reader, ReaderInput, Reading
from wetscan.model import Bill, Finding, Provision

#: Norm types whose provisions give no task or power of their own: the reader does not add to them.
NO_TASK = {"definition", "amendment", "other", "transitional"}


@dataclass(frozen=True)
class ReaderSettings:
    """Thresholds from ``assess/rules.yaml`` (``reader:``)."""

    add_threshold: float = 0.8
    cooperation_threshold: float = 0.8
    disagree_threshold: float = 0.05
    disagree_confidence: float = 0.5


def reader_inputs(bill: Bill, provisions: Sequence[Provision]) -> list[ReaderInput]:
    """Each provision with its context: the title, its headings and its article's earlier leden."""
    earlier: dict[str, list[str]] = {}
    inputs = []
    for provision in provisions:
        siblings = earlier.setdefault(provision.article, [])
        parts = [bill.title or "", *provision.headings, *siblings]
        inputs.append(ReaderInput(text=provision.text, context=" | ".join(p for p in parts if p)[-600:]))
        siblings.append(provision.text)
    return inputs


def apply_reader(bill: Bill, reader: Reader, mode: str, settings: ReaderSettings = ReaderSettings()) -> Bill:
    """Read the bill's provisions with the reader and merge as ``mode`` says."""
    if mode == "rules":
        return bill
    provisions = [p for p in bill.provisions if p.part == "bill" and p.text.strip()]
    inputs = reader_inputs(bill, provisions)  # every provision, so that each has its earlier leden as context
    if mode == "combined":
        provisions, inputs = _worth_reading(provisions, inputs, settings)
    readings = reader.read(inputs)
    for provision, reading in zip(provisions, readings):
        if mode == "model":
            _model_only(provision, reading, settings)
        else:
            _combine(provision, reading, settings)
    return bill


def _worth_reading(provisions: list[Provision], inputs: list[ReaderInput],
                   settings: ReaderSettings) -> tuple[list[Provision], list[ReaderInput]]:
    """The provisions (and their inputs) where the combined reader can change anything. Provisions
    with a rule layer matter only when the reader checks the rules' findings (disagreement) or adds
    cooperation (a threshold of 1.0 or more turns either off)."""
    checks_rules = settings.disagree_threshold > 0 or settings.cooperation_threshold < 1.0
    kept = [index for index, provision in enumerate(provisions) if needs_reading(provision, checks_rules)]
    return [provisions[i] for i in kept], [inputs[i] for i in kept]


def _model_only(provision: Provision, reading: Reading, settings: ReaderSettings) -> None:
    provision.findings = []
    provision.norm_type = reading.norm_type  # type: ignore[assignment]
    provision.layers = sorted(layer for layer, p in reading.layers.items() if p >= 0.5)
    provision.mandatory_cooperation = reading.cooperation >= 0.5
    for layer in provision.layers:
        provision.findings.append(model_finding(provision, reading, layer))
    if provision.mandatory_cooperation:
        provision.findings.append(model_finding(provision, reading, None))


def _combine(provision: Provision, reading: Reading, settings: ReaderSettings) -> None:
    ruled = {f.layer for f in provision.findings if f.layer and f.source == "rules"}
    for finding in provision.findings:
        if finding.layer in reading.layers and reading.layers[finding.layer] < settings.disagree_threshold:
            finding.confidence = min(finding.confidence, settings.disagree_confidence)
            finding.explanation += " " + _("The learned reader disagrees (p = {probability:.2f}): review.").format(
                probability=reading.layers[finding.layer])
    for layer, probability in reading.layers.items():
        if layer in ruled or probability < settings.add_threshold:
            continue
        provision.findings.append(model_finding(provision, reading, layer))
        provision.layers = sorted({*provision.layers, layer})
        if provision.norm_type in NO_TASK or provision.norm_type is None:
            provision.norm_type = reading.norm_type  # type: ignore[assignment]
    if not provision.mandatory_cooperation and reading.cooperation >= settings.cooperation_threshold:
        provision.findings.append(model_finding(provision, reading, None))
        provision.mandatory_cooperation = True


def model_finding(provision: Provision, reading: Reading, layer: str | None) -> Finding:
    """A finding of the reader: M01 (a layer's task or power) or M02 (mandatory cooperation)."""
    start, end = reading.actor or _first_words(provision.text)
    actor = provision.text[start:end]
    if layer is None:
        probability = reading.cooperation
        rule, kind = "M02", "cooperation"
        explanation = _("The learned reader reads mandatory cooperation here (p = {probability:.2f}); "
                        "actor words «{words}».").format(probability=probability, words=actor)
    else:
        probability = reading.layers[layer]
        rule, kind = "M01", "power" if reading.norm_type == "power" else "task"
        what = _("actor") if reading.actor else _("opening words (no actor words marked)")
        template = (_("The learned reader reads a power of the {layer} here (p = {probability:.2f}); {what}: «{words}».")
                    if kind == "power" else
                    _("The learned reader reads a task of the {layer} here (p = {probability:.2f}); {what}: «{words}»."))
        explanation = template.format(layer=layer, probability=probability, what=what, words=actor)
    return Finding(rule=rule, layer=layer, organ=actor if reading.actor else None, kind=kind, start=start,
                   end=end, trigger=actor, explanation=explanation, confidence=round(0.8 * probability, 3),
                   source="model", probability=round(probability, 3))


def _first_words(text: str, limit: int = 60) -> tuple[int, int]:
    """The provision's opening words, cut at a word boundary, as a span when no actor was marked."""
    if len(text) <= limit:
        return 0, len(text.rstrip())
    cut = text.rfind(" ", 0, limit)
    return 0, cut if cut > 0 else limit
