"""`tracker store copy`: a real audit store SQLite -> PostgreSQL -> SQLite, losslessly."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from tests.small_audit import audit_into, make_audit
from tracker.cli import main
from tracker.store import Store, copy_store, table_digest


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    """A small real audit (one article, three questions) in a SQLite store."""
    folder = tmp_path_factory.mktemp("audit")
    audit = make_audit(folder, 3)
    path = folder / "audit.db"
    audit_into(path, audit)
    return path


def _digests(db) -> dict[str, tuple[int, str]]:
    with Store(db, readonly=True) as s:
        tables = [r[0] for r in s.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")] \
            if s.engine == "sqlite" else s.conn.tables()
        return {t: table_digest(s, t) for t in tables}


def test_round_trip_sqlite_postgres_sqlite(small_store, pg_url, tmp_path):
    runner = CliRunner()
    to_pg = runner.invoke(main, ["store", "copy", str(small_store), pg_url])
    assert to_pg.exit_code == 0, to_pg.output
    assert "both sides match" in to_pg.output and "claim_verdicts" in to_pg.output
    back = tmp_path / "back.db"
    to_sqlite = runner.invoke(main, ["store", "copy", pg_url, str(back)])
    assert to_sqlite.exit_code == 0, to_sqlite.output
    # Compared here independently of the command's own check: every table, every row.
    original, returned, on_pg = _digests(small_store), _digests(back), _digests(pg_url)
    assert original == returned == on_pg
    assert original["appraisals"][0] > 0 and original["claim_verdicts"][0] > 0
    with Store(small_store, readonly=True) as a, Store(back, readonly=True) as b, Store(pg_url, readonly=True) as p:
        for frame in ("claims_frame", "questions_frame", "evidence_frame", "searches_frame", "runs_frame"):
            assert getattr(a, frame)().equals(getattr(b, frame)()), frame
            assert getattr(a, frame)().equals(getattr(p, frame)()), frame
        last = a.latest_run()["run_id"]
    # The copy is a working store: its next run gets the next id, not a copied one's.
    with Store(pg_url) as p:
        assert p.start_run("snapshot", "embedded snapshot") == last + 1


def test_a_store_is_copied_only_into_an_empty_one(small_store, tmp_path):
    dst = tmp_path / "busy.db"
    copy_store(small_store, dst)
    before = dst.read_bytes()
    result = CliRunner().invoke(main, ["store", "copy", str(small_store), str(dst)])
    assert result.exit_code == 1
    assert "already holds data" in result.output and "busy.db" in result.output
    assert dst.read_bytes() == before


def test_the_content_hash_sees_a_changed_value(small_store, tmp_path):
    """The check can fail: one float's last digit, or one row less, changes the table's digest."""
    dst = tmp_path / "copy.db"
    copy_store(small_store, dst)
    with Store(small_store, readonly=True) as s:
        reference = table_digest(s, "appraisals")
    with sqlite3.connect(dst) as conn:
        conn.execute("UPDATE appraisals SET direction_confidence = direction_confidence + 1e-12 "
                     "WHERE rowid = (SELECT MIN(rowid) FROM appraisals WHERE direction_confidence IS NOT NULL)")
    with Store(dst, readonly=True) as s:
        changed = table_digest(s, "appraisals")
    assert changed[0] == reference[0] and changed[1] != reference[1]
