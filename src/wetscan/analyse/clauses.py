"""Clauses, their addressee and their norm type.

A provision (one lid) holds one or more sentences; an enumeration ("a. ...; b. ...") belongs to
the sentence that introduces it. For each such clause this module finds

* the **main clause**: what follows a leading subordinate clause or adverbial phrase
  ("Indien de raad een verordening heeft vastgesteld, zendt het college ...");
* its **finite verb** (Dutch main clauses put it in second position);
* the **addressee**: the organ that the norm binds or empowers. Dutch legal sentences name it as
  subject before the finite verb ("Het college draagt zorg voor ..."), after it when something
  else comes first ("Bij verordening stelt de raad ..."), as passive agent ("Door het college
  wordt ... vastgesteld"), or after "berust bij" / "is opgedragen aan". Organs governed by a
  preposition ("na overleg met de colleges", "aan Onze Minister") are never the addressee, nor is
  the subject of a passive (it undergoes the act). Where word order leaves the subject open, the
  dependency parse of the trained pipeline decides (its ``nsubj`` of the main verb): on legal
  text the parser trained on ~150k words of UD Dutch is less reliable than word order, so it is
  the fallback, not the first choice;
* the **norm type** (domain.md §3) and the deontic **modality** (obligation, power, prohibition,
  permission) with the words that show it.

The spaCy component ``wetscan_clauses`` stores the result in ``doc._.clauses``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wetscan.analyse.lexicon import Lexicon, load_lexicon
from wetscan.analyse.markers import markers_in
from wetscan.analyse.organs import OrganMention

if not Doc.has_extension("clauses"):
    Doc.set_extension("clauses", default=None)

_ENUMERATOR_LINE = re.compile(r"^\s*(?:\d+[a-z]?°?\.?|[a-z]{1,3}\.|[a-z]{1,2}\)|\(?[ivx]+\)|[-–•*]|\d+°\.?)\s")
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ0-9)»\"”])(?:[.!?](?=\s+[A-Z«\"(])|;(?=[ \t]+(?![a-z]{1,3}[.)°])[a-zà-ÿ]))")
_ABBREVIATION_END = re.compile(r"(?:\b(?:art|artt|jo|nr|nrs|o\.a|bijv|blz|Stb|Stcrt|lid|sub|e\.d|i\.v\.m|m\.b\.t|z\.o|enz|etc|dr|mr|ir|prof|red|pag|jl)|\s[a-zA-Z])$")
#: How far back the abbreviation check looks (keeps long provisions linear).
_ABBREVIATION_WINDOW = 12
_AMENDMENT_CONTEXT = re.compile(
    r"«|^(?:in |aan |na |voor |onder |van )?(?:de |het )?(?:artikel|artikelen|hoofdstuk|paragraaf|afdeling|titel|bijlage|"
    r"onderdeel|onderdelen|zinsnede|opschrift|aanhef|\w+ lid|\w+ volzin|\w*wet\b)", re.I
)

NORM_PRIORITY_MARKERS = ("definition", "amendment", "other")
POWER_WORDS = frozenset({"kan", "kunnen", "mag", "mogen"})
_FINITE_ENDING = re.compile(r"(?:[^e]t|en|dt)$")
#: "De leden van de raad worden gekozen": the members, not the organ, are the subject.
MEMBERS = frozenset({"lid", "leden", "voorzitter", "plaatsvervanger", "secretaris", "griffier", "ambtenaren"})
_FOR_THE_PURPOSE = re.compile(r"voor de toepassing van\b", re.IGNORECASE)
DEFINING_HEADS = frozenset({"gezamenlijke", "totaal", "saldo", "bedrag", "geheel"})
_FINITE = "wetscan_finite_verbs"
#: How many organs named before a clause are candidates for its pronoun ("hij", "zij").
EARLIER_REACH = 4
#: Verbs that follow the expletive "het" ("Het is verboden ...", "Het staat ... vrij").
EXPLETIVE_VERBS = frozenset({"is", "staat", "wordt", "blijft", "geldt"})
#: Instruments an organ makes ("bij besluit van de raad"): their maker is the passive agent.
INSTRUMENTS = frozenset({"besluit", "beschikking", "verordening", "reglement", "regeling"})
#: Participles that end a reference before an organ ("de in artikel 8 bedoelde ambtenaar").
REFERRING_PARTICIPLES = frozenset({"bedoelde", "genoemde", "aangewezen", "vermelde", "aangeduide"})
COMPETENCES = frozenset({"bevoegdheid", "bevoegdheden"})
CONTENT_VERBS = frozenset({"bevat", "bevatten", "regelt", "regelen", "vermeldt", "vermelden", "omvat", "omvatten"})
PASSIVE_PARTICIPLE = re.compile(
    r"^(?:(?:vast|aan|toe|op|in|uit|af|mee|mede|over|door|bij|na|ter|voor|weg|terug|vrij|bekend|samen|kenbaar|neer|tegen|"
    r"onder|dicht|open|vooraf|plaats|teweeg|tot|gelijk|goed|kwijt|los|achter)?ge\w{2,}[dtn]"
    r"|(?:be|ver|ont|her|er)\w{2,}[dtn])$"
)


def mentions_between(organs: list[OrganMention], starts: list[int], start: int, end: int) -> list[OrganMention]:
    """The mentions that lie within tokens ``start:end``; ``starts`` are their sorted start tokens."""
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    return [m for m in organs[first:last] if m.end <= end]


@dataclass
class Clause:
    """One sentence of a provision (with its enumeration), analysed."""

    start: int
    end: int
    main_start: int
    verb: int | None = None
    addressees: list[OrganMention] = field(default_factory=list)
    addressee_method: str = "none"
    subject_text: str | None = None  # the subject when it is no organ ("De aanvrager")
    modality: str | None = None  # obligation | power | prohibition | permission
    passive: bool = False  # a passive main clause: only an agent ("door ...") can be the addressee
    norm_type: str = "other"
    trigger: Span | None = None  # the words that show the norm type
    reason: str = ""

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


class ClauseAnalyser:
    """spaCy component: splits a provision into clauses and analyses each (``doc._.clauses``)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.finite_verbs = lexicon.words("finite_verbs")
        self.statement_verbs = lexicon.words("statement_verbs")
        self.subordinators = lexicon.words("subordinators")
        self.relative_openers = lexicon.words("relative_openers")
        self.prepositions = lexicon.words("prepositions")
        self.determiners = lexicon.words("determiners")
        self.pronouns = lexicon.words("pronouns")
        self.negations = lexicon.words("negations")
        self.passive = lexicon.words("passive_auxiliaries")
        self.adverbial_openers = lexicon.words("adverbial_openers")
        self.consequences = lexicon.words("consequence_participles")
        self.editorial_notes = [re.compile(pattern + r"\s+(?=[A-Z])") for pattern in lexicon.triggers["editorial_notes"]]

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data.pop(_FINITE, None)  # part-of-speech tags may have arrived since the last run
        doc._.clauses = self.analyse(doc, doc._.organs or [])
        return doc

    # ------------------------------------------------------------------ segmentation

    def split(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of the clauses: sentences, with enumeration lines joined to their lead."""
        text = doc.text
        pieces: list[list[int]] = []  # [start_char, end_char]
        offset = 0
        for line in text.split("\n"):
            line_start, line_end = offset, offset + len(line)
            offset = line_end + 1
            if not line.strip():
                continue
            if pieces and _ENUMERATOR_LINE.match(line):
                pieces[-1][1] = line_end  # an onderdeel belongs to the sentence that introduces it
                continue
            pieces.append([line_start, line_end])
        ranges: list[tuple[int, int]] = []
        for start_char, end_char in pieces:
            ranges.extend(self._sentences(text, start_char, end_char))
        token_ranges = []
        for start_char, end_char in ranges:
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            if span is not None and len(span):
                token_ranges.append((span.start, span.end))
        return token_ranges

    @staticmethod
    def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
        chunk = text[start:end]
        cuts = [0]
        for match in _SENTENCE_END.finditer(chunk):
            before = chunk[cuts[-1] : match.start()].strip()
            window = chunk[max(0, match.start() - _ABBREVIATION_WINDOW) : match.start()]
            if match.start() <= _ABBREVIATION_WINDOW:
                window = " " + window  # the start of the text counts as a word boundary
            if len(before) <= 4 or _ABBREVIATION_END.search(window):
                continue  # "1. Het college ...", "art. 5"

            cuts.append(match.end())
        cuts.append(len(chunk))
        return [(start + a, start + b) for a, b in zip(cuts, cuts[1:]) if chunk[a:b].strip()]

    # ------------------------------------------------------------------ analysis

    def analyse(self, doc: Doc, organs: list[OrganMention]) -> list[Clause]:
        clauses: list[Clause] = []
        organs = sorted(organs, key=lambda m: m.start)
        starts = [m.start for m in organs]
        for start, end in self.split(doc):
            content = self._skip_editorial_note(doc, self._skip_enumerator(doc, start, end), end)
            clause = Clause(start=content, end=end, main_start=content)
            clause.main_start = self._main_start(doc, content, end)
            in_clause = mentions_between(organs, starts, clause.main_start, end)
            clause.verb = self._finite_verb(doc, clause.main_start, end, clause.main_start > content, in_clause)
            previous_subject = clauses[-1].addressees if clauses else []
            before = organs[max(0, bisect_left(starts, clause.main_start) - EARLIER_REACH) : bisect_left(starts, clause.main_start)]
            earlier = [m for m in before if m.end <= clause.main_start and all(m is not p for p in previous_subject)]
            earlier += previous_subject
            self._addressee(doc, clause, in_clause, earlier)
            if clause.addressees:
                self._joint_actors(doc, clause, in_clause)
            self._norm_type(doc, clause)
            clauses.append(clause)
        return clauses

    def _skip_editorial_note(self, doc: Doc, start: int, end: int) -> int:
        """The first token after an editor's note that opens the text ("Treedt in werking op een nader te
        bepalen tijdstip" before a lid not yet in force, triggers.yaml editorial_notes): it is no norm."""
        if start >= end:
            return start
        rest = doc[start:end].text  # the clause's own text: doc.text would rebuild the whole text per clause
        for note in self.editorial_notes:
            match = note.match(rest)
            if match:
                span = doc.char_span(doc[start].idx + match.end(), doc[end - 1].idx + len(doc[end - 1]), alignment_mode="expand")
                if span is not None and len(span):
                    return span.start
        return start

    def _skip_enumerator(self, doc: Doc, start: int, end: int) -> int:
        position = start
        for _ in range(4):
            if position >= end:
                break
            token = doc[position]
            if token.is_space or token.text in (".", "°", "–", "-", "•", ")", "(", "*") or (
                token.like_num and position + 1 < end and doc[position + 1].text in (".", "°", ")")
            ) or re.fullmatch(r"[a-z]{1,3}\.|[ivx]+\)", token.text):
                position += 1
            else:
                break
        return position

    def is_finite(self, token: Token) -> bool:
        """Whether ``token`` is a finite verb (tagger when present, else the verb list); cached per doc."""
        cache = token.doc.user_data.get(_FINITE)
        if cache is None:
            cache = token.doc.user_data[_FINITE] = [self._is_finite(t) for t in token.doc]
        return cache[token.i]

    def _is_finite(self, token: Token) -> bool:
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            return "Past" not in token.morph.get("Tense")  # "de ... bedoelde instantie" is no main verb
        if token.lower_ not in self.finite_verbs:
            return False
        previous = token.nbor(-1).lower_ if token.i > 0 else ""
        if previous == "het" and token.lower_ in EXPLETIVE_VERBS:
            return True  # "Het is verboden", "Het staat de colleges vrij"
        if previous in self.determiners or previous == "te" or (previous in self.prepositions and previous not in ("dan", "als")):
            return False  # "het besluit", "op te nemen", "bij besluit"
        return token.pos_ not in ("NOUN", "ADJ", "PROPN", "ADP", "NUM")

    def _main_start(self, doc: Doc, start: int, end: int) -> int:
        """Skip a leading subordinate clause or comma-closed adverbial phrase."""
        if start >= end:
            return start
        first = doc[start].lower_
        subordinate = first in self.subordinators or (
            first == "voor" and start + 1 < end and doc[start + 1].lower_ == "zover"
        )
        opens_subordinate = subordinate or first in self.prepositions
        if not opens_subordinate:
            return start
        colon = next((i for i in range(start, end) if doc[i].text == ":"), None)
        if colon is not None and not any(self.is_finite(t) for t in doc[start + 1 : colon]):
            # "Om ... te waarborgen:\na. stelt de gemeenteraad regels ...": the main clause is the onderdeel
            return self._skip_enumerator(doc, colon + 1, end)
        commas = [i for i in range(start, end) if doc[i].text == ","]
        for comma in commas:
            if not subordinate and self._main_finite_before(doc, start, comma):
                return start  # "Bij regeling kunnen ..., worden": the comma closes no opening phrase
            if comma + 1 < end and self.is_finite(doc[comma + 1]) and not (comma + 2 < end and doc[comma + 2].text == ","):
                return comma + 1  # (", beslist, stelt hij": the first verb still closes the subordinate clause)
        if subordinate and commas:
            return commas[0] + 1
        return start

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
        if inverted and self.is_finite(doc[start]):
            return start  # "Indien ..., zendt het college ..."
        opening = next((m for m in organs if all(t.lower_ in self.determiners for t in doc[start : m.start])), None)
        if opening is not None and opening.end < end:
            # Verb-second: the word after an opening organ is the finite verb ("De gedeputeerden genieten ...")
            following = doc[opening.end]
            if following.is_alpha and following.is_lower and following.lower_ not in self.prepositions | self.determiners | self.relative_openers | {"en", "of"} and (
                self.is_finite(following) or _FINITE_ENDING.search(following.lower_)
            ):
                return opening.end
        # A subordinate or relative clause has one finite verb of its own (at its end, before the main
        # verb: "Indien een lid ... lid is van ... vergoedt het waterschap", "B&W van de gemeente waarin
        # ... is gelegen zorgen ..."); the main verb is the first finite verb outside it.
        in_subordinate = doc[start].lower_ in self.subordinators
        subordinate_verb_seen = False
        for i in range(start + 1, end):
            token = doc[i]
            if token.text == ":":
                # "Het college:\na. stelt een plan vast;": the verb opens the first onderdeel
                following = self._skip_enumerator(doc, i + 1, end)
                if following < end and self.is_finite(doc[following]):
                    return following
                break
            if token.text in (":", ";"):
                break
            if self._opens_relative(doc, i, start):
                in_subordinate, subordinate_verb_seen = True, False
                continue
            if token.text == "," and in_subordinate and (
                subordinate_verb_seen or (i + 1 < end and self.is_finite(doc[i + 1]))
            ):
                in_subordinate = False  # the relative clause ends at its comma ("Onze Minister die het aangaat, kan")
                continue
            if self.is_finite(token):
                if in_subordinate and not subordinate_verb_seen:
                    subordinate_verb_seen = True
                    continue
                return i
        if start < end and doc[start].lower_ in self.finite_verbs and doc[start].lower_ in self.passive | POWER_WORDS:
            return start
        return None

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

    # ------------------------------------------------------------------ addressee

    def governed_by(self, doc: Doc, mention: OrganMention, floor: int) -> str | None:
        """The preposition that governs the organ mention, if any ("aan", "met", "door")."""
        position = mention.start - 1
        while position >= floor and (doc[position].lower_ in self.determiners or doc[position].pos_ == "ADJ"):
            position -= 1
        if position >= floor and doc[position].lower_ in self.prepositions:
            return doc[position].lower_
        return None

    def _in_relative(self, doc: Doc, mention: OrganMention, floor: int) -> bool:
        for i in range(mention.start - 1, floor - 1, -1):
            if doc[i].text == ",":
                return doc[i + 1].lower_ in self.relative_openers if i + 1 < mention.start else False
            if doc[i].lower_ in self.relative_openers and doc[i].lower_ not in ("dat",):
                return True
        return False

    def _coordinated(self, doc: Doc, first: OrganMention, organs: list[OrganMention], floor: int) -> list[OrganMention]:
        """The first organ and those joined to it by "en", "of", "," ("GS en B&W")."""
        group = [first]
        for mention in organs:
            if mention.start <= group[-1].start:
                continue
            between = [t for t in doc[group[-1].end : mention.start] if t.lower_ not in self.determiners]
            if between and all(t.lower_ in ("en", "of", ",", "onderscheidenlijk", "dan", "wel", "respectievelijk") for t in between):
                group.append(mention)
            else:
                break
        return group

    def _addressee(self, doc: Doc, clause: Clause, organs: list[OrganMention], earlier: list[OrganMention]) -> None:
        start, end, verb = clause.main_start, clause.end, clause.verb
        free = [
            m for m in organs
            if not self.governed_by(doc, m, start)
            and not self._in_relative(doc, m, verb + 1 if verb is not None and m.start > verb else start)
        ]
        # "De bevoegdheid berust bij het college", "... is opgedragen aan de raad"
        for marker in markers_in(doc, "norm:obligation", start, end):
            if marker[-1].lower_ in ("bij", "aan") or marker.text.lower().endswith("opgedragen"):
                after = [m for m in organs if marker.end <= m.start <= marker.end + 2]
                if after:
                    self._set(clause, self._coordinated(doc, after[0], organs, start), "organ after '" + marker.text + "'")
                    return
        if verb is not None and doc[verb].lower_ in ("berust", "berusten"):
            holders = [m for m in organs if self.governed_by(doc, m, start) == "bij"]
            if holders:
                self._set(clause, self._coordinated(doc, holders[0], organs, start), "organ after 'berust ... bij'")
                return
        if verb is not None and doc[verb].lower_ in ("komt", "komen") and any(t.lower_ == "toe" for t in doc[verb:end]):
            holders = [m for m in organs if m.start > verb and self.governed_by(doc, m, start) == "aan"]
            if holders:  # "De bevoegdheid ... komt toe aan het college"
                self._set(clause, self._coordinated(doc, holders[0], organs, start), "organ after 'komt ... toe aan'")
                return
        if verb is not None and any(t.lower_ in COMPETENCES for t in doc[start : min(start + 3, end)]):
            holders = [m for m in organs if m.end <= verb and (m.organ.role == "regulation" or self.governed_by(doc, m, start) == "van")]
            if holders:  # "De bevoegdheid tot het maken van gemeentelijke verordeningen blijft gehandhaafd"
                self._set(clause, [holders[0]], "holder of the competence named in the subject")
                return
        # Passive agent: "wordt door het college vastgesteld", "Door het college wordt ...",
        # "Bij provinciale verordening worden regels gesteld"
        if self._is_passive(doc, clause):
            agents = [
                m for m in organs
                if (self.governed_by(doc, m, start) in ("door", "vanwege") or (
                    m.organ.role == "regulation" or m.organ.key == "verordening") and self.governed_by(doc, m, start) in ("bij", "in")
                    or self._author_of_instrument(doc, m, start))
                and not self._in_relative(doc, m, start)
                and not self._attributive_door(doc, m, start)
            ]
            if agents:
                self._set(clause, self._coordinated(doc, agents[0], organs, start), "passive agent (door)")
                return
            owners = [m for m in organs if verb is not None and m.end <= verb and not self._in_relative(doc, m, start) and (
                (self.governed_by(doc, m, start) == "van" and doc[start].lower_ in self.determiners
                 and doc[max(m.start - 2, start)].lower_ not in MEMBERS and doc[max(m.start - 3, start)].lower_ not in MEMBERS)
                or (m.organ.role == "regulation" and self.governed_by(doc, m, start) is None))]
            if owners and self._passive_main_verb(doc, clause):
                self._set(clause, [owners[0]], "organ whose act is the subject of an agentless passive")
                return
        if self._passive_main_verb(doc, clause):
            clause.passive = True
            return  # in a passive clause the subject undergoes the act: only an agent is the addressee
        self._word_order_subject(doc, clause, organs, free, earlier)
        if not clause.addressees and clause.subject_text is None:
            parse_subject = self._parse_subject(doc, clause, organs)
            if parse_subject is not None:
                self._set(clause, self._coordinated(doc, parse_subject, organs, start), "subject (dependency parse)")

    def _word_order_subject(
        self, doc: Doc, clause: Clause, organs: list[OrganMention], free: list[OrganMention], earlier: list[OrganMention]
    ) -> None:
        """The subject by Dutch word order: before the finite verb, or right after it (inversion)."""
        start, end, verb = clause.main_start, clause.end, clause.verb
        if verb is None:
            if free and free[0].start <= start + 2:
                self._set(clause, self._coordinated(doc, free[0], organs, start), "organ opening the clause")
            return
        before = [m for m in free if m.end <= verb]
        lead = [t for t in doc[start : before[0].start] if t.lower_ not in self.determiners] if before else None
        if before and not lead:
            self._set(clause, self._coordinated(doc, before[0], organs, start), "subject before the verb")
            return
        if before and doc[start].lower_ in self.determiners and before[0].start > start + 1 and (
            doc[before[0].start - 1].lower_ in REFERRING_PARTICIPLES and before[0].end == verb
        ):
            # "De in artikel 231 bedoelde gemeenteambtenaar stelt ... vast"
            self._set(clause, self._coordinated(doc, before[0], organs, start), "subject before the verb")
            return
        first = doc[start].lower_
        if verb == start + 1 and first in self.pronouns:
            if earlier:
                self._set(clause, [earlier[-1]], f"'{doc[start].text}' refers to the organ named before")
            else:
                clause.subject_text = doc[start].text  # "Hij ...": an organ named in an earlier lid
            return
        inverted = (first in self.prepositions or first in self.subordinators or first in self.adverbial_openers
                    or verb - start <= 1 or first == "er" or before)
        if inverted:
            following = doc[verb + 1] if verb + 1 < end else None
            after = [m for m in free if verb < m.start <= verb + 3 and m.start >= start]
            if after and not (following is not None and following.lower_ in self.pronouns and after[0].start > verb + 1):
                self._set(clause, self._coordinated(doc, after[0], organs, start), "subject after the verb (inversion)")
                return
            if following is not None and following.lower_ in self.pronouns:
                if earlier:
                    self._set(clause, [earlier[-1]], f"'{following.text}' refers to the organ named before")
                else:
                    clause.subject_text = following.text
                return
            if following is not None and following.lower_ in self.determiners:
                clause.subject_text = following.text + " ..."  # "stelt de eigenaar ... op de hoogte"
                return
        if verb > start and not inverted:
            clause.subject_text = doc[start:verb].text

    def _set(self, clause: Clause, mentions: list[OrganMention], method: str) -> None:
        clause.addressees = mentions
        clause.addressee_method = method

    def _joint_actors(self, doc: Doc, clause: Clause, organs: list[OrganMention]) -> None:
        """Add organs that act together with the addressee ("draagt tezamen met gedeputeerde staten zorg")."""
        for mention in organs:
            if mention in clause.addressees or mention.start < 2:
                continue
            if doc[mention.start - 1].lower_ in self.determiners:
                position = mention.start - 2
            else:
                position = mention.start - 1
            if position >= 1 and doc[position].lower_ == "met" and doc[position - 1].lower_ in ("tezamen", "samen", "gezamenlijk"):
                clause.addressees = [*clause.addressees, mention]

    def _is_passive(self, doc: Doc, clause: Clause) -> bool:
        return any(t.lower_ in self.passive or t.lower_ in ("geschiedt", "geschieden") for t in doc[clause.main_start : clause.end])

    def _author_of_instrument(self, doc: Doc, mention: OrganMention, floor: int) -> bool:
        """"Bij besluit van gedeputeerde staten wordt ...": the organ that makes the instrument acts."""
        position = mention.start - 1
        while position >= floor and doc[position].lower_ in self.determiners:
            position -= 1
        return (
            position - 2 >= floor and doc[position].lower_ == "van"
            and doc[position - 1].lower_ in INSTRUMENTS and doc[position - 2].lower_ == "bij"
        )

    def _passive_main_verb(self, doc: Doc, clause: Clause) -> bool:
        """Whether the main clause is passive: "wordt ... vastgesteld", "kan ... worden verleend"."""
        if clause.verb is None:
            return False
        lower = doc[clause.verb].lower_
        if lower in self.passive:
            return self._participle_follows(doc, clause.verb, clause.end)
        if lower in POWER_WORDS | {"moet", "moeten", "dient", "dienen"}:
            for token in doc[clause.verb + 1 : clause.end]:
                if token.text in (",", ";", ":") or token.lower_ in self.relative_openers:
                    return False
                if token.lower_ == "worden":
                    return True
        return False

    def _attributive_door(self, doc: Doc, mention: OrganMention, floor: int) -> bool:
        """"de door het college aangewezen instantie": the agent belongs to a noun phrase."""
        position = mention.start - 1
        while position >= floor and doc[position].lower_ != "door":
            position -= 1
        return position - 1 >= floor and doc[position - 1].lower_ in self.determiners

    def _parse_subject(self, doc: Doc, clause: Clause, organs: list[OrganMention]) -> OrganMention | None:
        """The organ the dependency parse marks as subject of the main clause, if any."""
        if not doc.has_annotation("DEP") or not organs:
            return None
        for mention in organs:
            for token in mention.span:
                if token.dep_ in ("nsubj", "nsubj:pass") and token.head.dep_ in ("ROOT", "conj", "parataxis") and (
                    clause.verb is None or token.head.i == clause.verb or token.head.head.i == clause.verb
                    or any(child.i == clause.verb for child in token.head.children)
                ):
                    if self.governed_by(doc, mention, clause.main_start) is None:
                        return mention
        return None

    # ------------------------------------------------------------------ norm type

    def _norm_type(self, doc: Doc, clause: Clause) -> None:
        start, main, end = clause.start, clause.main_start, clause.end
        for norm_type in NORM_PRIORITY_MARKERS:
            found = markers_in(doc, f"norm:{norm_type}", start, end)
            if norm_type == "amendment":
                found = [m for m in found if "gewijzigd" in m.text.lower() or _AMENDMENT_CONTEXT.search(doc[start:end].text)]
            if norm_type == "other":  # a statement about the main verb, not words in a subordinate clause
                found = [m for m in found if m.start == clause.verb]
            if found:
                clause.norm_type, clause.trigger = norm_type, found[0]
                clause.reason = f"'{found[0].text}' marks a {norm_type}"
                if norm_type == "other":
                    clause.reason = f"'{found[0].text}' imposes nothing"
                return
        self._modality(doc, clause)
        commencement = [m for m in markers_in(doc, "norm:transitional", start, end)]
        delegations = [
            m for m in markers_in(doc, "norm:delegation", main, end)
            if not (m.start > 0 and doc[m.start - 1].lower_ in self.determiners | {"op"})
        ]
        organ_addressed = bool(clause.addressees) and not all(m.organ.is_national for m in clause.addressees)
        if commencement and not (organ_addressed and clause.modality in ("obligation", "power")):
            clause.norm_type, clause.trigger = "transitional", commencement[0]
            clause.reason = f"'{commencement[0].text}' marks commencement or transitional law"
            return
        if delegations and not organ_addressed and clause.modality in ("obligation", "power", None):
            clause.norm_type, clause.trigger = "delegation", delegations[0]
            clause.reason = f"'{delegations[0].text}' delegates rule-making" + (
                "" if not clause.addressees else f" to {clause.addressees[0].text}"
            )
            return
        if clause.modality is None and markers_in(doc, "norm:delegation", main, end):
            marker = markers_in(doc, "norm:delegation", main, end)[0]
            clause.norm_type, clause.trigger = "delegation", marker
            clause.reason = f"'{marker.text}' leaves the rule to be made at a lower level"
            return
        if clause.modality:
            clause.norm_type = clause.modality
        else:
            clause.norm_type = "other"
            if not clause.reason:
                clause.reason = "no obligation, power or other norm marker in the main clause"

    def _modality(self, doc: Doc, clause: Clause) -> None:
        main, end, verb = clause.main_start, clause.end, clause.verb
        anywhere = lambda label: markers_in(doc, label, main, end)  # noqa: E731
        at_verb = lambda label: [m for m in anywhere(label) if verb is not None and m.start <= verb < m.end  # noqa: E731
                                 and (m.start == verb or label == "norm:obligation")]

        def set_(modality: str, trigger: Span, reason: str) -> None:
            clause.modality, clause.trigger, clause.reason = modality, trigger, reason

        strong_prohibitions = [m for m in anywhere("norm:prohibition") if m[0].lower_ not in POWER_WORDS]
        if at_verb("norm:prohibition") or strong_prohibitions:
            marker = (at_verb("norm:prohibition") or strong_prohibitions)[0]
            set_("prohibition", marker, f"'{marker.text}' forbids")
            return
        if at_verb("norm:permission"):
            marker = at_verb("norm:permission")[0]
            set_("permission", marker, f"'{marker.text}' exempts or permits")
            return
        if verb is None:
            return
        verb_token = doc[verb]
        negated = self._negated(doc, clause)
        second = self._coordinated_verb(doc, clause)
        if at_verb("norm:power"):
            marker = at_verb("norm:power")[0]
            if negated is None and second is not None and second.lower_ not in self.statement_verbs | POWER_WORDS:
                set_("obligation", doc[second.i : second.i + 1], f"'{marker.text} ... en {second.text}': the duty outweighs the power")
                return
            duties = [m for m in anywhere("norm:obligation") if "verplicht" in m.text.lower()]
            if negated is None and duties:
                set_("obligation", duties[0], f"'{marker.text} ... {duties[0].text}': the duty outweighs the power")
                return
            if negated is not None:
                set_("prohibition", doc[verb : negated + 1], f"negated power '{verb_token.text} ... {doc[negated].text}'")
            else:
                set_("power", marker, f"'{marker.text}' grants a power")
            return
        lower = verb_token.lower_
        if clause.addressee_method.startswith(("holder of the competence", "organ after 'komt")):
            competences = [t for t in doc[main:end] if t.lower_ in COMPETENCES]
            if competences:
                set_("power", doc[competences[0].i : competences[0].i + 1], f"a competence ('{competences[0].text}') is given")
            else:
                set_("obligation", doc[verb : verb + 1], "a task is given to the organ after 'toe aan'")
            return
        if at_verb("norm:obligation"):
            marker = at_verb("norm:obligation")[0]
            set_("obligation", marker, f"'{marker.text}' imposes a duty")
            return
        if lower in CONTENT_VERBS and any(m.organ.role == "regulation" or m.organ.key == "verordening" for m in clause.addressees):
            set_("obligation", doc[verb : verb + 1], f"'{verb_token.text}' prescribes the content of a verordening")
            return
        has_subject = bool(clause.addressees) or clause.subject_text is not None
        if lower in self.statement_verbs and second is not None and second.lower_ in POWER_WORDS:
            set_("power", doc[second.i : second.i + 1], f"'... en {second.text}' grants a power")
            return
        if (lower in self.statement_verbs or lower in self.passive) and not clause.addressees and _FOR_THE_PURPOSE.match(
            doc[main:end].text
        ):
            set_("definition", doc[main : main + 4], f"'{doc[main : main + 4].text}' fixes what a term covers")
            return
        if lower in ("geschiedt", "geschieden") and clause.addressee_method.startswith("passive agent"):
            set_("obligation", doc[verb : verb + 1], f"'{verb_token.text} door ...' prescribes an act of the agent")
            return
        if lower in self.passive and negated is not None:
            set_("prohibition", doc[verb : negated + 1], f"negated passive '{verb_token.text} {doc[negated].text}'")
            return
        if lower in self.passive and not clause.addressees and any(t.lower_ in self.consequences for t in doc[verb:end]):
            clause.reason = f"passive '{verb_token.text} ...' states a legal consequence"
            return
        if lower in self.passive and self._participle_follows(doc, verb, end):
            set_("obligation", doc[verb : verb + 1], f"passive '{verb_token.text} ...' prescribes an act")
            return
        if lower in ("is", "zijn") and not clause.addressees and self._defines(doc, clause):
            set_("definition", doc[verb : verb + 2], f"'{verb_token.text} {doc[verb + 1].text}' says what a term is")
            return
        if lower in self.statement_verbs and lower not in ("is", "zijn") and negated is not None:
            set_("prohibition", doc[verb : negated + 1], f"negated '{verb_token.text} ... {doc[negated].text}'")
            return
        if lower in self.statement_verbs:
            clause.reason = f"'{verb_token.text}' states a fact"
            return
        if has_subject:
            if negated is not None:
                set_("prohibition", doc[verb : negated + 1], f"negated duty '{verb_token.text} ... {doc[negated].text}'")
            else:
                set_("obligation", doc[verb : verb + 1], f"present tense '{verb_token.text}' with a subject (Ar 3.2)")

    @staticmethod
    def _defines(doc: Doc, clause: Clause) -> bool:
        """"Een verzameluitkering is een ...", "Onderhoudsverplichtingen zijn:", "X is het gezamenlijke bedrag"."""
        assert clause.verb is not None
        if clause.verb + 1 >= clause.end or clause.verb == clause.main_start:
            return False
        if doc[clause.main_start].lower_ == "er" or doc[clause.main_start].pos_ == "ADP" or doc[clause.main_start].lower_ in (
            "in", "bij", "voor", "op", "binnen"
        ):
            return False  # "Er is een register", "In iedere gemeente is een griffier": existence, not a definition
        following = doc[clause.verb + 1].lower_
        if following in ("een", ":"):
            return True
        return following == "het" and clause.verb + 2 < clause.end and doc[clause.verb + 2].lower_ in DEFINING_HEADS

    def _coordinated_verb(self, doc: Doc, clause: Clause) -> Token | None:
        """A second finite verb joined by "en" in the main clause ("heeft toegang ... en kan ...")."""
        if clause.verb is None:
            return None
        for i in range(clause.verb + 1, clause.end - 1):
            if doc[i].text in (";", ":"):
                return None
            if doc[i].lower_ == "en" and self.is_finite(doc[i + 1]):
                return doc[i + 1]
        return None

    def _negated(self, doc: Doc, clause: Clause) -> int | None:
        """Index of "niet"/"geen" right after the main verb (skipping the subject), if any."""
        assert clause.verb is not None
        skip = {i for m in clause.addressees for i in range(m.start, m.end)}
        reach = 10 if doc[clause.verb].lower_ in POWER_WORDS else 1 if doc[clause.verb].lower_ in self.passive else 2  # "kunnen ten laste van ... geen"
        seen = 0
        for i in range(clause.verb + 1, min(clause.end, clause.verb + 14)):
            if doc[i].lower_ in ("dat", "die", "indien", "als", "wanneer"):
                return None
            if i in skip or doc[i].lower_ in self.determiners:
                continue
            if doc[i].lower_ in self.negations:
                return i
            seen += 1
            if seen > reach or doc[i].text in (",", ";", ":") or doc[i].lower_ in self.relative_openers:
                return None
        return None

    def _participle_follows(self, doc: Doc, verb: int, end: int) -> bool:
        for token in doc[verb + 1 : end]:
            if token.text in (";", ":"):
                return False
            if "Part" in token.morph.get("VerbForm"):
                return True
            if not token.has_morph() and token.is_alpha and PASSIVE_PARTICIPLE.match(token.lower_):
                return True
        return False


@Language.factory("wetscan_clauses")
def make_clause_analyser(nlp: Language, name: str) -> ClauseAnalyser:
    return ClauseAnalyser(load_lexicon())
