"""Pair each bill of a consultation with its separately published memorandum.

A memorie (or nota) van toelichting published as its own file belongs to the bill it explains;
the Fvw art. 2 section and the other toelichting checks (Gemw art. 114, Ar 4.43) can only be
checked once the two are read together. The pair is found from the content:

* the articles the memorandum's artikelsgewijze toelichting explains ("Artikel 3", "Artikel I,
  onderdeel B") are articles of the bill;
* the titles agree (a Kamerstuk memorandum carries the bill's title; a consultation memorandum
  repeats the citeertitel in brackets).

Each memorandum goes to the bill that fits it clearly best. When two bills fit it equally well
(the same draft as DOCX and PDF, two bills with one shared memorandum) wetscan does not guess:
the memorandum stays unpaired and both carry a note naming the candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from wetscan.batch.consultations import Profile
from wetscan.i18n import _

#: The least score that makes a bill a candidate for a memorandum.
MIN_SCORE = 0.2
#: How much better the best bill must fit than the next one to be chosen without asking.
MARGIN = 0.15
#: A bill that already holds its own memorandum (an AMvB with its nota) fits a separate one less.
OWN_MEMORANDUM_PENALTY = 0.25
_WORD = re.compile(r"[a-zà-ÿ]{4,}")
_STOP = frozenset({"regels", "wijziging", "houdende", "verband", "onder", "meer", "over", "van", "wet", "besluit",
                   "ontwerp", "voorstel", "memorie", "nota", "toelichting", "andere", "enkele", "wetten"})


@dataclass
class Pairing:
    """The memorandum paired with each bill, and the notes for documents left unpaired."""

    memorandum_of: dict[Path, Path] = field(default_factory=dict)
    notes: dict[Path, str] = field(default_factory=dict)


def _words(title: str | None) -> set[str]:
    return {word for word in _WORD.findall((title or "").lower()) if word not in _STOP}


def _bracketed(title: str | None) -> str | None:
    """The citeertitel a title ends with in brackets: "(Wet lokale meldpunten woonoverlast)"."""
    match = re.search(r"\(([^()]{4,})\)\s*$", title or "")
    return match[1].strip().lower() if match else None


def fit(memorandum: Profile, bill: Profile) -> float:
    """How well ``memorandum`` fits ``bill``, 0..~2: shared explained articles and title words."""
    score = 0.0
    if memorandum.explains and bill.articles:
        score += len(memorandum.explains & bill.articles) / len(memorandum.explains)
    words, bill_words = _words(memorandum.title), _words(bill.title)
    if words and bill_words:
        score += len(words & bill_words) / len(words | bill_words)
    if _bracketed(memorandum.title) and _bracketed(memorandum.title) == _bracketed(bill.title):
        score += 0.5
    if bill.own_memorandum:
        score -= OWN_MEMORANDUM_PENALTY
    return round(score, 3)


def pair_consultation(profiles: list[Profile]) -> Pairing:
    """Pair the bills and memoranda of one consultation (see the module docstring)."""
    bills = [p for p in profiles if p.role == "bill" and p.error is None]
    memoranda = [p for p in profiles if p.role == "memorandum" and p.error is None]
    pairing = Pairing()
    claims: dict[Path, list[tuple[float, Profile]]] = {}
    for memorandum in memoranda:
        scored = sorted(((fit(memorandum, bill), bill) for bill in bills), key=lambda item: -item[0])
        candidates = [(score, bill) for score, bill in scored if score >= MIN_SCORE]
        if not candidates and len(bills) == 1 and len(memoranda) == 1 and not bills[0].own_memorandum:
            candidates = [(MIN_SCORE, bills[0])]  # the only bill and the only memorandum
        if not candidates:
            pairing.notes[memorandum.path] = _("memorandum only — no bill in this consultation fits it")
            continue
        if len(candidates) > 1 and candidates[0][0] - candidates[1][0] < MARGIN:
            tied = [bill for score, bill in candidates if candidates[0][0] - score < MARGIN]
            names = ", ".join(bill.path.name for bill in tied)
            pairing.notes[memorandum.path] = _("ambiguous pairing: fits {count} bills equally ({names}); not paired").format(
                count=len(tied), names=names)
            for bill in tied:
                pairing.notes[bill.path] = _("ambiguous pairing: memorandum {memorandum} also fits {names}").format(
                    memorandum=memorandum.path.name, names=names)
            continue
        claims.setdefault(candidates[0][1].path, []).append((candidates[0][0], memorandum))
    for bill_path, claimed in claims.items():
        claimed.sort(key=lambda item: -item[0])
        if len(claimed) > 1 and claimed[0][0] - claimed[1][0] < MARGIN:
            names = ", ".join(m.path.name for _score, m in claimed)
            pairing.notes[bill_path] = _("ambiguous pairing: memoranda {names} fit this bill equally; none paired").format(
                names=names)
            for _score, memorandum in claimed:
                pairing.notes[memorandum.path] = _("ambiguous pairing: {names} all fit {bill}; not paired").format(
                    names=names, bill=bill_path.name)
            continue
        pairing.memorandum_of[bill_path] = claimed[0][1].path
        pairing.notes[claimed[0][1].path] = _("memorandum of {bill} (assessed with it)").format(bill=bill_path.name)
        for _score, other in claimed[1:]:
            pairing.notes[other.path] = _("memorandum only — {bill} fits {memorandum} better").format(
                bill=bill_path.name, memorandum=claimed[0][1].path.name)
    return pairing


def pair_all(profiles: list[Profile]) -> Pairing:
    """Pair within every consultation; documents of different consultations never pair."""
    pairing = Pairing()
    by_consultation: dict[str, list[Profile]] = {}
    for found in profiles:
        by_consultation.setdefault(found.consultation, []).append(found)
    for members in by_consultation.values():
        one = pair_consultation(members)
        pairing.memorandum_of.update(one.memorandum_of)
        pairing.notes.update(one.notes)
    return pairing
