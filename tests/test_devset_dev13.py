"""The thirteenth development split (dev13, issue #14) is present, valid and wired into the claims benchmark.

dev13 was written blind to the tool by GOLD30 in session 21 (labels before any run), in six copy styles: an airline
in-flight magazine wellness column (.html), a care home's family newsletter, a listed company's annual report (chief
executive's review), a marathon training plan's recovery notes, a physiotherapy clinic's blog FAQ (.html) and a
beauty-therapy student's revision sheet with tutor comments. It is development data, measured blind on the
session-start code and on the session's final code and kept out of tuning and training in session 21 as a check of
transfer. These tests keep its articles, gold rows and negatives in place, make sure the validator judges its rows,
that the HTML pages' claims sit in their main text, and that the claims benchmark reads dev13 by name (with the seeds)
but leaves it out of "all". Nothing in the tests runs the tool on the articles.
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

DEV13_ARTICLES = {
    "hairtripinflight-1.html", "collagencarehome-1.md", "needlepenannualreport-1.txt",
    "marathonrecovery-1.txt", "shockwavephysiofaq-1.html", "lashliftrevision-1.md",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"hairtripinflight-1.html", "collagencarehome-1.md", "needlepenannualreport-1.txt"}


def _dev13(name: str) -> list[dict]:
    return split_rows(name, "dev13")


def _tags(row: dict) -> list[str]:
    return row["trap"].split(";")


def _rows_quoting(rows: list[dict], said: str) -> list[dict]:
    return [r for r in rows if said.lower() in r["quote"].lower()]


def test_dev13_has_its_six_articles_apart_from_every_other_split():
    # body words 403-508; rows 15-20 per article; negatives 15-19 per article
    check_split_articles("dev13", DEV13_ARTICLES, ON_SNAPSHOT, (300, 560), min_gold=15)


def test_dev13_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    check_notes_cite_pmids("dev13")


def test_dev13_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev13'" in proc.stdout


def test_validator_judges_dev13_rows(tmp_path):
    rows = _dev13("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # the first contradicted row is the column's "it is your own blood, so nothing in it can trigger an allergy"
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "hairtripinflight-1.html")


def test_dev13_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev13", "dev12")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    # 5 and 5 boilerplate negatives outside <main>
    check_html_claims_in_main_text("dev13", ["hairtripinflight-1.html", "shockwavephysiofaq-1.html"])


def test_elliptical_answers_name_no_treatment_and_off_snapshot_pages_grade_only_comparators():
    gold = _dev13("gold_claims.csv")
    answers = [r["quote"] for r in gold if "elliptical_answer" in _tags(r)]
    assert len(answers) >= 11
    # most answer a question that names the treatment; the answer itself does not
    treatment = re.compile(r"prp|plasma|needl|collagen|cherry|sock|shockwave|lash|tint|ibuprofen|roller", re.I)
    assert sum(not treatment.search(q) for q in answers) >= 9
    for said in ("Rarely.", "Not really.", "A little.", "Usually three to five."):
        assert said in answers, said
    assert {r["article"] for r in gold if r["quote"] == "No."} == {
        "collagencarehome-1.md", "marathonrecovery-1.txt", "lashliftrevision-1.md"}
    assert {r["article"] for r in gold if r["quote"] == "It doesn't."} == {
        "marathonrecovery-1.txt", "shockwavephysiofaq-1.html"}
    off = DEV13_ARTICLES - ON_SNAPSHOT
    topic = [r for r in gold if r["article"] in off and "comparator_subject" not in _tags(r)]
    assert topic and {r["gold_verdict"] for r in topic} == {"no evidence found"}
    graded = [r for r in gold if r["article"] in off and r["gold_verdict"] != "no evidence found"]
    assert all("comparator_subject" in _tags(r) for r in graded)
    # bimatoprost behind minoxidil (32250713), blue light and the body clock (26900325), needling for acne scars
    # (24919799)
    pmids = ("32250713", "26900325", "24919799")
    assert sorted((r["article"], r["gold_verdict"], next((p for p in pmids if p in r["note"]), ""))
                  for r in graded) == [
        ("lashliftrevision-1.md", "partly supported", "32250713"),
        ("marathonrecovery-1.txt", "partly supported", "26900325"),
        ("shockwavephysiofaq-1.html", "supported", "24919799"),
    ]


def test_treatments_are_named_as_the_copy_names_them():
    gold = _dev13("gold_claims.csv")
    rows = [r for r in gold if r["quote"] == "Rarely."]
    assert rows and {r["question_intervention"] for r in rows} == {"prp plus microneedling"}
    expected = {
        "The needling pen may be the quieter hero": ("microneedling", None),
        "Against salt-water injections, plasma added about 25 hairs": ("prp", "saline injections"),
        "the powder works better than the collagen creams": ("oral collagen", "topical collagen cream"),
        "Fewer skin tears when residents are helped": ("oral collagen", None),
        "The X7 improves acne scarring": ("microneedling", None),
        "Adding the X7 to a lightening cream": ("microneedling", None),
        "It gives clinic results at home": ("home microneedling roller", "clinic microneedling"),
        "The magnesium soaks in through the skin": ("epsom salt bath", None),
        "Ten minutes in front of it after a long run": ("red light therapy", None),
        "Dry needling releases trigger points": ("dry needling", None),
        "Bimatoprost, the prescription eyelash drug": ("minoxidil", "bimatoprost"),
    }
    for said, (intervention, comparator) in expected.items():
        rows = _rows_quoting(gold, said)
        assert rows, said
        assert {r["question_intervention"] for r in rows} == {intervention}, said
        if comparator is not None:
            assert {r["comparator"] for r in rows} == {comparator}, said
    # red light for muscles and dry needling are off the snapshot, whatever the records indexed under their names
    for said in ("Ten minutes in front of it after a long run", "Dry needling releases trigger points"):
        assert {r["gold_verdict"] for r in _rows_quoting(gold, said)} == {"no evidence found"}, said
    rows = _rows_quoting(gold, "Bimatoprost, the prescription eyelash drug")
    assert all(r["relation"] == "superior" for r in rows)


def test_quoted_claims_the_writer_rejects_are_negatives_not_gold():
    gold, negs = _dev13("gold_claims.csv"), _dev13("negatives.csv")
    rebutted = [r for r in negs if r["reason"] == "reported_belief_rebutted"]
    assert Counter(r["article"] for r in rebutted) == {
        "hairtripinflight-1.html": 2, "marathonrecovery-1.txt": 1, "shockwavephysiofaq-1.html": 1,
        "lashliftrevision-1.md": 3}
    spans = [r["quote"].lower() for r in rebutted]
    for said in ("sorts you out for life", "FolliMax Gold regrows a full head of hair", "protects your legs",
                 "breaks up heel spurs", "A patch test prevents reactions", "Castor oil makes lashes grow back thicker"):
        assert any(said.lower() in q for q in spans), said
    for name in {r["article"] for r in rebutted}:
        text = (DEVSET / "articles" / name).read_text(encoding="utf-8")
        gold_spans = [(text.index(r["quote"]), text.index(r["quote"]) + len(r["quote"]))
                      for r in gold if r["article"] == name]
        for r in (r for r in rebutted if r["article"] == name):
            start = text.index(r["quote"])
            end = start + len(r["quote"])
            assert not any(s < end and start < e for s, e in gold_spans), name
    # the rebuttals themselves are gold
    for said in ("Most patients in the published course needed four sessions",
                 "it lowers the risk, it doesn't rule reactions out", "no, there is no good evidence for this",
                 "clients can still react to the other dyes in it"):
        assert _rows_quoting(gold, said), said
    assert {r["article"] for r in gold if r["quote"] == "It doesn't."} == {
        "marathonrecovery-1.txt", "shockwavephysiofaq-1.html"}


def test_product_attributes_logistics_and_problem_descriptions_are_negatives():
    gold, negs = _dev13("gold_claims.csv"), _dev13("negatives.csv")
    specs = [r["quote"].lower() for r in negs if r["reason"] in ("product_spec", "device_spec")]
    for said in ("tasteless", "cattle hide", "cucumber", "USB-C", "two treatments in one", "hate the taste"):
        assert any(said.lower() in q for q in specs), said
    problems = [r["quote"].lower() for r in negs if r["reason"] == "not_about_an_intervention"]
    for said in ("A wider parting", "Losing your hair can feel", "Dry, papery skin", "Heavy legs",
                 "Sharp pain under the heel", "Revenue rose 18%"):
        assert any(said.lower() in q for q in problems), said
    for said in ("tasteless", "cucumber", "USB", "Revenue"):
        assert not _rows_quoting(gold, said), said


def test_comparatives_both_ways_keep_their_relation():
    gold = _dev13("gold_claims.csv")
    for said, tag in (("For tennis elbow it is not inferior to deep massage", "not_inferior"),
                      ("fish collagen is no less effective than the beef kind", "no_less_effective"),
                      ("It is at least as good as a steroid injection", "at_least_as_good"),
                      ("numbs it at least as well as the cream", "at_least_as_good")):
        rows = _rows_quoting(gold, said)
        assert rows and all(r["relation"] == "equivalent" and tag in _tags(r) for r in rows), said
    rows = _rows_quoting(gold, "fish collagen is no less effective than the beef kind")
    assert all(r["gold_verdict"] == "partly supported" and r["gold_side"] == "unclear" for r in rows)
    # the report's "matches fractional laser" is against 28009690; its "far less downtime" is backed
    rows = [r for r in _rows_quoting(gold, "Needling now matches fractional laser for acne scars")
            if r["relation"] == "equivalent"]
    assert rows and all(r["gold_verdict"] == "not supported" and r["gold_side"] == "against" for r in rows)
    rows = [r for r in _rows_quoting(gold, "with far less downtime") if r["relation"] == "superior"]
    assert rows and all(r["gold_verdict"] == "supported" for r in rows)
    rows = _rows_quoting(gold, "in one trial of 100 patients the hair-count gain was roughly four times bigger")
    assert rows and all(r["relation"] == "superior" and r["magnitude_kind"] == "fold"
                        and float(r["magnitude_value"]) == 4 and r["comparator"] == "minoxidil alone"
                        and r["gold_verdict"] == "supported" for r in rows)
    rows = _rows_quoting(gold, "the powder works better than the collagen creams")
    assert rows and all(r["relation"] == "superior" and r["gold_verdict"] == "not supported"
                        and r["gold_side"] == "against" and "route_comparison" in _tags(r) for r in rows)


def test_claims_benchmark_reads_dev13_by_name_with_the_seeds_and_not_in_all():
    check_claims_benchmark_reads_development_split("dev13", DEV13_ARTICLES)


def test_dev13_counts_are_the_ones_written():
    gold = _dev13("gold_claims.csv")
    assert len(gold) == 105 and len(_dev13("negatives.csv")) == 99
    assert Counter(r["gold_verdict"] for r in gold) == {
        "supported": 20, "partly supported": 16, "not supported": 5, "contradicted": 3, "no evidence found": 61}
    assert Counter(r["gold_side"] for r in gold) == {"backs": 35, "against": 7, "unclear": 63}
