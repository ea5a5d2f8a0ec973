"""The Python API: what the CLI, the dashboard and notebooks share.

    import tracker
    summary = tracker.audit(db="audit.db")                 # the seed corpus on the embedded snapshot
    summary = tracker.audit(db="audit.db", articles="my_articles/")  # claims extracted from your articles
    with tracker.open_store("audit.db") as audit:
        audit.claims        # one row per claim with its current verdict (pandas.DataFrame)
        audit.evidence      # one row per appraised record and question
        audit.prisma        # PRISMA-style counts per question

Everything here is a thin composition of `claims`, `pipeline`, `store` and `export`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from . import paths
from .claims import AuditInputs
from .db import is_url
from .models import RunSummary
from .pipeline import DEFAULT_MAX_RECORDS, Progress
from .search import SearchBackend


def _db(db: str | Path | None) -> str | Path:
    """A store location: a `postgresql://` URL kept as written, else a path; None is the default."""
    if db is None:
        return paths.default_db()
    return db if is_url(db) else Path(db)


def prepare_audit(*, articles: str | Path | None = None, claims: str | Path | None = None,
                  questions: str | Path | None = None, source: str = "snapshot",
                  mirror: str | Path | None = None, eutils_url: str | None = None,
                  extract: bool = True, as_of: date | None = None) -> tuple[AuditInputs, SearchBackend]:
    """Load and check the inputs and open the backend, before any search or store write.

    Every bad query is reported here, not after some searches ran; articles without curated
    claims get extracted ones. The caller closes the backend."""
    from .claims import check_queries, load_inputs
    from .pipeline import open_backend, with_extracted_claims

    questions_csv = Path(questions) if questions is not None else paths.QUESTIONS_CSV
    inputs = load_inputs(Path(claims) if claims is not None else paths.CLAIMS_CSV, questions_csv,
                         Path(articles) if articles is not None else paths.ARTICLES_DIR)
    check_queries(questions_csv, inputs.questions, offline=source != "entrez")
    if extract:
        inputs = with_extracted_claims(inputs)
    return inputs, open_backend(source, mirror=mirror, eutils_url=eutils_url, as_of=as_of)


def audit(db: str | Path | None = None, *, articles: str | Path | None = None,
          claims: str | Path | None = None, questions: str | Path | None = None,
          source: str = "snapshot", mirror: str | Path | None = None, eutils_url: str | None = None,
          extract: bool = True, as_of: date | None = None, update: bool = False, refresh: bool = False,
          max_records: int = DEFAULT_MAX_RECORDS, progress: Progress | None = None) -> RunSummary:
    """Audit articles end to end and store the run; returns its summary (verdicts included).

    Defaults audit the shipped seed corpus (`claims.csv`, `questions.csv`, `data/articles`) on
    the embedded snapshot into the default store. Paths are read relative to the working
    directory. `as_of` uses only the evidence available that day; `update` asks live PubMed
    only for records entered since each question's last search (see `tracker run --help`).
    """
    from .pipeline import run_audit
    from .store import Store

    inputs, backend = prepare_audit(articles=articles, claims=claims, questions=questions, source=source,
                                    mirror=mirror, eutils_url=eutils_url, extract=extract, as_of=as_of)
    try:
        with Store(_db(db)) as store:
            return run_audit(store, backend, inputs, refresh=refresh, max_records=max_records,
                             progress=progress, update=update)
    finally:
        backend.close()


def audit_many(articles: str | Path, db: str | Path | None = None, *, jobs: int = 1,
               **options: Any) -> Any:
    """Audit a folder of articles with `jobs` worker processes: above 1, each article is its own
    run and a re-run skips articles whose run completed (`tracker.batch.audit_many`; `options`
    are `audit`'s). Returns a `tracker.batch.BatchResult` naming each article's outcome."""
    from .batch import audit_many as run_many

    return run_many(articles, db if db is not None else paths.default_db(), jobs=jobs, **options)


@dataclass
class AuditView:
    """The frames a reader needs from a store, loaded once (read-only)."""

    path: Path | str  # a SQLite file, or a PostgreSQL URL shown with its password hidden (`Store` still opens it)
    claims: pd.DataFrame
    questions: pd.DataFrame
    evidence: pd.DataFrame
    searches: pd.DataFrame
    runs: pd.DataFrame
    prisma: pd.DataFrame
    latest_run: dict[str, Any] | None = field(default=None)

    def __enter__(self) -> AuditView:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def open_store(path: str | Path | None = None) -> AuditView:
    """Read a store's current results as pandas frames (raises `StoreError` with the path if unreadable)."""
    from .export import prisma_counts
    from .store import Store

    db = _db(path)
    with Store(db, readonly=True) as store:
        latest = store.latest_run()
        return AuditView(
            path=store.path,
            claims=store.claims_frame(),
            questions=store.questions_frame(),
            evidence=store.evidence_frame(),
            searches=store.searches_frame(),
            runs=store.runs_frame(),
            prisma=prisma_counts(store),
            latest_run=dict(latest) if latest is not None else None,
        )
