"""The law-level lookup of compulsory joint bodies (rules/law_context.py) and how the rules use it once it
is handed in.

analyse_provisions runs the two passes itself; these tests also run them by hand on a small law written for
the test.
"""

from __future__ import annotations

from wetscan.analyse import analyse_provisions
from wetscan.analyse.lexicon import load_lexicon
from wetscan.analyse.pipeline import process
from wetscan.analyse.provisions import make_resolver
from wetscan.analyse.rules import ProvisionContext, RuleEngine, law_cooperation
from wetscan.model import Provision

LAW = [
    ("3", "Gedeputeerde staten kunnen gemeenten aanwijzen die een gemeenschappelijke regeling treffen."),
    ("4", "De raden van de gemeenten in een kustregio treffen een gemeenschappelijke regeling voor het duinbeheer."),
    ("5", "Onze Minister kan gedeputeerde staten uitnodigen tot het geven van een aanwijzing als bedoeld in artikel 3."),
    ("6", "Het college zendt de begroting van de gemeenschappelijke regeling aan de raad."),
]


def _second_pass(text: str, context: ProvisionContext):
    doc = process([text])[0]
    return RuleEngine(load_lexicon()).apply(doc, make_resolver(None), context=context)


def test_lookup_reads_the_first_pass() -> None:
    provisions = [Provision(id=f"artikel {a}", article=a, paragraph=None, text=t) for a, t in LAW]
    analyse_provisions(provisions)
    law = law_cooperation(provisions)
    assert "gemeenschappelijke regeling" in law.compulsory_bodies
    assert provisions[2].mandatory_cooperation  # takes up artikel 3 (context/cooperation.py)


def test_rules_read_the_law_context_only_when_given() -> None:
    law = ProvisionContext(compulsory_bodies=frozenset({"gemeenschappelijke regeling"}))
    assert not _second_pass(LAW[3][1], ProvisionContext()).mandatory_cooperation
    budget = _second_pass(LAW[3][1], law)
    assert budget.mandatory_cooperation and "R22" in {f.rule for f in budget.findings}

