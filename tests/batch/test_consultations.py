"""Consultation packages: grouping, pairing a bill with its memorandum, one row per document.

Golden rows come from the two consultation folders in ``examples/`` (written for wetscan with
billgen, see ``examples/src/consultaties/``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from wetscan.batch.consultations import ManifestError, group, profile, read_manifest
from wetscan.batch.pairing import pair_consultation
from wetscan.batch.store import SUMMARY_COLUMNS
from wetscan import i18n
from wetscan.cli.app import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ENERGIE = EXAMPLES / "consultatie-wet-lokale-energieloketten"
RENOVATIE = EXAMPLES / "consultatie-besluit-renovatieplannen"
runner = CliRunner()


@pytest.fixture(autouse=True, scope="module")
def english():
    """These tests are about roles and pairing, not the language: they read the English reasons and notes."""
    with i18n.speaking("en"):
        yield


#: (consultation, file, role, paired memorandum, UDO, co-signature, Fvw art. 2)
GOLDEN = [
    ("consultatie-besluit-renovatieplannen", "ontwerpbesluit-renovatieplannen.pdf", "bill", "", "yes", "no", "found"),
    ("consultatie-besluit-renovatieplannen", "transponeringstabel.docx", "other", "", "", "", ""),
    ("consultatie-besluit-renovatieplannen", "verordening-duurzaamheidsleningen-voorbeeldstad.pdf", "decentral", "", "", "", ""),
    ("consultatie-wet-lokale-energieloketten", "begeleidende-brief.pdf", "other", "", "", "", ""),
    ("consultatie-wet-lokale-energieloketten", "concept-wetsvoorstel-energieloketten.docx", "bill",
     "memorie-van-toelichting.pdf", "yes", "possible", "found"),
    ("consultatie-wet-lokale-energieloketten", "consultatievragen.docx", "other", "", "", "", ""),
    ("consultatie-wet-lokale-energieloketten", "memorie-van-toelichting.pdf", "memorandum", "", "", "", ""),
]


def _cell(value: object) -> str:
    return "" if value is None or (not isinstance(value, list) and pd.isna(value)) else str(value)


@pytest.fixture(scope="module")
def batch_result(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("consultaties") / "results"
    result = runner.invoke(app, ["batch", str(RENOVATIE), str(ENERGIE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_summary_rows_of_the_example_consultations(batch_result: Path) -> None:
    table = pd.read_parquet(batch_result / "summary.parquet")
    assert list(table.columns) == SUMMARY_COLUMNS
    rows = [(row.consultation, Path(row.path).name, row.role, Path(_cell(row.memorandum)).name,
             _cell(row.udo_verdict), _cell(row.cosignature_verdict), _cell(row.fvw_art2_status))
            for row in table.itertuples()]
    assert rows == GOLDEN
    csv = pd.read_csv(batch_result / "summary.csv")
    assert {"consultation", "role", "memorandum"} <= set(csv.columns)


def test_every_document_has_a_reason_and_only_bills_a_verdict(batch_result: Path) -> None:
    table = pd.read_parquet(batch_result / "summary.parquet")
    reasons = dict(zip(table["path"].map(lambda p: Path(p).name), table["role_reason"]))
    assert reasons["memorie-van-toelichting.pdf"] == "memorandum of concept-wetsvoorstel-energieloketten.docx (assessed with it)"
    assert reasons["verordening-duurzaamheidsleningen-voorbeeldstad.pdf"].startswith("a regulation or decision of a co-government")
    assert reasons["transponeringstabel.docx"] == "a transposition table, not a bill"
    assert table.loc[table["role"] != "bill", "udo_verdict"].isna().all()


def test_the_bill_report_carries_its_memorandum_and_the_tracked_changes(batch_result: Path) -> None:
    import json

    table = pd.read_parquet(batch_result / "summary.parquet")
    bill = table[table["path"].str.endswith("concept-wetsvoorstel-energieloketten.docx")].iloc[0]
    report = json.loads((batch_result / "reports" / f"{bill.sha256}.json").read_text())
    assert report["document"]["memorandum"].endswith("memorie-van-toelichting.pdf")
    assert "scanned with 5 tracked changes accepted" in report["document"]["notes"]
    assert any(p["part"] == "explanatory_memorandum" for p in report["provisions"])


def test_the_bill_alone_cannot_check_fvw_but_the_pair_can() -> None:
    from wetscan.scan import scan

    alone = scan(ENERGIE / "concept-wetsvoorstel-energieloketten.docx")
    assert alone.assessment.fvw_art2.status == "not_checked"


def _profiles(folder: Path) -> list:
    return [profile(path, folder.name) for path in sorted(folder.iterdir()) if path.is_file()]


def test_a_broken_file_does_not_stop_pairing(tmp_path: Path) -> None:
    folder = tmp_path / "consultatie"
    shutil.copytree(ENERGIE, folder)
    (folder / "bijlage-kapot.docx").write_bytes(b"PK\x03\x04 afgebroken")
    profiles = _profiles(folder)
    broken = next(p for p in profiles if p.path.name == "bijlage-kapot.docx")
    assert broken.error and "bijlage-kapot.docx" in broken.error and "\n" not in broken.error
    pairing = pair_consultation(profiles)
    assert {b.name: m.name for b, m in pairing.memorandum_of.items()} == {
        "concept-wetsvoorstel-energieloketten.docx": "memorie-van-toelichting.pdf"}


def test_two_bills_one_memorandum_is_reported_with_the_candidates(tmp_path: Path) -> None:
    folder = tmp_path / "consultatie"
    folder.mkdir()
    shutil.copy(ENERGIE / "concept-wetsvoorstel-energieloketten.docx", folder / "wetsvoorstel.docx")
    shutil.copy(ENERGIE / "concept-wetsvoorstel-energieloketten.docx", folder / "wetsvoorstel-v2.docx")
    shutil.copy(ENERGIE / "memorie-van-toelichting.pdf", folder / "mvt.pdf")
    pairing = pair_consultation(_profiles(folder))
    assert pairing.memorandum_of == {}
    note = pairing.notes[folder / "mvt.pdf"]
    assert note.startswith("ambiguous pairing") and "wetsvoorstel.docx" in note and "wetsvoorstel-v2.docx" in note
    assert pairing.notes[folder / "wetsvoorstel.docx"].startswith("ambiguous pairing")


def test_a_bill_that_holds_its_own_memorandum_leaves_the_separate_one_to_another(tmp_path: Path) -> None:
    folder = tmp_path / "consultatie"
    folder.mkdir()
    shutil.copy(ENERGIE / "concept-wetsvoorstel-energieloketten.docx", folder / "wetsvoorstel.docx")
    shutil.copy(EXAMPLES / "wet-energieloketten.pdf", folder / "wetsvoorstel-met-mvt.pdf")
    shutil.copy(ENERGIE / "memorie-van-toelichting.pdf", folder / "mvt.pdf")
    pairing = pair_consultation(_profiles(folder))
    assert pairing.memorandum_of == {folder / "wetsvoorstel.docx": folder / "mvt.pdf"}


def test_pairing_follows_content_not_file_names(tmp_path: Path) -> None:
    """Two bills with their memoranda in one folder, named unhelpfully: each finds its own."""
    folder = tmp_path / "consultatie"
    folder.mkdir()
    for name, source in (("a.xml", "wet-lokale-meldpunten.xml"), ("b.xml", "wet-lokale-meldpunten.toelichting.xml"),
                         ("c.xml", "wet-rijksregister-vaartuigen.toelichting.xml"), ("d.xml", "wet-rijksregister-vaartuigen.xml")):
        shutil.copy(EXAMPLES / source, folder / name)
    pairing = pair_consultation(_profiles(folder))
    assert {b.name: m.name for b, m in pairing.memorandum_of.items()} == {"a.xml": "b.xml", "d.xml": "c.xml"}


def test_grouping_by_folder_by_depth_and_by_manifest(tmp_path: Path) -> None:
    root = tmp_path / "scrape"
    files = [root / "2026" / "wet-a" / "ontwerp.pdf", root / "2026" / "wet-a" / "bijlagen" / "mvt.pdf",
             root / "2026" / "wet-b" / "ontwerp.docx"]
    for path in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    assert group(files, [root]) == {files[0]: "2026/wet-a", files[1]: "2026/wet-a/bijlagen", files[2]: "2026/wet-b"}
    assert group(files, [root], depth=2) == {files[0]: "2026/wet-a", files[1]: "2026/wet-a", files[2]: "2026/wet-b"}
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("consultation,path\nwet-a,scrape/2026/wet-a/ontwerp.pdf\nwet-a,scrape/2026/wet-a/bijlagen/mvt.pdf\n")
    assert read_manifest(manifest) == {tmp_path / "scrape/2026/wet-a/ontwerp.pdf": "wet-a",
                                       tmp_path / "scrape/2026/wet-a/bijlagen/mvt.pdf": "wet-a"}
    manifest.write_text("naam,bestand\nx,y\n")
    with pytest.raises(ManifestError):
        read_manifest(manifest)


def test_check_on_a_consultation_folder_as_json() -> None:
    import json

    result = runner.invoke(app, ["check", str(RENOVATIE), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["consultation"] == "consultatie-besluit-renovatieplannen"
    assert [d["role"] for d in data["documents"]] == ["bill", "other", "decentral"]
    assert len(data["reports"]) == 1 and data["reports"][0]["assessment"]["fvw_art2"]["status"] == "found"


def test_check_on_a_non_bill_says_so_and_exits_zero() -> None:
    result = runner.invoke(app, ["check", str(ENERGIE / "memorie-van-toelichting.pdf")])
    assert result.exit_code == 0
    assert "memorandum — memorandum only — scan it with its bill; not assessed" in result.output
    assert "--as-bill" in result.output


def test_batch_with_a_manifest_names_the_consultations(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("consultation,path\n"
                        f"renovatie,{RENOVATIE / 'transponeringstabel.docx'}\n"
                        f"renovatie,{RENOVATIE / 'verordening-duurzaamheidsleningen-voorbeeldstad.pdf'}\n")
    out = tmp_path / "results"
    result = runner.invoke(app, ["batch", "--manifest", str(manifest), "--out", str(out)])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(out / "summary.csv")
    assert list(table["consultation"]) == ["renovatie", "renovatie"]
    assert list(table["role"]) == ["other", "decentral"]


def test_profiles_are_kept_by_digest_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wetscan.batch import consultations
    from wetscan.batch.runner import file_sha256

    paths = sorted(RENOVATIE.iterdir())
    names = {path: "renovatie" for path in paths}
    digests = {path: file_sha256(path) for path in paths}
    first = consultations.profile_all(paths, names, cache=tmp_path, digests=digests)

    def no_reading(*args):
        raise AssertionError("profiled again")

    monkeypatch.setattr(consultations, "profile", no_reading)
    again = consultations.profile_all(paths, names, cache=tmp_path, digests=digests)
    assert [(p.role, p.reason, p.articles, p.explains) for p in again.values()] == \
        [(p.role, p.reason, p.articles, p.explains) for p in first.values()]
