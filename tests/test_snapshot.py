"""The embedded snapshot loads as synopsis records with parsed MeSH headings."""

from __future__ import annotations

import json

import pytest

from tracker.models import MeshHeading
from tracker.snapshot import SnapshotError, info, iter_records, parse_mesh_display, snapshot_file


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
    assert info().n_records == len(records) and info().captured == "2026-11-21"


def test_a_bad_line_is_located(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text('{"pmid": "1", "title": "ok"}\n{"pmid": "x1"}\n', encoding="utf-8")
    with pytest.raises(SnapshotError, match=r"records.jsonl:2: not a valid snapshot record"):
        list(iter_records(path))
