"""The second development split (dev2, issue #14) is present, valid and checked like the others.

dev2 exists so the claim extractor can be developed on interventions and phrasings it has not been
tuned on; these tests keep its articles, gold rows and negatives in place and make sure the
validator really judges dev2 rows (a split it did not know would be rejected, not skipped).
"""

import subprocess
import sys

from tests.devset import DEVSET, ROOT, checker, read_rows, write_rows

DEV2_ARTICLES = {
    "caffeineshampoo-1.txt", "tranexamic-1.html", "sweat-1.md", "creatine-1.md",
    "zinc-1.txt", "biotin-1.md", "ketoconazole-1.html", "ashwagandha-1.txt",
}


def test_dev2_split_has_its_eight_articles_with_claims_and_negatives():
    gold = [r for r in read_rows(DEVSET / "gold_claims.csv") if r["split"] == "dev2"]
    negs = [r for r in read_rows(DEVSET / "negatives.csv") if r["split"] == "dev2"]
    assert {r["article"] for r in gold} == DEV2_ARTICLES
    assert {r["article"] for r in negs} == DEV2_ARTICLES
    for name in DEV2_ARTICLES:
        assert (DEVSET / "articles" / name).exists(), name
        assert sum(r["article"] == name for r in gold) >= 15, name
    # dev2 must test verdict sides, not only absent topics: some rows back and some go against the claim.
    sides = {r["gold_side"] for r in gold}
    assert {"backs", "against", "unclear"} <= sides


def test_dev2_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev2'" in proc.stdout


def test_validator_rejects_an_unknown_split_and_a_bad_dev2_quote(tmp_path):
    rows = [r for r in read_rows(DEVSET / "gold_claims.csv") if r["split"] == "dev2"]
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    unknown = [dict(r, split="dev99") if r["article"] == "zinc-1.txt" else r for r in rows]
    problems = checker().check(write_rows(tmp_path / "unknown.csv", unknown))
    assert any("split='dev99'" in p for p in problems)
    bad = [dict(rows[0], quote=rows[0]["quote"] + " and then some")] + rows[1:]
    problems = checker().check(write_rows(tmp_path / "bad.csv", bad))
    assert any("bad.csv:2" in p and "not found verbatim" in p for p in problems)


def test_validator_rejects_a_negative_filed_under_another_split(tmp_path):
    gold = write_rows(tmp_path / "gold.csv", [r for r in read_rows(DEVSET / "gold_claims.csv") if r["split"] == "dev2"])
    negs = [r for r in read_rows(DEVSET / "negatives.csv") if r["split"] == "dev2"]
    assert checker().check_negatives(write_rows(tmp_path / "neg_ok.csv", negs), gold) == []
    moved = [dict(negs[0], split="dev")] + negs[1:]
    problems = checker().check_negatives(write_rows(tmp_path / "neg_bad.csv", moved), gold)
    assert any("neg_bad.csv:2" in p and "dev2 in the gold rows" in p for p in problems)
