"""Validate the dev-set gold CSVs: every quote is a verbatim substring of its article, enum values are legal.

Usage: python benchmarks/devset/check_gold.py [gold.csv ...]
Defaults to gold_claims.csv and seed_gold.csv next to this file, plus negatives.csv (spans that
must yield no claim). Exits 1 and lists every problem (file, row, column) if anything is wrong;
prints per-file counts otherwise. Standard library only.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

COLUMNS = [
    "article", "quote", "intervention", "comparator", "outcome", "population", "relation",
    "magnitude_value", "magnitude_unit", "magnitude_kind", "magnitude_bound", "time_frame_days",
    "strength", "question_intervention", "question_outcome", "gold_verdict", "gold_side", "trap",
    "split", "note",
]
ENUMS = {
    "relation": {"benefit", "harm", "denies_harm", "no_effect", "superior", "equivalent", "mechanism"},
    "magnitude_kind": {"", "percent_change", "fold", "proportion", "absolute", "duration", "sessions"},
    "magnitude_bound": {"", "typical", "max", "min"},
    "strength": {"hedged", "plain", "strong", "absolute"},
    "gold_verdict": {"supported", "partly supported", "not supported", "contradicted", "no evidence found"},
    "gold_side": {"backs", "against", "unclear"},
    # dev2: a second development split written blind after dev/test had been tuned on (see README).
    # test2: a second held-out split, written blind, run once at the end (nobody develops on it).
    # test3: a third held-out split, written blind by GOLD4, run once by the lead at the end.
    # dev3: a third development split written blind by GOLD5; engineers may read and tune on it.
    # test4: a fourth held-out split written blind by GOLD6, run once by the lead at the end.
    # dev4: a fourth development split written blind by GOLD7 (unseen article styles); engineers may tune on it.
    # test5: a fifth held-out split written blind by GOLD8 (real-world copy styles); spent (reported twice), development
    # data since session 12.
    # dev5: a fifth development split written blind by GOLD9 (real-world copy styles); engineers may tune on it.
    # dev6: a sixth development split written blind by GOLD10 (more real-world copy styles); engineers may tune on it.
    # test6: a sixth held-out split written blind by GOLD11 (session 10); spent, development data since session 12.
    # dev7: a seventh development split written blind by GOLD12 (test6's copy styles, other topics); tune on it.
    # test7: a seventh held-out split written blind in parallel (session 11), run once by the lead at the end.
    # test8: an eighth held-out split written blind by GOLD14 (session 12); spent, development data since session 14.
    # test9, test10: ninth and tenth held-out splits written blind by GOLD15, GOLD16 (session 13); spent, development
    # data since session 15.
    # test11: an eleventh held-out split written blind by GOLD17 (session 14); spent, development data since session 16.
    # test12: a twelfth held-out split written blind by GOLD18 (session 15); spent, development data since session 17.
    # test13: a thirteenth held-out split written blind by GOLD19 (session 16); spent, development data since session 18.
    # dev8: an eighth development split written blind by GOLD20 (session 16); tune and train on it.
    # dev9: a ninth development split written blind by GOLD22 (session 17); tune and train on it.
    # test14: a fourteenth held-out split written blind by GOLD21 (session 17); spent, development data since session 19.
    # dev10: a tenth development split written blind by GOLD24 (session 18); a transfer check that session.
    # test15: a fifteenth held-out split written blind by GOLD23 (session 18); spent, development data since session 20.
    # test16: a sixteenth held-out split written blind by GOLD25 (session 19); spent, development data since session 21.
    # dev11: an eleventh development split written blind by GOLD26 (session 19); a transfer check that session.
    # test17: a seventeenth held-out split written blind by GOLD27 (session 20); spent, development data since session 22.
    # dev12: a twelfth development split written blind by GOLD28 (session 20); a transfer check that session.
    # test18: an eighteenth held-out split written blind by GOLD29 (session 21); spent, development data since session 23.
    # dev13: a thirteenth development split written blind by GOLD30 (session 21); a transfer check that session.
    # test19: a nineteenth held-out split written blind by GOLD31 (session 22); spent, development data since session 24.
    # dev14: a fourteenth development split written blind by GOLD32 (session 22); a transfer check that session.
    # test20: a twentieth held-out split written blind by GOLD33 (session 23), run once by the lead at the end.
    # dev15: a fifteenth development split written blind by GOLD34 (session 23); a transfer check that session.
    # test21: a twenty-first held-out split written blind by GOLD35 (session 24), run once by the lead at the end.
    # dev16: a sixteenth development split written blind by GOLD36 (session 24); a transfer check that session.
    "split": {"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "test17", "test18", "test19", "test20", "test21", "test", "test2", "test3", "test4", "test5", "test6",
              "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "seed"},
}
# Which sides a verdict may take: a supported claim cannot sit "against", a contradicted one cannot "back".
SIDES_FOR_VERDICT = {
    "supported": {"backs"},
    "partly supported": {"backs", "unclear"},
    "not supported": {"against", "unclear"},
    "contradicted": {"against"},
    "no evidence found": {"unclear"},
}
LOWER_COLUMNS = ("intervention", "comparator", "outcome", "question_intervention", "question_outcome")


def article_path(name: str, split: str) -> Path:
    if split == "seed":
        return REPO / "data" / "articles" / name
    return HERE / "articles" / name


def check(path: Path) -> list[str]:
    problems: list[str] = []
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != COLUMNS:
            return [f"{path.name}: header is {reader.fieldnames}, expected {COLUMNS}"]
        rows = list(reader)
    texts: dict[Path, str] = {}
    split_of_article: dict[str, str] = {}
    for i, row in enumerate(rows, start=2):  # row 1 is the header
        where = f"{path.name}:{i}"
        for col, legal in ENUMS.items():
            if row[col] not in legal:
                problems.append(f"{where}: {col}={row[col]!r} not in {sorted(legal)}")
        for col in ("article", "quote", "intervention", "outcome", "question_intervention", "question_outcome", "note"):
            if not row[col].strip():
                problems.append(f"{where}: {col} is empty")
        for col in LOWER_COLUMNS:
            if row[col] != row[col].lower():
                problems.append(f"{where}: {col}={row[col]!r} is not lower case")
        for col in ("magnitude_value", "time_frame_days"):
            if row[col]:
                try:
                    float(row[col])
                except ValueError:
                    problems.append(f"{where}: {col}={row[col]!r} is not a number")
        if bool(row["magnitude_value"]) != bool(row["magnitude_kind"]):
            problems.append(f"{where}: magnitude_value and magnitude_kind must be both set or both blank")
        if row["magnitude_kind"] and not row["magnitude_bound"]:
            problems.append(f"{where}: magnitude_bound missing for a magnitude")
        if row["gold_verdict"] in SIDES_FOR_VERDICT and row["gold_side"] not in SIDES_FOR_VERDICT[row["gold_verdict"]]:
            problems.append(f"{where}: side {row['gold_side']!r} inconsistent with verdict {row['gold_verdict']!r}")
        if row["relation"] in ("superior", "equivalent") and not row["comparator"]:
            problems.append(f"{where}: comparative relation {row['relation']!r} without a comparator")
        previous = split_of_article.setdefault(row["article"], row["split"])
        if previous != row["split"]:
            problems.append(f"{where}: article {row['article']} is in split {previous} and {row['split']}")
        art = article_path(row["article"], row["split"])
        if art not in texts:
            if not art.exists():
                problems.append(f"{where}: article file {art} not found")
                texts[art] = ""
                continue
            texts[art] = art.read_text(encoding="utf-8")
        if row["quote"] and row["quote"] not in texts[art]:
            problems.append(f"{where}: quote not found verbatim in {row['article']}: {row['quote'][:70]!r}")
        elif row["quote"] and texts[art].lower().count(row["quote"].lower()) > 1:
            # A quote must pin down one occurrence; repeats (TL;DR and body) get distinct spans.
            problems.append(f"{where}: quote occurs more than once (ignoring case) in {row['article']}: {row['quote'][:70]!r}")
    # Rows sharing one quote are allowed only as a two-part claim (different intervention, outcome or relation).
    groups: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        groups.setdefault((row["article"], row["quote"]), []).append(row)
    for (name, quote), group in groups.items():
        if len(group) < 2:
            continue
        keys = {(r["intervention"], r["outcome"], r["relation"]) for r in group}
        if len(keys) < len(group):
            problems.append(f"{path.name}: {len(group)} identical rows for quote {quote[:60]!r} in {name}")
    if not problems:
        print(f"{path.name}: {len(rows)} rows, {len(split_of_article)} articles; "
              f"splits {dict(Counter(r['split'] for r in rows))}; "
              f"verdicts {dict(Counter(r['gold_verdict'] for r in rows))}")
    return problems


def check_negatives(path: Path, gold: Path) -> list[str]:
    """Negative spans (disclaimers, boilerplate, rebutted beliefs) must exist and must not overlap a gold quote."""
    problems: list[str] = []
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    quotes: dict[str, list[str]] = {}
    gold_split: dict[str, str] = {}
    if gold.exists():
        with gold.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                quotes.setdefault(row["article"], []).append(row["quote"])
                gold_split.setdefault(row["article"], row["split"])
    for i, row in enumerate(rows, start=2):
        where = f"{path.name}:{i}"
        if row["split"] not in ENUMS["split"]:
            problems.append(f"{where}: split={row['split']!r} not in {sorted(ENUMS['split'])}")
        elif row["article"] in gold_split and gold_split[row["article"]] != row["split"]:
            # A split is per article: a negative span cannot sit in another split than the article's claims.
            problems.append(f"{where}: {row['article']} is split {gold_split[row['article']]} in the gold rows, {row['split']} here")
        art = article_path(row["article"], row["split"])
        text = art.read_text(encoding="utf-8") if art.exists() else ""
        if row["quote"] not in text:
            problems.append(f"{where}: negative span not found verbatim in {row['article']}: {row['quote'][:70]!r}")
            continue
        start = text.index(row["quote"])
        end = start + len(row["quote"])
        for q in quotes.get(row["article"], []):
            qs = text.find(q)
            if qs != -1 and qs < end and start < qs + len(q):
                problems.append(f"{where}: negative span overlaps gold quote {q[:50]!r}")
    if not problems:
        print(f"{path.name}: {len(rows)} negative spans")
    return problems


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [p for p in (HERE / "gold_claims.csv", HERE / "seed_gold.csv") if p.exists()]
    problems = [p for path in paths for p in check(path)]
    if not argv and (HERE / "negatives.csv").exists():
        problems += check_negatives(HERE / "negatives.csv", HERE / "gold_claims.csv")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
