"""Old and new findings compared per layer: widened, narrowed, unchanged, changed, and R15."""

from __future__ import annotations

import pytest

from wetscan.amend.compare import compare_findings, interval_days, moved_to_rijk
from wetscan.model import Finding


def finding(rule: str, layer: str | None = "gemeente", trigger: str = "college", kind: str = "task") -> Finding:
    return Finding(rule, layer, "college" if layer else "Onze Minister", kind, 0, len(trigger), trigger, "", 0.9)


@pytest.mark.parametrize(
    ("trigger", "days"),
    [("binnen acht weken", 56), ("binnen 6 weken", 42), ("jaarlijks", 365), ("halfjaarlijks", 182),
     ("elke vier jaar", 1460), ("binnen drie maanden", 90), ("uiterlijk 1 april", None)],
)
def test_interval_days(trigger, days):
    assert interval_days(trigger) == days


def test_power_becoming_a_duty_widens():
    assert compare_findings([finding("R02")], [finding("R01")]) == ("widened", {"gemeente": "widened"})


def test_duty_becoming_a_power_narrows():
    assert compare_findings([finding("R01")], [finding("R02")])[0] == "narrowed"


def test_shorter_deadline_widens_and_longer_narrows():
    old = [finding("R01"), finding("R06", trigger="binnen acht weken")]
    new = [finding("R01"), finding("R06", trigger="binnen vier weken")]
    assert compare_findings(old, new)[0] == "widened"
    assert compare_findings(new, old)[0] == "narrowed"


def test_same_findings_in_other_words_are_unchanged():
    assert compare_findings([finding("R01", trigger="college verstrekt")], [finding("R01", trigger="college zendt")])[0] == "unchanged"


def test_new_plan_duty_widens_and_mixed_is_changed():
    assert compare_findings([finding("R01")], [finding("R01"), finding("R04")])[0] == "widened"
    assert compare_findings([finding("R01"), finding("R05")], [finding("R01"), finding("R04")])[0] == "changed"


def test_task_moved_between_layers_is_changed_per_layer():
    overall, per_layer = compare_findings([finding("R01", "provincie")], [finding("R01", "gemeente")])
    assert overall == "changed" and per_layer == {"gemeente": "widened", "provincie": "narrowed"}


def test_task_moved_to_the_rijk_is_r15():
    national = finding("R20", None, "Onze Minister", "national")
    moved = moved_to_rijk([finding("R01")], [national])
    assert [(f.rule, f.layer, f.trigger) for f in moved] == [("R15", "gemeente", "Onze Minister")]
    assert moved_to_rijk([finding("R01")], [finding("R01")]) == []
