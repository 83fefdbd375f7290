"""Clause splitting: a provision (one lid) cut into sentences, each with its enumeration.

An onderdeel ("a. ...;") belongs to the sentence that introduces it; a full stop after an
abbreviation ("art. 5", "Stb.") or a lid number ends no sentence; an editor's note opening a
consolidated lid ("Treedt in werking op een nader te bepalen tijdstip") is no part of the norm.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from wetscan.analyse.doctext import doc_text, span_text

_ENUMERATOR_LINE = re.compile(r"^\s*(?:\d+[a-z]?°?\.?|[a-z]{1,3}\.|[a-z]{1,2}\)|\(?[ivx]+\)|[-–•*]|\d+°\.?)\s")
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ0-9)»\"”])(?:[.!?](?=\s+[A-Z«\"(])|;(?=[ \t]+(?![a-z]{1,3}[.)°])[a-zà-ÿ]))")
_ABBREVIATION_END = re.compile(r"(?:\b(?:art|artt|jo|nr|nrs|o\.a|bijv|blz|Stb|Stcrt|sub|e\.d|i\.v\.m|m\.b\.t|z\.o|enz|etc|dr|mr|ir|prof|red|pag|jl)|\s[a-zA-Z])$")
#: How far back the abbreviation check looks (keeps long provisions linear).
_ABBREVIATION_WINDOW = 12


class ClauseSplitter:
    """Cuts a provision into clauses (mixed into :class:`~wetscan.analyse.clauses.ClauseAnalyser`)."""

    editorial_notes: list[re.Pattern[str]]

    # ------------------------------------------------------------------ segmentation

    def split(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of the clauses: sentences, with enumeration lines joined to their lead."""
        text = doc_text(doc)
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

    def _skip_editorial_note(self, doc: Doc, start: int, end: int) -> int:
        """The first token after an editor's note that opens the text ("Treedt in werking op een nader te
        bepalen tijdstip" before a lid not yet in force, triggers.yaml editorial_notes): it is no norm."""
        if start >= end:
            return start
        rest = span_text(doc, start, end)  # the clause's own text
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

