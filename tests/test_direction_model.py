"""The learned direction model (tracker.direction_model): the shipped file loads offline, its
hash matches what training recorded, it reads clear sentences right, and training never
sees the validation split."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from tracker import direction_model as dm

ROOT = Path(__file__).resolve().parent.parent


def test_model_loads_and_its_hash_matches_the_sidecar():
    model = dm.load_model()
    meta = json.loads(dm.META_PATH.read_text(encoding="utf-8"))
    assert dm.sha256(dm.MODEL_PATH) == meta["model_sha256"]
    assert dm.MODEL_PATH.stat().st_size < 5_000_000
    for key in ("training_data_sha256", "trained_at", "versions", "hyperparameters", "cv_train"):
        assert meta[key], key
    assert meta["cv_train"]["ranker_top3_hit"]
    assert "train" in meta["training_data"] and "validation" not in meta["training_data"]
    assert meta["versions"]["scikit-learn"]
    assert model.evidence.classes == dm.LABELS and model.ranker.classes == ("evidence",)
    assert 0.0 < model.low_confidence < 1.0


def test_a_model_file_that_does_not_match_its_sidecar_is_refused(tmp_path):
    path, meta = tmp_path / "m.json.gz", tmp_path / "m.meta.json"
    shutil.copy(dm.MODEL_PATH, path)
    raw = json.loads(dm.META_PATH.read_text(encoding="utf-8"))
    raw["model_sha256"] = "0" * 64
    meta.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(dm.ModelError, match="does not match"):
        dm.load_model(path, meta)
    with pytest.raises(dm.ModelError, match="missing"):
        dm.load_model(tmp_path / "absent.json.gz", meta)


def test_a_second_stage_fitted_on_other_features_is_refused(tmp_path):
    import gzip
    import hashlib

    body = json.loads(gzip.decompress(dm.MODEL_PATH.read_bytes()))
    assert body["abstract"] and body["feature_version"] == dm.FEATURE_VERSION
    body["feature_version"] = dm.FEATURE_VERSION - 1
    path, meta = tmp_path / "m.json.gz", tmp_path / "m.meta.json"
    path.write_bytes(gzip.compress(json.dumps(body).encode()))
    meta.write_text(json.dumps({"model_sha256": hashlib.sha256(path.read_bytes()).hexdigest()}), encoding="utf-8")
    with pytest.raises(dm.ModelError, match="feature version"):
        dm.load_model(path, meta)
    body["abstract"] = None  # without a second stage the older features are fine
    path.write_bytes(gzip.compress(json.dumps(body).encode()))
    meta.write_text(json.dumps({"model_sha256": hashlib.sha256(path.read_bytes()).hexdigest()}), encoding="utf-8")
    assert dm.load_model(path, meta).abstract is None


def test_placeholders_mark_the_trials_own_words():
    toks = dm.tokens("Pain was lower in the placebo group than with aspirin (p < 0.01).",
                     intervention="aspirin", comparator="placebo", outcome="pain")
    assert toks[:1] == ["_o_"] and "_c_" in toks and "_i_" in toks and "_psig_" in toks
    assert "aspirin" not in toks and "placebo" not in toks
    # arms named by letter: "group B" is the intervention when the prompt says so
    toks = dm.tokens("Size was 0.98 mm in group A and 0.26 mm in group B.", "Papacarie (group B)", "conventional (group A)", "size")
    assert toks[-3:] == ["in", "group", "_i_"] and toks[5:7] == ["group", "_c_"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mortality was significantly lower with aspirin than with placebo (p = 0.01).", "decreased"),
        ("Mortality was significantly higher in the placebo group than in the aspirin group (p < 0.001).", "decreased"),
        ("There was no significant difference in mortality between the groups (p = 0.62).", "no difference"),
        ("Aspirin significantly increased mortality compared with placebo (P < 0.05).", "increased"),
    ],
)
def test_evidence_given_reads_clear_sentences(text, label):
    pred = dm.predict_evidence(text, "aspirin", "placebo", "mortality")
    assert pred.label == label
    assert abs(sum(pred.proba.values()) - 1.0) < 1e-6 and pred.confidence == pred.proba[label]


def test_arm_direction_features_say_which_arm_the_direction_word_is_about():
    def feats(text):
        return dm.arm_direction_features(dm.tokens(text, "aspirin", "placebo", "pain"))

    i_lower = feats("Pain was lower with aspirin than with placebo.")
    c_lower = feats("Pain was lower with placebo than with aspirin.")
    assert "d:dec|-|_i_|piv=True" in i_lower and "d:dec|-|_c_|piv=True" in c_lower
    assert set(i_lower) != set(c_lower)
    assert "d:inc|neg" in feats("Aspirin did not increase pain compared with placebo.")
    assert feats("Patients were randomised to aspirin or placebo.") == {}


def test_an_amount_comparative_scales_a_change_and_keeps_or_reverses_its_sign():
    def amounts(text):
        toks = dm.tokens(text, "aspirin", "placebo", "blood pressure")
        return {k for k in dm.arm_direction_features(toks) if k.startswith("d:amt:") and "|" not in k}

    assert amounts("Aspirin gave a greater reduction in blood pressure than placebo.") == {"d:amt:dec"}
    assert amounts("With aspirin blood pressure had a decrease 11% more than with placebo.") == {"d:amt:dec"}
    assert amounts("Aspirin gave a smaller reduction in blood pressure than placebo.") == {"d:amt:inc"}
    assert amounts("Aspirin gave less improvement in blood pressure than placebo.") == {"d:amt:wor"}
    assert amounts("Blood pressure was lower with aspirin than placebo.") == set()


def test_evidence_sentence_label_matches_overlapping_spans_only():
    sentence = "Mortality was 8% with aspirin and 12% with placebo (p = 0.03)."
    assert dm.is_evidence_sentence(sentence, "mortality was 8% with aspirin and 12% with placebo")
    assert not dm.is_evidence_sentence(sentence, "Bleeding did not differ between the groups (p = 0.40).")
    assert not dm.is_evidence_sentence("Results.", sentence)  # too short to say


def test_benchmark_compare_model_reads_the_sidecar_beside_the_file(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import evidence_inference
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    path = tmp_path / "previous.json.gz"
    assert evidence_inference.sidecar(path) == tmp_path / "previous.meta.json"
    shutil.copy(dm.MODEL_PATH, path)
    with pytest.raises(SystemExit, match="previous.meta.json"):
        evidence_inference.load_model_file(path)  # no sidecar: refused, naming where it looked
    shutil.copy(dm.META_PATH, tmp_path / "previous.meta.json")
    assert evidence_inference.load_model_file(path).evidence.classes == dm.LABELS


def test_ranker_prefers_the_result_sentence_about_the_outcome():
    abstract = (
        "ABSTRACT.BACKGROUND:\nAspirin may reduce mortality after infarction.\n\n"
        "ABSTRACT.METHODS:\nWe randomised 400 patients to aspirin or placebo and recorded mortality and bleeding.\n\n"
        "ABSTRACT.RESULTS:\nMortality was 8% with aspirin and 12% with placebo (p = 0.03). Bleeding did not differ (p = 0.40).\n\n"
        "ABSTRACT.CONCLUSIONS:\nAspirin is safe."
    )
    ranked = dm.rank_sentences(abstract, "aspirin", "placebo", "mortality")
    assert ranked[0][1].startswith("Mortality was 8%")
    pred = dm.predict_abstract(abstract, "aspirin", "placebo", "bleeding")
    assert pred is not None and pred.label == "no difference"


def test_training_reads_only_the_train_split(shared_dir):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import train_direction
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    rows, digest = train_direction.load_train()
    assert rows and {r["split"] for r in rows} == {"train"}
    validation_ids = set()
    with (train_direction.DATA / "prompts.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                raw = json.loads(line)
                if raw["split"] != "train":
                    validation_ids.add(raw["prompt_id"])
    assert validation_ids and not validation_ids & {r["prompt_id"] for r in rows}
    # the sidecar's training-data hash is the hash of exactly these rows and their abstracts
    assert digest == json.loads(dm.META_PATH.read_text(encoding="utf-8"))["training_data_sha256"]


def _benchmark_module(name: str):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        return __import__(name)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


def test_what_ships_is_what_cross_validation_on_train_chose():
    meta = json.loads(dm.META_PATH.read_text(encoding="utf-8"))
    hp, cv = meta["hyperparameters"], meta["cv_train"]
    grid = cv["evidence_macro_f1"]
    assert max(grid, key=grid.get) == f"C={hp['evidence_C']},min_df={hp['evidence_min_df']}"
    # the variants the issue suggested were measured by the same CV; if one ever beats what
    # ships by more than CV's noise (about 0.01 on 1,954 prompts), it should ship instead
    alternatives = cv["evidence_alternatives_macro_f1"]
    assert {"min_df=5", "class_balanced", "stacker_C=0.1", "outcome_window_ngrams"} <= set(alternatives)
    assert max(alternatives.values()) <= max(grid.values()) + 0.005
    diagnosis = cv["abstract_diagnosis"]
    n_with_abstract = diagnosis["n_evidence_in_abstract"] + diagnosis["n_evidence_not_in_abstract"]
    assert 0.9 * meta["n_train_prompts"] <= n_with_abstract <= meta["n_train_prompts"]
    assert 0.0 < diagnosis["macro_f1_evidence_not_in_abstract"] < diagnosis["macro_f1_evidence_in_abstract"] <= 1.0


def test_outcome_window_keeps_only_words_near_the_outcome():
    train_direction = _benchmark_module("train_direction")
    toks = dm.tokens("Patients were enrolled at four sites in spring and pain was lower with aspirin.",
                     "aspirin", "placebo", "pain")
    feats = train_direction.outcome_window_features(toks, window=2)
    assert "o:u:_o_" in feats and "o:u:lower" in feats and "o:u:enrolled" not in feats
    assert train_direction.outcome_window_features(["no", "outcome"]) == {"o:none": 1.0}


def test_stack_features_carry_each_first_level_reading_and_the_rules_call():
    train_direction = _benchmark_module("train_direction")
    text = "Pain was significantly lower with aspirin than placebo (p = 0.01)."
    call = dm.classify_effect(text, intervention="aspirin", comparator="placebo", outcome="pain")
    level1 = {"ng": [{"increased": 0.2, "decreased": 0.7, "no difference": 0.1}]}
    f = train_direction.stack_features(0, level1, call, 12)
    assert f["ng:decreased"] > f["ng:increased"] > f["ng:no difference"]
    assert f[f"rule={call.label}"] == 1.0 and f["len"] == 12 / 80
    assert train_direction.stack_features(0, level1, None, 200)["rule=none"] == 1.0


def test_benchmark_splits_abstract_only_by_whether_the_evidence_is_in_the_abstract():
    evidence_inference = _benchmark_module("evidence_inference")
    gold = ["significantly increased", "no significant difference", "significantly decreased"]
    preds = [("significantly increased", ""), ("significantly increased", ""), ("significantly decreased", "")]
    out = evidence_inference.by_presence([], gold, preds, [True, False, True])
    assert out["evidence_in_abstract"]["n"] == 2 and out["evidence_not_in_abstract"]["n"] == 1
    assert out["evidence_in_abstract"]["macro_f1"] > out["evidence_not_in_abstract"]["macro_f1"] == 0.0
