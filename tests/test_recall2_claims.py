"""RECALL2: the claim model's trainer reads the spent blind splits, and places gold quotes and
candidates on the text its units index (elliptical answers restated). Real extractor, no mocks."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tracker import claim_model as cm
from tracker.extract import _restated_answers, detect_intervention
from tracker.models import Article

ROOT = Path(__file__).resolve().parent.parent

# written for this test: a question, its one-word answer, and a claim after it
INTERVIEW = """Cold rollers: an interview

HOST: Does the cold roller hurt?

GUEST: No. It is just cold on the skin.

GUEST: My puffy eyes go down within ten minutes of rolling.
"""


def _trainer():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import train_claims
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return train_claims


def _article(text: str) -> Article:
    return Article(name="coldroller-1.txt", title=text.splitlines()[0], text=text, format="txt", sha256="0" * 64)


def test_the_spent_blind_splits_are_training_data_and_later_ones_are_never_read(tmp_path):
    tc = _trainer()
    # (test11 spent too since session 16, RECALL3; test12 since session 17, RECALL4; test13 since session 18,
    # QUEST5; test14 since session 19; test16 since session 21; test17 since session 22; test18 since session 23;
    # test19 since session 24; test20 is held out)
    assert {"test9", "test10", "test11", "test12", "test16", "test17", "test18", "test19"} <= set(tc.SPLITS) and "test20" not in tc.SPLITS
    csv_path = tmp_path / "gold.csv"
    csv_path.write_text("article,quote,split\na.txt,It works,test10\na.txt,It fails,test20\n", encoding="utf-8")
    assert [r["quote"] for r in tc.read_rows(csv_path, tc.SPLITS)] == ["It works"]
    meta = json.loads(cm.META_PATH.read_text())
    assert {"test9", "test10"} <= set(meta["splits"]) <= set(tc.SPLITS) | {"seed"}
    assert {"test9", "test10"} <= set(meta["out_of_fold"]["per_split"])


def test_a_span_after_a_restated_answer_is_shifted_and_one_inside_it_takes_the_restatement():
    tc = _trainer()
    regions = [(10, 20, 10, 15), (30, 35, 25, 40)]
    assert tc.to_restated((0, 5), regions) == (0, 5)
    assert tc.to_restated((12, 18), regions) == (10, 15)
    assert tc.to_restated((21, 29), regions) == (16, 24)
    assert tc.to_restated((36, 40), regions) == (41, 45)


def test_gold_quotes_and_candidates_are_placed_on_the_units_text():
    tc = _trainer()
    article = _article(INTERVIEW)
    restated, regions = _restated_answers(article.text, detect_intervention(article))
    assert regions and restated != article.text  # "No." is restated as the question it answers
    assert tc.restated_regions(article, restated) == list(regions)
    claim = "My puffy eyes go down within ten minutes of rolling"
    at = restated.index(claim)
    # the claim after the answer: found in the units' text at its shifted offset, as is the answer itself
    labels, _, gold = tc.label_units([(at, at + 10)], restated, [claim, "No. It is just cold"], [],
                                     article.text, regions)
    assert gold[0] == (at, at + len(claim)) and labels == [1]
    a, b, na, nb = regions[0]
    assert gold[1] is not None and gold[1][0] == na
    own = article.text.index(claim)
    assert tc.to_restated((own, own + len(claim)), list(regions)) == (at, at + len(claim))


def test_a_copular_clause_classifying_another_subject_is_never_rescued():
    # written for this test: it says what the outcome is, nothing of what the treatment does
    described = cm.ClaimUnit("Fine lines are the first sign of sun damage", "Fine lines are the first sign of sun damage.",
                             0, 44, 0.25, reasons=("outcome 'Fine lines'",), outcome_spans=((0, 10),))
    assert not cm.rescuable(described)
    # the treatment named, or a verb of change: the model may still keep it
    assert cm.rescuable(cm.ClaimUnit("Arnica gel is the fastest fix for bruises", "Arnica gel is the fastest fix.",
                                     0, 41, 0.25, mentions_intervention=True))
    assert cm.rescuable(cm.ClaimUnit("Fine lines look softer after a week", "Fine lines look softer after a week.",
                                     0, 35, 0.25))
