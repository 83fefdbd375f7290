"""The main clause and its finite verb.

Dutch main clauses put the finite verb in second position ("Het college stelt ..."), or first after
a leading subordinate clause or adverbial phrase ("Indien ..., zendt het college ..."). A relative
or subordinate clause has a finite verb of its own, at its end; the main verb is the first finite
verb outside it. The tagger decides where it ran; otherwise the verb lists of triggers.yaml.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from wetscan.analyse.clauses.model import PASSIVE_PARTICIPLE
from wetscan.analyse.doctext import lower_words
from wetscan.analyse.organs import OrganMention

_FINITE_ENDING = re.compile(r"(?:[^e]t|en|dt)$")
_FINITE = "wetscan_finite_verbs"
_ORGAN_WORDS = "wetscan_organ_words"


def _preposition_use(doc: Doc, start: int, end: int) -> bool:
    """"Ingeval van watersnood kan ...": a subordinator followed by "van" opens a prepositional phrase."""
    return start + 1 < end and doc[start + 1].lower_ == "van"


class VerbFinder:
    """Finds main clauses and finite verbs (mixed into :class:`~wetscan.analyse.clauses.ClauseAnalyser`)."""

    finite_verbs: frozenset[str]
    subordinators: frozenset[str]
    relative_openers: frozenset[str]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    passive: frozenset[str]
    power_words: frozenset[str]
    expletive_verbs: frozenset[str]

    def is_finite(self, token: Token) -> bool:
        """Whether ``token`` is a finite verb (tagger when present, else the verb list); cached per doc
        and token, for the tokens asked about (a few per clause, not every token of the provision)."""
        cache: dict[int, bool] = token.doc.user_data.setdefault(_FINITE, {})
        finite = cache.get(token.i)
        if finite is None:
            finite = cache[token.i] = self._is_finite(token)
        return finite

    def _is_finite(self, token: Token) -> bool:
        if token.i in _organ_words(token.doc):
            return False  # a word of an organ or act name ("de Wet veiligheidsregio’s"), whatever the tagger says
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            return "Past" not in token.morph.get("Tense")  # "de ... bedoelde instantie" is no main verb
        if token.lower_ not in self.finite_verbs:
            return False
        previous = token.nbor(-1).lower_ if token.i > 0 else ""
        if previous == "het" and token.lower_ in self.expletive_verbs:
            return True  # "Het is verboden", "Het staat de colleges vrij"
        if previous in self.determiners or previous == "te" or (previous in self.prepositions and previous not in ("dan", "als")):
            return False  # "het besluit", "op te nemen", "bij besluit"
        return token.pos_ not in ("NOUN", "ADJ", "PROPN", "ADP", "NUM")

    def _main_start(self, doc: Doc, start: int, end: int) -> int:
        """Skip a leading subordinate clause or comma-closed adverbial phrase."""
        if start >= end:
            return start
        first = doc[start].lower_
        then = self._conditional_inversion(doc, start, end)
        if then is not None:
            return then
        subordinate = (first in self.subordinators and not _preposition_use(doc, start, end)) or (
            first == "voor" and start + 1 < end and doc[start + 1].lower_ == "zover"
        )
        opens_subordinate = subordinate or first in self.prepositions
        if not opens_subordinate:
            return start
        words = lower_words(doc)
        colon = next((i for i in range(start, end) if words[i] == ":"), None)
        if colon is not None and not any(self.is_finite(t) for t in doc[start + 1 : colon]):
            # "Om ... te waarborgen:\na. stelt de gemeenteraad regels ...": the main clause is the onderdeel
            return self._skip_enumerator(doc, colon + 1, end)
        commas = [i for i in range(start, end) if words[i] == ","]
        organs = doc._.organs or []
        if subordinate:
            unmarked = self._main_verb_without_comma(doc, start, commas[0] if commas else end, organs)
            if unmarked is not None:
                return unmarked
        for comma in commas:
            if comma + 1 < end and self._known_verb_before_organ(doc, comma + 1, organs):
                return comma + 1  # "In het geval ..., alsmede indien ... heeft ingezonden, stelt het college ... vast"
        if subordinate:
            for comma, stop in zip(commas, [*commas[1:], end]):  # a further condition joined by "en"/"of"
                if comma + 1 >= end or words[comma + 1] not in ("en", "of") or "«" in words[comma:stop]:  # not a quotation
                    continue
                unmarked = self._main_verb_without_comma(doc, comma + 1, stop, organs)
                if unmarked is not None:
                    return unmarked  # "Indien ..., en ... adequaat wordt verzorgd kan het college ..."
        for comma in commas:
            if not subordinate and self._main_finite_before(doc, start, comma):
                return start  # "Bij regeling kunnen ..., worden": the comma closes no opening phrase
            if comma + 1 < end and self.is_finite(doc[comma + 1]) and not (comma + 2 < end and doc[comma + 2].text == ","):
                return comma + 1  # (", beslist, stelt hij": the first verb still closes the subordinate clause)
        if subordinate and commas:
            return self._after_subordinate_verb(doc, commas, end) or commas[0] + 1
        return start

    def _main_verb_without_comma(self, doc: Doc, start: int, stop: int, organs: list[OrganMention]) -> int | None:
        """The main verb right after a subordinate clause that no comma closes, as older statutes write it ("Indien
        de productie in handen is van verschillende bedrijven draagt het bestuurscollege zorg ..."): a finite verb
        after the subordinate clause's own, with the organ right after it."""
        seen = False
        for i in range(start + 1, stop):
            finite = self.is_finite(doc[i])
            if seen and self._known_verb_before_organ(doc, i, organs):
                return i
            seen = seen or finite
        return None

    def _conditional_inversion(self, doc: Doc, start: int, end: int) -> int | None:
        """The main clause after ", dan" when the sentence opens with its condition's verb ("Is de burgemeester
        verhinderd, dan neemt ...", "Wordt de aanwijzing niet opgevolgd, dan gaan gedeputeerde staten ...")."""
        words = lower_words(doc)
        if not (self.is_finite(doc[start]) or words[start] in self.passive or words[start] in self.power_words):
            return None
        for i in range(start + 1, end - 2):
            if words[i] in (";", ":"):
                return None
            if words[i] == "," and words[i + 1] == "dan":
                return i + 2
        return None

    def _after_subordinate_verb(self, doc: Doc, commas: list[int], end: int) -> int | None:
        """Where the main clause starts after a subordinate clause that ends in its own finite verb and a
        comma, when the verb after that comma is one the verb lists do not know ("Indien de uitslag van het
        onderzoek, bedoeld in artikel 5, negatief is, vernietigt de gezondheidsdienst ...")."""
        closed = self.determiners | self.prepositions | self.relative_openers | {"en", "of"}
        for comma in commas:
            if comma + 1 >= end or not self.is_finite(doc[comma - 1]):
                continue
            following = doc[comma + 1]
            if following.is_alpha and following.is_lower and following.lower_ not in closed and _FINITE_ENDING.search(following.lower_):
                return comma + 1
        return None

    def _main_finite_before(self, doc: Doc, start: int, comma: int) -> bool:
        """A finite verb before ``comma`` that is not inside a relative clause ("hetgeen ... is bepaald")."""
        relative = False
        for i in range(start + 1, comma):
            if doc[i].text == ",":
                relative = False
            elif self._opens_relative(doc, i, start):
                relative = True
            elif self.is_finite(doc[i]) and not relative:
                return True
        return False

    def _finite_verb(
        self, doc: Doc, start: int, end: int, inverted: bool = False, organs: list[OrganMention] = ()
    ) -> int | None:
        if start >= end:
            return None
        if inverted and (self.is_finite(doc[start]) or self._verb_before_organ(doc, start, organs)):
            return start  # "Indien ..., zendt het college ...", "Bij een aanwijzing ..., plegen gedeputeerde staten ..."
        words = lower_words(doc)
        opening = next((m for m in organs if all(w in self.determiners for w in words[start : m.start])), None)
        if opening is not None:
            opening = self._coordinated(doc, opening, organs, start)[-1]  # type: ignore[attr-defined]
        if opening is not None and opening.end < end:
            # Verb-second: the word after an opening organ, or organs joined by "en" ("Gedeputeerde staten en Onze
            # Minister besluiten ..."), is the finite verb ("De gedeputeerden genieten ...")
            following = doc[opening.end]
            word = following.lower_
            closed = _in_any(word, self.prepositions, self.determiners, self.relative_openers, {"en", "of"})
            if following.is_alpha and following.is_lower and not closed and (
                self.is_finite(following) or _FINITE_ENDING.search(word)
            ):
                return opening.end
        # A subordinate or relative clause has one finite verb of its own (at its end, before the main
        # verb: "Indien een lid ... lid is van ... vergoedt het waterschap", "B&W van de gemeente waarin
        # ... is gelegen zorgen ..."); the main verb is the first finite verb outside it.
        in_subordinate = words[start] in self.subordinators and not _preposition_use(doc, start, end)
        fronted_phrase = words[start] in self.prepositions
        subordinate_verb_seen = False
        for i in range(start + 1, end):
            word = words[i]
            if word == ":":
                # "Het college:\na. stelt een plan vast;": the verb opens the first onderdeel
                following = self._skip_enumerator(doc, i + 1, end)
                if following < end and self.is_finite(doc[following]):
                    return following
                break
            if word in (":", ";"):
                break
            if self._opens_relative(doc, i, start):
                in_subordinate, subordinate_verb_seen = True, False
                continue
            if word == "," and in_subordinate and (
                subordinate_verb_seen or (i + 1 < end and self.is_finite(doc[i + 1]))
            ):
                in_subordinate = False  # the relative clause ends at its comma ("Onze Minister die het aangaat, kan")
                continue
            if not in_subordinate and fronted_phrase and self._known_verb_before_organ(doc, i, organs):
                return i  # "In ieder geval lichten gedeputeerde staten het publiek voor": verb-second after the phrase
            if self.is_finite(doc[i]):
                if in_subordinate and not subordinate_verb_seen:
                    subordinate_verb_seen = True
                    continue
                return i
        if start < end and words[start] in self.finite_verbs and _in_any(words[start], self.passive, self.power_words):
            return start
        return None

    def _verb_before_organ(self, doc: Doc, position: int, organs: list[OrganMention]) -> bool:
        """Whether the word that opens an inverted main clause has a finite verb's ending and the organ follows
        it at once ("..., plegen gedeputeerde staten overleg"): the verb lists do not hold every verb."""
        token = doc[position]
        if not (token.is_alpha and token.is_lower and _FINITE_ENDING.search(token.lower_)) or _in_any(
            token.lower_, self.prepositions, self.determiners, self.relative_openers, self.subordinators
        ):
            return False
        return self._organ_follows(doc, position, organs)

    def _known_verb_before_organ(self, doc: Doc, position: int, organs: list[OrganMention]) -> bool:
        """Whether a verb of the verb lists (or a finite verb by the tagger) stands at ``position`` with an organ
        right after it: the inverted main clause "..., stelt het college", "In ieder geval lichten gedeputeerde
        staten" (the tagger may take "lichten" for a noun; the list knows better)."""
        token = doc[position]
        return (token.lower_ in self.finite_verbs or self.is_finite(token)) and self._organ_follows(doc, position, organs)

    def _organ_follows(self, doc: Doc, position: int, organs: list[OrganMention]) -> bool:
        """Whether an organ name follows the word at ``position`` at once, past its determiners."""
        following = position + 1
        while following < len(doc) and doc[following].lower_ in self.determiners:
            following += 1
        return any(m.start == following for m in organs)

    def _opens_relative(self, doc: Doc, i: int, start: int) -> bool:
        """Whether token ``i`` opens a relative or subordinate clause ("die", "waarin", ", indien")."""
        lower = doc[i].lower_
        if lower not in self.relative_openers:
            return False
        if lower == "als" and i + 1 < len(doc) and doc[i + 1].lower_ in ("bedoeld", "genoemd", "omschreven", "vermeld"):
            return False  # "als bedoeld in artikel 3": a reference, not a clause
        if lower in ("die", "dat"):  # also determiners: "in dat geval"
            previous = doc[i - 1]
            return i > start and (previous.text == "," or (previous.is_alpha and previous.lower_ not in self.prepositions))
        return True

    def _participle_follows(self, doc: Doc, verb: int, end: int) -> bool:
        for token in doc[verb + 1 : end]:
            if token.text in (";", ":"):
                return False
            if "Part" in token.morph.get("VerbForm"):
                return True
            if not token.has_morph() and token.is_alpha and PASSIVE_PARTICIPLE.match(token.lower_):
                return True
        return False


def _organ_words(doc: Doc) -> frozenset[int]:
    """The positions of the tokens inside an organ or act name, once per doc (with the finite-verb cache)."""
    positions = doc.user_data.get(_ORGAN_WORDS)
    if positions is None:
        positions = doc.user_data[_ORGAN_WORDS] = frozenset(
            i for mention in doc._.organs or () for i in range(mention.start, mention.end))
    return positions


def _in_any(word: str, *word_sets: frozenset[str] | set[str]) -> bool:
    """Whether ``word`` is in one of ``word_sets`` (without building their union per word)."""
    return any(word in words for words in word_sets)
