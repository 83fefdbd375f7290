"""Whose body is it: a joint body's organs take the layers of the participants the law names.

Every law here is invented for the test, in Dutch bill style.
"""

from __future__ import annotations

from tests.analyse.context.laws import exact, law, lid

OPENING = ("De raden en de colleges van burgemeester en wethouders van twee of meer gemeenten kunnen, ieder voor "
           "zover zij voor de eigen gemeente bevoegd zijn, met provinciale staten en gedeputeerde staten van een of "
           "meer provincies een gemeenschappelijke regeling treffen ter behartiging van het beheer van natuurgebieden.")


def _regeling(*provisions):
    return law(
        lid("1", "1", OPENING),
        lid("2", "1", "Bij de regeling kan een openbaar lichaam worden ingesteld. Het openbaar lichaam is rechtspersoon."),
        lid("2", "2", "Het bestuur van het openbaar lichaam bestaat uit een algemeen bestuur, een dagelijks bestuur en "
                      "een voorzitter."),
        lid("3", "1", "Het algemeen bestuur stelt een reglement van orde voor zijn vergaderingen vast."),
        lid("3", "2", "De vergaderingen van het algemeen bestuur zijn openbaar."),
        lid("3", "3", "Het algemeen bestuur kan commissies van advies instellen."),
        *provisions,
    )


def test_the_organs_of_a_joint_body_take_the_layers_of_the_participants_the_opening_article_names() -> None:
    provisions = _regeling(
        lid("4", "1", "De voorzitter vertegenwoordigt het openbaar lichaam in en buiten rechte."),
        lid("4", "2", "De voorzitter kan de vertegenwoordiging opdragen aan een door hem aan te wijzen persoon."),
        lid("5", None, "Het dagelijks bestuur zendt de begroting binnen twee weken na de vaststelling aan Onze Minister."),
    )
    for provision in ("artikel 4, eerste lid", "artikel 4, tweede lid", "artikel 5"):
        assert provisions[provision].layers == ["gemeente", "provincie"], provision
        exact(provisions[provision])
    explanation = next(f for f in provisions["artikel 4, tweede lid"].findings if f.layer == "provincie").explanation
    assert "artikel 1, eerste lid" in explanation


def test_a_provinciale_verordening_named_in_the_provision_does_not_make_the_joint_body_provincial() -> None:
    provisions = law(
        lid("1", "1", "De algemene besturen en de dagelijkse besturen van twee of meer waterschappen kunnen, ieder voor "
                      "zover zij voor het eigen waterschap bevoegd zijn, een gemeenschappelijke regeling treffen."),
        lid("2", None, "Bij de regeling kan een openbaar lichaam worden ingesteld."),
        lid("3", None, "Wanneer het algemeen bestuur van het openbaar lichaam de door een provinciale verordening "
                       "gevorderde beslissingen niet neemt, voorziet het dagelijks bestuur daarin."),
    )
    assert provisions["artikel 3"].layers == ["waterschap"]


def test_a_later_opening_article_with_other_participants_takes_over() -> None:
    provisions = _regeling(
        lid("10", "1", "Provinciale staten en gedeputeerde staten van een of meer provincies kunnen, ieder voor zover zij "
                       "voor de eigen provincie bevoegd zijn, met de algemene besturen en de dagelijkse besturen van een "
                       "of meer waterschappen een gemeenschappelijke regeling treffen."),
        lid("11", None, "Bij de regeling kan een openbaar lichaam worden ingesteld."),
        lid("12", "1", "De voorzitter vertegenwoordigt het openbaar lichaam in en buiten rechte."),
        lid("12", "2", "De voorzitter kan de vertegenwoordiging opdragen aan een door hem aan te wijzen persoon."),
    )
    assert provisions["artikel 12, tweede lid"].layers == ["provincie", "waterschap"]


def test_a_regeling_another_organ_imposes_names_no_participants() -> None:
    """Gedeputeerde staten designate gemeenten "waarvan de besturen een gemeenschappelijke regeling treffen": the
    relative clause is what the designation is about; it opens no regeling whose bodies the law then regulates."""
    provisions = law(
        lid("1", None, "Gedeputeerde staten kunnen, indien een zwaarwegend openbaar belang dat vereist, gemeenten "
                       "aanwijzen waarvan de besturen een gemeenschappelijke regeling treffen."),
        lid("2", None, "Bij de regeling wordt een openbaar lichaam ingesteld."),
        lid("3", None, "De voorzitter kan de vertegenwoordiging opdragen aan een door hem aan te wijzen persoon."),
    )
    assert provisions["artikel 3"].layers == []



def test_a_restriction_on_a_joint_body_binds_every_participants_layer() -> None:
    provisions = _regeling(
        lid("6", None, "Het algemeen bestuur kan in ieder geval niet overdragen de bevoegdheid tot het vaststellen van "
                       "de begroting."),
    )
    restriction = provisions["artikel 6"]
    assert restriction.layers == ["gemeente", "provincie"]
    assert {f.layer for f in restriction.findings if f.rule == "R14"} == {"gemeente", "provincie"}
