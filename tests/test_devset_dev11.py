"""The eleventh development split (dev11, issue #14) is present, valid and wired into the claims benchmark.

dev11 was written blind to the tool by GOLD26 in session 19 (labels before any run), in six copy styles: a
machine-translated import label, a patent publication page (.html), a health insurer's coverage policy (.html), a
gym's member newsletter, a parenting app's feed export and a newspaper's corrections column. It is development data,
measured blind once on the session-start code and kept out of tuning and training in session 19 as a check of
transfer. These tests keep its articles, gold rows and negatives in place, make sure the validator judges its rows,
that the HTML pages' claims sit in their main text, and that the claims benchmark reads dev11 by name (with the
seeds) but leaves it out of "all". Nothing here runs the tool on the articles.
"""

import re
import subprocess
import sys
from collections import Counter

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

DEV11_ARTICLES = {
    "lasercomblabel-1.txt", "botanicalpatent-1.html", "rfneedlingpolicy-1.html",
    "massagegunnewsletter-1.md", "teethingappfeed-1.txt", "ivdripcorrections-1.md",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"lasercomblabel-1.txt", "botanicalpatent-1.html", "rfneedlingpolicy-1.html"}


def _dev11(name: str) -> list[dict]:
    return split_rows(name, "dev11")


def _tags(row: dict) -> list[str]:
    return row["trap"].split(";")


def test_dev11_has_its_six_articles_apart_from_every_other_split():
    check_split_articles("dev11", DEV11_ARTICLES, ON_SNAPSHOT, (300, 560), min_gold=15)


def test_dev11_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    check_notes_cite_pmids("dev11")


def test_dev11_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev11'" in proc.stdout


def test_validator_judges_dev11_rows(tmp_path):
    rows = _dev11("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # the first contradicted row is the label's "no any bad reaction" with minoxidil
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "lasercomblabel-1.txt")


def test_dev11_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev11", "dev10")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    check_html_claims_in_main_text("dev11", ["botanicalpatent-1.html", "rfneedlingpolicy-1.html"])


def test_elliptical_answers_name_no_treatment_and_off_snapshot_pages_grade_only_comparators():
    gold = _dev11("gold_claims.csv")
    answers = [r for r in gold if "elliptical_answer" in _tags(r)]
    assert len(answers) >= 8
    # most answer a question that names the treatment; the answer itself does not
    assert sum(not re.search(r"laser|comb|amber|necklace|gun|massage|drip|minoxidil", r["quote"], re.I)
               for r in answers) >= 6
    off = DEV11_ARTICLES - ON_SNAPSHOT
    graded = [r for r in gold if r["article"] in off and r["gold_verdict"] != "no evidence found"]
    assert graded and all("comparator_subject" in _tags(r) for r in graded)


def test_translated_labels_broken_grammar_rows_are_kept():
    tagged = [r for r in _dev11("gold_claims.csv") if "translation_error" in _tags(r)]
    assert len(tagged) >= 10
    assert {r["article"] for r in tagged} == {"lasercomblabel-1.txt"}


def test_quoted_claims_the_writer_rejects_are_negatives_not_gold():
    gold, negs = _dev11("gold_claims.csv"), _dev11("negatives.csv")
    pages = {"ivdripcorrections-1.md", "massagegunnewsletter-1.md"}
    rebutted = [r for r in negs if r["article"] in pages and r["reason"] == "reported_belief_rebutted"]
    assert len(rebutted) >= 8
    for name in pages:
        text = (DEVSET / "articles" / name).read_text(encoding="utf-8")
        spans = [(text.index(r["quote"]), text.index(r["quote"]) + len(r["quote"]))
                 for r in gold if r["article"] == name]
        for r in (r for r in rebutted if r["article"] == name):
            start = text.index(r["quote"])
            end = start + len(r["quote"])
            assert not any(s < end and start < e for s, e in spans), name


def test_patents_legal_claims_and_vitamin_c_figures_are_negatives():
    gold, negs = _dev11("gold_claims.csv"), _dev11("negatives.csv")
    legal = [r for r in negs if r["reason"] == "legal_claim"]
    assert len(legal) == 3 and {r["article"] for r in legal} == {"botanicalpatent-1.html"}
    assert not any(r["quote"].startswith(("A topical composition comprising", "A method of reducing hair shedding"))
                   for r in gold)
    # "25 times" and "250 times the vitamin C of an orange" are product attributes, not magnitudes
    specs = [r["quote"] for r in negs if r["reason"] == "product_spec"]
    assert any(re.search(r"\b250 times\b", q) for q in specs)
    assert any(re.search(r"\b25 times\b", q) for q in specs)
    assert not any(re.search(r"\b250? times\b", r["quote"]) for r in gold)


def test_claims_benchmark_reads_dev11_by_name_with_the_seeds_and_not_in_all():
    check_claims_benchmark_reads_development_split("dev11", DEV11_ARTICLES)


def test_dev11_counts_are_the_ones_written():
    gold = _dev11("gold_claims.csv")
    assert len(gold) == 114 and len(_dev11("negatives.csv")) == 95
    assert Counter(r["gold_verdict"] for r in gold) == {
        "supported": 20, "partly supported": 28, "not supported": 7, "contradicted": 2, "no evidence found": 57}
    assert Counter(r["gold_side"] for r in gold) == {"backs": 45, "against": 6, "unclear": 63}
