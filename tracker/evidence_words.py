"""Which words the evidence base uses: does a query find any record of the embedded sample?

The extractor writes each question's PubMed query in the article's words. A claim worded in
words no title or abstract uses ("my ponytail is thicker", "cuts shedding") finds nothing,
although the records report that outcome in their own words ("hair counts", "hair loss
intensity"). Such a query backs off to broader words (`extract._outcome_block`), and whether
the specific words find anything is read here: the query evaluated on every record of the
embedded snapshot (titles, synopses, keywords, MeSH) with the matcher appraisal uses for
relevance, so "found" here means "relevant" there. The query itself stays plain PubMed syntax
that means the same online; only the choice of how broad to write it depends on the sample.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .models import Record


@lru_cache(maxsize=4)
def _docs(path: str | None) -> tuple:
    from .appraisal import QueryDoc  # appraisal is heavy; the extractor imports this lazily
    from .snapshot import SnapshotError, iter_records
    try:
        return tuple(QueryDoc.of_record(r) for r in iter_records(Path(path) if path else None))
    except (OSError, SnapshotError):
        return ()  # no sample to read: nothing is known, so nothing backs off


def sample_records(path: str | Path | None = None) -> int:
    """How many records the evidence base holds (0: none readable)."""
    return len(_docs(str(path) if path else None))


@lru_cache(maxsize=8192)
def count(query: str, path: str | None = None) -> int:
    """Records of the sample that satisfy `query` (a PubMed query); -1 when the sample is
    missing or the query cannot be read offline (the caller then keeps its query as it is)."""
    from .appraisal import matches_query, parse_question_query
    docs = _docs(path)
    node = parse_question_query(query)
    if not docs or node is None:
        return -1
    return sum(1 for d in docs if matches_query(node, d))


def finds(query: str, path: str | None = None) -> bool:
    """Does `query` find a record of the sample? True when that cannot be told."""
    return count(query, path) != 0


def record_matches(query: str, record: Record) -> bool:
    """`query` evaluated on one record, as `count` does (for tests and explanations)."""
    from .appraisal import QueryDoc, matches_query, parse_question_query
    node = parse_question_query(query)
    return node is not None and matches_query(node, QueryDoc.of_record(record))


# --- broadening a question whose query finds nothing (SRCH) ---------------------------------

#: Harms in general, as trials report them: a study that counts adverse events or calls a
#: treatment well tolerated speaks (indirectly) to each specific harm (GRADE: harms are often
#: only reported in aggregate). A general vocabulary, the same for every topic.
HARMS_IN_GENERAL = ('"adverse effect*"[tiab]', '"adverse event*"[tiab]', '"adverse reaction*"[tiab]',
                    '"side effect*"[tiab]', "complication*[tiab]", "safety[tiab]", "tolerab*[tiab]",
                    "tolerated[tiab]", "toxicity[tiab]")

_INFLECTIONS = ("ing", "ed", "es", "er", "s")


@dataclass(frozen=True)
class Broadening:
    """A question's outcome block widened because its query found no record of the sample."""

    block: str  # the outcome block as run: the old one ORed with `added`
    added: str  # what was ORed in
    step: str  # "words" (the claim's words searched apart) or "harms" (harms in general)


def _word_term(word: str) -> str:
    """One word as a PubMed term: its inflection dropped and truncated ("growing" -> grow*),
    a short word kept whole (PubMed truncates no stem under four letters well)."""
    stem = word
    for suf in _INFLECTIONS:
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            stem = word[: -len(suf)]
            break
    return f"{stem}*[tiab]" if len(stem) >= 4 else f"{word}[tiab]"


def words_apart(said: str) -> str | None:
    """The claim's outcome words searched as words, not as a phrase: each content word by its
    stem, all of them in one record ("growing hair" -> grow* AND hair*, which "hair growth"
    satisfies). Coordinated outcomes ("redness and swelling") are ORed. None when a part has fewer
    than two content words: one word alone (a head noun without its modifier: "patches" of "sweat
    patches") stands for too many things."""
    from .text import STOPWORDS
    parts = []
    for part in re.split(r"\s+(?:and|or)\s+|\s*,\s*", said.lower()):
        ws = [w for w in re.findall(r"[a-z0-9]+", part) if len(w) >= 3 and w not in STOPWORDS]
        ws = list(dict.fromkeys(ws))
        if len(ws) < 2:
            return None
        parts.append("(" + " AND ".join(_word_term(w) for w in ws) + ")")
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def broaden(iblock: str, oblock: str, said: str, harm: bool, path: str | None = None) -> Broadening | None:
    """Widen an outcome block whose query (`iblock AND oblock`) finds no record of the sample
    although the intervention block does, in principled steps, the first that finds records:
    1. the claim's own outcome words (`said`, a noun phrase) searched apart rather than as a
       phrase: abstracts reorder and inflect ("hair growth" for "growing hair");
    2. for a harm (`harm`), harms in general ORed in (`HARMS_IN_GENERAL`).
    The old block stays ORed in, so the query still asks what the claim says; None when nothing
    needs or allows broadening (the query finds records, the sample lacks the intervention, no
    step finds anything)."""
    if count(f"{iblock} AND {oblock}", path) != 0 or count(iblock, path) <= 0:
        return None
    steps = [("words", words_apart(said))]
    if harm:
        steps.append(("harms", "(" + " OR ".join(HARMS_IN_GENERAL) + ")"))
    for step, added in steps:
        if added and count(f"{iblock} AND {added}", path) > 0:
            return Broadening(f"({oblock} OR {added})", added, step)
    return None


def broadened_from(query: str, said: str, harm: bool, path: str | None = None) -> Broadening | None:
    """Was `query` widened by `broaden` from a query that found nothing? Its Broadening, read
    back from the query itself (the widened block is its last conjunct: "(old OR added)"), so a
    stored question can say its search was broadened; None otherwise."""
    from .coverage import _conjuncts, render
    from .pubmed_query import BoolOp, parse_query
    from .search import QuerySyntaxError
    try:
        parts = _conjuncts(parse_query(query))
    except QuerySyntaxError:  # a query the parser refuses was never broadened here
        return None
    last = parts[-1]
    if len(parts) < 2 or not (isinstance(last, BoolOp) and last.op == "OR"):
        return None
    iblock = " AND ".join(render(p) if not isinstance(p, BoolOp) else f"({render(p)})" for p in parts[:-1])
    b = broaden(iblock, render(last.left) if not isinstance(last.left, BoolOp) else f"({render(last.left)})",
                said, harm, path)
    if b is None or render(parse_query(f"{iblock} AND {b.block}")) != render(parse_query(query)):
        return None
    return b
