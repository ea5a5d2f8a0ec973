"""The sixth development split (dev6, issue #14) is present, valid and wired into the claims benchmark.

dev6 was written blind to the tool by GOLD10 (labels before any run) in real-world copy styles no earlier
split uses (a podcast episode's show notes with timestamps, a dermatologist's Q&A column on a news site
with a pull quote, a marketplace listing with bullet features, seller Q&A and customer reviews, a wellness
newsletter with a myth vs fact section, a local TV health segment transcript, a clinic's before/after
gallery with figure captions); engineers may read it and tune on it. These tests keep its articles, gold
rows and negatives in place, make sure the validator judges dev6 rows, that the HTML pages' claims sit in
their main text and their boilerplate outside it, that claims sit in the document units the split is
about (captions, timestamps, bullets, speaker turns, reviews, a pull quote), and that the claims benchmark
reads dev6 by name (with the seeds) but leaves it out of "all". Nothing here runs the tool on the articles.
"""

import re
import subprocess
import sys

from tests.devset import (
    DEVSET,
    ROOT,
    article_text,
    check_claims_benchmark_reads_development_split,
    check_flipped_and_edited_rows_are_caught,
    check_html_claims_in_main_text,
    check_negative_under_another_split_is_rejected,
    check_notes_cite_pmids,
    check_split_articles,
    checker,
    line_of,
    split_rows,
    write_rows,
)

DEV6_ARTICLES = {
    "vitiligo-1.html", "scargallery-1.html", "pumpkinseed-1.txt",
    "lashserum-1.md", "seamoss-1.md", "mouthtaping-1.txt",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"vitiligo-1.html", "scargallery-1.html", "pumpkinseed-1.txt"}


def _dev6(name: str) -> list[dict]:
    return split_rows(name, "dev6")


def test_dev6_has_its_six_articles_apart_from_every_other_split():
    check_split_articles("dev6", DEV6_ARTICLES, ON_SNAPSHOT, (300, 600), min_gold=9)


def test_dev6_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    check_notes_cite_pmids("dev6")


def test_dev6_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev6'" in proc.stdout


def test_validator_judges_dev6_rows(tmp_path):
    rows = _dev6("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # A verdict on the wrong side and a quote edited away from the article are caught, naming the row.
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "scargallery-1.html")


def test_dev6_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev6", "dev5")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    pages = sorted(n for n in DEV6_ARTICLES if n.endswith(".html"))
    assert pages == ["scargallery-1.html", "vitiligo-1.html"]
    check_html_claims_in_main_text("dev6", pages)


def test_claims_sit_in_the_document_units_the_split_is_about():
    # The split tests recall by document structure: each kind of unit must hold gold claims, and the
    # trap tag must say which unit it is, so a recall fix can be checked per unit.
    gold = _dev6("gold_claims.csv")
    by_trap = lambda tag: [r for r in gold if tag in r["trap"].split(";")]  # noqa: E731
    captions = by_trap("figcaption")
    assert len(captions) >= 8
    gallery = article_text("scargallery-1.html")
    figcaptions = " ".join(re.findall(r"<figcaption>(.*?)</figcaption>", gallery, re.S))
    assert all(r["quote"] in figcaptions for r in captions)
    stamps = by_trap("timestamp")
    assert len(stamps) >= 6
    notes = article_text("lashserum-1.md")
    assert all(re.match(r"- \*\*\d\d:\d\d\*\* ", line_of(notes, r["quote"])) for r in stamps)
    turns = by_trap("speaker_turn")
    assert len(turns) >= 8
    segment = article_text("mouthtaping-1.txt")
    assert all(re.match(r"(DR\. LEE|DR\. MARCUS LEE): ", line_of(segment, r["quote"])) for r in turns)
    # An elliptical answer is a claim only through the question before it.
    assert any("elliptical_answer" in r["trap"] for r in turns)
    bullets = [r for r in by_trap("bullet_list") + by_trap("bullet_heading") if r["article"] == "pumpkinseed-1.txt"]
    listing = article_text("pumpkinseed-1.txt")
    assert len(bullets) >= 5 and all(line_of(listing, r["quote"]).startswith("- ") for r in bullets)
    pull = by_trap("pull_quote")
    assert pull and all(r["quote"] in article_text(r["article"]).split('<blockquote class="pullquote">')[1] for r in pull)
    # Customer reviews and first-person accounts are claims too.
    assert len(by_trap("anecdote")) >= 10


def test_myth_lines_are_negatives_and_fact_lines_claims():
    text = article_text("seamoss-1.md")
    myths = [line.split("**MYTH:**")[1].strip() for line in text.splitlines() if line.startswith("**MYTH:**")]
    facts = [line.split("**FACT:**")[1].strip() for line in text.splitlines() if line.startswith("**FACT:**")]
    negs = {r["quote"] for r in _dev6("negatives.csv") if r["article"] == "seamoss-1.md"}
    gold = {r["quote"] for r in _dev6("gold_claims.csv") if r["article"] == "seamoss-1.md"}
    assert len(myths) == len(facts) == 4
    assert all(m in negs for m in myths)
    assert all(any(q in f for q in gold) for f in facts)


def test_claims_benchmark_reads_dev6_by_name_with_the_seeds_and_not_in_all():
    check_claims_benchmark_reads_development_split("dev6", DEV6_ARTICLES)
