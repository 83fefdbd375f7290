"""The law's executor ("Het college is belast met de uitvoering van deze wet") as the subject of its actorless
acts (context/executor.py), and "de staat" in lower case as a condition, not the Rijk. Every law here is
invented for the test, in Dutch bill style."""

from __future__ import annotations

from tests.analyse.context.laws import derived, exact, law, lid


def _ligplaatsen(executor: str) -> dict:
    return law(
        lid("1", "1", "In deze wet wordt verstaan onder ligplaats: een plaats in het water die voor bewoning dient."),
        lid("1", "2", f"{executor} is belast met de uitvoering van deze wet."),
        lid("3", "1", "Aan een ligplaats wordt jaarlijks een waarde toegekend."),
        lid("3", "2", "De waarde wordt bepaald naar de staat van de ligplaats op de peildatum."),
        lid("4", None, "De aanvraag om vermindering van de waarde wordt schriftelijk ingediend."),
    )


def test_actorless_acts_belong_to_the_co_government_that_executes_the_law() -> None:
    provisions = _ligplaatsen("Het college van burgemeester en wethouders")
    for pid in ("artikel 3, eerste lid", "artikel 3, tweede lid"):
        assert provisions[pid].layers == ["gemeente"]
        exact(provisions[pid])
    [finding] = derived(provisions["artikel 3, eerste lid"])
    assert "artikel 1, tweede lid" in finding.explanation


def test_a_private_party_s_act_stays_without_a_layer() -> None:
    assert _ligplaatsen("Het college van burgemeester en wethouders")["artikel 4"].layers == []


def test_a_national_executor_gives_no_layer() -> None:
    provisions = _ligplaatsen("Onze Minister")
    assert all(not provisions[pid].layers for pid in ("artikel 3, eerste lid", "artikel 3, tweede lid"))


def test_the_condition_of_a_thing_is_no_national_actor(analyse) -> None:
    provision = analyse("Gedeputeerde staten stellen de waarde vast naar de staat waarin de zaak verkeert.")
    assert provision.layers == ["provincie"]
    assert not any(f.rule == "R20" for f in provision.findings)
