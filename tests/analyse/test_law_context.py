"""The law-level cooperation lookup (rules/law_context.py) and how the rules use it once it is handed in.

The document-wide context pass (issue 9) is where the lookup is meant to run; these tests run the two
passes by hand on a small law written for the test.
"""

from __future__ import annotations

from wetscan.analyse import analyse_provisions
from wetscan.analyse.lexicon import load_lexicon
from wetscan.analyse.pipeline import process
from wetscan.analyse.provisions import make_resolver
from wetscan.analyse.rules import ProvisionContext, RuleEngine, law_cooperation
from wetscan.analyse.rules.law_context import referenced_articles
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
    assert {"3", "4"} <= law.cooperation_articles and "5" not in law.cooperation_articles
    assert "gemeenschappelijke regeling" in law.compulsory_bodies


def test_rules_read_the_law_context_only_when_given() -> None:
    law = ProvisionContext(compulsory_bodies=frozenset({"gemeenschappelijke regeling"}),
                           cooperation_articles=frozenset({"3", "4"}))
    invitation = LAW[2][1]
    assert not _second_pass(invitation, ProvisionContext()).mandatory_cooperation
    widened = _second_pass(invitation, law)
    assert widened.mandatory_cooperation and "R09" in {f.rule for f in widened.findings}
    budget = _second_pass(LAW[3][1], law)
    assert budget.mandatory_cooperation and "R22" in {f.rule for f in budget.findings}


def test_referenced_articles() -> None:
    assert referenced_articles("de artikelen 99 tot en met 102") == {"99", "100", "101", "102"}
    assert referenced_articles("als bedoeld in artikel 2.8a, eerste lid") == {"2.8a"}
