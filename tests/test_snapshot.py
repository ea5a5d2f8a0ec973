"""The embedded snapshot loads as synopsis records with parsed MeSH headings."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from tracker.models import MeshHeading
from tracker.snapshot import SnapshotError, available, info, iter_records, parse_mesh_display, snapshot_file


def test_mesh_display_form_is_parsed():
    assert parse_mesh_display(["Acne Vulgaris / complications*", "Acne Vulgaris / radiotherapy", "Humans",
                               "Needles*", "Drug Delivery Systems / methods"]) == (
        MeshHeading("Acne Vulgaris", True, ("complications", "radiotherapy")),
        MeshHeading("Humans", False, ()),
        MeshHeading("Needles", True, ()),
        MeshHeading("Drug Delivery Systems", False, ("methods",)),
    )


def test_every_record_is_a_synopsis_with_provenance():
    records = list(iter_records())
    raw = [json.loads(line) for line in snapshot_file().read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [r.pmid for r in records] == [r["pmid"] for r in raw]
    assert all(r.text_kind == "synopsis" and r.captured_from for r in records)
    assert sum(not r.text_complete for r in records) == sum(not r["synopsis_complete"] for r in raw)
    assert not any("*" in m.descriptor or "/" in m.descriptor for r in records for m in r.mesh)
    assert info().n_records == len(records) == 208 and info().captured == "2026-12-05"


def test_captures_and_topics_come_from_the_snapshot_itself():
    snap = info()
    assert [(c.captured, c.n_records) for c in snap.captures] == [("2026-11-21", 95), ("2026-12-05", 113)]
    assert "microneedling" in snap.captures[0].topics and "rosemary oil" in snap.captures[1].topics
    assert snap.label() == ("embedded snapshot of 208 PubMed records (95 captured 2026-11-21, 113 captured "
                            "2026-12-05); synopses, not abstracts")
    assert snap.label("2026-11-21").startswith("embedded snapshot as of 2026-11-21: 95 of 208 PubMed records")
    assert snap.label("2026-11-20").startswith("embedded snapshot as of 2026-11-20: 0 of 208")
    assert snap.topics("2026-11-30").startswith("2026-11-21 (95 records): microneedling") and "rosemary" not in \
        snap.topics("2026-11-30")
    assert snap.topics("2026-01-01") == "nothing before 2026-01-01"


def test_topics_without_a_readme_say_so(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text('{"pmid": "1", "title": "t", "year": 2020, "captured": "2026-01-02"}\n', encoding="utf-8")
    assert info(path).topics() == "2026-01-02 (1 records): topics not stated"


def test_a_record_is_available_from_its_capture_day():
    rec = next(r for r in iter_records() if r.fetched_at == "2026-12-05")
    assert available(rec, "2026-12-05") and available(rec, date(2027, 1, 1))
    assert not available(rec, "2026-12-04")
    assert not available(replace(rec, fetched_at=None), "2030-01-01")  # no capture date: not known to be there


def test_a_bad_line_is_located(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text('{"pmid": "1", "title": "ok"}\n{"pmid": "x1"}\n', encoding="utf-8")
    with pytest.raises(SnapshotError, match=r"records.jsonl:2: not a valid snapshot record"):
        list(iter_records(path))
