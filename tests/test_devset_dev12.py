"""The twelfth development split (dev12, issue #14) is present, valid and wired into the claims benchmark.

dev12 was written blind to the tool by GOLD28 in session 20 (labels before any run), in six copy styles: a beauty
advent calendar listing (.html), a dermatology clinic's aftercare sheet, a TikTok duet transcript, a parish
newsletter health corner, an insurer's wellness-benefit explainer (.html) and a meal-kit recipe card with health
notes. It is development data, measured blind on the session-start code and on the session's final code and kept
out of tuning and training in session 20 as a check of transfer. These tests keep its articles, gold rows and
negatives in place, make sure the validator judges its rows, that the HTML pages' claims sit in their main text,
and that the claims benchmark reads dev12 by name (with the seeds) but leaves it out of "all". Nothing in the tests
runs the tool on the articles.
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

DEV12_ARTICLES = {
    "adventcalendar-1.html", "stretchmarkaftercare-1.txt", "minoxidilduet-1.txt",
    "coughcorner-1.md", "wellbeingallowance-1.html", "mealkitcard-1.txt",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"adventcalendar-1.html", "stretchmarkaftercare-1.txt", "minoxidilduet-1.txt"}


def _dev12(name: str) -> list[dict]:
    return split_rows(name, "dev12")


def _tags(row: dict) -> list[str]:
    return row["trap"].split(";")


def _rows_quoting(rows: list[dict], said: str) -> list[dict]:
    return [r for r in rows if said.lower() in r["quote"].lower()]


def test_dev12_has_its_six_articles_apart_from_every_other_split():
    # body words 423-527; rows 15-25 per article; negatives 15-19 per article
    check_split_articles("dev12", DEV12_ARTICLES, ON_SNAPSHOT, (300, 560), min_gold=15)


def test_dev12_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    check_notes_cite_pmids("dev12")


def test_dev12_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev12'" in proc.stdout


def test_validator_judges_dev12_rows(tmp_path):
    rows = _dev12("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # the first contradicted row is the calendar's "with zero irritation, even on sensitive skin"
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "adventcalendar-1.html")


def test_dev12_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev12", "dev11")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    # 7 and 6 boilerplate negatives outside <main>
    check_html_claims_in_main_text("dev12", ["adventcalendar-1.html", "wellbeingallowance-1.html"])


def test_elliptical_answers_name_no_treatment_and_off_snapshot_pages_grade_only_comparators():
    gold = _dev12("gold_claims.csv")
    answers = [r["quote"] for r in gold if "elliptical_answer" in _tags(r)]
    assert len(answers) >= 10
    # most answer a question that names the treatment; the answer itself does not
    treatment = re.compile(
        r"retinol|vitamin|collagen|wand|needl|prp|minox|pill|tablet|honey|elderberr|acupunct|app", re.I)
    assert sum(not treatment.search(q) for q in answers) >= 8
    # the one answer that names the treatment does so by a description
    assert "The pills." in answers
    off = DEV12_ARTICLES - ON_SNAPSHOT
    topic = [r for r in gold if r["article"] in off and "comparator_subject" not in _tags(r)]
    assert topic and {r["gold_verdict"] for r in topic} == {"no evidence found"}
    graded = [r for r in gold if r["article"] in off and r["gold_verdict"] != "no evidence found"]
    assert all("comparator_subject" in _tags(r) for r in graded)
    # the blue-LED-mask retina row (32541484) and the meal card's two hydrolysed-collagen rows (33742704)
    assert sorted((r["article"], r["gold_verdict"], next((p for p in ("32541484", "33742704") if p in r["note"]), ""))
                  for r in graded) == [
        ("mealkitcard-1.txt", "supported", "33742704"),
        ("mealkitcard-1.txt", "supported", "33742704"),
        ("wellbeingallowance-1.html", "supported", "32541484"),
    ]


def test_treatments_are_named_as_the_copy_names_them():
    gold = _dev12("gold_claims.csv")
    expected = {
        "The pills.": ("oral minoxidil", None),
        "They gave me a full-on moustache in three weeks": ("oral minoxidil", None),
        "Unwanted hair on the face and body is the most common side effect of the tablets": ("oral minoxidil", None),
        "the rub-on stuff can do it too": ("topical minoxidil", None),
        "Zaps a spot overnight": ("blue light", None),
        "Plumps from within": ("oral collagen", None),
        "marine collagen simply works better than bovine collagen": ("oral collagen", "bovine collagen"),
        "Restore+ gives a visibly better result than needling alone": ("microneedling plus prp", "microneedling alone"),
    }
    for said, (intervention, comparator) in expected.items():
        rows = _rows_quoting(gold, said)
        assert rows, said
        assert {r["question_intervention"] for r in rows} == {intervention}, said
        if comparator is not None:
            assert {r["comparator"] for r in rows} == {comparator}, said


def test_quoted_claims_the_writer_rejects_are_negatives_not_gold():
    gold, negs = _dev12("gold_claims.csv"), _dev12("negatives.csv")
    rebutted = [r for r in negs if r["reason"] == "reported_belief_rebutted"]
    assert Counter(r["article"] for r in rebutted) == {
        "minoxidilduet-1.txt": 1, "wellbeingallowance-1.html": 1, "mealkitcard-1.txt": 1, "coughcorner-1.md": 2}
    by_article = {name: [r["quote"] for r in rebutted if r["article"] == name] for name in DEV12_ARTICLES}
    assert any("And it's permanent, so think before you start." in q for q in by_article["minoxidilduet-1.txt"])
    assert any("IVF" in q for q in by_article["wellbeingallowance-1.html"])
    assert any(re.search(r"liver|detox", q, re.I) for q in by_article["mealkitcard-1.txt"])
    assert any("kills the germs" in q for q in by_article["coughcorner-1.md"])
    assert any("flushes the cold" in q for q in by_article["coughcorner-1.md"])
    for name in {r["article"] for r in rebutted}:
        text = (DEVSET / "articles" / name).read_text(encoding="utf-8")
        spans = [(text.index(r["quote"]), text.index(r["quote"]) + len(r["quote"]))
                 for r in gold if r["article"] == name]
        for r in (r for r in rebutted if r["article"] == name):
            start = text.index(r["quote"])
            end = start + len(r["quote"])
            assert not any(s < end and start < e for s, e in spans), name
    # the rebuttals themselves are gold
    for said in ("it went away a few months after stopping", "The trials so far have not shown that",
                 "your liver does that job on its own, beetroot or no beetroot",
                 "it will not cure a sore throat any faster than", "I'm afraid it doesn't"):
        assert _rows_quoting(gold, said), said


def test_product_attributes_are_negatives():
    gold, negs = _dev12("gold_claims.csv"), _dev12("negatives.csv")
    specs = [r["quote"].lower() for r in negs if r["reason"] == "product_spec"]
    # the cherry scent, the pear smell, the mango flavour, the lentil-sized pills and the nutrition line
    for said in ("cherry", "pear", "mango", "lentil", "kcal"):
        assert any(said in q for q in specs), said
    for said in ("scented", "smells", "flavoured", "kcal"):
        assert not _rows_quoting(gold, said), said


def test_comparatives_both_ways_keep_their_relation():
    gold = _dev12("gold_claims.csv")
    for said, tag in (("It is no less effective than prescription tretinoin", "no_less_effective"),
                      ("honey is at least as good as the cough medicine", "at_least_as_good")):
        rows = _rows_quoting(gold, said)
        assert rows and all(r["relation"] == "equivalent" and tag in _tags(r) for r in rows), said
    rows = _rows_quoting(gold, "Vitamin C fades melasma twice as fast as hydroquinone")
    assert rows and all(r["relation"] == "superior" and r["magnitude_kind"] == "fold"
                        and float(r["magnitude_value"]) == 2 and r["gold_verdict"] == "not supported"
                        and r["gold_side"] == "against" for r in rows)
    rows = _rows_quoting(gold, "The pills cause it about twice as often")
    assert rows and all(r["relation"] == "harm" and r["magnitude_kind"] == "fold"
                        and float(r["magnitude_value"]) == 2 and r["comparator"] == "topical minoxidil"
                        and r["gold_verdict"] == "supported" for r in rows)


def test_claims_benchmark_reads_dev12_by_name_with_the_seeds_and_not_in_all():
    check_claims_benchmark_reads_development_split("dev12", DEV12_ARTICLES)


def test_dev12_counts_are_the_ones_written():
    gold = _dev12("gold_claims.csv")
    assert len(gold) == 118 and len(_dev12("negatives.csv")) == 98
    assert Counter(r["gold_verdict"] for r in gold) == {
        "supported": 31, "partly supported": 24, "not supported": 8, "contradicted": 5, "no evidence found": 50}
    assert Counter(r["gold_side"] for r in gold) == {"backs": 53, "against": 9, "unclear": 56}
