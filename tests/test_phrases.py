"""tracker.phrases: the learned treatment-or-outcome phrase model (train split only)."""

from __future__ import annotations

import json

import pytest

from tracker import phrases
from tracker.phrases import META_PATH, clean_phrase, treatment_probability


def test_model_matches_its_sidecar_and_was_trained_on_train_only():
    meta = json.loads(META_PATH.read_text())
    assert "split=train only" in meta["data"]
    assert meta["cv_accuracy"][str(meta["C"])] > 0.8  # grouped 5-fold CV on train, recorded by the script
    phrases._model.cache_clear()
    phrases._model()  # checks the sha256


def test_a_tampered_model_is_refused(tmp_path, monkeypatch):
    bad = tmp_path / "m.json.gz"
    bad.write_bytes(phrases.MODEL_PATH.read_bytes() + b"x")
    monkeypatch.setattr(phrases, "MODEL_PATH", bad)
    phrases._model.cache_clear()
    try:
        with pytest.raises(phrases.PhraseModelError):
            phrases._model()
    finally:
        phrases._model.cache_clear()


@pytest.mark.parametrize("treatment", ["rosemary oil", "green tea extract", "piperine", "tretinoin", "laser cap",
                                       "platelet-rich plasma", "magnesium glycinate"])
def test_treatments_score_high(treatment):
    assert treatment_probability(treatment) > 0.7, treatment


@pytest.mark.parametrize("outcome", ["blood pressure", "sleep quality", "muscle soreness", "weight loss",
                                     "wrinkles", "dehydration", "liver injury"])
def test_outcomes_score_low(outcome):
    assert treatment_probability(outcome) < 0.3, outcome


def test_clean_phrase_drops_doses_and_brackets():
    assert clean_phrase("Telmisartan (80 mg) 2.5%") == "telmisartan"
    assert treatment_probability("") == 0.5
