"""R17: the co-signature marker in a bill's aanhef ("mede namens Onze Minister van Binnenlandse Zaken ...").

A bill proposed "mede namens" the Minister of BZK (Ar 4.7(2)) is already co-signed; the
assessment then downgrades a co-signature candidate to "already". The pattern lives in
triggers.yaml (``cosignature``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from wetscan.analyse.lexicon import load_lexicon
from wetscan.model import Finding


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(load_lexicon().triggers["cosignature"], re.IGNORECASE)


def cosignature_findings(preamble: str | None) -> list[Finding]:
    """R17 findings for every co-signature marker in ``preamble``; offsets index into it."""
    if not preamble:
        return []
    rule = load_lexicon().rules["R17"]
    findings = []
    for match in _pattern().finditer(preamble):
        trigger = match.group(0)
        findings.append(
            Finding(
                rule="R17", layer=None, organ="Onze Minister van Binnenlandse Zaken en Koninkrijksrelaties",
                kind=rule.kind, start=match.start(), end=match.end(), trigger=trigger,
                explanation=rule.explain(trigger=trigger), confidence=rule.confidence,
            )
        )
    return findings
