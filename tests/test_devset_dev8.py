"""The eighth development split (dev8, issue #14) is present, valid and wired into the claims benchmark.

dev8 was written blind to the tool by GOLD20 in session 16 (labels before any run), in six copy styles no
earlier split has: a clinic's SMS campaign with client replies, a trade-show live blog (.html), a job advert,
a pin page with board notes (.html), a pharmacy point-of-sale pack and a wedding countdown. It is
development data from the start: the learned readers train on it. These tests keep its articles, gold rows
and negatives in place, make sure the validator judges its rows, that the HTML pages' claims sit in their
main text, and that the claims benchmark reads dev8 by name (with the seeds) but leaves it out of "all".
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

DEV8_ARTICLES = {
    "needlingsms-1.txt", "collagenliveblog-1.html", "prpnursejob-1.md",
    "scalppins-1.html", "azelaicshelf-1.txt", "bridaldermaplane-1.md",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"needlingsms-1.txt", "collagenliveblog-1.html", "prpnursejob-1.md"}


def _dev8(name: str) -> list[dict]:
    return split_rows(name, "dev8")


def test_dev8_has_its_six_articles_apart_from_every_other_split():
    check_split_articles("dev8", DEV8_ARTICLES, ON_SNAPSHOT, (300, 560), min_gold=15)


def test_dev8_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    check_notes_cite_pmids("dev8")


def test_dev8_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev8'" in proc.stdout


def test_validator_judges_dev8_rows(tmp_path):
    rows = _dev8("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "needlingsms-1.txt")


def test_dev8_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev8", "dev7")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    check_html_claims_in_main_text("dev8", ["collagenliveblog-1.html", "scalppins-1.html"])


def test_elliptical_answers_name_no_treatment_and_one_sentence_can_sit_on_both_sides():
    gold = _dev8("gold_claims.csv")
    answers = [r for r in gold if "elliptical_answer" in r["trap"].split(";")]
    assert len(answers) >= 8
    assert not any(re.search(r"needl|collagen|prp|plasma|massag|azelaic|dermaplan", r["quote"], re.I) for r in answers)
    # One sentence, two claims on opposite sides: each occurrence keeps its own outcome and side.
    sides = {r["gold_side"] for r in gold if r["quote"].startswith("Retinoids thin and sensitise the skin")}
    assert sides == {"backs", "against"}


def test_claims_benchmark_reads_dev8_by_name_with_the_seeds_and_not_in_all():
    check_claims_benchmark_reads_development_split("dev8", DEV8_ARTICLES)
