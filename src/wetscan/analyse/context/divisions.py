"""A division of the law applied to another layer: "Deze afdeling is van overeenkomstige toepassing op
burgemeesters en wethouders, met dien verstande dat wordt gelezen voor: a. gedeputeerde staten: college
van burgemeester en wethouders; b. provincie: gemeente".

A drafter who writes the rules for one layer once (the pensions of gedeputeerden, the joint bodies of
gemeenten) and then declares the whole division applicable to another layer with a reading rule
("van overeenkomstige toepassing ..., met dien verstande dat ...")
gives the organs of that other layer every task and power the division gives the first. A lawyer reads
each provision of the division twice: "Gedeputeerde staten verstrekken de belanghebbende een
tegemoetkoming" is also a duty of the college and of the dagelijks bestuur.

The corpus and many bills carry no division headings, so where the division ends is not known. The
reading is therefore applied only where it changes something: in the provisions after the applying
clause that give the replaced layer a task (stated or read from context) and use one of the words the
reading rule replaces ("gedeputeerde staten", "provincie"). A rule replacing a national organ, or
replacing an organ by a national one, changes no co-government layer and is left to :mod:`.applicability`.
The applying clause itself gets the new layers too (GUIDELINES §5a (a): an applicability clause has the
layer of the organ that, as the clause reads the applied provisions, must act under them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wetscan.analyse.context.derive import DERIVED_RULES, add_derived
from wetscan.analyse.context.law import Derivation, LawReading
from wetscan.analyse.definitions import Resolution
from wetscan.analyse.doctext import doc_text
from wetscan.analyse.lexicon import load_lexicon
from wetscan.i18n import _


@dataclass(frozen=True)
class Reading:
    """One replacement of a reading rule: the old words, the layer they stand for, the new organ."""

    old: str
    old_layer: str
    new: Resolution


class DivisionReading:
    """Applies the reading rules of "Deze afdeling is van overeenkomstige toepassing ..." to the division."""

    name = "wetscan_divisions"

    def __call__(self, law: LawReading) -> LawReading:
        applies = re.compile(law.config["division_applicability"], re.IGNORECASE)
        lexicon = load_lexicon()
        for i, provision in enumerate(law.provisions):
            text = doc_text(law.docs[i])
            match = applies.search(text)
            if match is None or provision.kind == "amendment":
                continue
            readings = self._readings(law, text[match.end():])
            if not readings:
                continue
            self._apply_to_clause(law, i, match, readings, lexicon)
            for j in range(i + 1, len(law.provisions)):
                self._apply_to_provision(law, i, j, readings, lexicon)
        return law

    @staticmethod
    def _readings(law: LawReading, text: str) -> list[Reading]:
        """The reading rules after the applicability words, inline ("voor «X» wordt gelezen: Y") or as a
        list ("wordt gelezen voor: a. X: Y; b. ..."), that replace one co-government layer by another."""
        pairs = [(m.group("old"), m.group("new")) for m in re.finditer(law.config["reading_rule"], text, re.IGNORECASE)]
        listed = re.search(law.config["reading_list"], text, re.IGNORECASE)
        if listed is not None:
            pairs += [(m.group("old"), m.group("new")) for m in
                      re.finditer(law.config["reading_item"], text[listed.end():], re.IGNORECASE)]
        readings = []
        for old, new in pairs:
            old_organ, new_organ = _organ(law, old), _organ(law, new)
            if old_organ is None or new_organ is None or len(old_organ.layers) != 1:
                continue
            if set(new_organ.layers) - set(old_organ.layers):
                readings.append(Reading(old.strip().lower(), old_organ.layers[0], new_organ))
        return readings

    @staticmethod
    def _apply_to_clause(law: LawReading, i: int, match: re.Match, readings: list[Reading], lexicon) -> None:
        provision, doc = law.provisions[i], law.docs[i]
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        for reading in readings:
            reason = _("the division applies with «{new}» read for «{old}»").format(new=reading.new.label, old=reading.old)
            derivation = Derivation(reading.new, (provision.id,), reason, law.scale("applicability"))
            add_derived(provision, span, "obligation", derivation, lexicon)

    @staticmethod
    def _apply_to_provision(law: LawReading, i: int, j: int, readings: list[Reading], lexicon) -> None:
        """Read provision ``j`` of the division with the reading rules of provision ``i``."""
        provision, doc = law.provisions[j], law.docs[j]
        if provision.kind == "amendment" or provision.norm_type == "definition" or re.search(
                law.config["definition_sentence"], provision.text, re.IGNORECASE):
            return  # "Onder lid van gedeputeerde staten wordt ... verstaan": a definition, no task
        text = provision.text.lower()
        norm = provision.norm_type if provision.norm_type in DERIVED_RULES else "obligation"
        for reading in readings:
            if reading.old_layer not in provision.layers or not re.search(rf"\b{re.escape(reading.old)}\b", text):
                continue
            if set(reading.new.layers) <= set(provision.layers):
                continue
            finding = next((f for f in provision.findings if f.layer == reading.old_layer), None)
            span = doc.char_span(finding.start, finding.end, alignment_mode="expand") if finding else None
            if span is None:
                continue
            reason = _("{provision} applies this division with «{new}» read for «{old}»").format(
                provision=law.provisions[i].id, new=reading.new.label, old=reading.old)
            add_derived(provision, span, norm, Derivation(reading.new, (law.provisions[i].id,), reason,
                                                          law.scale("applicability")), lexicon)


def _organ(law: LawReading, text: str) -> Resolution | None:
    """The first co-government organ (or layer) a term of a reading rule names, with the bill's definitions."""
    for resolution in law.organs_named(text):
        if resolution.is_co_government:
            return resolution
        if resolution.is_national:
            return None
    return None
