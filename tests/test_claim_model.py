"""tracker.claim_model: the learned scorer of claim units at the extractor's gate (CHECKW, issue 14).

The shipped model file and sidecar are real, and so is the extractor (no mocks)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from tracker import claim_model as cm
from tracker.extract import DEFAULT_MIN_SCORE, extract_claims
from tracker.models import Article

ROOT = Path(__file__).resolve().parent.parent

# a diary of the writer's own (written for this test): "Results fade if you stop" states what
# happens to the treatment's effect, with no effect verb the rules' cues count as strong; "Bruises
# may darken a little more for the first few days" too, but the learned reader of relations reads it
# as a harm where the rules read a benefit
DIARY = """Arnica gel for bruises: what I learned

I tried arnica gel after a bad fall last winter.

Week 1: the purple faded to yellow.
Results fade if you stop, in my experience.
Bruises may darken a little more for the first few days, in my experience.
Arnica gel speeds up bruise healing.
"""


def _article(text: str) -> Article:
    return Article(name="arnicadiary-1.txt", title=text.splitlines()[0], text=text, format="txt", sha256="0" * 64)


def test_the_shipped_model_loads_matches_its_sidecar_and_records_how_it_was_chosen():
    cm._model.cache_clear()
    m = cm._model()
    assert m.weights and m.vocab and 0.0 < m.keep_threshold < 1.0
    meta = json.loads(cm.META_PATH.read_text())
    # trained only on development splits; thresholds chosen out-of-fold, leave-one-split-out
    # (test9 and test10 are spent blind splits, development data since session 15, test11 since session 16,
    # test12 since session 17, test13 and dev9 since session 18, test14 and dev10 since session 19, test15 and dev11 since session 20,
    # test16 and dev12 since session 21, test17 and dev13 since session 22, test18 and dev14 since session 23, test19 and
    # dev15 since session 24; test20, test21 and dev16 are held out)
    assert {"test12", "test15", "dev11", "test16", "dev12", "test19", "dev15"} <= set(meta["splits"])
    assert not {"test20", "test21", "dev16", "held"} & set(meta["splits"])
    assert set(meta["out_of_fold"]["per_split"]) <= set(meta["splits"])
    assert meta["out_of_fold"]["model"]["recall"] >= meta["out_of_fold"]["rules"]["recall"]
    assert meta["keep_threshold"] == m.keep_threshold
    # no topic word in the vocabulary that only one article uses
    assert "arnica" not in m.vocab


def test_a_model_file_that_does_not_match_its_sha256_is_refused(tmp_path, monkeypatch):
    blob = bytearray(cm.MODEL_PATH.read_bytes())
    blob[-5] ^= 0xFF  # one flipped byte
    bad = tmp_path / "claim_model.json.gz"
    bad.write_bytes(bytes(blob))
    shutil.copy(cm.META_PATH, tmp_path / "claim_model.meta.json")
    monkeypatch.setattr(cm, "MODEL_PATH", bad)
    monkeypatch.setattr(cm, "META_PATH", tmp_path / "claim_model.meta.json")
    cm._model.cache_clear()
    try:
        with pytest.raises(cm.ClaimModelError, match="sha256"):
            cm.probability(cm.ClaimUnit("It works", "It works.", 0, 8, 0.3), cm.ArticleContext())
    finally:
        monkeypatch.undo()
        cm._model.cache_clear()


def test_features_replace_the_main_intervention_and_topic_words():
    import re
    unit = cm.ClaimUnit("Arnica gel fades bruises in 3 days", "Arnica gel fades bruises in 3 days.", 0, 34, 0.3,
                        reasons=("effect verb 'fades'",), outcome_spans=((16, 23),))
    f = cm.features(unit, cm.ArticleContext(intervention=re.compile(r"arnica gel", re.I)), vocab={"fades", "in"})
    assert f["u:_int_"] == f["u:_out_"] == f["u:_num_"] == f["c:number"] == 1.0
    assert "u:arnica" not in f and "r:effect verb" in f  # the cue without its quoted word


def test_a_claim_the_rules_score_below_their_threshold_is_kept_by_the_model():
    article = _article(DIARY)
    cm.RECORDER = []
    try:
        extract_claims(article)
        recorded = cm.RECORDER
    finally:
        cm.RECORDER = None
    units = {u.text: (u, ctx) for u, ctx in recorded}
    kept, ctx = units["Results fade if you stop, in my experience"]
    doubted, dctx = units["Bruises may darken a little more for the first few days, in my experience"]
    assert kept.rule_score < DEFAULT_MIN_SCORE and doubted.rule_score < DEFAULT_MIN_SCORE  # the rules alone drop both
    assert cm.probability(kept, ctx) >= cm._model().keep_threshold
    assert cm.probability(doubted, dctx) >= cm._model().keep_threshold  # the scorer would keep it too
    quotes = [c.claim.quote for c in extract_claims(article)]
    assert "Arnica gel speeds up bruise healing" in quotes
    # kept by the scorer alone; until session 22 read two ways (rules: a benefit; learned reader: a harm) and left out;
    # since session 23 the rules read a symptom verb as its predicate as a harm too (FIX12a), so both readers agree
    darken = [c for c in extract_claims(article) if c.claim.quote.startswith("Bruises may darken")]
    assert [c.claim.frame.relation for c in darken] == ["harm"]
    # since session 22 the rules read "Results fade if you stop" as no lasting effect after stopping (SCOPE22) and the
    # learned reader as a benefit: read two ways, it is left out as well (the scorer alone would keep it, above)
    assert not any(q.startswith("Results fade if you stop") for q in quotes)


def test_units_are_labelled_by_the_benchmark_matcher_and_held_out_rows_are_never_read(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import train_claims
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    csv_path = tmp_path / "gold.csv"
    csv_path.write_text("article,quote,split\n"
                        "a.txt,Results fade if you stop,dev\n"
                        "a.txt,Arnica gel speeds up bruise healing,test20\n", encoding="utf-8")
    rows = train_claims.read_rows(csv_path, train_claims.SPLITS)
    assert [r["quote"] for r in rows] == ["Results fade if you stop"]  # the held-out test20 row is dropped
    text = DIARY
    spans = [(text.index("Results fade if you stop"), text.index("Results fade if you stop") + 12),
             (text.index("Arnica gel speeds"), text.index("Arnica gel speeds") + 20),
             (text.index("I tried"), text.index("I tried") + 7)]
    labels, negative, gold = train_claims.label_units(spans, text, [r["quote"] for r in rows],
                                                      ["I tried arnica gel"])
    assert labels == [1, 0, 0] and negative == [False, False, True]
    at = text.index("Results fade if you stop")
    assert gold[0] == (at, at + len("Results fade if you stop"))


def test_a_unit_of_fewer_than_three_words_is_never_rescued():
    # a bare noun phrase cut from its relative clause asserts nothing of its own
    bare = cm.ClaimUnit("Laser caps", "Laser caps, which are highly effective on their own", 0, 10, 0.0)
    assert not cm.rescuable(bare) and not cm.keep(bare, cm.ArticleContext(), DEFAULT_MIN_SCORE)
    assert cm.rescuable(cm.ClaimUnit("Results fade if you stop", "Results fade if you stop.", 0, 24, 0.3))


def test_an_elliptical_answer_the_rules_keep_is_never_dropped():
    # "Worth it?" / "Yes." is read as the question it restates, text unlike what the scorer learned from:
    # however low the scorer puts it, the rules' call stands
    answer = cm.ClaimUnit("It is worth it", "It is worth it.", 0, 14, 0.4, mentions_intervention=True,
                          reasons=("answers the question before it", "names the intervention"), answers_question=True)
    # (since RECALL2 the trainer labels restated answers on the text the units index, and the scorer reads
    # them as claims; the guard still makes the rules' call final whatever the scorer says)
    assert cm.keep(answer, cm.ArticleContext(), DEFAULT_MIN_SCORE)
