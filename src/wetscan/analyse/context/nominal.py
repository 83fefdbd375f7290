"""Acts stated as a noun: "De toedeling van kavels geschiedt met inachtneming van ...", "De inschrijving vindt
plaats binnen vier dagen".

Dutch drafting often names an act by its noun and lets "geschiedt" or "vindt plaats" carry the rule
("De bekendmaking geschiedt door toezending", "Samenvoeging van kavels vindt niet plaats indien ...").
Such a sentence binds whoever performs the act, exactly as the passive "De kavels worden toegedeeld ..."
would; the per-provision reading types it ``other`` because it names no one who must act. The context
pass therefore reads it as an actorless passive duty (or bar, with "niet"), and only its readers decide
who acts (the act map, the earlier lid, the law's subject). An act a private party performs ("De
aanvraag geschiedt schriftelijk", ``nominal_private_acts``) is not read this way, nor a step in a council's
internal procedure ("De stemmingen geschieden mondeling", ``nominal_procedure``; GUIDELINES §5a: internal
procedure is no task), nor a sentence that
names an organ or a layer anywhere ("De keuring geschiedt per gemeente", "De toezending geschiedt op een
door gedeputeerde staten te bepalen datum"): it does not leave the actor to the context.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from wetscan.analyse.clauses import Clause
from wetscan.analyse.context.law import ACTING_NORMS, LawReading

#: How many words the act noun phrase may have before "geschiedt" / "vindt".
SUBJECT_REACH = 12


def nominal_act(law: LawReading, doc: Doc, clause: Clause) -> Clause | None:
    """``clause`` read as an actorless passive act where an act noun "geschiedt" or "vindt plaats"; else ``None``."""
    if clause.addressees or clause.passive:
        return None
    verbs = law.words("nominal_act_verbs")
    position = next((t.i for t in doc[clause.main_start : clause.end] if t.lower_ in verbs), None)
    if position is None:  # the parse may have taken another verb for the clause's ("... zij is genomen")
        return None
    if doc[position].lower_.startswith("vind") and "plaats" not in {t.lower_ for t in doc[position + 1 : clause.end]}:
        return None
    subject = [t for t in doc[clause.main_start : position] if t.is_alpha]
    if not subject or len(subject) > SUBJECT_REACH or doc[clause.main_start].lower_ in law.words("relative_openers"):
        return None
    nouns = [t.lower_ for t in subject if t.lower_ not in law.words("determiners")]
    prepositions = law.words("prepositions")
    head = nouns[: next((n for n, word in enumerate(nouns) if word in prepositions), len(nouns))]
    if not head or set(head) & (law.words("nominal_private_acts") | law.words("nominal_procedure")):
        return None  # the act noun, with its adjectives, before any complement ("De overige stemmingen")
    if any(clause.start <= m.start < clause.end for m in doc._.organs or ()):
        return None  # "De keuring geschiedt per gemeente", "... op een door gedeputeerde staten te bepalen datum"
    norm = clause.norm_type if clause.norm_type in ACTING_NORMS else "obligation"
    return replace(clause, norm_type=norm, modality=norm, passive=True, verb=position)
