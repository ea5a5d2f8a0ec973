"""The audit, end to end: inputs -> searches -> records -> appraisals -> grades -> store.

The CLI, the dashboard and notebooks all call `run_audit`; it is the only place the stages meet.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from .appraisal import appraise
from .changes import rules_fingerprint
from .claims import AuditInputs
from .csvsafe import write_rows
from .errors import InputError
from .grading import grade_question
from .models import Appraisal, Claim, ClaimVerdict, Question, Record, RunSummary, SearchResult
from .search import SearchBackend, SearchError
from .store import Store
from .verdict import grade_claim
from .wording import for_verdict

#: `tracker -v` shows these: searches made or reused, and each grading decision (-vv: each record's).
log = logging.getLogger(__name__)

#: progress(stage, done, total): stages are "search", "appraise", "grade".
Progress = Callable[[str, int, int], None]

DEFAULT_MAX_RECORDS = 200


def with_extracted_claims(inputs: AuditInputs, *, min_score: float | None = None) -> AuditInputs:
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
        for cand in extract_claims(article, tuple(questions.values()),
                                   **({} if min_score is None else {"min_score": min_score})):
            if cand.new_question is not None:
                questions.setdefault(cand.new_question.question_id, cand.new_question)
            claims.append(cand.claim)
    used = {c.question_id for c in claims}
    return AuditInputs(inputs.articles, tuple(q for q in questions.values() if q.question_id in used),
                       tuple(claims))


def open_backend(source: str = "snapshot", *, mirror: str | Path | None = None,
                 eutils_url: str | None = None, snapshot: str | Path | None = None,
                 as_of: date | None = None) -> SearchBackend:
    """The search backend for `source`: snapshot (embedded default), mirror or entrez.

    With `as_of`, the backend sees only the evidence available on that day: PubMed's entry date,
    the snapshot's capture date, the mirror's publication year (README, "Audits as of a date").
    """
    if source == "snapshot":
        from .local_index import open_snapshot_backend
        return open_snapshot_backend(snapshot, as_of=as_of)
    if source == "mirror":
        if not mirror:
            raise InputError("--source mirror needs --mirror PATH (an index built by `tracker mirror ingest`)")
        from .local_index import open_mirror_backend
        return open_mirror_backend(mirror, as_of=as_of)
    if source == "entrez":
        from .eutils import EntrezBackend, EutilsConfig
        overrides = {"base_url": eutils_url} if eutils_url else {}
        try:
            config = EutilsConfig.from_env(**overrides)
        except ValueError as exc:
            given = "--eutils-url" if eutils_url else "$NCBI_EUTILS_URL"
            raise InputError(f"{given}: {exc}") from None
        return EntrezBackend(config, as_of=as_of)
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
                    refresh: bool = False, max_records: int = DEFAULT_MAX_RECORDS,
                    update: bool = False) -> QuestionSearch:
    """Run (or reuse) one question's search, fetching and caching the records it needs.

    With `update`, a question searched before is searched again for what is new: on live PubMed
    only records entered since that search's day (an entry-date window), and only records the
    store does not hold are fetched.
    """
    key = cache_key(backend)
    cached = None if refresh else _cached_or_lease(store, key, question.query)
    if cached is not None and update:
        return _update_search(store, backend, question, cached, max_records)
    if cached is None:
        try:
            result = backend.search(question.query, max_ids=max(max_records, 1))
            wanted = list(result.pmids[:max_records])
            have = store.known_pmids(result.source, wanted) if not refresh else set()
            fetched = list(backend.fetch([p for p in wanted if p not in have]))
        except SearchError as exc:
            if not refresh:
                store.release_search_lease(key, question.query)
            raise SearchError(f"question {question.question_id}: {exc}") from exc
        except BaseException:
            if not refresh:
                store.release_search_lease(key, question.query)
            raise
        search_id = store.save_search(key, result, fetched, n_fetched=len(wanted), reuse=not refresh)
        cached_result, n_fetched = result, len(wanted)
        log.info("question %s: searched %s: %d hits, %d fetched", question.question_id, result.source,
                 result.count, len(fetched))
    else:
        search_id, cached_result, n_fetched = cached.search_id, cached.result, cached.n_fetched
        log.info("question %s: reusing the cached search of %s (%d hits)", question.question_id,
                 cached_result.searched_at[:16], cached_result.count)
    wanted = list(cached_result.pmids[:n_fetched])
    records = store.get_records(cached_result.source, wanted)
    return QuestionSearch(search_id, cached_result, [records[p] for p in wanted if p in records])


LEASE_POLL = 0.2  # seconds between looks at a search another run is making


def _cached_or_lease(store: Store, key: str, query: str):
    """The cached search, or None once this thread holds the lease to make it. While another
    live run holds the lease (two runs on one store), wait for its result rather than sending
    the same requests; a lease whose process died is taken over."""
    while True:
        cached = store.cached_search(key, query)
        if cached is not None or store.take_search_lease(key, query):
            if cached is None:
                # The holder may have saved between our look and our lease.
                cached = store.cached_search(key, query)
                if cached is not None:
                    store.release_search_lease(key, query)
            return cached
        time.sleep(LEASE_POLL)


ENTRY_DAY_OVERLAP = timedelta(days=1)  # an update's entry window starts this long before the last search's day


def _update_search(store: Store, backend: SearchBackend, question: Question, cached,
                   max_records: int) -> QuestionSearch:
    """Search again for records new since `cached`; merge them in front of the old list (PubMed's
    order is newest first) and save the merged search as the question's latest."""
    old = cached.result
    since = date.fromisoformat(old.searched_at[:10])
    as_of = getattr(backend, "as_of", None)
    if as_of is not None and since > as_of:  # searched after the as-of day: nothing can be newer
        records = store.get_records(old.source, old.pmids[:cached.n_fetched])
        return QuestionSearch(cached.search_id, old, [records[p] for p in old.pmids[:cached.n_fetched] if p in records])
    try:
        if hasattr(backend, "entry_window"):  # live PubMed: ask only for the entry-date window
            # PubMed's entry dates are US Eastern days and `searched_at` is UTC: a record entered late on
            # the Eastern day before the search's UTC day would fall before `since`. The windows overlap
            # by a day; records already held are dropped below.
            new = backend.search(question.query, max_ids=max(max_records, 1),  # type: ignore[call-arg]
                                 entered_since=since - ENTRY_DAY_OVERLAP)
        else:  # a local index is searched whole: it is cheap and has no entry dates
            new = backend.search(question.query, max_ids=max(max_records, 1))
        known = set(old.pmids)
        added = [p for p in new.pmids if p not in known]
        if hasattr(backend, "entry_window"):
            pmids = tuple(added) + old.pmids
            count = old.count + new.count - (len(new.pmids) - len(added))
        else:
            pmids, count = new.pmids, new.count
        wanted = list(pmids[:max_records])
        have = store.known_pmids(new.source, wanted)
        fetched = list(backend.fetch([p for p in wanted if p not in have]))
    except SearchError as exc:
        raise SearchError(f"question {question.question_id}: {exc}") from exc
    note = f"note: updated {new.searched_at[:10]}: {len(added)} new records since the search of {since.isoformat()}"
    result = SearchResult(source=new.source, query=question.query, translation=new.translation or old.translation,
                          count=count, pmids=pmids, searched_at=new.searched_at,
                          warnings=tuple(w for w in new.warnings if not w.startswith("note: updated")) + (note,),
                          source_label=new.source_label)
    search_id = store.save_search(cache_key(backend), result, fetched, n_fetched=len(wanted))
    records = store.get_records(result.source, wanted)
    return QuestionSearch(search_id, result, [records[p] for p in wanted if p in records])


def run_audit(store: Store, backend: SearchBackend, inputs: AuditInputs, *, refresh: bool = False,
              max_records: int = DEFAULT_MAX_RECORDS, progress: Progress | None = None,
              run_id: int | None = None, update: bool = False,
              appraiser: Callable[[Record, Question], Appraisal] | None = None) -> RunSummary:
    """Audit every claim in `inputs` and store the run atomically; return its summary.

    `appraiser` stands in for `appraisal.appraise` (the same pure function, e.g. memoised by a
    batch worker whose articles share questions)."""
    judge = appraiser or appraise
    _check_unique_claim_ids(inputs.claims)
    # Reviewer decisions (tracker.reviews) apply to every run: claims first, appraisals below.
    from .reviews import Applier, save_applied, store_questions
    review = Applier.from_store(store)
    inputs = review.inputs(inputs, store_questions(store))
    label = backend.label()
    as_of = getattr(backend, "as_of", None)
    run_id = run_id or store.start_run(backend.name, label, as_of=as_of.isoformat() if as_of else None,
                                       rules=rules_fingerprint())
    progress = _RunProgress(store, run_id, progress or _noop)
    try:
        if backend.name == "snapshot" and hasattr(backend, "sample"):
            # The store keeps the whole sample searched (as of the run's day), with capture dates.
            store.hold_records("snapshot", backend.sample())
        questions = list(inputs.questions)
        found: dict[str, QuestionSearch] = {}
        for i, q in enumerate(questions):
            progress("search", i, len(questions))
            found[q.question_id] = search_question(store, backend, q, refresh=refresh,
                                                   max_records=max_records, update=update)
        progress("search", len(questions), len(questions))
        records_by_q = {qid: s.records for qid, s in found.items()}

        all_appraisals, grades = [], {}
        for i, q in enumerate(questions):
            progress("appraise", i, len(questions))
            appraisals = review.appraisals([judge(r, q) for r in records_by_q[q.question_id]],
                                           records_by_q[q.question_id])
            all_appraisals.extend(appraisals)
            n_hits = found[q.question_id].result.count
            grades[q.question_id] = (grade_question(q, appraisals, n_hits=n_hits), appraisals)
            for a in appraisals:
                log.debug("question %s, PMID %s: %s", q.question_id, a.pmid,
                          f"{a.design}, {a.direction}" if a.included else f"excluded: {a.exclusion_reason}")
            g = grades[q.question_id][0]
            log.info("question %s: %s, certainty %s, %d studies", q.question_id, g.verdict, g.certainty, g.n_studies)
        progress("appraise", len(questions), len(questions))

        by_id = {q.question_id: q for q in questions}
        verdicts: list[ClaimVerdict] = []
        for i, claim in enumerate(inputs.claims):
            progress("grade", i, len(inputs.claims))
            q = by_id[claim.question_id]
            grade, appraisals = grades[q.question_id]
            records = {r.pmid: r for r in records_by_q[q.question_id]}
            v = grade_claim(claim, q, grade, appraisals, records)
            # the one certainty sentence dashboard, reports and ClaimReview share (issue 15)
            verdicts.append(replace(v, certainty_sentence=v.certainty_sentence or for_verdict(v)))
            log.info("claim %s: %s (%s)%s", claim.claim_id, v.verdict, v.certainty, ", overstated" if v.overstated else "")
        progress("grade", len(inputs.claims), len(inputs.claims))
        verdicts, grades = _say_only_a_sample(backend.name, label, verdicts, grades)
        verdicts, grades = _say_broadened(questions, verdicts, grades, {c.claim_id: c.question_id for c in inputs.claims})

        n_records = len({r.pmid for rs in records_by_q.values() for r in rs})
        save_applied(store, run_id, review.applied)  # seen by readers once the run completes
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


def _say_only_a_sample(source: str, label: str, verdicts: list[ClaimVerdict], grades: dict):
    """'No evidence found' in a sample is not 'no evidence': say that only the sample was searched."""
    from .coverage import sample_note

    note = sample_note(source, label)
    if note is None:
        return verdicts, grades
    def said(v: ClaimVerdict) -> ClaimVerdict:
        reasons = v.reasons  # the second bullet is "what the studies found"
        if len(reasons) >= 2:
            reasons = (reasons[0], f"{reasons[1]} (only the embedded sample was searched, not PubMed)", *reasons[2:])
        return replace(v, rationale=f"{v.rationale} {note}".strip(), reasons=reasons)

    verdicts = [said(v) if v.verdict == "no evidence found" else v for v in verdicts]
    grades = {qid: (replace(g, rationale=f"{g.rationale} {note}".strip()) if g.verdict == "no evidence found" else g, a)
              for qid, (g, a) in grades.items()}
    return verdicts, grades


def broadened_note(question: Question) -> str | None:
    """What a verdict must add when its question's search was broadened because the claim's own
    words found nothing (`evidence_words.broaden`, applied by the extractor): the query shown is
    the broadened one that was run, and the reader is told why it is wider than the claim."""
    from . import evidence_words

    harm = question.kind == "safety"
    b = evidence_words.broadened_from(question.query, question.outcome, harm) or \
        evidence_words.broadened_from(question.query, "", harm)
    if b is None:
        return None
    left = ", ".join(f"'{w}'" for w in dict.fromkeys(b.dropped))
    how = {"words": "the claim's words were searched apart, not as one phrase",
           "reduced": "its noun phrase was searched by its content words"
                      + (f", without {left} (words that say which or how many, not what kind of thing)"
                         if left else ""),
           }.get(b.step, "harms in general (adverse events, side effects, tolerability) were searched too")
    return (f"The search was broadened: no record of the embedded sample matched {question.intervention} with "
            f"{question.outcome!r} as the claim words it, so {how} (the query shown is the one run).")


def _say_broadened(questions: Sequence[Question], verdicts: list[ClaimVerdict], grades: dict,
                   question_of: dict[str, str]):
    """Add `broadened_note` to the rationale of each grade and verdict whose question was broadened."""
    notes = {q.question_id: n for q in questions if (n := broadened_note(q))}
    if not notes:
        return verdicts, grades
    verdicts = [replace(v, rationale=f"{v.rationale} {notes[qid]}".strip())
                if (qid := question_of.get(v.claim_id)) in notes else v for v in verdicts]
    grades = {qid: (replace(g, rationale=f"{g.rationale} {notes[qid]}".strip()) if qid in notes else g, a)
              for qid, (g, a) in grades.items()}
    return verdicts, grades


def _check_unique_claim_ids(claims: Sequence[Claim]) -> None:
    """The store keeps one claim per id: two claims sharing an id would be reported twice and
    stored once, with one's verdict attached to the other's text. Refuse before any search."""
    first: dict[str, Claim] = {}
    clashes = []
    for c in claims:
        seen = first.setdefault(c.claim_id, c)
        if seen is not c:
            clashes.append(f"claim id {c.claim_id!r} is used by {seen.article} and {c.article}")
    if clashes:
        raise InputError("; ".join(clashes[:5]) + ("; ..." if len(clashes) > 5 else "")
                         + ": claim ids must be unique across articles")


GRADED_COLUMNS = ("claim_id", "article", "question_id", "claim_type", "strength", "verdict", "certainty",
                  "overstated", "n_studies", "n_participants", "cited_pmids", "rationale")


def write_claims_graded(path: str | Path, claims: Sequence[Claim], verdicts: Sequence[ClaimVerdict]) -> Path:
    """`claims_graded.csv`: one row per claim in input order, for spreadsheet users."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    by_claim = {v.claim_id: v for v in verdicts}
    rows = []
    for c in claims:
        v = by_claim[c.claim_id]
        rows.append([c.claim_id, c.article, c.question_id, c.claim_type, c.strength, v.verdict,
                     v.certainty, "yes" if v.overstated else "no", v.n_studies, v.n_participants,
                     " ".join(v.cited_pmids), v.rationale])
    return write_rows(path, GRADED_COLUMNS, rows)  # formula-like cells neutralised (#20 item 4)
