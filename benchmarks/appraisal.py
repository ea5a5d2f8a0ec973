"""Appraisal against an independent, blind reading of the snapshot records.

Scores what `tracker.appraisal.appraise` reads from each embedded snapshot record (design,
number of participants, population, and the direction per question x record) against the
labels in `benchmarks/labels/` (snapshot v2: 113 records captured 2026-12-05, labelled by a
reader who never ran the tool; plus the first-capture microneedling records the v2 queries
hit, `snapshot_v2_directions_v1_hits.csv`, and any further `microneedling_*.csv` label files
of the same columns, reported as their own set).

These labels are a test set: the rules were not tuned on them, and this script only reads
them to report. References measured in the same run: the most common label (design,
population, direction), and the rules' direction without the learned model's confidence
gate (`classify_direction` alone), so the gate's effect is visible. Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.appraisal import (  # noqa: E402
    appraise,
    classify_design,
    classify_direction,
    classify_population,
    count_participants,
    question_terms,
)
from tracker.models import Question, Record  # noqa: E402
from tracker.snapshot import iter_records  # noqa: E402

LABELS = ROOT / "benchmarks" / "labels"
DIRECTIONS = ("supports", "no effect", "contradicts", "mixed", "unclear")
REVIEWS = ("meta-analysis", "systematic review", "narrative review", "guideline")


@dataclass(frozen=True)
class RecordLabel:
    pmid: str
    design: str
    n_participants: int | None
    n_pooled: int | None
    population: str


@dataclass(frozen=True)
class DirectionLabel:
    question_id: str
    pmid: str
    relevant: bool
    direction: str | None


def _rows(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise SystemExit(f"{path}: missing column(s) {', '.join(missing)}")
        return list(reader)


def _int(path: Path, lineno: int, column: str, raw: str) -> int | None:
    raw = (raw or "").strip().replace(",", "")
    if not raw:
        return None
    try:
        return int(float(raw))
    except ValueError:
        raise SystemExit(f"{path}:{lineno}: column {column}: not a number: {raw!r}") from None


def load_records(path: Path) -> list[RecordLabel]:
    out = []
    for lineno, row in enumerate(_rows(path, ("pmid", "design", "n_participants", "population")), 2):
        out.append(RecordLabel(row["pmid"].strip(), row["design"].strip(), _int(path, lineno, "n_participants", row["n_participants"]),
                               _int(path, lineno, "n_pooled", row.get("n_pooled", "")), row["population"].strip()))
    return out


def load_questions(path: Path) -> dict[str, Question]:
    return {row["question_id"]: Question(row["question_id"], row["statement"], row["intervention"], row["outcome"],
                                         row["kind"], row["query"])
            for row in _rows(path, ("question_id", "statement", "intervention", "outcome", "kind", "query"))}


def load_directions(path: Path) -> list[DirectionLabel]:
    out = []
    for lineno, row in enumerate(_rows(path, ("question_id", "pmid", "relevant", "direction")), 2):
        relevant = row["relevant"].strip().lower()
        if relevant not in ("yes", "no"):
            raise SystemExit(f"{path}:{lineno}: column relevant: expected yes/no, got {row['relevant']!r}")
        direction = row["direction"].strip() or None
        if direction is not None and direction not in DIRECTIONS:
            raise SystemExit(f"{path}:{lineno}: column direction: unknown {direction!r}")
        out.append(DirectionLabel(row["question_id"].strip(), row["pmid"].strip(), relevant == "yes", direction))
    return out


def share(hits: int, n: int) -> str:
    return f"{hits}/{n} = {hits / n:.1%}" if n else "n/a"


def score_records(labels: list[RecordLabel], records: dict[str, Record]) -> dict:
    design_ok = pop_ok = n_ok = n_total = pooled_ok = pooled_total = n_extra = 0
    design_conf: Counter[tuple[str, str]] = Counter()
    missing = []
    for lab in labels:
        rec = records.get(lab.pmid)
        if rec is None:
            missing.append(lab.pmid)
            continue
        design = classify_design(rec).design
        design_ok += design == lab.design
        if design != lab.design:
            design_conf[(lab.design, design)] += 1
        pop_ok += classify_population(rec, design) == lab.population
        n = count_participants(rec, design)
        if lab.design in REVIEWS:
            if lab.n_pooled is not None:
                pooled_total += 1
                pooled_ok += n == lab.n_pooled
        elif lab.n_participants is not None:
            n_total += 1
            n_ok += n == lab.n_participants
        elif n is not None and lab.population == "human":
            n_extra += 1  # the reader found no count where the tool reports one
    scored = len(labels) - len(missing)
    majority_design = Counter(lab.design for lab in labels).most_common(1)[0][0] if labels else ""
    majority_pop = Counter(lab.population for lab in labels).most_common(1)[0][0] if labels else ""
    return {
        "n_records": scored,
        "missing_from_snapshot": missing,
        "design_agreement": round(design_ok / scored, 3) if scored else None,
        "design_majority_reference": round(sum(lab.design == majority_design for lab in labels) / len(labels), 3) if labels else None,
        "population_agreement": round(pop_ok / scored, 3) if scored else None,
        "population_majority_reference": round(sum(lab.population == majority_pop for lab in labels) / len(labels), 3) if labels else None,
        "n_exact": round(n_ok / n_total, 3) if n_total else None,
        "n_exact_count": f"{n_ok}/{n_total}",
        "n_pooled_exact": f"{pooled_ok}/{pooled_total}",
        "n_reported_where_reader_found_none": n_extra,
        "design_confusions": {f"{g} -> {p}": c for (g, p), c in design_conf.most_common(8)},
    }


def score_directions(labels: list[DirectionLabel], questions: dict[str, Question], records: dict[str, Record]) -> dict:
    agree = agree_rules = majority_hits = 0
    rel_tp = rel_fp = rel_fn = 0
    n = 0
    confusion: Counter[tuple[str, str]] = Counter()
    false_contradicts = sign_errors = gated = 0
    relevant_dirs = [lab.direction for lab in labels if lab.relevant and lab.direction]
    majority = Counter(relevant_dirs).most_common(1)[0][0] if relevant_dirs else "supports"
    for lab in labels:
        q, rec = questions.get(lab.question_id), records.get(lab.pmid)
        if q is None or rec is None:
            continue
        a = appraise(rec, q)
        rel_tp += a.included and lab.relevant
        rel_fp += a.included and not lab.relevant
        rel_fn += (not a.included) and lab.relevant
        if not lab.relevant or lab.direction is None:
            continue
        n += 1
        tool = a.direction if a.included else "unclear"
        rules = classify_direction(rec, q, question_terms(q)).direction if a.included else "unclear"
        gated += tool != rules
        agree += tool == lab.direction
        agree_rules += rules == lab.direction
        majority_hits += lab.direction == majority
        confusion[(lab.direction, tool)] += 1
        if tool == "contradicts" and lab.direction != "contradicts":
            false_contradicts += 1
        if {tool, lab.direction} == {"supports", "contradicts"} or (tool == "supports" and lab.direction == "no effect") or (
            tool == "no effect" and lab.direction == "supports"
        ):
            sign_errors += 1
    return {
        "n_relevant_pairs": n,
        "direction_agreement": round(agree / n, 3) if n else None,
        "direction_agreement_rules_without_gate": round(agree_rules / n, 3) if n else None,
        "majority_reference": round(majority_hits / n, 3) if n else None,
        "majority_label": majority,
        "changed_by_confidence_gate": gated,
        "false_contradicts": false_contradicts,
        "wrong_side_calls": sign_errors,
        "relevance_precision": round(rel_tp / (rel_tp + rel_fp), 3) if rel_tp + rel_fp else None,
        "relevance_recall": round(rel_tp / (rel_tp + rel_fn), 3) if rel_tp + rel_fn else None,
        "confusion_label_to_tool": {f"{g} -> {t}": c for (g, t), c in sorted(confusion.items())},
    }


def show(title: str, res: dict) -> None:
    print(f"\n{title}")
    for key, value in res.items():
        print(f"  {key:42} {value}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    args = ap.parse_args(argv)
    if not (args.labels / "snapshot_v2_records.csv").exists():
        raise SystemExit(f"{args.labels}/snapshot_v2_records.csv not found: no labels to score against")
    started = time.perf_counter()
    records = {r.pmid: r for r in iter_records()}
    questions = load_questions(args.labels / "snapshot_v2_questions.csv")
    summary: dict[str, object] = {"benchmark": "appraisal_vs_blind_labels"}
    rec_res = score_records(load_records(args.labels / "snapshot_v2_records.csv"), records)
    show("snapshot v2 records (design, participants, population)", rec_res)
    summary["v2_records"] = rec_res
    dir_res = score_directions(load_directions(args.labels / "snapshot_v2_directions.csv"), questions, records)
    show("snapshot v2 directions (relevant question x record pairs)", dir_res)
    summary["v2_directions"] = dir_res
    v1 = args.labels / "snapshot_v2_directions_v1_hits.csv"
    if v1.exists():
        v1_res = score_directions(load_directions(v1), questions, records)
        show("first-capture (microneedling) records hit by the v2 questions", v1_res)
        summary["v1_hits_directions"] = v1_res
    for extra in sorted(args.labels.glob("microneedling_*.csv")):
        cols = extra.open(encoding="utf-8").readline()
        if "direction" in cols:
            res = score_directions(load_directions(extra), questions, records)
        else:
            res = score_records(load_records(extra), records)
        show(f"microneedling labels: {extra.name}", res)
        summary[extra.stem] = res
    if not any(args.labels.glob("microneedling_*.csv")):
        print("\nno microneedling_*.csv label files: only the v1 records the v2 queries hit are scored for microneedling")
    summary["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
