"""The combined reader reads only the provisions where it can add a co-government's task or power."""

from __future__ import annotations

import pytest

from wetscan.learned.combine import ReaderSettings, apply_reader
from wetscan.learned.gate import worth_reading
from wetscan.learned.reader import Reading
from wetscan.model import LAYERS, Bill, Document, Provision


@pytest.mark.parametrize("text", [
    "Gedeputeerde staten stellen elke vier jaar een programma vast.",
    "Het dagelijks bestuur van het waterschap houdt een legger bij.",
    "Onze Minister en de colleges van burgemeester en wethouders werken samen bij de uitvoering.",
    "De veiligheidsregio draagt zorg voor de rampenbestrijding.",
    "Een gemeente verstrekt op verzoek een verklaring.",
])
def test_a_provision_naming_a_co_government_is_read(text):
    assert worth_reading(text)


@pytest.mark.parametrize("text", [
    "Het programma bevat in ieder geval een beschrijving van de maatregelen.",
    "Er wordt een register bijgehouden van de verleende vergunningen.",
    "De aanvrager verstrekt de gegevens die nodig zijn voor de beoordeling.",
])
def test_a_provision_without_any_actor_is_read(text):
    assert worth_reading(text)  # the actor may be read from the context (the article's earlier leden)


@pytest.mark.parametrize("text", [
    "Onze Minister stelt nadere regels over de inhoud van het register.",
    "Bij koninklijk besluit kan Onze Minister een termijn bepalen.",
    "   ",
])
def test_a_provision_whose_only_actor_is_national_or_that_is_empty_is_not_read(text):
    assert not worth_reading(text)


def test_words_inside_other_words_do_not_count():
    assert not worth_reading("Onze Minister stelt regels over de gemeentebelastingcompensatie.")
    assert worth_reading("Onze Minister stelt regels over de belastingen van de gemeenten.")


class _CountingReader:
    """Stands in for a trained reader: records what it was asked to read, reads every layer at 0.95."""

    def __init__(self) -> None:
        self.read_texts: list[str] = []

    def read(self, inputs, batch_size: int = 8):
        self.read_texts += [i.text for i in inputs]
        return [Reading({layer: 0.95 for layer in LAYERS}, 0.0, "obligation", 0.9, None, 0.0) for _ in inputs]


def _bill(texts: list[str]) -> Bill:
    provisions = [Provision(id=f"artikel {n + 1}", article=str(n + 1), paragraph=None, text=t, norm_type="other")
                  for n, t in enumerate(texts)]
    return Bill(source=Document(path="proefwet.txt", sha256="0" * 64, format="txt", blocks=[]),
                title="Proefwet", provisions=provisions)


def test_combined_reads_only_where_it_can_add_and_model_reads_everything():
    texts = ["Gedeputeerde staten stellen een programma vast.", "Onze Minister stelt nadere regels.",
             "Het programma bevat een overzicht van de maatregelen."]
    reader = _CountingReader()
    bill = apply_reader(_bill(texts), reader, "combined", ReaderSettings(add_threshold=0.9))
    assert reader.read_texts == [texts[0], texts[2]]
    national = bill.provisions[1]
    assert national.findings == [] and national.layers == []
    assert bill.provisions[2].layers == sorted(LAYERS)
    everything = _CountingReader()
    apply_reader(_bill(texts), everything, "model")
    assert everything.read_texts == texts


def test_where_the_rules_found_a_layer_the_reader_reads_only_to_check_them():
    texts = ["Gedeputeerde staten stellen een programma vast.", "De gemeente verstrekt een verklaring."]
    quiet = ReaderSettings(add_threshold=0.9, cooperation_threshold=1.0, disagree_threshold=0.0)
    checking = ReaderSettings(add_threshold=0.9, cooperation_threshold=1.0, disagree_threshold=0.05)
    for settings, expected in ((quiet, [texts[1]]), (checking, texts)):
        bill = _bill(texts)
        bill.provisions[0].layers = ["provincie"]  # as if a rule had found gedeputeerde staten's task
        reader = _CountingReader()
        apply_reader(bill, reader, "combined", settings)
        assert reader.read_texts == expected
