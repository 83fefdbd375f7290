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
from wetscan.analyse.context.law import ACTING_NORMS, LawReading
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


def sole_actor(law: LawReading) -> tuple[Resolution, ...]:
    """The one co-government layer every acting provision of the law names, as the law's subject; else ``()``.

    An order that works out how one organ performs a task of another law ("Gedeputeerde staten stellen
    per blok uitgangspunten vast ...", "De toedeling van kavels geschiedt met inachtneming van ...") names
    that organ wherever it names an actor at all; a lawyer reads its actorless rules on the same work as
    that organ's. The reading needs at least ``sole_actor_minimum`` provisions naming the organ (see
    ``context.yaml``), and a law in which a national organ or a second layer acts anywhere has no such
    actor: who then performs an actorless act is open. Nor has a law that names private parties as actors
    in more than one provision in ``sole_actor_dominance`` of those naming the organ (an operator's decree
    whose supervisor is gedeputeerde staten: its actorless duties are the operator's).
    """
    stated = [actor for actors in law.actors.values() for actor in actors if not actor.derived]
    if not stated or any(not a.resolution.is_co_government for a in stated):
        return ()
    layers = {a.resolution.layers for a in stated}
    providing = {a.provision_id for a in stated}
    if len(layers) != 1 or len(next(iter(layers))) != 1 or len(providing) < law.config["sole_actor_minimum"]:
        return ()
    if _private_actors(law) * law.config["sole_actor_dominance"] > len(providing):
        return ()  # the law also burdens named private parties ("De houder draagt zorg ..."): its passives may be theirs
    first = stated[0]
    return (replace(first.resolution, confidence=DOCUMENT_CONFIDENCE, method="document",
                    definition=_("{provision} and {count} more (the only organ acting in the law)").format(
                        provision=first.provision_id, count=len(providing) - 1)),)


def _private_actors(law: LawReading) -> int:
    """How many provisions name an actor that is no organ as the subject of a duty, power or prohibition."""
    anaphora = law.words("anaphora")
    return sum(1 for doc in law.docs if any(
        c.norm_type in ACTING_NORMS and not c.passive and not c.addressees and c.subject_text
        and c.subject_text.lower().split()[0] not in anaphora for c in doc._.clauses or []))
