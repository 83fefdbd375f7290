"""Bill-level verdicts from hand-built findings: UDO, co-signature, layers, cooperation, review notes."""

from __future__ import annotations

from tests.assess.handbuilt_bills import (
    Hit,
    bevoegdheden_burgemeester,
    bill,
    jeugdwet_regional,
    lokale_meldpunten,
    provision,
    rijksregister,
    waterschapswet_mede_namens,
)
from wetscan.assess import assess_bill


def test_mandatory_regional_cooperation_is_udo_yes_and_cosignature_yes() -> None:
    assessment = assess_bill(jeugdwet_regional())
    assert assessment.udo.verdict == "yes" and assessment.udo.recommended
    assert assessment.cosignature.verdict == "yes" and assessment.cosignature.recommended
    assert assessment.mandatory_cooperation
    assert assessment.layers == ["gemeente"]
    departure = assessment.extra["cosignature_grounds"]["departure"]
    assert departure["found"] and departure["rules"] == ["R08", "R09"]
    r08 = next(r for r in assessment.cosignature.reasons if r.rule == "R08")
    assert r08.provisions == ["artikel I, onderdeel A, artikel 2.8, eerste lid"]
    assert r08.triggers == ["werkt met de colleges van andere gemeenten in regionaal verband samen"]
    assert "Jeugdwet art. 2.8" in r08.basis
    assert assessment.extra["cooperation"]["provisions"] == [
        "artikel I, onderdeel A, artikel 2.8, eerste lid",
        "artikel I, onderdeel A, artikel 2.8, tweede lid",
    ]


def test_only_powers_make_udo_possible() -> None:
    assessment = assess_bill(bevoegdheden_burgemeester())
    assert assessment.udo.verdict == "possible" and not assessment.udo.recommended
    assert assessment.cosignature.verdict == "no"
    counts = assessment.extra["layer_counts"]
    assert counts == [{"layer": "gemeente", "obligations": 0, "powers": 2, "cooperation": 0,
                       "provisions": ["artikel 1", "artikel 2"]}]


def test_no_co_government_is_no_and_no() -> None:
    assessment = assess_bill(rijksregister())
    assert (assessment.udo.verdict, assessment.cosignature.verdict) == ("no", "no")
    assert assessment.udo.score == 0.0 and assessment.udo.reasons == []
    assert assessment.layers == [] and not assessment.mandatory_cooperation
    assert assessment.fvw_art2.status == "not_required"


def test_mede_namens_bzk_makes_cosignature_already() -> None:
    assessment = assess_bill(waterschapswet_mede_namens())
    assert assessment.cosignature.verdict == "already" and assessment.cosignature.recommended
    first = assessment.cosignature.reasons[0]
    assert first.rule == "R17" and "mede namens Onze Minister van Binnenlandse Zaken" in first.triggers[0]
    assert assessment.layers == ["waterschap"]
    # Ar 5.24 does not cover waterschappen: the supervision signal alone would only be "possible".
    without_preamble = waterschapswet_mede_namens()
    without_preamble.preamble = None
    assert assess_bill(without_preamble).cosignature.verdict == "possible"


def test_in_overeenstemming_met_is_not_cosignature() -> None:
    regional = jeugdwet_regional()
    regional.preamble = "Op de voordracht van Onze Minister van VWS, in overeenstemming met Onze Minister van " \
                        "Binnenlandse Zaken en Koninkrijksrelaties;"
    assessment = assess_bill(regional)
    assert assessment.cosignature.verdict == "yes"
    topics = [note["topic"] for note in assessment.extra["review_notes"]]
    assert "in_overeenstemming_met" in topics


def test_low_confidence_or_unresolved_addressee_gives_possible_and_a_review_note() -> None:
    unsure = bill([provision("artikel 1", "Het college draagt zorg voor de opvang.",
                             Hit("R01", "draagt zorg voor", confidence=0.3))])
    assert assess_bill(unsure).udo.verdict == "possible"
    unresolved = bill([provision("artikel 1", "Het bestuur draagt zorg voor de opvang.",
                                 Hit("R01", "draagt zorg voor", layer=None, organ="het bestuur"))])
    assessment = assess_bill(unresolved)
    assert assessment.udo.verdict == "possible"
    assert assessment.udo.reasons[0].explanation.startswith("Onzeker")
    notes = {note["topic"]: note for note in assessment.extra["review_notes"]}
    assert notes["ambiguous_addressee"]["provisions"] == ["artikel 1"]


def test_bes_task_is_udo_possible_with_the_bes_financial_check() -> None:
    bes = bill([provision("artikel 1", "Het bestuurscollege stelt een register in.",
                          Hit("R01", "stelt een register in", layer="openbaar_lichaam", organ="bestuurscollege"),
                          Hit("R18", "Het bestuurscollege", layer="openbaar_lichaam", organ="bestuurscollege"))])
    assessment = assess_bill(bes)
    assert assessment.udo.verdict == "possible"
    assert assessment.fvw_art2.status == "not_required"
    assert assessment.extra["bes_financial"]["required"]
    assert assessment.extra["bes_financial"]["status"] == "not_checked"
    # R01 on the verb and R18 on the organ of the same provision count as one obligation.
    assert assessment.extra["layer_counts"][0]["obligations"] == 1


def test_cdk_findings_ask_for_a_role_check() -> None:
    cdk = bill([provision("artikel 1", "De commissaris van de Koning stelt de verdeling vast.",
                          Hit("R01", "stelt de verdeling vast", layer="provincie", organ="commissaris van de Koning"))])
    topics = [note["topic"] for note in assess_bill(cdk).extra["review_notes"]]
    assert topics[0] == "cdk_role"


def test_large_impact_heuristic_is_labelled_and_gives_possible() -> None:
    heavy = bill([
        provision("artikel 1", "De raad stelt bij verordening regels over de hoogte van de bijdrage.",
                  Hit("R03", "stelt bij verordening regels", organ="gemeenteraad")),
        provision("artikel 2", "Het college stelt elke vier jaar een plan vast.", Hit("R04", "stelt elke vier jaar een plan vast")),
        provision("artikel 3", "Het college draagt zorg voor de uitvoering.", Hit("R01", "draagt zorg voor")),
    ])
    assessment = assess_bill(heavy)
    assert assessment.cosignature.verdict == "possible"
    impact = assessment.extra["cosignature_grounds"]["large_impact"]
    assert impact["heuristic"] and impact["found"]
    assert impact["criteria"]["distinct_strong_rules"] == ["R01", "R03", "R04"]
    assert assessment.cosignature.reasons[-1].rule == "heuristic:large_impact"
    assert "Heuristiek" in assessment.cosignature.reasons[-1].explanation
    assert not assessment.extra["cosignature_grounds"]["departure"]["found"]


def test_scores_lie_in_unit_interval_and_grow_with_evidence() -> None:
    small = assess_bill(lokale_meldpunten())
    large = assess_bill(jeugdwet_regional())
    for assessment in (small, large):
        for verdict in (assessment.udo, assessment.cosignature):
            assert 0.0 <= verdict.score <= 1.0
    assert large.udo.score > small.udo.score > 0


def test_memorandum_provisions_put_no_task_on_anyone() -> None:
    mvt = bill([provision("toelichting 1", "Het college draagt zorg voor een meldpunt.", Hit("R01", "draagt zorg voor"),
                          part="explanatory_memorandum")])
    assessment = assess_bill(mvt)
    assert assessment.udo.verdict == "no" and assessment.layers == []


def test_deadline_only_adds_weight_to_a_raised_flag() -> None:
    with_deadline = assess_bill(lokale_meldpunten())
    assert any(reason.rule == "R06" and reason.explanation.startswith("Weegt mee") for reason in with_deadline.udo.reasons)
    alone = bill([provision("artikel 1", "Binnen zes weken wordt besloten.", Hit("R06", "Binnen zes weken", kind="deadline"))])
    assert assess_bill(alone).udo.score == 0.0


def test_coordination_and_compulsory_joint_body_duties_are_departures_for_cosignature() -> None:
    """R21 (afstemmen with other co-governments) and R22 (a compulsory joint body) feed the co-signature verdict."""
    for rule, text, trigger in (
        ("R21", "Het college stemt het programma af met de aangrenzende gemeenten.", "stemt het programma af met"),
        ("R22", "Het college draagt de controles op aan de omgevingsdienst.", "omgevingsdienst"),
    ):
        hits = (Hit("R01", "college"), Hit(rule, trigger, kind="cooperation"))
        assessment = assess_bill(bill([provision("artikel 1", text, *hits, cooperation=True)]))
        assert assessment.cosignature.verdict == "yes", rule
        assert rule in assessment.extra["cosignature_grounds"]["departure"]["rules"]
        assert assessment.mandatory_cooperation
