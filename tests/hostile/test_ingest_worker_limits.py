"""Item 1 (batch part) and item 10 of issue 15: a document fails alone, with an accurate line.

* each batch worker has a hard memory ceiling (``RLIMIT_AS``): a document that needs more gets
  an error row "ran out of memory" and the other documents are still done;
* a per-document timeout that fires inside a library call was reported as "damaged Word
  document (DocumentTimeout: )": the timeout is not an ``Exception`` a reader can swallow.
"""

from __future__ import annotations

import subprocess
import sys

import docx

import wetscan.batch.worker as worker
import wetscan.scan
from tests.hostile.conftest import document_xml, paragraph, write_docx
from wetscan.batch.runner import BatchOptions, run_batch

ARTICLE = paragraph("Artikel 1") + paragraph("Het college stelt jaarlijks een plan vast.")


def test_memory_ceiling_turns_an_allocation_into_memory_error():
    """In a fresh interpreter: past the ceiling an allocation fails, and the cap can be lifted again."""
    script = (
        "from wetscan.batch.worker import limit_memory, restore_memory\n"
        "previous = limit_memory(64 * 2**20)\n"
        "try:\n    bytearray(512 * 2**20)\n    print('allocated')\n"
        "except MemoryError:\n    print('refused')\n"
        "restore_memory(previous)\nbytearray(512 * 2**20)\nprint('lifted')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["refused", "lifted"], result.stderr


def test_document_beyond_the_memory_ceiling_fails_alone(tmp_path, monkeypatch):
    greedy = tmp_path / "gulzig.txt"
    greedy.write_text("Artikel 1\nHet college stelt een plan vast.\n", encoding="utf-8")
    modest = tmp_path / "gewoon.txt"
    modest.write_text("Artikel 1\nGedeputeerde Staten stellen een plan vast.\n", encoding="utf-8")
    real_scan = wetscan.scan.scan

    def scan(path, rules=None, toelichting=None, **options):
        if "gulzig" in str(path):
            bytearray(1024 * 2**20)  # a document that wants a gigabyte
        return real_scan(path, rules=rules, **options)

    monkeypatch.setattr(wetscan.scan, "scan", scan)
    monkeypatch.setattr(worker, "DOCUMENT_MEMORY_BYTES", 256 * 2**20)
    result = run_batch([greedy, modest], BatchOptions(out=tmp_path / "uit", workers=1))
    errors = dict(zip(result.table["path"], result.table["error"]))
    assert errors[str(greedy)].startswith(f"{greedy}: ran out of memory")
    assert "\n" not in errors[str(greedy)]
    assert not isinstance(errors[str(modest)], str)  # no error (an empty cell)
    bytearray(1024 * 2**20)  # the ceiling is lifted after the batch


def test_timeout_inside_the_word_reader_is_reported_as_a_timeout(tmp_path, monkeypatch):
    path = write_docx(tmp_path / "traag.docx", document_xml(ARTICLE))

    def expire(*args, **kwargs):
        raise worker.DocumentTimeout()  # what the timer signal does while python-docx parses

    monkeypatch.setattr(docx, "Document", expire)
    outcome = worker.scan_document(str(path), "0" * 64, timeout=10)["outcome"]
    assert outcome["error"] == f"{path}: took longer than the per-document limit of 10 s"
