"""One store, two engines: the same audit reads the same on SQLite and PostgreSQL; the
PostgreSQL side keeps runs atomic and the search cache idempotent across connections."""

from __future__ import annotations

import json
import signal
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.pg import with_password
from tests.small_audit import audit_into, make_audit
from tracker import db
from tracker.cli import main
from tracker.models import SearchResult
from tracker.store import Store, StoreError

FRAMES = ("claims_frame", "questions_frame", "evidence_frame", "searches_frame")


@pytest.fixture(scope="module")
def audit(tmp_path_factory):
    return make_audit(tmp_path_factory.mktemp("audit"), 3)


def _drop_times(frame):
    return frame.drop(columns=[c for c in ("searched_at",) if c in frame.columns])


def test_the_same_audit_reads_the_same_on_both_engines(audit, pg_url, tmp_path):
    audit_into(tmp_path / "a.db", audit)
    audit_into(pg_url, audit)
    with Store(tmp_path / "a.db", readonly=True) as lite, Store(pg_url, readonly=True) as pg:
        for name in FRAMES:
            a, b = _drop_times(getattr(lite, name)()), _drop_times(getattr(pg, name)())
            assert len(a) > 0 and list(a.columns) == list(b.columns), name
            assert a.equals(b), name
        for view in ("prisma_flow", "prisma_designs", "current_claim_verdicts"):
            a = lite.frame(f"SELECT * FROM {view} ORDER BY 1, 2")
            b = pg.frame(f"SELECT * FROM {view} ORDER BY 1, 2")
            assert len(a) > 0 and a.equals(b), view


def test_a_reader_never_sees_a_run_being_written(any_db):
    with Store(any_db) as writer, Store(any_db) as reader:
        run = writer.start_run("snapshot", "embedded snapshot")
        with writer.transaction() as c:
            c.execute("UPDATE runs SET status='complete' WHERE run_id=?", (run,))
            c.execute("INSERT INTO questions VALUES (?,?,?,?,?,?)", ("q", "s", "i", "o", "efficacy", "x"))
            assert reader.latest_run() is None and reader.questions_frame().empty
        assert reader.latest_run()["run_id"] == run and len(reader.questions_frame()) == 1


def test_the_same_search_from_several_connections_is_stored_once(any_db):
    result = SearchResult("snapshot", "pores[tiab]", "pores[tiab]", 0, (), "2026-11-21T00:00:00+00:00")
    with Store(any_db):
        pass  # the schema, made once before the writers start
    ids, errors = [], []

    def save() -> None:
        try:
            with Store(any_db) as s:
                ids.append(s.save_search("key", result, [], 0, reuse=True))
        except Exception as exc:  # reported below: a thread's failure must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=save) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    with Store(any_db, readonly=True) as s:
        rows = s.conn.execute("SELECT search_id FROM searches WHERE cache_key='key'").fetchall()
    assert len(rows) == 1 and set(ids) == {rows[0][0]}


def test_a_url_through_path_and_the_cli(audit, pg_url):
    # Path() folds the URL's // (TRACKER_DB, api and dashboard pass paths): the store restores it.
    with Store(Path(pg_url)) as s:
        assert s.engine == "postgresql" and str(s.path) == pg_url
    # A password given in the URL is used, and never printed (messages, --json).
    result = CliRunner().invoke(main, ["run", "--db", with_password(pg_url), "--claims", str(audit.claims),
                                       "--questions", str(audit.questions), "--articles", str(audit.articles),
                                       "--no-extract", "--quiet", "--json"])
    assert result.exit_code == 0, result.output
    assert "s3cret" not in result.output and "postgresql://postgres:***@" in result.stderr
    assert json.loads(result.stdout)["store"] == with_password(pg_url, "***")
    with Store(pg_url, readonly=True) as s:
        assert set(s.claims_frame()["claim_id"]) == set(audit.claim_ids)
        assert s.claims_frame()["verdict"].notna().all()


def test_postgres_refuses_another_programs_database_and_an_empty_one_for_reading(pg_url):
    with pytest.raises(StoreError, match="no tracker store in this database"):
        Store(pg_url, readonly=True)
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(StoreError, match="not a tracker store .*invoices"):
        Store(pg_url)


def test_a_unix_socket_url_opens_its_database_also_through_path(pg_server, pg_url):
    # `postgresql:///db?host=/socket/dir`: Path() folds `///` to `/`; restoring only `//` would
    # make the database name the host, and libpq would open the user's default database instead.
    name = pg_url.rsplit("/", 1)[1]
    url = pg_server.socket_url(name)
    assert db.normalise(Path(url)) == url
    for where in (url, Path(url)):
        with Store(where) as s:
            assert s.conn.execute("SELECT current_database()").fetchone()[0] == name


def test_messages_hide_a_password_in_the_user_part_and_in_the_query():
    assert db.redact("postgresql://u:pw@h:5432/d?sslmode=require") == "postgresql://u:***@h:5432/d?sslmode=require"
    assert db.redact("postgresql://u@h/d?sslmode=require&password=pw") == \
        "postgresql://u@h/d?sslmode=require&password=***"
    assert db.redact("postgresql:///d?host=/run/postgresql") == "postgresql:///d?host=/run/postgresql"
    with pytest.raises(StoreError) as err:
        Store("postgresql://u@127.0.0.1:1/x?password=secret&connect_timeout=2")
    assert "secret" not in str(err.value) and "password=***" in str(err.value)


def test_ctrl_c_while_waiting_for_the_writers_lock_leaves_no_transaction_open(pg_url):
    """A run interrupted while another writer holds the lock must still be recorded as failed:
    `begin` may not leave its half-started transaction on the connection."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt

    with Store(pg_url) as holder, Store(pg_url) as s:
        run = s.start_run("snapshot", "embedded snapshot")
        previous = signal.signal(signal.SIGALRM, interrupt)
        try:
            with holder.transaction():  # another writer, mid-transaction
                signal.setitimer(signal.ITIMER_REAL, 0.5)
                with pytest.raises(KeyboardInterrupt):
                    with s.transaction():
                        pytest.fail("the lock was held by the other writer")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        assert not s.conn.in_transaction
        s.fail_run(run, "KeyboardInterrupt")  # what run_audit does next
        assert s.conn.execute("SELECT status FROM runs WHERE run_id=?", (run,)).fetchone()[0] == "failed"


def test_ctrl_c_as_sqlite_grants_the_writers_lock_leaves_no_transaction_open(tmp_path):
    """SQLite waits for another writer inside one C call, so Ctrl-C during the wait is raised only
    as BEGIN returns, the transaction begun: it must be undone, or recording the run as failed is
    refused ('cannot start a transaction within a transaction') and the run stays 'running'."""
    import sqlite3
    import sys

    path = tmp_path / "t.db"
    main = threading.main_thread().ident

    def waiting_for_the_lock() -> bool:
        frame = sys._current_frames().get(main)
        while frame is not None and frame.f_code is not db.begin_write.__code__:
            frame = frame.f_back
        return frame is not None

    with Store(path) as s:
        run = s.start_run("snapshot", "embedded snapshot")
        holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN IMMEDIATE")  # another writer, mid-transaction

        def interrupt_then_commit():
            deadline = time.monotonic() + 20
            while not waiting_for_the_lock() and time.monotonic() < deadline:
                time.sleep(0.002)
            signal.pthread_kill(main, signal.SIGINT)  # handled as soon as BEGIN returns
            holder.execute("COMMIT")

        previous = signal.signal(signal.SIGINT, signal.default_int_handler)
        other = threading.Thread(target=interrupt_then_commit)
        other.start()
        try:
            with pytest.raises(KeyboardInterrupt):
                with s.transaction():
                    pass
        finally:
            other.join()
            signal.signal(signal.SIGINT, previous)
            holder.close()
        assert not s.conn.in_transaction
        s.fail_run(run, "KeyboardInterrupt")  # what run_audit does next
        assert s.conn.execute("SELECT status FROM runs WHERE run_id=?", (run,)).fetchone()[0] == "failed"


def test_a_server_lost_mid_transaction_is_a_store_error_naming_it(pg_url):
    import psycopg

    with Store(pg_url) as s:
        pid = s.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        with pytest.raises(StoreError, match=r"/t_\w+: cannot write: PostgreSQL: terminating connection.*not saved"):
            with s.transaction() as c:
                with psycopg.connect(pg_url, autocommit=True) as admin:  # the server ends the session
                    admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
                c.execute("UPDATE runs SET progress = 'x'")


def test_an_unreachable_server_is_a_store_error_naming_it():
    with pytest.raises(StoreError, match=r"postgresql://u:\*\*\*@127.0.0.1:1/x: cannot open"):
        Store("postgresql://u:secret@127.0.0.1:1/x")


def test_sqlite_dialect_is_translated_for_postgres():
    sql = db._null_order("SELECT a FROM t WHERE b = 'ORDER BY c' ORDER BY a.x DESC, \"end\", f(a, b) LIMIT 1")
    assert sql == ("SELECT a FROM t WHERE b = 'ORDER BY c' ORDER BY a.x DESC NULLS LAST, \"end\" NULLS FIRST, "
                   "f(a, b) NULLS FIRST LIMIT 1")
    ddl = db.translate_ddl("CREATE TABLE x (id INTEGER PRIMARY KEY, text TEXT NOT NULL, p REAL);"
                           "CREATE VIEW IF NOT EXISTS v AS SELECT MAX(a - b, 0) FROM x WHERE c IS d")
    assert ddl[0] == ('CREATE TABLE x (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, '
                      'text TEXT COLLATE "C" NOT NULL, p DOUBLE PRECISION)')
    assert "GREATEST(a - b, 0)" in ddl[1] and "c IS NOT DISTINCT FROM d" in ddl[1]


def test_a_stale_reviewer_decision_is_refused_not_silently_replacing_another(demo_any_db):
    from tracker import reviews

    qid = "mn-infection-risk"
    with Store(demo_any_db) as ana_s, Store(demo_any_db) as ben_s:  # two browsers, two connections
        ev = ana_s.evidence_frame(qid)
        pmid = str(ev[ev["included"] == 1]["pmid"].iloc[0])
        key = reviews.Decision("record", "direction", None, "", "", question_id=qid, pmid=pmid).key
        ana_saw = reviews.active_id(ana_s, key)  # Ana opens the form: no decision yet
        assert ana_saw == 0
        ben, _ = reviews.decide(ben_s, reviews.Decision("record", "direction", "no effect", "Ben", "misread",
                                                        question_id=qid, pmid=pmid,
                                                        based_on=reviews.active_id(ben_s, key)))
        with pytest.raises(reviews.ConflictError, match=rf"Ben decided .*#{ben.decision_id}"):
            reviews.decide(ana_s, reviews.Decision("record", "direction", "supports", "Ana", "my reading",
                                                   question_id=qid, pmid=pmid, based_on=ana_saw))
        assert [(d.reviewer, d.new_value) for d in reviews.load(ana_s)] == [("Ben", "no effect")]
        # Having seen Ben's decision, Ana may replace it: it stays listed, withdrawn.
        reviews.decide(ana_s, reviews.Decision("record", "direction", "supports", "Ana", "my reading",
                                               question_id=qid, pmid=pmid, based_on=reviews.active_id(ana_s, key)))
        listed = reviews.load(ana_s, include_inactive=True)
        assert [(d.reviewer, d.active) for d in listed] == [("Ben", False), ("Ana", True)]


def test_the_dashboard_reads_a_postgres_store_and_sees_new_writes(pg_url, tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tracker.dashboard import data
    from tracker.dashboard.synthetic import build_store
    from tracker.store import copy_store

    audit = build_store(tmp_path / "dash.db", n_articles=2, claims_per_article=3, n_questions=3,
                        records_per_question=4, n_ungraded=0)
    copy_store(audit.path, pg_url)
    monkeypatch.setenv("TRACKER_DB", with_password(pg_url))
    app = Path(data.__file__).with_name("app.py")
    at = AppTest.from_file(str(app), default_timeout=30)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    captions = " ".join(c.value for c in at.caption).replace("\\", "")  # markdown escapes dropped
    assert "s3cret" not in captions and "Store: postgresql://postgres:***@" in captions  # named, password hidden
    shown = next(d.value for d in at.dataframe if d.key == "overview_claims")
    assert set(shown["url"]) == {f"claim?claim={c.claim_id}" for c in audit.claims}
    # The cache key follows writes on the server (SQLite: file times; PostgreSQL: rows written).
    before = data.stamp(Path(pg_url))
    with Store(pg_url) as s:
        s.set_progress(s.start_run("snapshot", "x"), "searching")
    deadline = time.monotonic() + 5  # the server's statistics lag a commit by up to a second
    while data.stamp(Path(pg_url)) == before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert data.stamp(Path(pg_url)) != before


def test_tracker_db_may_name_a_postgres_store(audit, pg_url, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", with_password(pg_url))
    result = CliRunner().invoke(main, ["run", "--claims", str(audit.claims), "--questions", str(audit.questions),
                                       "--articles", str(audit.articles), "--no-extract", "--quiet"])
    assert result.exit_code == 0, result.output
    import tracker

    with tracker.open_store() as view:
        assert set(view.claims["claim_id"]) == set(audit.claim_ids)
        # a notebook shows the view: the store is named with its password hidden, and still opens
        assert "s3cret" not in repr(view.path) and str(view.path) == with_password(pg_url, "***")
        with Store(view.path, readonly=True) as again:
            assert len(again.claims_frame()) == len(view.claims)
