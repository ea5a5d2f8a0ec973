"""Train the phrase-role model: is a noun phrase a treatment (intervention) or an outcome?

Reads the TRAIN split of Evidence Inference 2.0 (../shared/benchmarks/evidence_inference/,
never copied into the repo; prompts whose split is not "train" are dropped before anything
else is read). Each train prompt gives three phrases written by annotators: the intervention
and comparator (label: treatment) and the outcome (label: outcome). Arms that only name a
control ("placebo", "usual care") are skipped: they say nothing about what a treatment is.

Features are those of `tracker.phrases.features` (words, the head word, character n-grams of
each word, so unseen drug and product names generalise by their morphology). The model is an
L2 logistic regression; C is chosen by 5-fold cross-validation grouped by article (pmcid).
Writes `tracker/resources/phrase_model.json.gz` (weights as JSON, loaded without
scikit-learn) and the sidecar `phrase_model.meta.json` (data and model sha256, CV figures).

    python benchmarks/train_phrases.py [--data ../shared/benchmarks/evidence_inference]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import gzip  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tracker.phrases import META_PATH, MODEL_PATH, clean_phrase, features  # noqa: E402

_CONTROL_ONLY = {"placebo", "control", "controls", "usual care", "standard care", "no treatment", "sham",
                 "control group", "placebo group", "vehicle", "no intervention", "standard treatment"}


def load_train(data: Path) -> tuple[list[str], list[int], list[str], str]:
    path = data / "prompts.jsonl"
    raw = path.read_bytes()
    phrases, labels, groups = [], [], []
    seen = set()
    for line in raw.decode("utf-8").splitlines():
        row = json.loads(line)
        if row.get("split") != "train":
            continue  # validation is never read
        for field, label in (("intervention", 1), ("comparator", 1), ("outcome", 0)):
            p = clean_phrase(row.get(field) or "")
            if not p or p in _CONTROL_ONLY or (p, label) in seen:
                continue
            seen.add((p, label))
            phrases.append(p)
            labels.append(label)
            groups.append(row["pmcid"])
    return phrases, labels, groups, hashlib.sha256(raw).hexdigest()


def polarity_cv(data: Path) -> dict:
    """The experiment behind `frames._PROBLEM_RE` (issue 14): can "is this outcome a problem a
    treatment reduces?" be learned from the train split? Weak label: a significant finding's
    direction ("significantly decreased" -> problem, "significantly increased" -> good), since a
    tested intervention is meant to help. Grouped 5-fold CV accuracy against the majority class;
    nothing is shipped (it was too weak: 0.58 against 0.53, acne and hair loss scored as goods)."""
    phrases, labels, groups, seen = [], [], [], set()
    for line in (data / "prompts.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("split") != "train" or row.get("label") == "no significant difference":
            continue
        p, y = clean_phrase(row.get("outcome") or ""), int(row.get("label") == "significantly decreased")
        if p and (p, y) not in seen:
            seen.add((p, y))
            phrases.append(p)
            labels.append(y)
            groups.append(row["pmcid"])
    y = np.array(labels)
    X = DictVectorizer().fit_transform([features(p) for p in phrases])
    accs = [float((LogisticRegression(C=1.0, max_iter=3000).fit(X[tr], y[tr]).predict(X[te]) == y[te]).mean())
            for tr, te in GroupKFold(n_splits=5).split(X, y, groups)]
    return {"n_phrases": len(phrases), "cv_accuracy": round(sum(accs) / len(accs), 3),
            "majority": round(max(y.mean(), 1 - y.mean()), 3)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "benchmarks" / "evidence_inference")
    ap.add_argument("--polarity-cv", action="store_true",
                    help="only measure the rejected problem-or-good polarity model (writes nothing)")
    args = ap.parse_args(argv)
    if args.polarity_cv:
        print(json.dumps(polarity_cv(args.data)))
        return 0
    phrases, labels, groups, data_sha = load_train(args.data)
    y = np.array(labels)
    vec = DictVectorizer()
    X = vec.fit_transform([features(p) for p in phrases])
    cv = {}
    for C in (0.3, 1.0, 3.0):
        accs = []
        for tr, te in GroupKFold(n_splits=5).split(X, y, groups):
            m = LogisticRegression(C=C, max_iter=2000).fit(X[tr], y[tr])
            accs.append(float((m.predict(X[te]) == y[te]).mean()))
        cv[C] = sum(accs) / len(accs)
        print(f"C={C}: grouped 5-fold CV accuracy {cv[C]:.3f}")
    best = max(cv, key=cv.get)
    model = LogisticRegression(C=best, max_iter=2000).fit(X, y)
    weights = {f: round(float(w), 4) for f, w in zip(vec.feature_names_, model.coef_[0]) if abs(w) >= 1e-3}
    payload = {"bias": round(float(model.intercept_[0]), 4), "weights": weights}
    blob = gzip.compress(json.dumps(payload, sort_keys=True).encode("utf-8"), mtime=0)
    MODEL_PATH.write_bytes(blob)
    meta = {"trained": dt.date.today().isoformat(), "data": "Evidence Inference 2.0 prompts.jsonl, split=train only",
            "data_sha256": data_sha, "n_phrases": len(phrases), "n_treatment": int(y.sum()),
            "n_outcome": int(len(y) - y.sum()), "C": best, "cv_accuracy": {str(k): round(v, 4) for k, v in cv.items()},
            "n_weights": len(weights), "model_sha256": hashlib.sha256(blob).hexdigest()}
    META_PATH.write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
