"""A local PubMed index: SQLite FTS5 behind the `SearchBackend` interface.

One file holds
- `fts`, a contentless FTS5 table with one column per searchable field. Its rowid is
  `year * 10**9 + pmid`, so `ORDER BY rowid DESC` is "newest first" straight from the index
  and the PMID is `rowid % 10**9` without a join;
- `records`, the full `Record` (zlib-compressed JSON) by PMID, so `fetch` returns exactly what
  was added, and what a contentless row needs to be deleted again;
- `meta` and `ingested_files` (per-file, keyed by content hash: progress of `tracker mirror ingest`, committed in the same
  transaction as the rows, which is what makes an ingest resumable after a kill).

PubMed syntax is parsed by `tracker.pubmed_query` and translated into a single FTS5 MATCH
expression, passed as a parameter: user text only ever reaches SQLite as double-quoted FTS5
strings made of letters and digits. Exact-name matches ([mh], [pt], [au]) are lookups of one
joined token per name (see JOIN), so they stay inside the one MATCH too and cost no more than
a rare word.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import os
import sqlite3
import tempfile
import time
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Literal, NamedTuple

from . import snapshot as snapshot_mod
from .citations import extras_from_json, extras_to_json
from .models import AbstractSection, MeshHeading, Record, SearchResult, SourceName
from .pubmed_query import (
    BoolOp,
    DateRange,
    Node,
    Term,
    iter_terms,
    parse_query,
    to_pubmed,
    words_of,
)
from .search import QuerySyntaxError, SearchError

INDEX_FORMAT = "tracker-local-index/4"
# Exact-name fields (MeSH headings, publication types, authors) are indexed as one token per
# name, its words joined by private-use characters, which SQLite's unicode61 tokenizer keeps
# inside a token and which user words never contain (`words_of` drops them). An exact match is
# then a single-token lookup, and "starts with these words" a prefix lookup on the same token.
JOIN = "\ue004"  # between the words of a name: "acne\ue004vulgaris"
COMMA = "\ue003"  # the comma of MeSH's inverted names: "cicatrix\ue003hypertrophic"
QSEP = "\ue001"  # between a MeSH descriptor and a qualifier, and before a lone qualifier
NEVER = "\ue002"  # a token no row holds: "matches nothing"
PMID_SPACE = 10**9
MAX_FTS_DEPTH = 40  # SQLite's FTS5 expression parser overflows near 100 levels

COLUMNS: tuple[str, ...] = (
    "title", "abstract", "keywords", "mesh", "pt", "journal", "authors",  # words
    "mhx", "majrx", "ptx", "aux",  # one joined token per name
    "la", "dp", "pmid",
)

# Which FTS5 columns each canonical field searches.
FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "all": ("title", "abstract", "keywords", "mesh", "pt", "journal", "authors"),
    "tw": ("title", "abstract", "keywords", "mesh", "pt"),
    "tiab": ("title", "abstract", "keywords"),
    "ti": ("title",),
    "ab": ("abstract",),
    "ot": ("keywords",),
    "ta": ("journal",),
    "mh": ("mhx",),
    "mh:noexp": ("mhx",),
    "majr": ("majrx",),
    "majr:noexp": ("majrx",),
    "sh": ("mhx",),
    "pt": ("ptx",),
    "au": ("aux",),
    "la": ("la",),
    "pmid": ("pmid",),
}

# ISO 639-2 codes PubMed uses, with the names people type in [la].
LANGUAGES: dict[str, str] = {
    "eng": "english", "fre": "french", "ger": "german", "spa": "spanish", "ita": "italian",
    "por": "portuguese", "rus": "russian", "chi": "chinese", "jpn": "japanese", "kor": "korean",
    "pol": "polish", "dut": "dutch", "tur": "turkish", "per": "persian", "ara": "arabic",
    "swe": "swedish", "dan": "danish", "nor": "norwegian", "fin": "finnish", "cze": "czech",
    "hun": "hungarian", "gre": "greek", "heb": "hebrew", "ukr": "ukrainian", "rum": "romanian",
    "hrv": "croatian", "srp": "serbian", "slv": "slovenian", "slo": "slovak", "bul": "bulgarian",
    "lit": "lithuanian", "tha": "thai", "vie": "vietnamese", "ind": "indonesian", "mul": "multiple",
}
_LANGUAGE_CODES = {name: code for code, name in LANGUAGES.items()}

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records(
    pmid INTEGER PRIMARY KEY,
    docid INTEGER NOT NULL,
    year INTEGER,
    flags INTEGER NOT NULL,
    record BLOB NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    {", ".join(COLUMNS)},
    content='', columnsize=0, tokenize='unicode61 remove_diacritics 2'
);
-- Ingest progress keyed by the file's content (SHA-256): a different file with the same name and
-- size is a new file, and a renamed copy is recognised.
CREATE TABLE IF NOT EXISTS ingested_files(
    sha256 TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    items_done INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL,
    finished_at TEXT
);
"""

# `records.flags` bits: which optional fields a record has (for "cannot match" warnings).
F_MESH, F_PT, F_LANG, F_YEAR, F_AUTHORS = 1, 2, 4, 8, 16
_FIELD_FLAGS: dict[str, tuple[int, str]] = {
    "mh": (F_MESH, "MeSH headings"), "mh:noexp": (F_MESH, "MeSH headings"),
    "majr": (F_MESH, "MeSH headings"), "majr:noexp": (F_MESH, "MeSH headings"),
    "sh": (F_MESH, "MeSH headings"), "pt": (F_PT, "publication types"),
    "la": (F_LANG, "language"), "au": (F_AUTHORS, "authors"), "dp": (F_YEAR, "publication year"),
}


class LocalIndexError(SearchError):
    """The file is not a usable local index; the message names it."""


# ---------------------------------------------------------------------------------------------
# Records <-> stored form


def record_to_json(record: Record) -> str:
    return json.dumps(
        {
            "pmid": record.pmid, "title": record.title,
            "abstract": [[s.label, s.text] for s in record.abstract],
            "journal": record.journal, "year": record.year, "doi": record.doi, "pmc": record.pmc,
            "language": record.language, "publication_types": list(record.publication_types),
            "mesh": [[m.descriptor, m.major, list(m.qualifiers)] for m in record.mesh],
            "keywords": list(record.keywords), "authors": list(record.authors),
            "text_kind": record.text_kind, "text_complete": record.text_complete,
            "captured_from": record.captured_from, "fetched_at": record.fetched_at,
            "citation": extras_to_json(record),  # issue 18: volume, pages, full date, author parts
        },
        ensure_ascii=False, separators=(",", ":"),
    )


def record_from_json(text: str) -> Record:
    d = json.loads(text)
    return Record(
        pmid=d["pmid"], title=d["title"],
        abstract=tuple(AbstractSection(label, body) for label, body in d["abstract"]),
        journal=d["journal"], year=d["year"], doi=d["doi"], pmc=d["pmc"], language=d["language"],
        publication_types=tuple(d["publication_types"]),
        mesh=tuple(MeshHeading(desc, major, tuple(quals)) for desc, major, quals in d["mesh"]),
        keywords=tuple(d["keywords"]), authors=tuple(d["authors"]),
        text_kind=d["text_kind"], text_complete=d["text_complete"],
        captured_from=d["captured_from"], fetched_at=d["fetched_at"], **extras_from_json(d.get("citation")),
    )


def _pack(record: Record) -> bytes:
    return zlib.compress(record_to_json(record).encode("utf-8"), 1)


def _unpack(blob: bytes) -> Record:
    return record_from_json(zlib.decompress(blob).decode("utf-8"))


def _headings(record: Record) -> list[tuple[str, bool, tuple[tuple[str, bool], ...]]]:
    """(descriptor, major, ((qualifier, major), ...)) per heading.

    Besides parsed XML headings this reads the snapshot's display form, where one string holds
    the heading as PubMed's web page shows it: "Acne Vulgaris* / therapy" or "Cicatrix / therapy*"
    (a star marks a major topic).
    """
    out = []
    for m in record.mesh:
        if "*" not in m.descriptor and " / " not in m.descriptor:
            out.append((m.descriptor.strip(), m.major, tuple((q, False) for q in m.qualifiers)))
            continue
        parts = [p.strip() for p in m.descriptor.split(" / ")]
        desc = parts[0]
        major = m.major or desc.endswith("*")
        desc = desc.rstrip("*").strip()
        quals: list[tuple[str, bool]] = [(q, False) for q in m.qualifiers]
        for q in parts[1:]:
            quals.append((q.rstrip("*").strip(), q.endswith("*")))
        major = major or any(qm for _, qm in quals)
        if desc:
            out.append((desc, major, tuple(quals)))
    return out


@functools.lru_cache(maxsize=1 << 16)  # headings, qualifiers and types repeat across records
def joined(name: str) -> str:
    """`name` as one index token: "Cicatrix, Hypertrophic" -> "cicatrix\ue003hypertrophic"."""
    if "," not in name:
        return JOIN.join(words_of(name))
    parts = (JOIN.join(words_of(part)) for part in name.split(","))
    return COMMA.join(p for p in parts if p)


def _mesh_tokens(headings: list[tuple[str, bool, tuple[tuple[str, bool], ...]]], major_only: bool) -> str:
    # Per heading: the heading, each heading/qualifier pair, and each qualifier alone ([sh]).
    out = []
    for desc, major, quals in headings:
        if major_only and not major:
            continue
        head = joined(desc)
        if not head:
            continue
        out.append(head)
        for q, _ in quals:
            qual = joined(q)
            if qual:
                out += [f"{head}{QSEP}{qual}", f"{QSEP}{qual}"]
    return " ".join(out)


@functools.lru_cache(maxsize=4096)
def _suffixes(value: str) -> str:
    words = words_of(value)
    return " ".join(JOIN.join(words[i:]) for i in range(len(words)))


def _suffix_tokens(values: Iterable[str]) -> str:
    # Every word-suffix of each publication type, so "review" finds "Systematic Review" (PubMed's
    # review[pt] includes systematic reviews) with a lookup at a word boundary.
    return " ".join(_suffixes(v) for v in values)


def _language_text(language: str | None) -> str:
    if not language:
        return ""
    code = language.strip().lower()
    return f"{code} {LANGUAGES.get(code, '')}".strip()


def fts_columns(record: Record) -> tuple[str, ...]:
    """The FTS5 column values for `record`, in COLUMNS order (deterministic: deletes rely on it)."""
    headings = _headings(record)
    return (
        record.title or "",
        record.abstract_text,
        " ; ".join(record.keywords),
        " ; ".join(desc for desc, _, _ in headings),
        " ; ".join(record.publication_types),
        record.journal or "",
        " ; ".join(record.authors),
        _mesh_tokens(headings, major_only=False),
        _mesh_tokens(headings, major_only=True),
        _suffix_tokens(record.publication_types),
        " ".join(joined(a) for a in record.authors),
        _language_text(record.language),
        str(record.year) if record.year else "",
        record.pmid,
    )


def _flags(record: Record) -> int:
    return (
        (F_MESH if record.mesh else 0) | (F_PT if record.publication_types else 0)
        | (F_LANG if record.language else 0) | (F_YEAR if record.year else 0)
        | (F_AUTHORS if record.authors else 0)
    )


def _docid(pmid: int, year: int | None) -> int:
    return (year if year and 0 < year < 9000 else 0) * PMID_SPACE + pmid


def _pmid_int(pmid: str) -> int:
    pmid = str(pmid).strip()
    if not pmid.isdigit() or not 0 < int(pmid) < PMID_SPACE:
        raise ValueError(f"PMID {pmid!r} is not a positive integer below {PMID_SPACE}")
    return int(pmid)


# ---------------------------------------------------------------------------------------------
# Query translation


@dataclass(frozen=True)
class Plan:
    """How a query runs on the index."""

    query: str
    pubmed: str  # the parsed query rendered back, fully parenthesised, long tag names
    match: str  # the FTS5 MATCH expression (bound as a parameter)
    notes: tuple[str, ...]  # where offline semantics differ from PubMed's
    fields: frozenset[str]

    def translation(self) -> str:
        notes = f" [offline: {'; '.join(self.notes)}]" if self.notes else ""
        return f"{self.pubmed}{notes}"


def _fts_string(tokens: Sequence[str]) -> str:
    # Tokens are letters, digits and marker characters only; doubling quotes (FTS5's escape)
    # keeps even a broken invariant inside the string.
    body = " ".join(tokens).replace('"', '""')
    return f'"{body}"'


def _phrase(columns: Sequence[str], tokens: Sequence[str], prefix: bool) -> str:
    cols = "{" + " ".join(columns) + "}"
    return f"{cols} : {_fts_string(tokens)}{' *' if prefix else ''}"


def _token(columns: Sequence[str], token: str, prefix: bool) -> str:
    return _phrase(columns, [token], prefix)


def _name_match(columns: Sequence[str], name: str, prefix: bool) -> str:
    """A name token equal to `name` or continuing it after a word boundary (or any prefix)."""
    if prefix:
        return _token(columns, name, True)
    return (f"({_token(columns, name, False)} OR {_token(columns, name + JOIN, True)} OR "
            f"{_token(columns, name + COMMA, True)})")


def _check_depth(node: Node, query: str) -> None:
    """Refuse queries whose FTS5 expression would nest deeper than SQLite can parse."""
    stack: list[tuple[Node, str | None, int]] = [(node, None, 0)]
    while stack:
        cur, parent_op, depth = stack.pop()
        if not isinstance(cur, BoolOp):
            continue
        if cur.op != parent_op or cur.op == "NOT":
            depth += 1
        if depth > MAX_FTS_DEPTH:
            raise QuerySyntaxError(
                f"query nests more than {MAX_FTS_DEPTH} levels of mixed operators", query, cur.position
            )
        stack.append((cur.left, cur.op, depth))
        stack.append((cur.right, None, depth))


def check_query(query: str) -> Node:
    """Parse `query` and check what the offline index also needs (nesting it can evaluate), with
    no index open: `tracker validate` and `tracker run` call it before any search."""
    node = parse_query(query)
    _check_depth(node, query)
    return node


class Translator:
    """AST -> one FTS5 MATCH expression. `years` is the index's (min, max) publication year."""

    def __init__(self, years: tuple[int, int] | None):
        self.years = years
        self.notes: list[str] = []

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def expr(self, node: Node) -> str:
        if isinstance(node, BoolOp):
            return self.boolean(node)
        if isinstance(node, DateRange):
            return self.date(node)
        return self.term(node)

    def boolean(self, node: BoolOp) -> str:
        # Flatten same-operator chains along the left spine: (a OR b) OR c -> (a OR b OR c).
        # FTS5 gives NOT > AND > OR precedence, so every group is parenthesised explicitly.
        operands = [node.right]
        cur: Node = node.left
        while isinstance(cur, BoolOp) and cur.op == node.op:
            operands.append(cur.right)
            cur = cur.left
        operands.append(cur)
        operands.reverse()
        parts = [self.expr(x) for x in operands]
        if node.op == "NOT":
            # ((a NOT b) NOT c) == a NOT (b OR c)
            rest = parts[1] if len(parts) == 2 else "(" + " OR ".join(parts[1:]) + ")"
            return f"({parts[0]} NOT {rest})"
        return "(" + f" {node.op} ".join(parts) + ")"

    def date(self, node: DateRange) -> str:
        lo, hi = node.years
        if node.finer_than_year:
            self.note("publication dates are matched by year only (months/days are not indexed)")
        if self.years is None:
            return _phrase(("dp",), [NEVER], False)
        lo, hi = max(lo, self.years[0]), min(hi, self.years[1])
        if lo > hi:
            return _phrase(("dp",), [NEVER], False)
        years = " OR ".join(_fts_string([str(y)]) for y in range(lo, hi + 1))
        return "{dp} : (" + years + ")"

    def term(self, t: Term) -> str:
        cols = FIELD_COLUMNS[t.field]
        words = list(t.words)
        f = t.field
        if f == "all":
            self.note(
                "untagged terms are searched as words in title, abstract, keywords, MeSH, "
                "publication types, journal and authors (no automatic term mapping)"
            )
        if f in ("mh", "majr"):
            self.note(
                f"[{f}] cannot be exploded offline (the MeSH tree is not in the data): it matches "
                "the heading and its inverted-name subdivisions ('Heading, ...'); MeSH entry terms "
                "are not in the data either"
            )
        if f in ("mh", "mh:noexp", "majr", "majr:noexp"):
            return self.mesh(t, cols)
        if f == "sh":
            return _token(cols, QSEP + JOIN.join(words), t.truncated)
        if f == "pt":
            self.note("[pt] matches publication types ending in the words, or containing them "
                      "(review[pt] includes Systematic Review, as in PubMed)")
            return _name_match(cols, JOIN.join(words), t.truncated)
        if f == "au":
            # "smith j" matches Smith J, Smith JA...; "smith" alone matches any Smith (not Smithers).
            name = JOIN.join(words)
            if t.truncated or len(words) > 1:
                return _token(cols, name, True)
            return f"({_token(cols, name, False)} OR {_token(cols, name + JOIN, True)})"
        if f == "la":
            if len(words) == 1 and words[0] in _LANGUAGE_CODES:
                words = [_LANGUAGE_CODES[words[0]]]
            return _phrase(cols, words, t.truncated)
        return _phrase(cols, words, t.truncated)


    def mesh(self, t: Term, cols: tuple[str, ...]) -> str:
        head = joined(t.text)
        names = [head]
        words = head.split(JOIN)
        if COMMA not in head and 2 <= len(words) <= 6:
            # "cicatrix hypertrophic" may mean "Cicatrix, Hypertrophic": PubMed ignores the comma.
            names += [JOIN.join(words[:i]) + COMMA + JOIN.join(words[i:]) for i in range(1, len(words))]
        exploded = not t.field.endswith(":noexp")
        parts = []
        for name in names:
            if t.qualifier:
                pair = _token(("mhx",), name + QSEP + JOIN.join(t.qualifier), False)
                if t.field.startswith("majr"):
                    self.note("[majr] with a qualifier: the heading is a major topic and has the qualifier")
                    pair = f"({pair} AND {_token(cols, name, False)})"
                parts.append(pair)
            elif t.truncated:
                parts.append(_token(cols, name, True))
            else:
                parts.append(_token(cols, name, False))
                if exploded:
                    parts.append(_token(cols, name + COMMA, True))
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def plan_query(query: str, years: tuple[int, int] | None = None) -> Plan:
    """Parse and translate `query`; `QuerySyntaxError` (with the position) on bad input."""
    node = parse_query(query)
    _check_depth(node, query)
    tr = Translator(years)
    match = tr.expr(node)
    fields = frozenset("dp" if isinstance(x, DateRange) else x.field for x in iter_terms(node))
    return Plan(query=query, pubmed=to_pubmed(node), match=match, notes=tuple(tr.notes), fields=fields)


# ---------------------------------------------------------------------------------------------
# The index


class _Row(NamedTuple):
    docid: int
    year: int | None
    flags: int
    columns: tuple[str, ...]
    blob: bytes


def _prepare(chunk: list[Record], replace: bool) -> dict[int, _Row]:
    """The rows to write for `chunk`, by PMID; within a chunk, too, the version read last wins."""
    rows: dict[int, _Row] = {}
    for record in chunk:
        pmid = _pmid_int(record.pmid)
        if replace or pmid not in rows:
            rows[pmid] = _Row(_docid(pmid, record.year), record.year, _flags(record),
                              fts_columns(record), _pack(record))
    return rows


def _chunked(items: Iterable[Record], size: int) -> Iterator[list[Record]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


class Hits(NamedTuple):
    # The hit count; it shadows tuple.count(), which nothing calls on a Hits.
    count: int  # type: ignore[assignment]
    pmids: list[str]
    translation: str


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA busy_timeout = 30000")
    return db


class LocalIndex:
    """An FTS5 index of PubMed records in one SQLite file."""

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise LocalIndexError(f"{self.path}: no such index file")
        try:
            self.db = _connect(self.path)
            self._init(create)
        except sqlite3.DatabaseError as exc:
            with contextlib.suppress(Exception):
                self.db.close()
            raise LocalIndexError(f"{self.path}: not a tracker PubMed index ({exc})") from None
        self._years: tuple[int, int] | None | bool = False

    def _init(self, create: bool) -> None:
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" in tables:
            row = self.db.execute("SELECT value FROM meta WHERE key='format'").fetchone()
            if not row or row[0] != INDEX_FORMAT:
                raise LocalIndexError(
                    f"{self.path}: index format {row[0] if row else 'unknown'!r}, expected {INDEX_FORMAT!r}; rebuild it"
                )
        elif tables or not create:
            raise LocalIndexError(f"{self.path}: not a tracker PubMed index (build one with `tracker mirror ingest`)")
        else:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.executescript(_SCHEMA)
            # No incremental merging: segments are merged only when 16 pile up on one level
            # ('crisismerge'). Measured: ~2.5x faster bulk ingest, query times unchanged
            # (benchmarks/local_index.py reports them before and after 'optimize').
            self.db.execute("INSERT INTO fts(fts, rank) VALUES ('automerge', 0)")
            # Flush the in-memory term hash every 16 MB instead of 1 MB: fewer, larger segments
            # (measured +30% ingest rate).
            self.db.execute("INSERT INTO fts(fts, rank) VALUES ('hashsize', 16777216)")
            now = _now()
            self.db.executemany(
                "INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)",
                [("format", INDEX_FORMAT), ("created_at", now)],
            )
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA cache_size = -65536")

    # -- meta ---------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def years(self) -> tuple[int, int] | None:
        if self._years is False:
            lo, hi = self.get_meta("min_year"), self.get_meta("max_year")
            self._years = (int(lo), int(hi)) if lo and hi else None
        return self._years  # type: ignore[return-value]

    # -- writing ------------------------------------------------------------------------------

    def add(self, records: Iterable[Record], *, replace: bool = True) -> int:
        """Add records in one transaction; with `replace`, a PMID already present is replaced
        (the version added last wins), otherwise it is kept. Returns how many rows were written."""
        with self.transaction():
            return self._add(records, replace=replace)

    def delete(self, pmids: Iterable[str]) -> int:
        """Remove these PMIDs; unknown ones are ignored. Returns how many were removed."""
        with self.transaction():
            return self._delete(pmids)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def _add(self, records: Iterable[Record], *, replace: bool) -> int:
        # Rows for the next chunk are prepared (JSON, zlib, FTS column text) on a worker thread
        # while SQLite, which releases the GIL, indexes the current one.
        n = 0
        chunks = _chunked(records, 1000)
        first = next(chunks, None)
        if first is None:
            return 0
        second = next(chunks, None)
        if second is None:
            n = self._write(_prepare(first, replace), replace)
        else:
            with ThreadPoolExecutor(1, thread_name_prefix="index-prepare") as pool:
                pending = pool.submit(_prepare, first, replace)
                for chunk in itertools.chain([second], chunks):
                    following = pool.submit(_prepare, chunk, replace)
                    n += self._write(pending.result(), replace)
                    pending = following
                n += self._write(pending.result(), replace)
        return n

    def _write(self, rows: dict[int, _Row], replace: bool) -> int:
        db = self.db
        ids = list(rows)
        old_rows = db.execute(
            f"SELECT pmid, docid, record FROM records WHERE pmid IN ({', '.join('?' * len(ids))})", ids
        ).fetchall()
        for pmid, docid, blob in old_rows:
            if replace:
                self._fts_delete(docid, _unpack(blob))
            else:
                del rows[pmid]
        db.executemany(
            f"INSERT INTO fts(rowid, {', '.join(COLUMNS)}) VALUES (?{', ?' * len(COLUMNS)})",
            [(r.docid, *r.columns) for r in rows.values()],
        )
        db.executemany(
            "INSERT OR REPLACE INTO records(pmid, docid, year, flags, record) VALUES (?, ?, ?, ?, ?)",
            [(pmid, r.docid, r.year, r.flags, r.blob) for pmid, r in rows.items()],
        )
        years = [r.year for r in rows.values() if r.year and 0 < r.year < 9000]
        if years:
            old = self.years()
            lo, hi = min(years), max(years)
            if old is not None:
                lo, hi = min(lo, old[0]), max(hi, old[1])
            if (lo, hi) != old:
                self.set_meta("min_year", str(lo))
                self.set_meta("max_year", str(hi))
                self._years = (lo, hi)
        return len(rows)

    def _fts_delete(self, docid: int, record: Record) -> None:
        self.db.execute(
            f"INSERT INTO fts(fts, rowid, {', '.join(COLUMNS)}) VALUES ('delete', ?{', ?' * len(COLUMNS)})",
            (docid, *fts_columns(record)),
        )

    def _delete(self, pmids: Iterable[str]) -> int:
        n = 0
        for p in pmids:
            try:
                pmid = _pmid_int(p)
            except ValueError:
                continue
            old = self.db.execute("SELECT docid, record FROM records WHERE pmid = ?", (pmid,)).fetchone()
            if old is None:
                continue
            self._fts_delete(old[0], _unpack(old[1]))
            self.db.execute("DELETE FROM records WHERE pmid = ?", (pmid,))
            n += 1
        return n

    def optimize(self) -> None:
        """Merge the FTS5 segments (faster queries after a bulk load)."""
        self.db.execute("INSERT INTO fts(fts) VALUES ('optimize')")

    # -- reading ------------------------------------------------------------------------------

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM records").fetchone()[0]

    def plan(self, query: str) -> Plan:
        return plan_query(query, self.years())

    def search(self, query: str, *, max_ids: int = 10_000) -> Hits:
        """Count and up to `max_ids` PMIDs (newest first) matching the PubMed `query`."""
        plan = self.plan(query)
        return self.run(plan, max_ids=max_ids)

    def run(self, plan: Plan, *, max_ids: int = 10_000, years: tuple[int, int] | None = None) -> Hits:
        """With `years` (first, last), only records published in those years match (an as-of
        audit on a mirror): the rowid starts with the year, so this is a range on the rowid."""
        limit = max(0, int(max_ids))
        lo, hi = (years[0] * PMID_SPACE, (years[1] + 1) * PMID_SPACE) if years else (0, 1 << 62)
        try:
            # One evaluation of the MATCH when the hits fit in `max_ids`; a separate count only
            # when they do not.
            rows = self.db.execute(
                "SELECT rowid FROM fts WHERE fts MATCH ? AND rowid >= ? AND rowid < ? ORDER BY rowid DESC LIMIT ?",
                (plan.match, lo, hi, limit + 1)
            ).fetchall()
            if len(rows) > limit:
                rows = rows[:limit]
                count = self.db.execute("SELECT count(*) FROM fts WHERE fts MATCH ? AND rowid >= ? AND rowid < ?",
                                        (plan.match, lo, hi)).fetchone()[0]
            else:
                count = len(rows)
        except sqlite3.OperationalError as exc:
            if "stack overflow" in str(exc):  # nesting beyond what _check_depth can foresee
                raise QuerySyntaxError("query nests too deeply for the local index", plan.query, 0) from None
            raise SearchError(f"local index {self.path}: query {plan.query!r} failed: {exc}") from None
        return Hits(count, [str(r[0] % PMID_SPACE) for r in rows], plan.translation())

    def fetch(self, pmids: Iterable[str]) -> Iterator[Record]:
        """The stored records for `pmids`, in the order asked; unknown ids are skipped."""
        wanted: list[int] = []
        for p in pmids:
            with contextlib.suppress(ValueError):
                wanted.append(_pmid_int(p))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            rows = dict(self.db.execute(
                f"SELECT pmid, record FROM records WHERE pmid IN ({', '.join('?' * len(chunk))})", chunk
            ).fetchall())
            for pmid in chunk:
                if pmid in rows:
                    yield _unpack(rows[pmid])

    def missing_counts(self) -> dict[int, int]:
        """For each `flags` bit, how many records lack that field."""
        bits = (F_MESH, F_PT, F_LANG, F_YEAR, F_AUTHORS)
        sql = "SELECT count(*), " + ", ".join(f"sum((flags & {b}) = 0)" for b in bits) + " FROM records"
        row = self.db.execute(sql).fetchone()
        return {b: int(v or 0) for b, v in zip(bits, row[1:])} | {0: row[0]}

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

    def __enter__(self) -> LocalIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# ---------------------------------------------------------------------------------------------
# The backend


class LocalIndexBackend:
    """`SearchBackend` over a `LocalIndex` (the embedded snapshot or a user's mirror)."""

    def __init__(self, index_path: str | Path, *, source: Literal["snapshot", "mirror"], label: str,
                 cache_key: str | None = None, as_of: date | None = None):
        self.name: SourceName = source
        self.index = LocalIndex(index_path, create=False)
        self._label = label
        # What makes two searches interchangeable (the pipeline's search cache key).
        self.cache_key = cache_key or f"{source}:{Path(index_path).resolve()}:{label}"
        # An audit as of a past day sees only the records available then (see `_available`).
        self.as_of = as_of
        if as_of is not None:
            self.cache_key += f":as-of:{as_of.isoformat()}"
        self._missing: dict[int, int] | None = None

    def label(self) -> str:
        return self._label

    def translate(self, query: str) -> str:
        return self.index.plan(query).translation()

    def explain(self, query: str) -> str:
        """Several lines for `tracker query`: the parsed query, the FTS5 plan, the notes, hits."""
        plan = self.index.plan(query)
        hits = self.index.run(plan, max_ids=0)
        lines = [
            f"query:       {query}",
            f"parsed as:   {plan.pubmed}",
            f"FTS5 MATCH:  {_readable(plan.match)}",
        ]
        lines += [f"note:        {n}" for n in plan.notes]
        lines += [f"warning:     {w}" for w in self._warnings(plan)]
        lines.append(f"hits:        {hits.count} in {self._label}")
        return "\n".join(lines)

    def _warnings(self, plan: Plan) -> tuple[str, ...]:
        if self._missing is None:
            self._missing = self.index.missing_counts()
        total = self._missing[0]
        out = []
        for field, (bit, what) in _FIELD_FLAGS.items():
            if field in plan.fields and self._missing.get(bit):
                msg = (f"{self._missing[bit]} of {total} records in this index have no {what}; "
                       f"[{field}] cannot match them")
                if msg not in out:
                    out.append(msg)
        return tuple(out)

    def search(self, query: str, *, max_ids: int = 10_000) -> SearchResult:
        plan = self.index.plan(query)
        if self.as_of is None:
            hits = self.index.run(plan, max_ids=max_ids)
            count, pmids, notes = hits.count, hits.pmids, tuple[str, ...]()
        else:
            hits, count, pmids, notes = self._search_as_of(plan, max_ids)
        return SearchResult(
            source=self.name, query=query, translation=hits.translation, count=count,
            pmids=tuple(pmids), searched_at=_now(), warnings=self._warnings(plan) + notes,
            source_label=self._label,
        )

    def _search_as_of(self, plan: Plan, max_ids: int) -> tuple[Hits, int, list[str], tuple[str, ...]]:
        """The hits available on `self.as_of`.

        Snapshot: records captured on or before that day (`snapshot.available`); the sample is
        small, so every hit is checked. Mirror: the index knows only the publication year, so a
        record counts when it was published in an earlier year; records of the as-of year itself
        (and records without a year) are left out, because they may not have existed yet.
        """
        day = self.as_of.isoformat()  # type: ignore[union-attr]
        if self.name == "snapshot":
            hits = self.index.run(plan, max_ids=10**9, years=(0, self.as_of.year))  # type: ignore[union-attr]
            kept = [r.pmid for r in self.index.fetch(hits.pmids) if snapshot_mod.available(r, day)]
            note = f"note: as of {day}: {hits.count - len(kept)} hits captured after that day were left out"
            return hits, len(kept), kept[:max(0, int(max_ids))], ((note,) if hits.count > len(kept) else ())
        year = self.as_of.year  # type: ignore[union-attr]
        hits = self.index.run(plan, max_ids=max_ids, years=(1, year - 1))
        total = self.index.run(plan, max_ids=0).count
        notes: tuple[str, ...] = ()
        if total > hits.count:
            notes = (f"note: as of {day}: {total - hits.count} hits published in {year} or later, or "
                     "without a year, were left out (the mirror holds only publication years)",)
        return hits, hits.count, hits.pmids, notes

    def fetch(self, pmids: Iterable[str]) -> Iterator[Record]:
        return self.index.fetch(pmids)

    def sample(self) -> list[Record]:
        """Every record of the embedded snapshot this backend can see (as of its day): the whole
        sample a run searched, which the store keeps so readers can say what it covers."""
        if self.name != "snapshot":
            raise LocalIndexError("only the embedded snapshot is a sample small enough to list")
        records = [_unpack(row[0]) for row in self.index.db.execute("SELECT record FROM records ORDER BY pmid")]
        if self.as_of is not None:
            records = [r for r in records if snapshot_mod.available(r, self.as_of.isoformat())]
        return records

    def close(self) -> None:
        self.index.close()


def _readable(match: str) -> str:
    # The marker characters print as nothing useful in a terminal.
    return match.replace(JOIN, "_").replace(COMMA, ",").replace(QSEP, "/").replace(NEVER, "<nothing>")


def explain(backend: object, query: str) -> str:
    """`tracker query` text for any backend: local backends give their plan, others translate()."""
    if isinstance(backend, LocalIndexBackend):
        return backend.explain(query)
    return f"query:       {query}\ntranslation: {backend.translate(query)}"  # type: ignore[attr-defined]


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# Bump when the snapshot -> Record conversion changes, so cached indexes are rebuilt.
SNAPSHOT_INDEX_VERSION = 3  # 3: labels count records per capture


def open_snapshot_backend(
    snapshot_path: str | Path | None = None, index_path: str | Path | None = None, *, as_of: date | None = None
) -> LocalIndexBackend:
    """The embedded snapshot as a backend; its index is built on first use and reused while the
    snapshot file is unchanged (keyed by its SHA-256). Building is atomic (temp file + rename)."""
    from .paths import CACHE_DIR

    snap = Path(snapshot_path) if snapshot_path else snapshot_mod.snapshot_file()
    if snap.is_dir():
        snap = snap / "records.jsonl"
    if not snap.is_file():
        raise LocalIndexError(f"{snap}: snapshot file not found")
    digest = _file_sha256(snap)
    name = f"snapshot-index-v{SNAPSHOT_INDEX_VERSION}-{digest[:16]}.db"
    target = Path(index_path) if index_path else Path(CACHE_DIR) / name
    label = _snapshot_label_if_current(target, digest)
    if label is None:
        try:
            label = build_snapshot_index(snap, target, digest)
        except (OSError, LocalIndexError) as exc:
            if index_path:
                raise LocalIndexError(f"{target}: cannot build the snapshot index here ({exc})") from None
            # A read-only install: keep the index in the user's temp dir instead.
            target = Path(tempfile.gettempdir()) / f"tracker-cache-{os.getuid()}" / name
            label = _snapshot_label_if_current(target, digest) or build_snapshot_index(snap, target, digest)
    if as_of is not None:
        label = snapshot_mod.info(snap).label(as_of.isoformat())
    return LocalIndexBackend(target, source="snapshot", label=label, cache_key=f"snapshot:sha256:{digest}",
                             as_of=as_of)


def _snapshot_label_if_current(path: Path, digest: str) -> str | None:
    if not path.is_file():
        return None
    try:
        with LocalIndex(path, create=False) as idx:
            if idx.get_meta("snapshot_sha256") == digest and idx.get_meta("complete") == "1":
                return idx.get_meta("label")
    except (LocalIndexError, sqlite3.Error):
        pass
    return None


def build_snapshot_index(snap: Path, target: Path, digest: str | None = None) -> str:
    """Build the index of snapshot file `snap` at `target` atomically; return its label."""
    digest = digest or _file_sha256(snap)
    info = snapshot_mod.info(snap)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        idx = LocalIndex(tmp)
        try:
            idx.add(snapshot_mod.iter_records(snap))
            with idx.transaction():
                idx.set_meta("snapshot_sha256", digest)
                idx.set_meta("snapshot_path", str(snap))
                idx.set_meta("label", info.label())
                idx.set_meta("source", "snapshot")
                idx.set_meta("complete", "1")
            idx.optimize()
            idx.db.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to rename
        finally:
            idx.close()
        os.replace(tmp, target)
    finally:
        for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
    return info.label()


def open_mirror_backend(path: str | Path, *, as_of: date | None = None) -> LocalIndexBackend:
    """A user-built mirror index (`tracker mirror ingest`); a clear error if `path` is not one."""
    path = Path(path)
    if not path.is_file():
        raise LocalIndexError(f"{path}: no mirror index here (build one with `tracker mirror ingest --mirror {path} FILE...`)")
    with LocalIndex(path, create=False) as idx:
        n = idx.count()
        last = idx.get_meta("last_ingest_at") or "never"
    if n == 0:
        # A failed or never-run ingest would grade every claim "no evidence found" and look fine.
        raise LocalIndexError(f"{path}: the mirror holds no records; ingest PubMed XML into it first "
                              f"(`tracker mirror ingest --mirror {path} FILE...`)")
    label = f"local PubMed mirror {path.name} of {n} records (last ingest {last})"
    if as_of is not None:
        label += f", as of {as_of.isoformat()} (records published before {as_of.year})"
    return LocalIndexBackend(path, source="mirror", label=label, cache_key=f"mirror:{path.resolve()}:{n}:{last}",
                             as_of=as_of)


# ---------------------------------------------------------------------------------------------
# Mirror ingest


@dataclass(frozen=True)
class FileReport:
    path: str
    items: int  # records + delete blocks read from the file, in total
    added: int
    deleted: int
    resumed_from: int  # items already ingested by an earlier, interrupted run
    skipped: bool  # the file was already fully ingested


@dataclass(frozen=True)
class IngestReport:
    files: tuple[FileReport, ...]
    added: int
    deleted: int
    seconds: float
    total_records: int  # in the index afterwards

    @property
    def records_per_second(self) -> float:
        return self.added / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class IngestProgress:
    path: str
    file_number: int  # 1-based
    n_files: int
    items_done: int  # in this file
    bytes_done: int  # of the (possibly compressed) file, for a progress bar
    bytes_total: int
    added: int  # in this run, all files so far
    deleted: int


class _CountingReader:
    """A binary file wrapper that counts the bytes read (progress without knowing record counts)."""

    def __init__(self, fh):
        self.fh = fh
        self.done = 0

    def read(self, n: int = -1) -> bytes:
        data = self.fh.read(n)
        self.done += len(data)
        return data

    def readinto(self, b) -> int:
        n = self.fh.readinto(b)
        self.done += n or 0
        return n

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.fh.close()


def ingest(
    index_path: str | Path,
    files: Sequence[str | Path],
    *,
    progress: Callable[[IngestProgress], None] | None = None,
    commit_every: int = 5000,
) -> IngestReport:
    """Stream PubMed baseline/update files (.xml or .xml.gz) into the index at `index_path`.

    Files are applied in the order given (baseline first, then updates), so the version read
    last wins and `<DeleteCitation>` removes what earlier files added. Each commit writes the
    rows and the file's progress together: after a kill, a re-run skips what is committed and
    finishes the rest, with no duplicates and no gaps.
    """
    from .pubmed_xml import DeletedCitation, parse

    started = time.perf_counter()
    paths = [Path(f) for f in files]
    for p in paths:
        if not p.is_file():
            raise LocalIndexError(f"{p}: no such file to ingest")
    idx = LocalIndex(index_path)
    reports: list[FileReport] = []
    added_total = deleted_total = 0
    try:
        for number, path in enumerate(paths, 1):
            size = path.stat().st_size
            key = (_file_sha256(path),)  # the content, not the name: see `ingested_files`
            row = idx.db.execute(
                "SELECT items_done, complete, added, deleted FROM ingested_files WHERE sha256 = ?", key
            ).fetchone()
            if row and row[1]:
                reports.append(FileReport(str(path), row[0], 0, 0, row[0], True))
                continue
            done = row[0] if row else 0
            if not row:
                with idx.transaction():
                    idx.db.execute(
                        "INSERT INTO ingested_files(sha256, name, size, started_at) VALUES (?, ?, ?, ?)",
                        (*key, path.name, size, _now()),
                    )
            resumed_from = done
            added = deleted = 0
            position = 0
            batch_items: list[object] = []

            def flush() -> None:
                nonlocal added, deleted, batch_items
                if not batch_items:
                    return
                with idx.transaction():
                    a = d = 0
                    run: list[Record] = []
                    for item in batch_items:  # in file order: a deletion applies after what precedes it
                        if isinstance(item, DeletedCitation):
                            a += idx._add(run, replace=True)
                            run = []
                            d += idx._delete(item.pmids)
                        else:
                            run.append(item)  # type: ignore[arg-type]
                    a += idx._add(run, replace=True)
                    idx.db.execute(
                        "UPDATE ingested_files SET items_done = ?, added = added + ?, deleted = deleted + ? "
                        "WHERE sha256 = ?",
                        # flush() is called only in the iteration that defines it and must see
                        # that file's key and its position so far, not a copy bound at definition.
                        (position, a, d, *key),  # noqa: B023
                    )
                added += a
                deleted += d
                batch_items = []

            with path.open("rb") as raw:
                reader = _CountingReader(raw)
                for item in parse(reader, name=str(path)):  # type: ignore[arg-type]
                    position += 1
                    if position <= done:
                        continue  # committed by an earlier run
                    batch_items.append(item)
                    if len(batch_items) >= commit_every:
                        flush()
                        if progress:
                            progress(IngestProgress(str(path), number, len(paths), position, reader.done,
                                                    size, added_total + added, deleted_total + deleted))
                flush()
            with idx.transaction():
                idx.db.execute(
                    "UPDATE ingested_files SET items_done = ?, complete = 1, finished_at = ? WHERE sha256 = ?",
                    (position, _now(), *key),
                )
                idx.set_meta("last_ingest_at", _now())
                idx.set_meta("source", "mirror")
            if progress:
                progress(IngestProgress(str(path), number, len(paths), position, size, size,
                                        added_total + added, deleted_total + deleted))
            added_total += added
            deleted_total += deleted
            reports.append(FileReport(str(path), position, added, deleted, resumed_from, False))
        total = idx.count()
    finally:
        idx.close()
    return IngestReport(tuple(reports), added_total, deleted_total, time.perf_counter() - started, total)
