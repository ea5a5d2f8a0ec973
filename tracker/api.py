"""The Python API: what the CLI, the dashboard and notebooks share.

    import tracker
    summary = tracker.audit(db="audit.db")                 # the seed corpus on the embedded snapshot
    summary = tracker.audit(db="audit.db", articles="my_articles/", claims=None)  # extracted claims
    with tracker.open_store("audit.db") as audit:
        audit.claims        # one row per claim with its current verdict (pandas.DataFrame)
        audit.evidence      # one row per appraised record and question
        audit.prisma        # PRISMA-style counts per question

Everything here is a thin composition of `claims`, `pipeline`, `store` and `export`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import paths
from .models import RunSummary

#: progress(stage, done, total): stages are "search", "appraise", "grade".
Progress = Callable[[str, int, int], None]


def audit(db: str | Path | None = None, *, articles: str | Path | None = None,
          claims: str | Path | None = None, questions: str | Path | None = None,
          source: str = "snapshot", mirror: str | Path | None = None, eutils_url: str | None = None,
          extract: bool = True, refresh: bool = False, max_records: int = 200,
          progress: Progress | None = None, **run_options: Any) -> RunSummary:
    """Audit articles end to end and store the run; returns its summary (verdicts included).

    Defaults audit the shipped seed corpus (`claims.csv`, `questions.csv`, `data/articles`) on
    the embedded snapshot into the default store. Paths are read relative to the working
    directory. `run_options` go to `pipeline.run_audit` unchanged (for example `as_of`).
    """
    from .claims import check_queries, load_inputs
    from .pipeline import open_backend, run_audit, with_extracted_claims
    from .store import Store

    claims_csv = Path(claims) if claims is not None else paths.CLAIMS_CSV
    questions_csv = Path(questions) if questions is not None else paths.QUESTIONS_CSV
    articles_dir = Path(articles) if articles is not None else paths.ARTICLES_DIR
    inputs = load_inputs(claims_csv, questions_csv, articles_dir)
    check_queries(questions_csv, inputs.questions, offline=source != "entrez")
    if extract:
        inputs = with_extracted_claims(inputs)
    backend = open_backend(source, mirror=mirror, eutils_url=eutils_url)
    try:
        with Store(Path(db) if db is not None else paths.default_db()) as store:
            kwargs: dict[str, Any] = dict(refresh=refresh, max_records=max_records, **run_options)
            if progress is not None:
                kwargs["progress"] = progress
            return run_audit(store, backend, inputs, **kwargs)
    finally:
        backend.close()


@dataclass
class AuditView:
    """The frames a reader needs from a store, loaded once (read-only)."""

    path: Path
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

    db = Path(path) if path is not None else paths.default_db()
    with Store(db, readonly=True) as store:
        latest = store.latest_run()
        return AuditView(
            path=db,
            claims=store.claims_frame(),
            questions=store.questions_frame(),
            evidence=store.evidence_frame(),
            searches=store.searches_frame(),
            runs=store.runs_frame(),
            prisma=prisma_counts(store),
            latest_run=dict(latest) if latest is not None else None,
        )
