"""What the seed claims' certainty rests on, before and after the GRADE rules of issue 15.

For each seed claim (claims.csv, questions.csv, embedded snapshot) this reports the body of
evidence its question's certainty is rated from: how many claims rest only on reviews, on
case reports / case series (or reviews of them), on narrative reviews, or on mostly indirect
evidence; and the certainty distribution. The same figures are computed in the same run for
the previous code (a git worktree of HEAD, default /tmp/prevB: `git worktree add /tmp/prevB
HEAD`) on the same inputs. When `benchmarks/labels/snapshot_v2_certainty.csv` (an independent,
blind GRADE reading of the v2 questions by engineer H2) and its questions file exist, certainty
and verdict agreement with it are reported for both codes too.

    .venv/bin/python benchmarks/certainty.py [--prev /tmp/prevB]

Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "labels"
REVIEWS = {"meta-analysis", "systematic review", "narrative review"}
CASES = {"case report", "case series"}
LEVELS = ("High", "Moderate", "Low", "Very low", "No evidence found")


def _measure(tree: Path) -> dict:
    """Run in a child process whose `tracker` is the one in `tree`: one row per claim."""
    sys.path.insert(0, str(tree))
    from tracker import grading
    from tracker.appraisal import appraise
    from tracker.claims import load_inputs, load_questions
    from tracker.pipeline import open_backend

    try:
        inputs = load_inputs(ROOT / "claims.csv", ROOT / "questions.csv", ROOT / "data" / "articles")
        inputs_from = "current tree"
    except Exception:  # the old code may not read the new columns: use its own inputs
        inputs = load_inputs(tree / "claims.csv", tree / "questions.csv", tree / "data" / "articles")
        inputs_from = "its own tree"
    grade_claim = getattr(grading, "grade_claim", None)
    if grade_claim is None:
        from tracker.verdict import grade_claim  # type: ignore[no-redef]
    backend = open_backend("snapshot", snapshot=tree / "data" / "snapshot")

    def assess(question):
        result = backend.search(question.query, max_ids=200)
        records = list(backend.fetch(result.pmids[:200]))
        appraisals = [appraise(r, question) for r in records]
        grade = grading.grade_question(question, appraisals, n_hits=result.count)
        return grade, appraisals, {r.pmid: r for r in records}

    def basis(grade, appraisals) -> dict:
        # the records the certainty was rated from: those the grade cites first, in the best tier
        body = [a for a in appraisals if a.included and a.direction != "unclear" and a.pmid in grade.cited_pmids]
        designs = [a.design for a in body]
        pools = [getattr(a, "review_pools", None) for a in body]
        primary = [d for d in designs if d not in REVIEWS]
        return {
            "n_body": len(body),
            "only_reviews": bool(body) and not primary,
            "on_cases": bool(body) and all(d in CASES or (d in REVIEWS and p == "case reports") for d, p in zip(designs, pools)),
            "only_narrative": bool(body) and all(d == "narrative review" for d in designs),
            "indirect": bool(body) and sum(a.indirect for a in body) * 2 >= len(body),
        }

    grades = {}
    rows = []
    for q in inputs.questions:
        grades[q.question_id] = assess(q)
    by_q = {q.question_id: q for q in inputs.questions}
    for c in inputs.claims:
        grade, appraisals, records = grades[c.question_id]
        v = grade_claim(c, by_q[c.question_id], grade, appraisals, records)
        rows.append({"claim_id": c.claim_id, "question_id": c.question_id, "verdict": v.verdict,
                     "certainty": v.certainty, "question_certainty": grade.certainty,
                     "n_participants": v.n_participants,
                     "sentence": getattr(v, "certainty_sentence", ""), **basis(grade, appraisals)})
    reference = []
    qfile, cfile = LABELS / "snapshot_v2_questions.csv", LABELS / "snapshot_v2_certainty.csv"
    if qfile.exists() and cfile.exists():
        gold = {r["question_id"]: r for r in csv.DictReader(cfile.open(encoding="utf-8"))}
        for q in load_questions(qfile):
            if q.question_id in gold:
                grade, _, _ = assess(q)
                reference.append({"question_id": q.question_id, "certainty": grade.certainty, "verdict": grade.verdict,
                                  "gold_certainty": gold[q.question_id]["certainty"].strip(),
                                  "gold_verdict": gold[q.question_id]["verdict"].strip()})
    return {"inputs_from": inputs_from, "claims": rows, "reference": reference}


def _halves() -> dict[str, str]:
    """question_id -> "dev" / "test": the topic split of benchmarks/labels/README.md, by the
    same functions `benchmarks/appraisal.py` uses (so both benchmarks split alike)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_appraisal_bench", Path(__file__).with_name("appraisal.py"))
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = mod  # type: ignore[union-attr]  (dataclasses look their module up)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    split = mod.split_of(mod.load_directions(LABELS / "snapshot_v2_directions.csv"))
    gold = csv.DictReader((LABELS / "snapshot_v2_certainty.csv").open(encoding="utf-8"))
    return {r["question_id"]: split[mod.topic_of(r["question_id"])] for r in gold}


def _agreement(ref: list[dict]) -> dict:
    out: dict = {"reference_questions": len(ref)}
    if not ref:
        return out
    out["certainty_agreement"] = round(sum(r["certainty"] == r["gold_certainty"] for r in ref) / len(ref), 3)
    out["verdict_agreement"] = round(sum(r["verdict"] == r["gold_verdict"] for r in ref) / len(ref), 3)
    graded = [r for r in ref if r["gold_certainty"] in LEVELS[:4] and r["certainty"] in LEVELS[:4]]
    out["certainty_within_one_level"] = round(sum(abs(LEVELS.index(r["certainty"]) - LEVELS.index(r["gold_certainty"])) <= 1
                                                  for r in graded) / max(len(graded), 1), 3)
    out["certainty_too_high"] = sum(LEVELS.index(r["certainty"]) < LEVELS.index(r["gold_certainty"])
                                    for r in ref if r["gold_certainty"] in LEVELS)
    out["certainty_too_low"] = sum(LEVELS.index(r["certainty"]) > LEVELS.index(r["gold_certainty"])
                                   for r in ref if r["gold_certainty"] in LEVELS)
    return out


def summarise(m: dict, halves: dict[str, str] | None = None) -> dict:
    rows = m["claims"]
    out = {
        "claims": len(rows),
        "only_reviews": sum(r["only_reviews"] for r in rows),
        "on_case_reports": sum(r["on_cases"] for r in rows),
        "only_narrative_reviews": sum(r["only_narrative"] for r in rows),
        "mostly_indirect": sum(r["indirect"] for r in rows),
        "certainty": {lvl: sum(r["certainty"] == lvl for r in rows) for lvl in LEVELS},
        "high_or_moderate_on_case_reports": sum(r["on_cases"] and r["certainty"] in ("High", "Moderate") for r in rows),
        "high_or_moderate_on_narrative": sum(r["only_narrative"] and r["certainty"] in ("High", "Moderate") for r in rows),
    }
    ref = m["reference"]
    if ref:
        out.update(_agreement(ref))
        for half in ("dev", "test") if halves else ():
            out[half] = _agreement([r for r in ref if halves.get(r["question_id"]) == half])
    return out


def _run_child(tree: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", str(tree)], capture_output=True, text=True, cwd=tree)
    if proc.returncode:
        raise SystemExit(f"measuring {tree} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--prev", default="/tmp/prevB", help="a worktree of the previous code (git worktree add /tmp/prevB HEAD)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--changes", action="store_true", help="list the claims whose certainty changed")
    ap.add_argument("--dev-detail", action="store_true",
                    help="per-question certainty and verdict beside the reference, dev half only (never the test half)")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_measure(Path(args.child))))
        return {}
    halves = _halves() if (LABELS / "snapshot_v2_certainty.csv").exists() else {}
    after = _run_child(ROOT)
    before = _run_child(Path(args.prev)) if Path(args.prev, "tracker").is_dir() else None
    summary = {"after": summarise(after, halves)}
    if before:
        summary["before"] = summarise(before, halves)
        summary["before_inputs_from"] = before["inputs_from"]
    print(f"{'':34} {'before':>8} {'after':>8}")
    for key in ("claims", "only_reviews", "on_case_reports", "only_narrative_reviews", "mostly_indirect",
                "high_or_moderate_on_case_reports", "high_or_moderate_on_narrative",
                "reference_questions", "certainty_agreement", "verdict_agreement", "certainty_within_one_level",
                "certainty_too_high", "certainty_too_low"):
        if key in summary["after"]:
            b = summary.get("before", {}).get(key, "-")
            print(f"{key:34} {b!s:>8} {summary['after'][key]!s:>8}")
    for half in ("dev", "test"):
        if half not in summary["after"]:
            continue
        for key in ("reference_questions", "certainty_agreement", "verdict_agreement", "certainty_within_one_level",
                    "certainty_too_high", "certainty_too_low"):
            b = summary.get("before", {}).get(half, {}).get(key, "-")
            print(f"{half + ' half ' + key:34} {b!s:>8} {summary['after'][half][key]!s:>8}")
    if args.dev_detail:
        old = {r["question_id"]: r for r in (before or {}).get("reference", [])}
        for r in after["reference"]:
            if halves.get(r["question_id"]) != "dev":
                continue  # the test half is reported in totals only
            o = old.get(r["question_id"], {})
            print(f"  {r['question_id']:34} ref {r['gold_certainty']}/{r['gold_verdict']}  "
                  f"before {o.get('certainty', '-')}/{o.get('verdict', '-')}  after {r['certainty']}/{r['verdict']}")
    for lvl in LEVELS:
        b = summary.get("before", {}).get("certainty", {}).get(lvl, "-")
        print(f"{'certainty ' + lvl:34} {b!s:>8} {summary['after']['certainty'][lvl]!s:>8}")
    if args.changes and before:
        old = {r["claim_id"]: r for r in before["claims"]}
        for r in after["claims"]:
            o = old.get(r["claim_id"])
            if o and (o["certainty"], o["verdict"]) != (r["certainty"], r["verdict"]):
                print(f"  {r['claim_id']:8} {r['question_id']:28} {o['verdict']}/{o['certainty']} -> {r['verdict']}/{r['certainty']}")
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
