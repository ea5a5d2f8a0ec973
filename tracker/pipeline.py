"""The audit, end to end: inputs -> searches -> records -> appraisals -> grades -> store.

The CLI, the dashboard and notebooks all call `run_audit`; it is the only place the stages meet.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .appraisal import appraise
from .claims import AuditInputs
from .errors import InputError
from .grading import grade_claim, grade_question
from .models import Claim, ClaimVerdict, Question, Record, RunSummary, SearchResult
from .search import SearchBackend, SearchError
from .store import Store

#: progress(stage, done, total): stages are "search", "appraise", "grade".
Progress = Callable[[str, int, int], None]

DEFAULT_MAX_RECORDS = 200


def with_extracted_claims(inputs: AuditInputs, *, min_score: float = 0.5) -> AuditInputs:
    """Add machine-extracted claims (origin "auto") for articles that have no curated claims.

    New questions the extractor proposes are added once each; existing ones are reused.
    """
    from .extract import extract_claims

    curated = {c.article for c in inputs.claims}
    questions = {q.question_id: q for q in inputs.questions}
    claims = list(inputs.claims)
    for article in inputs.articles:
        if article.name in curated:
            continue
        for cand in extract_claims(article, tuple(questions.values()), min_score=min_score):
            if cand.new_question is not None:
                questions.setdefault(cand.new_question.question_id, cand.new_question)
            claims.append(cand.claim)
    used = {c.question_id for c in claims}
    return AuditInputs(inputs.articles, tuple(q for q in questions.values() if q.question_id in used),
                       tuple(claims))


def open_backend(source: str = "snapshot", *, mirror: str | Path | None = None,
                 eutils_url: str | None = None, snapshot: str | Path | None = None) -> SearchBackend:
    """The search backend for `source`: snapshot (embedded default), mirror or entrez."""
    if source == "snapshot":
        from .local_index import open_snapshot_backend
        return open_snapshot_backend(snapshot)
    if source == "mirror":
        if not mirror:
            raise InputError("--source mirror needs --mirror PATH (an index built by `tracker mirror ingest`)")
        from .local_index import open_mirror_backend
        return open_mirror_backend(mirror)
    if source == "entrez":
        from .eutils import EntrezBackend, EutilsConfig
        overrides = {"base_url": eutils_url} if eutils_url else {}
        try:
            config = EutilsConfig.from_env(**overrides)
        except ValueError as exc:
            given = "--eutils-url" if eutils_url else "$NCBI_EUTILS_URL"
            raise InputError(f"{given}: {exc}") from None
        return EntrezBackend(config)
    raise InputError(f"unknown source {source!r}: use snapshot, mirror or entrez")


def cache_key(backend: SearchBackend) -> str:
    """What makes two searches with the same query interchangeable."""
    return getattr(backend, "cache_key", None) or f"{backend.name}:{backend.label()}"


@dataclass(frozen=True)
class QuestionSearch:
    search_id: int
    result: SearchResult
    records: list[Record]


def _noop(stage: str, done: int, total: int) -> None:
    pass


class _RunProgress:
    """Forward progress to `progress` and record it in the run's row, which the dashboard shows
    ("Run #7 in progress (grade 12/74)"): at each stage's start and end, else at most every
    `interval` seconds, so a long run costs a handful of tiny writes."""

    def __init__(self, store: Store, run_id: int, progress: Progress, interval: float = 0.5):
        self.store, self.run_id, self.progress, self.interval = store, run_id, progress, interval
        self.stage, self.at = "", 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        self.progress(stage, done, total)
        now = time.monotonic()
        if stage == self.stage and 0 < done < total and now - self.at < self.interval:
            return
        self.stage, self.at = stage, now
        self.store.set_progress(self.run_id, f"{stage} {done}/{total}")


def search_question(store: Store, backend: SearchBackend, question: Question, *,
                    refresh: bool = False, max_records: int = DEFAULT_MAX_RECORDS) -> QuestionSearch:
    """Run (or reuse) one question's search, fetching and caching the records it needs."""
    key = cache_key(backend)
    cached = None if refresh else store.cached_search(key, question.query)
    if cached is None:
        try:
            result = backend.search(question.query, max_ids=max(max_records, 1))
            wanted = list(result.pmids[:max_records])
            have = store.known_pmids(result.source, wanted) if not refresh else set()
            fetched = list(backend.fetch([p for p in wanted if p not in have]))
        except SearchError as exc:
            raise SearchError(f"question {question.question_id}: {exc}") from exc
        search_id = store.save_search(key, result, fetched, n_fetched=len(wanted))
        cached_result, n_fetched = result, len(wanted)
    else:
        search_id, cached_result, n_fetched = cached.search_id, cached.result, cached.n_fetched
    wanted = list(cached_result.pmids[:n_fetched])
    records = store.get_records(cached_result.source, wanted)
    return QuestionSearch(search_id, cached_result, [records[p] for p in wanted if p in records])


def run_audit(store: Store, backend: SearchBackend, inputs: AuditInputs, *, refresh: bool = False,
              max_records: int = DEFAULT_MAX_RECORDS, progress: Progress | None = None,
              run_id: int | None = None) -> RunSummary:
    """Audit every claim in `inputs` and store the run atomically; return its summary."""
    label = backend.label()
    run_id = run_id or store.start_run(backend.name, label)
    progress = _RunProgress(store, run_id, progress or _noop)
    try:
        questions = list(inputs.questions)
        found: dict[str, QuestionSearch] = {}
        for i, q in enumerate(questions):
            progress("search", i, len(questions))
            found[q.question_id] = search_question(store, backend, q, refresh=refresh,
                                                   max_records=max_records)
        progress("search", len(questions), len(questions))
        records_by_q = {qid: s.records for qid, s in found.items()}

        all_appraisals, grades = [], {}
        for i, q in enumerate(questions):
            progress("appraise", i, len(questions))
            appraisals = [appraise(r, q) for r in records_by_q[q.question_id]]
            all_appraisals.extend(appraisals)
            n_hits = found[q.question_id].result.count
            grades[q.question_id] = (grade_question(q, appraisals, n_hits=n_hits), appraisals)
        progress("appraise", len(questions), len(questions))

        by_id = {q.question_id: q for q in questions}
        verdicts: list[ClaimVerdict] = []
        for i, claim in enumerate(inputs.claims):
            progress("grade", i, len(inputs.claims))
            q = by_id[claim.question_id]
            grade, appraisals = grades[q.question_id]
            records = {r.pmid: r for r in records_by_q[q.question_id]}
            verdicts.append(grade_claim(claim, q, grade, appraisals, records))
        progress("grade", len(inputs.claims), len(inputs.claims))

        n_records = len({r.pmid for rs in records_by_q.values() for r in rs})
        store.finish_run(run_id, articles=inputs.articles, questions=questions, claims=inputs.claims,
                         searches={qid: s.search_id for qid, s in found.items()}, appraisals=all_appraisals,
                         grades=[g for g, _ in grades.values()], verdicts=verdicts, n_records=n_records)
    except BaseException as exc:
        try:
            store.fail_run(run_id, f"{type(exc).__name__}: {exc}")
        except Exception:
            pass  # the original error matters more than recording it
        raise
    row = store.conn.execute("SELECT * FROM runs WHERE run_id=?", (run_id,)).fetchone()
    return RunSummary(run_id=run_id, source=backend.name, source_label=label, started_at=row["started_at"],
                      finished_at=row["finished_at"], n_claims=len(inputs.claims),
                      n_questions=len(questions), n_records=n_records, verdicts=tuple(verdicts))


GRADED_COLUMNS = ("claim_id", "article", "question_id", "claim_type", "strength", "verdict", "certainty",
                  "overstated", "n_studies", "n_participants", "cited_pmids", "rationale")


def write_claims_graded(path: str | Path, claims: Sequence[Claim], verdicts: Sequence[ClaimVerdict]) -> Path:
    """`claims_graded.csv`: one row per claim in input order, for spreadsheet users."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    by_claim = {v.claim_id: v for v in verdicts}
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(GRADED_COLUMNS)
        for c in claims:
            v = by_claim[c.claim_id]
            w.writerow([c.claim_id, c.article, c.question_id, c.claim_type, c.strength, v.verdict,
                        v.certainty, "yes" if v.overstated else "no", v.n_studies, v.n_participants,
                        " ".join(v.cited_pmids), v.rationale])
    tmp.replace(path)
    return path
