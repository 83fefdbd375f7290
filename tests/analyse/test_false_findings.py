"""Findings the analysis must not make: a co-government that is named but does not act.

Issue 9 (precision): each reading here once gave a layer to a provision in which no organ of that
layer must or may act. Every text is written for these tests in bill-drafting style; each negative
case has a positive twin showing that the true reading still fires.
"""

from __future__ import annotations

from wetscan.analyse import analyse_provisions
from wetscan.model import Provision


def _law(title: str | None, *texts: str, article: str | None = None) -> list[Provision]:
    """One article per text, or (with ``article``) the texts as the leden of one article."""
    if article is not None:
        provisions = [Provision(id=f"artikel {article}, lid {i}", article=article, paragraph=str(i), text=text)
                      for i, text in enumerate(texts, 1)]
    else:
        provisions = [Provision(id=f"artikel {i}", article=str(i), paragraph=None, text=text)
                      for i, text in enumerate(texts, 1)]
    return analyse_provisions(provisions, None, title)


def test_qualification_in_a_later_lid_is_no_act_of_the_earlier_lids_organ() -> None:
    first, second = _law(
        None,
        "Het college stelt de leges voor de aanvraag van een ligplaatsvergunning vast.",
        "Indien de aanvraag bij de havenmeester wordt gedaan, worden de in het eerste lid bedoelde leges "
        "aangemerkt als gemeentelijke belastingen.",
        article="4",
    )
    assert first.layers == ["gemeente"]
    assert second.layers == []


def test_negated_qualification_is_no_prohibition_of_the_organ() -> None:
    first, second = _law(
        None,
        "Het college stelt de leges voor de aanvraag van een ligplaatsvergunning vast.",
        "De leges voor een ligplaats van een reddingsvaartuig worden niet als heffing aangemerkt.",
        article="4",
    )
    assert second.layers == []


def test_actorless_duty_in_a_later_lid_still_takes_the_earlier_lids_organ() -> None:
    _, second = _law(
        None,
        "Het college stelt de leges voor de aanvraag van een ligplaatsvergunning vast.",
        "De leges worden jaarlijks herzien.",
        article="4",
    )
    assert second.layers == ["gemeente"]

