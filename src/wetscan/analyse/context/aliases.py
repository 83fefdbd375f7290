"""Terms the law names the holders of: "De managementautoriteit ... is het dagelijks bestuur van ...".

Besides its definitions article, a law often says in a sentence of its own who stands behind a
functional term, and thereafter lets the term act:

* **term first**: "De managementautoriteit voor het programma Noord is het dagelijks bestuur van ...",
  "... zijn de leden van het college van burgemeester en wethouders van de gemeente X, gezamenlijk",
  "Deze managementautoriteit is een bestuursorgaan van de provincie Y", "De regiocoördinator wordt
  gevormd door gedeputeerde staten van Z", "Bevoegd gezag voor een vondst is het college";
* **organ first**: "De burgemeester van een gemeente met een haven is de havenautoriteit",
  "Gedeputeerde staten zijn het bevoegd gezag voor ...";
* **a list of holders**: "Als bevoegde autoriteiten worden aangewezen: a. de burgemeester ...; b. Onze
  Minister ...", "Bronhouder zijn: a. het dagelijks bestuur van een waterschap ...; b. ...".

A lawyer then reads "De managementautoriteit kan mandaat verlenen" as a power of those holders. Where
the law names several holders, the term stands for the co-government layers among them (GUIDELINES
§5a (c): "label the co-government layers among them"); where it names only national holders, the
term is a national actor, so that nothing is read into it from context. The law's definitions article
wins over such a sentence. The resolution names the provisions it was read from; findings on it carry
them in ``derived_from``.

The reading runs once per law, before the per-provision rules, and extends the bill's
:class:`~wetscan.analyse.definitions.Resolver` with the terms it finds (``aliases``, or ``by_organ`` for
a lexicon name that may be a co-government, such as "bevoegd gezag"). Word lists: ``context.yaml``
(``named_term_organs``, ``named_term_exclusions``, ``holder_prefixes``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from wetscan.analyse.clauses import Clause
from wetscan.analyse.definitions import (
    NAMED_PREFIX,
    SOURCE_SEPARATOR,
    Resolution,
    Resolver,
    held_jointly,
    resolve_mention,
)
from wetscan.analyse.lexicon import read_data
from wetscan.analyse.pipeline import load_pipeline
from wetscan.analyse.organs import OrganMention
from wetscan.i18n import N_, _
from wetscan.model import Provision

#: How sure a term's reading is: a sentence of the law itself, but not its definitions article.
NAMED_CONFIDENCE = 0.8
#: How many words a term may have ("autoriteit voor havenveiligheid").
MAX_TERM_WORDS = 4
#: Words that end a term's noun phrase before the copula ("De managementautoriteit voor het programma ...").
_TERM_ENDS = frozenset({"bedoeld", "als", "die", "dat", "welke", "waarin", ",", ":"})
COPULAS = frozenset({"is", "zijn"})
#: "wordt gevormd door", "worden aangewezen": the passive copulas that name holders after them.
_PASSIVE_COPULAS = {("gevormd", "door"): 3, ("aangewezen",): 2}


def named_terms(resolver: Resolver, provisions: Sequence[Provision], docs: Sequence[Doc]) -> Resolver:
    """``resolver`` extended with the terms whose holders the law names (see the module docstring)."""
    config = read_data("context.yaml")
    found: dict[str, tuple[list[Resolution], list[str]]] = {}
    stating: set[int] = set()
    for i, (provision, doc) in enumerate(zip(provisions, docs)):
        for clause in doc._.clauses or []:
            identity = _identity(resolver, doc, clause, config)
            if identity is None:
                continue
            term, holders, mentions = identity
            _competence_statement(doc, clause, mentions, frozenset(config["named_term_organs"]))
            stating.add(i)
            entry = found.setdefault(term, ([], []))
            entry[0].extend(holders)
            if provision.id not in entry[1]:
                entry[1].append(provision.id)
    if not found:
        return resolver
    aliases, by_organ = dict(resolver.aliases), dict(resolver.by_organ)
    lexicon_terms = {name: organ.key for organ in resolver.lexicon.organs.values() if organ.key in
                     config["named_term_organs"] for name in organ.names}
    for term, (holders, sources) in found.items():
        standing = _standing_for(term, holders, sources)
        if term in lexicon_terms:
            by_organ.setdefault(lexicon_terms[term], standing)
            continue
        for form in word_forms(term):
            aliases.setdefault(form, standing)
    resolver = replace(resolver, aliases=aliases, by_organ=by_organ)
    _read_again(resolver, [doc for i, doc in enumerate(docs) if i not in stating])
    return resolver


def _read_again(resolver: Resolver, docs: Sequence[Doc]) -> None:
    """Analyse the clauses of the provisions that use a named term again, with the term as an organ, so
    that it is found as subject wherever an organ would be ("kunnen de autoriteiten voor havenveiligheid
    gezamenlijk ...", "wordt door de bronhouder ... gezonden")."""
    clauses = load_pipeline().get_pipe("wetscan_clauses")
    for doc in docs:
        organs = list(doc._.organs or [])
        named = [m for m in resolver.alias_mentions(doc, organs) if m.organ.key.startswith(NAMED_PREFIX)]
        if named:
            doc._.organs = sorted(organs + named, key=lambda m: m.start)
            clauses(doc)


def _competence_statement(doc: Doc, clause: Clause, holders: list[OrganMention], terms: frozenset[str]) -> None:
    """Read the identity sentence itself as a competence statement of its holders (GUIDELINES §5a:
    "Bevoegd gezag voor … is X" is an obligation of X): they become its addressees (in place of the term,
    where the clause analysis took that for the subject), and a clause without a duty or power of its
    own becomes a duty."""
    if all(m.organ.key in terms for m in clause.addressees):
        clause.addressees = list(holders)
        clause.addressee_method = N_("organs the law equates with a term (identity sentence)")
        clause.subject_text = None
    if clause.norm_type in ("other", "definition") and clause.verb is not None:
        clause.modality = clause.norm_type = "obligation"
        clause.trigger = doc[clause.verb : clause.verb + 1]
        clause.reason = _("'{copula}': the law names who holds the function").format(copula=doc[clause.verb].text)


Identity = tuple[str, list[Resolution], list[OrganMention]]


def _identity(resolver: Resolver, doc: Doc, clause: Clause, config: dict[str, Any]) -> Identity | None:
    """The term a clause equates with organs, their resolutions and mentions; ``None`` for any other clause."""
    if clause.verb is None:
        return None
    after = _after_copula(doc, clause)
    if after is None:
        return None
    organs = list(doc._.organs or ())
    subject = [m for m in organs if clause.main_start <= m.start < clause.verb]
    acting = [m for m in subject if _holder(resolver, m) is not None]
    # organ first: "De burgemeester ... is de autoriteit voor havenveiligheid"; an organ further on belongs to the
    # term's own phrase ("De autoriteit voor het programma voor het grondgebied van de provincies A en B is ...")
    if acting and acting[0].start <= clause.main_start + 1:
        if after >= clause.end or doc[after].lower_ not in ("de", "het"):
            return None
        term = _term(doc, after, clause.end, organs, config)
        return (term, [_holder(resolver, acting[0])], acting[:1]) if term else None  # type: ignore[list-item]
    term = _term(doc, clause.main_start, clause.verb, organs, config)
    if term is None:
        return None
    mentions = [m for m in _holders(doc, after, clause.end, organs, config) if _holder(resolver, m) is not None]
    return (term, [_holder(resolver, m) for m in mentions], mentions) if mentions else None  # type: ignore[misc]


def _after_copula(doc: Doc, clause: Clause) -> int | None:
    """The first word after "is/zijn", "wordt gevormd door" or "worden aangewezen"; ``None`` without one."""
    verb = clause.verb
    assert verb is not None
    word = doc[verb].lower_
    if word in COPULAS:
        return verb + 1
    if word in ("wordt", "worden"):
        for words, skip in _PASSIVE_COPULAS.items():
            if [t.lower_ for t in doc[verb + 1 : verb + 1 + len(words)]] == list(words):
                return verb + skip
    return None


def _term(doc: Doc, start: int, end: int, organs: list[OrganMention], config: dict[str, Any]) -> str | None:
    """The functional term a noun phrase at ``start`` names ("De managementautoriteit voor het programma",
    "Als bevoegde autoriteiten voor de beveiliging", "het bevoegd gezag voor ..."), lowercased; ``None``
    where it is no such term (an organ of its own, a pronoun, a general noun)."""
    openers = set(config["named_term_openers"])
    ends = _TERM_ENDS | (set(config["named_term_prepositions"]) - {"voor"}) | openers
    position = start
    while position < end and doc[position].lower_ in openers:
        position += 1
    opened = position > start
    words: list[str] = []
    while position < end and len(words) < MAX_TERM_WORDS and doc[position].is_alpha:
        word = doc[position].lower_
        if word in ends or word in COPULAS:
            break
        if word == "voor":  # "autoriteit voor havenveiligheid" belongs to the term, "voor het programma" not
            following = doc[position + 1] if position + 1 < end else None
            if following is None or not following.is_alpha or following.lower_ in openers:
                break
            words += [word, following.lower_]
            position += 2
            break
        words.append(word)
        position += 1
    if not words or (position < end and doc[position].is_alpha and doc[position].lower_ not in ends
                     and doc[position].lower_ not in COPULAS and doc[position].lower_ != "voor"):
        return None
    term = " ".join(words)
    covering = [m for m in organs if m.start <= position - 1 and m.end > start]
    if any(m.organ.key not in config["named_term_organs"] for m in covering):
        return None  # an organ of its own ("De raad is ..."), not a term the law gives holders
    if not covering and set(words) & set(config["named_term_exclusions"]):
        return None
    if not opened and not covering and not (len(words) == 1 and position < len(doc) and doc[position].lower_ in COPULAS):
        return None  # without an article only a one-word term right before the copula ("Bronhouder zijn:")
    return term


def _holders(doc: Doc, after: int, end: int, organs: list[OrganMention], config: dict[str, Any]) -> list[OrganMention]:
    """The organs named right after the copula ("is het dagelijks bestuur van ...", "zijn de leden van het
    college ...") or, after a colon, at the head of each onderdeel ("zijn: a. de burgemeester ...; b. ...")."""
    listing = after < end and doc[after].text == ":"
    heads = {after} if not listing else {after + 1} | {
        t.i + 1 for t in doc[after:end] if t.text in (";", ":") or (t.text == "." and t.i > after and len(doc[t.i - 1]) <= 2)}
    prefixes = [p.split() for p in config["holder_prefixes"]]
    found = []
    for head in sorted(heads):
        position = head
        while position < end and (doc[position].is_space or _is_label(doc, position)):
            position += 1
        if position < end and doc[position].lower_ in ("de", "het", "een"):
            position += 1
        for prefix in prefixes:
            if [t.lower_ for t in doc[position : position + len(prefix)]] == prefix:
                position += len(prefix)
                break
        while position < end and doc[position].lower_ in ("de", "het", "een"):
            position += 1
        found += [m for m in organs if m.start == position]
    return found


def _is_label(doc: Doc, i: int) -> bool:
    """An onderdeel label: "a", "1°" (the tokenizer keeps the dot apart or with it)."""
    text = doc[i].text.rstrip(".")
    return (len(text) == 1 and text.isalpha()) or text.endswith("°") or doc[i].text == "."


def _holder(resolver: Resolver, mention: OrganMention) -> Resolution | None:
    """A mention's resolution where it is a co-government or national organ."""
    resolution = resolve_mention(resolver, mention)
    return resolution if resolution.is_co_government or resolution.is_national else None


def _standing_for(term: str, holders: list[Resolution], sources: list[str]) -> Resolution:
    """What the term stands for: the co-government layers among its holders, else a national actor."""
    layers, labels = held_jointly(holders)
    return Resolution(NAMED_PREFIX + term, f"{term} ({labels})", layers, "co_government" if layers else "national",
                      NAMED_CONFIDENCE, "definition", SOURCE_SEPARATOR.join(sources))


def word_forms(term: str) -> list[str]:
    """The term with its head noun in singular and plural ("autoriteit voor havenveiligheid", "autoriteiten
    voor havenveiligheid"; "bronhouder", "bronhouders")."""
    words = term.split()
    head = words.index("voor") - 1 if "voor" in words else len(words) - 1
    noun = words[head]
    if noun.endswith("en") and len(noun) > 5:
        other = noun[:-2]
    elif noun.endswith("s") and noun[-2:-1] in ("r", "l", "m", "n"):
        other = noun[:-1]
    elif noun.endswith(("er", "el", "em", "or")):
        other = noun + "s"
    else:
        other = noun + "en"
    return [term, " ".join(words[:head] + [other] + words[head + 1 :])]
