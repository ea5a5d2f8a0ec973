"""Validate the snapshot-v2 reference labels and report how well each question's query finds them.

Run: python benchmarks/labels/check_labels.py   (exit status 1 on any error)

Checks: every PMID exists in the snapshot and was captured 2026-12-05, every record has a label row
and at least one direction row, question ids resolve, enums are legal, and relevant=no rows carry no
direction. It then evaluates each query with a small matcher written here, independent of the
product's `tracker.pubmed_query` (the labels must stay blind to the tool), and prints for every
question which relevant records the query misses and which irrelevant labelled records it hits.
The matcher is an approximation (word tokens, no stemming, no MeSH explosion); it is a sanity check
on the labels' queries, not a measurement of the product.

It also validates the microneedling (first-capture) labels, `microneedling_records.csv` and
`microneedling_directions.csv` (`check_microneedling`): PMIDs of the 2026-11-21 capture, question ids
from the repository's `questions.csv`, the same enums, one row per record and per pair, and each
question in its declared half.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SNAPSHOT = HERE.parents[1] / "data" / "snapshot" / "records.jsonl"
CAPTURE = "2026-12-05"

DESIGNS = {"meta-analysis", "systematic review", "RCT", "non-randomised controlled", "cohort",
           "case-control", "cross-sectional", "case series", "case report", "narrative review",
           "guideline", "animal", "in vitro", "other"}
REVIEWS = {"meta-analysis", "systematic review"}
POOLS = {"RCTs", "observational", "case reports", "mixed", "unknown"}
POPULATIONS = {"human", "animal", "in vitro", "unknown"}
YES_NO_UNSTATED = {"yes", "no", "unstated"}
KINDS = {"efficacy", "safety", "mechanism"}
DIRECTIONS = {"supports", "no effect", "contradicts", "mixed", "unclear"}
CERTAINTIES = {"High", "Moderate", "Low", "Very low", "No evidence found"}
VERDICTS = {"supported", "partly supported", "not supported", "contradicted", "no evidence found"}


def read(name: str) -> list[dict[str, str]]:
    with open(HERE / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# --- a small PubMed-syntax matcher (left-to-right AND/OR/NOT, parentheses, phrases, *) ---------

TOKEN = re.compile(r'\s*(\(|\)|"[^"]*"(?:\[[^\]]+\])?|[^\s()"]+(?:\[[^\]]+\])?)')


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def phrase_in(pattern: list[str], tokens: list[str]) -> bool:
    """True when the pattern words occur consecutively; a trailing '*' word is a prefix."""
    n = len(pattern)
    for i in range(len(tokens) - n + 1):
        if all((tokens[i + k].startswith(p[:-1]) if p.endswith("*") else tokens[i + k] == p)
               for k, p in enumerate(pattern)):
            return True
    return False


def term_hits(term: str, rec: dict) -> bool:
    m = re.fullmatch(r'"?([^"\[]*)"?(?:\[([^\]]+)\])?', term)
    if not m:
        raise ValueError(f"cannot read term {term!r}")
    text, tag = m.group(1), (m.group(2) or "all").lower()
    pattern = [w + ("*" if text.strip().endswith("*") and i == len(words(text)) - 1 else "")
               for i, w in enumerate(words(text))]
    tiab = words((rec.get("title") or "") + " " + rec["synopsis"])
    if tag in ("tiab", "title/abstract"):
        return phrase_in(pattern, tiab)
    if tag in ("mh", "mesh terms"):
        return any(phrase_in(pattern, words(t)) for t in rec["mesh_terms"])
    if tag in ("pt", "publication type"):
        return any(phrase_in(pattern, words(t)) and len(words(t)) == len(pattern)
                   for t in rec["publication_types"])
    return phrase_in(pattern, tiab) or any(phrase_in(pattern, words(t)) for t in rec["mesh_terms"])


def evaluate(query: str, rec: dict) -> bool:
    tokens = [t for t in TOKEN.findall(query) if t]
    pos = 0

    def expr() -> bool:
        nonlocal pos
        value = operand()
        while pos < len(tokens) and tokens[pos] != ")":
            op = tokens[pos] if tokens[pos] in ("AND", "OR", "NOT") else "AND"
            if op == tokens[pos]:
                pos += 1
            rhs = operand()
            value = value and rhs if op == "AND" else value or rhs if op == "OR" else value and not rhs
        return value

    def operand() -> bool:
        nonlocal pos
        if pos >= len(tokens):
            raise ValueError(f"query ends early: {query[:80]}")
        tok = tokens[pos]
        pos += 1
        if tok == "(":
            value = expr()
            if pos >= len(tokens) or tokens[pos] != ")":
                raise ValueError(f"unbalanced parenthesis: {query[:80]}")
            pos += 1
            return value
        return term_hits(tok, rec)

    value = expr()
    if pos != len(tokens):
        raise ValueError(f"unexpected {tokens[pos]!r} in {query[:80]}")
    return value


# --- microneedling labels (first capture, issue #16 item 6) ---------------------------------------

FIRST_CAPTURE = "2026-11-21"
QUESTIONS = HERE.parents[1] / "questions.csv"
# The halves are fixed by question (README, "Microneedling labels"): never by what a run scores.
MN_HALVES = {
    "dev": {"mn-acne-scars", "mn-hair-loss", "mn-pain", "mn-adjunct-topical", "mn-pih-risk"},
    "test": {"mn-hyperpigmentation", "mn-erythema-downtime", "mn-stretch-marks", "rfmn-efficacy",
             "mn-scarring-risk"},
}
MN_RECORD_COLUMNS = ["pmid", "design", "review_pools", "n_participants", "n_pooled", "population",
                     "industry_funded", "text_complete", "note"]
MN_DIRECTION_COLUMNS = ["question_id", "pmid", "relevant", "direction", "effect", "note", "half"]


def record_row_errors(where: str, r: dict[str, str], snapshot: dict[str, dict]) -> list[str]:
    """The per-row rules of a records label file (design, pools, counts, population, completeness)."""
    errors: list[str] = []
    if r["design"] not in DESIGNS:
        errors.append(f"{where}: design {r['design']!r}")
    if (r["review_pools"] in POOLS) != (r["design"] in REVIEWS):
        errors.append(f"{where}: review_pools {r['review_pools']!r} for design {r['design']!r}")
    if r["population"] not in POPULATIONS or r["industry_funded"] not in YES_NO_UNSTATED:
        errors.append(f"{where}: population/industry_funded {r['population']!r}/{r['industry_funded']!r}")
    for col in ("n_participants", "n_pooled"):
        if r[col] and not r[col].isdigit():
            errors.append(f"{where}: {col} {r[col]!r} is not a count")
    if r["n_pooled"] and r["design"] not in REVIEWS:
        errors.append(f"{where}: n_pooled on a non-review")
    expected = "yes" if snapshot[r["pmid"]]["synopsis_complete"] else "no"
    if r["text_complete"] != expected:
        errors.append(f"{where}: text_complete should be {expected}")
    return errors


def direction_row_errors(where: str, d: dict[str, str]) -> list[str]:
    """A direction only on a relevant row, and one of the legal directions."""
    if d["relevant"] == "yes" and d["direction"] not in DIRECTIONS:
        return [f"{where}: direction {d['direction']!r}"]
    if d["relevant"] == "no" and d["direction"]:
        return [f"{where}: irrelevant row carries a direction"]
    if d["relevant"] not in ("yes", "no"):
        return [f"{where}: relevant {d['relevant']!r}"]
    return []


def read_checked(folder: Path, name: str, columns: list[str], errors: list[str]) -> list[dict[str, str]]:
    """Rows of a label file, or none (with an error) when it is missing or its header is not `columns`."""
    path = folder / name
    if not path.exists():
        errors.append(f"{name}: missing")
        return []
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != columns:
            errors.append(f"{name}: columns {reader.fieldnames} should be {columns}")
            return []
        rows = list(reader)
    for i, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            errors.append(f"{name} row {i}: wrong number of fields")
    return [r for r in rows if None not in r and all(v is not None for v in r.values())]


def check_microneedling(snapshot: dict[str, dict], folder: Path = HERE) -> tuple[list[str], str]:
    """Errors in the microneedling label files in `folder`, and a one-line summary."""
    errors: list[str] = []
    with open(QUESTIONS, newline="", encoding="utf-8") as f:
        kinds = {q["question_id"]: q["kind"] for q in csv.DictReader(f)}
    half_of = {qid: half for half, qids in MN_HALVES.items() for qid in qids}
    for qid in half_of:
        if qid not in kinds:
            errors.append(f"MN_HALVES: {qid} is not in questions.csv")

    rname, dname = "microneedling_records.csv", "microneedling_directions.csv"
    records = read_checked(folder, rname, MN_RECORD_COLUMNS, errors)
    seen: set[str] = set()
    for i, r in enumerate(records, start=2):
        where = f"{rname} row {i} (pmid {r['pmid']})"
        if r["pmid"] not in snapshot or snapshot[r["pmid"]]["captured"] != FIRST_CAPTURE:
            errors.append(f"{where}: pmid not a {FIRST_CAPTURE} snapshot record")
            continue
        if r["pmid"] in seen:
            errors.append(f"{where}: duplicate pmid")
        seen.add(r["pmid"])
        errors.extend(record_row_errors(where, r, snapshot))

    directions = read_checked(folder, dname, MN_DIRECTION_COLUMNS, errors)
    pairs: set[tuple[str, str]] = set()
    for i, d in enumerate(directions, start=2):
        where = f"{dname} row {i} ({d['question_id']}, {d['pmid']})"
        if d["question_id"] not in kinds:
            errors.append(f"{where}: unknown question_id")
        if d["pmid"] not in seen:
            errors.append(f"{where}: pmid has no row in {rname}")
        errors.extend(direction_row_errors(where, d))
        if d["half"] != half_of.get(d["question_id"]):
            errors.append(f"{where}: half {d['half']!r}, the question belongs to "
                          f"{half_of.get(d['question_id'], 'no half')!r}")
        if (d["question_id"], d["pmid"]) in pairs:
            errors.append(f"{where}: duplicate pair")
        pairs.add((d["question_id"], d["pmid"]))
    unlabelled = seen - {p for _, p in pairs}
    if unlabelled:
        errors.append(f"{dname}: records without any row {sorted(unlabelled)}")

    relevant = [d for d in directions if d["relevant"] == "yes"]
    summary = (f"microneedling: {len(records)} records, {len(directions)} direction rows "
               f"({len(relevant)} relevant; dev {sum(d['half'] == 'dev' for d in directions)}, "
               f"test {sum(d['half'] == 'test' for d in directions)})")
    return errors, summary


def main() -> int:
    errors: list[str] = []
    snapshot = {r["pmid"]: r for r in map(json.loads, SNAPSHOT.read_text(encoding="utf-8").splitlines())}
    new = {p for p, r in snapshot.items() if r["captured"] == CAPTURE}

    records = read("snapshot_v2_records.csv")
    seen: set[str] = set()
    for i, r in enumerate(records, start=2):
        where = f"snapshot_v2_records.csv row {i} (pmid {r['pmid']})"
        if r["pmid"] not in snapshot:
            errors.append(f"{where}: pmid not in snapshot")
            continue
        if r["pmid"] in seen:
            errors.append(f"{where}: duplicate pmid")
        seen.add(r["pmid"])
        errors.extend(record_row_errors(where, r, snapshot))
    if seen != new:
        errors.append(f"records.csv: missing {sorted(new - seen)}, extra {sorted(seen - new)}")

    questions = {q["question_id"]: q for q in read("snapshot_v2_questions.csv")}
    for qid, q in questions.items():
        if q["kind"] not in KINDS:
            errors.append(f"questions.csv {qid}: kind {q['kind']!r}")
        if q["kind"] == "safety" and not q["statement"].startswith(("Does", "Do ")):
            errors.append(f"questions.csv {qid}: safety question not phrased 'does X cause Y?'")

    directions = read("snapshot_v2_directions.csv")
    labelled: dict[str, dict[str, str]] = {}
    for i, d in enumerate(directions, start=2):
        where = f"snapshot_v2_directions.csv row {i} ({d['question_id']}, {d['pmid']})"
        if d["question_id"] not in questions:
            errors.append(f"{where}: unknown question_id")
        if d["pmid"] not in new:
            errors.append(f"{where}: pmid not a 2026-12-05 snapshot record")
        errors.extend(direction_row_errors(where, d))
        if d["pmid"] in labelled.get(d["question_id"], {}):
            errors.append(f"{where}: duplicate pair")
        labelled.setdefault(d["question_id"], {})[d["pmid"]] = d["relevant"]
    unlabelled = new - {d["pmid"] for d in directions}
    if unlabelled:
        errors.append(f"directions.csv: records without any row {sorted(unlabelled)}")

    # Records of the first capture (2026-11-21) that the v2 queries also find, labelled the same way.
    extra = read("snapshot_v2_directions_v1_hits.csv")
    extra_labelled: dict[str, dict[str, str]] = {}
    for i, d in enumerate(extra, start=2):
        where = f"snapshot_v2_directions_v1_hits.csv row {i} ({d['question_id']}, {d['pmid']})"
        if d["question_id"] not in questions:
            errors.append(f"{where}: unknown question_id")
        if d["pmid"] not in snapshot or d["pmid"] in new:
            errors.append(f"{where}: pmid is not a first-capture snapshot record")
        errors.extend(direction_row_errors(where, d))
        extra_labelled.setdefault(d["question_id"], {})[d["pmid"]] = d["relevant"]

    certainty = read("snapshot_v2_certainty.csv")
    for c in certainty:
        if c["question_id"] not in questions:
            errors.append(f"certainty.csv {c['question_id']}: unknown question_id")
        if c["certainty"] not in CERTAINTIES or c["verdict"] not in VERDICTS:
            errors.append(f"certainty.csv {c['question_id']}: certainty/verdict not legal")
    if {c["question_id"] for c in certainty} != set(questions):
        errors.append("certainty.csv: not one row per question")

    # How well each query finds its labelled records (new capture only).
    total_rel = total_found = 0
    for qid, q in questions.items():
        try:
            hits = {p for p in new if evaluate(q["query"], snapshot[p])}
        except ValueError as e:
            errors.append(f"questions.csv {qid}: {e}")
            continue
        rel = {p for p, v in labelled.get(qid, {}).items() if v == "yes"}
        missed = sorted(rel - hits)
        unlabelled_hits = sorted(hits - set(labelled.get(qid, {})))
        old_hits = {p for p in snapshot if p not in new and evaluate(q["query"], snapshot[p])}
        old_unlabelled = sorted(old_hits - set(extra_labelled.get(qid, {})))
        if old_unlabelled:
            errors.append(f"{qid}: first-capture hits without a label row {old_unlabelled}")
        total_rel += len(rel)
        total_found += len(rel & hits)
        print(f"{qid}: {len(hits)} hits, relevant found {len(rel & hits)}/{len(rel)}"
              + (f", missed {missed}" if missed else "")
              + (f", hits without a label row {unlabelled_hits}" if unlabelled_hits else ""))
    print(f"overall recall of relevant=yes pairs by the labels' own queries: {total_found}/{total_rel}")

    print(f"{len(records)} records, {len(questions)} questions, {len(directions)} direction rows, "
          f"{len(certainty)} certainty rows, {len(extra)} rows for first-capture hits")
    mn_errors, mn_summary = check_microneedling(snapshot)
    errors.extend(mn_errors)
    print(mn_summary)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
