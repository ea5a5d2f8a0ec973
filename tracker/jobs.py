"""Audit jobs: one article brought to the dashboard, from pasted or uploaded text to graded claims.

A job is a row of the store's `audit_jobs` table, so the page that started it can be refreshed,
closed and reopened (`?job=ID`) and still shows the same job. Its life:

    extracting -> review -> running -> complete
                    ^          |
                    +-- failed <+

The slow steps (claim extraction, the audit) run in a worker thread of the dashboard process;
the worker writes its stage and counts to the job row and the page only reads the row. Each
job audits only its own article, its reviewed claims and their questions, in a run of its own,
so two people auditing at once never mix their runs. The job id (128 random bits) locates a job;
the owner token (the dashboard session that started it) is what lets a caller change, grade or
publish it (`check_owner`). Until published, a job and its article are shown only to its owner.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import logging
import os
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pandas as pd

from . import paths
from .articles import article_from_bytes
from .changes import rules_fingerprint
from .claims import AuditInputs, load_questions
from .errors import InputError
from .extract import DEFAULT_MIN_SCORE as EXTRACT_MIN_SCORE
from .extract import extract_claims
from .models import Article, Claim, Question, SourceName, claim_from_dict
from .pipeline import open_backend, run_audit
from .pubmed_query import parse_query
from .search import QuerySyntaxError, SearchBackend, SearchError
from .store import Store, StoreError

log = logging.getLogger(__name__)

STATUSES: tuple[str, ...] = ("extracting", "review", "running", "complete", "failed")
ACTIVE: tuple[str, ...] = ("extracting", "running")  # a worker thread owns the job
STAGES: dict[str, str] = {
    "extracting": "Extracting claims",
    "searching": "Searching each question",
    "appraising": "Appraising the studies found",
    "grading": "Grading the claims",
}
_PIPELINE_STAGES = {"search": "searching", "appraise": "appraising", "grade": "grading"}

DEFAULT_MAX_BYTES = 2_000_000
# Check-worthiness threshold: the extractor's own, the one its recall and candidates per gold claim
# are measured at (benchmarks/claims.py). The page once used a stricter 0.5, which hid a tenth to a
# quarter of the gold claims of every development split (dev4 recall .81 instead of .90; a laser
# helmet's "You will see regrowth within 7 days" and "Users see a 250% increase" scored .45) for
# at most 1.47 candidates per gold claim instead of 1.29 (DASH10, session 9).
DEFAULT_MIN_SCORE = EXTRACT_MIN_SCORE
LENIENT_MIN_SCORE = 0.3  # "look again" when nothing passed the default; the folded candidates' floor
PASTED = "pasted text"  # the name pasted text goes by in messages
EDIT_MARK = "-edit-"  # question ids the user edited in a job: "<id>-edit-<job prefix>"

# Which worker owns a job: this process (pid plus a nonce, since a restarted container reuses pids).
PROCESS_ID = f"{os.getpid()}:{uuid.uuid4().hex[:8]}"
_WORKERS: dict[str, threading.Thread] = {}
_WORKERS_LOCK = threading.Lock()


def max_upload_bytes() -> int:
    """The article size limit: `$TRACKER_MAX_UPLOAD_BYTES`, else 2 MB."""
    raw = os.environ.get("TRACKER_MAX_UPLOAD_BYTES", "")
    return int(raw) if raw.strip().isdigit() and int(raw) > 0 else DEFAULT_MAX_BYTES


# ---- the evidence source ------------------------------------------------------------------


@dataclass(frozen=True)
class SourceChoice:
    """Where new audits search: `source` as in `tracker run --source`, plus the mirror path."""

    source: SourceName
    mirror: str | None = None

    def open(self, as_of: str | None = None) -> SearchBackend:
        """The backend; with `as_of` (an ISO day) it sees only the evidence available then."""
        try:
            return open_backend(self.source, mirror=self.mirror,
                                as_of=datetime.date.fromisoformat(as_of) if as_of else None)
        except (SearchError, OSError, ValueError) as exc:  # InputError is a ValueError
            raise InputError(f"the evidence source ({self.source}) cannot be opened: {exc}") from exc


def active_source(env: Mapping[str, str] | None = None) -> SourceChoice:
    """The source the dashboard audits with.

    `$TRACKER_SOURCE` (snapshot, mirror or entrez) decides when set; otherwise live PubMed when
    NCBI_EMAIL or NCBI_API_KEY is configured, a local mirror when `$TRACKER_MIRROR` names one,
    else the embedded snapshot.
    """
    env = os.environ if env is None else env
    mirror = (env.get("TRACKER_MIRROR") or "").strip() or None
    chosen = (env.get("TRACKER_SOURCE") or "").strip().lower()
    if chosen:
        if chosen not in ("snapshot", "mirror", "entrez"):
            raise InputError(f"TRACKER_SOURCE={chosen!r}: use snapshot, mirror or entrez")
        if chosen == "mirror" and not mirror:
            raise InputError("TRACKER_SOURCE=mirror needs TRACKER_MIRROR=PATH (an index built by "
                             "`tracker mirror ingest`)")
        return SourceChoice(chosen, mirror)  # type: ignore[arg-type]
    if (env.get("NCBI_EMAIL") or "").strip() or (env.get("NCBI_API_KEY") or "").strip():
        return SourceChoice("entrez")
    if mirror:
        return SourceChoice("mirror", mirror)
    return SourceChoice("snapshot")


def source_label(choice: SourceChoice) -> str:
    """The backend's own one-line provenance (no search is made)."""
    backend = choice.open()
    try:
        label = backend.label()
    finally:
        backend.close()
    # Live PubMed stamps its label with the search day; nothing has been searched yet.
    return re.sub(r", searched \d{4}-\d{2}-\d{2}$", "", label) if choice.source == "entrez" else label


# ---- jobs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewItem:
    """One extracted claim as the user reviews it."""

    claim: Claim  # origin "auto"
    score: float  # check-worthiness 0..1
    reasons: tuple[str, ...]
    keep: bool = True


@dataclass(frozen=True)
class Job:
    job_id: str
    owner: str  # the session that started it (for the record; the id is the access key)
    article: Article
    existing: bool  # the article was already stored when the job started
    status: str  # one of STATUSES
    stage: str  # one of STAGES while active; "" or "done" otherwise
    done: int
    total: int
    items: tuple[ReviewItem, ...]
    questions: tuple[Question, ...]  # every question an item points to
    proposed: frozenset[str]  # ids of questions the extractor (or the user) made for this job
    min_score: float
    source: SourceChoice
    source_label: str
    run_id: int | None
    error: str | None
    worker: str | None
    created_at: str
    updated_at: str
    published: bool = False  # False: private to `owner`'s session (see `NotOwner`)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE

    @property
    def kept(self) -> tuple[ReviewItem, ...]:
        return tuple(i for i in self.items if i.keep)

    def question(self, question_id: str) -> Question:
        return next(q for q in self.questions if q.question_id == question_id)


class AlreadyCurated(InputError):
    """The text is a stored article with curated claims: open it instead of re-auditing it."""

    def __init__(self, article: Article, n_claims: int):
        self.article = article
        self.n_claims = n_claims
        super().__init__(f"this text is already in the store as article {article.name} "
                         f"with {n_claims} curated claim(s)")


class NotOwner(InputError):
    """Another session's audit: only the session that started a job may change or publish it."""

    def __init__(self) -> None:
        super().__init__("this audit was started in another browser session: only that session can "
                         "change, grade or publish it")


def check_owner(job: Job, owner: str | None) -> None:
    """Raise `NotOwner` unless `owner` started `job`. None is the local operator (scripts, tests,
    the CLI), who owns every job: the dashboard always passes its session's owner token."""
    if owner is not None and owner != job.owner:
        raise NotOwner()


def visible_to(job: Job, owner: str | None) -> bool:
    """Whether a session may see the job at all: its owner always, others once it is published."""
    return owner is None or owner == job.owner or job.published


def publish(db: str | Path, job_id: str, *, owner: str | None) -> Job:
    """Make a graded audit visible to every visitor of the dashboard (its owner only)."""
    job = get_job(db, job_id)
    if job is None:
        raise InputError("this audit no longer exists")
    check_owner(job, owner)
    if job.status != "complete":
        raise InputError(f"this audit is {job.status}; only a graded audit can be published")
    with Store(db) as store:
        store.update_audit_job(job_id, published=1)
    job = get_job(db, job_id)
    assert job is not None
    return job


class ReviewError(InputError):
    """The review cannot be graded as it stands; `problems` lists each reason."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


def _encode(items: Sequence[ReviewItem], questions: Sequence[Question], proposed: frozenset[str]) -> str:
    return json.dumps({
        "items": [{"claim": dataclasses.asdict(i.claim), "score": i.score, "reasons": list(i.reasons),
                   "keep": i.keep} for i in items],
        "questions": [dataclasses.asdict(q) for q in questions],
        "proposed": sorted(proposed),
    }, ensure_ascii=False, separators=(",", ":"))


def _job(row) -> Job:
    payload = json.loads(row["candidates"] or "{}")
    items = tuple(ReviewItem(claim_from_dict(d["claim"]), float(d["score"]), tuple(d["reasons"]), bool(d["keep"]))
                  for d in payload.get("items", []))
    questions = tuple(Question(**d) for d in payload.get("questions", []))
    article = Article(row["article"], row["title"], row["text"], row["format"], row["sha256"], "")
    return Job(row["job_id"], row["owner"], article, bool(row["existing"]), row["status"], row["stage"],
               int(row["done"]), int(row["total"]), items, questions, frozenset(payload.get("proposed", [])),
               float(row["min_score"]), SourceChoice(row["source"], row["mirror"]), row["source_label"],
               row["run_id"], row["error"], row["worker"], row["created_at"], row["updated_at"],
               published=bool(_column(row, "published", 0)))


def _column(row, name: str, default):
    return row[name] if name in row.keys() else default


def get_job(db: str | Path, job_id: str) -> Job | None:
    """The job as stored now; None for an unknown id or a store that does not exist."""
    if not re.fullmatch(r"[0-9a-f]{32}", job_id or ""):
        return None
    try:
        with Store(db, readonly=True) as store:
            row = store.audit_job_row(job_id)
    except StoreError:
        return None
    return _job(row) if row is not None else None


def _safe_stem(name: str) -> str:
    suffix = Path(name).suffix
    stem = name[:-len(suffix)] if suffix else name
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-._")
    return stem[:60] or "article"


# Markdown's own markup, not words: an ATX heading line ("# Title", "## 2. Saw palmetto") or a
# paired strong emphasis ("**1. It regrows hair fast.**"). Plain prose never has them.
_MARKDOWN_RE = re.compile(r"^\s{0,3}#{1,6}[ \t]+\S|\*\*(?=\S)[^*\n]+?(?<=\S)\*\*|__(?=\S)[^_\n]+?(?<=\S)__", re.M)


def looks_like_markdown(data: bytes) -> bool:
    """Whether pasted text is Markdown: a file's suffix says so, pasted text has only its markup.
    Read as plain text its "**" stays in quotes and glues a bold lead-in ("**1. It beats the
    pharmacy.** Rosemary oil works better than minoxidil") to the claim after it."""
    return bool(_MARKDOWN_RE.search(data[:200_000].decode("utf-8", errors="ignore")))


def read_article(name: str, data: bytes, *, max_bytes: int | None = None, title: str | None = None) -> Article:
    """The article for uploaded or pasted bytes, named `<file stem>-<sha256 prefix>.<format>`.

    Size, encoding, binary and empty input raise `InputError` naming `name`; HTML is stripped
    to text by the loader and never kept as markup.
    """
    shown = name.strip() or PASTED  # a browser sends the bare file name
    fmt: Literal["markdown"] | None = "markdown" if shown == PASTED and looks_like_markdown(data) else None
    article = article_from_bytes(shown, data, max_bytes=max_bytes or max_upload_bytes(), fmt=fmt)
    suffix = {"text": ".txt", "markdown": ".md", "html": ".html"}[article.format]
    stem = "pasted" if shown == PASTED else _safe_stem(shown)
    title = " ".join((title or "").split())[:200] or article.title
    return dataclasses.replace(article, name=f"{stem}-{article.sha256[:10]}{suffix}", title=title, path="")


def create_job(db: str | Path, name: str, data: bytes, *, owner: str, source: SourceChoice | None = None,
               title: str | None = None, max_bytes: int | None = None, start: bool = True) -> Job:
    """Store a new job for an uploaded file (`name`) or pasted text, and start extracting claims.

    A stored article with curated claims raises `AlreadyCurated` (its audit is the curated one).
    Text that is already stored, or already in another job, becomes a new version of the article
    (`<name>-v2`, ...): an audit never replaces claims another audit or a curator recorded.
    """
    article = read_article(name, data, max_bytes=max_bytes, title=title)
    source = source or active_source()
    job_id = uuid.uuid4().hex
    with Store(db) as store:
        existing = store.find_article(article.sha256, article.text)
        if existing is not None:
            curated = store.claim_origins(existing.name).get("curated", 0)
            if curated:
                raise AlreadyCurated(existing, curated)
        article = dataclasses.replace(article, name=_new_version_name(store, article.name))
        store.create_audit_job(job_id, owner, article, existing=existing is not None, status="extracting",
                               min_score=DEFAULT_MIN_SCORE, source=source.source, mirror=source.mirror,
                               source_label="", worker=PROCESS_ID if start else None)
        store.update_audit_job(job_id, stage="extracting", done=0, total=1)
    if start:
        _spawn(db, job_id, extract_job)
    job = get_job(db, job_id)
    assert job is not None
    return job


def _new_version_name(store: Store, name: str) -> str:
    """`name`, or `<stem>-v2<suffix>`, `-v3`, ...: the first no stored article or audit job uses."""
    taken = {r[0] for r in store.conn.execute("SELECT name FROM articles UNION SELECT article FROM audit_jobs")}
    suffix = Path(name).suffix
    stem = name[:-len(suffix)] if suffix else name
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-v{n}{suffix}"
    return candidate


def existing_questions(store: Store) -> tuple[Question, ...]:
    """Questions a new article's claims may re-use: the store's (without other jobs' edited
    copies) and questions.csv's."""
    pool: dict[str, Question] = {}
    for r in store.conn.execute("SELECT * FROM questions ORDER BY question_id"):
        if EDIT_MARK not in r["question_id"]:
            pool[r["question_id"]] = Question(r["question_id"], r["statement"], r["intervention"],
                                              r["outcome"], r["kind"], r["query"])
    try:
        for q in load_questions(paths.QUESTIONS_CSV):
            pool.setdefault(q.question_id, q)
    except InputError:
        pass  # a broken or missing questions.csv: the store's questions still serve
    return tuple(pool.values())


def extract_job(db: str | Path, job_id: str) -> None:
    """Worker: extract the job's candidate claims and leave them for review."""
    with Store(db) as store:
        row = store.audit_job_row(job_id)
        if row is None:
            return
        job = _job(row)
        try:
            store.update_audit_job(job_id, stage="extracting", done=0, total=1)
            pool = existing_questions(store)
            known = {q.question_id: q for q in pool}
            found = extract_claims(job.article, pool, min_score=job.min_score)
            questions: dict[str, Question] = {}
            proposed = set()
            for cand in found:
                if cand.new_question is not None:
                    proposed.add(cand.new_question.question_id)
                    questions.setdefault(cand.new_question.question_id, cand.new_question)
                else:
                    questions.setdefault(cand.claim.question_id, known[cand.claim.question_id])
            items = [ReviewItem(c.claim, c.score, c.reasons) for c in found]
            store.update_audit_job(job_id, expect_status=("extracting",), status="review", stage="", done=1,
                                   total=1, candidates=_encode(items, list(questions.values()), frozenset(proposed)),
                                   error=None)
        except Exception as exc:
            _fail(store, job_id, exc)


# ---- review -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimEdit:
    claim_id: str
    keep: bool
    claim: str | None = None  # the edited normalised claim; None leaves it


@dataclass(frozen=True)
class QuestionEdit:
    question_id: str
    statement: str | None = None
    query: str | None = None


@dataclass(frozen=True)
class Review:
    claims: tuple[ClaimEdit, ...] = ()
    questions: tuple[QuestionEdit, ...] = ()


def edited_id(question_id: str, job_id: str) -> str:
    """The id of a job's own edited copy of a question (the original stays untouched)."""
    base = question_id.split(EDIT_MARK)[0]
    return f"{base}{EDIT_MARK}{job_id[:8]}"


def apply_review(job: Job, review: Review) -> tuple[tuple[ReviewItem, ...], tuple[Question, ...], frozenset[str]]:
    """The job's items and questions after the user's review; `ReviewError` lists every problem.

    An edited question becomes a new question private to this job, so the curated question (and
    other articles' claims that test it) never change under someone else's audit.
    """
    problems: list[str] = []
    ids = {i.claim.claim_id for i in job.items}
    by_q = {q.question_id: q for q in job.questions}
    problems += [f"claim {e.claim_id}: not in this audit" for e in review.claims if e.claim_id not in ids]
    questions = dict(by_q)
    proposed = set(job.proposed)
    remap: dict[str, str] = {}
    for e in review.questions:
        q = by_q.get(e.question_id)
        if q is None:
            problems.append(f"question {e.question_id}: not in this audit")
            continue
        statement = " ".join((q.statement if e.statement is None else e.statement).split())
        query = (q.query if e.query is None else e.query).strip()
        if (statement, query) == (q.statement, q.query):
            continue
        if not statement:
            problems.append(f"question {q.question_id}: the question is empty")
        if not query:
            problems.append(f"question {q.question_id}: the PubMed query is empty")
        else:
            try:
                if job.source.source == "entrez":
                    parse_query(query)
                else:  # the offline index also limits nesting: caught here, not at the search
                    from .local_index import check_query
                    check_query(query)
            except QuerySyntaxError as exc:
                problems.append(f"question {q.question_id}: the PubMed query is not valid: {exc}")
        nid = edited_id(q.question_id, job.job_id)
        questions[nid] = dataclasses.replace(q, question_id=nid, statement=statement, query=query)
        proposed.add(nid)
        remap[q.question_id] = nid
    edits = {e.claim_id: e for e in review.claims}
    items = []
    for it in job.items:
        edit = edits.get(it.claim.claim_id)
        keep = it.keep if edit is None else edit.keep
        text = " ".join((it.claim.claim if edit is None or edit.claim is None else edit.claim).split())
        if keep and not text:
            problems.append(f"claim {it.claim.claim_id}: the normalised claim is empty")
        qid = remap.get(it.claim.question_id, it.claim.question_id)
        claim = dataclasses.replace(it.claim, claim=text or it.claim.claim, question_id=qid)
        if claim.claim != it.claim.claim and getattr(claim, "frame", None) is not None:
            # The extracted frame described the old words; the verdict must be computed for the new ones.
            claim = dataclasses.replace(claim, frame=None)
        items.append(dataclasses.replace(it, keep=keep, claim=claim))
    if not any(i.keep for i in items):
        problems.append("no claim is kept: keep at least one claim to grade")
    if problems:
        raise ReviewError(problems)
    used = {i.claim.question_id for i in items}
    return tuple(items), tuple(q for qid, q in questions.items() if qid in used), frozenset(proposed & used)


def job_inputs(job: Job) -> AuditInputs:
    """What the job's run audits: its article, its kept claims and only their questions."""
    kept = job.kept
    used = {i.claim.question_id for i in kept}
    return AuditInputs((job.article,), tuple(q for q in job.questions if q.question_id in used),
                       tuple(i.claim for i in kept))


def submit_review(db: str | Path, job_id: str, review: Review, *, start: bool = True,
                  owner: str | None = None, as_of: str | None = None) -> Job:
    """Apply the user's review and start grading (once: a second tab's submit is refused).
    `as_of` (an ISO day): grade with only the evidence available then."""
    job = get_job(db, job_id)
    if job is None:
        raise InputError("this audit no longer exists")
    check_owner(job, owner)
    if job.status not in ("review", "failed"):
        raise InputError(f"this audit is already {job.status}; it is not waiting for review")
    items, questions, proposed = apply_review(job, review)
    n_questions = len({i.claim.question_id for i in items if i.keep})
    with Store(db) as store:
        ok = store.update_audit_job(job_id, expect_status=("review", "failed"), status="running",
                                    stage="searching", done=0, total=n_questions,
                                    candidates=_encode(items, questions, proposed), error=None, run_id=None,
                                    worker=PROCESS_ID if start else None, as_of=as_of)
    if not ok:
        raise InputError("this audit was started from another tab or window")
    if start:
        _spawn(db, job_id, run_job)
    job = get_job(db, job_id)
    assert job is not None
    return job


def extract_again(db: str | Path, job_id: str, *, min_score: float = LENIENT_MIN_SCORE,
                  owner: str | None = None) -> Job:
    """Look for claims again with a lower check-worthiness threshold."""
    job = get_job(db, job_id)
    if job is None:
        raise InputError("this audit no longer exists")
    check_owner(job, owner)
    with Store(db) as store:
        if not store.update_audit_job(job_id, expect_status=("review", "failed"), status="extracting",
                                      stage="extracting", done=0, total=1, min_score=min_score,
                                      error=None, worker=PROCESS_ID):
            raise InputError("this audit is not waiting for review")
    _spawn(db, job_id, extract_job)
    job = get_job(db, job_id)
    assert job is not None
    return job


def back_to_review(db: str | Path, job_id: str, *, owner: str | None = None) -> None:
    """A failed audit goes back to its (reviewed) claims, to edit a query and try again."""
    job = get_job(db, job_id)
    if job is None:
        raise InputError("this audit no longer exists")
    check_owner(job, owner)
    with Store(db) as store:
        store.update_audit_job(job_id, expect_status=("failed",), status="review", stage="", error=None)


# ---- the run ------------------------------------------------------------------------------


class _ProgressWriter:
    """The pipeline's progress callback: writes stage and counts to the job row, at most every
    `interval` seconds within a stage (a stage's first and last step are always written)."""

    def __init__(self, store: Store, job_id: str, interval: float = 0.25):
        self.store, self.job_id, self.interval = store, job_id, interval
        self.stage, self.at = "", 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        name = _PIPELINE_STAGES.get(stage, stage)
        now = time.monotonic()
        if name == self.stage and 0 < done < total and now - self.at < self.interval:
            return
        self.stage, self.at = name, now
        self.store.update_audit_job(self.job_id, stage=name, done=done, total=total)


def run_job(db: str | Path, job_id: str) -> None:
    """Worker: run the audit of the job's reviewed claims in a run of its own."""
    with Store(db) as store:
        row = store.audit_job_row(job_id)
        if row is None:
            return
        job = _job(row)
        backend = None
        try:
            inputs = job_inputs(job)
            as_of = _column(row, "as_of", None)
            backend = job.source.open(as_of)
            label = backend.label()
            run_id = store.start_run(backend.name, label, as_of=as_of, rules=rules_fingerprint())
            store.update_audit_job(job_id, run_id=run_id, source_label=label, stage="searching", done=0,
                                   total=len(inputs.questions))
            run_audit(store, backend, inputs, progress=_ProgressWriter(store, job_id), run_id=run_id)
            store.update_audit_job(job_id, expect_status=("running",), status="complete", stage="done",
                                   done=len(inputs.claims), total=len(inputs.claims), error=None)
        except Exception as exc:
            _fail(store, job_id, exc)
        finally:
            if backend is not None:
                backend.close()


def _fail(store: Store, job_id: str, exc: Exception) -> None:
    if isinstance(exc, (InputError, SearchError, StoreError)):
        message = str(exc)
    else:  # a bug: the page shows one line, the log keeps the traceback
        log.exception("audit job %s failed", job_id)
        message = f"unexpected error ({type(exc).__name__}: {exc})"
    try:
        store.update_audit_job(job_id, status="failed", error=message)
    except Exception:
        log.exception("audit job %s: cannot record the failure", job_id)


# ---- workers ------------------------------------------------------------------------------


def _spawn(db: str | Path, job_id: str, target: Callable[[str | Path, str], None]) -> None:
    with _WORKERS_LOCK:
        running = _WORKERS.get(job_id)
        if running is not None and running.is_alive():
            return
        for done in [k for k, t in _WORKERS.items() if not t.is_alive()]:
            del _WORKERS[done]
        thread = threading.Thread(target=target, args=(db, job_id), name=f"audit-job-{job_id[:8]}", daemon=True)
        _WORKERS[job_id] = thread
        thread.start()


def is_stalled(job: Job) -> bool:
    """True when the job should be working but its worker is gone (the dashboard restarted)."""
    if not job.active:
        return False
    if job.worker is None:
        return True
    if job.worker == PROCESS_ID:
        thread = _WORKERS.get(job.job_id)
        return thread is None or not thread.is_alive()
    pid = job.worker.split(":")[0]
    if not pid.isdigit() or int(pid) == os.getpid():
        return True  # an earlier process with our pid: it is gone
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive, someone else's
    return False  # another dashboard process is working on it


def resume(db: str | Path, job: Job) -> Job:
    """Restart a stalled job's step in this process (only one process wins); other jobs as is."""
    if not is_stalled(job):
        return job
    with Store(db) as store:
        if not store.update_audit_job(job.job_id, expect_status=(job.status,), expect_worker=job.worker,
                                      worker=PROCESS_ID):
            return get_job(db, job.job_id) or job
        if job.status == "running" and job.run_id is not None:
            store.interrupt_run(job.run_id)
    _spawn(db, job.job_id, extract_job if job.status == "extracting" else run_job)
    return get_job(db, job.job_id) or job


def wait(db: str | Path, job_id: str, *, timeout: float = 60.0, poll: float = 0.05) -> Job:
    """Block until the job is no longer extracting or running (for scripts and tests)."""
    deadline = time.monotonic() + timeout
    while True:
        job = get_job(db, job_id)
        if job is None:
            raise InputError(f"no audit job {job_id}")
        if not job.active:
            return job
        if time.monotonic() > deadline:
            raise TimeoutError(f"audit job {job_id} still {job.status} ({job.stage}) after {timeout:.0f} s")
        time.sleep(poll)


# ---- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchOutcome:
    question_id: str
    statement: str
    query: str
    count: int  # hits the search reported
    n_read: int  # records fetched and appraised
    claim_ids: tuple[str, ...]


@dataclass(frozen=True)
class JobResults:
    verdicts: pd.DataFrame  # Store.run_verdicts_frame of the job's run
    searches: tuple[SearchOutcome, ...]

    @property
    def empty_searches(self) -> tuple[SearchOutcome, ...]:
        return tuple(s for s in self.searches if s.count == 0)


def results(db: str | Path, job: Job) -> JobResults:
    """What the job's own run found: its verdicts and each question's search."""
    if job.run_id is None:
        raise InputError("this audit has no run yet")
    with Store(db, readonly=True) as store:
        verdicts = store.run_verdicts_frame(job.run_id)
        searches = store.run_searches_frame(job.run_id)
    by_q: dict[str, list[str]] = {}
    for c in job.kept:
        by_q.setdefault(c.claim.question_id, []).append(c.claim.claim_id)
    out = tuple(SearchOutcome(r.question_id, r.statement or "", r.query, int(r.count), int(r.n_fetched),
                              tuple(by_q.get(r.question_id, ())))
                for r in searches.itertuples(index=False))
    return JobResults(verdicts, out)


# ---- review edits kept as they are made, candidates below the cut-off, deleting an audit -------


def save_review(db: str | Path, job_id: str, review: Review, *, owner: str | None = None) -> Job:
    """Keep the user's edits in the job as they are made, so a refresh or another tab shows them;
    the job keeps waiting for review. A review with problems (an invalid query) raises
    `ReviewError` and saves nothing; one that keeps no claim is not saved (nothing to grade)."""
    job = get_job(db, job_id)
    if job is None:
        raise InputError("this audit no longer exists")
    check_owner(job, owner)
    if job.status not in ("review", "failed"):
        return job
    try:
        items, questions, proposed = apply_review(job, review)
    except ReviewError as exc:
        if all(p.startswith("no claim is kept") for p in exc.problems):
            return job
        raise
    encoded = _encode(items, questions, proposed)
    if encoded != _encode(job.items, job.questions, job.proposed):
        with Store(db) as store:
            store.update_audit_job(job_id, expect_status=("review", "failed"), candidates=encoded)
    return get_job(db, job_id) or job


def below_cutoff(db: str | Path, job: Job, *, floor: float = LENIENT_MIN_SCORE) -> list:
    """Candidates scoring between `floor` and the job's cut-off that are not already in the job
    (same passage), each with a fresh id: what the page shows folded, to add by hand."""
    if job.min_score <= floor:
        return []
    with Store(db, readonly=True) as store:
        pool = existing_questions(store)
    pool = tuple({q.question_id: q for q in (*pool, *job.questions)}.values())
    have = {(i.claim.start, i.claim.end) for i in job.items}
    ids = {i.claim.claim_id for i in job.items}
    stem = re.sub(r"-\d+$", "", job.items[0].claim.claim_id) if job.items else f"auto-{_safe_stem(job.article.name)}"
    out, n = [], len(job.items)
    for cand in extract_claims(job.article, pool, min_score=floor):
        if cand.score >= job.min_score or (cand.claim.start, cand.claim.end) in have:
            continue
        n += 1
        while f"{stem}-{n:02d}" in ids:
            n += 1
        ids.add(f"{stem}-{n:02d}")
        out.append(dataclasses.replace(cand, claim=dataclasses.replace(cand.claim, claim_id=f"{stem}-{n:02d}")))
    return out


def add_candidates(db: str | Path, job_id: str, candidates: Sequence, *, owner: str | None = None) -> Job:
    """Add extractor candidates (from `below_cutoff`) to a job waiting for review, kept."""
    job = get_job(db, job_id)
    if job is None:
        raise InputError("this audit no longer exists")
    check_owner(job, owner)
    if job.status not in ("review", "failed"):
        raise InputError(f"this audit is {job.status}; claims can only be added while reviewing")
    ids = {i.claim.claim_id for i in job.items}
    questions = {q.question_id: q for q in job.questions}
    proposed = set(job.proposed)
    items = list(job.items)
    for cand in candidates:
        if cand.claim.claim_id in ids:
            continue
        if cand.new_question is not None:
            questions.setdefault(cand.new_question.question_id, cand.new_question)
            proposed.add(cand.new_question.question_id)
        elif cand.claim.question_id not in questions:
            with Store(db, readonly=True) as store:
                known = {q.question_id: q for q in existing_questions(store)}
            if cand.claim.question_id in known:
                questions[cand.claim.question_id] = known[cand.claim.question_id]
        items.append(ReviewItem(cand.claim, cand.score, tuple(cand.reasons), True))
    items.sort(key=lambda i: i.claim.start)
    with Store(db) as store:
        store.update_audit_job(job_id, expect_status=("review", "failed"),
                               candidates=_encode(items, list(questions.values()), frozenset(proposed)))
    return get_job(db, job_id) or job


def delete_job(db: str | Path, job_id: str, *, owner: str | None = None) -> None:
    """Delete an audit with its run (grades, verdicts, appraisals) and, when no other audit or
    curated claim uses them, the claims, article and edited questions it added. Not while a
    worker is on it."""
    job = get_job(db, job_id)
    if job is None:
        raise InputError("this audit no longer exists")
    check_owner(job, owner)
    if job.active and not is_stalled(job):
        raise InputError(f"this audit is {job.status}: wait until it finishes, then delete it")
    with Store(db) as store:
        with store.transaction() as c:
            runs = [r[0] for r in c.execute("SELECT run_id FROM audit_jobs WHERE job_id=? AND run_id IS NOT NULL",
                                             (job_id,))]
            for table in ("applied_decisions", "claim_verdicts", "question_grades", "appraisals", "run_searches"):
                c.executemany(f"DELETE FROM {table} WHERE run_id=?", [(r,) for r in runs])
            c.executemany("DELETE FROM runs WHERE run_id=?", [(r,) for r in runs])
            c.execute("DELETE FROM audit_jobs WHERE job_id=?", (job_id,))
            name = job.article.name
            others = c.execute("SELECT COUNT(*) FROM audit_jobs WHERE article=?", (name,)).fetchone()[0]
            curated = c.execute("SELECT COUNT(*) FROM claims WHERE article=? AND origin='curated'",
                                (name,)).fetchone()[0]
            if not others and not curated:
                c.execute("DELETE FROM claims WHERE article=?", (name,))
                c.execute("DELETE FROM articles WHERE name=?", (name,))
            c.execute("DELETE FROM questions WHERE question_id LIKE ? AND question_id NOT IN "
                      "(SELECT question_id FROM claims)", (f"%{EDIT_MARK}{job_id[:8]}",))


__all__ = ["ACTIVE", "STAGES", "STATUSES", "AlreadyCurated", "ClaimEdit", "Job", "JobResults", "NotOwner",
           "QuestionEdit", "check_owner", "publish", "visible_to",
           "Review", "PASTED", "ReviewError", "ReviewItem", "SearchOutcome", "SourceChoice", "active_source", "apply_review",
           "back_to_review", "create_job", "edited_id", "existing_questions", "extract_again",
           "extract_job", "get_job", "is_stalled", "job_inputs", "max_upload_bytes", "read_article", "results",
           "resume", "run_job", "source_label", "submit_review", "wait",
           "add_candidates", "below_cutoff", "delete_job", "save_review"]
