"""What changed between two runs of an audit: per claim, the verdict and certainty before and
after, and why in words (new studies, studies no longer counted, studies read differently,
changed rules); plus the records the later run found that the earlier did not.

`read_run` reads one complete run from the store into plain frozen dataclasses; `compare` is a
pure function of two of them. The CLI (`tracker changes`) and the dashboard ("What changed")
both call `changes_between`, which is the two together.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .store import Store

# Where judging starts: everything these modules import from the package (and its data files,
# e.g. a trained model) makes up "the rules"; the CLI, store and dashboard do not.
RULE_ROOTS = ("appraisal", "grading", "verdict")


# `from .x import ...`, `from tracker.x import ...` and `from . import x, y` (also in parentheses),
# anywhere in a module: a regular expression over the source is ~50x faster than parsing it.
_FROM_MODULE = re.compile(r"^\s*from\s+(?:\.|tracker\.)(\w+)[\w.]*\s+import\b", re.MULTILINE)
_FROM_PACKAGE = re.compile(r"^\s*from\s+(?:\.|tracker)\s+import\s+(\([^)]*\)|[^\n]*)", re.MULTILINE)


def rule_files(package: Path | None = None) -> tuple[Path, ...]:
    """The package files the judging code depends on: `RULE_ROOTS` and, transitively, every
    package module they import (read from the source, not from what happens to be loaded),
    plus the data files in `resources/`."""
    package = package or Path(__file__).parent
    seen: set[str] = set()
    todo = [r for r in RULE_ROOTS if (package / f"{r}.py").exists()]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        text = (package / f"{name}.py").read_text(encoding="utf-8")
        found = [m.group(1) for m in _FROM_MODULE.finditer(text)]
        for m in _FROM_PACKAGE.finditer(text):
            found += re.findall(r"\w+", re.sub(r"\bas\s+\w+", "", m.group(1)))
        todo += [f for f in found if (package / f"{f}.py").exists() and f not in seen]
    files = [package / f"{n}.py" for n in sorted(seen)]
    resources = package / "resources"
    if resources.is_dir():
        files += sorted(p for p in resources.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return tuple(files)


@functools.cache
def rules_fingerprint() -> str:
    """A short hash of the code and data that appraise and grade, stored with each run, so a
    comparison can tell "the evidence changed" from "the rules that read it changed". Computed
    once per process: the code a process runs is the code it loaded."""
    h = hashlib.sha256()
    root = Path(__file__).parent
    for path in rule_files(root):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _conn(store: Store) -> Any:  # sqlite3.Connection or db.PgConnection: the same SQL
    assert store.conn is not None, "the store is closed"
    return store.conn


class ChangesError(ValueError):
    """The runs asked for cannot be compared; the message says which and why."""


# ---------------------------------------------------------------------------------------------
# What a run holds


@dataclass(frozen=True)
class RunInfo:
    run_id: int
    status: str
    source: str
    source_label: str
    started_at: str
    finished_at: str | None
    as_of: str | None  # the day whose evidence the run used; None: the day it ran
    rules: str | None

    @property
    def evidence_day(self) -> str:
        """The day whose evidence the run saw: its as-of day, else the day it started."""
        return self.as_of or self.started_at[:10]

    def describe(self) -> str:
        when = f"as of {self.as_of}" if self.as_of else f"on {self.started_at[:10]}"
        return f"run {self.run_id} ({when}, {self.source})"


@dataclass(frozen=True)
class VerdictRow:
    claim_id: str
    article: str
    claim: str
    question_id: str
    verdict: str
    certainty: str
    n_studies: int


@dataclass(frozen=True)
class StudyRow:
    question_id: str
    pmid: str
    included: bool
    design: str
    direction: str
    exclusion_reason: str | None


@dataclass(frozen=True)
class RecordInfo:
    pmid: str
    title: str
    year: int | None
    available: str | None  # capture or fetch day: when the source first held it
    held_as: str = "captured"  # "captured" (the snapshot) or "fetched" (live PubMed, a mirror)

    def when(self) -> str:
        parts = []
        if self.available:
            parts.append(f"{self.held_as} {self.available}")
        if self.year:
            parts.append(f"published {self.year}")
        return ", ".join(parts) or "date unknown"


@dataclass(frozen=True)
class RunData:
    info: RunInfo
    verdicts: tuple[VerdictRow, ...]
    studies: tuple[StudyRow, ...]
    found: tuple[tuple[str, tuple[str, ...]], ...]  # question id -> PMIDs its search read
    queries: tuple[tuple[str, str], ...]  # question id -> query
    records: tuple[RecordInfo, ...]


def _run_info(row) -> RunInfo:
    keys = row.keys()
    return RunInfo(run_id=int(row["run_id"]), status=row["status"], source=row["source"],
                   source_label=row["source_label"], started_at=row["started_at"],
                   finished_at=row["finished_at"], as_of=row["as_of"] if "as_of" in keys else None,
                   rules=row["rules"] if "rules" in keys else None)


def complete_runs(store: Store) -> tuple[RunInfo, ...]:
    """Every complete run, oldest first."""
    rows = _conn(store).execute("SELECT * FROM runs WHERE status='complete' ORDER BY run_id").fetchall()
    return tuple(_run_info(r) for r in rows)


def read_run(store: Store, run_id: int) -> RunData:
    """One complete run's verdicts, appraisals, searches and the records they read."""
    row = _conn(store).execute("SELECT * FROM runs WHERE run_id=?", (run_id,)).fetchone()
    if row is None:
        raise ChangesError(f"{store.path}: there is no run {run_id}")
    if row["status"] != "complete":
        raise ChangesError(f"{store.path}: run {run_id} is {row['status']}, not complete; only complete runs "
                           "can be compared")
    info = _run_info(row)
    verdicts = tuple(
        VerdictRow(r["claim_id"], r["article"] or "", r["claim"] or "", r["question_id"], r["verdict"],
                   r["certainty"], int(r["n_studies"]))
        for r in _conn(store).execute(
            "SELECT v.claim_id, c.article, c.claim, v.question_id, v.verdict, v.certainty, v.n_studies "
            "FROM claim_verdicts v LEFT JOIN claims c ON c.claim_id = v.claim_id WHERE v.run_id=? "
            "ORDER BY c.article, c.position, v.claim_id", (run_id,)))
    studies = tuple(
        StudyRow(r["question_id"], r["pmid"], bool(r["included"]), r["design"], r["direction"],
                 r["exclusion_reason"])
        for r in _conn(store).execute(
            "SELECT question_id, pmid, included, design, direction, exclusion_reason FROM appraisals "
            "WHERE run_id=? ORDER BY question_id, pmid", (run_id,)))
    found, queries = [], []
    for r in _conn(store).execute(
            "SELECT rs.question_id, s.query, s.pmids, s.n_fetched FROM run_searches rs "
            "JOIN searches s ON s.search_id = rs.search_id WHERE rs.run_id=? ORDER BY rs.question_id", (run_id,)):
        found.append((r["question_id"], tuple(json.loads(r["pmids"])[: r["n_fetched"]])))
        queries.append((r["question_id"], r["query"]))
    pmids = sorted({p for _, ps in found for p in ps} | {s.pmid for s in studies})
    records = []
    for i in range(0, len(pmids), 500):
        chunk = pmids[i:i + 500]
        for r in _conn(store).execute(
                f"SELECT pmid, title, year, fetched_at FROM records WHERE source=? AND pmid IN "
                f"({','.join('?' * len(chunk))})", (info.source, *chunk)):
            records.append(RecordInfo(r["pmid"], r["title"], r["year"], (r["fetched_at"] or "")[:10] or None,
                                      "captured" if info.source == "snapshot" else "fetched"))
    return RunData(info, verdicts, studies, tuple(found), tuple(queries), tuple(records))


# ---------------------------------------------------------------------------------------------
# The comparison (pure)


@dataclass(frozen=True)
class StudyChange:
    pmid: str
    kind: str  # "new" | "no longer counted" | "read differently"
    detail: str  # in words: design and direction, or why it is no longer counted
    when: str  # capture / publication date


@dataclass(frozen=True)
class ClaimChange:
    claim_id: str
    article: str
    claim: str
    question_id: str
    verdict_from: str | None  # None: the earlier run did not grade this claim
    verdict_to: str | None  # None: the later run did not grade it
    certainty_from: str | None
    certainty_to: str | None
    studies: tuple[StudyChange, ...]
    reasons: tuple[str, ...]  # why, in words, most important first

    @property
    def verdict_changed(self) -> bool:
        return None not in (self.verdict_from, self.verdict_to) and self.verdict_from != self.verdict_to

    @property
    def certainty_changed(self) -> bool:
        return None not in (self.certainty_from, self.certainty_to) and self.certainty_from != self.certainty_to

    @property
    def changed(self) -> bool:
        return self.verdict_changed or self.certainty_changed

    def headline(self) -> str:
        if self.verdict_from is None:
            return f"new claim: {self.verdict_to} ({self.certainty_to})"
        if self.verdict_to is None:
            return f"not graded in the later run (was {self.verdict_from}, {self.certainty_from})"
        if not self.changed:
            return f"unchanged: {self.verdict_to} ({self.certainty_to})"
        return f"{self.verdict_from} ({self.certainty_from}) -> {self.verdict_to} ({self.certainty_to})"


@dataclass(frozen=True)
class NewRecord:
    pmid: str
    title: str
    when: str
    question_ids: tuple[str, ...]


@dataclass(frozen=True)
class Changes:
    from_run: RunInfo
    to_run: RunInfo
    claims: tuple[ClaimChange, ...]
    new_records: tuple[NewRecord, ...]
    rules_changed: bool | None  # None: a run does not record its rules

    @property
    def changed_claims(self) -> tuple[ClaimChange, ...]:
        return tuple(c for c in self.claims if c.changed)

    @property
    def any_verdict_changed(self) -> bool:
        """A verdict or its certainty moved for a claim both runs graded (the exit status)."""
        return bool(self.changed_claims)

    def summary(self) -> str:
        """One sentence for the overview and the top of the CLI output."""
        both = [c for c in self.claims if c.verdict_from is not None and c.verdict_to is not None]
        span = f"Between {self.from_run.describe()} and {self.to_run.describe()}"
        recs = (f"{len(self.new_records)} new record{'s' if len(self.new_records) != 1 else ''} matched the "
                "questions' searches" if self.new_records else "no new record matched the questions' searches")
        n = len(self.changed_claims)
        if n:
            return (f"{span}: {recs}; {n} of {len(both)} claim{'s' if len(both) != 1 else ''} changed verdict "
                    "or certainty.")
        return f"{span}: {recs}; nothing changed for the {len(both)} claim{'s' if len(both) != 1 else ''} both graded."

    def to_json(self) -> dict:
        return {
            "from_run": {**asdict(self.from_run), "evidence_day": self.from_run.evidence_day},
            "to_run": {**asdict(self.to_run), "evidence_day": self.to_run.evidence_day},
            "summary": self.summary(),
            "any_verdict_changed": self.any_verdict_changed,
            "rules_changed": self.rules_changed,
            "claims": [{**asdict(c), "verdict_changed": c.verdict_changed,
                        "certainty_changed": c.certainty_changed} for c in self.claims],
            "new_records": [asdict(r) for r in self.new_records],
        }


def _study_words(s: StudyRow) -> str:
    return f"{s.design}, {s.direction}" if s.design else s.direction


def _pmid_list(items: list[StudyChange], limit: int = 6) -> str:
    shown = ", ".join(f"PMID {s.pmid} ({s.when})" for s in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def compare(before: RunData, after: RunData) -> Changes:
    """Per claim graded by either run: verdicts, certainties and the study-level reasons."""
    recs = {r.pmid: r for r in before.records} | {r.pmid: r for r in after.records}
    when = lambda p: recs[p].when() if p in recs else "date unknown"  # noqa: E731
    a_studies = {(s.question_id, s.pmid): s for s in before.studies}
    b_studies = {(s.question_id, s.pmid): s for s in after.studies}
    a_found, b_found = dict(before.found), dict(after.found)
    a_query, b_query = dict(before.queries), dict(after.queries)
    rules_changed = (None if not (before.info.rules and after.info.rules)
                     else before.info.rules != after.info.rules)

    def question_changes(qid: str) -> tuple[StudyChange, ...]:
        out: list[StudyChange] = []
        a_in = {p for (q, p), s in a_studies.items() if q == qid and s.included}
        b_in = {p for (q, p), s in b_studies.items() if q == qid and s.included}
        for p in sorted(b_in - a_in):
            was = a_studies.get((qid, p))
            detail = _study_words(b_studies[(qid, p)])
            if was is not None:
                detail += f"; read before but not counted ({was.exclusion_reason or 'excluded'})"
            out.append(StudyChange(p, "new", detail, when(p)))
        for p in sorted(a_in - b_in):
            now = b_studies.get((qid, p))
            if now is not None:
                detail = f"excluded now: {now.exclusion_reason or 'no reason recorded'}"
            elif p not in set(b_found.get(qid, ())):
                detail = "the later search did not return it"
            else:
                detail = "returned but not appraised"
            out.append(StudyChange(p, "no longer counted", detail, when(p)))
        for p in sorted(a_in & b_in):
            x, y = a_studies[(qid, p)], b_studies[(qid, p)]
            if (x.design, x.direction) != (y.design, y.direction):
                out.append(StudyChange(p, "read differently", f"{_study_words(x)} -> {_study_words(y)}", when(p)))
        return tuple(out)

    per_question: dict[str, tuple[StudyChange, ...]] = {}
    a_v = {v.claim_id: v for v in before.verdicts}
    b_v = {v.claim_id: v for v in after.verdicts}
    claims: list[ClaimChange] = []
    for cid in list(b_v) + [c for c in a_v if c not in b_v]:
        x, y = a_v.get(cid), b_v.get(cid)
        ref = y or x
        qid = ref.question_id  # type: ignore[union-attr]
        studies: tuple[StudyChange, ...] = ()
        reasons: list[str] = []
        if x is not None and y is not None:
            if x.question_id != y.question_id:
                reasons.append(f"the claim now tests question {y.question_id} (was {x.question_id})")
            else:
                studies = per_question.setdefault(qid, question_changes(qid))
                reasons += _reasons(studies)
                if a_query.get(qid) and b_query.get(qid) and a_query[qid] != b_query[qid]:
                    reasons.append("the question's search query changed")
            if rules_changed:
                reasons.append(f"the appraisal and grading rules changed ({before.info.rules} -> {after.info.rules})")
            if (x.verdict, x.certainty) != (y.verdict, y.certainty) and not reasons:
                reasons.append("the same studies were graded differently (the claim's wording or the rules "
                               "changed in a way the runs do not record)")
        claims.append(ClaimChange(cid, ref.article, ref.claim, qid,  # type: ignore[union-attr]
                                  x.verdict if x else None, y.verdict if y else None,
                                  x.certainty if x else None, y.certainty if y else None, studies, tuple(reasons)))

    a_all = {p for ps in a_found.values() for p in ps}
    new: dict[str, list[str]] = {}
    for qid, ps in after.found:
        if qid not in a_found:  # the earlier run never asked: its records are unseen, not new
            continue
        for p in ps:
            if p not in a_all:
                new.setdefault(p, []).append(qid)
    new_records = tuple(
        NewRecord(p, recs[p].title if p in recs else "", when(p), tuple(qs))
        for p, qs in sorted(new.items(), key=lambda kv: (-(int(kv[0]) if kv[0].isdigit() else 0))))
    return Changes(before.info, after.info, tuple(claims), new_records, rules_changed)


def _reasons(studies: tuple[StudyChange, ...]) -> list[str]:
    out = []
    for kind, words in (("new", "new stud{y} counted"), ("no longer counted", "stud{y} no longer counted"),
                        ("read differently", "stud{y} read differently")):
        items = [s for s in studies if s.kind == kind]
        if items:
            label = words.format(y="y" if len(items) == 1 else "ies")
            out.append(f"{len(items)} {label}: {_pmid_list(items)}")
    return out


# ---------------------------------------------------------------------------------------------
# Choosing the runs


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def resolve_runs(runs: tuple[RunInfo, ...], from_: str | None = None, to: str | None = None,
                 comparable=None) -> tuple[RunInfo, RunInfo]:
    """The (earlier, later) pair to compare among complete `runs` (oldest first).

    `to`: a run id (default: the latest). `from_`: a run id; or a day, meaning the latest run
    whose evidence is from that day or before (an as-of run counts by its as-of day); by
    default the run just before `to`. `comparable(earlier, later)`, when given, limits the
    chosen earlier run to those that graded a claim the later one graded (a regrade of one
    article is not compared with an audit of another).
    """
    if not runs:
        raise ChangesError("the store holds no complete run; run `tracker run` first")
    by_id = {r.run_id: r for r in runs}

    def as_run(value: str, what: str) -> RunInfo:
        if not str(value).isdigit() or int(value) not in by_id:
            known = ", ".join(str(r) for r in by_id)
            raise ChangesError(f"{what} {value!r}: not a complete run (complete runs: {known})")
        return by_id[int(value)]

    later = as_run(to, "--to") if to is not None else runs[-1]
    earlier_runs = [r for r in runs if r.run_id != later.run_id]
    if from_ is None:
        before = [r for r in earlier_runs if r.run_id < later.run_id]
        if not before:
            raise ChangesError(f"run {later.run_id} is the first complete run: there is nothing earlier to "
                               "compare it with (give --from RUN)")
        if comparable is not None:
            before = [r for r in before if comparable(r, later)]
            if not before:
                raise ChangesError(f"no earlier complete run graded any claim of run {later.run_id}: there is "
                                   "nothing earlier to compare it with")
        return before[-1], later
    if _DAY.match(str(from_)):
        day = str(from_)
        cands = [r for r in earlier_runs if r.evidence_day <= day]
        if comparable is not None and cands:
            cands = [r for r in cands if comparable(r, later)] or cands  # none shares a claim: said below
        if not cands:
            raise ChangesError(f"--from {day}: no complete run has evidence from that day or before; "
                               f"run `tracker run --as-of {day}` first")
        # The latest evidence day wins; among runs of the same day, the newest run.
        return max(cands, key=lambda r: (r.evidence_day, r.run_id)), later
    earlier = as_run(from_, "--from")
    if earlier.run_id == later.run_id:
        raise ChangesError(f"--from and --to are the same run ({later.run_id})")
    return earlier, later


def graded_claims(store: Store, run_id: int) -> frozenset[str]:
    """The claims a run graded."""
    return frozenset(r[0] for r in _conn(store).execute(
        "SELECT claim_id FROM claim_verdicts WHERE run_id=?", (run_id,)))


def comparable_runs(store: Store):
    """`resolve_runs`' test: two runs are comparable when they graded at least one claim in common."""
    cache: dict[int, frozenset[str]] = {}

    def graded(run: RunInfo) -> frozenset[str]:
        if run.run_id not in cache:
            cache[run.run_id] = graded_claims(store, run.run_id)
        return cache[run.run_id]

    return lambda earlier, later: bool(graded(earlier) & graded(later))


def changes_between(store: Store, from_: str | None = None, to: str | None = None) -> Changes:
    """Compare two complete runs that graded at least one claim in common (runs of different
    articles, e.g. two regrades after reviewer decisions, have nothing to compare)."""
    comparable = comparable_runs(store)
    earlier, later = resolve_runs(complete_runs(store), from_, to, comparable)
    if not comparable(earlier, later):
        raise ChangesError(f"run {earlier.run_id} and run {later.run_id} graded no claim in common (they audited "
                           "different articles or claims): there is nothing to compare; choose runs of the "
                           "same audit")
    return compare(read_run(store, earlier.run_id), read_run(store, later.run_id))


# ---------------------------------------------------------------------------------------------
# One claim across runs


@dataclass(frozen=True)
class HistoryEntry:
    run: RunInfo
    verdict: str
    certainty: str
    n_studies: int
    reasons: tuple[str, ...]  # what changed since the previous entry ("" for the first)


def claim_history(store: Store, claim_id: str) -> tuple[HistoryEntry, ...]:
    """Every complete run that graded `claim_id`, in the order the evidence days come, with the
    reasons each verdict differs from the one before."""
    ids = [r[0] for r in _conn(store).execute(
        "SELECT v.run_id FROM claim_verdicts v JOIN runs r ON r.run_id = v.run_id AND r.status='complete' "
        "WHERE v.claim_id=? ORDER BY v.run_id", (claim_id,))]
    runs = sorted((read_run(store, i) for i in ids), key=lambda d: (d.info.evidence_day, d.info.run_id))
    out: list[HistoryEntry] = []
    prev: RunData | None = None
    for data in runs:
        v = next(v for v in data.verdicts if v.claim_id == claim_id)
        reasons: tuple[str, ...] = ()
        if prev is not None:
            change = next((c for c in compare(prev, data).claims if c.claim_id == claim_id), None)
            reasons = change.reasons if change else ()
        out.append(HistoryEntry(data.info, v.verdict, v.certainty, v.n_studies, reasons))
        prev = data
    return tuple(out)


def render_text(ch: Changes, *, show_unchanged: bool = False) -> str:
    """The plain-text report `tracker changes` prints."""
    lines = [ch.summary(), ""]
    lines.append(f"earlier: {ch.from_run.describe()}: {ch.from_run.source_label}")
    lines.append(f"later:   {ch.to_run.describe()}: {ch.to_run.source_label}")
    if ch.rules_changed:
        lines.append(f"rules:   the appraisal and grading code changed ({ch.from_run.rules} -> {ch.to_run.rules})")
    shown = [c for c in ch.claims if c.changed or show_unchanged or c.verdict_from is None or c.verdict_to is None]
    if shown:
        lines += ["", "Claims:"]
    for c in shown:
        lines.append(f"- {c.claim_id} [{c.question_id}]: {c.headline()}")
        lines += [f"    because {r}" for r in c.reasons]
    moved = [c for c in ch.claims if not c.changed and c.studies and c.verdict_from and c.verdict_to]
    if moved and not show_unchanged:
        lines.append(f"({len(moved)} other claim{'s' if len(moved) != 1 else ''} gained or lost studies without a "
                     "change of verdict or certainty; --all lists them)")
    lines += ["", f"New records ({len(ch.new_records)}):" if ch.new_records else "New records: none."]
    for r in ch.new_records:
        lines.append(f"- PMID {r.pmid} ({r.when}): {r.title[:100]} [{', '.join(r.question_ids)}]")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# The article's own date


_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), 1)}
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
_DATE_LINE = re.compile(
    r"\b(?:published|posted|updated|last updated|date)\b[^\n\d]{0,20}?"
    rf"(?:(\d{{4}})-(\d{{2}})-(\d{{2}})|(\d{{1,2}})\s+{_MONTH}\.?,?\s+(\d{{4}})|{_MONTH}\.?\s+(\d{{1,2}}),?\s+(\d{{4}}))",
    re.IGNORECASE)


def article_date(text: str) -> str | None:
    """The date an article gives itself near its top ("Published 3 March 2024", "Updated:
    2024-03-03"), as an ISO day; None when it states none. The earliest such date wins: an
    article's claims were made when it was first published, not when it was last touched."""
    from datetime import date

    days = []
    for m in _DATE_LINE.finditer(text[:3000]):
        g = m.groups()
        try:
            if g[0]:
                d = date(int(g[0]), int(g[1]), int(g[2]))
            elif g[3]:
                d = date(int(g[5]), _MONTHS[g[4].lower()], int(g[3]))
            else:
                d = date(int(g[8]), _MONTHS[g[6].lower()], int(g[7]))
        except ValueError:
            continue
        days.append(d)
    return min(days).isoformat() if days else None


def latest_pair(store: Store, runs: tuple[RunInfo, ...] | None = None) -> tuple[RunInfo, RunInfo]:
    """The latest run that has an earlier run of the same claims, and that run. An audit of a new
    article (from the dashboard, say) is the latest run but has nothing earlier to compare with,
    so the search goes back to the newest run that has; when no two runs share a claim, the last
    two. `runs` defaults to every complete run."""
    runs = complete_runs(store) if runs is None else runs
    comparable = comparable_runs(store)
    for later in reversed(runs):
        try:
            return resolve_runs(runs, to=str(later.run_id), comparable=comparable)
        except ChangesError:
            continue
    return resolve_runs(runs)  # no two runs share a claim: the last two (callers check comparability)


def latest_summary(store: Store) -> str | None:
    """The overview's line: what changed in the latest pair of runs of the same claims
    (`latest_pair`); None with fewer than two such runs."""
    try:
        earlier, later = latest_pair(store)
    except ChangesError:
        return None
    if not comparable_runs(store)(earlier, later):
        return None
    return compare(read_run(store, earlier.run_id), read_run(store, later.run_id)).summary()
