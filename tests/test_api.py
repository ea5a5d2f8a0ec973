"""The documented Python API: `tracker.audit` and `tracker.open_store`, the same core as the CLI."""

from __future__ import annotations

from datetime import date

import pytest

import tracker
from tracker.errors import InputError
from tracker.store import Store


def test_audit_as_of_a_date_then_open_store_reads_the_same_run(tmp_path):
    db = tmp_path / "api.db"
    then = tracker.audit(db, as_of=date(2026, 11, 21))
    now = tracker.audit(db)
    assert "as of 2026-11-21" in then.source_label and "as of" not in now.source_label
    with Store(db, readonly=True) as s:
        runs = s.runs_frame().set_index("run_id")
    assert runs.loc[then.run_id, "as_of"] == "2026-11-21" and runs.loc[now.run_id, "status"] == "complete"
    view = tracker.open_store(db)
    assert view.latest_run is not None and view.latest_run["run_id"] == now.run_id
    assert len(view.claims) == now.n_claims == len(now.verdicts)
    graded = dict(zip(view.claims["claim_id"], view.claims["verdict"], strict=True))
    assert all(graded[v.claim_id] == v.verdict for v in now.verdicts)


def test_audit_reports_bad_input_before_touching_the_store(tmp_path):
    with pytest.raises(InputError, match="missing.csv"):
        tracker.audit(tmp_path / "x.db", claims=tmp_path / "missing.csv")
    assert not (tmp_path / "x.db").exists()
