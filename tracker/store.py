"""The store: one database holding inputs, the search/record cache and every run's results.

A path opens a SQLite file; a `postgresql://` URL a PostgreSQL database (`tracker.db` hides
the difference: same schema, views and SQL on both).

- Inputs (articles, questions, claims) are upserted by the run that used them.
- `searches` and `records` are a cache, committed one search at a time, so an interrupted
  run resumes where it stopped.
- A run's results (appraisals, grades, verdicts) are written in one transaction together
  with its inputs and the `complete` status, so a reader never sees half a run.
- Readers see, for each claim and question, the latest complete run that graded it.

SQLite runs in WAL mode so the dashboard can read while a run writes; on PostgreSQL readers
never wait, and writers take turns as on SQLite (`db.WRITE_LOCK`).
"""

from __future__ import annotations

import dataclasses
import json
import os
import socket
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeGuard
from urllib.parse import quote

import pandas as pd
import psycopg

from . import db
from .citations import extras_from_json, extras_to_json
from .models import (
    AbstractSection,
    Appraisal,
    Article,
    Claim,
    ClaimVerdict,
    MeshHeading,
    Question,
    QuestionGrade,
    Record,
    SearchResult,
)

SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    name TEXT PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL, format TEXT NOT NULL,
    sha256 TEXT NOT NULL, path TEXT, origin TEXT NOT NULL DEFAULT 'curated', added_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS questions (
    question_id TEXT PRIMARY KEY, statement TEXT NOT NULL, intervention TEXT NOT NULL,
    outcome TEXT NOT NULL, kind TEXT NOT NULL, query TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS claims (
    claim_id TEXT PRIMARY KEY, article TEXT NOT NULL REFERENCES articles(name),
    quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, claim TEXT NOT NULL,
    question_id TEXT NOT NULL REFERENCES questions(question_id), claim_type TEXT NOT NULL,
    strength TEXT NOT NULL, origin TEXT NOT NULL DEFAULT 'curated', position INTEGER NOT NULL,
    stance TEXT NOT NULL DEFAULT 'affirms', frame TEXT);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article);
CREATE INDEX IF NOT EXISTS claims_question ON claims(question_id);
CREATE TABLE IF NOT EXISTS searches (
    search_id INTEGER PRIMARY KEY, cache_key TEXT NOT NULL, source TEXT NOT NULL,
    source_label TEXT NOT NULL, query TEXT NOT NULL, translation TEXT NOT NULL,
    count INTEGER NOT NULL, pmids TEXT NOT NULL, n_fetched INTEGER NOT NULL,
    warnings TEXT NOT NULL, searched_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS searches_key ON searches(cache_key, query);
-- Who is running a search right now (pipeline.search_question): a second run waits for its
-- result instead of making the same requests; a lease of a dead process is taken over.
CREATE TABLE IF NOT EXISTS search_leases (
    cache_key TEXT NOT NULL, query TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL,
    pid_start TEXT, thread INTEGER NOT NULL, taken_at TEXT NOT NULL, PRIMARY KEY (cache_key, query));
CREATE TABLE IF NOT EXISTS records (
    pmid TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL, abstract TEXT NOT NULL,
    journal TEXT, year INTEGER, doi TEXT, pmc TEXT, language TEXT,
    publication_types TEXT NOT NULL, mesh TEXT NOT NULL, keywords TEXT NOT NULL,
    authors TEXT NOT NULL, text_kind TEXT NOT NULL, text_complete INTEGER NOT NULL,
    captured_from TEXT, fetched_at TEXT, citation TEXT, PRIMARY KEY (pmid, source));
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY, source TEXT NOT NULL, source_label TEXT NOT NULL,
    status TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, progress TEXT,
    n_claims INTEGER, n_questions INTEGER, n_records INTEGER, error TEXT,
    pid INTEGER, host TEXT, as_of TEXT, rules TEXT,
    pid_start TEXT);  -- when that pid's process started (process_start): a reused pid is not the run's
CREATE TABLE IF NOT EXISTS run_searches (
    run_id INTEGER NOT NULL REFERENCES runs(run_id), question_id TEXT NOT NULL,
    search_id INTEGER NOT NULL REFERENCES searches(search_id), PRIMARY KEY (run_id, question_id));
CREATE TABLE IF NOT EXISTS appraisals (
    run_id INTEGER NOT NULL REFERENCES runs(run_id), question_id TEXT NOT NULL, pmid TEXT NOT NULL,
    relevance TEXT NOT NULL, included INTEGER NOT NULL, exclusion_reason TEXT, design TEXT NOT NULL,
    design_note TEXT, population TEXT NOT NULL, n_participants INTEGER, direction TEXT NOT NULL,
    deciding_sentence TEXT, indirect INTEGER NOT NULL, indirectness TEXT,
    reported_figures TEXT NOT NULL, direction_note TEXT, caveats TEXT NOT NULL DEFAULT '[]',
    -- issue 15 (JSON): what a review pools, the key result for the outcome, risk of bias, harm
    review_pools TEXT, effect TEXT, risk_of_bias TEXT, harm TEXT,
    -- issue 16: the learned direction model's probability for the direction
    direction_confidence REAL,
    PRIMARY KEY (run_id, question_id, pmid));
CREATE TABLE IF NOT EXISTS question_grades (
    run_id INTEGER NOT NULL REFERENCES runs(run_id), question_id TEXT NOT NULL,
    certainty TEXT NOT NULL, verdict TEXT NOT NULL, n_hits INTEGER NOT NULL,
    n_relevant INTEGER NOT NULL, n_studies INTEGER NOT NULL, n_participants INTEGER NOT NULL,
    designs TEXT NOT NULL, n_supports INTEGER NOT NULL, n_no_effect INTEGER NOT NULL,
    n_contradicts INTEGER NOT NULL, n_mixed INTEGER NOT NULL, n_unclear INTEGER NOT NULL,
    downgrades TEXT NOT NULL, rationale TEXT NOT NULL, cited_pmids TEXT NOT NULL,
    -- issue 15: reviews' pooled participants, shown apart; the Summary-of-Findings row (JSON)
    n_participants_reviews INTEGER NOT NULL DEFAULT 0, sof TEXT,
    PRIMARY KEY (run_id, question_id));
CREATE TABLE IF NOT EXISTS claim_verdicts (
    run_id INTEGER NOT NULL REFERENCES runs(run_id), claim_id TEXT NOT NULL,
    question_id TEXT NOT NULL, verdict TEXT NOT NULL, certainty TEXT NOT NULL,
    overstated INTEGER NOT NULL, rationale TEXT NOT NULL, n_studies INTEGER NOT NULL,
    n_participants INTEGER NOT NULL, cited_pmids TEXT NOT NULL,
    side TEXT NOT NULL DEFAULT 'unclear', tally TEXT NOT NULL DEFAULT '{}', reasons TEXT NOT NULL DEFAULT '[]',
    claim_text TEXT,  -- the claim as graded: a verdict never attaches to reworded text
    certainty_sentence TEXT NOT NULL DEFAULT '',  -- issue 15: the one sentence every reader shows
    PRIMARY KEY (run_id, claim_id));

-- What readers see: per claim / question, the latest complete run that graded it (for a
-- claim: that graded its current text, so a verdict never sits under words it was not given for).
CREATE VIEW IF NOT EXISTS current_claim_verdicts AS
    SELECT v.* FROM claim_verdicts v
    JOIN (SELECT v2.claim_id, MAX(v2.run_id) AS run_id FROM claim_verdicts v2
          JOIN runs r ON r.run_id = v2.run_id AND r.status = 'complete'
          JOIN claims c ON c.claim_id = v2.claim_id AND c.claim IS v2.claim_text GROUP BY v2.claim_id) last
      ON last.claim_id = v.claim_id AND last.run_id = v.run_id;
CREATE VIEW IF NOT EXISTS current_question_grades AS
    SELECT g.* FROM question_grades g
    JOIN (SELECT question_id, MAX(g2.run_id) AS run_id FROM question_grades g2
          JOIN runs r ON r.run_id = g2.run_id AND r.status = 'complete' GROUP BY question_id) last
      ON last.question_id = g.question_id AND last.run_id = g.run_id;

-- PRISMA-style flow per question for its current grade. The counts add up:
-- identified = not_fetched + fetched; fetched = duplicates_removed + not_retrieved + screened;
-- screened = screened_out + appraised.
CREATE VIEW IF NOT EXISTS prisma_flow AS
SELECT g.question_id, g.run_id, s.count AS identified,
       MAX(s.count - s.n_fetched, 0) AS not_fetched,
       s.n_fetched AS fetched,
       s.n_fetched - (SELECT COUNT(DISTINCT j.value) FROM json_each(s.pmids) j
                      WHERE j.key < s.n_fetched) AS duplicates_removed,
       (SELECT COUNT(DISTINCT j.value) FROM json_each(s.pmids) j WHERE j.key < s.n_fetched)
         - (SELECT COUNT(*) FROM appraisals ap WHERE ap.run_id = g.run_id
            AND ap.question_id = g.question_id) AS not_retrieved,
       (SELECT COUNT(*) FROM appraisals ap WHERE ap.run_id = g.run_id
        AND ap.question_id = g.question_id) AS screened,
       (SELECT COUNT(*) FROM appraisals ap WHERE ap.run_id = g.run_id
        AND ap.question_id = g.question_id AND ap.included = 0) AS screened_out,
       (SELECT COUNT(*) FROM appraisals ap WHERE ap.run_id = g.run_id
        AND ap.question_id = g.question_id AND ap.included <> 0) AS appraised
FROM current_question_grades g
JOIN run_searches rs ON rs.run_id = g.run_id AND rs.question_id = g.question_id
JOIN searches s ON s.search_id = rs.search_id;
CREATE VIEW IF NOT EXISTS prisma_designs AS
SELECT ap.question_id, ap.design, COUNT(*) AS n
FROM current_question_grades g
JOIN appraisals ap ON ap.run_id = g.run_id AND ap.question_id = g.question_id AND ap.included <> 0
GROUP BY ap.question_id, ap.design;
-- Audits started from the dashboard ("Audit an article"): one row per job, written by the
-- page and by the job's worker thread; the article row itself is written by the job's run.
CREATE TABLE IF NOT EXISTS audit_jobs (
    job_id TEXT PRIMARY KEY, owner TEXT NOT NULL, article TEXT NOT NULL, sha256 TEXT NOT NULL,
    title TEXT NOT NULL, text TEXT NOT NULL, format TEXT NOT NULL, existing INTEGER NOT NULL,
    status TEXT NOT NULL, stage TEXT NOT NULL DEFAULT '', done INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0, candidates TEXT NOT NULL DEFAULT '{}',
    min_score REAL NOT NULL, source TEXT NOT NULL, mirror TEXT, source_label TEXT NOT NULL,
    run_id INTEGER, error TEXT, worker TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    published INTEGER NOT NULL DEFAULT 0,  -- 0: the audit is private to its owner's session
    as_of TEXT);  -- grade with the evidence of that day (NULL: today's)
CREATE INDEX IF NOT EXISTS audit_jobs_sha ON audit_jobs(sha256);
-- Reviewer decisions (tracker.reviews): who changed what, when and why; values are JSON.
-- target 'record' is keyed by (question_id, pmid), 'claim' by claim_id; the latest active wins.
CREATE TABLE IF NOT EXISTS decisions (
    decision_id INTEGER PRIMARY KEY, at TEXT NOT NULL, reviewer TEXT NOT NULL, reason TEXT NOT NULL,
    target TEXT NOT NULL, claim_id TEXT, question_id TEXT, pmid TEXT, field TEXT NOT NULL,
    old_value TEXT, new_value TEXT, record_hash TEXT, active INTEGER NOT NULL DEFAULT 1);
-- What each run applied: the machine's value beside the reviewer's; stale when the record changed.
CREATE TABLE IF NOT EXISTS applied_decisions (
    run_id INTEGER NOT NULL REFERENCES runs(run_id), decision_id INTEGER NOT NULL REFERENCES decisions(decision_id),
    question_id TEXT, claim_id TEXT, pmid TEXT, field TEXT NOT NULL, machine_value TEXT,
    reviewed_value TEXT, stale INTEGER NOT NULL DEFAULT 0, note TEXT, PRIMARY KEY (run_id, decision_id));
"""


_HOST = socket.gethostname()


def process_start(pid: int) -> str | None:
    """When process `pid` started, as '<boot id>:<clock ticks since boot>' (Linux /proc), or None
    where that cannot be read. With the pid it names one process: pids are reused, start times not."""
    try:
        stat = Path(f"/proc/{int(pid)}/stat").read_text()
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except (OSError, ValueError):
        return None
    fields = stat[stat.rindex(")") + 2:].split()  # the command name may hold spaces and ')'
    return f"{boot}:{fields[19]}"  # field 22 of stat: starttime


def _alive(pid, host, pid_start=None) -> bool:
    """Whether the process that started a run may still be working on it."""
    if pid is None or pd.isna(pid) or host != _HOST:
        return pid is not None and not pd.isna(pid)  # another machine's run: assume alive
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    if isinstance(pid_start, str) and pid_start:
        current = process_start(int(pid))
        if current is not None and current != pid_start:
            return False  # the pid now belongs to another process: the run's process is gone
    return True


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class StoreError(Exception):
    """The database cannot be opened or written; the message names the file."""


_DATA_ERRORS = (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError,
                sqlite3.DataError, sqlite3.NotSupportedError)


def _is_storage_error(exc: BaseException) -> TypeGuard[sqlite3.DatabaseError]:
    """The database file or disk failed, as opposed to the data written being wrong."""
    if isinstance(exc, psycopg.OperationalError):  # the server went away, its disk is full, ...
        return True
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, _DATA_ERRORS)


def explain(exc: Exception) -> str:
    """SQLite's message plus what it means for the user (PostgreSQL's message as it is)."""
    text = str(exc)
    if isinstance(exc, psycopg.Error):
        return f"PostgreSQL: {text.strip()}"
    name = getattr(exc, "sqlite_errorname", "") or ""
    low = f"{text} {name}".lower()
    if "sqlite_full" in low or "disk is full" in low:
        hint = "the disk is full; free some space and run again"
    elif "readonly" in low or "read-only" in low:
        hint = "the database file or its folder is read-only; check the permissions or use another --db"
    elif "cantopen" in low or "unable to open" in low:
        hint = "cannot open or create the file or its -wal/-shm files beside it; is the folder writable?"
    elif "notadb" in low or "not a database" in low or "corrupt" in low or "malformed" in low:
        hint = ("the file is not a tracker database or is damaged; restore it from a backup or "
                "move it aside (the tracker never overwrites it)")
    elif "busy" in low or "locked" in low:
        hint = "another process holds a lock on it for too long"
    elif "ioerr" in low or "i/o error" in low:
        hint = ("the operating system refused to read or write the file (a full disk, a file-size "
                "limit or a failing disk); free some space and run again")
    else:
        return text
    return f"{hint} (SQLite: {text})"


def _check_intact(conn: sqlite3.Connection, path: Path) -> None:
    """Raise `StoreError` unless an existing database file passes SQLite's quick_check."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return
    except OSError:
        return
    problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    if problems != ["ok"]:
        raise StoreError(
            f"{path}: the database is damaged (SQLite quick_check: {'; '.join(problems)}); restore it "
            "from a backup or move it aside. Nothing was written to it.")
    # Another program's SQLite file must not get the tracker's tables added to it.
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    if tables and "meta" not in tables:
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise StoreError(f"{path}: is a SQLite database but not a tracker store (it has tables {shown}); "
                         "give --db a new file or an existing tracker store. Nothing was written to it.")


def _json_or_none(value) -> str | None:
    return None if value is None else _dumps(dataclasses.asdict(value))


def _write_certainty_extras(c: db.Connection, run_id: int, appraisals: Sequence[Appraisal],
                            grades: Sequence[QuestionGrade], verdicts: Sequence[ClaimVerdict]) -> None:
    """Issue 15's columns (engineer B), inside the run's transaction: per appraisal
    `review_pools`, `effect`, `risk_of_bias`, `harm` (JSON of tracker.effect_sizes.Effect,
    tracker.bias.RiskOfBias, tracker.harms.Harm); per question `n_participants_reviews` and
    `sof` (JSON of tracker.sof.SofRow); per claim `certainty_sentence` (tracker.wording)."""
    c.executemany(
        "UPDATE appraisals SET review_pools=?, effect=?, risk_of_bias=?, harm=? WHERE run_id=? AND question_id=? AND pmid=?",
        [(getattr(a, "review_pools", None), _json_or_none(getattr(a, "effect", None)),
          _json_or_none(getattr(a, "risk_of_bias", None)), _json_or_none(getattr(a, "harm", None)),
          run_id, a.question_id, a.pmid) for a in appraisals])
    c.executemany(
        "UPDATE question_grades SET n_participants_reviews=?, sof=? WHERE run_id=? AND question_id=?",
        [(getattr(g, "n_participants_reviews", 0), _json_or_none(getattr(g, "sof", None)), run_id, g.question_id)
         for g in grades])
    c.executemany(
        "UPDATE claim_verdicts SET certainty_sentence=? WHERE run_id=? AND claim_id=?",
        [(getattr(v, "certainty_sentence", "") or "", run_id, v.claim_id) for v in verdicts])


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection. A WAL store needs its -shm file, which SQLite creates beside it on
    first read; in a read-only folder it cannot, so a store without one is opened immutable
    (read as the file is, nothing created) -- safe because nothing can write there either, and
    only when no write-ahead log is waiting to be read."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        shm, wal = (path.with_name(path.name + s) for s in ("-shm", "-wal"))
        if shm.exists() or os.access(path.parent, os.W_OK | os.X_OK) and _can_create(path.parent):
            raise
        conn.close()
    if wal.exists() and wal.stat().st_size > 0:
        raise StoreError(f"{path}: cannot be read: its write-ahead log {wal.name} holds changes that SQLite can "
                         f"only read with a {shm.name} file beside it, and the folder is read-only; copy the "
                         "three files to a writable folder, or open the store once where it can be written")
    return sqlite3.connect(uri + "&immutable=1", uri=True, timeout=30, check_same_thread=False)


def _can_create(folder: Path) -> bool:
    """Whether a file can really be created in `folder` (root passes os.access on read-only folders)."""
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".tracker-probe-")
    except OSError:
        return False
    os.close(fd)
    os.unlink(name)
    return True


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class CachedSearch:
    search_id: int
    result: SearchResult
    n_fetched: int


class Store:
    """A tracker database. Use as a context manager or call `close()`."""

    def __init__(self, path: str | Path, *, readonly: bool = False, check: bool = False):
        """`path`: a SQLite file, or a `postgresql://` URL. `check`: run SQLite's quick_check on a
        read-only open too (exports: a damaged store gets the same message as `tracker run`);
        writers always check."""
        self.readonly = readonly
        # Set by the first step below; a Store whose __init__ raised is never handed out, so every
        # method may use it (`_abandon` copes with its absence).
        self.conn: Any  # sqlite3.Connection, or db.PgConnection speaking the same SQL
        where = db.location(path)
        # `path` stands in for the file in messages and checks (a URL with its password hidden)
        self.path: Path = where  # type: ignore[assignment]
        self.engine = "postgresql" if isinstance(where, db.Location) else "sqlite"
        try:
            version = self._open_postgres(where.url) if isinstance(where, db.Location) else self._open_sqlite(check)
        except (sqlite3.DatabaseError, psycopg.Error) as exc:
            self._abandon()
            raise StoreError(f"{self.path}: cannot open the tracker database: {explain(exc)}") from exc
        except OSError as exc:
            self._abandon()
            raise StoreError(f"{self.path}: cannot open the tracker database ({exc.strerror or exc})") from exc
        except BaseException:
            self._abandon()
            raise
        if version is None or int(version[0]) != SCHEMA_VERSION:
            self._abandon()
            raise StoreError(f"{self.path}: schema version {version and version[0]} is not {SCHEMA_VERSION}")

    def _open_sqlite(self, check: bool) -> Any:
        """Open (a writer: create) the SQLite file; its schema_version row."""
        if self.readonly:
            if not self.path.exists():
                raise StoreError(f"{self.path}: no database here; run `tracker run --db {self.path}` first")
            self.conn = _connect_readonly(self.path)
            if check:
                _check_intact(self.conn, self.path)
        else:
            if self.path.is_dir():
                raise StoreError(f"{self.path}: is a folder; --db takes the path of a database file")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        if not self.readonly:
            # Refuse a damaged file before anything is written to it: writing into a
            # corrupt b-tree can spread the damage, and the user's copy must stay as it was.
            _check_intact(self.conn, self.path)
        self.conn.execute("PRAGMA foreign_keys = ON")
        if not self.readonly:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            # One script in one transaction: a new file gets the whole schema or none.
            self.conn.executescript(
                "BEGIN IMMEDIATE;\n" + SCHEMA +
                f"\nINSERT OR IGNORE INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}');\nCOMMIT;")
        return self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()

    def _open_postgres(self, url: str) -> Any:
        """Connect and, for a writer, create the schema once (under the writers' lock, so two
        processes opening a new database at once do not both create it); the schema_version row."""
        self.conn = db.connect_postgres(url, readonly=self.readonly)
        tables = self.conn.tables()
        if tables and "meta" not in tables:
            shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
            raise StoreError(f"{self.path}: is a PostgreSQL database but not a tracker store (it has tables "
                             f"{shown}); give --db a new database or an existing tracker store. Nothing was "
                             "written to it.")
        if self.readonly and not tables:
            raise StoreError(f"{self.path}: no tracker store in this database; run `tracker run --db "
                             f"{self.path}` first")
        if not self.readonly and not _schema_names() <= self.conn.relations():
            # Only when something is missing: the DDL takes the writers' lock, opens are frequent.
            self.conn.begin()
            made = {r[0] for r in self.conn.execute(
                "SELECT viewname FROM pg_views WHERE schemaname = current_schema()")}
            for stmt in db.translate_ddl(SCHEMA):
                if db.view_name(stmt) in made:
                    continue  # views are made once: replacing them would block readers
                self.conn.executescript(stmt.replace("CREATE VIEW IF NOT EXISTS", "CREATE VIEW"))
            self.conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            self.conn.commit()
        return self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()

    def _abandon(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            self._rollback()
            with suppress(*db.Error):
                conn.close()

    def _rollback(self) -> None:
        """Undo the open transaction, if the connection still can: when the server went away
        (or the file failed) the error that got us here is the one to report, not this one."""
        with suppress(*db.Error):
            self.conn.rollback()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One atomic write: everything inside commits together or not at all.

        Storage failures (disk full, read-only file, I/O error, corruption) become a
        `StoreError` naming the file; errors in the caller's data (constraints) propagate as is.
        """
        try:
            db.begin_write(self.conn)
        except db.DatabaseError as exc:  # nothing to undo: `begin_write` leaves no transaction open
            raise StoreError(f"{self.path}: cannot write: {explain(exc)}") from exc
        except BaseException:
            # SQLite waits for another writer's lock inside one C call, so Ctrl-C during the wait
            # is raised as BEGIN returns, the transaction begun: undo it, or this connection's next
            # write (recording the run as failed) is refused and the run stays 'running'.
            self._rollback()
            raise
        try:
            yield self.conn
        except BaseException as exc:
            self._rollback()
            if _is_storage_error(exc):
                raise StoreError(f"{self.path}: cannot write: {explain(exc)}. This step was not "
                                 "saved; earlier results are intact") from exc
            raise
        else:
            try:
                self.conn.commit()
            except db.DatabaseError as exc:
                self._rollback()
                raise StoreError(f"{self.path}: cannot save: {explain(exc)}. This step was not saved; "
                                 "earlier results are intact") from exc

    # ---- runs -------------------------------------------------------------------------
    def start_run(self, source: str, source_label: str, *, as_of: str | None = None,
                  rules: str | None = None) -> int:
        """A new 'running' run owned by this process; other live runs (a dashboard audit, a
        second terminal) are left alone. `as_of`: the day whose evidence the run used (None:
        today's); `rules`: the fingerprint of the appraisal and grading code (`changes`)."""
        with self.transaction() as c:
            # A run left 'running' by a process that died will never finish.
            for row in c.execute("SELECT run_id, pid, host, pid_start FROM runs WHERE status='running'").fetchall():
                if not _alive(row["pid"], row["host"], row["pid_start"]):
                    c.execute("UPDATE runs SET status='interrupted', finished_at=? WHERE run_id=?",
                              (now(), row["run_id"]))
            cur = c.execute(
                "INSERT INTO runs (source, source_label, status, started_at, pid, host, as_of, rules) "
                "VALUES (?,?, 'running', ?, ?, ?, ?, ?)",
                (source, source_label, now(), os.getpid(), _HOST, as_of, rules))
            run_id = cur.lastrowid
            assert run_id is not None, "an INSERT always sets lastrowid"
            c.execute("UPDATE runs SET pid_start=? WHERE run_id=?", (process_start(os.getpid()), run_id))
            return int(run_id)

    def running_runs(self) -> pd.DataFrame:
        """Runs still in progress: status 'running' and their process alive (or on another host)."""
        runs = self.frame("SELECT * FROM runs WHERE status='running' ORDER BY run_id DESC")
        return runs[[_alive(p, h, t) for p, h, t in zip(runs["pid"], runs["host"], runs["pid_start"])]]

    def set_progress(self, run_id: int, progress: str) -> None:
        with self.transaction() as c:
            c.execute("UPDATE runs SET progress=? WHERE run_id=?", (progress, run_id))

    def fail_run(self, run_id: int, error: str) -> None:
        with self.transaction() as c:
            c.execute("UPDATE runs SET status='failed', error=?, finished_at=? WHERE run_id=?",
                      (error, now(), run_id))

    def finish_run(self, run_id: int, *, articles: Sequence[Article], questions: Sequence[Question],
                   claims: Sequence[Claim], searches: dict[str, int], appraisals: Sequence[Appraisal],
                   grades: Sequence[QuestionGrade], verdicts: Sequence[ClaimVerdict],
                   n_records: int) -> None:
        """Write a run's inputs and results and mark it complete, all in one transaction."""
        with self.transaction() as c:
            _upsert_inputs(c, articles, questions, claims)
            c.executemany("INSERT OR REPLACE INTO run_searches VALUES (?,?,?)",
                          [(run_id, q, s) for q, s in searches.items()])
            c.executemany(
                "INSERT OR REPLACE INTO appraisals (run_id, question_id, pmid, relevance, included, "
                "exclusion_reason, design, design_note, population, n_participants, direction, deciding_sentence, "
                "indirect, indirectness, reported_figures, direction_note, caveats, direction_confidence) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(run_id, a.question_id, a.pmid, a.relevance, int(a.included), a.exclusion_reason,
                  a.design, a.design_note, a.population, a.n_participants, a.direction,
                  a.deciding_sentence, int(a.indirect), a.indirectness, _dumps(list(a.reported_figures)),
                  a.direction_note, _dumps(list(a.caveats)), a.direction_confidence)
                 for a in appraisals])
            c.executemany(
                "INSERT OR REPLACE INTO question_grades (run_id, question_id, certainty, verdict, n_hits, "
                "n_relevant, n_studies, n_participants, designs, n_supports, n_no_effect, n_contradicts, n_mixed, "
                "n_unclear, downgrades, rationale, cited_pmids) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(run_id, g.question_id, g.certainty, g.verdict, g.n_hits, g.n_relevant, g.n_studies,
                  g.n_participants, _dumps([[d.design, d.n] for d in g.designs]), g.n_supports,
                  g.n_no_effect, g.n_contradicts, g.n_mixed, g.n_unclear, _dumps(list(g.downgrades)),
                  g.rationale, _dumps(list(g.cited_pmids))) for g in grades])
            c.executemany(
                "INSERT OR REPLACE INTO claim_verdicts (run_id, claim_id, question_id, verdict, certainty, "
                "overstated, rationale, n_studies, n_participants, cited_pmids, side, tally, reasons) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(run_id, v.claim_id, v.question_id, v.verdict, v.certainty, int(v.overstated),
                  v.rationale, v.n_studies, v.n_participants, _dumps(list(v.cited_pmids)), v.side,
                  _dumps(dataclasses.asdict(v.tally)), _dumps(list(v.reasons)))
                 for v in verdicts])
            _write_certainty_extras(c, run_id, appraisals, grades, verdicts)
            # Which text each verdict was computed for (see current_claim_verdicts).
            c.executemany("UPDATE claim_verdicts SET claim_text=? WHERE run_id=? AND claim_id=?",
                          [(cl.claim, run_id, cl.claim_id) for cl in claims])
            c.execute(
                "UPDATE runs SET status='complete', finished_at=?, progress='done', n_claims=?, "
                "n_questions=?, n_records=? WHERE run_id=?",
                (now(), len(claims), len(grades), n_records, run_id))

    # ---- search and record cache --------------------------------------------------------
    def cached_search(self, cache_key: str, query: str) -> CachedSearch | None:
        row = self.conn.execute(
            "SELECT * FROM searches WHERE cache_key=? AND query=? ORDER BY search_id DESC LIMIT 1",
            (cache_key, query)).fetchone()
        if row is None:
            return None
        return CachedSearch(row["search_id"], _search_from_row(row), row["n_fetched"])

    def take_search_lease(self, cache_key: str, query: str) -> bool:
        """Claim the right to run this search; False while another live run (or thread) holds it."""
        me = (os.getpid(), _HOST, threading.get_ident())
        with self.transaction() as c:
            row = c.execute("SELECT pid, host, pid_start, thread FROM search_leases WHERE cache_key=? AND query=?",
                            (cache_key, query)).fetchone()
            if row is not None and (row["pid"], row["host"], row["thread"]) != me:
                if row["pid"] == me[0] and row["host"] == _HOST:
                    held = any(t.ident == row["thread"] for t in threading.enumerate())
                else:
                    held = _alive(row["pid"], row["host"], row["pid_start"])
                if held:
                    return False
            c.execute("INSERT OR REPLACE INTO search_leases VALUES (?,?,?,?,?,?,?)",
                      (cache_key, query, me[0], _HOST, process_start(me[0]), me[2], now()))
            return True

    def release_search_lease(self, cache_key: str, query: str) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM search_leases WHERE cache_key=? AND query=? AND pid=? AND host=? AND thread=?",
                      (cache_key, query, os.getpid(), _HOST, threading.get_ident()))

    def save_search(self, cache_key: str, result: SearchResult, records: Iterable[Record],
                    n_fetched: int, *, reuse: bool = False) -> int:
        """Store one search and the records it fetched, atomically (the resume point), and release
        this thread's lease on it. With `reuse`, a search of the same key and query that another
        run saved meanwhile is kept instead (one cache row per key), and its id returned."""
        with self.transaction() as c:
            c.execute("DELETE FROM search_leases WHERE cache_key=? AND query=? AND pid=? AND host=? AND thread=?",
                      (cache_key, result.query, os.getpid(), _HOST, threading.get_ident()))
            if reuse:
                row = c.execute("SELECT search_id FROM searches WHERE cache_key=? AND query=? "
                                "ORDER BY search_id DESC LIMIT 1", (cache_key, result.query)).fetchone()
                if row is not None:
                    return int(row[0])
            put_records(c, result.source, records)
            cur = c.execute(
                "INSERT INTO searches (cache_key, source, source_label, query, translation, count, "
                "pmids, n_fetched, warnings, searched_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (cache_key, result.source, result.source_label, result.query, result.translation,
                 result.count, _dumps(list(result.pmids)), n_fetched, _dumps(list(result.warnings)),
                 result.searched_at))
            search_id = cur.lastrowid
            assert search_id is not None, "an INSERT always sets lastrowid"
            return int(search_id)

    def hold_records(self, source: str, records: Sequence[Record]) -> int:
        """Keep `records` of `source` that the store does not hold yet (the embedded sample a run
        searched); return how many were added."""
        have = self.known_pmids(source, [r.pmid for r in records])
        with self.transaction() as c:
            return put_records(c, source, [r for r in records if r.pmid not in have])

    def known_pmids(self, source: str, pmids: Iterable[str]) -> set[str]:
        pmids = list(pmids)
        found: set[str] = set()
        for i in range(0, len(pmids), 500):
            chunk = pmids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.conn.execute(
                f"SELECT pmid FROM records WHERE source=? AND pmid IN ({marks})", (source, *chunk)))
        return found

    def get_records(self, source: str, pmids: Iterable[str]) -> dict[str, Record]:
        pmids = list(pmids)
        out: dict[str, Record] = {}
        for i in range(0, len(pmids), 500):
            chunk = pmids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                    f"SELECT * FROM records WHERE source=? AND pmid IN ({marks})", (source, *chunk)):
                out[row["pmid"]] = _record_from_row(row)
        return out

    # ---- reads for the dashboard, exports and notebook ----------------------------------
    def frame(self, sql: str, params: Sequence = ()) -> pd.DataFrame:
        if isinstance(self.conn, db.PgConnection):
            try:
                return db.rows_frame(self.conn, sql, params)
            except psycopg.OperationalError as exc:
                raise StoreError(f"{self.path}: cannot read: {explain(exc)}") from exc
            except psycopg.Error as exc:  # as pandas reports SQLite's errors (callers catch this)
                raise pd.errors.DatabaseError(f"Execution failed on sql '{sql}': {exc}") from exc
        try:
            return pd.read_sql_query(sql, self.conn, params=list(params))
        except pd.errors.DatabaseError as exc:
            # pandas wraps SQLite's error; a damaged page read here gets the message `run` gives.
            cause = exc.__cause__ if isinstance(exc.__cause__, sqlite3.Error) else exc
            # Only failures of the file (damage, I/O): a missing table stays pandas' error for callers.
            if isinstance(cause, sqlite3.Error) and _is_storage_error(cause) and explain(cause) != str(cause):
                raise StoreError(f"{self.path}: cannot read: {explain(cause)}") from exc
            raise

    def latest_run(self) -> Any:
        return self.conn.execute(
            "SELECT * FROM runs WHERE status='complete' ORDER BY run_id DESC LIMIT 1").fetchone()

    def claims_frame(self) -> pd.DataFrame:
        """One row per claim with its current verdict (claims never graded have none)."""
        return self.frame(
            "SELECT c.claim_id, c.article, a.title AS article_title, c.quote, c.start, c.\"end\", "
            "c.claim, c.question_id, q.statement AS question, c.claim_type, c.strength, c.stance, c.origin, "
            "c.frame, v.verdict, v.certainty, v.overstated, v.n_studies, v.n_participants, v.rationale, "
            "v.cited_pmids, v.side, v.tally, v.reasons, v.certainty_sentence, v.run_id FROM claims c JOIN articles a ON a.name = c.article "
            "JOIN questions q ON q.question_id = c.question_id "
            "LEFT JOIN current_claim_verdicts v ON v.claim_id = c.claim_id "
            "ORDER BY c.article, c.position")

    def questions_frame(self) -> pd.DataFrame:
        return self.frame(
            "SELECT q.*, g.certainty, g.verdict, g.n_hits, g.n_relevant, g.n_studies, g.n_participants, "
            "g.designs, g.n_supports, g.n_no_effect, g.n_contradicts, g.n_mixed, g.n_unclear, "
            "g.downgrades, g.rationale, g.cited_pmids, g.n_participants_reviews, g.sof, g.run_id, "
            "(SELECT COUNT(*) FROM claims c WHERE c.question_id = q.question_id) AS n_claims "
            "FROM questions q LEFT JOIN current_question_grades g ON g.question_id = q.question_id "
            "ORDER BY q.question_id")

    def evidence_frame(self, question_id: str | None = None) -> pd.DataFrame:
        """Appraised records behind each question's current grade, one row per record x question."""
        where, params = ("WHERE g.question_id = ?", [question_id]) if question_id else ("", [])
        return self.frame(
            "SELECT ap.question_id, ap.pmid, r.title, r.journal, r.year, r.doi, r.text_kind, "
            "r.text_complete, ap.relevance, ap.included, ap.exclusion_reason, ap.design, "
            "ap.design_note, ap.population, ap.n_participants, ap.direction, ap.deciding_sentence, "
            "ap.indirect, ap.indirectness, ap.reported_figures, ap.direction_note, ap.caveats, "
            "ap.direction_confidence, ap.review_pools, ap.effect, ap.risk_of_bias, ap.harm, run.source "
            "FROM current_question_grades g JOIN appraisals ap ON ap.run_id = g.run_id "
            "AND ap.question_id = g.question_id JOIN runs run ON run.run_id = g.run_id "
            "LEFT JOIN records r ON r.pmid = ap.pmid AND r.source = run.source "
            f"{where} ORDER BY ap.question_id, ap.included DESC, r.year DESC, ap.pmid", params)

    def searches_frame(self) -> pd.DataFrame:
        """The search behind each question's current grade, with its provenance."""
        return self.frame(
            "SELECT g.question_id, s.source, s.source_label, s.query, s.translation, s.count, "
            "s.n_fetched, s.warnings, s.searched_at, g.run_id FROM current_question_grades g "
            "JOIN run_searches rs ON rs.run_id = g.run_id AND rs.question_id = g.question_id "
            "JOIN searches s ON s.search_id = rs.search_id ORDER BY g.question_id")

    def articles_frame(self) -> pd.DataFrame:
        return self.frame("SELECT name, title, format, sha256, origin, added_at, length(text) AS n_chars "
                          "FROM articles ORDER BY name")

    def article(self, name: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE name=?", (name,)).fetchone()
        if row is None:
            return None
        return Article(row["name"], row["title"], row["text"], row["format"], row["sha256"], row["path"] or "")

    def runs_frame(self) -> pd.DataFrame:
        return self.frame("SELECT * FROM runs ORDER BY run_id DESC")

    def records_frame(self, source: str | None = None) -> pd.DataFrame:
        where, params = ("WHERE source=?", [source]) if source else ("", [])
        return self.frame(f"SELECT * FROM records {where} ORDER BY pmid", params)

    # ---- audit jobs (the dashboard's "Audit an article") -----------------------------------
    AUDIT_JOB_FIELDS = frozenset({"published", "status", "stage", "done", "total", "candidates", "min_score",
                                  "source_label", "run_id", "error", "worker", "as_of"})

    def create_audit_job(self, job_id: str, owner: str, article: Article, *, existing: bool,
                         status: str, min_score: float, source: str, mirror: str | None,
                         source_label: str, worker: str | None = None) -> None:
        stamp = now()
        with self.transaction() as c:
            c.execute(
                "INSERT INTO audit_jobs (job_id, owner, article, sha256, title, text, format, existing, "
                "status, min_score, source, mirror, source_label, worker, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (job_id, owner, article.name, article.sha256, article.title, article.text, article.format,
                 int(existing), status, min_score, source, mirror, source_label, worker, stamp, stamp))

    def audit_job_row(self, job_id: str) -> Any:
        """One job's row; None when there is no such job (or no job was ever made in this store)."""
        try:
            return self.conn.execute("SELECT * FROM audit_jobs WHERE job_id=?", (job_id,)).fetchone()
        except db.OperationalError:  # a read-only store made before audit jobs existed
            return None

    def update_audit_job(self, job_id: str, *, expect_status: Sequence[str] | None = None,
                         expect_worker: str | None = None, **fields) -> bool:
        """Set `fields` of a job; with `expect_status` / `expect_worker` only if the job still has
        that status / worker (compare-and-set, so two tabs cannot both start a run). True if set."""
        unknown = set(fields) - self.AUDIT_JOB_FIELDS
        if unknown:
            raise ValueError(f"not audit job fields: {', '.join(sorted(unknown))}")
        names = sorted(fields)
        sql = "UPDATE audit_jobs SET " + ", ".join(f"{n}=?" for n in names) + ", updated_at=? WHERE job_id=?"
        params: list = [fields[n] for n in names] + [now(), job_id]
        if expect_status is not None:
            sql += f" AND status IN ({','.join('?' * len(expect_status))})"
            params += list(expect_status)
        if expect_worker is not None:
            sql += " AND worker IS ?"
            params.append(expect_worker)
        with self.transaction() as c:
            return c.execute(sql, params).rowcount == 1

    def find_article(self, sha256: str, text: str | None = None) -> Article | None:
        """The stored article with this raw-byte checksum or, failing that, this exact stored text
        (the same words pasted rather than uploaded); the oldest when several match."""
        row = self.conn.execute("SELECT * FROM articles WHERE sha256=? ORDER BY added_at, name LIMIT 1",
                                (sha256,)).fetchone()
        if row is None and text is not None:
            row = self.conn.execute("SELECT * FROM articles WHERE length(text)=? AND text=? "
                                    "ORDER BY added_at, name LIMIT 1", (len(text), text)).fetchone()
        if row is None:
            return None
        return Article(row["name"], row["title"], row["text"], row["format"], row["sha256"], row["path"] or "")

    def private_articles(self) -> pd.DataFrame:
        """Articles of dashboard audits not yet published, with the session that owns each
        (columns article, owner): only that session's pages list them."""
        try:
            return self.frame("SELECT DISTINCT article, owner FROM audit_jobs WHERE published = 0 "
                              "AND article NOT IN (SELECT article FROM audit_jobs WHERE published = 1)")
        except Exception:  # a read-only store made before audit jobs existed
            return pd.DataFrame({"article": [], "owner": []})

    def audit_job_article(self, sha256: str) -> str | None:
        """The article name an earlier audit job gave to these bytes, if any."""
        row = self.conn.execute("SELECT article FROM audit_jobs WHERE sha256=? ORDER BY created_at LIMIT 1",
                                (sha256,)).fetchone()
        return row[0] if row else None

    def claim_origins(self, article: str) -> dict[str, int]:
        """How many claims the store holds for `article`, by origin (curated / auto)."""
        return {r[0]: int(r[1]) for r in self.conn.execute(
            "SELECT origin, COUNT(*) FROM claims WHERE article=? GROUP BY origin", (article,))}

    def interrupt_run(self, run_id: int) -> None:
        with self.transaction() as c:
            c.execute("UPDATE runs SET status='interrupted', finished_at=? WHERE run_id=? AND status='running'",
                      (now(), run_id))

    def run_verdicts_frame(self, run_id: int) -> pd.DataFrame:
        """The claims one run graded, with that run's verdicts (not the current ones)."""
        return self.frame(
            "SELECT v.claim_id, c.article, c.quote, c.start, c.\"end\", c.claim, v.question_id, "
            "q.statement AS question, c.claim_type, c.strength, c.stance, c.origin, c.frame, v.verdict, v.certainty, "
            "v.overstated, v.n_studies, v.n_participants, v.rationale, v.cited_pmids, v.side, v.tally, v.reasons, v.run_id "
            "FROM claim_verdicts v LEFT JOIN claims c ON c.claim_id = v.claim_id "
            "LEFT JOIN questions q ON q.question_id = v.question_id WHERE v.run_id = ? "
            "ORDER BY c.position, v.claim_id", [run_id])

    def run_searches_frame(self, run_id: int) -> pd.DataFrame:
        """The search behind each question of one run: query, hits, records read, warnings."""
        return self.frame(
            "SELECT rs.question_id, q.statement, s.query, s.count, s.n_fetched, s.source, s.source_label, "
            "s.warnings, s.searched_at FROM run_searches rs JOIN searches s ON s.search_id = rs.search_id "
            "LEFT JOIN questions q ON q.question_id = rs.question_id WHERE rs.run_id = ? "
            "ORDER BY rs.question_id", [run_id])


def _upsert_inputs(c: db.Connection, articles: Sequence[Article], questions: Sequence[Question],
                   claims: Sequence[Claim]) -> None:
    stamp = now()
    for a in articles:
        c.execute(
            "INSERT INTO articles (name, title, text, format, sha256, path, origin, added_at) "
            "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET title=excluded.title, "
            "text=excluded.text, format=excluded.format, sha256=excluded.sha256, path=excluded.path",
            (a.name, a.title, a.text, a.format, a.sha256, a.path,
             "auto" if any(cl.article == a.name and cl.origin == "auto" for cl in claims) else "curated",
             stamp))
    c.executemany(
        "INSERT INTO questions VALUES (?,?,?,?,?,?) ON CONFLICT(question_id) DO UPDATE SET "
        "statement=excluded.statement, intervention=excluded.intervention, outcome=excluded.outcome, "
        "kind=excluded.kind, query=excluded.query",
        [(q.question_id, q.statement, q.intervention, q.outcome, q.kind, q.query) for q in questions])
    # The run's claims are the whole truth for the articles it covered.
    names = sorted({a.name for a in articles})
    if names:
        marks = ",".join("?" * len(names))
        keep = [cl.claim_id for cl in claims]
        c.execute("CREATE TEMP TABLE IF NOT EXISTS _keep (claim_id TEXT PRIMARY KEY)")
        c.execute("DELETE FROM _keep")
        c.executemany("INSERT OR IGNORE INTO _keep VALUES (?)", [(k,) for k in keep])
        c.execute(f"DELETE FROM claims WHERE article IN ({marks}) AND claim_id NOT IN (SELECT claim_id FROM _keep)",
                  names)
    c.executemany(
        "INSERT OR REPLACE INTO claims (claim_id, article, quote, start, \"end\", claim, question_id, "
        "claim_type, strength, origin, position, stance, frame) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(cl.claim_id, cl.article, cl.quote, cl.start, cl.end, cl.claim, cl.question_id,
          cl.claim_type, cl.strength, cl.origin, i, cl.stance,
          _dumps(dataclasses.asdict(cl.frame)) if cl.frame is not None else None)
         for i, cl in enumerate(claims)])


def put_records(c: db.Connection, source: str, records: Iterable[Record]) -> int:
    rows = [(r.pmid, source, r.title, _dumps([[s.label, s.text] for s in r.abstract]), r.journal,
             r.year, r.doi, r.pmc, r.language, _dumps(list(r.publication_types)),
             _dumps([[m.descriptor, m.major, list(m.qualifiers)] for m in r.mesh]),
             _dumps(list(r.keywords)), _dumps(list(r.authors)), r.text_kind, int(r.text_complete),
             r.captured_from, r.fetched_at, extras_to_json(r)) for r in records]
    c.executemany("INSERT OR REPLACE INTO records (pmid, source, title, abstract, journal, year, doi, pmc, "
                  "language, publication_types, mesh, keywords, authors, text_kind, text_complete, "
                  "captured_from, fetched_at, citation) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    return len(rows)


def _record_from_row(row: Any) -> Record:
    return Record(
        pmid=row["pmid"], title=row["title"],
        abstract=tuple(AbstractSection(label, text) for label, text in json.loads(row["abstract"])),
        journal=row["journal"], year=row["year"], doi=row["doi"], pmc=row["pmc"],
        language=row["language"], publication_types=tuple(json.loads(row["publication_types"])),
        mesh=tuple(MeshHeading(d, bool(m), tuple(q)) for d, m, q in json.loads(row["mesh"])),
        keywords=tuple(json.loads(row["keywords"])), authors=tuple(json.loads(row["authors"])),
        text_kind=row["text_kind"], text_complete=bool(row["text_complete"]),
        captured_from=row["captured_from"], fetched_at=row["fetched_at"], **extras_from_json(row["citation"]))


def _search_from_row(row: Any) -> SearchResult:
    return SearchResult(
        source=row["source"], query=row["query"], translation=row["translation"], count=row["count"],
        pmids=tuple(json.loads(row["pmids"])), searched_at=row["searched_at"],
        warnings=tuple(json.loads(row["warnings"])), source_label=row["source_label"])


def decode_json_column(value: str | None) -> list:
    """Parse a JSON list column from a frame cell (None -> [])."""
    return json.loads(value) if value else []


# ---- moving a store between engines (`tracker store copy`) ------------------------------------

# Parents before children (foreign keys); tables added later follow in name order.
_COPY_ORDER = ("meta", "articles", "questions", "claims", "searches", "search_leases", "records", "runs",
               "run_searches", "appraisals", "question_grades", "claim_verdicts", "audit_jobs", "decisions",
               "applied_decisions")


def _schema_names() -> set[str]:
    """The tables, views and indexes `SCHEMA` creates."""
    import re

    return set(re.findall(r"CREATE\s+(?:TABLE|VIEW|INDEX)\s+IF\s+NOT\s+EXISTS\s+(\w+)", SCHEMA, re.IGNORECASE))


class CopyError(StoreError):
    """A store copy was refused (the destination is not empty) or does not match its source."""


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows_src: int
    rows_dst: int
    hash_src: str
    hash_dst: str

    @property
    def same(self) -> bool:
        return self.rows_src == self.rows_dst and self.hash_src == self.hash_dst


def _canonical(value) -> object:
    """A value as both engines give it back: floats exactly (repr), bytes as hex."""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (bytes, memoryview)):
        return bytes(value).hex()
    return value


def _tables(store: Store) -> list[str]:
    if isinstance(store.conn, db.PgConnection):
        names = store.conn.tables()
    else:
        names = [r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    known = [t for t in _COPY_ORDER if t in names]
    return known + sorted(set(names) - set(known))


def _columns(store: Store, table: str) -> list[str]:
    if isinstance(store.conn, db.PgConnection):
        return store.conn.table_info(table)[0]
    return [r[1] for r in store.conn.execute(f'PRAGMA table_info("{table}")')]


def table_digest(store: Store, table: str, columns: Sequence[str] | None = None) -> tuple[int, str]:
    """(row count, sha256 of the table's rows) -- the same for the same content on either engine:
    rows are hashed as canonical JSON, sorted, so neither storage order nor engine matters."""
    import hashlib

    cols = list(columns or _columns(store, table))
    names = ", ".join(f'"{c}"' for c in cols)
    lines = sorted(json.dumps([_canonical(v) for v in row], ensure_ascii=False)
                   for row in store.conn.execute(f'SELECT {names} FROM "{table}"'))
    digest = hashlib.sha256()
    digest.update(json.dumps(cols).encode())
    for line in lines:
        digest.update(line.encode() + b"\n")
    return len(lines), digest.hexdigest()


def copy_store(src: str | Path, dst: str | Path, *, batch: int = 1000) -> list[TableCopy]:
    """Copy every table of the store at `src` into a new, empty store at `dst` (a SQLite file or
    a PostgreSQL URL each) in one transaction, then compare row counts and content hashes of the
    two sides table by table. Raises `CopyError` when `dst` already holds data or a table differs
    (the report is in its `tables`)."""
    with Store(src, readonly=True, check=True) as source, Store(dst) as target:
        tables = _tables(source)
        busy = [t for t in _tables(target) if t != "meta"
                and target.conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() is not None]
        if busy:
            raise CopyError(f"{target.path}: already holds data (in {', '.join(busy[:4])}); copy into a new, "
                            "empty database or file. Nothing was written to it.")
        plan = []
        for t in tables:
            cols, have = _columns(source, t), set(_columns(target, t))
            missing = [c for c in cols if c not in have]
            if missing:
                raise CopyError(f"{target.path}: table {t} has no column {', '.join(missing)}; both stores must "
                                f"have schema version {SCHEMA_VERSION}")
            plan.append((t, cols))
        with target.transaction() as c:
            if not isinstance(c, db.PgConnection):
                c.execute("PRAGMA defer_foreign_keys = ON")
            for t, cols in plan:
                names = ", ".join(f'"{col}"' for col in cols)
                verb = "INSERT OR REPLACE" if t == "meta" else "INSERT"  # the new store wrote its version
                sql = f"{verb} INTO {t} ({names}) VALUES ({','.join('?' * len(cols))})"
                cur = source.conn.execute(f'SELECT {names} FROM "{t}"')
                while rows := cur.fetchmany(batch):
                    c.executemany(sql, [tuple(r) for r in rows])
            if isinstance(c, db.PgConnection):
                for t, _ in plan:
                    c.reset_identity(t)  # the next run/search/decision id follows the copied ones
        report = []
        for t, cols in plan:
            n_src, h_src = table_digest(source, t, cols)
            n_dst, h_dst = table_digest(target, t, cols)
            report.append(TableCopy(t, n_src, n_dst, h_src, h_dst))
    bad = [r.table for r in report if not r.same]
    if bad:
        err = CopyError(f"{db.location(dst)}: the copy differs from {db.location(src)} in {', '.join(bad)}")
        err.tables = report  # type: ignore[attr-defined]
        raise err
    return report
