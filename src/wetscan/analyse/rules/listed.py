"""Addressees named after the copula of a fronted predicate, one or several, also in an enumeration.

Dutch statutes often put the competence or the task first and name who holds it after "is"/"zijn":

* "Bevoegd tot het verstrekken van de pas zijn: a. in het Europese deel van Nederland: de
  burgemeester; b. in de openbare lichamen: de gezaghebber." (the holders are the onderdelen);
* "Met het toezicht op de naleving van deze wet zijn belast de bij besluit van gedeputeerde staten
  aangewezen ambtenaren." (officials count for the layer of the organ that appoints them,
  GUIDELINES §5: "Officials who perform a co-government's task ... count for that layer").

The clause analysis finds a subject right after the verb only; this reading, run by the engine
before the rule families, takes every organ the predicate is said of: organs that stand free (not
governed by a preposition: "aan de burgemeester" is a recipient) and organs that appoint the listed
officials ("de bij besluit van het college aangewezen ambtenaren", "de door de raad benoemde
personen"). The clause's norm type is kept; national organs are kept too, so that they count as
named actors.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from wetscan.analyse.clauses import PASSIVE_PARTICIPLE, Clause
from wetscan.analyse.lexicon import Lexicon, read_data
from wetscan.analyse.organs import OrganMention
from wetscan.i18n import N_, _

#: How many words after the appointing organ the appointing participle may stand ("... aangewezen").
APPOINTER_REACH = 4
#: How many words after the appointing participle the official may stand ("aangewezen ambtenaren").
OFFICIAL_REACH = 2
COPULAS = frozenset({"is", "zijn"})
#: An onderdeel's enumerator: "a.", "aa.", "2°.", "II.", "b)".
_ENUMERATOR = re.compile(r"^(?:[a-z]{1,3}|\d{1,2}°?|[IVX]{1,4})[.)]$")


def listed_addressees(doc: Doc, clauses: list[Clause], organs: list[OrganMention], lexicon: Lexicon) -> None:
    """Give clauses with a fronted predicate ("Bevoegd tot ... zijn: a. ...") the organs listed after the copula."""
    for clause in clauses:
        if clause.modality in ("prohibition", "permission") or (
            clause.addressees and not _role_subject(doc, clause, lexicon)
        ):
            continue
        copula = _copula(doc, clause, lexicon, {m.start for m in organs})
        if copula is None:
            continue
        verb = clause.verb
        clause.verb = copula
        listed = _listed(doc, clause, organs, lexicon)
        if not listed:
            clause.verb = verb
            continue
        if _role_subject(doc, clause, lexicon):
            # "Bevoegd gezag voor ... is het college": the organ holds the competence (GUIDELINES §5a)
            clause.modality = clause.norm_type = "obligation"
            clause.trigger = doc[copula : copula + 2]
            clause.reason = _("'{first} ... {copula}': the organ after the copula holds the role").format(
                first=doc[clause.main_start].text, copula=doc[copula].text)
        elif clause.modality not in ("obligation", "power"):
            # "Bevoegd tot het in ontvangst nemen van ... zijn:": the verb lists took "nemen" for the main verb
            power = doc[clause.main_start].lower_ in lexicon.words("fronted_power_words") and not _role_subject(doc, clause, lexicon)
            clause.modality = clause.norm_type = "power" if power else "obligation"
            clause.trigger = doc[clause.main_start : clause.main_start + 1] if power else doc[copula : copula + 2]
            clause.reason = _("'{first} ... {copula}': the predicate put first").format(
                first=doc[clause.main_start].text, copula=doc[copula].text)
        clause.addressees = listed
        clause.addressee_method = N_("organs the fronted predicate is said of (after the copula)")
        clause.subject_text = None
    _listed_agents(doc, clauses, organs, lexicon)


def _listed_agents(doc: Doc, clauses: list[Clause], organs: list[OrganMention], lexicon: Lexicon) -> None:
    """Give a passive clause the agents its onderdelen list: "De beslissing wordt genomen door: a. Onze Minister,
    indien ...; b. het college, indien ..."; "Als bevoegde autoriteit worden aangewezen: a. de burgemeester voor
    ...". The organ that opens each onderdeel acts (national ones too, so that they count as named actors)."""
    determiners = lexicon.words("determiners")
    for clause in clauses:
        if clause.addressees or clause.modality not in ("obligation", "power"):
            continue
        colon = next((i for i in range(clause.main_start, clause.end) if doc[i].text == ":"), None)
        if colon is None or not _introduces_agents(doc, clause, colon, lexicon):
            continue
        listed = [m for m in organs if colon < m.start < clause.end and _opens_onderdeel(doc, m, colon, determiners)]
        if listed:
            clause.addressees = listed
            clause.addressee_method = N_("agents listed in the onderdelen of a passive")
            clause.subject_text = None


def _introduces_agents(doc: Doc, clause: Clause, colon: int, lexicon: Lexicon) -> bool:
    """Whether the words before the colon leave the agents to the list: "door:", "door of namens:", or a passive
    participle ("worden aangewezen:")."""
    before = colon - 1
    while before > clause.main_start and doc[before].lower_ in ("of", "namens"):
        before -= 1
    if doc[before].lower_ == "door":
        return True
    passive = any(t.lower_ in lexicon.words("passive_auxiliaries") for t in doc[clause.main_start : colon])
    return passive and bool(PASSIVE_PARTICIPLE.match(doc[colon - 1].lower_))


def _opens_onderdeel(doc: Doc, mention: OrganMention, colon: int, determiners: frozenset[str]) -> bool:
    """Whether the organ is the first words of an onderdeel ("a. het college", "2°. de raad")."""
    position = mention.start - 1
    while position > colon and doc[position].lower_ in determiners:
        position -= 1
    return position == colon or bool(_ENUMERATOR.match(doc[position].text)) or (
        doc[position].text in (".", ")") and position - 1 > colon and bool(_ENUMERATOR.match(doc[position - 1].text + ".")))


def _copula(doc: Doc, clause: Clause, lexicon: Lexicon, organ_starts: set[int]) -> int | None:
    """The copula of a fronted predicate: "Bevoegd ... zijn[:]" (before an organ, a determiner or a colon),
    "Met het toezicht ... zijn belast"; ``None`` where the clause does not open with one."""
    if clause.main_start >= clause.end:
        return None  # an odd text without words ("1.")
    first = doc[clause.main_start].lower_
    role = _role_subject(doc, clause, lexicon)
    duty = first == "met"
    if not duty and not role and first not in lexicon.words("fronted_power_words"):
        return None
    determiners = lexicon.words("determiners")
    for i in range(clause.main_start + 1, clause.end - 1):
        if doc[i].text == ";":
            break
        if doc[i].lower_ not in COPULAS:
            continue
        following = doc[i + 1]
        if duty and following.lower_ in lexicon.words("adverbial_openers") and i + 2 < clause.end:
            following = doc[i + 2]  # "Met het toezicht ... zijn eveneens belast"
        if duty and following.lower_ in lexicon.words("fronted_duty_participles"):
            return i
        if not duty and (following.text == ":" or following.lower_ in determiners or following.text[:1].isupper()
                         or following.i in organ_starts):
            return i
    return None


def _role_subject(doc: Doc, clause: Clause, lexicon: Lexicon) -> bool:
    """Whether the clause opens with a competence role as subject ("Bevoegd gezag voor ... is", "Bronhouder
    zijn:", "De beheerder is"; triggers.yaml competence_roles): the organ after the copula holds it."""
    roles = lexicon.words("competence_roles")
    determiners, fronted = lexicon.words("determiners"), lexicon.words("fronted_power_words")
    for token in doc[clause.main_start : min(clause.main_start + 3, clause.end)]:
        if token.lower_ in roles:
            return clause.verb is None or token.i < clause.verb
        if token.lower_ not in determiners and token.lower_ not in fronted and token.lower_ != "bevoegde":
            return False
    return False


def _listed(doc: Doc, clause: Clause, organs: list[OrganMention], lexicon: Lexicon) -> list[OrganMention]:
    """The organs after the copula that the predicate is said of."""
    prepositions = lexicon.words("prepositions")
    determiners = lexicon.words("determiners")
    appointing, officials = _official_words()
    found = []
    for mention in organs:
        if not clause.verb < mention.start < clause.end:
            continue
        position = mention.start - 1
        while position > clause.verb and doc[position].lower_ in determiners:
            position -= 1
        governed = doc[position].lower_ in prepositions
        if not governed or _appoints(doc, mention, clause.end, appointing, officials):
            found.append(mention)
    return found


@lru_cache(maxsize=1)
def _official_words() -> tuple[frozenset[str], frozenset[str]]:
    """The appointing participles and the officials of ``context.yaml`` (read once)."""
    context = read_data("context.yaml")
    return tuple(frozenset(str(w).lower() for w in context[name]) for name in ("appointing", "officials"))  # type: ignore[return-value]


def _appoints(doc: Doc, mention: OrganMention, end: int, appointing: frozenset[str], officials: frozenset[str]) -> bool:
    """"de bij besluit van het college aangewezen ambtenaren": the organ appoints the officials listed."""
    window = [t.lower_ for t in doc[mention.end : min(mention.end + APPOINTER_REACH + OFFICIAL_REACH, end)]]
    for i, word in enumerate(window[:APPOINTER_REACH]):
        if word in appointing:
            return any(w in officials for w in window[i + 1 : i + 1 + OFFICIAL_REACH])
    return False
