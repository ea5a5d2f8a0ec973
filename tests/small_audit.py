"""A small audit for fault and security tests: one curated article and a few of its questions."""

from __future__ import annotations

import csv
import shutil
from dataclasses import dataclass
from pathlib import Path

from tracker.claims import load_questions, write_questions
from tracker.paths import ARTICLES_DIR, CLAIMS_CSV, QUESTIONS_CSV

ARTICLE = "001_3be876b036d9d23d.txt"


@dataclass(frozen=True)
class Audit:
    folder: Path
    claims: Path
    questions: Path
    question_ids: tuple[str, ...]
    claim_ids: tuple[str, ...]

    @property
    def articles(self) -> Path:
        return self.folder / "articles"


def make_audit(folder: Path, n_questions: int = 3, *, question_ids: list[str] | None = None,
               article: str = ARTICLE) -> Audit:
    """`article` with its curated claims on `question_ids` (default: its first `n_questions`)."""
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    shutil.copy(ARTICLES_DIR / article, folder / "articles" / article)
    with CLAIMS_CSV.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["article"] == article]
    qids = question_ids or sorted({r["question_id"] for r in rows})[:n_questions]
    rows = [r for r in rows if r["question_id"] in qids]
    with (folder / "claims.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    write_questions(folder / "questions.csv", [q for q in load_questions(QUESTIONS_CSV) if q.question_id in qids])
    return Audit(folder, folder / "claims.csv", folder / "questions.csv", tuple(qids), tuple(r["claim_id"] for r in rows))


def audit_into(location, audit: Audit) -> None:
    """Run `audit` on the embedded snapshot into the store at `location` (a path or a URL)."""
    from tracker.claims import load_inputs
    from tracker.pipeline import open_backend, run_audit
    from tracker.store import Store

    backend = open_backend("snapshot")
    try:
        with Store(location) as store:
            run_audit(store, backend, load_inputs(audit.claims, audit.questions, audit.articles))
    finally:
        backend.close()
