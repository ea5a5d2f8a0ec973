"""The sixteenth development split (dev16, issue #14) is present, valid and wired into the claims benchmark.

dev16 was written blind to the tool by GOLD36 in session 24 (labels before any run), in six copy styles: a dermatology
nurse's voicemail transcripts with call-backs, a beauty school's course syllabus, a co-working space's perks page
(.html), an allotment society's newsletter, a vet-turned-human-health blog and a football club's matchday programme
(.html). It is development data, measured blind on the session-start code and on the session's final code and kept out
of tuning and training in session 24 as a check of transfer. These tests keep its articles, gold rows and negatives in
place, make sure the validator judges its rows, that the HTML pages' claims sit in their main text, and that the claims
benchmark reads dev16 by name (with the seeds) but leaves it out of "all". The rows are read through the shared helpers
only; the assertions name quotes from the split author's test note and counts, never dump rows. Nothing in the tests
runs the tool on the articles.
"""

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

DEV16_ARTICLES = {
    "dermnursevoicemail-1.txt", "aestheticssyllabus-1.md", "coworkingperks-1.html",
    "allotmentsocietynews-1.txt", "vetblog-1.md", "matchdayprogramme-1.html",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"dermnursevoicemail-1.txt", "aestheticssyllabus-1.md", "coworkingperks-1.html"}


def _dev16(name: str) -> list[dict]:
    return split_rows(name, "dev16")


def _tags(row: dict) -> list[str]:
    return row["trap"].split(";")


def _rows_quoting(rows: list[dict], said: str) -> list[dict]:
    return [r for r in rows if said.lower() in r["quote"].lower()]


def _rows_exactly(rows: list[dict], said: str) -> list[dict]:
    return [r for r in rows if r["quote"] == said]


def test_dev16_has_its_six_articles_apart_from_every_other_split():
    # body words 338-565; rows 16-22 per article; negatives 14-19 per article
    check_split_articles("dev16", DEV16_ARTICLES, ON_SNAPSHOT, (300, 580), min_gold=16)


def test_dev16_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    check_notes_cite_pmids("dev16")


def test_dev16_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev16'" in proc.stdout


def test_validator_judges_dev16_rows(tmp_path):
    rows = _dev16("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # the split's only contradicted row is the perks page's "Blue mode is completely safe for your eyes"
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "vetblog-1.md")


def test_dev16_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev16", "dev15")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    pages = ["coworkingperks-1.html", "matchdayprogramme-1.html"]
    check_html_claims_in_main_text("dev16", pages)
    # 5 boilerplate negatives outside <main> on each page
    boiler = Counter(r["article"] for r in _dev16("negatives.csv") if r["reason"] == "boilerplate")
    assert {name: boiler[name] for name in pages} == {name: 5 for name in pages}


def test_each_claim_in_the_voicemail_log_takes_its_own_message_treatment():
    gold = _dev16("gold_claims.csv")
    rows = _rows_exactly(gold, "Honestly? Very unlikely.")
    assert rows and all(r["question_intervention"] == "topical tretinoin" and r["relation"] == "denies_harm"
                        and r["gold_verdict"] == "supported" and "22174426" in r["note"] for r in rows)
    rows = _rows_quoting(gold, "the blue setting may calm a few angry ones")
    assert rows and all(r["question_intervention"] == "home blue light therapy"
                        and r["gold_verdict"] == "partly supported" for r in rows)
    rows = _rows_exactly(gold, "Not in the trial that put them side by side in men.")
    assert rows and all(r["question_intervention"] == "topical minoxidil" and r["comparator"] == "oral minoxidil"
                        and r["relation"] == "no_effect" and r["gold_verdict"] == "supported"
                        and "rebuttal_of_comparison" in _tags(r) and "38598226" in r["note"] for r in rows)
    rows = _rows_quoting(gold, "Puffy ankles happen in about one person in a hundred")
    assert rows and all(r["question_intervention"] == "oral minoxidil" and r["magnitude_kind"] == "proportion"
                        and float(r["magnitude_value"]) == 1 and r["gold_verdict"] == "supported"
                        and "33639244" in r["note"] for r in rows)
    rows = _rows_exactly(gold, "Dangerous? Rarely.")
    assert rows and all(r["question_intervention"] == "oral minoxidil" and r["relation"] == "denies_harm"
                        and r["gold_verdict"] == "supported" for r in rows)
    rows = _rows_quoting(gold, "Injections near the eyes have, very rarely, caused blindness.")
    assert rows and all(r["question_intervention"].startswith("platelet-rich plasma") and r["relation"] == "harm"
                        and r["gold_verdict"] == "supported" and "27015236" in r["note"] for r in rows)
    rows = _rows_quoting(gold, "shrank keloids within four weeks")
    assert rows and all(r["question_intervention"] == "triamcinolone microneedle patches"
                        and r["time_frame_days"] == "28" and r["gold_verdict"] == "supported"
                        and "unusual_route" in _tags(r) and "31376063" in r["note"] for r in rows)
    rows = _rows_exactly(gold, "Not a gimmick.")
    assert rows and all(r["question_intervention"] == "triamcinolone microneedle patches"
                        and r["gold_verdict"] == "partly supported" for r in rows)


def test_syllabus_modules_bullets_under_a_lead_in_and_strengths():
    gold = _dev16("gold_claims.csv")
    rows = _rows_quoting(gold, "pen needling suits darker skin types")
    assert len(rows) == 2 and sorted(r["relation"] for r in rows) == ["benefit", "superior"]
    assert all(r["gold_verdict"] == "partly supported" and "26549251" in r["note"] for r in rows)
    for rows in (_rows_quoting(gold, "A numbing cream works faster if the skin is first pricked"),
                 _rows_exactly(gold, "It also numbs more deeply that way.")):
        assert rows and all(r["question_intervention"] == "microneedle pretreatment" and r["relation"] == "superior"
                            and r["gold_verdict"] == "supported" and "20159380" in r["note"] for r in rows)
    rows = _rows_quoting(gold, "is no less effective than the 0.1%")
    assert rows and all(r["question_intervention"] == "tretinoin 0.025%" and r["relation"] == "equivalent"
                        and "no_less_effective" in _tags(r) and r["gold_verdict"] == "supported"
                        and "7544967" in r["note"] for r in rows)
    rows = _rows_exactly(gold, "It stings less, too.")
    assert rows and all(r["relation"] == "superior" and "superior_on_harm" in _tags(r) for r in rows)
    rows = _rows_exactly(gold, "It won't fade the old ones, though.")
    assert rows and all(r["question_intervention"] == "topical vitamin c" and r["gold_verdict"] == "not supported"
                        and r["gold_side"] == "unclear" for r in rows)
    rows = _rows_quoting(gold, "An anaesthetic cream left on for an hour")
    assert rows and all(r["gold_verdict"] == "no evidence found" and r["strength"] == "absolute"
                        and "intervention_in_snapshot" in _tags(r) for r in rows)


def test_perks_page_event_and_brand_names_and_routes():
    gold = _dev16("gold_claims.csv")
    rows = _rows_exactly(gold, "Glow Hour plumps your skin by building new collagen")
    assert len(rows) == 2 and sorted(r["relation"] for r in rows) == ["benefit", "mechanism"]
    assert all(r["question_intervention"] == "red light therapy" and r["gold_verdict"] == "not supported"
               and r["gold_side"] == "unclear" and "event_name_subject" in _tags(r) for r in rows)
    rows = _rows_quoting(gold, "Blue mode is completely safe for your eyes")
    assert rows and all(r["gold_verdict"] == "contradicted" and r["gold_side"] == "against"
                        and r["strength"] == "absolute" and "32541484" in r["note"] for r in rows)
    assert [r["quote"] for r in gold if r["gold_verdict"] == "contradicted"] == [r["quote"] for r in rows]
    rows = _rows_quoting(gold, "Some members swear their skin felt firmer within a week.")
    assert rows and all(r["question_intervention"] == "oral collagen" and r["time_frame_days"] == "7"
                        and r["gold_verdict"] == "not supported" and r["gold_side"] == "against" for r in rows)
    rows = _rows_quoting(gold, "Near enough, going by a review")
    assert rows and all(r["comparator"] == "topical collagen" and r["relation"] == "equivalent"
                        and r["gold_verdict"] == "partly supported" and "route_comparison" in _tags(r)
                        and "35223163" in r["note"] for r in rows)
    rows = _rows_quoting(gold, "they help you drop off faster")
    assert rows and all(r["question_intervention"] == "blue-light-blocking glasses"
                        and r["gold_verdict"] == "no evidence found" for r in rows)


def test_off_snapshot_pages_have_no_evidence_but_grade_their_comparator_subjects():
    gold = _dev16("gold_claims.csv")
    off = [r for r in gold if r["article"] in DEV16_ARTICLES - ON_SNAPSHOT]
    rows = _rows_exactly(off, "They don't")
    assert rows and all("dock" in r["question_intervention"] and "cold water" in r["comparator"]
                        and r["relation"] == "no_effect" for r in rows)
    rows = _rows_exactly(off, "It doesn't, in my view")
    assert rows and all("horse shampoo" in r["question_intervention"] and "minoxidil" in r["comparator"]
                        and "comparator_better_known" in _tags(r) for r in rows)
    rows = _rows_quoting(off, "Three months of Paddock Gloss and my crown had filled in completely.")
    assert rows and all("anecdote" in _tags(r) and r["time_frame_days"] == "90" for r in rows)
    rows = _rows_quoting(off, "The 11+ cuts injuries by about a third")
    assert rows and all("event_name_subject" in _tags(r) and r["magnitude_kind"] == "percent_change"
                        and float(r["magnitude_value"]) == 33 for r in rows)
    rows = _rows_quoting(off, "the gel is not inferior to the tablets")
    assert rows and all(r["question_intervention"] == "topical ibuprofen" and r["comparator"] == "oral ibuprofen"
                        and "not_inferior" in _tags(r) for r in rows)
    rows = _rows_quoting(off, "at least as well as paracetamol")
    assert rows and all("at_least_as_good" in _tags(r) for r in rows)
    for said in ("They don't", "It doesn't, in my view"):
        assert all(r["gold_verdict"] == "no evidence found" for r in _rows_exactly(off, said)), said
    for said in ("Three months of Paddock Gloss and my crown had filled in completely.",
                 "The 11+ cuts injuries by about a third", "the gel is not inferior to the tablets",
                 "at least as well as paracetamol"):
        assert all(r["gold_verdict"] == "no evidence found" for r in _rows_quoting(off, said)), said
    # the only graded rows off the snapshot: rosemary oil (25842469) and oral minoxidil (33639244) as subjects
    graded = [r for r in off if "comparator_subject" in _tags(r)]
    assert len(graded) == 2 and all(r["gold_verdict"] == "supported" for r in graded)
    for said, pmid in (("rosemary oil regrew hair as well as minoxidil", "25842469"),
                       ("the tablets can make your heart race", "33639244")):
        rows = _rows_quoting(graded, said)
        assert rows and all(pmid in r["note"] for r in rows), said


def test_quoted_claims_the_writer_rejects_are_negatives_not_gold():
    gold, negs = _dev16("gold_claims.csv"), _dev16("negatives.csv")
    rebutted = [r for r in negs if r["reason"] == "reported_belief_rebutted"]
    assert Counter(r["article"] for r in rebutted) == {
        "dermnursevoicemail-1.txt": 4, "aestheticssyllabus-1.md": 1, "allotmentsocietynews-1.txt": 1,
        "vetblog-1.md": 1}
    spans = [r["quote"].lower() for r in rebutted]
    for said in ("keeping your eyes closed is enough", "the pills are dangerous", "the redness goes in a day",
                 "so nothing can go wrong", "doubles your collagen in a week", "a bee sting a week keeps his arthritis away",
                 "a horse wormer cures viral infections"):
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
    assert _rows_exactly(gold, "Dangerous? Rarely.")
    for said in ("It doesn't, and you should never say it", "stings can cause a dangerous allergic reaction",
                 "and it simply doesn't"):
        assert _rows_quoting(gold, said), said


def test_product_attributes_logistics_and_problem_descriptions_are_negatives():
    gold, negs = _dev16("gold_claims.csv"), _dev16("negatives.csv")
    specs = [r["quote"].lower() for r in negs if r["reason"] in ("product_spec", "cost")]
    for said in ("mango flavour", "fragrance-free and vegan", "smells faintly of lavender", "mostly sugar",
                 "GBP 1,950"):
        assert any(said.lower() in q for q in specs), said
    problems = [r["quote"].lower() for r in negs if r["reason"] == "not_about_an_intervention"]
    for said in ("I can't face work looking like this.", "Deadlines, screens, recycled air",
                 "the concerns clients bring to the chair"):
        assert any(said.lower() in q for q in problems), said
    taglines = [r["quote"] for r in negs if r["reason"] == "tagline"]
    assert len(taglines) == 1 and "so you get two treatments in one slot" in taglines[0]
    for said in ("GBP", "mango", "lavender"):
        assert not _rows_quoting(gold, said), said


def test_claims_benchmark_reads_dev16_by_name_with_the_seeds_and_not_in_all():
    check_claims_benchmark_reads_development_split("dev16", DEV16_ARTICLES)


def test_dev16_counts_are_the_ones_written():
    gold = _dev16("gold_claims.csv")
    assert len(gold) == 111 and len(_dev16("negatives.csv")) == 100
    assert Counter(r["gold_verdict"] for r in gold) == {
        "supported": 32, "partly supported": 17, "not supported": 4, "contradicted": 1, "no evidence found": 57}
    assert Counter(r["gold_side"] for r in gold) == {"backs": 49, "against": 2, "unclear": 60}
