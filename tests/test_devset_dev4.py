"""The fourth development split (dev4, issue #14) is present, valid and wired into the claims benchmark.

dev4 was written blind to the tool by GOLD7 (labels before any run) in article styles no earlier split
uses (podcast transcript, brand press release, numbered listicle, newsletter with a Myth / Fact section,
product listing with reviews, a 12-week blog diary); engineers may read it and tune on it. These tests keep
its articles, gold rows and negatives in place, make sure the validator judges dev4 rows, that the HTML pages'
claims sit in the main text and their boilerplate outside it, that the rebutted myths are negatives while
the rebuttals are gold rows, and that the claims benchmark reads dev4 by name (with the seeds, as for the
other development splits) but leaves it out of "all". Nothing here runs the tool on the articles.
"""

import re
import subprocess
import sys

from tests.devset import (
    DEVSET,
    ROOT,
    check_claims_benchmark_reads_development_split,
    check_flipped_and_edited_rows_are_caught,
    check_html_claims_in_main_text,
    check_negative_under_another_split_is_rejected,
    check_notes_cite_pmids,
    check_split_articles,
    checker,
    split_rows,
    write_rows,
)

DEV4_ARTICLES = {
    "marinecollagen-1.txt", "bakuchiol-1.html", "adapalene-1.md",
    "onionjuice-1.txt", "beardfoam-1.html", "scalpmassage-1.md",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"marinecollagen-1.txt", "adapalene-1.md", "beardfoam-1.html"}


def _dev4(name: str) -> list[dict]:
    return split_rows(name, "dev4")


def test_dev4_has_its_six_articles_apart_from_every_other_split():
    check_split_articles("dev4", DEV4_ARTICLES, ON_SNAPSHOT, (350, 650), min_gold=15)


def test_dev4_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    check_notes_cite_pmids("dev4")


def test_dev4_myths_are_negatives_and_their_rebuttals_gold_rows():
    # The newsletter's MYTH lines are beliefs the article rebuts (no claim of its own); the FACT lines
    # that deny them are the article's claims.
    text = (DEVSET / "articles" / "onionjuice-1.txt").read_text(encoding="utf-8")
    myths = [m.strip() for m in re.findall(r"^MYTH: (.*)$", text, re.M)]
    negs = {r["quote"]: r["reason"] for r in _dev4("negatives.csv") if r["article"] == "onionjuice-1.txt"}
    assert len(myths) == 5
    for myth in myths:
        assert negs.get(myth) in ("reported_belief_rebutted",), myth
    gold = [r for r in _dev4("gold_claims.csv") if r["article"] == "onionjuice-1.txt"]
    assert any("rebuttal" in r["trap"] and r["relation"] == "no_effect" for r in gold)
    # Privatives that name an ingredient left out are product specs, never claims.
    assert {r["reason"] for r in _dev4("negatives.csv") if "-free" in r["quote"]} == {"product_spec"}


def test_dev4_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev4'" in proc.stdout


def test_validator_judges_dev4_rows(tmp_path):
    rows = _dev4("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # A verdict on the wrong side and a quote edited away from the article are caught, naming the row.
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "beardfoam-1.html")


def test_dev4_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev4", "dev3")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    pages = [n for n in DEV4_ARTICLES if n.endswith(".html")]
    assert len(pages) == 2
    check_html_claims_in_main_text("dev4", pages)


def test_claims_benchmark_reads_dev4_by_name_with_the_seeds_and_not_in_all():
    check_claims_benchmark_reads_development_split("dev4", DEV4_ARTICLES)
