"""The microneedling reference labels validate, and the validator catches broken rows.

The validator (`benchmarks/labels/check_labels.py`) must not import tracker, so it is loaded from its
path; the broken cases are real copies of the label files with one row damaged.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "benchmarks" / "labels"
FILES = ("microneedling_records.csv", "microneedling_directions.csv")


@pytest.fixture(scope="module")
def check_labels():
    spec = importlib.util.spec_from_file_location("check_labels", LABELS / "check_labels.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def snapshot(check_labels):
    lines = check_labels.SNAPSHOT.read_text(encoding="utf-8").splitlines()
    return {r["pmid"]: r for r in map(json.loads, lines)}


def copy_labels(tmp_path: Path) -> Path:
    for name in FILES:
        shutil.copy(LABELS / name, tmp_path / name)
    return tmp_path


def edit_row(path: Path, index: int, **changes: str) -> dict[str, str]:
    """Rewrite data row `index` of a label file with `changes`; return the original row."""
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames, list(reader)
    original = dict(rows[index])
    rows[index].update(changes)
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return original


def first_row(path: Path, **match: str) -> int:
    with open(path, newline="", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if all(row[k] == v for k, v in match.items()):
                return i
    raise AssertionError(f"no row {match} in {path}")


def test_repository_files_pass(check_labels, snapshot):
    errors, summary = check_labels.check_microneedling(snapshot)
    assert errors == []
    assert summary.startswith("microneedling: 82 records, 176 direction rows")


def test_whole_checker_exits_zero(check_labels, capsys):
    assert check_labels.main() == 0
    assert "microneedling: 82 records" in capsys.readouterr().out


def test_irrelevant_row_with_direction_is_caught(check_labels, snapshot, tmp_path):
    folder = copy_labels(tmp_path)
    path = folder / "microneedling_directions.csv"
    i = first_row(path, relevant="no")
    row = edit_row(path, i, direction="supports")
    errors, _ = check_labels.check_microneedling(snapshot, folder)
    assert errors == [f"microneedling_directions.csv row {i + 2} ({row['question_id']}, {row['pmid']}): "
                      "irrelevant row carries a direction"]


def test_wrong_half_and_unknown_direction_are_caught(check_labels, snapshot, tmp_path):
    folder = copy_labels(tmp_path)
    path = folder / "microneedling_directions.csv"
    i = first_row(path, half="test", relevant="yes")
    edit_row(path, i, half="dev", direction="helps")
    errors, _ = check_labels.check_microneedling(snapshot, folder)
    assert len(errors) == 2
    assert all(e.startswith(f"microneedling_directions.csv row {i + 2} ") for e in errors)
    assert any("direction 'helps'" in e for e in errors)
    assert any("half 'dev', the question belongs to 'test'" in e for e in errors)


def test_broken_record_rows_are_caught(check_labels, snapshot, tmp_path):
    folder = copy_labels(tmp_path)
    path = folder / "microneedling_records.csv"
    rct = first_row(path, design="RCT")
    edit_row(path, rct, review_pools="RCTs", n_participants="about 40")
    errors, _ = check_labels.check_microneedling(snapshot, folder)
    assert any(f"row {rct + 2} " in e and "review_pools 'RCTs' for design 'RCT'" in e for e in errors)
    assert any(f"row {rct + 2} " in e and "n_participants 'about 40' is not a count" in e for e in errors)


def test_record_of_the_other_capture_and_orphans_are_caught(check_labels, snapshot, tmp_path):
    folder = copy_labels(tmp_path)
    path = folder / "microneedling_records.csv"
    v2_pmid = next(p for p, r in snapshot.items() if r["captured"] == "2026-12-05")
    original = edit_row(path, 0, pmid=v2_pmid)
    errors, _ = check_labels.check_microneedling(snapshot, folder)
    assert f"microneedling_records.csv row 2 (pmid {v2_pmid}): pmid not a 2026-11-21 snapshot record" in errors
    # the directions of the record whose row was overwritten now point at no record row
    assert any(f", {original['pmid']}): pmid has no row in microneedling_records.csv" in e for e in errors)


def test_missing_file_and_wrong_header_are_caught(check_labels, snapshot, tmp_path):
    folder = copy_labels(tmp_path)
    (folder / "microneedling_records.csv").unlink()
    text = (folder / "microneedling_directions.csv").read_text(encoding="utf-8")
    (folder / "microneedling_directions.csv").write_text(text.replace(",half\n", ",split\n", 1), encoding="utf-8")
    errors, _ = check_labels.check_microneedling(snapshot, folder)
    assert "microneedling_records.csv: missing" in errors
    assert any(e.startswith("microneedling_directions.csv: columns") for e in errors)


def test_benchmark_reads_the_half_column_and_names_a_bad_row(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import appraisal
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    halves = appraisal.load_halves(LABELS / "microneedling_directions.csv")
    assert len(halves) == 176 and set(halves) == {"dev", "test"}
    bad = tmp_path / "microneedling_directions.csv"
    shutil.copy(LABELS / "microneedling_directions.csv", bad)
    edit_row(bad, 3, half="holdout")
    with pytest.raises(SystemExit, match=r"microneedling_directions.csv:5: column half: expected dev/test"):
        appraisal.load_halves(bad)
