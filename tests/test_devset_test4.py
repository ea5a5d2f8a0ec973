"""The fourth held-out split (test4, issue #14) is present, valid and kept apart from development.

test4 was written blind to the tool by GOLD6 and is run once, by the lead, at the end of the session,
to report honest figures; nobody develops on it. These tests keep its articles, gold rows and negatives
in place, make sure the validator judges test4 rows, that its clinic page's claims sit in the page's main
text, not its boilerplate, and that the claims benchmark reads test4 only by name (never in "all",
never with seeds). Nothing here runs the tool on the articles.
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

TEST4_ARTICLES = {
    "minoxidilwomen-1.md", "screenmelasma-1.txt", "ledwrinkles-1.html",
    "ricewater-1.md", "snailmucin-1.txt", "glutathione-1.txt",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"minoxidilwomen-1.md", "screenmelasma-1.txt", "ledwrinkles-1.html"}


def _test4(name: str) -> list[dict]:
    return split_rows(name, "test4")


def test_test4_has_its_six_articles_apart_from_every_other_split():
    gold, negs = _test4("gold_claims.csv"), _test4("negatives.csv")
    assert {r["article"] for r in gold} == TEST4_ARTICLES
    assert {r["article"] for r in negs} == TEST4_ARTICLES
    others = {r["article"] for r in read_rows(DEVSET / "gold_claims.csv") if r["split"] != "test4"}
    assert not others & TEST4_ARTICLES
    for name in TEST4_ARTICLES:
        assert (DEVSET / "articles" / name).exists(), name
        assert sum(r["article"] == name for r in gold) >= 15, name
    # Verdict sides are tested, not only absent topics, and every verdict is used.
    assert {"backs", "against", "unclear"} <= {r["gold_side"] for r in gold}
    assert {"supported", "partly supported", "not supported", "contradicted", "no evidence found"} == {
        r["gold_verdict"] for r in gold}
    for name in ON_SNAPSHOT:
        assert any(r["article"] == name and r["gold_verdict"] != "no evidence found" for r in gold), name
    for name in TEST4_ARTICLES - ON_SNAPSHOT:
        assert {r["gold_verdict"] for r in gold if r["article"] == name} == {"no evidence found"}, name


def test_test4_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    for r in _test4("gold_claims.csv"):
        cites = re.search(r"\b\d{7,8}\b", r["note"])
        assert cites or "no snapshot record" in r["note"], (r["article"], r["quote"], r["note"])


def test_test4_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'test4'" in proc.stdout


def test_validator_judges_test4_rows(tmp_path):
    rows = _test4("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # A verdict on the wrong side and a quote edited away from the article are caught, naming the row.
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "minoxidilwomen-1.md")
    unknown = [dict(r, split="test9") for r in rows]
    assert any("split='test9'" in p for p in checker().check(write_rows(tmp_path / "unknown.csv", unknown)))


def test_test4_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "test4", "test3")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    pages = [n for n in TEST4_ARTICLES if n.endswith(".html")]
    assert pages
    check_html_claims_in_main_text("test4", pages)


def test_claims_benchmark_reads_test4_only_by_name():
    # Only the split selection is checked: the benchmark itself is not run on test4 (held out).
    source = (ROOT / "benchmarks" / "claims.py").read_text(encoding="utf-8")
    choices = re.search(r'"--split".*?choices=\(([^)]*)\)', source)
    assert choices and '"test4"' in choices.group(1)
    bench = claims_benchmark()
    assert {r["article"] for r in bench._gold(bench.GOLD, "test4")} == TEST4_ARTICLES
    every = bench._gold(bench.GOLD, "all")
    assert every and not {r["split"] for r in every} & {"test2", "test3", "test4"}
    assert not {r["article"] for r in every} & TEST4_ARTICLES
    # Seeds join the development splits only, never a held-out one (as for test, test2 and test3).
    assert re.search(r'args\.split not in \([^)]*"test4"', source)
