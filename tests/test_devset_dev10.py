"""The tenth development split (dev10, issue #14) is present, valid and wired into the claims benchmark.

dev10 was written blind to the tool by GOLD24 in session 18 (labels before any run), in six copy styles: a
dissertation's lay summary on a repository page (.html), a smart speaker's voice history, a school nurse's
bulletin, a pharmacy helpline transcript, a live-stream shopping replay and a congress press summary (.html).
It is development data, kept out of tuning and training in session 18 as a check of transfer. These tests keep its articles, gold rows
and negatives in place, make sure the validator judges its rows, that the HTML pages' claims sit in their
main text, and that the claims benchmark reads dev10 by name (with the seeds) but leaves it out of "all".
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

DEV10_ARTICLES = {
    "retinoidthesis-1.html", "minoxidilvoice-1.txt", "bluelightnurse-1.md",
    "bakuchiolhelpline-1.txt", "onionlive-1.txt", "coldshowerpress-1.html",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"retinoidthesis-1.html", "minoxidilvoice-1.txt", "bluelightnurse-1.md"}


def _dev10(name: str) -> list[dict]:
    return split_rows(name, "dev10")


def test_dev10_has_its_six_articles_apart_from_every_other_split():
    check_split_articles("dev10", DEV10_ARTICLES, ON_SNAPSHOT, (300, 560), min_gold=15)


def test_dev10_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    check_notes_cite_pmids("dev10")


def test_dev10_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev10'" in proc.stdout


def test_validator_judges_dev10_rows(tmp_path):
    rows = _dev10("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "minoxidilvoice-1.txt")


def test_dev10_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev10", "dev9")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    check_html_claims_in_main_text("dev10", ["retinoidthesis-1.html", "coldshowerpress-1.html"])


def test_elliptical_answers_name_no_treatment_and_off_snapshot_pages_grade_only_comparators():
    gold = _dev10("gold_claims.csv")
    answers = [r for r in gold if "elliptical_answer" in r["trap"].split(";")]
    assert len(answers) >= 8
    # most answer a question that names the treatment; the answer itself does not
    assert sum(not re.search(r"minoxidil|light|mask|bakuchiol|onion|cold|retin|tretinoin|adapalene", r["quote"], re.I)
               for r in answers) >= 6
    off = DEV10_ARTICLES - ON_SNAPSHOT
    graded = [r for r in gold if r["article"] in off and r["gold_verdict"] != "no evidence found"]
    assert graded and all("comparator_subject" in r["trap"].split(";") for r in graded)


def test_claims_benchmark_reads_dev10_by_name_with_the_seeds_and_not_in_all():
    check_claims_benchmark_reads_development_split("dev10", DEV10_ARTICLES)
