"""Claim benchmark (issue #14): extraction, frames, questions and verdicts against hand-written gold.

For each article of the development set (`benchmarks/devset/articles/`, gold in
`gold_claims.csv`) and the four seed articles (`seed_gold.csv`, when present), it runs the
extractor, the frame parser, question building and grading on the embedded snapshot, and prints
per split:

- extraction recall (a gold quote overlapped by a candidate) and candidates per gold claim;
- frame accuracy per field (intervention, comparator, outcome, population, relation,
  magnitude value / kind / bound, time frame, strength) on the gold claims that were found;
- right questions: the candidate's question tests the gold intervention AND one gold outcome;
- verdict agreement and SIGN ERRORS (gold backs and the tool says not supported / contradicted,
  or gold against and the tool says supported / partly supported); "not supported" with side
  "unclear" is the product's neutral (it could not place the claim) and is no sign error, but the
  count by the verdict word alone is printed beside it. A quote that carries two gold frames (two
  assertions in one sentence, "works just as well with no side effects") is judged on the frame the tool
  read: when the tool's candidate has the relation of the quote's other gold row and not this row's,
  this row counts as found (its fields are scored, so the relation counts as wrong) but its verdict is
  not compared; such rows are counted as `other_frame`.

`--code DIR` runs another copy of the package (e.g. the committed HEAD, unpacked with
`git archive HEAD tracker data questions.csv pyproject.toml | tar -x -C /tmp/prev`: without pyproject.toml the copy cannot find its snapshot) so old and new figures come
from the same run; `--compare` does that unpacking itself and prints both. Only the `dev` split
and the seeds are read unless `--split test` is given (the held-out splits are for the final report;
test5 and test6 were spent, reported at the end of two sessions each, and are development data since
session 12; test2, test3, test4 and test7 likewise since session 13, test8 since session 14, test9 and test10 since
session 15, test11 since session 16, test12 since session 17, test13 since session 18, test14 since session 19, test15 since session 20, test16 since session 21, test17 since session 22, test18 since session 23, test19 since session 24).

    python benchmarks/claims.py [--split dev|dev2|...|dev16|test|test2|...|test21|all]
        [--compare] [--code DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEVSET = HERE / "devset"
GOLD = DEVSET / "gold_claims.csv"
SEED_GOLD = DEVSET / "seed_gold.csv"
FIELDS = ("intervention", "comparator", "outcome", "population", "relation", "magnitude_value",
          "magnitude_kind", "magnitude_bound", "time_frame_days", "strength")
SHOW = ""
VERDICTS = False
MIN_SCORE: float | None = None  # None: the extractor's default
AGAINST_VERDICTS = ("not supported", "contradicted")
BACKS_VERDICTS = ("supported", "partly supported")
_STOP = set("""a an the of and or in on for to with by at from as is are be its it this that your you
people who whose their them they skin""".split())


def _words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in _STOP}


def _stem(w: str) -> str:
    for suf in ("ing", "ness", "ion", "es", "s", "ed", "al"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def same_phrase(gold: str, tool: str | None) -> bool:
    """Gold alternatives ("hair growth|hair count") against the tool's phrase: both empty, or
    one alternative's content words overlap the tool's by at least half of the smaller set."""
    alts = [a for a in (gold or "").split("|") if a.strip()]
    if not alts:
        return not (tool or "").strip()
    tw = _words(tool or "")
    for alt in alts:
        gw = _words(alt)
        # words agree on a 6-letter stem ("metabolism" ~ "metabolic"), the same for every code measured
        common = {g for g in gw if any(g[:6] == t[:6] for t in tw)}
        if gw and tw and len(common) >= max(1, min(len(gw), len(tw)) / 2):
            return True
    return False


def _num(v) -> float | None:
    try:
        return float(v) if v not in (None, "") else None
    except ValueError:
        return None


def field_ok(field: str, gold: dict, frame: dict) -> bool:
    g, t = gold.get(field, ""), frame.get(field)
    if field in ("magnitude_value", "time_frame_days"):
        gv, tv = _num(g), _num(t)
        if gv is None or tv is None:
            return gv is None and tv is None
        return abs(gv - tv) <= 0.1 * max(abs(gv), 1e-9) + 1e-9
    if field in ("relation", "magnitude_kind", "strength"):
        return (g or "") == (t or "")
    if field == "magnitude_bound":
        return (g or "") == (t or "") or (not g and not frame.get("magnitude_value") and not t)
    if field == "intervention":
        return same_phrase(g, f"{frame.get('intervention') or ''} {frame.get('intervention_norm') or ''}")
    if field == "comparator":
        return same_phrase(g, f"{frame.get('comparator') or ''} {frame.get('comparator_norm') or ''}".strip())
    return same_phrase(g, t)


# --- running the package under test -------------------------------------------------------------


def _old_frame(claim, question) -> dict:
    """What code without frames asserts, read from its claim and question: relation from the
    question kind and stance, intervention and outcome from the question, strength as typed."""
    if claim.claim_type == "comparative":
        relation = "superior"
    elif question.kind == "safety":
        relation = "denies_harm" if claim.stance == "denies" else "harm"
    elif question.kind == "mechanism":
        relation = "mechanism"
    else:
        relation = "no_effect" if claim.stance == "denies" else "benefit"
    return {"intervention": question.intervention, "intervention_norm": question.intervention, "comparator": None,
            "outcome": question.outcome, "population": None, "relation": relation, "magnitude_value": None,
            "magnitude_kind": None, "magnitude_bound": None, "time_frame_days": None, "strength": claim.strength}


def run(code_dir: Path, articles: list[Path]) -> dict:
    """Extract, frame, question and grade every article with the package in `code_dir`."""
    sys.path.insert(0, str(code_dir))
    for name in [m for m in sys.modules if m == "tracker" or m.startswith("tracker.")]:
        del sys.modules[name]
    import dataclasses

    from tracker.appraisal import appraise
    from tracker.articles import load_article
    from tracker.claims import load_questions
    from tracker.extract import extract_claims
    from tracker.grading import grade_question
    from tracker.pipeline import open_backend
    try:
        from tracker.verdict import grade_claim
    except ImportError:
        from tracker.grading import grade_claim  # the code before tracker.verdict existed (--base)
    sys.path.pop(0)
    import tracker

    print(f"   (package under test: {Path(tracker.__file__).parent})")

    questions = load_questions(code_dir / "questions.csv")
    backend = open_backend("snapshot", snapshot=code_dir / "data" / "snapshot")
    searched: dict[str, tuple] = {}
    out = {}
    for path in articles:
        article = load_article(path)
        cands = extract_claims(article, questions, **({'min_score': MIN_SCORE} if MIN_SCORE is not None else {}))
        qs = {q.question_id: q for q in questions} | {c.new_question.question_id: c.new_question
                                                      for c in cands if c.new_question}
        rows = []
        for c in cands:
            q = qs[c.claim.question_id]
            if q.query not in searched:
                res = backend.search(q.query, max_ids=200)
                records = list(backend.fetch(list(res.pmids[:200])))
                searched[q.query] = (res, records)
            res, records = searched[q.query]
            apps = [appraise(r, q) for r in records]
            grade = grade_question(q, apps, n_hits=res.count)
            v = grade_claim(c.claim, q, grade, apps, {r.pmid: r for r in records})
            frame = getattr(c.claim, "frame", None)
            fd = dataclasses.asdict(frame) if frame is not None else _old_frame(c.claim, q)
            rows.append({"start": c.claim.start, "end": c.claim.end, "quote": c.claim.quote, "frame": fd,
                         "q_intervention": f"{q.intervention} {q.statement}", "q_outcome": f"{q.outcome} {q.statement}",
                         "question_id": q.question_id, "verdict": v.verdict, "side": getattr(v, "side", None),
                         "rationale": v.rationale})
        out[path.name] = {"text": article.text, "candidates": rows}
    return out


# --- scoring ------------------------------------------------------------------------------------


def _span(text: str, quote: str) -> tuple[int, int] | None:
    i = text.find(quote)
    if i < 0:
        norm = re.sub(r"\s+", " ", text)
        j = norm.find(" ".join(quote.split()))
        if j < 0:
            return None
        # map back approximately: count characters
        return j, j + len(quote)
    return i, i + len(quote)


def _match(gold: dict, cands: list[dict], span: tuple[int, int]) -> dict | None:
    """The candidate that overlaps the gold quote and best agrees on relation and outcome."""
    over = [c for c in cands if c["start"] < span[1] and span[0] < c["end"]]
    if not over:
        return None
    def score(c):
        f = c["frame"]
        ov = min(c["end"], span[1]) - max(c["start"], span[0])
        return (f.get("relation") == gold["relation"]) + same_phrase(gold["outcome"], f.get("outcome")) + ov / 1000
    return max(over, key=score)


def score(results: dict, gold_rows: list[dict], verbose: bool = False) -> dict:
    by_article = defaultdict(list)
    for g in gold_rows:
        by_article[g["article"]].append(g)
    n_gold = found = right_q = agree = signs = signs_by_word = n_cands = other_frame = 0
    relations_of = defaultdict(set)  # (article, quote) -> the relations its gold rows assert
    for g in gold_rows:
        relations_of[(g["article"], g["quote"])].add(g["relation"])
    fields = Counter()
    misses, sign_list = [], []
    for article, golds in by_article.items():
        res = results.get(article)
        if res is None:
            continue
        n_cands += len(res["candidates"])
        for g in golds:
            n_gold += 1
            span = _span(res["text"], g["quote"])
            c = _match(g, res["candidates"], span) if span else None
            if c is None:
                misses.append(f"{article}: {g['quote']!r}")
                continue
            found += 1
            f = c["frame"]
            for fld in FIELDS:
                ok = field_ok(fld, g, f)
                fields[fld] += ok
                if verbose and not ok:
                    print(f"  field {fld}: gold {g.get(fld)!r} tool {f.get(fld)!r} | {g['quote'][:70]}")
            rq = same_phrase(g["question_intervention"], c["q_intervention"]) and same_phrase(
                g["question_outcome"], c["q_outcome"])
            right_q += rq
            if verbose and not rq:
                print(f"  question: gold {g['question_intervention']!r}/{g['question_outcome']!r} tool {c['question_id']} | {g['quote'][:60]}")
            tool_relation = f.get("relation")
            if tool_relation != g["relation"] and tool_relation in relations_of[(article, g["quote"])]:
                # the tool read the quote's other gold frame: that row judges its verdict
                other_frame += 1
                continue
            agree += c["verdict"] == g["gold_verdict"]
            if VERDICTS and c["verdict"] != g["gold_verdict"]:
                print(f"  verdict: gold {g['gold_verdict']} ({g['gold_side']}) tool {c['verdict']} [{c['question_id']}] | "
                      f"{g['quote'][:70]}\n      {c['rationale'][-400:]}")
            by_word = (g["gold_side"] == "backs" and c["verdict"] in AGAINST_VERDICTS) or (
                g["gold_side"] == "against" and c["verdict"] in BACKS_VERDICTS)
            # "not supported" with side "unclear" is the product's neutral (it says it cannot place the
            # claim, as the gold's own "not supported (unclear)" rows do): no side, so no sign error;
            # counted apart so the figure by the verdict word alone stays visible
            neutral = c["verdict"] == "not supported" and c.get("side") == "unclear"
            sign = by_word and not neutral
            signs_by_word += by_word
            if verbose and SHOW and SHOW.lower() in g["quote"].lower():
                print(f"  SHOW {g['quote']!r}: gold {g['gold_verdict']} | tool {c['question_id']} {c['verdict']}: {c['rationale']}")
            if sign:
                signs += 1
                sign_list.append(f"{article}: {g['quote'][:70]!r} gold {g['gold_verdict']} ({g['gold_side']}) tool {c['verdict']}")
    n_art_cands = n_cands
    return {"n_gold": n_gold, "recall": found / n_gold if n_gold else 0.0,
            "cands_per_gold": n_art_cands / n_gold if n_gold else 0.0,
            "fields": {k: fields[k] / found if found else 0.0 for k in FIELDS},
            "right_questions": right_q / found if found else 0.0,
            "verdict_agreement": agree / (found - other_frame) if found > other_frame else 0.0, "sign_errors": signs,
            "other_frame": other_frame,
            "sign_errors_by_verdict_word": signs_by_word,
            "misses": misses, "sign_list": sign_list, "found": found}


def _print(label: str, s: dict) -> None:
    print(f"{label}: {s['n_gold']} gold claims, recall {s['recall']:.2f} ({s['found']}), "
          f"{s['cands_per_gold']:.2f} candidates per gold claim")
    print("  frame fields: " + ", ".join(f"{k} {v:.2f}" for k, v in s["fields"].items()))
    print(f"  right questions {s['right_questions']:.2f}; verdict agreement {s['verdict_agreement']:.2f}; "
          f"SIGN ERRORS {s['sign_errors']} (by the verdict word alone, a neutral \"not supported\" "
          f"(side unclear) counted too: {s.get('sign_errors_by_verdict_word', s['sign_errors'])})"
          + (f"; {s['other_frame']} gold rows judged by their quote's other frame" if s.get("other_frame") else ""))


def _gold(path: Path, split: str) -> list[dict]:
    if not path.exists():
        return []
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    # "all" is dev + dev2 + test; the held-out splits (test2-test21; test2-test19 spent) are only ever read by name,
    # and so are dev3-dev10 (GOLD5's, GOLD7's, GOLD9's, GOLD10's, GOLD12's, GOLD20's, GOLD22's and GOLD24's development splits), so "all" figures
    # stay comparable.
    return [r for r in rows if (split == "all" and r.get("split") not in (
                "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16"))
            or r.get("split", "dev") == split or "split" not in r]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21", "all"))
    ap.add_argument("--code", type=Path, default=REPO, help="package checkout to measure (default: this one)")
    ap.add_argument("--compare", action="store_true", help="also measure the committed code (--base) in the same run")
    ap.add_argument("--base", default="HEAD", help="git revision of the previous code for --compare (default HEAD)")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--json", type=Path, help="write the figures as JSON")
    ap.add_argument("--min-score", type=float, default=None, help="extraction threshold (default: the extractor's)")
    ap.add_argument("--verdicts", action="store_true", help="print each verdict that differs from the gold one, with the tool's reasons")
    ap.add_argument("--show", default="", help="print the tool's rationale for gold quotes containing this text")
    args = ap.parse_args(argv)
    global SHOW, MIN_SCORE, VERDICTS
    SHOW, MIN_SCORE, VERDICTS = args.show, args.min_score, args.verdicts

    gold = _gold(GOLD, args.split)
    seeds = _gold(SEED_GOLD, "all") if args.split not in ("test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21") else []
    dev_articles = sorted({DEVSET / "articles" / g["article"] for g in gold})
    seed_articles = sorted({REPO / "data" / "articles" / g["article"] for g in seeds})
    targets = [("new", args.code)]
    tmp = None
    if args.compare:
        tmp = tempfile.TemporaryDirectory(prefix="tracker-head-")
        archive = subprocess.run(["git", "-C", str(REPO), "archive", args.base, "tracker", "data", "questions.csv", "pyproject.toml"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp.name], input=archive, check=True)
        targets.insert(0, (f"{args.base} (previous code)", Path(tmp.name)))
    report = {}
    for label, code in targets:
        results = run(code, dev_articles + seed_articles)
        print(f"== {label}: {code}")
        s = score(results, gold, args.verbose)
        _print(f"devset split={args.split}", s)
        report[label] = {"devset": {k: v for k, v in s.items() if k not in ("misses", "sign_list")}}
        if seeds:
            ss = score(results, seeds, args.verbose)
            _print("seeds", ss)
            report[label]["seeds"] = {k: v for k, v in ss.items() if k not in ("misses", "sign_list")}
        if args.verbose:
            for m in s["misses"] + (ss["misses"] if seeds else []):
                print("  missed:", m)
            for m in s["sign_list"] + (ss["sign_list"] if seeds else []):
                print("  SIGN:", m)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
