"""Definitions resolution: ambiguous organ names resolved through the bill's definitions article."""

from __future__ import annotations

from wetscan.model import Definition


def finding_for(provision, rule: str = "R01"):
    return next(f for f in provision.findings if f.rule == rule)


def test_college_resolved_through_definition(analyse) -> None:
    definitions = {"college": Definition("college", "college van gedeputeerde staten", "artikel 1")}
    provision = analyse("Het college stelt een programma vast.", definitions)
    assert provision.layers == ["provincie"]
    finding = finding_for(provision)
    assert "artikel 1" in finding.explanation and finding.confidence > 0.8


def test_college_without_definition_is_gemeente_at_lower_confidence(analyse) -> None:
    provision = analyse("Het college stelt een programma vast.")
    assert provision.layers == ["gemeente"]
    assert finding_for(provision).confidence < 0.7
    assert "controleer dit" in finding_for(provision).explanation


def test_definition_pointing_to_other_body_removes_the_layer(analyse) -> None:
    definitions = {"college": Definition("college", "het college van bestuur van een hogeschool", "artikel 1.1")}
    provision = analyse("Het college stelt een instellingsplan vast.", definitions)
    assert provision.layers == []


def test_defined_alias_for_a_joint_body(analyse) -> None:
    definitions = {"regio": Definition("regio", "veiligheidsregio als bedoeld in artikel 8", "artikel 1")}
    provision = analyse("De regio stelt een risicoprofiel vast.", definitions)
    assert provision.layers == ["gemeente"]


def test_raad_resolved_to_eilandsraad(analyse) -> None:
    definitions = {"raad": Definition("raad", "eilandsraad", "artikel 1")}
    provision = analyse("De raad stelt bij verordening regels over de toewijzing.", definitions)
    assert provision.layers == ["openbaar_lichaam"]
    assert "R18" in {f.rule for f in provision.findings}


def test_short_form_read_in_the_light_of_the_provision(analyse) -> None:
    provision = analyse("Bij de heffing van provinciale belastingen kan in de belastingverordening een kortere termijn worden gesteld.")
    assert provision.layers == ["provincie"]
    assert any("provinciale" in f.organ for f in provision.findings if f.rule == "R02")


def test_defined_term_with_article(analyse) -> None:
    definitions = {"het college": Definition("het college", "het college van gedeputeerde staten", "artikel 1")}
    assert analyse("Het college stelt een programma vast.", definitions).layers == ["provincie"]
