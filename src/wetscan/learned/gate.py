"""Which provisions the combined reader reads: only where it can matter.

In ``combined`` mode the rules come first and the reader fills in what they missed: it adds a layer
where the rules found none. So it reads a provision only when

* the rules found no co-government layer in it (where they did, they found its actor, and the
  reader has nothing to add: unless it is asked to check the rules, see :func:`needs_reading`), and
* it names a co-government organ or the co-government itself ("het college", "gedeputeerde
  staten", "de gemeente", "het waterschap", "de veiligheidsregio") that the rules did not turn
  into a finding, or it names no actor at all, so that the actor must be read from the context
  ("Het programma bevat ...", "Er wordt een register bijgehouden", after a lid that said who
  draws up the programme).

A provision whose only actors are national or private ("Onze Minister stelt regels") gives no
co-government a task, and reading it costs time for nothing; so does an empty provision.

The words come from the organ lexicon (``analyse/data/organs.yaml``), which a lawyer keeps: a name
added there is seen here too. Matching is on whole words, case-insensitive, like the rules' own
organ recogniser, but on the raw text (no parse), so it costs microseconds per provision.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wetscan.model import Provision

#: Organ roles that may stand for a co-government (see organs.yaml): a provision naming one is read.
CO_GOVERNMENT_ROLES = frozenset({"co_government", "joint", "dual", "ambiguous", "possible"})
#: Organ roles that are no actor (a regulation is what an actor makes, not who acts).
NOT_ACTORS = frozenset({"regulation"})


def _words(names: set[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(co-government words, any actor's words), built once per process from the lexicon."""
    from wetscan.analyse.lexicon import load_lexicon

    lexicon = load_lexicon()
    co_government = {name for organ in lexicon.organs.values() if organ.role in CO_GOVERNMENT_ROLES
                     for name in organ.names}
    co_government |= {name for collective in lexicon.collectives.values() for name in collective.names}
    actors = {name for organ in lexicon.organs.values() if organ.role not in NOT_ACTORS for name in organ.names}
    return _words(co_government), _words(actors | co_government)


def worth_reading(text: str) -> bool:
    """Whether the reader can add anything to a provision with this text: it names a co-government
    organ or collective, or it names no actor at all."""
    if not text.strip():
        return False
    co_government, actors = _patterns()
    return bool(co_government.search(text)) or not actors.search(text)


def needs_reading(provision: Provision, check_rule_layers: bool = False) -> bool:
    """Whether the combined reader reads ``provision``: where the rules found no layer and its words
    leave room for a co-government (:func:`worth_reading`). ``check_rule_layers``: also where the
    rules found a layer (the reader then checks their findings, or looks for cooperation)."""
    if provision.layers and not check_rule_layers:
        return False
    return worth_reading(provision.text) if not provision.layers else bool(provision.text.strip())
