"""The CoNLL-U reader: lemma normalisation, separable-verb particles, spacing and multiword tokens."""

from __future__ import annotations

from pathlib import Path

import spacy

from wetscan.training.conllu import normalise_lemma, read_conllu, to_doc

# Two sentences we wrote: one in the v2.16 style (text, XPOS, SpaceAfter, Alpino "_" lemmas), one in
# the 2017 style (no text, no XPOS, particle missing from the verb lemma, a multiword-token range).
V216 = """# sent_id = s1
# text = Het college stelt het plan vast.
1\tHet\thet\tDET\tLID|bep|stan|evon\tDefinite=Def\t2\tdet\t_\t_
2\tcollege\tcollege\tNOUN\tN|soort|ev|basis|onz|stan\tNumber=Sing\t3\tnsubj\t_\t_
3\tstelt\tvast_stellen\tVERB\tWW|pv|tgw|met-t\tVerbForm=Fin\t0\troot\t_\t_
4\thet\thet\tDET\tLID|bep|stan|evon\tDefinite=Def\t5\tdet\t_\t_
5\tplan\tplan\tNOUN\tN|soort|ev|basis|onz|stan\tNumber=Sing\t3\tobj\t_\t_
6\tvast\tvast\tADP\tVZ|fin\t_\t3\tcompound:prt\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\tLET\t_\t3\tpunct\t_\t_

"""
V2017 = """1\tDe\tde\tDET\t_\tDefinite=Def\t2\tdet\t_\t_
2\traad\traad\tNOUN\t_\tNumber=Sing\t3\tnsubj\t_\t_
3-4\ttrekt's\t_\t_\t_\t_\t_\t_\t_\t_
3\ttrekt\ttrekken\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_
4\t's\t's\tADV\t_\t_\t3\tadvmod\t_\t_
5\tterug\tterug\tADV\t_\t_\t3\tcompound:prt\t_\t_
6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

"""


def test_normalise_lemma_turns_compounds_into_words() -> None:
    assert normalise_lemma("verkeersveiligheid", "verkeer_veiligheid", "NOUN") == "verkeersveiligheid"
    assert normalise_lemma("Ontwikkelingsfasen", "ontwikkeling_fase", "NOUN") == "ontwikkelingsfase"
    assert normalise_lemma("kandidaat-lidstaten", "kandidaat_lid_staat", "NOUN") == "kandidaat-lidstaat"
    assert normalise_lemma("GGD-arts", "GGD_arts", "NOUN") == "GGD-arts"
    assert normalise_lemma("opsprongen", "op_springen", "VERB") == "opspringen"
    assert normalise_lemma("_", "_", "PUNCT") == "_"


def test_reads_both_releases(tmp_path: Path) -> None:
    new, old = tmp_path / "new.conllu", tmp_path / "old.conllu"
    new.write_text(V216, encoding="utf-8")
    old.write_text(V2017, encoding="utf-8")
    [s1] = read_conllu(new)
    [s2] = read_conllu(old)
    assert s1.lemmas[2] == "vaststellen"
    assert s1.spaces == [True, True, True, True, True, False, True]
    assert s1.heads[2] == 2 and s1.deps[2] == "ROOT" and s1.heads[1] == 2
    assert s2.words == ["De", "raad", "trekt", "'s", "terug", "."]
    assert s2.spaces is None and s2.xpos[0] == ""
    assert s2.lemmas[2] == "terugtrekken"
    [bare] = read_conllu(new, particles_in_lemma=False)
    assert bare.lemmas[2] == "stellen"


def test_to_doc_keeps_annotation(tmp_path: Path) -> None:
    new = tmp_path / "new.conllu"
    new.write_text(V216 * 2, encoding="utf-8")
    doc = to_doc(spacy.blank("nl").vocab, read_conllu(new))
    assert doc.text.startswith("Het college stelt het plan vast. Het college")
    assert [s.root.text for s in doc.sents] == ["stelt", "stelt"]
    assert doc[1].dep_ == "nsubj" and doc[2].lemma_ == "vaststellen" and doc[2].pos_ == "VERB"


def test_old_annotation_keeps_tags_but_not_the_parse(tmp_path: Path) -> None:
    old = tmp_path / "old.conllu"
    old.write_text(V2017 * 2, encoding="utf-8")
    sentences = list(read_conllu(old))
    for sentence in sentences:
        sentence.use_parse = False
    doc = to_doc(spacy.blank("nl").vocab, sentences)
    assert not doc.has_annotation("DEP")
    assert [t.i for t in doc if t.is_sent_start] == [0, 6]
    assert doc[2].pos_ == "VERB" and doc[2].lemma_ == "terugtrekken"
