"""The rule families: each rule id of the one rule table is found by exactly one registered family."""

from __future__ import annotations

import pytest

from wetscan.analyse.lexicon import load_lexicon
from wetscan.analyse.rules import FAMILY_ORDER, families, family_of, rule_family

#: Rules not found per clause: R16 is a bill-level check of the toelichting, R17 is read from the aanhef,
#: R23-R25 are read from the rest of the law by the context pass (analyse/context/).
OUTSIDE_FAMILIES = {"R16", "R17", "R23", "R24", "R25"}


def test_every_analysed_rule_belongs_to_one_family() -> None:
    registered = [rule for family in families() for rule in family.rules]
    assert len(registered) == len(set(registered))
    assert set(registered) == set(load_lexicon().rules) - OUTSIDE_FAMILIES
    assert [family.name for family in families()] == list(FAMILY_ORDER)
    assert family_of("R08") == "cooperation" and family_of("R05") == "information" and family_of("R17") is None


def test_a_rule_id_cannot_be_registered_twice() -> None:
    with pytest.raises(ValueError, match="R01 already registered"):
        rule_family("stray", rules=("R01",))(lambda scope: None)
