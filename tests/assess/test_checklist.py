"""The coordinator's checklist: five questions in order, answered from the findings, and the toelichting checks."""

from __future__ import annotations

from tests.assess.checklist_bills import CONSULTATIE, INLEIDING, zwerfafval
from tests.assess.handbuilt_bills import Hit, lokale_meldpunten, provision, rijksregister
from tests.review.reports import meldpunt_report
from wetscan import i18n
from wetscan.assess import assess_bill
from wetscan.assess.checklist import build_checklist, checklist_data
from wetscan.assess.rules import load_rules
from wetscan.model import MemorandumSection
from wetscan.report.json_report import build_report, validate_report

ORDER = ["tasks", "finance", "information", "supervision", "border_effects"]


def checklist_of(made, lang: str = "nl") -> dict:
    with i18n.speaking(lang):
        report = build_report(made, assess_bill(made))
    validate_report(report)
    return report["checklist"]


def questions(checklist: dict) -> dict[str, dict]:
    return {question["id"]: question for question in checklist["questions"]}


def test_each_finding_is_listed_under_its_question_in_the_toets_order() -> None:
    checklist = checklist_of(zwerfafval())
    assert [question["id"] for question in checklist["questions"]] == ORDER
    asked = questions(checklist)
    assert [(i["provision"], i["rule"]) for i in asked["tasks"]["items"]] == [
        ("artikel 2, eerste lid", "R01"), ("artikel 2, tweede lid", "R02")]
    assert asked["tasks"]["rules"] == ["R01", "R02"] and asked["tasks"]["layers"] == ["gemeente", "provincie"]
    assert asked["finance"]["provisions"] == ["artikel 6"] and asked["finance"]["rules"] == ["R13"]
    assert asked["information"]["provisions"] == ["artikel 3"] and asked["information"]["rules"] == ["R05"]
    assert asked["supervision"]["provisions"] == ["artikel 4"] and asked["supervision"]["rules"] == ["R12"]
    assert asked["border_effects"]["provisions"] == ["artikel 5"] and asked["border_effects"]["rules"] == ["R07"]
    assert all(question["status"] == "found" and question["advice"] is None for question in asked.values())
    item = asked["supervision"]["items"][0]
    assert item["trigger"] == "een aanwijzing geven" and item["organ"] == "Onze Minister"
    text = zwerfafval().provisions[4].text
    assert text[item["start"]:item["end"]] == item["trigger"]


def test_tasks_are_grouped_per_layer() -> None:
    made = zwerfafval()
    made.provisions[1], made.provisions[2] = made.provisions[2], made.provisions[1]  # the provincie power first
    tasks = questions(checklist_of(made))["tasks"]
    assert [item["layer"] for item in tasks["items"]] == ["gemeente", "provincie"]


def test_information_says_to_whom_and_how_often() -> None:
    item = questions(checklist_of(zwerfafval()))["information"]["items"][0]
    assert item["to_whom"] == ["aan Onze Minister"]
    assert item["how_often"] == ["jaarlijks", "voor 1 april"]


def test_an_unanswered_question_says_nothing_was_found() -> None:
    asked = questions(checklist_of(lokale_meldpunten()))
    supervision = asked["supervision"]
    assert supervision["status"] == "nothing_found" and supervision["items"] == []
    assert "generieke toezicht" in supervision["advice"]
    assert asked["border_effects"]["status"] == "nothing_found"
    with i18n.speaking("en"):
        assert "generic regime" in build_checklist(build_report(lokale_meldpunten(), assess_bill(lokale_meldpunten())))[
            "questions"][3]["advice"]


def test_titles_are_dutch_by_default_and_english_on_request() -> None:
    dutch = [question["title"] for question in checklist_of(zwerfafval())["questions"]]
    english = [question["title"] for question in checklist_of(zwerfafval(), "en")["questions"]]
    assert dutch[0].startswith("Taakverdeling") and dutch[1:] == [
        "Financiële regeling", "Informatievoorziening", "Toezicht", "Grenseffecten"]
    assert english[0] == "Division of tasks, responsibilities and powers" and english[3] == "Supervision"


def test_the_financial_question_shows_the_fvw_section_and_the_funding_route() -> None:
    checks = {check["id"]: check for check in questions(checklist_of(zwerfafval()))["finance"]["checks"]}
    assert list(checks) == ["fvw_art2", "financial_section", "funding_route"]  # no BES task: no BES check
    assert checks["fvw_art2"]["status"] == "found" and "5. Financiële gevolgen" in checks["fvw_art2"]["explanation"]
    assert checks["financial_section"]["location"] == "‘5. Financiële gevolgen’ (p. 8)"
    assert checks["funding_route"]["status"] == "found" and "specifieke uitkering" in checks["funding_route"]["quote"]


def test_the_financial_section_is_asked_for_even_when_nothing_is_found() -> None:
    finance = questions(checklist_of(rijksregister()))["finance"]
    assert finance["status"] == "nothing_found" and "ook als er geen zijn" in finance["advice"]
    assert [check["status"] for check in finance["checks"]] == ["not_required", "not_checked", "not_checked"]


def test_financial_words_in_the_running_text_are_no_separate_section() -> None:
    running = MemorandumSection("1. Inleiding", "De financiële gevolgen voor gemeenten zijn beperkt en worden "
                                "gedekt uit het gemeentefonds.", page=2)
    checks = {check["id"]: check for check in questions(checklist_of(zwerfafval([running])))["finance"]["checks"]}
    assert checks["financial_section"]["status"] == "missing" and checks["funding_route"]["status"] == "missing"


def test_toelichting_checks_found_with_their_place() -> None:
    toelichting = {check["id"]: check for check in checklist_of(zwerfafval())["toelichting"]}
    assert list(toelichting) == ["choice_of_layer", "koepel_view", "udo_mentioned", "consultation_reported",
                                 "deviation_justified"]
    assert toelichting["choice_of_layer"]["status"] == "found"
    assert toelichting["koepel_view"]["location"] == "‘6. Advies en consultatie’ (p. 9)"
    assert toelichting["udo_mentioned"]["status"] == "found"
    assert toelichting["consultation_reported"]["status"] == "found"
    assert "internetconsultatie" in toelichting["consultation_reported"]["quote"]
    assert toelichting["consultation_reported"]["label"] == "Verslag van de consultatie opgenomen"
    assert toelichting["deviation_justified"]["status"] == "not_required"


def test_toelichting_checks_missing_and_not_checked() -> None:
    missing = {check["id"]: check["status"] for check in checklist_of(zwerfafval([INLEIDING]))["toelichting"]}
    assert missing["consultation_reported"] == "missing" and missing["koepel_view"] == "missing"
    assert missing["udo_mentioned"] == "missing" and missing["choice_of_layer"] == "found"
    none = {check["id"]: check["status"] for check in checklist_of(zwerfafval([]))["toelichting"]}
    assert {status for name, status in none.items() if name != "deviation_justified"} == {"not_checked"}
    consulted = {check["id"]: check["status"] for check in checklist_of(zwerfafval([CONSULTATIE]))["toelichting"]}
    assert consulted["consultation_reported"] == "found" and consulted["choice_of_layer"] == "missing"


def test_a_stored_report_without_checklist_gets_one_from_its_data() -> None:
    report = meldpunt_report()
    assert "checklist" not in report
    asked = questions(build_checklist(report))
    assert asked["tasks"]["provisions"] == ["artikel 2, eerste lid"]
    assert asked["border_effects"]["rules"] == ["R08"] and asked["supervision"]["rules"] == ["R12"]
    validate_report({**report, "checklist": build_checklist(report)})


def test_a_document_not_assessed_has_no_checklist() -> None:
    made = zwerfafval()
    report = build_report(made, None)
    assert "checklist" not in report and build_checklist(report) is None


def test_the_checklist_data_names_known_rules_and_checks() -> None:
    data = checklist_data()
    known = set(load_rules().rules)
    for question in data["questions"]:
        assert set(question["rules"]) <= known, question["id"]
    made = assess_bill(zwerfafval()).extra["toelichting"]["checks"]
    assert set(data["toelichting_order"]) <= set(made)


def test_an_amended_provision_says_how_it_changes() -> None:
    made = zwerfafval()
    made.provisions[1].amends, made.provisions[1].change = "Wet milieubeheer", "widened"
    made.provisions[2].change = "new"  # a provision of the bill itself: every one is new, not said
    tasks = questions(checklist_of(made))["tasks"]["items"]
    assert tasks[0]["change"] == "widened" and "change" not in tasks[1]


def test_a_bes_task_adds_the_bes_financial_check() -> None:
    made = zwerfafval()
    made.provisions.append(provision("artikel 8", "Het bestuurscollege stelt een register van zwerfafval in.",
                                     Hit("R18", "Het bestuurscollege", layer="openbaar_lichaam", organ="bestuurscollege")))
    asked = questions(checklist_of(made))
    assert [check["id"] for check in asked["finance"]["checks"]][:2] == ["fvw_art2", "bes_financial"]
    assert asked["tasks"]["layers"] == ["gemeente", "provincie", "openbaar_lichaam"]
