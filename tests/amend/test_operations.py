"""Every wording of an amendment instruction (Ar 6.9-6.23) read into its typed operation."""

from __future__ import annotations

import pytest

from wetscan.amend.operations import Target, is_reference_only, read_instruction, read_instructions

LAW = Target(law="Wet lokale energieloketten")


def one(text: str, context: Target = LAW):
    operations = read_instructions(text, context)
    assert len(operations) == 1, operations
    return operations[0]


@pytest.mark.parametrize(
    ("text", "action", "unit", "article", "lid"),
    [
        ("Na artikel 4 wordt een artikel ingevoegd, luidende:", "inserted", "article", "4", None),
        ("Aan artikel 5 wordt een lid toegevoegd, luidende:", "inserted", "lid", "5", None),
        ("In artikel 1 wordt in de alfabetische volgorde een begripsbepaling ingevoegd, luidende:", "inserted", "onderdeel", "1", None),
        ("Na hoofdstuk 2 wordt een hoofdstuk ingevoegd, luidende:", "inserted", "article", None, None),
        ("Artikel 3 komt te luiden:", "replaced", "article", "3", None),
        ("Artikel 3, tweede lid, komt te luiden:", "replaced", "lid", "3", "2"),
        ("Het tweede lid wordt vervangen door:", "replaced", "lid", None, "2"),
        ("Artikel 7 vervalt.", "repealed", "article", "7", None),
        ("Artikel 7, tweede lid, vervalt.", "repealed", "lid", "7", "2"),
        ("In artikel 3 vervalt het tweede lid.", "repealed", "lid", "3", "2"),
        ("Het vierde lid wordt vernummerd tot derde lid.", "renumbered", "lid", None, "4"),
    ],
)
def test_unit_instructions(text, action, unit, article, lid):
    operation = one(text)
    assert (operation.action, operation.unit, operation.target.article, operation.target.lid) == (action, unit, article, lid)
    assert operation.target.law == "Wet lokale energieloketten"


def test_onderdeel_repealed():
    operation = one("In artikel 9, tweede lid, vervalt onderdeel c.")
    assert (operation.action, operation.target.unit, operation.target.onderdeel) == ("repealed", "onderdeel", "c")


def test_law_withdrawn():
    operation = one("De Wet lokale energieloketten wordt ingetrokken.")
    assert (operation.action, operation.unit) == ("repealed", "law")


def test_word_replacement():
    operation = one("In artikel 3, eerste lid, wordt «acht weken» vervangen door «vier weken».")
    assert (operation.action, operation.edit, operation.old, operation.new) == ("textual", "replace", "acht weken", "vier weken")
    assert operation.target.cite() == "artikel 3, eerste lid"


def test_word_replacement_every_occurrence_and_in_an_onderdeel():
    operation = one("In artikel 9, tweede lid, onderdeel b, wordt «gemeente» telkens vervangen door «provincie».")
    assert operation.each and operation.target.onderdeel == "b" and operation.old == "gemeente"


def test_word_insertion_after_and_at_the_end():
    after = one("In artikel 2, tweede lid, wordt na «college» ingevoegd «, na overleg met de raad,».")
    assert (after.edit, after.position, after.anchor, after.new) == ("insert", "after", "college", ", na overleg met de raad,")
    end = one("In artikel 5, eerste lid, wordt aan het slot toegevoegd «, binnen vier weken».")
    assert (end.edit, end.position, end.new) == ("insert", "end", ", binnen vier weken")


def test_word_deletion():
    operation = one("In artikel 2 vervalt «jaarlijks».")
    assert (operation.action, operation.edit, operation.old) == ("textual", "delete", "jaarlijks")


def test_volzin_added_and_replaced_are_textual():
    added = one("Aan artikel 5, eerste lid, wordt een volzin toegevoegd, luidende:")
    assert (added.action, added.unit, added.edit, added.position) == ("textual", "volzin", "insert", "end")
    replaced = one("De tweede volzin van artikel 4 komt te luiden: «Het college beslist.»")
    assert (replaced.action, replaced.unit, replaced.target.volzin, replaced.new) == ("textual", "volzin", 2, "Het college beslist.")


def test_multi_part_instruction_keeps_its_lid():
    first, second = read_instructions(
        "In het eerste lid wordt «acht weken» vervangen door «vier weken» en vervalt de tweede volzin.",
        Target(article="3"),
    )
    assert (first.action, first.edit, first.target.article, first.target.lid) == ("textual", "replace", "3", "1")
    assert (second.action, second.unit, second.edit, second.target.lid, second.target.volzin) == ("textual", "volzin", "delete", "1", 2)


def test_multi_part_instruction_naming_another_lid():
    first, second = read_instruction("In artikel 3, eerste lid, wordt «kan» vervangen door «draagt zorg voor» en vervalt het derde lid.")
    assert (first.action, first.target.lid) == ("textual", "1")
    assert (second.action, second.target.article, second.target.lid) == ("repealed", "3", "3")


def test_lead_gives_its_article_to_numbered_instructions():
    operations = read_instructions(
        "Artikel 5 wordt als volgt gewijzigd: 1. In het eerste lid wordt «kan» vervangen door «draagt zorg voor». "
        "2. Het derde lid vervalt."
    )
    assert [(op.action, op.target.article, op.target.lid) for op in operations] == [("textual", "5", "1"), ("repealed", "5", "3")]


def test_renumbering_with_an_insertion():
    renumber, insert = read_instruction(
        "Onder vernummering van het derde lid tot vierde lid wordt na het tweede lid een lid ingevoegd, luidende:",
        Target(article="6"),
    )
    assert (renumber.action, renumber.target.lid, renumber.renumbered_to) == ("renumbered", "3", "vierde lid")
    assert (insert.action, insert.unit, insert.target.lid) == ("inserted", "lid", "2")


def test_reference_only_replacement_is_editorial():
    assert is_reference_only(one("In artikel 5 wordt «artikel 3, tweede lid» vervangen door «artikel 3a»."))
    assert not is_reference_only(one("In artikel 5 wordt «kan» vervangen door «draagt zorg voor»."))


def test_quoted_words_do_not_name_the_target():
    operation = one("In artikel 6 wordt «artikel 4» vervangen door «artikel 4a».")
    assert operation.target.article == "6"


def test_operation_for_the_report():
    data = one("In artikel 3, eerste lid, wordt «acht weken» vervangen door «vier weken».").as_dict()
    assert data["action"] == "textual" and data["target"]["lid"] == "1" and data["old"] == "acht weken"


def test_replacement_with_a_date_between_and_unquoted_new_words():
    operation = one("In artikel 9 wordt «de artikelen 2, 8 en 10» met ingang van 1 januari 2027 vervangen door: de artikelen 2 en 8.")
    assert (operation.action, operation.old, operation.new) == ("textual", "de artikelen 2, 8 en 10", "de artikelen 2 en 8")


def test_references_after_the_verb_do_not_name_the_target():
    operation = one("Artikel 12 vervalt met ingang van de dag waarop artikel 5, tweede lid, in werking treedt.")
    assert (operation.action, operation.target.article, operation.target.lid) == ("repealed", "12", None)


def test_division_repealed():
    operation = one("Hoofdstuk 3 vervalt.")
    assert (operation.action, operation.unit, operation.target.division) == ("repealed", "division", "hoofdstuk 3")


def test_words_after_a_colon_are_the_new_words():
    after = one("In artikel 1, onderdeel a, wordt na «energieloket» ingevoegd: of een vergelijkbare voorziening.")
    assert (after.edit, after.anchor, after.new) == ("insert", "energieloket", "of een vergelijkbare voorziening")
    end = one("Aan het slot van artikel 1, onder 4e, wordt toegevoegd de zinsnede: of een vergelijkbare voorziening.")
    assert (end.action, end.edit, end.position, end.new, end.target.onderdeel) == (
        "textual", "insert", "end", "of een vergelijkbare voorziening", "4e")
