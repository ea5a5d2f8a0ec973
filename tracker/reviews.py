"""Reviewer decisions: a named person confirms or corrects what the machine read.

A decision targets a record as appraised for a question (relevance, design, direction, effect,
whether it is counted) or a claim (its wording, frame or question; drop it; add one the
extractor missed). Decisions live in the store's `decisions` table with time, reviewer and
reason; the latest active decision per target and field wins. The pipeline applies them after
the machine's appraisal and before grading (`Applier`), so every run, a re-run from the CSV
files included, keeps them; each run records in `applied_decisions` the machine's own value
beside the reviewer's, and whether the record's text changed since the decision (`stale`).

`decide` stores a decision and regrades at once: a new complete run over the affected articles,
read from the search cache (grading is pure, so the run is quick and needs no network).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import cast

import pandas as pd

from . import db
from .claims import AuditInputs
from .errors import InputError
from .models import DESIGNS, DIRECTIONS, Appraisal, Article, Claim, Question, Record, Relevance, RunSummary
from .search import SearchError
from .store import Store, now

TARGETS: tuple[str, ...] = ("record", "claim")
RECORD_FIELDS: tuple[str, ...] = ("relevance", "design", "direction", "effect", "included")
CLAIM_FIELDS: tuple[str, ...] = ("confirm", "claim", "question", "frame", "drop", "add")
RELEVANCES: tuple[Relevance, ...] = ("both", "intervention", "outcome", "neither")
# What each field is called in sentences ("direction set to contradicts by Ana: ...").
FIELD_WORDS = {"relevance": "relevance", "design": "design", "direction": "direction", "effect": "effect",
               "included": "counted", "confirm": "confirmed", "claim": "wording", "question": "question",
               "frame": "frame", "drop": "dropped", "add": "added"}


@dataclass(frozen=True)
class Decision:
    """One reviewer decision. Values are JSON-ready (str, bool, dict or None)."""

    target: str  # one of TARGETS
    field: str  # one of RECORD_FIELDS / CLAIM_FIELDS
    new_value: object
    reviewer: str
    reason: str
    claim_id: str | None = None
    question_id: str | None = None
    pmid: str | None = None
    old_value: object = None  # the machine's value when the decision was made
    record_hash: str | None = None  # of the record's text (a claim: its passage) when the decision was made
    decision_id: int | None = None
    at: str | None = None
    active: bool = True
    # The active decision on this key the reviewer saw when deciding (0: none). Set by a screen
    # that may be stale (the dashboard): if another reviewer decided meanwhile, `record` raises
    # `ConflictError` instead of silently replacing their decision. None: no check (the CLI).
    based_on: int | None = None

    @property
    def key(self) -> tuple:
        """Decisions with the same key replace each other (latest wins)."""
        return (self.target, self.claim_id if self.target == "claim" else None, self.question_id
                if self.target == "record" else None, self.pmid, self.field)

    def describe(self) -> str:
        """'PMID 123 (Q1): direction supports -> contradicts' in plain words."""
        def show(v) -> str:
            if isinstance(v, bool):
                return "yes" if v else "no"
            if isinstance(v, dict):
                return v.get("claim") or v.get("summary") or json.dumps(v, ensure_ascii=False)
            return "–" if v is None else str(v)
        word = FIELD_WORDS.get(self.field, self.field)
        if self.target == "record":
            return f"PMID {self.pmid} ({self.question_id}): {word} {show(self.old_value)} → {show(self.new_value)}"
        if self.field in ("confirm", "drop"):
            return f"claim {self.claim_id}: {word}"
        if self.field == "add":
            return f"claim {self.claim_id}: added ({show(self.new_value)})"
        return f"claim {self.claim_id}: {word} {show(self.old_value)} → {show(self.new_value)}"


@dataclass(frozen=True)
class Applied:
    """A decision as one run applied it: the machine's value beside the reviewer's."""

    decision_id: int
    field: str
    machine_value: object
    reviewed_value: object
    question_id: str | None = None
    claim_id: str | None = None
    pmid: str | None = None
    stale: bool = False  # the record's text changed since the decision (or the claim no longer fits)
    note: str | None = None


def record_hash(record: Record) -> str:
    """Hash of the text a decision was made on (title and abstract/synopsis)."""
    text = record.title + "\n" + "\n".join(f"{s.label or ''}: {s.text}" for s in record.abstract)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def claim_hash(claim: Claim) -> str:
    """Hash of the passage a claim decision was made on (article and quote). Claim ids are not
    enough: extracted ids are positions ("auto-x-02"), so after the article or the claims file
    changes, the same id can name another sentence."""
    return hashlib.sha256(f"{claim.article}\n{claim.quote}".encode()).hexdigest()[:16]


# ---- pure rules ----------------------------------------------------------------------------


def check(decision: Decision) -> None:
    """Raise `InputError` naming what is wrong with a decision before it is stored."""
    where = (f"decision on PMID {decision.pmid} for question {decision.question_id}"
             if decision.target == "record" else f"decision on claim {decision.claim_id}")
    problems = []
    if not decision.reviewer.strip():
        problems.append("the reviewer's name is empty: say who decides")
    if not decision.reason.strip():
        problems.append("the reason is empty: say why")
    if decision.target == "record":
        if not decision.pmid or not decision.question_id:
            problems.append("a record decision needs a PMID and a question")
        v = decision.new_value
        allowed = {"relevance": RELEVANCES, "design": DESIGNS, "direction": DIRECTIONS}.get(decision.field)
        if decision.field not in RECORD_FIELDS:
            problems.append(f"{decision.field!r} is not a record field ({', '.join(RECORD_FIELDS)})")
        elif allowed is not None and v not in allowed:
            problems.append(f"{decision.field} {v!r} is not one of {', '.join(allowed)}")
        elif decision.field == "included" and not isinstance(v, bool):
            problems.append("included takes true or false")
        elif decision.field == "effect" and not (isinstance(v, dict) or (isinstance(v, str) and v.strip())):
            problems.append("effect takes the key result, as text or a JSON object")
    elif decision.target == "claim":
        if not decision.claim_id and decision.field != "add":  # an added claim's id is made on storing
            problems.append("a claim decision needs a claim id")
        v = decision.new_value
        if decision.field not in CLAIM_FIELDS:
            problems.append(f"{decision.field!r} is not a claim field ({', '.join(CLAIM_FIELDS)})")
        elif decision.field in ("claim", "question") and not (isinstance(v, str) and v.strip()):
            problems.append(f"the new {FIELD_WORDS[decision.field]} is empty")
        elif decision.field in ("frame", "add") and not isinstance(v, dict):
            problems.append(f"{decision.field} takes a JSON object")
        elif decision.field == "add" and isinstance(v, dict):  # (a non-dict stopped above)
            missing = [k for k in ("article", "quote", "start", "end", "claim", "question_id") if k not in v]
            if missing:
                problems.append(f"an added claim needs {', '.join(missing)}")
            problems += _added_claim_problems(v)
        elif decision.field == "frame" and isinstance(v, dict):
            problems += frame_problems(v)
    else:
        problems.append(f"target {decision.target!r} is not one of {', '.join(TARGETS)}")
    if problems:
        raise InputError(f"{where}: " + "; ".join(problems))


def frame_problems(frame: dict) -> list[str]:
    """What is wrong with a frame typed by a reviewer, checked against `ClaimFrame` and its
    vocabularies before it is stored (the grading would otherwise fail on it at every run)."""
    from .models import MAGNITUDE_BOUNDS, MAGNITUDE_KINDS, RELATIONS, STRENGTHS, ClaimFrame

    fields = {f.name: f for f in dataclasses.fields(ClaimFrame)}
    problems = []
    unknown = sorted(k for k in frame if k not in fields)
    if unknown:
        problems.append(f"frame: unknown key(s) {', '.join(map(repr, unknown))} (known: {', '.join(fields)})")
    required = [n for n, f in fields.items()
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    missing = [n for n in required if not isinstance(frame.get(n), str) or not frame[n].strip()]
    if missing:
        problems.append(f"frame: {', '.join(missing)} must be given as text")
    for key, allowed in (("relation", RELATIONS), ("strength", STRENGTHS), ("magnitude_kind", MAGNITUDE_KINDS),
                         ("magnitude_bound", MAGNITUDE_BOUNDS)):
        v = frame.get(key)
        if v is not None and key not in missing and v not in allowed:
            problems.append(f"frame: {key} {v!r} is not one of {', '.join(allowed)}")
    for key in ("magnitude_value", "time_frame_days"):
        v = frame.get(key)
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))):
            problems.append(f"frame: {key} must be a number, not {v!r}")
    for key in ("comparator", "comparator_norm", "population", "magnitude_unit", "time_frame"):
        if frame.get(key) is not None and not isinstance(frame[key], str):
            problems.append(f"frame: {key} must be text or null")
    return problems


def _added_claim_problems(v: dict) -> list[str]:
    from .models import CLAIM_TYPES, STANCES, STRENGTHS

    known = {f.name for f in dataclasses.fields(Claim)} - {"claim_id", "origin"}
    problems = []
    unknown = sorted(k for k in v if k not in known)
    if unknown:
        problems.append(f"an added claim has unknown key(s) {', '.join(map(repr, unknown))}")
    for key in ("start", "end"):
        if key in v and (isinstance(v[key], bool) or not isinstance(v[key], int)):
            problems.append(f"an added claim's {key} must be a whole number, not {v[key]!r}")
    for key in ("article", "quote", "claim", "question_id"):
        if key in v and not (isinstance(v[key], str) and v[key].strip()):
            problems.append(f"an added claim's {key} must be text")
    for key, allowed in (("claim_type", CLAIM_TYPES), ("strength", STRENGTHS), ("stance", STANCES)):
        if key in v and v[key] not in allowed:
            problems.append(f"an added claim's {key} {v[key]!r} is not one of {', '.join(allowed)}")
    if isinstance(v.get("frame"), dict):
        problems += frame_problems(v["frame"])
    return problems


def latest(decisions: Iterable[Decision]) -> list[Decision]:
    """The active decisions, one per key (the latest), in the order they were made."""
    by_key: dict[tuple, Decision] = {}
    for d in sorted(decisions, key=lambda d: d.decision_id or 0):
        if d.active:
            by_key[d.key] = d
    return sorted(by_key.values(), key=lambda d: d.decision_id or 0)


def _machine(appraisal: Appraisal, field: str):
    value = getattr(appraisal, field, None)
    # (an instance, never a dataclass type: appraisal fields hold values)
    return dataclasses.asdict(value) if dataclasses.is_dataclass(value) and not isinstance(value, type) else value


def _effect(value):
    """The reviewer's key result as the appraisal's effect type (tracker.effect_sizes.Effect when
    this version has it: its known fields kept, the words in `text`)."""
    data = dict(value) if isinstance(value, dict) else {"text": str(value)}
    try:
        from .effect_sizes import Effect
    except ImportError:
        return data
    names = {f.name for f in dataclasses.fields(Effect)}
    data.setdefault("text", data.get("summary") or "; ".join(f"{k} {v}" for k, v in data.items()))
    return Effect(**{k: v for k, v in data.items() if k in names})


def apply_to_appraisal(appraisal: Appraisal, decisions: Sequence[Decision],
                       record: Record | None = None) -> tuple[Appraisal, list[Applied]]:
    """The appraisal with the reviewer's decisions on it (pure), and what was changed."""
    out, applied = appraisal, []
    current = record_hash(record) if record is not None else None
    for d in decisions:
        if d.target != "record" or d.pmid != appraisal.pmid or d.question_id != appraisal.question_id:
            continue
        machine = _machine(appraisal, d.field)
        stale = bool(d.record_hash and current and d.record_hash != current)
        note = "the record's text changed since this decision" if stale else None
        if d.field == "direction":
            out = replace(out, direction=str(d.new_value))
        elif d.field == "design":
            out = replace(out, design=str(d.new_value))
        elif d.field == "relevance":
            both = d.new_value == "both"
            # check() admits only one of RELEVANCES here.
            out = replace(out, relevance=cast(Relevance, str(d.new_value)), included=both,
                          exclusion_reason=None if both else f"reviewer: about {d.new_value} only")
        elif d.field == "included":
            out = replace(out, included=bool(d.new_value),
                          exclusion_reason=None if d.new_value else f"excluded by {d.reviewer}: {d.reason}")
        elif d.field == "effect":
            if "effect" in {f.name for f in dataclasses.fields(Appraisal)}:
                out = replace(out, effect=_effect(d.new_value))
            else:
                note = "this version keeps no effect field: recorded, not applied"
        applied.append(Applied(int(d.decision_id or 0), d.field, machine, d.new_value, d.question_id,
                               d.claim_id, d.pmid, stale, note))
    return out, applied


def _claim_from(d: dict) -> Claim:
    try:
        from .models import claim_from_dict  # claims with frames (engineer A)
        return claim_from_dict(d)
    except ImportError:  # pragma: no cover - older models without frames
        return Claim(**{k: v for k, v in d.items() if k != "frame"})


def claim_json(claim: Claim) -> dict:
    return dataclasses.asdict(claim)


def apply_to_claims(claims: Sequence[Claim], articles: Sequence[Article], questions: Mapping[str, Question],
                    decisions: Sequence[Decision]) -> tuple[list[Claim], list[Applied]]:
    """The claims after the reviewer's claim decisions (pure): dropped ones removed, added ones
    placed where their quote sits, wording, frame and question replaced; and what was changed."""
    texts = {a.name: a.text for a in articles}
    out = list(claims)
    applied: list[Applied] = []
    for d in decisions:
        if d.target != "claim":
            continue
        idx = next((i for i, c in enumerate(out) if c.claim_id == d.claim_id), None)
        if d.field == "add":
            assert isinstance(d.new_value, dict), "check() admits only a JSON object for an added claim"
            v = dict(d.new_value)
            if v.get("article") not in texts or idx is not None:
                continue  # another article's run, or already there
            text = texts[v["article"]]
            stale = text[int(v["start"]):int(v["end"])] != v["quote"]
            if stale or v["question_id"] not in questions:
                applied.append(Applied(int(d.decision_id or 0), d.field, None, v, v.get("question_id"),
                                       d.claim_id, None, True,
                                       "the quote no longer matches the article" if stale
                                       else f"question {v['question_id']} is not known"))
                continue
            new = _claim_from({"claim_type": "efficacy", "strength": "plain", "stance": "affirms",
                               **v, "claim_id": d.claim_id, "origin": "curated"})
            out.append(new)
            out.sort(key=lambda c: (c.article, c.start if c.article == new.article else 0))
            applied.append(Applied(int(d.decision_id or 0), d.field, None, v, new.question_id, d.claim_id))
            continue
        if idx is None:
            continue
        c = out[idx]
        if d.record_hash and d.record_hash != claim_hash(c):  # the id now names another passage
            applied.append(Applied(int(d.decision_id or 0), d.field, None, d.new_value, c.question_id, c.claim_id,
                                   None, True, "the claim's quote changed since this decision: not applied"))
            continue
        if d.field == "drop":
            del out[idx]
            applied.append(Applied(int(d.decision_id or 0), d.field, claim_json(c), None, c.question_id, c.claim_id))
        elif d.field == "claim":
            out[idx] = replace(c, claim=str(d.new_value))
            applied.append(Applied(int(d.decision_id or 0), d.field, c.claim, d.new_value, c.question_id, c.claim_id))
        elif d.field == "question":
            if d.new_value not in questions:
                applied.append(Applied(int(d.decision_id or 0), d.field, c.question_id, d.new_value, c.question_id,
                                       c.claim_id, None, True, f"question {d.new_value} is not known"))
                continue
            out[idx] = replace(c, question_id=str(d.new_value))
            applied.append(Applied(int(d.decision_id or 0), d.field, c.question_id, d.new_value,
                                   str(d.new_value), c.claim_id))
        elif d.field == "frame":
            if "frame" in {f.name for f in dataclasses.fields(Claim)}:
                frame = _claim_from({**claim_json(c), "frame": d.new_value}).frame
                old = getattr(c, "frame", None)
                out[idx] = replace(c, frame=frame)
                applied.append(Applied(int(d.decision_id or 0), d.field,
                                       dataclasses.asdict(old) if old is not None else None, d.new_value,
                                       c.question_id, c.claim_id))
        elif d.field == "confirm":
            applied.append(Applied(int(d.decision_id or 0), d.field, None, True, c.question_id, c.claim_id))
    return out, applied


# ---- storage ---------------------------------------------------------------------------------

# A store made before decisions existed (read-only: no table), on either engine.
_NO_TABLE: tuple[type[Exception], ...] = (*db.OperationalError, pd.errors.DatabaseError)


class ConflictError(InputError):
    """Another reviewer decided on the same thing after this reviewer's screen was loaded."""


def active_id(store: Store, key: tuple) -> int:
    """The id of the active decision with this `Decision.key` (0: none): what a screen shows now,
    to pass back as `based_on`."""
    return next((int(d.decision_id or 0) for d in latest(load(store)) if d.key == key), 0)


_COLUMNS = ("decision_id", "at", "reviewer", "reason", "target", "claim_id", "question_id", "pmid", "field",
            "old_value", "new_value", "record_hash", "active")


def _loads(v):
    return None if v is None else json.loads(v)


def _decision(row) -> Decision:
    return Decision(row["target"], row["field"], _loads(row["new_value"]), row["reviewer"], row["reason"],
                    row["claim_id"], row["question_id"], row["pmid"], _loads(row["old_value"]),
                    row["record_hash"], int(row["decision_id"]), row["at"], bool(row["active"]))


def load(store: Store, *, include_inactive: bool = False) -> list[Decision]:
    """Decisions in the order they were made ([] for a store made before decisions existed)."""
    try:
        rows = store.conn.execute("SELECT * FROM decisions" + ("" if include_inactive else " WHERE active=1")
                                  + " ORDER BY decision_id").fetchall()
    except db.OperationalError:
        return []
    return [_decision(r) for r in rows]


def decisions_frame(store: Store) -> pd.DataFrame:
    """Every decision (withdrawn ones too), newest first, with a plain-words `what` column."""
    try:
        df = store.frame("SELECT * FROM decisions ORDER BY decision_id DESC")
    except _NO_TABLE:
        return pd.DataFrame(columns=[*_COLUMNS, "what"])
    df["what"] = [_decision(r).describe() for _, r in df.iterrows()]
    return df


def applied_frame(store: Store, run_ids: Iterable[int] | None = None) -> pd.DataFrame:
    """Decisions as the current runs applied them: machine value beside reviewer value, with the
    decision's reviewer, time and reason. Only the runs behind current grades, unless `run_ids`."""
    cols = ["run_id", "decision_id", "question_id", "claim_id", "pmid", "field", "machine_value",
            "reviewed_value", "stale", "note", "reviewer", "reason", "at"]
    try:
        if run_ids is None:
            where = ("WHERE a.run_id IN (SELECT run_id FROM current_question_grades UNION "
                     "SELECT run_id FROM current_claim_verdicts)")
            params: list = []
        else:
            ids = [int(r) for r in run_ids]
            where, params = f"WHERE a.run_id IN ({','.join('?' * len(ids)) or 'NULL'})", ids
        return store.frame(
            "SELECT a.run_id, a.decision_id, a.question_id, a.claim_id, a.pmid, a.field, a.machine_value, "
            "a.reviewed_value, a.stale, a.note, d.reviewer, d.reason, d.at FROM applied_decisions a "
            f"JOIN decisions d ON d.decision_id = a.decision_id {where} ORDER BY a.decision_id", params)
    except _NO_TABLE:
        return pd.DataFrame(columns=cols)


def save_applied(store: Store, run_id: int, applied: Sequence[Applied]) -> None:
    """Record what a run applied. Written before the run completes, so readers (who follow
    complete runs only) see it together with the run's grades."""
    if not applied:
        return
    dumps = lambda v: json.dumps(v, ensure_ascii=False)  # noqa: E731
    with store.transaction() as c:
        c.executemany(
            "INSERT OR REPLACE INTO applied_decisions VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(run_id, a.decision_id, a.question_id, a.claim_id, a.pmid, a.field, dumps(a.machine_value),
              dumps(a.reviewed_value), int(a.stale), a.note) for a in applied])


def _current_appraisal(store: Store, question_id: str, pmid: str):
    return store.conn.execute(
        "SELECT ap.*, run.source FROM current_question_grades g JOIN appraisals ap ON ap.run_id = g.run_id "
        "AND ap.question_id = g.question_id JOIN runs run ON run.run_id = g.run_id "
        "WHERE g.question_id=? AND ap.pmid=?", (question_id, pmid)).fetchone()


def _stored_claim(store: Store, claim_id: str) -> Claim | None:
    row = store.conn.execute("SELECT * FROM claims WHERE claim_id=?", (claim_id,)).fetchone()
    if row is None:
        return None
    d = {k: row[k] for k in ("claim_id", "article", "quote", "start", "end", "claim", "question_id",
                             "claim_type", "strength", "origin", "stance")}
    frame = row["frame"] if "frame" in row.keys() else None
    if frame:
        d["frame"] = json.loads(frame)
    return _claim_from(d)


def added_claim_id(article: str, start: int, end: int) -> str:
    """A stable id for a claim a reviewer adds (same passage, same id)."""
    return "R" + hashlib.sha1(f"{article}:{start}:{end}".encode()).hexdigest()[:8]


def record(store: Store, decision: Decision) -> Decision:
    """Check and store a decision (the machine's value and the record's hash filled in); earlier
    active decisions with the same key are withdrawn. Raises InputError naming the problem."""
    check(decision)
    d = decision
    if d.target == "record":
        assert d.question_id is not None and d.pmid is not None, "check() requires both"
        row = _current_appraisal(store, d.question_id, d.pmid)
        if row is None:
            raise InputError(f"decision on PMID {d.pmid} for question {d.question_id}: that record was not "
                             "appraised for that question in the current results")
        old = bool(row["included"]) if d.field == "included" else (
            json.loads(row["effect"]) if d.field == "effect" and "effect" in row.keys() and row["effect"]
            else (row[d.field] if d.field in row.keys() else None))
        recs = store.get_records(row["source"], [d.pmid])
        d = replace(d, old_value=old, record_hash=record_hash(recs[d.pmid]) if d.pmid in recs else None)
    else:
        if d.field == "add":
            assert isinstance(d.new_value, dict), "check() admits only a JSON object for an added claim"
            v = dict(d.new_value)
            art = store.article(v["article"])
            if art is None:
                raise InputError(f"added claim: there is no article {v['article']!r} in the store")
            start, end = int(v["start"]), int(v["end"])
            if not (0 <= start < end <= len(art.text)) or art.text[start:end] != v["quote"]:
                raise InputError(f"added claim: the quote is not the article's text at {start}:{end}")
            if store.conn.execute("SELECT 1 FROM questions WHERE question_id=?", (v["question_id"],)).fetchone() is None:
                raise InputError(f"added claim: there is no question {v['question_id']!r} in the store")
            d = replace(d, claim_id=d.claim_id or added_claim_id(art.name, start, end))
        else:
            assert d.claim_id is not None, "check() requires a claim id"
            c = _stored_claim(store, d.claim_id)
            if c is None:
                raise InputError(f"decision on claim {d.claim_id}: there is no such claim in the store")
            if d.field == "question" and store.conn.execute(
                    "SELECT 1 FROM questions WHERE question_id=?", (d.new_value,)).fetchone() is None:
                raise InputError(f"decision on claim {d.claim_id}: there is no question {d.new_value!r}")
            old = {"claim": c.claim, "question": c.question_id, "drop": claim_json(c),
                   "frame": dataclasses.asdict(c.frame) if c.frame is not None else None
                   }.get(d.field)
            d = replace(d, old_value=old, question_id=c.question_id, record_hash=claim_hash(c))
    stamp = now()
    dumps = lambda v: None if v is None else json.dumps(v, ensure_ascii=False)  # noqa: E731
    with store.transaction() as conn:  # writers take turns (both engines): check and write are one step
        prior = load(store)
        if d.based_on is not None:
            now_active = next((p for p in latest(prior) if p.key == d.key), None)
            if (now_active.decision_id if now_active else 0) != d.based_on:
                theirs = (f"{now_active.reviewer} decided \"{now_active.describe()}\" (decision "
                          f"#{now_active.decision_id}, {now_active.at})" if now_active else
                          f"decision #{d.based_on} was withdrawn")
                raise ConflictError(f"not saved: {theirs} after your screen was loaded; look at it and "
                                    "decide again")
        for prev in prior:
            if prev.key == d.key:
                conn.execute("UPDATE decisions SET active=0 WHERE decision_id=?", (prev.decision_id,))
        cur = conn.execute(
            "INSERT INTO decisions (at, reviewer, reason, target, claim_id, question_id, pmid, field, "
            "old_value, new_value, record_hash, active) VALUES (?,?,?,?,?,?,?,?,?,?,?,1)",
            (stamp, d.reviewer.strip(), d.reason.strip(), d.target, d.claim_id, d.question_id, d.pmid, d.field,
             dumps(d.old_value), dumps(d.new_value), d.record_hash))
    assert cur.lastrowid is not None, "an INSERT always sets lastrowid"
    return replace(d, decision_id=int(cur.lastrowid), at=stamp, active=True)


def withdraw_row(store: Store, decision_id: int) -> Decision:
    row = store.conn.execute("SELECT * FROM decisions WHERE decision_id=?", (decision_id,)).fetchone()
    if row is None:
        raise InputError(f"there is no decision #{decision_id}")
    with store.transaction() as c:
        c.execute("UPDATE decisions SET active=0 WHERE decision_id=?", (decision_id,))
    return _decision(row)


# ---- applying in a run -----------------------------------------------------------------------


class Applier:
    """The decisions one run applies; built by `pipeline.run_audit` from the store."""

    def __init__(self, decisions: Sequence[Decision]):
        self.decisions = latest(decisions)
        self.applied: list[Applied] = []

    @classmethod
    def from_store(cls, store: Store) -> Applier:
        return cls(load(store))

    def inputs(self, inputs: AuditInputs, pool: Mapping[str, Question]) -> AuditInputs:
        """The run's inputs after claim decisions; questions a changed claim needs come from `pool`."""
        if not any(d.target == "claim" for d in self.decisions):
            return inputs
        questions = {q.question_id: q for q in inputs.questions}
        known = {**pool, **questions}
        claims, applied = apply_to_claims(inputs.claims, inputs.articles, known, self.decisions)
        self.applied += applied
        for c in claims:
            if c.question_id not in questions and c.question_id in known:
                questions[c.question_id] = known[c.question_id]
        used = {c.question_id for c in claims}
        return AuditInputs(inputs.articles, tuple(q for q in questions.values() if q.question_id in used),
                           tuple(claims))

    def appraisals(self, appraisals: Sequence[Appraisal], records: Sequence[Record]) -> list[Appraisal]:
        if not any(d.target == "record" for d in self.decisions):
            return list(appraisals)
        by_pmid = {r.pmid: r for r in records}
        out = []
        for a in appraisals:
            a2, applied = apply_to_appraisal(a, self.decisions, by_pmid.get(a.pmid))
            self.applied += applied
            out.append(a2)
        return out


def store_questions(store: Store) -> dict[str, Question]:
    return {r["question_id"]: Question(r["question_id"], r["statement"], r["intervention"], r["outcome"],
                                       r["kind"], r["query"])
            for r in store.conn.execute("SELECT * FROM questions")}


# ---- regrading at once ----------------------------------------------------------------------


class _ReplayBackend:
    """Answers only from the store's search cache: the regrade after a decision needs no network."""

    def __init__(self, name: str, label: str, key: str, as_of: date | None = None):
        self.name, self._label, self.cache_key = name, label, key
        self.as_of = as_of  # the evidence day of the run replayed (recorded with the regrade's run)

    def label(self) -> str:
        return self._label

    def translate(self, query: str) -> str:
        return query

    def search(self, query: str, *, max_ids: int = 10_000):
        raise SearchError(f"no cached search for {query!r}: run `tracker run --source {self.name}` first")

    def fetch(self, pmids):
        return iter(())

    def close(self) -> None:
        pass


def stored_inputs(store: Store, articles: Iterable[str]) -> AuditInputs:
    """The stored articles, their claims (with claims a withdrawn drop decision brings back) and
    the claims' questions: what a regrade of those articles audits."""
    names = sorted(set(articles))
    arts = [a for a in (store.article(n) for n in names) if a is not None]
    claims: list[Claim] = []
    for a in arts:
        ids = [r[0] for r in store.conn.execute("SELECT claim_id FROM claims WHERE article=? ORDER BY position",
                                                (a.name,))]
        claims += [c for c in (_stored_claim(store, i) for i in ids) if c is not None]
    have = {c.claim_id for c in claims}
    everything = load(store, include_inactive=True)
    active_keys = {d.key for d in latest(everything)}
    for d in everything:  # a dropped claim left the claims table; its decision kept it
        if d.field == "drop" and isinstance(d.old_value, dict) and d.old_value.get("article") in names \
                and d.claim_id is not None and d.claim_id not in have:  # (check() requires the id)
            claims.append(_claim_from(d.old_value))
            have.add(d.claim_id)
    withdrawn_adds = {d.claim_id for d in everything if d.field == "add" and d.key not in active_keys}
    claims = [c for c in claims if c.claim_id not in withdrawn_adds]
    claims.sort(key=lambda c: (c.article, c.start))
    pool = store_questions(store)
    used = list(dict.fromkeys(c.question_id for c in claims))
    return AuditInputs(tuple(arts), tuple(pool[q] for q in used if q in pool), tuple(claims))


def affected_articles(store: Store, decision: Decision) -> set[str]:
    if decision.target == "claim":
        if decision.field == "add" and isinstance(decision.new_value, dict):
            return {decision.new_value["article"]}
        row = store.conn.execute("SELECT article FROM claims WHERE claim_id=?", (decision.claim_id,)).fetchone()
        if row is not None:
            return {row[0]}
        if isinstance(decision.old_value, dict) and decision.old_value.get("article"):
            return {decision.old_value["article"]}
        return set()
    return {r[0] for r in store.conn.execute("SELECT DISTINCT article FROM claims WHERE question_id=?",
                                             (decision.question_id,))}


def _backend_for(store: Store, inputs: AuditInputs):
    """The backend of the latest complete run behind these claims, replayed from its cache."""
    ids = [c.claim_id for c in inputs.claims]
    marks = ",".join("?" * len(ids)) or "NULL"
    row = store.conn.execute(
        "SELECT s.source, s.source_label, s.cache_key, run.as_of FROM current_claim_verdicts v "
        "JOIN run_searches rs ON rs.run_id = v.run_id AND rs.question_id = v.question_id "
        "JOIN runs run ON run.run_id = v.run_id "
        f"JOIN searches s ON s.search_id = rs.search_id WHERE v.claim_id IN ({marks}) "
        "ORDER BY v.run_id DESC LIMIT 1", ids).fetchone()
    if row is None:
        raise InputError("these claims have never been graded: run `tracker run` first")
    # A regrade keeps the evidence day of the grades it replaces: an audit as of a past day is
    # not silently moved to today's evidence by a reviewer's decision.
    as_of = date.fromisoformat(row["as_of"]) if row["as_of"] else None
    if row["source"] == "snapshot":
        from .pipeline import open_backend
        return open_backend("snapshot", as_of=as_of)  # cheap, and its cache key is the snapshot's digest
    return _ReplayBackend(row["source"], row["source_label"], row["cache_key"], as_of)


def regrade(store: Store, articles: Iterable[str]) -> RunSummary | None:
    """Grade the articles again with the decisions applied: one new complete run (or None)."""
    from .pipeline import run_audit

    inputs = stored_inputs(store, articles)
    if not inputs.articles or not inputs.claims:
        return None
    backend = _backend_for(store, inputs)
    try:
        return run_audit(store, backend, inputs)
    finally:
        backend.close()


def decide(db: str | Path | Store, decision: Decision) -> tuple[Decision, RunSummary | None]:
    """Store a decision and regrade the affected articles at once. If the regrade fails the
    decision is withdrawn again, so the store never holds a decision its grades ignore."""
    store = db if isinstance(db, Store) else Store(db)
    try:
        stored = record(store, decision)
        try:
            summary = regrade(store, affected_articles(store, stored))
        except BaseException:
            withdraw_row(store, int(stored.decision_id))  # type: ignore[arg-type]
            raise
        return stored, summary
    finally:
        if not isinstance(db, Store):
            store.close()


def withdraw(db: str | Path | Store, decision_id: int) -> RunSummary | None:
    """Withdraw a decision (it stays listed, inactive) and regrade at once."""
    store = db if isinstance(db, Store) else Store(db)
    try:
        d = withdraw_row(store, decision_id)
        arts = affected_articles(store, d)
        return regrade(store, arts)
    finally:
        if not isinstance(db, Store):
            store.close()


def parse_value(field: str, text: str) -> object:
    """A value typed at the command line: JSON objects and true/false parsed, else the text."""
    t = text.strip()
    if field in ("frame", "add", "effect") and t.startswith("{"):
        try:
            return json.loads(t)
        except json.JSONDecodeError as exc:
            raise InputError(f"{field}: not valid JSON ({exc.msg} at character {exc.pos})") from None
    if field == "included":
        low = t.lower()
        if low in ("true", "yes", "include", "1"):
            return True
        if low in ("false", "no", "exclude", "0"):
            return False
        raise InputError(f"included: {text!r} is not yes or no")
    return t


__all__ = ["CLAIM_FIELDS", "RECORD_FIELDS", "TARGETS", "Applied", "Applier", "ConflictError", "Decision",
           "active_id", "added_claim_id",
           "applied_frame", "apply_to_appraisal", "apply_to_claims", "check", "decide", "decisions_frame",
           "claim_hash", "frame_problems", "latest", "load", "parse_value", "record", "record_hash", "regrade",
           "save_applied",
           "stored_inputs", "withdraw"]

