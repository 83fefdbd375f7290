"""A division applied to another layer with reading rules, and applicability clauses that substitute an
organ or name their target before "van overeenkomstige toepassing". Every law here is invented for the test, in Dutch bill style."""

from __future__ import annotations

from tests.analyse.context.laws import derived, exact, law, lid

_DIVISION = (
    lid("20", None, "Deze afdeling is van overeenkomstige toepassing op wethouders, met dien verstande dat wordt "
                    "gelezen voor:\na. gedeputeerde: wethouder;\nb. provincie: gemeente;\n"
                    "c. gedeputeerde staten: college van burgemeester en wethouders."),
    lid("21", "1", "Gedeputeerde staten verstrekken de gewezen gedeputeerde een tegemoetkoming in de kosten van "
                   "scholing."),
    lid("21", "2", "De belanghebbende verstrekt op verzoek de gegevens over zijn inkomsten."),
    lid("22", None, "Provinciale staten kunnen bij verordening de tegemoetkoming verhogen."),
)


def test_a_division_applied_with_a_list_of_reading_rules_gives_its_tasks_to_the_new_layer() -> None:
    provisions = law(*_DIVISION)
    applying = provisions["artikel 20"]
    assert applying.layers == ["gemeente"]
    task = provisions["artikel 21, eerste lid"]
    assert task.layers == ["gemeente", "provincie"]
    [finding] = [f for f in derived(task) if f.layer == "gemeente"]
    assert finding.derived_from == ["artikel 20"]
    assert finding.trigger.endswith("verstrekken")
    exact(task)


def test_a_division_reading_leaves_private_duties_and_unreplaced_organs_alone() -> None:
    provisions = law(*_DIVISION)
    assert provisions["artikel 21, tweede lid"].layers == []  # the beneficiary's own duty
    # provinciale staten are not replaced by the reading rules: no gemeente task read into artikel 22
    assert provisions["artikel 22"].layers == ["provincie"]


def test_a_division_applied_to_a_national_office_gives_no_co_government_layer() -> None:
    provisions = law(
        lid("30", None, "Deze afdeling is van overeenkomstige toepassing op de Rijksvertegenwoordiger, met dien "
                        "verstande dat wordt gelezen voor:\na. gedeputeerde staten: Onze Minister;\nb. provincie: "
                        "Rijk."),
        lid("31", None, "Gedeputeerde staten verstrekken de gewezen gedeputeerde een tegemoetkoming."),
    )
    assert provisions["artikel 30"].layers == []
    assert provisions["artikel 31"].layers == ["provincie"]


def test_in_de_plaats_treden_van_is_a_reading_rule() -> None:
    provisions = law(
        lid("7", None, "Onze Minister stelt een saneringsprogramma vast."),
        lid("8", None, "Artikel 7 is van overeenkomstige toepassing op wegen in beheer bij de provincie, met dien "
                       "verstande dat gedeputeerde staten in de plaats treden van Onze Minister."),
    )
    carried = provisions["artikel 8"]
    assert carried.layers == ["provincie"]
    [finding] = derived(carried)
    assert finding.derived_from == ["artikel 7"]
    exact(carried)


def test_applicability_with_its_target_before_van_overeenkomstige_toepassing_keeps_the_applied_actor() -> None:
    provisions = law(
        lid("4", None, "Gedeputeerde staten vergaderen zo dikwijls als zij daartoe hebben besloten."),
        lid("5", None, "Artikel 4 is ten aanzien van de commissies van gedeputeerde staten van overeenkomstige "
                       "toepassing."),
    )
    carried = provisions["artikel 5"]
    assert carried.layers == ["provincie"]
    assert derived(carried)[0].derived_from == ["artikel 4"]

