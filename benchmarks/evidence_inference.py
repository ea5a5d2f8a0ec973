"""Evidence Inference 2.0 benchmark for the product's direction classifier.

Given an intervention, a comparator and an outcome, say whether the outcome was
significantly increased, significantly decreased, or not significantly different.
Three readers, ablated in one run:
- rules: `tracker.effects.classify_effect` (sentence finder `tracker.effects.outcome_sentences`);
- model: the learned n-gram model alone (`tracker.direction_model`, rules=False), with the
  learned sentence ranker for (b);
- combined: the learned model over n-grams plus the rules' features (what appraisal uses).

  (a) oracle: the annotated evidence text is given;
  (b) abstract only: find the sentence(s) about the outcome in the abstract, then classify.

The model was trained on the train split only (benchmarks/train_direction.py); this script
never trains. Reports macro-F1 on the validation split, per-class figures, speed
(sentences/s on one core), model load time and memory, the ranker's recall@1/@3 (is an
annotated evidence sentence among the top-ranked ones, for prompts whose evidence is in the
abstract), and a majority-class reference measured in the same run. `--compare-model PATH`
scores another model file (e.g. the previous commit's, from `git show HEAD:...`) with the
same code in the same run. Published anchors: 0.514
(Lehman et al. 2019, abstract pipeline baseline) and 0.780 (DeYoung et al. 2020, BioMed
RoBERTa pipeline). Data is read from ../shared/benchmarks/evidence_inference/ beside the
project and never copied. Last line of output: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker import direction_model as dm  # noqa: E402
from tracker import effects  # noqa: E402
from tracker.effects import classify_effect, outcome_sentences  # noqa: E402

DATA = ROOT.parent / "shared" / "benchmarks" / "evidence_inference"
LABELS = ("significantly increased", "significantly decreased", "no significant difference")
TO_BENCH = {"increased": LABELS[0], "decreased": LABELS[1], "no difference": LABELS[2]}
ANCHORS = {"lehman2019_baseline": 0.514, "deyoung2020_biomed_roberta": 0.780}
TARGETS = {"oracle": 0.85, "abstract": 0.78}


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


def model_oracle(p: Prompt, model: dm.DirectionModel, rules: bool) -> tuple[str, str]:
    pred = dm.predict_evidence(p.evidence, p.intervention, p.comparator, p.outcome, model=model, rules=rules)
    return TO_BENCH[pred.label], f"p={pred.confidence:.2f}"


def model_abstract(p: Prompt, model: dm.DirectionModel, rules: bool, fallback: str) -> tuple[str, str]:
    pred = dm.predict_abstract(abstract(p.pmcid), p.intervention, p.comparator, p.outcome, model=model, rules=rules)
    if pred is None:
        return fallback, ""
    return TO_BENCH[pred.label], pred.sentence or ""


def rss_mb() -> float:
    """Peak resident memory of this process so far (MB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


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


def sidecar(path: Path) -> Path:
    """`x.json.gz` -> `x.meta.json`, the sha256 sidecar training writes beside the model."""
    name = path.name.removesuffix(".gz").removesuffix(".json")
    return path.with_name(f"{name}.meta.json")


def load_model_file(path: Path) -> dm.DirectionModel:
    try:
        return dm.load_model(path, sidecar(path))
    except dm.ModelError as exc:
        raise SystemExit(f"{path}: {exc} (the sidecar is read from {sidecar(path)})") from exc


def ranker_recall(prompts: list[Prompt], model: dm.DirectionModel) -> dict:
    """Recall@1/@3 of the sentence ranker: for prompts whose annotated evidence is a sentence
    of the abstract, is one such sentence ranked first / in the top three?"""
    at1 = at3 = n = 0
    for p in prompts:
        ranked = dm.rank_sentences(abstract(p.pmcid), p.intervention, p.comparator, p.outcome, model=model)
        hits = [dm.is_evidence_sentence(s, p.evidence) for _, s in ranked]
        if any(hits):
            n += 1
            at1 += hits[0]
            at3 += any(hits[:3])
    return {"n": n, "of": len(prompts), "recall_at_1": round(at1 / n, 3) if n else 0.0,
            "recall_at_3": round(at3 / n, 3) if n else 0.0}


def evidence_in_abstract(p: Prompt) -> bool:
    """Is the annotated evidence a sentence of the abstract we have? (Often it is in the full
    text only, which (b) never sees.)"""
    return any(dm.is_evidence_sentence(s.sentence, p.evidence) for s in dm.abstract_sentences(abstract(p.pmcid)))


def by_presence(prompts: list[Prompt], gold: list[str], preds: list[tuple[str, str]], present: list[bool]) -> dict:
    """(b) macro-F1 split by whether the evidence is in the abstract at all."""
    out = {}
    for key, want in (("evidence_in_abstract", True), ("evidence_not_in_abstract", False)):
        idx = [k for k, v in enumerate(present) if v is want]
        out[key] = {"n": len(idx), "macro_f1": scores([gold[k] for k in idx], [preds[k][0] for k in idx])["macro_f1"] if idx else 0.0}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="validation", choices=("validation", "train"))
    ap.add_argument("--errors", type=int, default=0, help="print this many misclassified prompts per task (combined)")
    ap.add_argument("--model", type=Path, default=dm.MODEL_PATH, help="model file (sidecar: NAME.meta.json beside it)")
    ap.add_argument("--compare-model", type=Path, default=None,
                    help="also score this model file (e.g. the previous commit's) in the same run")
    ap.add_argument("--limit", type=int, default=0, help="only the first N prompts (a quick check of the script)")
    ap.add_argument("--repeat", type=int, default=3, help="time each reader this many times and keep the fastest")
    args = ap.parse_args(argv)

    train = load("train")  # only for the majority-class reference
    prompts = load(args.split)
    if args.limit:
        prompts = prompts[: args.limit]
    majority = Counter(p.label for p in train).most_common(1)[0][0]
    gold = [p.label for p in prompts]

    rss_before = rss_mb()
    started = time.perf_counter()
    model = load_model_file(args.model)
    t_load = time.perf_counter() - started
    rss_after = rss_mb()
    # memory in a second load: tracemalloc slows allocation, so it must not be in the timing
    dm.load_model.cache_clear()
    tracemalloc.start()
    load_model_file(args.model)
    _, load_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    dm.load_model.cache_clear()

    runs: dict[str, list[tuple[str, str]]] = {}
    times: dict[str, float] = {}

    wall: dict[str, float] = {}

    warm_up = train[:20]

    readers = {
        "a_rules": lambda p: predict_oracle(p, majority),
        "a_model": lambda p: model_oracle(p, model, rules=False),
        "a_combined": lambda p: model_oracle(p, model, rules=True),
        "b_rules": lambda p: predict_abstract(p, majority),
        "b_model": lambda p: model_abstract(p, model, False, majority),
        "b_combined": lambda p: model_abstract(p, model, True, majority),
    }
    previous = None
    if args.compare_model:
        started = time.perf_counter()
        previous = load_model_file(args.compare_model)
        t_load_prev = time.perf_counter() - started
        for kind, rules in (("model", False), ("combined", True)):
            readers[f"prev_a_{kind}"] = lambda p, rules=rules: model_oracle(p, previous, rules=rules)
            readers[f"prev_b_{kind}"] = lambda p, rules=rules: model_abstract(p, previous, rules, majority)

    # CPU time of this (single-threaded) process: the one-core rate, whatever else the machine
    # is running; wall time is printed beside it. Each reader first reads a few train prompts,
    # so that compiling the rules' fixed regular expressions (once per process) is not charged
    # to whichever runs first; then every cache of earlier texts is emptied, so no reader
    # profits from the one before. Readers take turns for `--repeat` rounds and the fastest
    # round counts: on a shared machine the others' load only ever adds time.
    for fn in readers.values():
        for p in warm_up:
            fn(p)
    for _ in range(max(1, args.repeat)):
        for name, fn in readers.items():
            for cached in (effects._arm_of, effects._arm_stems, effects._long_words, effects._outcome_stems,
                           dm._role_stems, dm._arm_labels):
                cached.cache_clear()
            dm._KIND_OF_WORD.clear()
            started, started_wall = time.process_time(), time.perf_counter()
            runs[name] = [fn(p) for p in prompts]
            cpu = time.process_time() - started
            if cpu < times.get(name, float("inf")):
                times[name], wall[name] = cpu, time.perf_counter() - started_wall
    recall = ranker_recall(prompts, model)
    if previous is not None:
        recall_prev = ranker_recall(prompts, previous)
    res = {name: scores(gold, [pred for pred, _ in preds]) for name, preds in runs.items()}
    present = [evidence_in_abstract(p) for p in prompts]
    presence = {name: by_presence(prompts, gold, runs[name], present) for name in runs if "_b_" in f"_{name}"}
    base = scores(gold, [majority] * len(gold))

    print(f"Evidence Inference 2.0, {args.split} split: {len(prompts)} prompts, "
          f"{len({p.pmcid for p in prompts})} articles (train: {len(train)} prompts)")
    meta = model.meta
    print(f"model: {args.model.name} sha256 {str(meta.get('model_sha256'))[:12]}…, trained {meta.get('trained_at')} "
          f"on {meta.get('training_data')}; no download")
    show(f"majority-class reference (always '{majority}', the train majority)", base)
    names = {"rules": "rules only (tracker.effects)", "model": "model only (n-grams, learned ranker)",
             "combined": "combined (model over n-grams + rule features)"}
    for task, title in (("a", "(a) oracle: annotated evidence text given"), ("b", "(b) abstract only: evidence sentences found, then classified")):
        for kind in ("rules", "model", "combined"):
            show(f"{title} - {names[kind]}", res[f"{task}_{kind}"])
        if previous is not None:
            show(f"{title} - previous model ({args.compare_model.name}), combined", res[f"prev_{task}_combined"])
    n = len(prompts) or 1
    print(f"\npublished anchors: Lehman et al. 2019 baseline {ANCHORS['lehman2019_baseline']}, "
          f"DeYoung et al. 2020 BioMed RoBERTa pipeline {ANCHORS['deyoung2020_biomed_roberta']}")
    print(f"targets: (a) >= {TARGETS['oracle']}, (b) >= {TARGETS['abstract']}")
    print("\n  ablation summary (macro-F1)     rules  model  combined")
    for task in ("a", "b"):
        print(f"  ({task}) {'evidence given' if task == 'a' else 'abstract only':26} "
              + "  ".join(f"{res[f'{task}_{k}']['macro_f1']:.3f}" for k in ("rules", "model", "combined")))
    if previous is not None:
        for task in ("a", "b"):
            print(f"  ({task}) previous model {args.compare_model.name:15} "
                  + "  ".join(["  -  "] + [f"{res[f'prev_{task}_{k}']['macro_f1']:.3f}" for k in ("model", "combined")]))
    print(f"\nranker recall (prompts whose evidence is a sentence of the abstract: {recall['n']} of {recall['of']}): "
          f"@1 {recall['recall_at_1']:.3f}  @3 {recall['recall_at_3']:.3f}"
          + (f"; previous model @1 {recall_prev['recall_at_1']:.3f}  @3 {recall_prev['recall_at_3']:.3f}" if previous else ""))
    print("\n(b) by whether the annotated evidence is a sentence of the abstract at all (macro-F1):")
    for name, v in presence.items():
        print(f"  {name:16} in abstract (n={v['evidence_in_abstract']['n']}) {v['evidence_in_abstract']['macro_f1']:.3f}   "
              f"not in it (n={v['evidence_not_in_abstract']['n']}) {v['evidence_not_in_abstract']['macro_f1']:.3f}")
    speed = {name: round(n / t, 1) if t else 0.0 for name, t in times.items()}
    sentences = sum(len(dm.abstract_sentences(abstract(p.pmcid))) for p in prompts)
    print(f"\nspeed, one core (CPU time, fastest of {max(1, args.repeat)} runs; (a) classifies one evidence text per prompt, (b) ranks every one of the "
          f"{sentences} abstract sentences, {sentences / n:.1f} per prompt, then classifies the top ones):")
    for name, t in times.items():
        extra = f"  = {sentences / t:8.1f} abstract sentences/s" if name.startswith("b") and t else ""
        print(f"  {name:11} CPU {t:6.2f}s (wall {wall[name]:6.2f}s)  {speed[name]:8.1f} prompts/s{extra}")
    print(f"model load {t_load * 1000:.0f} ms (wall, sha256 check included), {load_peak / 1e6:.1f} MB allocated while loading (tracemalloc peak), "
          f"process peak RSS {rss_before:.0f} -> {rss_after:.0f} MB; file {args.model.stat().st_size / 1e6:.2f} MB")
    if previous is not None:
        print(f"previous model load {t_load_prev * 1000:.0f} ms; file {args.compare_model.stat().st_size / 1e6:.2f} MB")

    for name in ("a_combined", "b_combined")[: 2 if args.errors else 0]:
        shown = 0
        for p, (pred, why) in zip(prompts, runs[name]):
            if pred != p.label and shown < args.errors:
                shown += 1
                print(f"\n[{name}] {p.prompt_id} gold={p.label} pred={pred}\n  I={p.intervention!r} C={p.comparator!r} O={p.outcome!r}")
                print(f"  evidence: {p.evidence.strip()[:300]!r}")
                if why and name.startswith("b"):
                    print(f"  chosen:   {why[:300]!r}")

    summary = {
        "benchmark": "evidence_inference_2.0",
        "split": args.split,
        "n": len(prompts),
        "oracle_macro_f1": res["a_combined"]["macro_f1"],
        "abstract_macro_f1": res["b_combined"]["macro_f1"],
        "ablation": {name: r["macro_f1"] for name, r in res.items()},
        "per_class_f1": {name: {k: v["f1"] for k, v in r["per_class"].items()} for name, r in res.items()},
        "majority_macro_f1": base["macro_f1"],
        "speed_per_s": speed,
        "model_load_ms": round(t_load * 1000, 1),
        "model_load_peak_mb": round(load_peak / 1e6, 1),
        "model_sha256": meta.get("model_sha256"),
        "ranker_recall": recall,
        "abstract_by_presence": presence,
        "previous_model": None if previous is None else {
            "path": str(args.compare_model), "sha256": previous.meta.get("model_sha256"),
            "ablation": {k[5:]: r["macro_f1"] for k, r in res.items() if k.startswith("prev_")}, "ranker_recall": recall_prev},
        "anchors": ANCHORS,
        "targets": TARGETS,
        "classifier": "combined (tracker.direction_model over tracker.effects features)",
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
