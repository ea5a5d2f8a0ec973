"""The claims benchmark judges a quote with two gold frames on the frame the tool read (session 22)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import claims as bench
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return bench


TEXT = 'Salons say rosemary oil "works just as well with no side effects". It regrows hair.'
QUOTE = 'rosemary oil "works just as well with no side effects"'


def _gold(relation: str, verdict: str, side: str, quote: str = QUOTE) -> dict:
    return {"article": "a.txt", "quote": quote, "intervention": "rosemary oil", "comparator": "", "outcome": "hair",
            "population": "", "relation": relation, "magnitude_value": "", "magnitude_unit": "", "magnitude_kind": "",
            "magnitude_bound": "", "time_frame_days": "", "strength": "plain", "question_intervention": "rosemary oil",
            "question_outcome": "hair", "gold_verdict": verdict, "gold_side": side}


def _results(relation: str, verdict: str, side: str) -> dict:
    start = TEXT.index(QUOTE)
    cand = {"start": start, "end": start + len(QUOTE), "quote": QUOTE, "verdict": verdict, "side": side,
            "frame": {"intervention": "rosemary oil", "relation": relation, "outcome": "side effects"},
            "q_intervention": "rosemary oil", "q_outcome": "hair", "question_id": "q", "rationale": ""}
    return {"a.txt": {"text": TEXT, "candidates": [cand]}}


def test_a_verdict_on_the_frame_the_tool_read_is_judged_by_that_frames_gold_row():
    bench = _bench()
    gold = [_gold("equivalent", "partly supported", "backs"), _gold("denies_harm", "contradicted", "against")]
    s = bench.score(_results("denies_harm", "contradicted", "against"), gold)
    assert s["found"] == 2 and s["other_frame"] == 1
    assert s["sign_errors"] == 0 and s["verdict_agreement"] == 1.0
    assert s["fields"]["relation"] == 0.5  # the frame it did not read still counts against relation accuracy


def test_a_single_gold_frame_is_still_a_sign_error_whatever_relation_the_tool_read():
    bench = _bench()
    gold = [_gold("equivalent", "partly supported", "backs")]
    s = bench.score(_results("denies_harm", "contradicted", "against"), gold)
    assert s["other_frame"] == 0 and s["sign_errors"] == 1


def test_a_wrong_verdict_on_the_frame_the_tool_read_is_still_a_sign_error():
    bench = _bench()
    gold = [_gold("equivalent", "partly supported", "backs"), _gold("denies_harm", "contradicted", "against")]
    s = bench.score(_results("denies_harm", "supported", "backs"), gold)
    assert s["other_frame"] == 1 and s["sign_errors"] == 1
