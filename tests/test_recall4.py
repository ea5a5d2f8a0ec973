"""RECALL4: claims on new copy. The claim model reads the course of an effect in time, aspect and persistence,
a clause of consequence and a signed testimonial; the spent blind split test12 is training data. Real model,
no mocks; the texts are written for these tests."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tracker import claim_model as cm

ROOT = Path(__file__).resolve().parent.parent


def _unit(text: str, start: int = 0) -> cm.ClaimUnit:
    return cm.ClaimUnit(text, text, start, start + len(text), 0.0)


def _f(text: str, ctx: cm.ArticleContext | None = None, start: int = 0) -> dict[str, float]:
    return cm.features(_unit(text, start), ctx or cm.ArticleContext())


def test_a_time_course_of_an_effect_is_one_feature():
    for text in ("Then thicker brows by week eight", "Nothing at all for the first two months",
                 "Four days in and the rash is fading", "My knees ached less within a fortnight",
                 "The difference showed between weeks 3 and 5", "By August the patches had cleared",
                 "results in 10 days"):
        assert _f(text).get("c:time_course") == 1.0, text
    # a routine's time of day places no change in time
    assert "c:time_course" not in _f("Apply it in the morning after washing")


def test_aspect_and_persistence_of_an_effect_are_one_feature():
    for text in ("The gains keep coming for months", "my joints stopped clicking", "the calm stays all evening",
                 "results last until the next wash"):
        assert _f(text).get("c:aspect") == 1.0, text
    # stopping or starting a treatment is no course of its effect
    assert "c:aspect" not in _f("I stopped using the balm")


def test_a_clause_of_consequence_is_marked():
    for text in ("so there is nothing to fear", "which is why the swelling drops", "Therefore it reaches the root"):
        assert _f(text).get("c:consequence") == 1.0, text
    assert "c:consequence" not in _f("so-called detox teas work")
    assert "c:consequence" not in _f("The balm soothes the skin")


def test_a_signed_quotation_is_read_as_a_testimonial():
    text = 'What buyers say\n\n"My heels have never been this soft. Two weeks in and no cracks." - Priya, Leeds\n'
    at = text.index("My heels")
    unit = _unit("My heels have never been this soft", at)
    assert cm.features(unit, cm.ArticleContext(text=text)).get("c:signed") == 1.0
    plain = "My heels have never been this soft. Two weeks in and no cracks.\n"
    assert "c:signed" not in cm.features(_unit("My heels have never been this soft"), cm.ArticleContext(text=plain))


def test_test12_is_training_data_and_the_held_out_splits_are_never_read(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import train_claims
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    assert "test12" in train_claims.SPLITS
    # (test13 and dev9 are training data since session 18, QUEST5; test14 and dev10 since session 19)
    assert not {"test20", "dev16", "held", "held11"} & set(train_claims.SPLITS)
    csv_path = tmp_path / "gold.csv"
    csv_path.write_text("article,quote,split\na.txt,It works,test12\na.txt,It fails,test20\nb.txt,It stings,dev16\n",
                        encoding="utf-8")
    assert [r["quote"] for r in train_claims.read_rows(csv_path, train_claims.SPLITS)] == ["It works"]
    meta = json.loads(cm.META_PATH.read_text())
    assert "test12" in meta["splits"] and "test12" in meta["out_of_fold"]["per_split"]
    assert not {"test20", "test21", "dev16"} & set(meta["splits"])
    assert meta["out_of_fold"]["model"]["cands_per_gold"] <= meta["max_cands"]
    # the shipped thresholds put no split past the limit (out-of-fold), unless its rules alone already were
    at = meta["out_of_fold"]["shipped_per_split"]
    assert set(at) == set(meta["out_of_fold"]["per_split"])
    assert all(at[g]["cands_per_gold"] <= max(meta["max_cands"], s["rules"]["cands_per_gold"])
               for g, s in meta["out_of_fold"]["per_split"].items())
