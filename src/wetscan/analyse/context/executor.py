"""The law's executor: "Het college is belast met de uitvoering van deze wet".

Many laws say once, near the start or the end, which organ carries them out. A lawyer then reads
the law's actorless acts ("Aan een onroerende zaak wordt een waarde toegekend", "De bekendmaking
geschiedt door toezending ...") as acts of that organ. When the title and aanhef name no layer, an
executor clause whose addressee is one co-government organ becomes the law's subject
(:mod:`.subject`); a national executor ("Onze Minister is belast met de uitvoering van deze wet") or
one shared between layers gives none. The phrase is ``executor`` in ``context.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wetscan.analyse.definitions import DOCUMENT_CONFIDENCE, Resolution
from wetscan.analyse.context.law import LawReading
from wetscan.i18n import _


def law_executor(law: LawReading) -> tuple[Resolution, ...]:
    """The one co-government organ the law names as its executor, as the law's subject; else ``()``."""
    pattern = re.compile(law.config["executor"], re.IGNORECASE)
    for provision, result in zip(law.provisions, law.results):
        if not result.addressed or not pattern.search(provision.text):
            continue
        layers = {layer for r in result.addressed for layer in r.layers}
        if any(not r.is_co_government for r in result.addressed) or len(layers) != 1:
            return ()
        executor = result.addressed[0]
        return (replace(executor, confidence=DOCUMENT_CONFIDENCE, method="document",
                        definition=_("{provision} (executor of the law)").format(provision=provision.id)),)
    return ()
