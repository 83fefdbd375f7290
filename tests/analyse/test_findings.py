"""Findings: rule ids, spans into the provision text, explanations, confidences; bills and amendments."""

from __future__ import annotations

import pytest

from tests.analyse.conftest import rules
from wetscan.analyse import analyse_bill, analyse_texts
from wetscan.model import NORM_TYPES, Bill, Definition, Document, Provision

TEXTS = [
    "1. Het college draagt zorg voor een lokaal meldpunt voor huiselijk geweld.",
    "2. Het college verstrekt jaarlijks voor 1 april gegevens aan Onze Minister.",
    "Gedeputeerde staten stellen elke vier jaar een regionaal programma vast.",
    "Onze Minister verstrekt gemeenten een specifieke uitkering voor de opvang.",
    "Het college hanteert geen andere voorwaarden dan die bij deze wet zijn gesteld.",
    "Deze bevoegdheid berust voortaan bij Onze Minister in plaats van bij het college.",
    "De raden van de gemeenten treffen een gemeenschappelijke regeling.\nDe regeling voorziet in een bestuur.",
]


def test_every_trigger_is_the_text_at_its_span() -> None:
    for provision in analyse_texts(TEXTS):
        assert provision.findings, provision.text
        for finding in provision.findings:
            assert provision.text[finding.start : finding.end] == finding.trigger
            assert finding.explanation and 0 < finding.confidence <= 1
            assert finding.rule.startswith("R")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TEXTS[1], {"R01", "R05", "R06"}),
        (TEXTS[2], {"R01", "R04"}),
        (TEXTS[3], {"R13", "R20"}),
        (TEXTS[4], {"R14"}),
        (TEXTS[5], {"R15"}),
    ],
)
def test_rules_fire(analyse, text: str, expected: set[str]) -> None:
    assert expected <= rules(analyse(text))


def test_layers_only_for_tasks_and_powers(analyse) -> None:
    assert analyse(TEXTS[3]).layers == []  # gemeenten receive money: no task
    assert analyse(TEXTS[0]).layers == ["gemeente"]


def _bill(provisions: list[Provision], definitions: dict[str, Definition] | None = None) -> Bill:
    document = Document(path="wet.txt", sha256="0" * 64, format="txt", blocks=[])
    return Bill(source=document, title="Wet lokale opvang", provisions=provisions, definitions=definitions or {})


def test_analyse_bill_skips_the_memorandum_and_uses_definitions() -> None:
    bill = _bill(
        [
            Provision(id="artikel 2", article="2", paragraph=None, text="Het college stelt een plan vast."),
            Provision(
                id="toelichting", article="", paragraph=None, text="Het college stelt een plan vast.",
                part="explanatory_memorandum",
            ),
        ],
        {"college": Definition("college", "college van gedeputeerde staten", "artikel 1")},
    )
    analyse_bill(bill)
    assert bill.provisions[0].layers == ["provincie"] and bill.provisions[0].norm_type == "obligation"
    assert bill.provisions[1].norm_type is None and bill.provisions[1].findings == []


def test_text_replacement_that_turns_a_power_into_a_duty() -> None:
    text = "In artikel 5, eerste lid, van de Wet lokale opvang wordt «kan het college» vervangen door «draagt het college zorg voor»."
    provision = Provision(id="artikel I, onderdeel A", article="I", paragraph=None, text=text, kind="amendment",
                          amends="Wet lokale opvang")
    analyse_bill(_bill([provision]))
    assert provision.norm_type == "amendment"
    assert provision.layers == ["gemeente"]
    task = next(f for f in provision.findings if f.rule == "R01")
    assert text[task.start : task.end] == task.trigger == "draagt het college zorg"


def test_quoted_new_law_is_analysed_like_any_provision() -> None:
    provision = Provision(id="artikel I, onderdeel B, artikel 2.8", article="2.8", paragraph="1",
                          text="1. De colleges werken in regionaal verband samen bij de inkoop van jeugdhulp.",
                          amends="Jeugdwet")
    analyse_bill(_bill([provision]))
    assert provision.mandatory_cooperation and provision.layers == ["gemeente"]


def test_cosignature_marker_in_the_aanhef() -> None:
    from wetscan.analyse import cosignature_findings

    preamble = ("Op de voordracht van Onze Minister van Infrastructuur en Waterstaat, mede namens Onze Minister van\n"
                "Binnenlandse Zaken en Koninkrijksrelaties, gedaan op 3 maart;")
    (finding,) = cosignature_findings(preamble)
    assert finding.rule == "R17" and preamble[finding.start : finding.end] == finding.trigger
    assert cosignature_findings("Op de voordracht van Onze Minister van Financiën;") == []


@pytest.mark.parametrize(
    ("phrase", "cosigned"),
    [
        ("mede namens Onze Minister van Binnenlandse Zaken en Koninkrijksrelaties", True),
        ("mede namens de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties", True),
        ("mede namens Onze Minister voor Volkshuisvesting en van Binnenlandse Zaken", True),
        ("mede namens de Minister van Binnenlandse Zaken", True),
        ("mede namens Onze Minister van BZK", True),
        ("mede namens Onze Minister van Financiën", False),
        ("in overeenstemming met Onze Minister van Binnenlandse Zaken en Koninkrijksrelaties", False),
    ],
)
def test_one_cosignature_pattern_for_r17_and_the_verdict(phrase: str, cosigned: bool) -> None:
    """The R17 finding and the assessment's "already co-signed" check read the same patterns."""
    from wetscan.analyse import cosignature_findings
    from wetscan.assess.rules import load_rules

    preamble = f"Op de voordracht van Onze Minister van Infrastructuur en Waterstaat, {phrase}, gedaan op 3 maart;"
    assert bool(cosignature_findings(preamble)) is cosigned
    assert any(p.search(preamble) for p in load_rules().cosigned_patterns) is cosigned


def test_text_replacement_that_moves_a_task_to_the_minister() -> None:
    text = "In artikel 7 wordt «het college» vervangen door «Onze Minister»."
    provision = Provision(id="artikel I, onderdeel C", article="I", paragraph=None, text=text, kind="amendment")
    analyse_bill(_bill([provision]))
    moved = next(f for f in provision.findings if f.rule == "R15")
    assert moved.layer == "gemeente" and text[moved.start : moved.end] == "Onze Minister"


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", ".", "1.", "a.", "«»", "Indien", "Het college", "kan", "door het college",
     "Het college draagt zorg voor:\r\na. een plan;\r\nb. een verslag.", "In artikel 5 wordt «kan» vervangen door «»."],
)
def test_odd_texts_give_a_result(text: str) -> None:
    (provision,) = analyse_texts([text])
    assert provision.norm_type in NORM_TYPES
    assert all(text[f.start : f.end] == f.trigger for f in provision.findings)


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("Het college stelt elke vier jaar een regionaal expertiseplan vast.", True),
        ("Gedeputeerde staten stellen een uitvoeringsprogramma vast.", True),
        ("Het college stelt de aanplant van bomen vast.", False),
    ],
)
def test_compounds_are_read_as_their_head(text: str, plan: bool) -> None:
    """A Dutch compound is read as its last part: an "expertiseplan" is a plan (R04)."""
    (provision,) = analyse_texts([text])
    assert ("R04" in {f.rule for f in provision.findings}) is plan
