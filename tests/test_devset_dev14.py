"""The fourteenth development split (dev14, issue #14) is present, valid and wired into the claims benchmark.

dev14 was written blind to the tool by GOLD32 in session 22 (labels before any run), in six copy styles: a ski
resort's après-ski spa page (.html), a community pharmacy's window poster, a men's grooming subscription box
newsletter, a midwife-led antenatal class handout, a students' union health-week programme (.html) and a local
council's wellbeing walk leaflet. It is development data, measured blind on the session-start code and on the session's
final code and kept out of tuning and training in session 22 as a check of transfer. These tests keep its articles,
gold rows and negatives in place, make sure the validator judges its rows, that the HTML pages' claims sit in their
main text, and that the claims benchmark reads dev14 by name (with the seeds) but leaves it out of "all". Nothing in
the tests runs the tool on the articles.
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

DEV14_ARTICLES = {
    "apresskispa-1.html", "bpweekposter-1.txt", "groomingboxnewsletter-1.md",
    "antenatalclass-1.md", "healthweekprogramme-1.html", "wellbeingwalks-1.txt",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"apresskispa-1.html", "bpweekposter-1.txt", "groomingboxnewsletter-1.md"}


def _dev14(name: str) -> list[dict]:
    return split_rows(name, "dev14")


def _tags(row: dict) -> list[str]:
    return row["trap"].split(";")


def _rows_quoting(rows: list[dict], said: str) -> list[dict]:
    return [r for r in rows if said.lower() in r["quote"].lower()]


def test_dev14_has_its_six_articles_apart_from_every_other_split():
    # body words 365-501; rows 16-23 per article; negatives 15-18 per article
    check_split_articles("dev14", DEV14_ARTICLES, ON_SNAPSHOT, (300, 560), min_gold=16)


def test_dev14_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    check_notes_cite_pmids("dev14")


def test_dev14_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev14'" in proc.stdout


def test_validator_judges_dev14_rows(tmp_path):
    rows = _dev14("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # the first contradicted row is the poster's "They won't lower your blood pressure at all at these doses"
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "apresskispa-1.html")


def test_dev14_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev14", "dev13")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    # 5 and 6 boilerplate negatives outside <main>
    check_html_claims_in_main_text("dev14", ["apresskispa-1.html", "healthweekprogramme-1.html"])
    gold, negs = _dev14("gold_claims.csv"), _dev14("negatives.csv")
    # the sidebar's salt grotto and the promo's cold brew carry claims, but they are boilerplate, not gold
    boiler = [r["quote"] for r in negs if r["reason"] == "boilerplate"]
    for said in ("Our salt grotto clears your lungs of city air in one session.",
                 "Our cold brew keeps you sharp all afternoon."):
        assert any(said in q for q in boiler), said
        assert not _rows_quoting(gold, said), said


def test_elliptical_answers_name_no_treatment_and_off_snapshot_pages_grade_only_comparators():
    gold = _dev14("gold_claims.csv")
    answers = [r["quote"] for r in gold if "elliptical_answer" in _tags(r)]
    assert len(answers) == 9
    for said in ("Not at all.", "For most people, yes.", "Not so.", "Rarely.", "It doesn't.", "Very unlikely.",
                 "Not really."):
        assert said in answers, said
    assert {r["article"] for r in gold if r["quote"] == "No."} == {"antenatalclass-1.md", "wellbeingwalks-1.txt"}
    # each answers a question that names the treatment; the answer itself does not
    treatment = re.compile(
        r"led|light|minoxidil|tablet|foam|needl|roll|retinoid|walk|massage|dog|nap|caffeine", re.I)
    assert not any(treatment.search(q) for q in answers)
    off = DEV14_ARTICLES - ON_SNAPSHOT
    topic = [r for r in gold if r["article"] in off and "comparator_subject" not in _tags(r)]
    assert topic and {r["gold_verdict"] for r in topic} == {"no evidence found"}
    graded = [r for r in gold if r["article"] in off and r["gold_verdict"] != "no evidence found"]
    assert all("comparator_subject" in _tags(r) for r in graded)
    # topical retinoids in early pregnancy (15940677), needling for stretch marks (38509316), blue light and the body
    # clock (26900325)
    pmids = ("15940677", "38509316", "26900325")
    assert sorted((r["article"], r["gold_verdict"], next((p for p in pmids if p in r["note"]), ""))
                  for r in graded) == [
        ("antenatalclass-1.md", "supported", "15940677"),
        ("antenatalclass-1.md", "supported", "15940677"),
        ("antenatalclass-1.md", "supported", "38509316"),
        ("healthweekprogramme-1.html", "partly supported", "26900325"),
        ("healthweekprogramme-1.html", "partly supported", "26900325"),
    ]
    for said in ("Very unlikely.", "women who used retinoid creams", "Skin needling at a clinic can fade stretch marks",
                 "The blue light from your laptop", "so you fall asleep later"):
        assert _rows_quoting(graded, said), said


def test_treatments_are_named_as_the_copy_names_them():
    gold = _dev14("gold_claims.csv")
    expected = {
        "Red light softens the fine lines": ("red light therapy", None),
        "Blue light clears spots in four weeks": ("blue light therapy", None),
        "Red light clears spots about as well as blue": ("red light therapy", "blue light therapy"),
        "flushes lactic acid out of tired thighs": ("red light therapy", None),
        "you'll ski stronger the next morning": ("red light therapy", None),
        "The take-home Alpenglow Mini is not inferior to the full mask": ("home led device", "in-clinic led mask"),
        "Low-dose minoxidil tablets regrow hair about as well as the foam": ("oral minoxidil", "topical minoxidil"),
        "Rubbing the foam on your scalp can't affect your heart.": ("topical minoxidil", None),
        "a child who swallows minoxidil lotion": ("minoxidil ingestion", None),
        "The foam is kinder to your blood pressure than the tablets.": ("topical minoxidil", "oral minoxidil"),
        "Rolling once a week at home fades old acne scars": ("microneedling", None),
        "The tiny holes let our Peptide Repair Serum sink in": ("microneedling drug delivery", None),
        "Laser came out ahead for scar depth": ("fractional laser", "microneedling"),
        "Rolling your cheeks makes a patchy beard grow in thicker.": ("microneedling", None),
        "Caffeine after 4pm cuts into your deep sleep": ("caffeine intake", None),
        "A double espresso before an exam": ("caffeine intake", None),
        "Twenty minutes in a Nap Pod sharpens memory better than a coffee.": ("napping", "coffee"),
        "Waiting a minute or more before the cord is clamped": ("delayed cord clamping", None),
    }
    for said, (intervention, comparator) in expected.items():
        rows = _rows_quoting(gold, said)
        assert rows, said
        assert {r["question_intervention"] for r in rows} == {intervention}, said
        if comparator is not None:
            assert {r["comparator"] for r in rows} == {comparator}, said
    # the treatment is in the snapshot, the outcome is not; drunk caffeine is another route than the topical records
    for said in ("flushes lactic acid out of tired thighs", "you'll ski stronger the next morning",
                 "Rolling your cheeks makes a patchy beard grow in thicker.",
                 "Caffeine after 4pm cuts into your deep sleep", "A double espresso before an exam",
                 "Waiting a minute or more before the cord is clamped"):
        assert {r["gold_verdict"] for r in _rows_quoting(gold, said)} == {"no evidence found"}, said
    rows = _rows_quoting(gold, "The take-home Alpenglow Mini is not inferior to the full mask")
    assert all(r["relation"] == "equivalent" and "not_inferior" in _tags(r)
               and r["gold_verdict"] == "no evidence found" for r in rows)
    rows = _rows_quoting(gold, "Low-dose minoxidil tablets regrow hair about as well as the foam")
    assert all(r["relation"] == "equivalent" and r["gold_verdict"] == "supported" and "route_comparison" in _tags(r)
               and r["time_frame_days"] == "180" for r in rows)
    rows = _rows_quoting(gold, "Rubbing the foam on your scalp can't affect your heart.")
    assert all(r["gold_verdict"] == "partly supported" and r["gold_side"] == "backs" for r in rows)
    rows = _rows_quoting(gold, "The foam is kinder to your blood pressure than the tablets.")
    assert all(r["relation"] == "superior" and r["gold_verdict"] == "not supported" and r["gold_side"] == "unclear"
               for r in rows)
    rows = _rows_quoting(gold, "Rolling once a week at home fades old acne scars")
    assert all(r["gold_verdict"] == "not supported" and r["gold_side"] == "unclear" for r in rows)
    rows = _rows_quoting(gold, "The tiny holes let our Peptide Repair Serum sink in")
    assert all(r["magnitude_kind"] == "fold" and float(r["magnitude_value"]) == 20 and r["magnitude_bound"] == "max"
               for r in rows)
    rows = _rows_quoting(gold, "Laser came out ahead for scar depth")
    assert all(r["relation"] == "superior" and "comparator_subject" in _tags(r) for r in rows)


def test_claims_narrower_or_wider_than_the_records_are_graded_on_their_scope():
    gold = _dev14("gold_claims.csv")
    rows = _rows_quoting(gold, "At the front hairline they do no better than the foam")
    assert rows and all(r["gold_verdict"] == "supported" and "38598226" in r["note"] for r in rows)
    for said, side in (("the tablets seem to do a little more than the foam on the crown", "backs"),
                       ("It works along the jawline", "backs"),
                       ("It works on back acne scars too.", "unclear"),
                       ("it works on back and chest breakouts too", "backs")):
        rows = _rows_quoting(gold, said)
        assert rows and all(r["gold_verdict"] == "partly supported" and r["gold_side"] == side for r in rows), said
    rows = _rows_quoting(gold, "it works on back and chest breakouts too")
    assert all("9187844" in r["note"] for r in rows)


def test_quoted_claims_the_writer_rejects_are_negatives_not_gold():
    gold, negs = _dev14("gold_claims.csv"), _dev14("negatives.csv")
    rebutted = [r for r in negs if r["reason"] == "reported_belief_rebutted"]
    assert Counter(r["article"] for r in rebutted) == {
        "apresskispa-1.html": 1, "bpweekposter-1.txt": 1, "groomingboxnewsletter-1.md": 1, "antenatalclass-1.md": 2,
        "healthweekprogramme-1.html": 1}
    spans = [r["quote"].lower() for r in rebutted]
    for said in ("so gentle you can keep your eyes wide open", "just the foam in a pill", "needling beats laser for scars",
                 "tones the womb", "Curry brings it on", "caffeine tablets are a safe study drug"):
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
    for said in ("Bright blue LEDs held close to the face", "It doesn't shorten labour",
                 "There is no good evidence for spicy food.", "they're easy to overdose on"):
        assert _rows_quoting(gold, said), said
    for said in ("Not so.", "It doesn't."):
        assert any(r["quote"] == said for r in gold), said


def test_product_attributes_logistics_and_problem_descriptions_are_negatives():
    gold, negs = _dev14("gold_claims.csv"), _dev14("negatives.csv")
    specs = [r["quote"].lower() for r in negs if r["reason"] in ("product_spec", "device_spec")]
    for said in ("USB-C", "fragrance-free", "walnut handle", "cedar", "medical-grade wipes"):
        assert any(said.lower() in q for q in specs), said
    problems = [r["quote"].lower() for r in negs if r["reason"] == "not_about_an_intervention"]
    for said in ("Cold cheeks, goggle marks", "High blood pressure often has no symptoms", "Pitted cheeks",
                 "Old scars can make you feel", "Heartburn, swollen feet", "excited and terrified",
                 "Deadlines stacking up", "Feeling low, stuck indoors"):
        assert any(said.lower() in q for q in problems), said
    for said in ("USB", "cedar", "fragrance", "GBP"):
        assert not _rows_quoting(gold, said), said


def test_comparatives_both_ways_keep_their_relation():
    gold = _dev14("gold_claims.csv")
    for said, tag in (("is not inferior to the full mask", "not_inferior"),
                      ("no less effective than needling with a peel", "no_less_effective"),
                      ("at least as good as an hour in the gym", "at_least_as_good")):
        rows = _rows_quoting(gold, said)
        assert rows and all(r["relation"] == "equivalent" and tag in _tags(r) for r in rows), said
    rows = _rows_quoting(gold, "no less effective than needling with a peel")
    assert all(r["gold_verdict"] == "not supported" and r["gold_side"] == "against" for r in rows)
    rows = _rows_quoting(gold, "it is about twice as common as with the foam")
    assert rows and all(r["relation"] == "harm" and r["magnitude_kind"] == "fold"
                        and float(r["magnitude_value"]) == 2 and r["comparator"] == "topical minoxidil"
                        and r["gold_verdict"] == "supported" for r in rows)
    rows = _rows_quoting(gold, "Our 0.5 mm roller gives you the same boost at home.")
    assert rows and all(r["relation"] == "equivalent" and r["gold_verdict"] == "not supported"
                        and r["gold_side"] == "against" for r in rows)
    rows = _rows_quoting(gold, "Needling plus minoxidil grows more hair than minoxidil on its own.")
    assert rows and all(r["relation"] == "superior" and r["gold_verdict"] == "supported" for r in rows)
    rows = [r for r in gold if r["quote"] == "It doesn't."]
    assert rows and all(r["relation"] == "no_effect" and r["comparator"] == "fractional laser"
                        and r["gold_verdict"] == "supported" for r in rows)


def test_claims_benchmark_reads_dev14_by_name_with_the_seeds_and_not_in_all():
    check_claims_benchmark_reads_development_split("dev14", DEV14_ARTICLES)


def test_dev14_counts_are_the_ones_written():
    gold = _dev14("gold_claims.csv")
    assert len(gold) == 119 and len(_dev14("negatives.csv")) == 97
    assert Counter(r["gold_verdict"] for r in gold) == {
        "supported": 27, "partly supported": 21, "not supported": 6, "contradicted": 2, "no evidence found": 63}
    assert Counter(r["gold_side"] for r in gold) == {"backs": 47, "against": 5, "unclear": 67}
