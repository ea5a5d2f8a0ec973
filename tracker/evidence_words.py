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
