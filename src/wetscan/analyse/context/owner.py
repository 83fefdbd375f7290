"""Whose thing it is: the layer an actorless provision names in the words for what it is about.

Dutch drafting often leaves out who acts but says whose instrument, record or right the rule is about.
A lawyer reads the act as that layer's (GUIDELINES §2a, actorless passives and content rules):

* a **layer adjective**: "In het gemeentelijke register worden ingeschreven ...", "... kan geen
  provinciaal voorkeursrecht worden gevestigd" (``layer_adjectives`` in ``context.yaml``);
* a **distributive place**: "In iedere gemeente wordt een legger opgemaakt", "In elk openbaar lichaam
  worden ... aangelegd": each co-government of that layer does it.

The subject is read where Dutch word order puts it: before the finite verb when the clause opens with it
(or with "In/Op <the document>" written into), else in the middle field after the verb. A private party's
act ("De aanvraag wordt ingediend") never gets here: the context pass leaves it out first.

A passive that writes into an instrument ("In de toelichting op de balans wordt ingegaan op ...", "Op de
balans worden de activa onderscheiden in ...") prescribes what its maker puts in it, also where the
per-provision reading took it for a statement or a definition: :func:`content_passive` reads it as an
actorless duty, whose actor the readers supply (this one, the act map, the law's subject).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from wetscan.analyse.clauses import PASSIVE_PARTICIPLE, Clause
from wetscan.analyse.context.acts import noun_after, stop_words
from wetscan.analyse.context.law import ACTING_NORMS, Derivation, LawReading
from wetscan.analyse.definitions import CONTEXT_CONFIDENCE, Resolution
from wetscan.analyse.organs import OrganMention
from wetscan.i18n import _
from wetscan.model import LAYERS


def named_owner(law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
    """The actor of an actorless passive or content rule whose subject names its layer (see the module
    docstring)."""
    if clause.addressees or clause.verb is None:
        return None
    if not law.passive_or_content(doc, clause):
        return None  # "De provinciale instellingen verlenen ...": the subject itself acts
    start, end = subject_stretch(law, doc, clause)
    if start >= end:
        return None
    mentions = [m for m in doc._.organs or () if start <= m.start < end]
    found = _distributive(law, i, doc, start, mentions)
    if found is None:
        layers = _adjective_layers(law, doc, start, end, mentions)
        if not layers:
            return None
        found = _layer_organ(layers, _("the layer its subject names («{words}»)").format(words=doc[start:end].text))
    if not found.is_co_government:
        return None
    reason = _("owner named in the provision «{words}»").format(words=doc[start:end].text)
    return Derivation(found, (), reason, law.scale("owner"))


def subject_stretch(law: LawReading, doc: Doc, clause: Clause) -> tuple[int, int]:
    """Where the clause names what it is about: the words before the finite verb where the clause opens with
    its subject ("Het gemeentelijke plan bevat") or with the document written into ("In het register worden"),
    else the middle field after the verb up to the participle ("..., kan geen gemeentelijk voorkeursrecht
    worden gevestigd")."""
    assert clause.verb is not None
    first = doc[clause.main_start].lower_
    opens = law.words("determiners") | law.words("document_prepositions")
    if clause.main_start < clause.verb and first in opens:
        return clause.main_start, clause.verb
    end = clause.verb + 1
    while end < clause.end and doc[end].text not in ",;:" and not PASSIVE_PARTICIPLE.match(doc[end].lower_):
        end += 1
    return clause.verb + 1, end


def instrument_subject(law: LawReading, doc: Doc, clause: Clause) -> bool:
    """Whether the clause is about an instrument a co-government makes: its subject, or the document it writes
    into, is a plan, programma, begroting, balans ... (``co_government_acts``), also as the head of a compound
    ("Het ontwikkelingsprogramma bevat", "Een saneringsprogramma als bedoeld in ... bevat"; ``instrument_heads``),
    or a list or register an organ draws up (``made_instruments``)."""
    if clause.verb is None:
        return False
    start, end = subject_stretch(law, doc, clause)
    if start < end and doc[start].lower_ in law.words("document_prepositions"):
        start += 1
    if start >= end or doc[start].lower_ not in law.words("definite_determiners"):
        return False  # "Een begroting als bedoeld in ... van de Comptabiliteitswet": maybe another's instrument
    noun = noun_after(doc, start, end, stop_words(law))
    if noun is None:
        return False
    word = noun.lower_
    if any(word.startswith(prefix) for prefix in law.words("national_prefixes")):
        return False  # "De rijksbegroting bevat ...": the Rijk's instrument
    if word in law.words("made_instruments"):
        return True  # "De lijst der geldelijke regelingen vermeldt ...": a list an organ draws up
    return word in law.words("co_government_acts") or any(
        word.endswith(head) and len(word) > len(head) for head in law.words("instrument_heads"))


def content_passive(law: LawReading, doc: Doc, clause: Clause) -> Clause | None:
    """``clause`` read as an actorless duty where a passive writes into an instrument or a layer's record
    ("In de toelichting op de balans wordt ingegaan op ...", "Op de balans worden de activa onderscheiden in
    ...", "In het gemeentelijke register worden ingeschreven ...") but the per-provision reading typed it a
    statement or a definition; else ``None``. Who writes is left to the readers (:func:`named_owner`, the
    act map, the law's subject)."""
    if clause.addressees or clause.norm_type in ACTING_NORMS or clause.verb is None:
        return None
    if doc[clause.verb].lower_ not in law.words("passive_auxiliaries"):
        return None
    if doc[clause.main_start].lower_ not in law.words("document_prepositions") or clause.main_start >= clause.verb:
        return None
    if re.search(law.config["definition_sentence"], doc[clause.start : clause.end].text, re.IGNORECASE):
        return None  # "In deze verordening wordt verstaan onder ...": a definition
    mentions = [m for m in doc._.organs or () if clause.main_start <= m.start < clause.verb]
    layers = _adjective_layers(law, doc, clause.main_start, clause.verb, mentions)
    if not (layers or instrument_subject(law, doc, clause)):
        return None
    return replace(clause, norm_type="obligation", modality="obligation", passive=True)


def content_rule(law: LawReading, doc: Doc, clause: Clause) -> Clause | None:
    """``clause`` read as an actorless duty (or power, with "kan") where it prescribes what an instrument
    states ("De lijst der geldelijke regelingen vermeldt per eigenaar ...", "Het plan van toedeling kan nadere
    regels bevatten ...") but the per-provision reading typed it a statement or a delegation: in a statute
    the present tense prescribes, and what an instrument must or may contain binds its maker. Only for an
    instrument (:func:`instrument_subject`); who makes it is left to the readers (the act map, the law's
    subject)."""
    if clause.addressees or clause.norm_type in ACTING_NORMS or clause.verb is None:
        return None
    contents = law.words("content_verbs")
    verb = clause.verb
    if doc[verb].lower_ in law.words("power_words"):  # "kan ... bevatten": the content verb is the infinitive
        verb = next((t.i for t in doc[clause.verb + 1 : clause.end] if t.lower_ in contents), clause.verb)
    if doc[verb].lower_ not in contents:
        return None
    read = replace(clause, verb=verb, trigger=doc[clause.verb : verb + 1], passive=False)
    if not instrument_subject(law, doc, read) or _owned_by_other(law, doc, read):
        return None
    norm = "power" if verb != clause.verb else "obligation"
    return replace(read, norm_type=norm, modality=norm)


def _owned_by_other(law: LawReading, doc: Doc, clause: Clause) -> bool:
    """Whether the instrument is named as that of something that is no organ: "De begroting van het
    provinciefonds vermeldt ..." (the Rijk's fund), unlike "Het plan van toedeling", "De begroting van de
    gemeente"."""
    assert clause.verb is not None
    noun = noun_after(doc, clause.main_start, clause.verb, stop_words(law))
    if noun is None or noun.i + 2 >= clause.verb or doc[noun.i + 1].lower_ != "van":
        return False
    if doc[noun.i + 2].lower_ not in law.words("definite_determiners"):
        return False
    return not any(m.start in (noun.i + 2, noun.i + 3) for m in doc._.organs or ())


def _distributive(law: LawReading, i: int, doc: Doc, start: int, mentions: list[OrganMention]) -> Resolution | None:
    """ "In iedere gemeente ...", "In elk openbaar lichaam ...": the layer whose every member acts."""
    if start + 2 >= len(doc) or doc[start].lower_ != "in" or doc[start + 1].lower_ not in law.words("distributives"):
        return None
    mention = next((m for m in mentions if m.start == start + 2), None)
    if mention is None or mention.organ.key not in law.words("layer_bodies"):
        return None
    return law.resolve(i, mention)


def _adjective_layers(law: LawReading, doc: Doc, start: int, end: int, mentions: list[OrganMention]) -> tuple[str, ...]:
    """The layers of the layer adjectives in the subject ("het gemeentelijke register"), outside organ names
    ("provinciale staten")."""
    inside = {t for m in mentions for t in range(m.start, m.end)}
    adjectives = law.config["layer_adjectives"]
    named = {adjectives[t.lower_] for t in doc[start:end] if t.i not in inside and t.lower_ in adjectives}
    return tuple(layer for layer in LAYERS if layer in named)


def _layer_organ(layers: tuple[str, ...], reason: str) -> Resolution:
    """Stand-in actor for "the competent organ of the gemeente" (or of each of ``layers``)."""
    label = _("competent organ of the {layers}").format(layers=", ".join(layers))
    key = "layer:" + "+".join(layers)
    return Resolution(key, label, layers, "co_government", CONTEXT_CONFIDENCE, "context", reason)
