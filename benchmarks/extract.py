"""Benchmark claim extraction against the curated claims of the four seed articles.

A curated claim counts as found when an extracted quote overlaps it (same article). Reported
per article: curated claims, candidates, recall; plus how often the overlapping candidate
proposes the curated question. Reference measured in the same run: the naive baseline "every
sentence is a candidate". Target (issue 8): recall >= 0.9 with at most 2x as many candidates
as curated claims. The three articles in data/examples/ have no curated rows: their candidate
counts are printed as a held-out sanity check.

    .venv/bin/python benchmarks/extract.py

Last line: one JSON object.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker import paths  # noqa: E402
from tracker.articles import load_article, load_articles  # noqa: E402
from tracker.claims import load_claims, load_questions  # noqa: E402
from tracker.extract import extract_claims, sentences  # noqa: E402


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def long_sentence_scaling(small: int = 150, large: int = 600) -> dict:
    """Time to read one comma-chained "sentence" of `small` and of `large` clauses (the faster of
    two runs each): a page pasted without full stops once made extraction cubic, then quadratic."""
    def seconds(n: int) -> float:
        text = "A guide\n\nZinc relaxes the muscles, calms the mind" + ", calms the mind" * n + ".\n"
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            extract_claims(load_article_text(text))
            best = min(best, time.perf_counter() - started)
        return best

    seconds(20)  # warm caches
    a, b = seconds(small), seconds(large)
    return {"small_clauses": small, "small_seconds": round(a, 3), "large_clauses": large,
            "large_seconds": round(b, 3), "ratio": round(b / a, 2), "meets_target": b / a <= 6.0}


def load_article_text(text: str):
    from tracker.articles import article_from_bytes

    return article_from_bytes("long.txt", text.encode())


def main() -> dict:
    questions = load_questions(paths.QUESTIONS_CSV)
    articles = load_articles(paths.ARTICLES_DIR)
    claims = load_claims(paths.CLAIMS_CSV, {a.name: a for a in articles}, {q.question_id: q for q in questions})
    rows = []
    totals = {"curated": 0, "candidates": 0, "found": 0, "same_question": 0, "baseline_candidates": 0,
              "baseline_found": 0, "same_type": 0, "same_strength": 0, "same_stance": 0}
    t0 = time.perf_counter()
    missed: list[str] = []
    for article in articles:
        curated = [c for c in claims if c.article == article.name]
        cands = extract_claims(article, questions)
        spans = [(c.claim.start, c.claim.end) for c in cands]
        found = same_q = 0
        for cl in curated:
            hits = [c for c in cands if overlaps((cl.start, cl.end), (c.claim.start, c.claim.end))]
            if hits:
                found += 1
                same_q += any(h.claim.question_id == cl.question_id for h in hits)
                # Wording labels are compared on the candidate that overlaps the curated quote most.
                best = max(hits, key=lambda h: min(h.claim.end, cl.end) - max(h.claim.start, cl.start))
                totals["same_type"] += best.claim.claim_type == cl.claim_type
                totals["same_strength"] += best.claim.strength == cl.strength
                totals["same_stance"] += best.claim.stance == cl.stance
            else:
                missed.append(f"{cl.claim_id}: {cl.quote[:90]}")
        base = [(s.start, s.end) for s in sentences(article.text)]
        base_found = sum(any(overlaps((cl.start, cl.end), b) for b in base) for cl in curated)
        rows.append((article.name, len(curated), len(spans), found, same_q, len(base), base_found))
        totals["curated"] += len(curated)
        totals["candidates"] += len(spans)
        totals["found"] += found
        totals["same_question"] += same_q
        totals["baseline_candidates"] += len(base)
        totals["baseline_found"] += base_found
    elapsed = time.perf_counter() - t0

    print(f"{'article':28} {'curated':>7} {'cands':>6} {'recall':>7} {'same-q':>7} | "
          f"{'baseline':>8} {'b.recall':>8}")
    for name, n_cur, n_cand, found, same_q, n_base, b_found in rows:
        print(f"{name:28} {n_cur:7d} {n_cand:6d} {found / n_cur:7.2f} {same_q / max(found, 1):7.2f} | "
              f"{n_base:8d} {b_found / n_cur:8.2f}")
    recall = totals["found"] / totals["curated"]
    ratio = totals["candidates"] / totals["curated"]
    b_recall = totals["baseline_found"] / totals["curated"]
    b_ratio = totals["baseline_candidates"] / totals["curated"]
    print(f"{'all':28} {totals['curated']:7d} {totals['candidates']:6d} {recall:7.2f} "
          f"{totals['same_question'] / max(totals['found'], 1):7.2f} | {totals['baseline_candidates']:8d} "
          f"{b_recall:8.2f}")
    print(f"extractor: recall {recall:.3f}, {ratio:.2f} candidates per curated claim "
          f"(target: recall >= 0.9, <= 2.0); {elapsed * 1000:.0f} ms for {len(rows)} articles")
    print(f"baseline (every sentence): recall {b_recall:.3f}, {b_ratio:.2f} candidates per curated claim")
    n_found = max(totals["found"], 1)
    print(f"on found claims, agreement with the curated labels: question {totals['same_question'] / n_found:.2f}, "
          f"claim_type {totals['same_type'] / n_found:.2f}, strength {totals['same_strength'] / n_found:.2f}, "
          f"stance {totals['same_stance'] / n_found:.2f}")
    if missed:
        print("missed curated claims:")
        for m in missed:
            print("  " + m)

    held_out = {}
    examples = sorted((ROOT / "data" / "examples").glob("*.*"))
    for path in examples:
        article = load_article(path)
        cands = extract_claims(article, questions)
        held_out[path.name] = len(cands)
        print(f"held-out {path.name}: {len(cands)} candidates, "
              f"{len({c.claim.question_id for c in cands})} questions")

    scaling = long_sentence_scaling()
    print(f"a pasted page without full stops (one comma-chained sentence): {scaling['small_clauses']} clauses "
          f"{scaling['small_seconds']:.2f} s, {scaling['large_clauses']} clauses {scaling['large_seconds']:.2f} s: "
          f"x{scaling['ratio']:.1f} for x4 the length (reference in the same run: linear x4, quadratic x16; "
          f"target <= x6)")

    result = {
        "benchmark": "extract",
        "long_sentence_scaling": scaling,
        "articles": len(rows),
        "curated_claims": totals["curated"],
        "candidates": totals["candidates"],
        "recall": round(recall, 3),
        "candidates_per_curated": round(ratio, 2),
        "same_question_rate": round(totals["same_question"] / n_found, 3),
        "same_claim_type_rate": round(totals["same_type"] / n_found, 3),
        "same_strength_rate": round(totals["same_strength"] / n_found, 3),
        "same_stance_rate": round(totals["same_stance"] / n_found, 3),
        "meets_target": recall >= 0.9 and ratio <= 2.0,
        "baseline_every_sentence": {"candidates": totals["baseline_candidates"], "recall": round(b_recall, 3),
                                    "candidates_per_curated": round(b_ratio, 2)},
        "held_out_candidates": held_out,
        "seconds": round(elapsed, 3),
    }
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
