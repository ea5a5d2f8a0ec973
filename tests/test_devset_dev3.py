"""The third development split (dev3, issue #14) is present, valid and wired into the claims benchmark.

dev3 was written blind to the tool by GOLD5 (labels before any run); engineers may read it and tune on it.
These tests keep its articles, gold rows and negatives in place, make sure the validator judges dev3 rows,
that the listicle's claims sit in the page's main text and its boilerplate outside it, and that the claims
benchmark reads dev3 by name (with the seeds, as for dev and dev2) but leaves it out of "all".
Nothing here runs the tool on the articles.
"""

import re
import subprocess
import sys

from tests.devset import (
    DEVSET,
    ROOT,
    check_flipped_and_edited_rows_are_caught,
    check_html_claims_in_main_text,
    check_negative_under_another_split_is_rejected,
    checker,
    claims_benchmark,
    read_rows,
    split_rows,
    write_rows,
)

DEV3_ARTICLES = {
    "redlighthair-1.txt", "collagennails-1.txt", "dermapen-1.md",
    "magnesium-1.html", "castoroil-1.md", "vitamind-1.txt",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"redlighthair-1.txt", "collagennails-1.txt", "dermapen-1.md"}


def _dev3(name: str) -> list[dict]:
    return split_rows(name, "dev3")


def test_dev3_has_its_six_articles_apart_from_every_other_split():
    gold, negs = _dev3("gold_claims.csv"), _dev3("negatives.csv")
    assert {r["article"] for r in gold} == DEV3_ARTICLES
    assert {r["article"] for r in negs} == DEV3_ARTICLES
    others = {r["article"] for r in read_rows(DEVSET / "gold_claims.csv") if r["split"] != "dev3"}
    assert not others & DEV3_ARTICLES
    for name in DEV3_ARTICLES:
        text = (DEVSET / "articles" / name).read_text(encoding="utf-8")
        assert 400 <= len(re.sub(r"<[^>]+>", " ", text).split()) <= 750, name
        assert sum(r["article"] == name for r in gold) >= 15, name
    # Verdict sides are tested, not only absent topics, and every verdict is used.
    assert {"backs", "against", "unclear"} <= {r["gold_side"] for r in gold}
    assert {"supported", "partly supported", "not supported", "contradicted", "no evidence found"} == {
        r["gold_verdict"] for r in gold}
    for name in ON_SNAPSHOT:
        assert any(r["article"] == name and r["gold_verdict"] != "no evidence found" for r in gold), name
    for name in DEV3_ARTICLES - ON_SNAPSHOT:
        assert {r["gold_verdict"] for r in gold if r["article"] == name} == {"no evidence found"}, name


def test_dev3_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    for r in _dev3("gold_claims.csv"):
        cites = re.search(r"\b\d{7,8}\b", r["note"])
        assert cites or "no snapshot record" in r["note"], (r["article"], r["quote"], r["note"])


def test_dev3_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev3'" in proc.stdout


def test_validator_judges_dev3_rows(tmp_path):
    rows = _dev3("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # A verdict on the wrong side and a quote edited away from the article are caught, naming the row.
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "dermapen-1.md")


def test_dev3_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev3", "dev2")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    pages = [n for n in DEV3_ARTICLES if n.endswith(".html")]
    assert pages
    check_html_claims_in_main_text("dev3", pages)


def test_claims_benchmark_reads_dev3_by_name_with_the_seeds_and_not_in_all():
    # Only the split selection is checked; the benchmark itself is not run here.
    source = (ROOT / "benchmarks" / "claims.py").read_text(encoding="utf-8")
    choices = re.search(r'"--split".*?choices=\(([^)]*)\)', source)
    assert choices and '"dev3"' in choices.group(1)
    bench = claims_benchmark()
    assert {r["article"] for r in bench._gold(bench.GOLD, "dev3")} == DEV3_ARTICLES
    every = bench._gold(bench.GOLD, "all")
    assert every and "dev3" not in {r["split"] for r in every}
    assert not {r["article"] for r in every} & DEV3_ARTICLES
    # dev3 is development data: the seeds are scored with it (they are left out only for held-out splits).
    held_out = re.search(r'args\.split not in \(([^)]*)\)', source)
    assert held_out and '"dev3"' not in held_out.group(1)
