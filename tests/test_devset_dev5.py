"""The fifth development split (dev5, issue #14) is present, valid and wired into the claims benchmark.

dev5 was written blind to the tool by GOLD9 (labels before any run) in real-world copy styles no earlier
split uses (a practitioner's Reddit AMA, a short-video transcript with on-screen text, a pharmacy patient
leaflet, a celebrity-routine magazine feature, a brand comparison-table landing page, a brand marketing
e-mail); engineers may read it and tune on it. These tests keep its articles, gold rows and negatives in
place, make sure the validator judges dev5 rows, that the landing page's claims (table cells included) sit
in its main text and its boilerplate outside it, that interventions are named the way copy names them, and
that the claims benchmark reads dev5 by name (with the seeds) but leaves it out of "all". Nothing here runs
the tool on the articles.
"""

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

DEV5_ARTICLES = {
    "dermaplaning-1.txt", "hyaluronpen-1.txt", "oralminoxwomen-1.md",
    "prpundereye-1.md", "microneedlepatch-1.html", "copperpeptide-1.txt",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"oralminoxwomen-1.md", "prpundereye-1.md", "microneedlepatch-1.html"}


def _dev5(name: str) -> list[dict]:
    return split_rows(name, "dev5")


def test_dev5_has_its_six_articles_apart_from_every_other_split():
    check_split_articles("dev5", DEV5_ARTICLES, ON_SNAPSHOT, (300, 600), min_gold=10)


def test_dev5_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    check_notes_cite_pmids("dev5")


def test_dev5_names_interventions_as_copy_does():
    # The split exists to test how a claim's subject is found: a product noun or pronoun in the quote,
    # an ingredient inside a product, a combination, a device by its form factor, a table cell whose
    # subject is its column head. Each kind must be present, and the quote must not spell out the
    # normalised intervention for most rows.
    gold = _dev5("gold_claims.csv")
    traps = {t for r in gold for t in r["trap"].split(";")}
    assert {"pronoun_subject", "ingredient_in_product", "combination", "device_form_factor", "table_cell",
            "implicit_subject", "product_name"} <= traps
    unnamed = [r for r in gold if r["question_intervention"] not in r["quote"].lower()]
    assert len(unnamed) >= 0.6 * len(gold)
    # A combination and an ingredient in a product keep their own normalised subject, never the comparator.
    for r in gold:
        if r["relation"] in ("superior", "equivalent"):
            assert r["comparator"] and r["comparator"] != r["intervention"], r["quote"]


def test_dev5_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev5'" in proc.stdout


def test_validator_judges_dev5_rows(tmp_path):
    rows = _dev5("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # A verdict on the wrong side and a quote edited away from the article are caught, naming the row.
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "microneedlepatch-1.html")


def test_dev5_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev5", "dev4")


def test_landing_page_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    pages = [n for n in DEV5_ARTICLES if n.endswith(".html")]
    assert pages == ["microneedlepatch-1.html"]
    check_html_claims_in_main_text("dev5", pages)
    # Some claims are table cells: the quote is a whole cell, and the row says so.
    text = (DEVSET / "articles" / pages[0]).read_text(encoding="utf-8")
    cells = [r for r in _dev5("gold_claims.csv") if "table_cell" in r["trap"]]
    assert len(cells) >= 5
    for r in cells:
        assert f"<td>{r['quote']}</td>" in text, r["quote"]


def test_claims_benchmark_reads_dev5_by_name_with_the_seeds_and_not_in_all():
    check_claims_benchmark_reads_development_split("dev5", DEV5_ARTICLES)
