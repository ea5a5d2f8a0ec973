"""Many articles, many worker processes, one store (`tracker run --articles DIR --jobs N`).

With `jobs=1` (the default) this is today's audit: every article in one run. With more jobs,
each article is its own run, audited in one of `jobs` worker processes (spawned, so each has
its own backend, store connection and rate limiter). The parent loads and checks the inputs
and extracts claims once, exactly as a single run would, then gives each worker a lane of
articles (`lanes`: articles sharing questions together, the work balanced), each with its
claims and the questions they use; a worker appraises a (record, question) pair once for all
its articles, since appraisal is pure.

A failing article is reported by name and the others go on. An interrupted batch resumes:
an article whose own run completed with the same claims, queries, evidence source, as-of day
and rules, and no reviewer decision since, is not audited again (`refresh` or `update` redo all).
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from multiprocessing import get_context
from pathlib import Path

from .claims import AuditInputs
from .pipeline import DEFAULT_MAX_RECORDS
from .search import SearchBackend

__all__ = ["ArticleOutcome", "BatchResult", "Source", "audit_inputs", "audit_many", "completed_articles",
           "split_by_article"]

#: ArticleOutcome.status values
COMPLETE, FAILED, DONE_BEFORE, NO_CLAIMS = "complete", "failed", "done before", "no claims"

#: progress(done, total, outcome): called in the parent as each article finishes.
BatchProgress = Callable[[int, int, "ArticleOutcome"], None]


@dataclass(frozen=True)
class Source:
    """How a worker opens its own evidence backend (a backend object cannot cross processes)."""

    name: str = "snapshot"
    mirror: str | None = None
    eutils_url: str | None = None
    as_of: date | None = None


@dataclass(frozen=True)
class ArticleOutcome:
    """What happened to one article in a batch."""

    article: str
    status: str  # complete, failed, done before (resumed: its run completed earlier), no claims
    run_id: int | None = None
    n_claims: int = 0
    n_questions: int = 0
    seconds: float = 0.0
    error: str | None = None


@dataclass(frozen=True)
class BatchResult:
    db: str  # the store as messages show it (a PostgreSQL URL's password hidden)
    jobs: int
    outcomes: tuple[ArticleOutcome, ...]  # in the articles' input order
    seconds: float
    per_article: bool = field(default=True)  # False: all articles in one run (jobs=1)

    def by_status(self, status: str) -> tuple[ArticleOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> tuple[ArticleOutcome, ...]:
        return self.by_status(FAILED)

    @property
    def audited(self) -> tuple[ArticleOutcome, ...]:
        return self.by_status(COMPLETE)

    @property
    def run_ids(self) -> tuple[int, ...]:
        return tuple(sorted({o.run_id for o in self.audited if o.run_id is not None}))


def split_by_article(inputs: AuditInputs) -> tuple[AuditInputs, ...]:
    """One `AuditInputs` per article: the article, its claims (input order) and the questions
    they use (input order). Articles without claims get an empty claim list."""
    out = []
    for article in inputs.articles:
        claims = tuple(c for c in inputs.claims if c.article == article.name)
        used = {c.question_id for c in claims}
        out.append(AuditInputs((article,), tuple(q for q in inputs.questions if q.question_id in used), claims))
    return tuple(out)


def audit_many(articles_dir: str | Path, db: str | Path, *, jobs: int = 1, claims: str | Path | None = None,
               questions: str | Path | None = None, source: str = "snapshot", mirror: str | Path | None = None,
               eutils_url: str | None = None, extract: bool = True, as_of: date | None = None,
               refresh: bool = False, update: bool = False, max_records: int = DEFAULT_MAX_RECORDS,
               per_article: bool | None = None, progress: BatchProgress | None = None) -> BatchResult:
    """Audit every article in `articles_dir` into the store `db` with `jobs` worker processes.

    `per_article` (default: `jobs > 1`) makes each article its own run; with `jobs=1` and
    `per_article=True` the runs are made one after another in this process."""
    from .api import prepare_audit

    inputs, backend = prepare_audit(articles=articles_dir, claims=claims, questions=questions, source=source,
                                    mirror=mirror, eutils_url=eutils_url, extract=extract, as_of=as_of)
    try:
        return audit_inputs(inputs, backend, db, jobs=jobs, refresh=refresh, update=update,
                            max_records=max_records, per_article=per_article, progress=progress,
                            source=Source(source, str(mirror) if mirror else None, eutils_url, as_of))
    finally:
        backend.close()


def audit_inputs(inputs: AuditInputs, backend: SearchBackend, db: str | Path, *, source: Source, jobs: int = 1,
                 refresh: bool = False, update: bool = False, max_records: int = DEFAULT_MAX_RECORDS,
                 per_article: bool | None = None, progress: BatchProgress | None = None) -> BatchResult:
    """`audit_many` on inputs already loaded (the CLI loads them to warn about coverage first).

    `backend` is the parent's: used for the one-run case and for the evidence source's cache
    key; each worker opens its own from `source`."""
    from .changes import rules_fingerprint
    from .pipeline import _check_unique_claim_ids, cache_key, run_audit
    from .store import Store

    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    _check_unique_claim_ids(inputs.claims)  # the same refusal, before any run, as a single run's
    started = time.perf_counter()
    from .db import location

    db_text, shown = str(_db_arg(db)), str(location(db))  # the workers need the password; results do not
    per_article = jobs > 1 if per_article is None else per_article
    if not per_article:
        with Store(_db_arg(db)) as store:
            summary = run_audit(store, backend, inputs, refresh=refresh, max_records=max_records, update=update)
        elapsed = time.perf_counter() - started
        parts = split_by_article(inputs)
        together = tuple(ArticleOutcome(p.articles[0].name, COMPLETE, summary.run_id, len(p.claims),
                                        len(p.questions), elapsed) for p in parts)
        for i, o in enumerate(together, 1):
            if progress:
                progress(i, len(together), o)
        return BatchResult(shown, jobs, together, elapsed, per_article=False)

    parts = split_by_article(inputs)
    as_of = getattr(backend, "as_of", None)
    with Store(_db_arg(db)) as store:  # created (schema and all) here, before the workers open it
        # --update asks for what is new since each search: every article is audited again.
        done = {} if refresh or update else completed_articles(
            store, parts, cache_key=cache_key(backend),
            as_of=as_of.isoformat() if as_of else None, rules=_current_rules(rules_fingerprint))
    outcomes: dict[str, ArticleOutcome] = {}
    todo: list[_Task] = []
    for p in parts:
        name = p.articles[0].name
        if not p.claims:
            outcomes[name] = ArticleOutcome(name, NO_CLAIMS)
        elif name in done:
            outcomes[name] = ArticleOutcome(name, DONE_BEFORE, done[name], len(p.claims), len(p.questions))
        else:
            todo.append(_Task(db_text, p, source, refresh, update, max_records, _worker_rate(source, jobs)))
    n_total, n_done = len(parts), 0
    for o in list(outcomes.values()):
        n_done += 1
        if progress:
            progress(n_done, n_total, o)

    # Longest first (by questions, the unit of work), so one big article does not finish last alone
    # (the order of one job; workers get lanes, see `lanes`).
    todo.sort(key=lambda t: (-len(t.inputs.questions), -len(t.inputs.claims)))
    for outcome in _execute(todo, jobs):
        outcomes[outcome.article] = outcome
        n_done += 1
        if progress:
            progress(n_done, n_total, outcome)
    order = [p.articles[0].name for p in parts]
    return BatchResult(shown, jobs, tuple(outcomes[n] for n in order), time.perf_counter() - started)


def _current_rules(fingerprint) -> str:
    """The rules as the workers will load them: read now, not when this process first asked
    (`rules_fingerprint` is cached per process, and a long-lived parent may predate an edit)."""
    return getattr(fingerprint, "__wrapped__", fingerprint)()


def _db_arg(db: str | Path) -> str | Path:
    """A PostgreSQL URL stays text (its `//` restored if `Path()` collapsed it); else a path."""
    from .db import normalise

    return normalise(db)


def _worker_rate(source: Source, jobs: int) -> float | None:
    """Live PubMed allows so many requests per second per client, not per process: the workers
    split NCBI's rate between them (each process has its own limiter)."""
    if source.name != "entrez" or jobs <= 1:
        return None
    from .ratelimit import NCBI_RATE_WITH_KEY, NCBI_RATE_WITHOUT_KEY

    rate = NCBI_RATE_WITH_KEY if os.environ.get("NCBI_API_KEY", "").strip() else NCBI_RATE_WITHOUT_KEY
    return rate / jobs


@dataclass(frozen=True)
class _Task:
    db: str
    inputs: AuditInputs
    source: Source
    refresh: bool
    update: bool
    max_records: int
    rate: float | None


def lanes(tasks: Sequence[_Task], n: int) -> list[list[_Task]]:
    """Share the articles between `n` workers. A worker appraises a question once for all its
    articles (`_appraise`), so its work is the number of distinct questions it holds: each
    article (largest first) goes where it adds least to the busiest-so-far, which keeps articles
    that share questions together while the workers stay balanced."""
    out: list[list[_Task]] = [[] for _ in range(min(n, len(tasks)))]
    held: list[set[str]] = [set() for _ in out]
    for t in sorted(tasks, key=lambda t: (-len(t.inputs.questions), t.inputs.articles[0].name)):
        qids = {q.question_id for q in t.inputs.questions}
        best = min(range(len(out)), key=lambda i: (len(held[i] | qids), -len(held[i] & qids), i))
        out[best].append(t)
        held[best] |= qids
    return [lane for lane in out if lane]


def _execute(tasks: Sequence[_Task], jobs: int):
    """Yield each task's outcome as it finishes: in this process for one job, else in `jobs`
    spawned workers, each given its lane of articles. A worker that dies takes down only the
    articles of its lane it had not finished."""
    if not tasks:
        return
    if jobs == 1:
        try:
            for t in tasks:
                yield _audit_one(t)
        finally:
            _appraisals.clear()  # this process lives on (a notebook, the dashboard)
        return
    ctx = get_context("spawn")
    results = ctx.Queue()
    plan = lanes(tasks, jobs)
    workers = [ctx.Process(target=_lane_worker, args=(lane, results), name=f"tracker-batch-{i}")
               for i, lane in enumerate(plan)]
    lane_of = {t.inputs.articles[0].name: i for i, lane in enumerate(plan) for t in lane}
    pending = {t.inputs.articles[0].name: t for t in tasks}
    try:
        for w in workers:
            w.start()
        while pending:
            try:
                outcome = results.get(timeout=0.5)
            except queue.Empty:
                for i, w in enumerate(workers):
                    lost = [a for a, lane in lane_of.items() if lane == i and a in pending]
                    if lost and not w.is_alive():
                        yield from _drain(results, pending)  # what it said before it died
                        for a in [a for a in lost if a in pending]:
                            yield _failed(pending.pop(a), f"its worker process died (exit code {w.exitcode}); "
                                                          "run again to resume")
                continue
            if pending.pop(outcome.article, None) is not None:
                yield outcome
    except BaseException:
        # Ctrl-C (or an error here): the workers stop too, each recording its run as failed and
        # skipping the rest of its lane; a re-run resumes.
        # A terminal's Ctrl-C reached them already: give them a moment, so a second signal does
        # not cut short their recording of the interrupted run.
        deadline = time.monotonic() + 3
        for w in workers:
            w.join(timeout=max(0.0, deadline - time.monotonic()))
        for w in workers:
            if w.is_alive() and w.pid is not None:
                with contextlib.suppress(OSError):
                    os.kill(w.pid, signal.SIGINT)
        for w in workers:
            w.join(timeout=60)
        raise
    for w in workers:
        w.join()


def _drain(results, pending: dict):
    while True:
        try:
            outcome = results.get_nowait()
        except queue.Empty:
            return
        if pending.pop(outcome.article, None) is not None:
            yield outcome


def _lane_worker(tasks: Sequence[_Task], results) -> None:
    """A worker process: audit its articles one after another, reporting each as it finishes."""
    _worker_init()
    try:
        for t in tasks:
            try:
                outcome = _audit_one(t)
            except KeyboardInterrupt:  # Ctrl-C outside the run's own handling (between articles)
                outcome = _failed(t, "interrupted; run again to resume")
            results.put(outcome)
    finally:
        if _interrupted and tasks:
            _interrupt_own_runs(tasks[0].db)


def _interrupt_own_runs(db: str) -> None:
    """Mark this worker's runs still 'running' as interrupted, after Ctrl-C. `run_audit` records
    an interrupted run as failed, but not when Ctrl-C lands just after the run's row committed,
    nor (without the store's rollback) just as a wait for another writer's lock ends: SQLite
    raises it as BEGIN returns, and the transaction left open refuses the failure's write.
    A worker runs one article at a time, so its own run still 'running' is one it stopped (not
    so in a notebook or the dashboard, which may run others: only workers sweep)."""
    import socket

    from .store import Store, process_start

    me = process_start(os.getpid())
    with contextlib.suppress(Exception), Store(_db_arg(db)) as store:  # else a later run's start marks it
        mine = store.frame("SELECT run_id, host, pid_start FROM runs WHERE status = 'running' AND pid = ?",
                           (os.getpid(),))
        for run_id, host, pid_start in mine.itertuples(index=False, name=None):
            if host == socket.gethostname() and _none(pid_start) in (None, me):
                store.interrupt_run(int(run_id))


def _failed(task: _Task, error: str, seconds: float = 0.0) -> ArticleOutcome:
    return ArticleOutcome(task.inputs.articles[0].name, FAILED, None, len(task.inputs.claims),
                          len(task.inputs.questions), seconds, error)


#: Appraisals made in this process, by (record, question). `appraise` is pure, and articles in a
#: batch share questions: without this, each article's run would appraise them all again.
_appraisals: dict = {}
_APPRAISALS_MAX = 50_000


def _appraise(record, question):
    from .appraisal import appraise

    key = (record, question)
    try:
        found = _appraisals.get(key)
    except TypeError:  # an unhashable field: appraise without the memo
        return appraise(record, question)
    if found is None:
        found = appraise(record, question)
        if len(_appraisals) >= _APPRAISALS_MAX:
            _appraisals.clear()
        _appraisals[key] = found
    return found


_interrupted = False  # set in a worker by SIGINT: articles queued to it are not started
_in_worker = False


def _worker_init() -> None:
    global _in_worker
    _in_worker = True
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        # Started with Ctrl-C ignored (a script's background job): the parent ignores it, and
        # so must its workers, or a terminal's Ctrl-C would stop them and not the batch.
        return

    def on_interrupt(signum, frame):
        global _interrupted
        _interrupted = True
        # one interrupt is enough: a second one (the parent's, after a terminal's) must not cut
        # short the recording of the interrupted run, which would leave it "running"
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_interrupt)


def _open_backend(source: Source, rate: float | None) -> SearchBackend:
    from .pipeline import open_backend

    if source.name == "entrez" and rate is not None:
        from .eutils import EntrezBackend, EutilsConfig
        return EntrezBackend(EutilsConfig.from_env(base_url=source.eutils_url, rate=rate), as_of=source.as_of)
    return open_backend(source.name, mirror=source.mirror, eutils_url=source.eutils_url, as_of=source.as_of)


def _audit_one(task: _Task) -> ArticleOutcome:
    """One article's run (in a worker process). Errors become a failed outcome naming the article."""
    from .errors import InputError
    from .pipeline import run_audit
    from .search import SearchError
    from .store import Store, StoreError

    started = time.perf_counter()
    name = task.inputs.articles[0].name
    if _interrupted:
        return _failed(task, "interrupted before it started; run again to resume")
    try:
        backend = _open_backend(task.source, task.rate)
        try:
            with Store(_db_arg(task.db)) as store:
                summary = run_audit(store, backend, task.inputs, refresh=task.refresh,
                                    max_records=task.max_records, update=task.update, appraiser=_appraise)
        finally:
            backend.close()
    except (InputError, SearchError, StoreError) as exc:
        return _failed(task, str(exc), time.perf_counter() - started)
    except Exception as exc:  # a bug must not lose the other articles: report it with its type
        return _failed(task, f"{type(exc).__name__}: {exc}", time.perf_counter() - started)
    except KeyboardInterrupt:  # run_audit has recorded the run as failed
        if not _in_worker:
            raise  # in this process (one job): stop the batch
        return _failed(task, "interrupted; run again to resume", time.perf_counter() - started)
    return ArticleOutcome(name, COMPLETE, summary.run_id, summary.n_claims, summary.n_questions,
                          time.perf_counter() - started)


def completed_articles(store, parts: Sequence[AuditInputs], *, cache_key: str, as_of: str | None,
                       rules: str) -> dict[str, int]:
    """Article name -> the id of its own completed run that is still up to date: the run graded
    exactly this article's claims with their current text, searched each of its questions'
    current query with this evidence source (its cache key: not the label, which for live
    PubMed names the day searched), used the same as-of day and rules, the stored article text
    is unchanged, and no reviewer decision was made since."""
    runs = store.frame("SELECT run_id, as_of, rules, started_at FROM runs WHERE status = 'complete'")
    if runs.empty:
        return {}
    verdicts = store.frame(
        "SELECT v.run_id, v.claim_id, v.claim_text, c.article FROM claim_verdicts v "
        "JOIN runs r ON r.run_id = v.run_id LEFT JOIN claims c ON c.claim_id = v.claim_id "
        "WHERE r.status = 'complete'")
    searched = store.frame(
        "SELECT rs.run_id, rs.question_id, s.cache_key, s.query FROM run_searches rs "
        "JOIN searches s ON s.search_id = rs.search_id JOIN runs r ON r.run_id = rs.run_id "
        "WHERE r.status = 'complete'")
    stored_sha = dict(store.frame("SELECT name, sha256 FROM articles").itertuples(index=False, name=None))
    last_decision = store.frame("SELECT MAX(at) AS at FROM decisions")["at"].iloc[0]

    claims_of: dict[int, set] = {}
    articles_of: dict[int, set] = {}
    for run_id, claim_id, text, article in verdicts.itertuples(index=False, name=None):
        claims_of.setdefault(int(run_id), set()).add((claim_id, text))
        articles_of.setdefault(int(run_id), set()).add(article)
    searches_of: dict[int, set] = {}
    for run_id, qid, key, query in searched.itertuples(index=False, name=None):
        searches_of.setdefault(int(run_id), set()).add((qid, key, query))

    fits: dict[tuple, int] = {}  # (claims, searches) signature -> latest fitting run
    for run_id, run_as_of, run_rules, run_started in runs.itertuples(index=False, name=None):
        run_id = int(run_id)
        if _none(run_as_of) != as_of or _none(run_rules) != rules:
            continue
        if isinstance(last_decision, str) and last_decision >= str(run_started):
            continue  # a reviewer decided something since: the run does not show it
        if len(articles_of.get(run_id, ())) != 1:
            continue  # not one article's own run
        sig = (frozenset(claims_of[run_id]), frozenset(searches_of.get(run_id, ())))
        fits[sig] = max(run_id, fits.get(sig, 0))
    out = {}
    for p in parts:
        article = p.articles[0]
        if not p.claims or stored_sha.get(article.name) != article.sha256:
            continue
        sig = (frozenset((c.claim_id, c.claim) for c in p.claims),
               frozenset((q.question_id, cache_key, q.query) for q in p.questions))
        if sig in fits:
            out[article.name] = fits[sig]
    return out


def _none(value):
    """SQL NULL as read through pandas (None or NaN) -> None."""
    return None if value is None or (isinstance(value, float) and value != value) else value
