"""Shared helpers for the verdict tests: a hand-written record, and a claim graded on real appraisal
and grading with its frame written out (so a test measures the verdict, not the frame parser)."""

from __future__ import annotations

from tracker.appraisal import appraise
from tracker.grading import grade_question
from tracker.models import AbstractSection, Claim, ClaimFrame, Question, Record
from tracker.verdict import grade_claim


def rec(pmid: str, text: str, title: str = "") -> Record:
    return Record(pmid=pmid, title=title, abstract=(AbstractSection(None, text),), text_kind="synopsis")


def judge(quote: str, question: Question, records: dict[str, Record], **frame):
    """(question grade, claim verdict) for an extracted claim with the frame given (its relation
    decides the stance; a benefit unless `relation=` says otherwise)."""
    fr = ClaimFrame(**{"intervention": question.intervention, "intervention_norm": question.intervention,
                       "outcome": question.outcome, "relation": "benefit", **frame})
    claim = Claim("c1", "a.txt", quote, 0, len(quote), quote, question.question_id, "efficacy", fr.strength,  # type: ignore[arg-type]
                  origin="auto", frame=fr)
    apps = [appraise(r, question) for r in records.values()]
    grade = grade_question(question, apps, n_hits=len(records))
    return grade, grade_claim(claim, question, grade, apps, records)
