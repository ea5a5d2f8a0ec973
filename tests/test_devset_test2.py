"""The second held-out split (test2, issue #14) is present, valid and kept apart from development.

test2 was written blind to the tool and is run once, at the end, to measure generalisation; nobody
develops on it. These tests keep its articles, gold rows and negatives in place, make sure the
validator judges test2 rows, and that its HTML claims sit in the page's main text, not its boilerplate.
"""

import re
import subprocess
import sys

from tests.devset import DEVSET, ROOT, check_html_claims_in_main_text, checker, read_rows, write_rows

TEST2_ARTICLES = {
    "oralminoxidil-1.md", "stretchmarks-1.txt", "alopeciaareata-1.html",
    "melatonin-1.txt", "teatree-1.md", "fishoil-1.html",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"oralminoxidil-1.md", "stretchmarks-1.txt", "alopeciaareata-1.html"}


def _test2(name: str) -> list[dict]:
    return [r for r in read_rows(DEVSET / name) if r["split"] == "test2"]


def test_test2_has_its_six_articles_apart_from_every_other_split():
    gold, negs = _test2("gold_claims.csv"), _test2("negatives.csv")
    assert {r["article"] for r in gold} == TEST2_ARTICLES
    assert {r["article"] for r in negs} == TEST2_ARTICLES
    others = {r["article"] for r in read_rows(DEVSET / "gold_claims.csv") if r["split"] != "test2"}
    assert not others & TEST2_ARTICLES
    for name in TEST2_ARTICLES:
        assert (DEVSET / "articles" / name).exists(), name
        assert sum(r["article"] == name for r in gold) >= 15, name
    # Verdict sides are tested, not only absent topics.
    assert {"backs", "against", "unclear"} <= {r["gold_side"] for r in gold}
    for name in ON_SNAPSHOT:
        assert any(r["article"] == name and r["gold_verdict"] != "no evidence found" for r in gold), name
    for name in TEST2_ARTICLES - ON_SNAPSHOT:
        assert {r["gold_verdict"] for r in gold if r["article"] == name} == {"no evidence found"}, name


def test_test2_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'test2'" in proc.stdout


def test_validator_judges_test2_rows(tmp_path):
    rows = _test2("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # A verdict on the wrong side of the claim must be caught in test2 as in the other splits.
    i = next(i for i, r in enumerate(rows) if r["gold_verdict"] == "contradicted")
    flipped = rows[:i] + [dict(rows[i], gold_side="backs")] + rows[i + 1:]
    problems = checker().check(write_rows(tmp_path / "flipped.csv", flipped))
    assert any(f"flipped.csv:{i + 2}" in p and "inconsistent with verdict" in p for p in problems)
    # test3..test10 became real splits, so an unknown one is named "test99".
    unknown = [dict(r, split="test99") for r in rows]
    assert any("split='test99'" in p for p in checker().check(write_rows(tmp_path / "unknown.csv", unknown)))


def test_test2_negative_filed_under_another_split_is_rejected(tmp_path):
    gold = write_rows(tmp_path / "gold.csv", _test2("gold_claims.csv"))
    negs = _test2("negatives.csv")
    assert checker().check_negatives(write_rows(tmp_path / "neg_ok.csv", negs), gold) == []
    moved = [dict(negs[0], split="dev2")] + negs[1:]
    problems = checker().check_negatives(write_rows(tmp_path / "neg_bad.csv", moved), gold)
    assert any("neg_bad.csv:2" in p and "test2 in the gold rows" in p for p in problems)


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    check_html_claims_in_main_text("test2", [n for n in TEST2_ARTICLES if n.endswith(".html")])


def test_claims_benchmark_offers_test2_as_its_own_split():
    # Only the --split choices are checked here: the benchmark itself is not run on test2 (held out).
    source = (ROOT / "benchmarks" / "claims.py").read_text(encoding="utf-8")
    choices = re.search(r'"--split".*?choices=\(([^)]*)\)', source)
    assert choices and '"test2"' in choices.group(1)
