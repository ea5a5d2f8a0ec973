"""Evidence Inference 2.0 benchmark for the product's direction classifier.

Given an intervention, a comparator and an outcome, say whether the outcome was
significantly increased, significantly decreased, or not significantly different.
The classifier is `tracker.effects.classify_effect`, the same code that decides the
direction of every appraised record; the sentence finder for the abstract-only task is
`tracker.effects.outcome_sentences`.

  (a) oracle: the annotated evidence text is given;
  (b) abstract only: find the sentence(s) about the outcome in the abstract, then classify.

Reports macro-F1 on the validation split (develop with --split train), per-class figures,
and a majority-class reference measured in the same run. Published anchors: 0.514
(Lehman et al. 2019, abstract pipeline baseline) and 0.780 (DeYoung et al. 2020, BioMed
RoBERTa pipeline). Data is read from ../shared/benchmarks/evidence_inference/ beside the
project and never copied. Last line of output: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.effects import classify_effect, outcome_sentences  # noqa: E402

DATA = ROOT.parent / "shared" / "benchmarks" / "evidence_inference"
LABELS = ("significantly increased", "significantly decreased", "no significant difference")
TO_BENCH = {"increased": LABELS[0], "decreased": LABELS[1], "no difference": LABELS[2]}
ANCHORS = {"lehman2019_baseline": 0.514, "deyoung2020_biomed_roberta": 0.780}
TARGETS = {"oracle": 0.80, "abstract": 0.70}


@dataclass(frozen=True)
class Prompt:
    prompt_id: str
    pmcid: str
    split: str
    intervention: str
    comparator: str
    outcome: str
    label: str
    evidence: str


def load(split: str) -> list[Prompt]:
    path = DATA / "prompts.jsonl"
    if not path.exists():
        raise SystemExit(f"{path} not found: the benchmark reads ../shared beside the project")
    out = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                p = Prompt(**{k: str(raw[k]) for k in Prompt.__dataclass_fields__})
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise SystemExit(f"{path}:{lineno}: not a valid prompt ({exc})") from exc
            if p.label not in LABELS:
                raise SystemExit(f"{path}:{lineno}: unknown label {p.label!r}")
            if p.split == split:
                out.append(p)
    return out


def abstract(pmcid: str) -> str:
    path = DATA / "abstracts" / f"PMC{pmcid}.abst"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def predict_oracle(p: Prompt, fallback: str) -> tuple[str, str]:
    call = classify_effect(p.evidence, intervention=p.intervention, comparator=p.comparator, outcome=p.outcome)
    if call is None:
        return fallback, ""
    return TO_BENCH[call.label], call.cue


def predict_abstract(p: Prompt, fallback: str) -> tuple[str, str]:
    text = abstract(p.pmcid)
    for sentence in outcome_sentences(text, outcome=p.outcome, intervention=p.intervention, comparator=p.comparator):
        call = classify_effect(sentence, intervention=p.intervention, comparator=p.comparator, outcome=p.outcome)
        if call is not None:
            return TO_BENCH[call.label], sentence
    return fallback, ""


def scores(gold: list[str], pred: list[str]) -> dict:
    per = {}
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[label] = {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3), "support": tp + fn}
    macro = sum(v["f1"] for v in per.values()) / len(LABELS)
    acc = sum(1 for g, p in zip(gold, pred) if g == p) / len(gold) if gold else 0.0
    return {"macro_f1": round(macro, 3), "accuracy": round(acc, 3), "per_class": per}


def show(name: str, result: dict) -> None:
    print(f"\n{name}: macro-F1 {result['macro_f1']:.3f}  accuracy {result['accuracy']:.3f}")
    print(f"  {'label':28} {'prec':>6} {'rec':>6} {'f1':>6} {'n':>5}")
    for label, v in result["per_class"].items():
        print(f"  {label:28} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['support']:5d}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="validation", choices=("validation", "train"))
    ap.add_argument("--errors", type=int, default=0, help="print this many misclassified prompts per task")
    args = ap.parse_args(argv)

    train = load("train")
    prompts = load(args.split)
    majority = Counter(p.label for p in train).most_common(1)[0][0]
    gold = [p.label for p in prompts]
    started = time.perf_counter()
    oracle = [predict_oracle(p, majority) for p in prompts]
    t_oracle = time.perf_counter() - started
    started = time.perf_counter()
    abst = [predict_abstract(p, majority) for p in prompts]
    t_abstract = time.perf_counter() - started

    base = scores(gold, [majority] * len(gold))
    res_a = scores(gold, [p for p, _ in oracle])
    res_b = scores(gold, [p for p, _ in abst])
    print(f"Evidence Inference 2.0, {args.split} split: {len(prompts)} prompts, "
          f"{len({p.pmcid for p in prompts})} articles (train: {len(train)} prompts)")
    print("classifier: tracker.effects.classify_effect (rules); no model, no download")
    show(f"majority-class reference (always '{majority}', the train majority)", base)
    show("(a) oracle: annotated evidence text given", res_a)
    show("(b) abstract only: outcome sentences found, then classified", res_b)
    print(f"\npublished anchors: Lehman et al. 2019 baseline {ANCHORS['lehman2019_baseline']}, "
          f"DeYoung et al. 2020 BioMed RoBERTa pipeline {ANCHORS['deyoung2020_biomed_roberta']}")
    print(f"targets: (a) >= {TARGETS['oracle']}, (b) >= {TARGETS['abstract']}")
    print(f"time: oracle {t_oracle:.1f}s, abstract {t_abstract:.1f}s")

    for name, preds in (("oracle", oracle), ("abstract", abst))[: 2 if args.errors else 0]:
        shown = 0
        for p, (pred, why) in zip(prompts, preds):
            if pred != p.label and shown < args.errors:
                shown += 1
                print(f"\n[{name}] {p.prompt_id} gold={p.label} pred={pred}\n  I={p.intervention!r} C={p.comparator!r} O={p.outcome!r}")
                print(f"  evidence: {p.evidence.strip()[:300]!r}")
                if why and name == "abstract":
                    print(f"  chosen:   {why[:300]!r}")

    summary = {
        "benchmark": "evidence_inference_2.0",
        "split": args.split,
        "n": len(prompts),
        "oracle_macro_f1": res_a["macro_f1"],
        "abstract_macro_f1": res_b["macro_f1"],
        "majority_macro_f1": base["macro_f1"],
        "anchors": ANCHORS,
        "targets": TARGETS,
        "classifier": "rules (tracker.effects.classify_effect)",
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
