"""Cached reads of the tracker store for the dashboard.

Every loader is keyed on the database path and a stamp of its modification times (the main
file and its WAL, where a running audit writes first), so a finished run shows on the next
rerun without restarting Streamlit, while reruns of an unchanged store read nothing.
The store is opened read-only here; the dashboard writes only through `tracker.jobs` (audits)
and `tracker.reviews` (reviewer decisions).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from .. import db, paths
from ..csvsafe import frame_to_csv
from ..models import Article
from ..store import Store, StoreError, decode_json_column
from ..text import quote_in_context
from .highlight import claim_href, question_href, verdict_style

Stamp = tuple[int, int]
# The store cannot be read: its own message, or either engine's error mid-read (a damaged page).
_STORE_ERRORS: tuple[type[Exception], ...] = (StoreError, *db.DatabaseError)


def db_path() -> Path | str:
    """The store the dashboard shows: `$TRACKER_DB` (a path or a PostgreSQL URL), else the
    project default."""
    return paths.default_db()


def stamp(path: Path | str) -> Stamp:
    """Modification stamp of the database and its WAL (0 when absent); on PostgreSQL, the
    database's count of rows written (the server's statistics, current within a second)."""
    if db.is_url(path):
        try:
            with Store(path, readonly=True) as s:
                row = s.conn.execute("SELECT tup_inserted + tup_updated + tup_deleted, xact_rollback FROM "
                                     "pg_stat_database WHERE datname = current_database()").fetchone()
            return (int(row[0]), int(row[1])) if row else (0, 0)
        except _STORE_ERRORS:
            return 0, 0  # `status` reports why the store cannot be read

    def mtime(p: Path) -> int:
        try:
            return p.stat().st_mtime_ns
        except OSError:
            return 0
    file = Path(path)
    return mtime(file), mtime(file.with_name(file.name + "-wal"))


def json_list(value) -> list:
    """A JSON list cell of a frame; NULL (None or NaN after a LEFT JOIN) reads as []."""
    return decode_json_column(value if isinstance(value, str) else None)


def _key(path: Path | str | None) -> tuple[str, Stamp]:
    # The cached loaders take (path, version) and never read `version`: it only keys the cache.
    # A URL is kept whole (`normalise`: a shown `Location` gives back its password), never Path()ed.
    p = db.normalise(path) if path else db_path()
    return str(p), stamp(p)


@dataclass(frozen=True)
class RunInfo:
    run_id: int
    source: str
    source_label: str
    status: str
    started_at: str
    finished_at: str | None
    progress: str | None
    n_claims: int | None
    n_records: int | None


@dataclass(frozen=True)
class StoreStatus:
    """What is in the store, for the banner and the empty-store message."""

    path: Path | db.Location  # a SQLite file, or a PostgreSQL URL with its password hidden
    error: str | None  # the store cannot be read (missing file, not a tracker database)
    n_articles: int
    n_claims: int
    n_graded: int
    latest: RunInfo | None  # latest complete run
    running: RunInfo | None  # a run in progress, if any
    synopses: bool  # records of the latest run's source are synopses, not abstracts

    @property
    def empty(self) -> bool:
        return self.error is not None or self.n_claims == 0


def _run_info(row) -> RunInfo:
    """From a `runs` row (a store row, or a frame row with None for NULL)."""
    def opt_int(v) -> int | None:
        return None if v is None else int(v)
    return RunInfo(int(row["run_id"]), row["source"], row["source_label"], row["status"], row["started_at"],
                   row["finished_at"], row["progress"], opt_int(row["n_claims"]), opt_int(row["n_records"]))


@st.cache_data(show_spinner=False, max_entries=8)
def _status(path: str, version: Stamp) -> StoreStatus:
    p = db.location(path)  # what the pages show: a PostgreSQL URL with its password hidden
    try:
        with Store(p, readonly=True) as s:
            counts = s.frame("SELECT (SELECT COUNT(*) FROM articles) AS a, (SELECT COUNT(*) FROM claims) AS c, "
                             "(SELECT COUNT(*) FROM current_claim_verdicts) AS g").iloc[0]
            latest = s.latest_run()
            running = s.running_runs().head(1)  # newest first; runs whose process died are not shown
            running = running.astype(object).where(running.notna(), None).iloc[0] if len(running) else None
            synopses = False
            if latest is not None:
                kinds = s.frame("SELECT DISTINCT text_kind FROM records WHERE source=?", [latest["source"]])
                synopses = "synopsis" in set(kinds["text_kind"])
            return StoreStatus(p, None, int(counts["a"]), int(counts["c"]), int(counts["g"]),
                               _run_info(latest) if latest is not None else None,
                               _run_info(running) if running is not None else None, synopses)
    except _STORE_ERRORS as exc:
        # A damaged page can surface mid-read, after the store opened fine.
        return StoreStatus(p, str(exc), 0, 0, 0, None, None, False)


def status(path: Path | None = None) -> StoreStatus:
    return _status(*_key(path))


def source_line(label: str, *, source: str | None = None, when: str | None = None,
                synopses: bool = False) -> str:
    """Where the evidence came from, in words: the run's label plus what a reader must know."""
    text = label.strip() or (source or "unknown source")
    if synopses and "synops" not in text.lower():
        text += "; synopses, not abstracts"
    if source == "entrez" and when and "searched" not in text.lower():
        text += f", searched {when[:10]}"
    return text


def json_dict(value) -> dict:
    """A JSON object cell (NULL, NaN, '' or a missing column read as {})."""
    if not isinstance(value, str) or not value.strip():
        return {}
    try:
        out = json.loads(value)
    except json.JSONDecodeError:
        return {}
    return out if isinstance(out, dict) else {}


def optional(df: pd.DataFrame, column: str, default=None) -> pd.Series:
    """A column that newer stores have (claim frames, tallies, SoF rows): the default when absent."""
    if column in df.columns:
        return df[column]
    return pd.Series([default] * len(df), index=df.index, dtype=object)


# Where the evidence sits relative to the claim when a store has no `side` column yet: the
# question's direction read through the claim's stance ("denies" flips it).
_SIDE_OF = {"supported": "backs", "partly supported": "backs", "contradicted": "against",
            "not supported": "unclear", "no evidence found": "unclear"}


def prepare_claims(df: pd.DataFrame) -> pd.DataFrame:
    """Add display columns to `Store.claims_frame()`: badge, verdict label, url, cited PMIDs, haystack."""
    df["badge"] = [verdict_style(v).badge for v in df["verdict"]]
    df["verdict_label"] = [verdict_style(v).label for v in df["verdict"]]
    df["certainty"] = df["certainty"].fillna("not graded")
    df["overstated"] = df["overstated"].fillna(0).astype(bool)
    for col in ("n_studies", "n_participants"):
        df[col] = df[col].astype("Int64")
    df["url"] = [claim_href(c) for c in df["claim_id"]]
    df["pmids"] = [" ".join(json_list(v)) for v in df["cited_pmids"]]
    sides = optional(df, "side")
    # A store whose grading predates sides holds "unclear" (the column default) everywhere.
    computed = any(isinstance(x, str) and x != "unclear" for x in sides)
    df["side"] = [x if computed and isinstance(x, str) else (_SIDE_OF.get(v, "unclear") if isinstance(v, str)
                                                            else None) for x, v in zip(sides, df["verdict"])]
    df["tally_d"] = [json_dict(t) for t in optional(df, "tally")]
    df["reasons_l"] = [json_list(r) if isinstance(r, str) else [] for r in optional(df, "reasons")]
    # One lower-cased string per row makes free-text search a single vectorised scan.
    df["haystack"] = (df["claim_id"] + "\n" + df["claim"] + "\n" + df["quote"] + "\n" + df["question"]
                      + "\n" + df["article_title"] + "\n" + df["article"]).str.lower()
    return df


@st.cache_data(show_spinner=False, max_entries=4)
def _claims(path: str, version: Stamp) -> pd.DataFrame:
    with Store(path, readonly=True) as s:
        df = prepare_claims(s.claims_frame())
        texts = dict(s.frame("SELECT name, text FROM articles").itertuples(index=False, name=None))
    return with_quote_shown(df, texts)


def with_quote_shown(df: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """`quote_shown`: the quote as tables show it, an elliptical answer with its question in front."""
    df["quote_shown"] = [quote_in_context(texts.get(a, ""), int(s), int(e), q) if pd.notna(s) and pd.notna(e) else q
                         for a, q, s, e in zip(df["article"], df["quote"], df["start"], df["end"])]
    return df


def claims(path: Path | None = None) -> pd.DataFrame:
    """One row per claim with its current verdict and display columns (badge, url, haystack)."""
    return visible(_claims(*_key(path)), path)


# ---- privacy: audits pasted in the dashboard are shown only to their owner until published --

OWNER_KEY = "audit_owner"  # st.session_state key of this session's owner token (views/audit.py)


def session_owner() -> str | None:
    try:
        return st.session_state.get(OWNER_KEY)
    except Exception:  # outside a Streamlit session (scripts, tests): no session owns anything
        return None


@st.cache_data(show_spinner=False, max_entries=4)
def _private(path: str, version: Stamp) -> pd.DataFrame:
    with Store(path, readonly=True) as s:
        return s.private_articles()


def hidden_articles(path: Path | str | None = None) -> set[str]:
    """Articles of other sessions' unpublished audits: never listed, linked or exported here."""
    try:
        df = _private(*_key(path))
    except StoreError:
        return set()
    me = session_owner()
    return set(df.loc[df["owner"] != me, "article"])


def visible(df: pd.DataFrame, path: Path | None = None, column: str = "article") -> pd.DataFrame:
    """`df` without rows of articles this session may not see."""
    hidden = hidden_articles(path)
    return df[~df[column].isin(hidden)] if hidden and not df.empty else df


def hidden_questions(path: Path | None = None) -> set[str]:
    """Questions only other sessions' unpublished audits test."""
    hidden = hidden_articles(path)
    if not hidden:
        return set()
    df = _claims(*_key(path))
    private = set(df.loc[df["article"].isin(hidden), "question_id"])
    return private - set(df.loc[~df["article"].isin(hidden), "question_id"])


@st.cache_data(show_spinner=False, max_entries=4)
def _questions(path: str, version: Stamp) -> pd.DataFrame:
    with Store(path, readonly=True) as s:
        df = s.questions_frame()
    df["badge"] = [verdict_style(v).badge for v in df["verdict"]]
    df["certainty"] = df["certainty"].fillna("not graded")
    df["url"] = [question_href(q) for q in df["question_id"]]
    for col in ("n_hits", "n_relevant", "n_studies", "n_participants"):
        df[col] = df[col].astype("Int64")
    return df


def questions(path: Path | None = None) -> pd.DataFrame:
    return _drop_questions(_questions(*_key(path)), hidden_questions(path))


def _drop_questions(df: pd.DataFrame, hidden: set[str]) -> pd.DataFrame:
    return df[~df["question_id"].isin(hidden)] if hidden and not df.empty else df


def prepare_evidence(df: pd.DataFrame) -> pd.DataFrame:
    """Add display columns to `Store.evidence_frame()`: PubMed URL, figures; typed flags."""
    df["pubmed"] = "https://pubmed.ncbi.nlm.nih.gov/" + df["pmid"].astype(str) + "/"
    df["included"] = df["included"].astype(bool)
    df["indirect"] = df["indirect"].astype(bool)
    df["n_participants"] = df["n_participants"].astype("Int64")
    df["year"] = df["year"].astype("Int64")
    df["figures"] = [", ".join(json_list(v)) for v in df["reported_figures"]]
    df["notes"] = ["; ".join(n for n in (d, dn, *json_list(c)) if isinstance(n, str) and n)
                   for d, dn, c in zip(df["design_note"], df["direction_note"], df["caveats"])]
    return df


@st.cache_data(show_spinner=False, max_entries=64)
def _evidence(path: str, version: Stamp, question_id: str | None) -> pd.DataFrame:
    with Store(path, readonly=True) as s:
        return prepare_evidence(s.evidence_frame(question_id))


def evidence(question_id: str | None = None, path: Path | None = None) -> pd.DataFrame:
    """Records appraised for one question's current grade (or for all questions)."""
    p, st_ = _key(path)
    return _drop_questions(_evidence(p, st_, question_id), hidden_questions(path))


@st.cache_data(show_spinner=False, max_entries=4)
def _searches(path: str, version: Stamp) -> pd.DataFrame:
    with Store(path, readonly=True) as s:
        return s.searches_frame()


@dataclass(frozen=True)
class SearchInfo:
    question_id: str
    source: str
    source_label: str
    query: str
    translation: str
    count: int
    n_fetched: int
    warnings: tuple[str, ...]
    searched_at: str


def search_for(question_id: str, path: Path | None = None) -> SearchInfo | None:
    """The search behind a question's current grade."""
    df = _searches(*_key(path))
    rows = df[df["question_id"] == question_id]
    if rows.empty:
        return None
    r = rows.iloc[0]
    return SearchInfo(r["question_id"], r["source"], r["source_label"], r["query"], r["translation"],
                      int(r["count"]), int(r["n_fetched"]), tuple(json_list(r["warnings"])),
                      r["searched_at"])


@st.cache_data(show_spinner=False, max_entries=16)
def _article(path: str, version: Stamp, name: str) -> Article | None:
    with Store(path, readonly=True) as s:
        return s.article(name)


def article(name: str, path: Path | None = None) -> Article | None:
    if name in hidden_articles(path):
        return None
    p, st_ = _key(path)
    return _article(p, st_, name)


@st.cache_data(show_spinner=False, max_entries=4)
def _articles(path: str, version: Stamp) -> pd.DataFrame:
    with Store(path, readonly=True) as s:
        return s.articles_frame()


def articles(path: Path | None = None) -> pd.DataFrame:
    return visible(_articles(*_key(path)), path, "name")


@st.cache_data(show_spinner=False, max_entries=4)
def _runs(path: str, version: Stamp) -> pd.DataFrame:
    with Store(path, readonly=True) as s:
        return s.runs_frame()


def runs(path: Path | None = None) -> pd.DataFrame:
    return _runs(*_key(path))


@st.cache_data(show_spinner=False, max_entries=4)
def _decisions(path: str, version: Stamp) -> pd.DataFrame:
    from ..reviews import decisions_frame
    with Store(path, readonly=True) as s:
        return decisions_frame(s)


def decisions(path: Path | None = None) -> pd.DataFrame:
    """Every reviewer decision this session may see, newest first (empty for a store without any)."""
    hidden = hidden_articles(path)
    df = _decisions(*_key(path))
    return without_hidden_decisions(df, _claims(*_key(path)), hidden) if hidden else df


def without_hidden_decisions(df: pd.DataFrame, claims: pd.DataFrame, hidden) -> pd.DataFrame:
    """`df` (decisions) without those on `hidden` articles: on their claims (a dropped or added
    claim is named by the decision's own values), or on records of questions only they test."""
    if not hidden or df.empty:
        return df
    article_of = dict(zip(claims["claim_id"], claims["article"]))
    gone = claims["article"].isin(hidden)
    private_q = set(claims.loc[gone, "question_id"]) - set(claims.loc[~gone, "question_id"])

    def article(row) -> str | None:
        if row["claim_id"] in article_of:
            return article_of[row["claim_id"]]
        for col in ("old_value", "new_value"):
            try:
                v = json.loads(row[col]) if isinstance(row[col], str) else None
            except ValueError:
                v = None
            if isinstance(v, dict) and isinstance(v.get("article"), str):
                return v["article"]
        return None

    keep = [not (article(r) in hidden or (r["target"] == "record" and r["question_id"] in private_q))
            for _, r in df.iterrows()]
    return df[keep]


@st.cache_data(show_spinner=False, max_entries=4)
def _applied(path: str, version: Stamp) -> pd.DataFrame:
    from ..reviews import applied_frame
    with Store(path, readonly=True) as s:
        df = applied_frame(s)
    df["machine"] = [_value_text(v) for v in df["machine_value"]]
    df["reviewed"] = [_value_text(v) for v in df["reviewed_value"]]
    df["stale"] = df["stale"].fillna(0).astype(bool)
    return df


def _value_text(v) -> str:
    if not isinstance(v, str):
        return "–"
    try:
        x = json.loads(v)
    except json.JSONDecodeError:
        return v
    if isinstance(x, bool):
        return "counted" if x else "not counted"
    if isinstance(x, dict):
        return str(x.get("claim") or x.get("summary") or ", ".join(f"{k}: {w}" for k, w in x.items() if w is not None))
    return "–" if x is None else str(x)


def applied(path: Path | None = None) -> pd.DataFrame:
    """Decisions as the current runs applied them: machine value beside the reviewer's."""
    return _applied(*_key(path))


def reviewed_claims(claims_df: pd.DataFrame, applied_df: pd.DataFrame) -> set[str]:
    """Claims a reviewer touched: directly, or through a record of their question."""
    if applied_df.empty:
        return set()
    direct = set(applied_df["claim_id"].dropna())
    qs = set(applied_df.loc[applied_df["pmid"].notna(), "question_id"].dropna())
    return direct | set(claims_df.loc[claims_df["question_id"].isin(qs), "claim_id"])


def score_counts(df: pd.DataFrame) -> dict[str, int]:
    """Claims per verdict label (in legend order), plus 'overstated'; zero counts dropped."""
    from .highlight import NOT_GRADED, VERDICT_STYLES

    counts = df["verdict_label"].value_counts()
    out = {label: int(counts.get(label, 0)) for label in [*VERDICT_STYLES, NOT_GRADED.label]}
    out = {k: v for k, v in out.items() if v}
    out["overstated"] = int(df["overstated"].sum())
    return out


def claims_csv(df: pd.DataFrame) -> bytes:
    """Claims with their verdicts, for spreadsheets (the internal display columns dropped)."""
    cols = ["claim_id", "article", "article_title", "quote", "start", "end", "claim", "question_id",
            "question", "claim_type", "strength", "origin", "verdict", "certainty", "overstated",
            "n_studies", "n_participants", "pmids", "rationale", "run_id"]
    out = df[cols].rename(columns={"pmids": "cited_pmids"})
    return frame_to_csv(out, lineterminator="\n")  # formula-like cells neutralised (#20 item 4)


def evidence_csv(df: pd.DataFrame) -> bytes:
    out = df.drop(columns=["figures"]).copy()
    out["reported_figures"] = [json.dumps(json_list(v), ensure_ascii=False)
                               for v in out["reported_figures"]]
    return frame_to_csv(out, lineterminator="\n")
