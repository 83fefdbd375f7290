"""Textual amendments applied to a current lid give the consolidated text."""

from __future__ import annotations

import pytest

from wetscan.amend.apply import NotApplicable, apply_textual, volzinnen
from wetscan.amend.operations import Target, read_instructions

LID = ("Het college beslist binnen acht weken na ontvangst van de aanvraag. "
       "Het college kan de termijn eenmaal met vier weken verlengen.")


def consolidated(text: str, instruction: str, context: Target = Target(article="3", lid="1")) -> str:
    for operation in read_instructions(instruction, context):
        text = apply_textual(text, operation)
    return text


def test_replace_words_and_delete_a_volzin():
    assert consolidated(LID, "In het eerste lid wordt «acht weken» vervangen door «vier weken» en vervalt de tweede volzin.") == (
        "Het college beslist binnen vier weken na ontvangst van de aanvraag."
    )


def test_replace_only_the_first_occurrence_unless_telkens():
    assert consolidated(LID, "In artikel 3 wordt «college» vervangen door «dagelijks bestuur».").count("college") == 1
    assert "college" not in consolidated(LID, "In artikel 3 wordt «college» telkens vervangen door «dagelijks bestuur».")


def test_insert_after_words():
    assert consolidated(LID, "In artikel 3 wordt na «aanvraag» ingevoegd «, of binnen zes weken indien de raad dat bepaalt».").startswith(
        "Het college beslist binnen acht weken na ontvangst van de aanvraag, of binnen zes weken indien de raad dat bepaalt."
    )


def test_delete_words_tidies_the_spaces():
    assert consolidated(LID, "In artikel 3 vervalt «na ontvangst van de aanvraag».").startswith("Het college beslist binnen acht weken. ")


def test_words_added_at_the_end_continue_the_last_sentence():
    text = consolidated("Het college beslist op de aanvraag.", "In artikel 3 wordt aan het slot toegevoegd «, binnen vier weken».")
    assert text == "Het college beslist op de aanvraag, binnen vier weken."


def test_replace_inside_an_onderdeel_only():
    text = "Het college verstrekt: a. zes adviezen; b. zes bezoeken."
    assert consolidated(text, "In artikel 3, onderdeel b, wordt «zes» vervangen door «vier».") == (
        "Het college verstrekt: a. zes adviezen; b. vier bezoeken."
    )


def test_words_not_in_the_current_text_say_so():
    with pytest.raises(NotApplicable, match="komt niet voor in de huidige tekst"):
        consolidated(LID, "In artikel 3 wordt «zes weken» vervangen door «vier weken».")


def test_missing_volzin_says_so():
    with pytest.raises(NotApplicable, match="volzin"):
        consolidated(LID, "In artikel 3 vervalt de derde volzin.")


def test_volzinnen():
    assert len(volzinnen(LID)) == 2


def test_replace_and_delete_a_whole_onderdeel():
    from dataclasses import replace

    text = "Het college verstrekt: a. een lening; b. een subsidie; c. een advies."
    [operation] = read_instructions("In artikel 3, onderdeel b, wordt «x» vervangen door «y».")
    onderdeel = replace(operation, action="replaced", unit="onderdeel", edit="replace", new="b. een gift;")
    assert apply_textual(text, onderdeel) == "Het college verstrekt: a. een lening; b. een gift; c. een advies."
    assert apply_textual(text, replace(onderdeel, new="een gift;")) == "Het college verstrekt: a. een lening; b. een gift; c. een advies."
    assert apply_textual(text, replace(onderdeel, edit="delete")) == "Het college verstrekt: a. een lening; c. een advies."
