"""RECALL3: the claim model reads how English denies by quantifier, reports a study's share of a group
and answers a question elliptically; the spent blind split test11 is training data. Real model, no mocks."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tracker import claim_model as cm

ROOT = Path(__file__).resolve().parent.parent


def _unit(text: str, sentence: str | None = None, start: int = 0, score: float = 0.0) -> cm.ClaimUnit:
    return cm.ClaimUnit(text, sentence or text, start, start + len(text), score)


def test_a_negative_quantifier_or_minimiser_is_one_feature_whatever_its_place():
    # written for this test: the quantifier as subject, as object, and as an elliptical reply
    for text in ("Hardly anybody gets a rash from the balm", "The second coat adds nothing",
                 "Not one since I switched", "nothing gets into the bloodstream"):
        assert cm.features(_unit(text), cm.ArticleContext()).get("c:neg_quantifier") == 1.0, text
    # a negation without a quantifier is the n-grams' business, not this feature's
    assert "c:neg_quantifier" not in cm.features(_unit("The balm does not sting"), cm.ArticleContext())


def test_a_share_of_a_counted_group_is_read_as_a_reported_result():
    for text in ("Eleven of the 40 volunteers saw clearer skin", "9 out of 10 testers would buy it again",
                 "one in four users had dryness", "Mean wrinkle depth fell by a fifth", "two thirds of the patch"):
        assert cm.features(_unit(text), cm.ArticleContext()).get("c:share") == 1.0, text
    assert "c:share" not in cm.features(_unit("One of the best balms I have tried"), cm.ArticleContext())


def test_a_unit_right_after_a_question_is_marked_as_a_possible_answer():
    text = "- **Puffiness:** Puffy eyes in the morning? Down in ten minutes.\n\nThe roller is steel."
    at = text.index("Down in")
    answer = _unit("Down in ten minutes", "Down in ten minutes.", at)
    assert cm.features(answer, cm.ArticleContext(text=text)).get("c:after_question") == 1.0
    later = text.index("The roller")
    assert "c:after_question" not in cm.features(_unit("The roller is steel", start=later), cm.ArticleContext(text=text))
    # (no text, or a unit at the very start: no context to read)
    assert "c:after_question" not in cm.features(answer, cm.ArticleContext())


def test_test11_is_training_data_and_the_held_out_splits_are_never_read(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import train_claims
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    # (test12 spent: RECALL4; test13: QUEST5; test14 and dev10 since session 19; test16 and dev12 since session 21;
    # test17 and dev13 since session 22)
    # (test18 and dev14 since session 23)
    assert "test11" in train_claims.SPLITS and not {"test20", "dev16"} & set(train_claims.SPLITS)
    csv_path = tmp_path / "gold.csv"
    csv_path.write_text("article,quote,split\na.txt,It works,test11\na.txt,It fails,dev16\nb.txt,It stings,test20\n",
                        encoding="utf-8")
    assert [r["quote"] for r in train_claims.read_rows(csv_path, train_claims.SPLITS)] == ["It works"]
    meta = json.loads(cm.META_PATH.read_text())
    assert "test11" in meta["splits"] and "test11" in meta["out_of_fold"]["per_split"]
    assert not {"test20", "test21", "dev16"} & set(meta["splits"])
    assert meta["out_of_fold"]["model"]["cands_per_gold"] <= meta["max_cands"]
