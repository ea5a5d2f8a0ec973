"""The seventh development split (dev7, issue #14) is present, valid and wired into the claims benchmark.

dev7 was written blind to the tool by GOLD12 (labels before any run) in the six copy styles of the held-out
test6 split, on other topics, so main-intervention detection can be studied in such copy without touching
test6: a long-read magazine explainer with an "at a glance" sidebar, a pharmacist's blog answering reader
e-mails, a crowdfunding page (.html), a 30-day diary with DAY headings, a brand press release about a new
study and a salon treatment menu (.html). Interventions are named as such copy names them (products,
pronouns, definite descriptions, gerunds, verbless bullets and sidebar entries, elliptical answers).
These tests keep the articles, gold rows and negatives in place, make sure the validator judges dev7 rows,
that the HTML pages' claims sit in their main text and their boilerplate outside it, that claims sit in
the document units the split is about, and that the claims benchmark reads dev7 by name (with the seeds)
but leaves it out of "all". Nothing here runs the tool on the articles.
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

DEV7_ARTICLES = {
    "prpmen-1.md", "vitamincmelasma-1.txt", "acnelight-1.html",
    "oilpulling-1.txt", "colostrum-1.txt", "earseeds-1.html",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"prpmen-1.md", "vitamincmelasma-1.txt", "acnelight-1.html"}


def _dev7(name: str) -> list[dict]:
    return split_rows(name, "dev7")


def _by_trap(tag: str, article: str | None = None) -> list[dict]:
    return [r for r in _dev7("gold_claims.csv")
            if tag in r["trap"].split(";") and (article is None or r["article"] == article)]


def test_dev7_has_its_six_articles_apart_from_every_other_split():
    check_split_articles("dev7", DEV7_ARTICLES, ON_SNAPSHOT, (300, 600), min_gold=12)


def test_dev7_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    check_notes_cite_pmids("dev7")


def test_dev7_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev7'" in proc.stdout


def test_validator_judges_dev7_rows(tmp_path):
    rows = _dev7("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # A verdict on the wrong side and a quote edited away from the article are caught, naming the row.
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "acnelight-1.html")


def test_dev7_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev7", "dev6")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    pages = sorted(n for n in DEV7_ARTICLES if n.endswith(".html"))
    assert pages == ["acnelight-1.html", "earseeds-1.html"]
    check_html_claims_in_main_text("dev7", pages)


def test_claims_sit_in_the_document_units_the_split_is_about():
    # Each copy style's own unit must hold gold claims, tagged so a main-intervention fix can be checked per unit.
    sidebar = _by_trap("sidebar", "prpmen-1.md")
    explainer = article_text("prpmen-1.md")
    assert len(sidebar) >= 3 and all(line_of(explainer, r["quote"]).startswith("> - **") for r in sidebar)
    diary = article_text("oilpulling-1.txt")
    days = [m.start() for m in re.finditer(r"^DAY \d+$", diary, re.M)]
    assert len(days) >= 10
    # Every diary claim sits under a DAY heading, never in the introduction.
    assert all(diary.index(r["quote"]) > days[0] for r in _dev7("gold_claims.csv") if r["article"] == "oilpulling-1.txt")
    release = article_text("colostrum-1.txt")
    findings = _by_trap("bullet_list", "colostrum-1.txt")
    assert len(findings) >= 5 and all(line_of(release, r["quote"]).startswith("- ") for r in findings)
    page = article_text("acnelight-1.html")
    bullets = _by_trap("bullet_list", "acnelight-1.html")
    assert len(bullets) >= 4 and all(line_of(page, r["quote"]).startswith("<li>") for r in bullets)
    menu = article_text("earseeds-1.html")
    blurbs = " ".join(re.findall(r'<div class="treatment">(.*?)</div>', menu, re.S))
    menu_rows = [r for r in _dev7("gold_claims.csv") if r["article"] == "earseeds-1.html"]
    assert sum(r["quote"] in blurbs for r in menu_rows) >= 10


def test_elliptical_answers_take_their_intervention_from_the_question():
    # "Partly, Leila." or "Not at all." name no intervention: it comes from the reader's question or FAQ heading.
    answers = _by_trap("elliptical_answer")
    assert len(answers) >= 8
    assert {r["article"] for r in answers} >= {"vitamincmelasma-1.txt", "earseeds-1.html", "oilpulling-1.txt"}
    for r in answers:
        assert not re.search(r"vitamin|seed|oil|iontophoresis|microneedl", r["quote"], re.I), r["quote"]
    # Subjects named only by a pronoun, a definite description or a gerund are common, as in such copy.
    named_around = [r for r in _dev7("gold_claims.csv")
                    if {"pronoun_subject", "definite_description", "gerund_subject", "implicit_subject"}
                    & set(r["trap"].split(";"))]
    assert len(named_around) >= 40


def test_claims_benchmark_reads_dev7_by_name_with_the_seeds_and_not_in_all():
    check_claims_benchmark_reads_development_split("dev7", DEV7_ARTICLES)


def test_claims_benchmark_offers_test7_by_name_only_without_seeds():
    source = (ROOT / "benchmarks" / "claims.py").read_text(encoding="utf-8")
    choices = re.search(r'"--split".*?choices=\(([^)]*)\)', source)
    held_out = re.search(r"args\.split not in \(([^)]*)\)", source)
    assert choices and '"test7"' in choices.group(1)
    assert held_out and '"test7"' in held_out.group(1)
    assert '"test7"' in source.split("def _gold")[1].split("def main")[0]
