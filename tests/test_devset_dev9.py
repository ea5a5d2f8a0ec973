"""The ninth development split (dev9, issue #14) is present, valid and wired into the claims benchmark.

dev9 was written blind to the tool by GOLD22 in session 17 (labels before any run), in six copy styles no
earlier split has: a patient decision aid, a consultant's letter to a GP, a retailer's recall notice (.html),
a fact-check with a rating (.html), a cruise ship's daily programme and a business directory listing. It is
development data from the start: the learned readers train on it. These tests keep its articles, gold rows
and negatives in place, make sure the validator judges its rows, that the HTML pages' claims sit in their
main text, and that the claims benchmark reads dev9 by name (with the seeds) but leaves it out of "all".
Nothing here runs the tool on the articles.
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

DEV9_ARTICLES = {
    "rfneedlingaid-1.md", "minoxidilgpletter-1.txt", "ledmaskrecall-1.html",
    "teatreefactcheck-1.html", "scalpscrubcruise-1.txt", "steamlisting-1.md",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"rfneedlingaid-1.md", "minoxidilgpletter-1.txt", "ledmaskrecall-1.html"}


def _dev9(name: str) -> list[dict]:
    return split_rows(name, "dev9")


def test_dev9_has_its_six_articles_apart_from_every_other_split():
    check_split_articles("dev9", DEV9_ARTICLES, ON_SNAPSHOT, (300, 560), min_gold=15)


def test_dev9_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    check_notes_cite_pmids("dev9")


def test_dev9_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev9'" in proc.stdout


def test_validator_judges_dev9_rows(tmp_path):
    rows = _dev9("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "minoxidilgpletter-1.txt")


def test_dev9_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev9", "dev8")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    check_html_claims_in_main_text("dev9", ["ledmaskrecall-1.html", "teatreefactcheck-1.html"])


def test_table_cells_and_elliptical_answers_are_claims_that_name_no_treatment():
    gold = _dev9("gold_claims.csv")
    cells = [r for r in gold if "table_cell" in r["trap"].split(";")]
    assert len(cells) >= 8 and {r["article"] for r in cells} == {"rfneedlingaid-1.md"}
    answers = [r for r in gold if "elliptical_answer" in r["trap"].split(";")]
    assert len(answers) >= 5
    # most answer a question that names the treatment; the answer itself does not
    assert sum(not re.search(r"needl|minoxidil|light|tea tree|scrub|steam", r["quote"], re.I) for r in answers) >= 5


def test_claims_benchmark_reads_dev9_by_name_with_the_seeds_and_not_in_all():
    check_claims_benchmark_reads_development_split("dev9", DEV9_ARTICLES)
