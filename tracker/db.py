"""The two engines behind `Store`: SQLite (a file path) and PostgreSQL (a `postgresql://` URL).

The store and its readers write SQLite's dialect (`?` placeholders, `INSERT OR REPLACE`,
`lastrowid`, `IS ?`); `PgConnection` runs that same SQL on PostgreSQL through psycopg 3, so
every module keeps one copy of its queries. Rows read by position or by name on both engines,
and `Error` / `DatabaseError` / `OperationalError` / `IntegrityError` catch either engine's
error of that kind.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

import psycopg
import psycopg.errors
from psycopg.types.numeric import FloatLoader

# One exception type per kind for both engines (use in `except`).
Error: tuple[type[Exception], ...] = (sqlite3.Error, psycopg.Error)
DatabaseError: tuple[type[Exception], ...] = (sqlite3.DatabaseError, psycopg.DatabaseError)
IntegrityError: tuple[type[Exception], ...] = (sqlite3.IntegrityError, psycopg.IntegrityError)
# "No such table/column" is an OperationalError in SQLite, a ProgrammingError in PostgreSQL.
OperationalError: tuple[type[Exception], ...] = (
    sqlite3.OperationalError, psycopg.OperationalError, psycopg.errors.UndefinedTable,
    psycopg.errors.UndefinedColumn)

_URL = re.compile(r"^postgres(?:ql)?:/+", re.IGNORECASE)


def is_url(db: object) -> bool:
    """Whether `db` names a PostgreSQL database rather than a SQLite file."""
    return isinstance(db, (str, Path)) and bool(_URL.match(str(db)))


def normalise(db: str | Path) -> str | Path:
    """A PostgreSQL URL as a string (its `//` restored if `Path()` collapsed it), else a Path."""
    if isinstance(db, Location):
        return db.url  # a store's `path`: the URL it was opened with, password included
    text = str(db)
    if not is_url(text):
        return Path(db)
    scheme, rest = text.split(":", 1)
    if not rest.startswith("//"):
        rest = rest.lstrip("/")
        # `postgresql:///db?host=/run/postgresql` (a Unix socket: no host before the database)
        # folds to `postgresql:/db?host=...`; restoring `//` alone would make the database the host.
        first, _, query = rest.partition("?")
        socket = "/" not in first and "@" not in first and "host" in parse_qs(query)
        rest = ("///" if socket else "//") + rest
    return f"{scheme}:{rest}"


def location(db: str | Path) -> Path | Location:
    """Where a store is, as messages and checks may show it: a Path, or a PostgreSQL URL with its
    password hidden (`Location`; `normalise` gives the URL back whole)."""
    where = normalise(db)
    return Location(where) if isinstance(where, str) else where


def redact(url: str) -> str:
    """The URL with its password hidden, for messages: in the user part, and a `password=`
    parameter (libpq reads both)."""
    parts = urlsplit(url)
    netloc, query = parts.netloc, parts.query
    if parts.password is not None:
        netloc = netloc.replace(f":{parts.password}@", ":***@", 1)
    if query:
        query = "&".join("password=***" if item.partition("=")[0] == "password" else item
                         for item in query.split("&"))
    if (netloc, query) == (parts.netloc, parts.query):
        return url
    return urlunsplit(parts._replace(netloc=netloc, query=query))


class Location(str):
    """Where a PostgreSQL store is, standing in for a SQLite store's `Path` in messages and
    checks (`exists()`: a server database is there once we connected)."""

    @property
    def url(self) -> str:
        return self._url

    def __new__(cls, url: str) -> Location:
        obj = super().__new__(cls, redact(url))
        obj._url = url
        return obj

    @property
    def name(self) -> str:
        return urlsplit(self._url).path.lstrip("/") or "postgres"

    def exists(self) -> bool:
        return True

    def is_dir(self) -> bool:
        return False

    _url: str


# ---- rows ---------------------------------------------------------------------------------

class Row:
    """A row read by position (`row[0]`) or column name (`row["col"]`), like sqlite3.Row."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: Sequence[Any]):
        self._index, self._values = index, tuple(values)

    def __getitem__(self, key):
        if isinstance(key, (int, slice)):
            return self._values[key]
        try:
            return self._values[self._index[key]]
        except KeyError:
            return self._values[self._index[key.lower()]]  # sqlite3.Row matches names case-blind

    def keys(self) -> list[str]:
        return list(self._index)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Row) and other._values == self._values and other._index == self._index

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values))!r})"


def _row_factory(cursor: psycopg.Cursor):
    names = [d.name for d in cursor.description or ()]
    index: dict[str, int] = {}
    for i, n in enumerate(names):
        index.setdefault(n, i)
        index.setdefault(n.lower(), i)
    return lambda values: Row(index, values)


# ---- SQLite's dialect on PostgreSQL ----------------------------------------------------------

_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|[^'\"-]+|-", re.S)
_INSERT_OR = re.compile(r"^\s*INSERT\s+OR\s+(REPLACE|IGNORE)\s+INTO\s+([A-Za-z_][\w]*)\s*(\(([^)]*)\))?",
                        re.IGNORECASE)
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+([A-Za-z_]\w*)", re.IGNORECASE)
_IS_NOT = re.compile(r"\bIS\s+NOT\s+(?!NULL\b|TRUE\b|FALSE\b|DISTINCT\b)", re.IGNORECASE)
_IS = re.compile(r"\bIS\s+(?!NOT\b|NULL\b|TRUE\b|FALSE\b|DISTINCT\b)", re.IGNORECASE)
_MAX2 = re.compile(r"\b(MAX|MIN)\(([^(),]+),([^(),]+)\)", re.IGNORECASE)
_JSON_EACH = re.compile(r"\bjson_each\(([^()]+)\)\s+(\w+)", re.IGNORECASE)


def _outside_literals(sql: str, fn, literal=lambda t: t) -> str:
    """Apply `fn` to the parts of `sql` outside string literals, quoted names and comments
    (comments dropped), `literal` to literals and quoted names."""
    out: list[str] = []
    plain: list[str] = []
    for tok in _TOKENS.findall(sql):
        if tok[0] in "'\"" or tok.startswith("--"):
            out.append(fn("".join(plain)))
            plain = []
            out.append("" if tok.startswith("--") else literal(tok))
        else:
            plain.append(tok)
    out.append(fn("".join(plain)))
    return "".join(out)


def _expressions(part: str) -> str:
    part = _IS_NOT.sub("IS DISTINCT FROM ", part)
    part = _IS.sub("IS NOT DISTINCT FROM ", part)
    part = _MAX2.sub(lambda m: f"{'GREATEST' if m[1].upper() == 'MAX' else 'LEAST'}({m[2]},{m[3]})", part)
    # json_each(x) j: j.value the element as text, j.key its 0-based position (as in SQLite)
    part = _JSON_EACH.sub(lambda m: f"(SELECT value, ordinality - 1 AS key FROM "
                                    f"jsonb_array_elements_text(({m[1]})::jsonb) WITH ORDINALITY) {m[2]}", part)
    return part


_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_ORDER_END = re.compile(r"(LIMIT|OFFSET|UNION|EXCEPT|INTERSECT|FETCH|WINDOW)\b", re.IGNORECASE)


def _null_order(sql: str) -> str:
    """SQLite sorts NULL first ascending and last descending; PostgreSQL the other way round.
    Each ORDER BY term gets SQLite's rule spelt out, so both engines list rows alike."""
    masked = "".join(t if t[0] not in "'\"" else t[0] * len(t) for t in _TOKENS.findall(sql))
    if len(masked) != len(sql) or not _ORDER_BY.search(masked):
        return sql
    inserts: list[tuple[int, str]] = []
    for m in _ORDER_BY.finditer(masked):
        depth, j, term_end = 0, m.end(), []
        while j < len(masked):
            ch = masked[j]
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and (ch == ";" or (masked[j - 1] in " \n\t" and _ORDER_END.match(masked, j))):
                break
            elif depth == 0 and ch == ",":
                term_end.append(j)
            j += 1
        term_end.append(j)
        start = m.end()
        for end in term_end:
            term = masked[start:end].rstrip()
            words = term.upper().split()
            if words and "NULLS" not in words:
                stop = start + len(term)
                inserts.append((stop, " NULLS LAST" if words[-1] == "DESC" else " NULLS FIRST"))
            start = end + 1
    for pos, text in sorted(inserts, reverse=True):
        sql = sql[:pos] + text + sql[pos:]
    return sql


def translate_ddl(script: str) -> list[str]:
    """SQLite schema statements as PostgreSQL ones (types widened so values keep their range and
    precision; text compared byte-wise as SQLite does, whatever the server's locale)."""
    statements = []
    for stmt in _outside_literals(script, lambda s: s).split(";"):
        if not stmt.strip():
            continue
        if re.match(r"\s*CREATE\s+(TEMP\s+)?TABLE", stmt, re.IGNORECASE):
            # a type is the word after a column's name (a column may be called `text`)
            col = r"(?<=[\w\"])(\s+)"
            stmt = re.sub(col + r"INTEGER\s+PRIMARY\s+KEY\b",
                          r"\1BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", stmt, flags=re.IGNORECASE)
            stmt = re.sub(col + r"INTEGER\b", r"\1BIGINT", stmt, flags=re.IGNORECASE)
            stmt = re.sub(col + r"REAL\b", r"\1DOUBLE PRECISION", stmt, flags=re.IGNORECASE)
            stmt = re.sub(col + r"TEXT\b", r'\1TEXT COLLATE "C"', stmt, flags=re.IGNORECASE)
        elif re.match(r"\s*CREATE\s+VIEW", stmt, re.IGNORECASE):
            stmt = _null_order(_outside_literals(stmt, _expressions))
        statements.append(stmt.strip())
    return statements


def view_name(stmt: str) -> str | None:
    m = re.match(r"\s*CREATE\s+VIEW\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", stmt, re.IGNORECASE)
    return m[1] if m else None


class PgCursor:
    """psycopg's cursor with sqlite3's `lastrowid`."""

    def __init__(self, cur: psycopg.Cursor[Any], lastrowid: int | None = None):
        self._cur, self.lastrowid = cur, lastrowid

    @property
    def rowcount(self) -> int:
        return self._cur.rowcount

    @property
    def description(self):
        return self._cur.description

    def fetchone(self) -> Row | None:
        return self._cur.fetchone()

    def fetchall(self) -> list[Row]:
        return self._cur.fetchall()

    def fetchmany(self, size: int = 1) -> list[Row]:
        return self._cur.fetchmany(size)

    def __iter__(self) -> Iterator[Row]:
        return iter(self._cur.fetchall() if self._cur.description else [])

    def close(self) -> None:
        self._cur.close()


# Every write transaction holds this advisory lock: writers take turns as they do on SQLite
# (BEGIN IMMEDIATE), so the store's read-then-write steps (leases, the search cache, a
# reviewer's decision) stay atomic on PostgreSQL too. Readers never wait for it.
WRITE_LOCK = 0x7472_6163_6B65_72  # "tracker"


class PgConnection:
    """A PostgreSQL connection that speaks the store's SQL (see the module docstring).

    Autocommit outside `begin()`: a reader holds no transaction open between reads."""

    dialect = "postgresql"

    def __init__(self, url: str, *, readonly: bool = False):
        self.url = url
        self._conn = psycopg.connect(url, autocommit=True, row_factory=_row_factory, connect_timeout=10)
        self._conn.adapters.register_loader("numeric", FloatLoader)  # SUM/AVG: floats, as in SQLite
        self._tables: dict[str, tuple[list[str], list[str], str | None]] = {}
        self._lock = threading.RLock()
        if readonly:
            self._conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    # -- catalog ------------------------------------------------------------------------
    def table_info(self, table: str) -> tuple[list[str], list[str], str | None]:
        """(columns in order, primary-key columns, identity column) of `table`."""
        if table not in self._tables:
            cols = [r[0] for r in self._conn.execute(
                "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(%s) AND attnum > 0 "
                "AND NOT attisdropped ORDER BY attnum", (table,))]
            pk = [r[0] for r in self._conn.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass(%s) AND i.indisprimary "
                "ORDER BY array_position(i.indkey, a.attnum)", (table,))]
            ident = self._conn.execute(
                "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(%s) AND attidentity <> ''",
                (table,)).fetchone()
            if not cols:
                return [], [], None  # not cached: the table may be created later
            self._tables[table] = (cols, pk, ident[0] if ident else None)
        return self._tables[table]

    def reset_identity(self, table: str) -> None:
        """Set `table`'s identity counter past its largest id (after rows were copied in with ids)."""
        ident = self.table_info(table)[2]
        if ident:
            self._conn.execute(
                f'SELECT setval(pg_get_serial_sequence(%s, %s), COALESCE(MAX("{ident}"), 0) + 1, false) '
                f'FROM "{table}"', (table, ident))  # type: ignore[arg-type]

    def relations(self) -> set[str]:
        """Names of the tables, views and indexes in the current schema."""
        return {r[0] for r in self._conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'i', 'p')")}

    def tables(self) -> list[str]:
        return [r[0] for r in self._conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")]

    # -- SQL ----------------------------------------------------------------------------
    def translate(self, sql: str, *, many: bool = False) -> tuple[str, str | None]:
        """(PostgreSQL SQL, the identity column it returns, if any)."""
        returning: str | None = None
        suffix = ""
        m = _INSERT_OR.match(sql)
        if m:
            kind, table, cols = m[1].upper(), m[2], m[4]
            sql = f"INSERT INTO {table}" + (f" ({cols})" if cols else "") + " " + sql[m.end():]
            if kind == "IGNORE":
                suffix = " ON CONFLICT DO NOTHING"
            else:
                columns, pk, _ = self.table_info(table)
                names = [c.strip().strip('"') for c in cols.split(",")] if cols else columns
                update = [c for c in names if c not in pk]
                if not pk:
                    raise psycopg.ProgrammingError(f"INSERT OR REPLACE INTO {table}: it has no primary key")
                keys = ", ".join(f'"{c}"' for c in pk)
                suffix = (f" ON CONFLICT ({keys}) DO UPDATE SET "
                          + ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in update)) if update else \
                    f" ON CONFLICT ({keys}) DO NOTHING"
        if not many and (ins := _INSERT.match(sql)) and " RETURNING " not in sql.upper():
            ident = self.table_info(ins[1])[2]
            if ident:
                returning = ident
                suffix += f' RETURNING "{ident}"'
        # psycopg reads every % as a placeholder's start, in literals too
        sql = _outside_literals(sql.rstrip().rstrip(";"),
                                lambda p: _expressions(p.replace("%", "%%").replace("?", "%s")),
                                lambda t: t.replace("%", "%%"))
        return _null_order(sql) + suffix, returning

    def execute(self, sql: str, params: Sequence[Any] | None = ()) -> PgCursor:
        text, returning = self.translate(sql)
        with self._lock:
            cur = self._conn.cursor()
            cur.execute(text, list(params or ()))  # type: ignore[arg-type]
            lastrowid = None
            if returning:
                row = cur.fetchone()
                lastrowid = row[0] if row else None
            return PgCursor(cur, lastrowid)

    def executemany(self, sql: str, seq: Sequence[Sequence[Any]]) -> PgCursor:
        text, _ = self.translate(sql, many=True)
        with self._lock:
            cur = self._conn.cursor()
            rows = [list(r) for r in seq]
            if rows:
                cur.executemany(text, rows)  # type: ignore[arg-type]
            return PgCursor(cur)

    def executescript(self, script: str) -> None:
        with self._lock:
            self._conn.execute(script)  # type: ignore[call-overload]

    # -- transactions --------------------------------------------------------------------
    def begin(self) -> None:
        """Start a write transaction, waiting for any other writer to finish (see WRITE_LOCK)."""
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            except BaseException:
                # Ctrl-C or a timeout while waiting for another writer: leave no transaction
                # open, or the caller's next write (recording the run as failed) would fail too.
                self._conn.rollback()
                raise

    def commit(self) -> None:
        with self._lock:
            self._conn.commit()

    def rollback(self) -> None:
        with self._lock:
            self._conn.rollback()

    def close(self) -> None:
        self._conn.close()

    @property
    def in_transaction(self) -> bool:
        return self._conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE


Connection = sqlite3.Connection | PgConnection


def connect_postgres(url: str, *, readonly: bool = False) -> PgConnection:
    return PgConnection(url, readonly=readonly)


def begin_write(conn: Connection) -> None:
    """BEGIN IMMEDIATE on SQLite; BEGIN plus the writers' lock on PostgreSQL."""
    if isinstance(conn, PgConnection):
        conn.begin()
    else:
        conn.execute("BEGIN IMMEDIATE")


def rows_frame(conn: Connection, sql: str, params: Sequence[Any] = ()):
    """A pandas frame of a query on either engine (pandas reads psycopg only via SQLAlchemy)."""
    import pandas as pd

    if isinstance(conn, sqlite3.Connection):
        return pd.read_sql_query(sql, conn, params=list(params))
    cur = conn.execute(sql, params)
    columns = [d.name for d in cur.description or ()]
    return pd.DataFrame.from_records([tuple(r) for r in cur.fetchall()], columns=columns, coerce_float=True)


__all__ = ["Connection", "DatabaseError", "Error", "IntegrityError", "Location", "OperationalError",
           "PgConnection", "Row", "begin_write", "connect_postgres", "is_url", "location", "normalise", "redact",
           "rows_frame", "translate_ddl"]
