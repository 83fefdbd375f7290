"""R17: the co-signature marker in a bill's aanhef ("mede namens Onze Minister van Binnenlandse Zaken ...").

A bill proposed "mede namens" the Minister of BZK (Ar 4.7(2)) is already co-signed; the
assessment then downgrades a co-signature candidate to "already". The pattern lives in
triggers.yaml (``cosignature``), the same patterns the assessment searches the preamble and
metadata with.
"""

from __future__ import annotations

import re

from wetscan.analyse.lexicon import compiled_patterns, load_lexicon
from wetscan.model import Finding


def cosignature_patterns() -> tuple[re.Pattern[str], ...]:
    """The R17 patterns (triggers.yaml ``cosignature``), shared with the assessment's "already" check."""
    return compiled_patterns(tuple(load_lexicon().triggers["cosignature"]))


def cosignature_findings(preamble: str | None) -> list[Finding]:
    """R17 findings for every co-signature marker in ``preamble``; offsets index into it."""
    if not preamble:
        return []
    rule = load_lexicon().rules["R17"]
    findings = []
    matches = sorted((m for pattern in cosignature_patterns() for m in pattern.finditer(preamble)), key=lambda m: m.start())
    for match in matches:
        trigger = match.group(0)
        findings.append(
            Finding(
                rule="R17", layer=None, organ="Onze Minister van Binnenlandse Zaken en Koninkrijksrelaties",
                kind=rule.kind, start=match.start(), end=match.end(), trigger=trigger,
                explanation=rule.explain(trigger=trigger), confidence=rule.confidence,
            )
        )
    return findings
