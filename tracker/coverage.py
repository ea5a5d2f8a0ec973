"""Does the embedded sample cover an audit's interventions?

The snapshot is a sample of a few topics, not PubMed. A claim about an intervention the sample
never mentions would be graded "no evidence found", which reads like a finding. So before
grading, each question's *intervention block* (the conjunct of its PubMed query that names the
intervention) is searched on its own in the sample; a block with no hit at all means the sample
does not cover that intervention, whatever the outcome, and the user is warned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .models import Question
from .pubmed_query import BoolOp, Node, Term, iter_terms, parse_query, to_pubmed, words_of
from .search import SearchBackend, SearchError


@dataclass(frozen=True)
class QuestionCoverage:
    question_id: str
    intervention: str
    block: str  # the query's intervention block, as PubMed syntax
    hits: int  # records of the sample the block matches on its own


@dataclass(frozen=True)
class Coverage:
    source_label: str
    topics: str  # what the sample covers, per capture (from the snapshot's README)
    questions: tuple[QuestionCoverage, ...]

    @property
    def uncovered(self) -> tuple[QuestionCoverage, ...]:
        return tuple(q for q in self.questions if q.hits == 0)

    def warning(self) -> str | None:
        """The warning shown before grading, or None when every intervention is covered."""
        missing = self.uncovered
        if not missing:
            return None
        names = "; ".join(f"{q.question_id} ({q.intervention})" for q in missing[:8])
        more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
        return (f"the evidence source ({self.source_label.split(';')[0]}) is a sample, not PubMed, and has no "
                f"record at all on the intervention of {len(missing)} of {len(self.questions)} questions: "
                f"{names}{more}. Their claims "
                "can only come out 'no evidence found' from the sample; search live PubMed (--source entrez) "
                f"or a mirror to check them. The sample covers:\n{self.topics}")


def _conjuncts(node: Node) -> list[Node]:
    """The operands of a top-level AND chain, left to right (a single operand otherwise)."""
    out: list[Node] = []
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, BoolOp) and cur.op == "AND":
            stack.append(cur.right)
            stack.append(cur.left)
        else:
            out.append(cur)
    return out


def render(node: Node) -> str:
    """`node` as PubMed syntax with a left-nested chain of one operator written flat ("a OR b OR
    c"): PubMed reads operators left to right, so this means the same as `to_pubmed`'s fully
    parenthesised form, without nesting a long OR list past the parser's depth limit."""
    if not isinstance(node, BoolOp):
        return to_pubmed(node)
    rights: list[Node] = []
    cur: Node = node
    while isinstance(cur, BoolOp) and cur.op == node.op:
        rights.append(cur.right)
        cur = cur.left
    parts = [render(cur) if not isinstance(cur, BoolOp) else f"({render(cur)})"]
    parts += [render(r) if not isinstance(r, BoolOp) else f"({render(r)})" for r in reversed(rights)]
    return f" {node.op} ".join(parts)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in words_of(text) if len(w) >= 3}


def intervention_block(question: Question) -> str:
    """The conjunct of the question's query that names its intervention: the one sharing most
    word stems with the question's `intervention` field (PICO queries put it first, so ties go to
    the earliest). The whole query when it is not a conjunction."""
    node = parse_query(question.query)
    parts = _conjuncts(node)
    if len(parts) == 1:
        return render(node)
    wanted = _stems(question.intervention)

    def overlap(part: Node) -> int:
        terms = [t for t in iter_terms(part) if isinstance(t, Term)]
        return len(wanted & {w[:5] for t in terms for w in t.words if len(w) >= 3})

    best = max(range(len(parts)), key=lambda i: (overlap(parts[i]), -i))
    return render(parts[best])


def check_coverage(backend: SearchBackend, questions: Sequence[Question], topics: str = "") -> Coverage:
    """Search each question's intervention block in `backend` (the sample) and count its hits."""
    rows = []
    for q in questions:
        block = intervention_block(q)
        try:
            hits = backend.search(block, max_ids=0).count
        except SearchError:
            hits = -1  # a block the backend cannot run on its own: do not claim it is uncovered
        rows.append(QuestionCoverage(q.question_id, q.intervention, block, hits))
    return Coverage(backend.label(), topics, tuple(rows))


def sample_topics(as_of: str | None = None) -> str:
    """What the embedded snapshot covers (as of a day), per capture, from its own README."""
    from .snapshot import info

    return info().topics(as_of)


SAMPLE_NOTE = ("Only the embedded sample of {n} PubMed records was searched, not PubMed itself: "
               "a live search may find studies.")


def sample_note(source: str, source_label: str) -> str | None:
    """What a 'no evidence found' verdict must add when only the sample was searched."""
    if source != "snapshot":
        return None
    import re

    m = re.search(r"(\d+)(?: of \d+)? PubMed records", source_label)
    return SAMPLE_NOTE.format(n=m.group(1) if m else "a few hundred")
