"""Fvw art. 2 and the other toelichting checks, with and without the financial section."""

from __future__ import annotations

from tests.assess.handbuilt_bills import FINANCIAL, GENERAL, Hit, bill, lokale_meldpunten, provision, waterschapswet_mede_namens
from wetscan.assess import assess_bill
from wetscan.model import MemorandumSection


def test_gemeente_tasks_without_financial_section_are_missing() -> None:
    fvw = assess_bill(lokale_meldpunten()).fvw_art2
    assert fvw.required and fvw.status == "missing"
    search = fvw.reasons[-1]
    assert search.rule == "R16" and search.explanation.startswith("Ontbreekt")
    assert "1 gedeelte van de toelichting doorzocht" in search.explanation
    assert {"R01", "R05"} <= {reason.rule for reason in fvw.reasons}


def test_financial_section_is_found_with_its_location_and_funding_route() -> None:
    fvw = assess_bill(lokale_meldpunten(with_financial=True)).fvw_art2
    assert fvw.status == "found"
    search = fvw.reasons[-1]
    assert "‘5. Financiële gevolgen’ (p. 7)" in search.explanation
    assert "gemeentefonds" in search.explanation
    assert search.triggers == ["5. Financiële gevolgen"]


def test_no_toelichting_in_the_file_is_not_checked_and_says_so() -> None:
    meldpunten = lokale_meldpunten()
    meldpunten.memorandum = []
    fvw = assess_bill(meldpunten).fvw_art2
    assert fvw.required and fvw.status == "not_checked"
    assert "bevat geen toelichting" in fvw.reasons[-1].explanation


def test_memorandum_provisions_count_as_toelichting() -> None:
    meldpunten = lokale_meldpunten()
    meldpunten.memorandum = []
    meldpunten.provisions.append(provision("toelichting, paragraaf 4", FINANCIAL.text, part="explanatory_memorandum"))
    meldpunten.provisions[-1].headings = ["4. Financiële gevolgen voor gemeenten"]
    assert assess_bill(meldpunten).fvw_art2.status == "found"


def test_a_section_that_does_not_cover_provincies_is_missing_for_them() -> None:
    both = bill(
        [provision("artikel 1", "Het college draagt zorg voor de opvang.", Hit("R01", "draagt zorg voor")),
         provision("artikel 2", "Gedeputeerde staten stellen een plan vast.",
                   Hit("R04", "stellen een plan vast", layer="provincie", organ="gedeputeerde staten"))],
        memorandum=[MemorandumSection("Financiële gevolgen", "De kosten voor gemeenten worden gedekt uit het gemeentefonds.", 4)],
    )
    fvw = assess_bill(both).fvw_art2
    assert fvw.status == "missing"
    assert fvw.reasons[-1].explanation.startswith("Ontbreekt voor provincie")


def test_financial_paragraph_without_heading_is_found_but_flagged_for_verification() -> None:
    inline = lokale_meldpunten()
    inline.memorandum = [MemorandumSection("Algemeen", "Overig. Financiële gevolgen voor gemeenten: geen, want de taak "
                                                        "wordt binnen bestaande middelen uitgevoerd.", 2)]
    fvw = assess_bill(inline).fvw_art2
    assert fvw.status == "found"
    assert "niet als afzonderlijke paragraaf" in fvw.reasons[-1].explanation


def test_specifieke_uitkering_requires_the_section() -> None:
    money = bill([provision("artikel 1", "Onze Minister verstrekt gemeenten een specifieke uitkering voor de opvang.",
                            Hit("R13", "specifieke uitkering", organ="Onze Minister", kind="money"), norm_type="obligation",
                            layers=[])],
                 memorandum=[GENERAL])
    assessment = assess_bill(money)
    assert assessment.fvw_art2.required and assessment.fvw_art2.status == "missing"
    assert assessment.udo.verdict == "yes"


def test_waterschappen_fall_outside_the_fvw() -> None:
    fvw = assess_bill(waterschapswet_mede_namens()).fvw_art2
    assert not fvw.required and fvw.status == "not_required"
    assert "waterschappen" in fvw.reasons[0].basis


def test_toelichting_checks_report_found_missing_and_location() -> None:
    checks = assess_bill(lokale_meldpunten()).extra["toelichting"]["checks"]
    assert checks["choice_of_layer"]["status"] == "found"
    assert checks["choice_of_layer"]["location"] == "‘1. Inleiding’ (p. 3)"
    assert checks["koepel_view"]["status"] == "found" and "VNG" in checks["koepel_view"]["quote"]
    assert checks["udo_mentioned"]["status"] == "missing"
    assert checks["deviation_justified"]["status"] == "not_required"


def test_toelichting_checks_without_toelichting_are_not_checked() -> None:
    meldpunten = lokale_meldpunten()
    meldpunten.memorandum = []
    toelichting = assess_bill(meldpunten).extra["toelichting"]
    assert not toelichting["present"]
    assert {check["status"] for name, check in toelichting["checks"].items() if name != "deviation_justified"} == {"not_checked"}
