"""Appraisal against an independent, blind reading of the snapshot records.

Scores what `tracker.appraisal.appraise` reads from each embedded snapshot record (design,
number of participants, population, and the direction per question x record) against the
labels in `benchmarks/labels/` (snapshot v2: 113 records captured 2026-12-05, labelled by a
reader who never ran the tool; plus the first-capture microneedling records the v2 queries
hit, `snapshot_v2_directions_v1_hits.csv`, and any further `microneedling_*.csv` label files
of the same columns, reported as their own set; their questions are the repository's
`questions.csv`, and a direction file with a `half` column is scored per half, dev, test and whole).

The v2 direction labels are split by topic into a dev half (rules may be developed on it) and a
test half (reported only), by the rule in `benchmarks/labels/README.md`; both halves and the
whole are reported. `--verbose` prints the dev half's disagreements, never the test half's. References measured in the same run: the most common label (design,
population, direction), and the rules' direction without the learned model's confidence
gate (`classify_direction` alone), so the gate's effect is visible. Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
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
from tracker.direction_model import load_model  # noqa: E402
from tracker.models import Question, Record  # noqa: E402
from tracker.snapshot import iter_records  # noqa: E402

LABELS = ROOT / "benchmarks" / "labels"
# Topic groups of the snapshot README, in the order they are checked (labels/README.md,
# "Development and test halves"): "red-light-collagen" is light, not collagen.
TOPICS = (
    ("light", ("blue-light", "red-light", "lllt")),
    ("minoxidil", ("minoxidil",)),
    ("prp", ("prp",)),
    ("retinoids", ("retino",)),
    ("collagen", ("collagen",)),
    ("vitamin-c", ("vitamin-c",)),
    ("herbal", ("rosemary", "saw-palmetto", "caffeine")),
)
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


def load_halves(path: Path) -> list[str]:
    """The `half` column (dev/test) of a direction label file, one entry per row."""
    out = []
    for lineno, row in enumerate(_rows(path, ("half",)), 2):
        half = row["half"].strip()
        if half not in ("dev", "test"):
            raise SystemExit(f"{path}:{lineno}: column half: expected dev/test, got {half!r}")
        out.append(half)
    return out


def topic_of(question_id: str) -> str:
    for topic, keys in TOPICS:
        if any(k in question_id for k in keys):
            return topic
    raise SystemExit(f"question {question_id!r}: no topic group (benchmarks/labels/README.md, dev/test halves)")


def split_of(labels: list[DirectionLabel]) -> dict[str, str]:
    """Topic -> "dev" or "test", by the rule written in benchmarks/labels/README.md."""
    sizes = Counter(topic_of(lab.question_id) for lab in labels if lab.relevant)
    halves: tuple[list[str], list[str]] = ([], [])
    totals = [0, 0]
    for topic in sorted(sizes, key=lambda t: (-sizes[t], t)):
        i = 0 if totals[0] <= totals[1] else 1
        halves[i].append(topic)
        totals[i] += sizes[topic]
    first = min(sizes, key=lambda t: hashlib.sha256(t.encode()).hexdigest())
    dev = 0 if first in halves[0] else 1
    return {t: ("dev" if i == dev else "test") for i in (0, 1) for t in halves[i]}


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


def score_directions(labels: list[DirectionLabel], questions: dict[str, Question], records: dict[str, Record],
                     verbose: bool = False) -> dict:
    agree = agree_rules = majority_hits = 0
    rel_tp = rel_fp = rel_fn = 0
    n = 0
    confusion: Counter[tuple[str, str]] = Counter()
    false_contradicts = sign_errors = gated = low = low_agree = 0
    threshold = load_model().low_confidence
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
        if a.direction_confidence is not None and a.direction_confidence < threshold:
            low += 1  # the model is unsure; the gate acts only when it also reads the other side
            low_agree += rules == lab.direction
        agree += tool == lab.direction
        agree_rules += rules == lab.direction
        majority_hits += lab.direction == majority
        confusion[(lab.direction, tool)] += 1
        if verbose and tool != lab.direction:
            print(f"  {lab.question_id} {lab.pmid}: label {lab.direction}, tool {tool} "
                  f"(conf {a.direction_confidence}) :: {a.direction_note or ''} :: {a.deciding_sentence}")
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
        "model_unsure_pairs_rules_right": f"{low_agree}/{low}",
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
    ap.add_argument("--verbose", action="store_true",
                    help="print the dev halves' and the v1-hit microneedling records' disagreements (never a test half's)")
    ap.add_argument("--dev-only", action="store_true", help="score the dev half only (while developing rules)")
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
    v2 = load_directions(args.labels / "snapshot_v2_directions.csv")
    halves = split_of(v2)
    print("\ntopic halves (benchmarks/labels/README.md): "
          + "; ".join(f"{h}: {', '.join(sorted(t for t in halves if halves[t] == h))}" for h in ("dev", "test")))
    for half in ("dev",) if args.dev_only else ("dev", "test"):
        part = [lab for lab in v2 if halves[topic_of(lab.question_id)] == half]
        if args.verbose and half == "dev":
            print("\ndev half: pairs where the tool and the reader differ")
        res = score_directions(part, questions, records, verbose=args.verbose and half == "dev")
        show(f"snapshot v2 directions, {half} half (relevant question x record pairs)", res)
        summary[f"v2_directions_{half}"] = res
    if not args.dev_only:
        dir_res = score_directions(v2, questions, records)
        show("snapshot v2 directions, whole (relevant question x record pairs)", dir_res)
        summary["v2_directions"] = dir_res
    v1 = args.labels / "snapshot_v2_directions_v1_hits.csv"
    if v1.exists():
        if args.verbose:
            print("\nmicroneedling records (development data): pairs where the tool and the reader differ")
        v1_res = score_directions(load_directions(v1), questions, records, verbose=args.verbose)
        show("first-capture (microneedling) records hit by the v2 questions", v1_res)
        summary["v1_hits_directions"] = v1_res
    # The microneedling questions are the repository's own (questions.csv), not the v2 set.
    mn_questions = {**load_questions(ROOT / "questions.csv"), **questions}
    for extra in sorted(args.labels.glob("microneedling_*.csv")):
        cols = extra.open(encoding="utf-8").readline()
        if "direction" not in cols:
            res = score_records(load_records(extra), records)
            show(f"microneedling labels: {extra.name}", res)
            summary[extra.stem] = res
            continue
        labels = load_directions(extra)
        for lineno, lab in enumerate(labels, 2):
            if lab.question_id not in mn_questions or lab.pmid not in records:
                # score_directions would skip the row silently; a label nobody scores is an error
                raise SystemExit(f"{extra}:{lineno}: unknown question {lab.question_id!r} or pmid {lab.pmid!r}")
        if "half" in cols:
            row_halves = load_halves(extra)
            for half in ("dev",) if args.dev_only else ("dev", "test"):
                part = [lab for lab, h in zip(labels, row_halves) if h == half]
                if args.verbose and half == "dev":
                    print(f"\n{extra.name}, dev half: pairs where the tool and the reader differ")
                res = score_directions(part, mn_questions, records, verbose=args.verbose and half == "dev")
                show(f"microneedling labels: {extra.name}, {half} half", res)
                summary[f"{extra.stem}_{half}"] = res
            if args.dev_only:
                continue
        res = score_directions(labels, mn_questions, records)
        show(f"microneedling labels: {extra.name}" + (", whole" if "half" in cols else ""), res)
        summary[extra.stem] = res
    if not any(args.labels.glob("microneedling_*.csv")):
        print("\nno microneedling_*.csv label files: only the v1 records the v2 queries hit are scored for microneedling")
    summary["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
