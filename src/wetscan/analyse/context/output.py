"""Duties stated as a state of an organ's own output: "De teksten van besluiten van het gemeentebestuur ...
zijn voor een ieder beschikbaar", "De vergaderingen van de raad zijn openbaar", "De door de gemeente
bekostigde voorzieningen zijn toegankelijk voor iedereen".

Dutch drafting often puts a duty as the state the result must be in, not as an act: the texts are
available, the meetings are public, the facilities are open to all. Such a sentence binds the organ whose
texts, meetings or facilities they are, named in the subject as their owner ("van het gemeentebestuur") or
maker ("door de gemeente bekostigde"), exactly as "Het gemeentebestuur stelt de teksten ... beschikbaar"
would; "van de gemeente" names the territory ("de inwoners van de gemeente"), not an owner. The
per-provision reading types it ``other``: no one is told to act. Only a co-government organ so
named takes the duty; with a national organ in the subject ("De besluiten van Onze Minister zijn
openbaar") or none ("De gegevens van de aanvrager zijn openbaar"), or with a negation ("zijn niet
openbaar": a confidentiality rule), nothing is read. The states are ``state_predicates`` in ``context.yaml``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from wetscan.analyse.clauses import Clause
from wetscan.analyse.context.law import ACTING_NORMS, Derivation, LawReading
from wetscan.analyse.organs import OrganMention
from wetscan.i18n import _

#: How many words before an organ may hold the "van" or "door" that makes it the owner or maker.
OWNER_REACH = 3


def state_duty(law: LawReading, doc: Doc, clause: Clause) -> Clause | None:
    """``clause`` read as an actorless duty where it states that an organ's output is available, public or
    open ("... zijn voor een ieder beschikbaar"); else ``None``. The owner is read by :func:`output_owner`."""
    if clause.addressees or clause.norm_type in ACTING_NORMS or clause.verb is None:
        return None
    predicate = _predicate(law, doc, clause)
    if predicate is None or _owner(law, doc, clause) is None:
        return None
    return replace(clause, norm_type="obligation", modality="obligation", passive=False,
                   trigger=doc[clause.verb : predicate + 1])


def output_owner(law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
    """The co-government organ whose output a state duty is about (see the module docstring)."""
    if clause.verb is None or _predicate(law, doc, clause) is None:
        return None
    mention = _owner(law, doc, clause)
    if mention is None:
        return None
    subject = [law.resolve(i, m) for m in doc._.organs or () if clause.main_start <= m.start < clause.verb]
    resolution = law.resolve(i, mention)
    if mention.organ.key in law.words("subject_bodies"):
        # "De vergaderingen van het algemeen bestuur zijn openbaar": a bare board is that of the body the law is
        # about, where the law names one; else whose board it is stays open (a joint body's, a waterschap's)
        if len(law.subject) != 1:
            return None
        resolution = law.subject[0]
    if not resolution.is_co_government or any(r.is_national for r in subject):
        return None
    reason = _("owner of what the provision makes available «{words}»").format(
        words=doc[clause.main_start : clause.verb].text)
    return Derivation(resolution, (law.provisions[i].id,), reason, law.scale("owner"))


def is_state_duty(law: LawReading, doc: Doc, clause: Clause) -> bool:
    """Whether ``clause`` is a state duty (its actor is then only the owner its subject names)."""
    return clause.verb is not None and not clause.addressees and _predicate(law, doc, clause) is not None


def _predicate(law: LawReading, doc: Doc, clause: Clause) -> int | None:
    """Where the state stands ("beschikbaar", "openbaar", "ter inzage") after the copula, in the main clause."""
    assert clause.verb is not None
    if doc[clause.verb].lower_ not in law.words("state_copulas"):
        return None
    if clause.main_start >= clause.verb or doc[clause.main_start].lower_ not in law.words("determiners"):
        return None  # the subject opens the clause: "De teksten ... zijn beschikbaar"
    stops = law.words("subordinators") | law.words("relative_openers")
    states = law.words("state_predicates")
    for token in doc[clause.verb + 1 : clause.end]:
        if token.text in ",;:" or token.lower_ in stops or token.lower_ in law.words("negations"):
            return None
        if token.lower_ in states or (token.lower_ == "inzage" and doc[token.i - 1].lower_ == "ter"):
            return token.i
    return None


def _owner(law: LawReading, doc: Doc, clause: Clause) -> OrganMention | None:
    """The first organ the subject names as owner ("van het gemeentebestuur") or maker ("door de gemeente
    bekostigde"), else ``None``."""
    assert clause.verb is not None
    for mention in doc._.organs or ():
        if not clause.main_start <= mention.start < clause.verb:
            continue
        before = {t.lower_ for t in doc[max(clause.main_start, mention.start - OWNER_REACH) : mention.start]}
        if "door" in before:
            return mention  # "De door de gemeente bekostigde voorzieningen": the maker
        if "van" in before and mention.organ.key not in law.words("corporate_bodies"):
            return mention  # "van het gemeentebestuur"; not "de inwoners van de gemeente" (the territory)
    return None
