"""The fifteenth development split (dev15, issue #14) is present, valid and wired into the claims benchmark.

dev15 was written blind to the tool by GOLD34 in session 23 (labels before any run), in six copy styles: a menopause
support group's meeting minutes, a hair salon's client consultation form, a tattoo studio's aftercare FAQ (.html), a
university hall's welcome-week health sheet (.html), a language school's wellbeing page and a community choir's members'
bulletin. It is development data, measured blind on the session-start code and on the session's final code and kept out
of tuning and training in session 23 as a check of transfer. These tests keep its articles, gold rows and negatives in
place, make sure the validator judges its rows, that the HTML pages' claims sit in their main text, and that the claims
benchmark reads dev15 by name (with the seeds) but leaves it out of "all". The rows are read through the shared helpers
only; the assertions name quotes from the split author's test note and counts, never dump rows. Nothing in the tests
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

DEV15_ARTICLES = {
    "menopausecafeminutes-1.md", "salonconsultnotes-1.txt", "tattooaftercarefaq-1.html",
    "welcomeweekhealth-1.html", "languageschoolwellbeing-1.md", "choirbulletin-1.txt",
}
# Topics the snapshot covers: their verdicts must not all be "no evidence found".
ON_SNAPSHOT = {"menopausecafeminutes-1.md", "salonconsultnotes-1.txt", "tattooaftercarefaq-1.html"}


def _dev15(name: str) -> list[dict]:
    return split_rows(name, "dev15")


def _tags(row: dict) -> list[str]:
    return row["trap"].split(";")


def _rows_quoting(rows: list[dict], said: str) -> list[dict]:
    return [r for r in rows if said.lower() in r["quote"].lower()]


def _rows_exactly(rows: list[dict], said: str) -> list[dict]:
    return [r for r in rows if r["quote"] == said]


def test_dev15_has_its_six_articles_apart_from_every_other_split():
    # body words 345-556; rows 17-23 per article; negatives 16-17 per article
    check_split_articles("dev15", DEV15_ARTICLES, ON_SNAPSHOT, (300, 580), min_gold=16)


def test_dev15_verdict_notes_cite_pmids_or_say_the_snapshot_has_none():
    check_notes_cite_pmids("dev15")


def test_dev15_rows_pass_the_validator():
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'dev15'" in proc.stdout


def test_validator_judges_dev15_rows(tmp_path):
    rows = _dev15("gold_claims.csv")
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # the split's only contradicted row is the salon form's "never makes your scalp itch"
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, "tattooaftercarefaq-1.html")


def test_dev15_negative_filed_under_another_split_is_rejected(tmp_path):
    check_negative_under_another_split_is_rejected(tmp_path, "dev15", "dev14")


def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it():
    # 5 and 5 boilerplate negatives outside <main>
    check_html_claims_in_main_text("dev15", ["tattooaftercarefaq-1.html", "welcomeweekhealth-1.html"])
    gold, negs = _dev15("gold_claims.csv"), _dev15("negatives.csv")
    # the shop sidebar's balm, its meta description and the sauna promo carry claims, but they are boilerplate, not gold
    boiler = [r["quote"] for r in negs if r["reason"] == "boilerplate"]
    for said in ("Our Healing Balm stops fading and keeps colours bright for life.",
                 "Vegan, free of parabens and petroleum.",
                 "heal perfectly in 7 days",
                 "Twenty minutes a day and you'll dodge every bug going round."):
        assert any(said in q for q in boiler), said
        assert not _rows_quoting(gold, said), said


def test_elliptical_answers_name_no_treatment_and_keep_their_speaker_questions():
    gold, negs = _dev15("gold_claims.csv"), _dev15("negatives.csv")
    answers = [r["quote"] for r in gold if "elliptical_answer" in _tags(r)]
    assert len(answers) == 17
    for said in ("Hardly ever, if you stick to the dose on the box.",
                 "About the same, in the one trial in women I know of.", "Not for bounce, from what I read.",
                 "they don't.", "It doesn't.", "Usually not.", "Honestly, no. Not in healthy young people.",
                 "For an hour, maybe.", "Yes.", "Not at all.", "Not that I know of.",
                 "Honestly, no better than a glass of water."):
        assert said in answers, said
    # each answers a question that names the treatment; the answer itself does not
    treatment = re.compile(
        r"minoxidil|foam|tablet|rosemary|collagen|laser|comb|needl|vaccine|menacwy|fish|energy|honey|whisper|spray|sing",
        re.I)
    assert not any(treatment.search(q) for q in answers)
    for said, intervention, comparator, pmid in (
            ("About the same, in the one trial in women I know of.", "oral minoxidil", "topical minoxidil", "34529341"),
            ("Not for bounce, from what I read.", "fish collagen", "bovine collagen", "37432180")):
        rows = _rows_exactly(gold, said)
        assert rows and all(r["question_intervention"] == intervention and r["comparator"] == comparator
                            and r["relation"] == "equivalent" and r["gold_verdict"] == "supported"
                            and pmid in r["note"] for r in rows), said
    rows = _rows_exactly(gold, "Hardly ever, if you stick to the dose on the box.")
    assert rows and all(r["question_intervention"] == "topical minoxidil" and r["relation"] == "denies_harm"
                        and r["gold_verdict"] == "partly supported" and r["gold_side"] == "backs" for r in rows)
    # a speaker's reply of ignorance is no claim
    said = "Honestly, we don't know."
    assert any(r["reason"] == "disclaimer" and said in r["quote"] for r in negs)
    assert not _rows_quoting(gold, said)


def test_off_snapshot_pages_grade_only_comparators():
    gold = _dev15("gold_claims.csv")
    off = DEV15_ARTICLES - ON_SNAPSHOT
    topic = [r for r in gold if r["article"] in off and "comparator_subject" not in _tags(r)]
    assert topic and all(r["gold_verdict"] == "no evidence found" and r["gold_side"] == "unclear" for r in topic)
    graded = [r for r in gold if r["article"] in off and r["gold_verdict"] != "no evidence found"]
    assert all("comparator_subject" in _tags(r) for r in graded)
    # rosemary oil on the scalp (25842469), home blue light for spots (22091799)
    pmids = ("25842469", "22091799")
    assert sorted((r["article"], r["gold_verdict"], next((p for p in pmids if p in r["note"]), ""))
                  for r in graded) == [
        ("languageschoolwellbeing-1.md", "supported", "25842469"),
        ("welcomeweekhealth-1.html", "partly supported", "22091799"),
    ]
    for said in ("Rubbed on the scalp it may help thinning hair grow back", "Those gadgets do calm angry red spots"):
        assert _rows_quoting(graded, said), said


def test_treatments_are_named_as_the_copy_names_them():
    gold = _dev15("gold_claims.csv")
    expected = {
        "the women's foam you can buy over the counter": ("topical minoxidil", None),
        "the tablets can make your ankles swell": ("oral minoxidil", None),
        "GlowSip will also strengthen your bones and joints": ("oral collagen", None),
        "Clinically proven to reduce wrinkles by 20% in 8 weeks.": ("oral collagen", None),
        "Kafe Boost is no less effective than minoxidil": ("caffeine shampoo", "topical minoxidil"),
        "Clinically proven to thicken hair in women within 26 weeks.": ("low-level laser therapy", None),
        "Pricking the skin first helps the numbing cream":
            ("microneedle pretreatment with topical anaesthetic", None),
        "heals your tattoo twice as fast": ("red light therapy", None),
        "steroid microneedle patches": ("triamcinolone microneedle patches", None),
        "tattooing them in a skin tone evens out the colour": ("medical tattooing of stretch marks", None),
        "but not the texture": ("medical tattooing of stretch marks", None),
        "Vitamin C megadoses won't stop you catching one either.": ("oral vitamin c", None),
        "Sniffing rosemary before an exam won't improve your score.": ("rosemary aroma", None),
    }
    for said, (intervention, comparator) in expected.items():
        rows = _rows_quoting(gold, said)
        assert rows, said
        assert {r["question_intervention"] for r in rows} == {intervention}, said
        if comparator is not None:
            assert {r["comparator"] for r in rows} == {comparator}, said
    # two harms of the tablets, both in the tablet safety record
    rows = _rows_quoting(gold, "the tablets can make your ankles swell")
    assert len(rows) == 2 and all(r["gold_verdict"] == "supported" and "33639244" in r["note"] for r in rows)
    outcomes = [r["outcome"].lower() for r in rows]
    assert any("fluid" in o for o in outcomes) and any("tachycardia" in o for o in outcomes)
    # the treatment is in the snapshot, bones and joints are not
    rows = _rows_quoting(gold, "GlowSip will also strengthen your bones and joints")
    assert len(rows) == 2 and {r["gold_verdict"] for r in rows} == {"no evidence found"}
    # a packaging quote that restates a trial's figure
    rows = _rows_quoting(gold, "Clinically proven to reduce wrinkles by 20% in 8 weeks.")
    assert all(r["magnitude_kind"] == "percent_change" and float(r["magnitude_value"]) == 20
               and r["magnitude_bound"] == "typical" and r["time_frame_days"] == "56" and r["strength"] == "strong"
               and r["gold_verdict"] == "supported" and "24401291" in r["note"] for r in rows)
    # a shampoo is another form than the leave-on liquid the non-inferiority record tested
    rows = _rows_quoting(gold, "Kafe Boost is no less effective than minoxidil")
    assert all(r["relation"] == "equivalent" and {"no_less_effective", "form_differs"} <= set(_tags(r))
               and r["gold_verdict"] == "partly supported" and r["gold_side"] == "unclear" for r in rows)
    rows = _rows_quoting(gold, "Clinically proven to thicken hair in women within 26 weeks.")
    assert all(r["gold_verdict"] == "supported" and r["time_frame_days"] == "182" for r in rows)
    rows = _rows_quoting(gold, "Pricking the skin first helps the numbing cream")
    assert len(rows) == 2 and all(r["gold_verdict"] == "supported" and "20159380" in r["note"] for r in rows)
    rows = _rows_quoting(gold, "heals your tattoo twice as fast")
    assert all(r["magnitude_kind"] == "fold" and float(r["magnitude_value"]) == 2
               and r["gold_verdict"] == "no evidence found" for r in rows)
    rows = _rows_quoting(gold, "steroid microneedle patches")
    assert all(r["time_frame_days"] == "28" and r["gold_verdict"] == "supported" and "31376063" in r["note"]
               for r in rows)
    for said in ("tattooing them in a skin tone evens out the colour", "but not the texture"):
        rows = _rows_quoting(gold, said)
        assert all(r["gold_verdict"] == "partly supported" and "37263224" in r["note"] for r in rows), said
    # a record about one route does not test a claim about another
    for said, tag in (("Vitamin C megadoses won't stop you catching one either.", "records_other_route"),
                      ("Sniffing rosemary before an exam won't improve your score.", "route")):
        rows = _rows_quoting(gold, said)
        assert all(r["gold_verdict"] == "no evidence found" and tag in _tags(r) for r in rows), said


def test_comparators_better_known_than_the_subject_keep_the_subject():
    gold = _dev15("gold_claims.csv")
    for said in ("rosemary oil did as well as the weaker minoxidil lotion over six months",
                 "rosemary works as well as minoxidil"):
        rows = _rows_quoting(gold, said)
        assert rows and all(r["question_intervention"] == "rosemary oil" and r["relation"] == "equivalent"
                            and r["gold_verdict"] == "supported" and "25842469" in r["note"] for r in rows), said
    rows = _rows_quoting(gold, "and it itched less")
    assert rows and all(r["question_intervention"] == "rosemary oil" and r["relation"] == "superior"
                        and r["gold_verdict"] == "supported" for r in rows)
    rows = _rows_quoting(gold, "in a study, peppermint grew hair faster than minoxidil")
    assert rows and all(r["question_intervention"] == "peppermint oil" and r["relation"] == "superior"
                        and r["gold_verdict"] == "partly supported" and "animal_only" in _tags(r)
                        and "25584150" in r["note"] for r in rows)
    rows = _rows_quoting(gold, "it works better with minoxidil than minoxidil does alone")
    assert rows and all(r["question_intervention"] == "microneedling plus minoxidil"
                        and r["comparator"] == "topical minoxidil" and r["gold_verdict"] == "supported" for r in rows)
    rows = [r for r in _rows_quoting(gold, "A benzoyl peroxide wash")
            if "works as well as the blue light gadgets" in r["quote"]]
    assert rows and all(r["question_intervention"] == "benzoyl peroxide wash"
                        and r["comparator"] == "home blue light therapy"
                        and r["gold_verdict"] == "no evidence found" for r in rows)


def test_denials_and_claims_against_the_records():
    gold = _dev15("gold_claims.csv")
    rows = _rows_quoting(gold, "never makes your scalp itch")
    assert rows and all(r["gold_verdict"] == "contradicted" and r["gold_side"] == "against"
                        and r["strength"] == "absolute" and "25842469" in r["note"] for r in rows)
    rows = _rows_quoting(gold, "she could see the difference after three days")
    assert rows and all(r["gold_verdict"] == "not supported" and r["gold_side"] == "against"
                        and r["time_frame_days"] == "3" for r in rows)
    rows = _rows_quoting(gold, "Most clients see new baby hairs after the very first session.")
    assert rows and all(r["gold_verdict"] == "not supported" and r["gold_side"] == "against"
                        and r["magnitude_kind"] == "sessions" and float(r["magnitude_value"]) == 1 for r in rows)
    rows = [r for r in _rows_exactly(gold, "It doesn't.") if r["article"] == "tattooaftercarefaq-1.html"]
    assert rows and all(r["question_intervention"] == "microneedling" and r["relation"] == "denies_harm"
                        and r["gold_verdict"] == "partly supported" and r["gold_side"] == "backs"
                        and "34448760" in r["note"] for r in rows)
    rows = _rows_exactly(gold, "they don't.")
    assert rows and all(r["question_intervention"] == "low-level laser therapy" and r["relation"] == "denies_harm"
                        and r["gold_verdict"] == "partly supported" and r["gold_side"] == "backs" for r in rows)


def test_scope_superlatives_durability_and_lay_time_words():
    gold = _dev15("gold_claims.csv")
    rows = _rows_quoting(gold, "Used twice a day, it thickens thinning hair in most women")
    assert rows and all(r["gold_verdict"] == "partly supported" and r["gold_side"] == "backs"
                        and {"scope_narrower", "restricted_state"} <= set(_tags(r)) for r in rows)
    rows = [r for r in _rows_quoting(gold, "is the best-studied option") if "the women's foam" in r["quote"]]
    assert rows and all(r["gold_verdict"] == "supported" and "superlative" in _tags(r) for r in rows)
    for said in ("Sun fades tattoos faster than anything else.", "the best cure we know"):
        rows = _rows_quoting(gold, said)
        assert rows and all(r["gold_verdict"] == "no evidence found" and "superlative" in _tags(r)
                            for r in rows), said
    rows = _rows_quoting(gold, "one dose keeps you covered for at least five years")
    assert rows and all(r["magnitude_kind"] == "duration" and float(r["magnitude_value"]) == 5
                        and r["magnitude_bound"] == "min" and "durability" in _tags(r) for r in rows)
    rows = _rows_quoting(gold, "her HRT patch stopped her night sweats within a fortnight")
    assert rows and all(r["time_frame_days"] == "14" and "lay_time_word" in _tags(r) for r in rows)


def test_quoted_claims_the_writer_rejects_are_negatives_not_gold():
    gold, negs = _dev15("gold_claims.csv"), _dev15("negatives.csv")
    rebutted = [r for r in negs if r["reason"] == "reported_belief_rebutted"]
    assert Counter(r["article"] for r in rebutted) == {
        "menopausecafeminutes-1.md": 1, "salonconsultnotes-1.txt": 1, "tattooaftercarefaq-1.html": 1,
        "welcomeweekhealth-1.html": 2, "choirbulletin-1.txt": 2}
    spans = [r["quote"].lower() for r in rebutted]
    for said in ("completely natural, so it can't hurt you", "laser combs can burn your scalp",
                 "needling makes scars permanent and lumpy", "a fry-up the next morning cures a hangover",
                 "toothpaste on a spot dries it out overnight", "Someone told me whispering rests your voice."):
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
    for said in ("black cohosh has been linked to liver damage", "nothing cures a hangover except time",
                 "It doesn't, and it can burn the skin."):
        assert _rows_quoting(gold, said), said
    for said in ("they don't.", "It doesn't.", "Not at all."):
        assert _rows_exactly(gold, said), said


def test_product_attributes_logistics_and_problem_descriptions_are_negatives():
    gold, negs = _dev15("gold_claims.csv"), _dev15("negatives.csv")
    specs = [r["quote"].lower() for r in negs if r["reason"] in ("product_spec", "device_spec", "cost")]
    for said in ("peach flavour", "smells of coffee and vanilla", "It's low-level light, not a salon laser.",
                 "(GBP 20, 15 minutes)", "warm-up CD"):
        assert any(said.lower() in q for q in specs), said
    problems = [r["quote"].lower() for r in negs if r["reason"] == "not_about_an_intervention"]
    for said in ("coming out in handfuls in the shower", "feels like losing a bit of myself", "My parting looks wider",
                 "half the corridor starts coughing", "New routine, new water", "exhausted from listening all day"):
        assert any(said.lower() in q for q in problems), said
    for said in ("GBP", "vanilla", "peach"):
        assert not _rows_quoting(gold, said), said


def test_claims_benchmark_reads_dev15_by_name_with_the_seeds_and_not_in_all():
    check_claims_benchmark_reads_development_split("dev15", DEV15_ARTICLES)


def test_dev15_counts_are_the_ones_written():
    gold = _dev15("gold_claims.csv")
    assert len(gold) == 115 and len(_dev15("negatives.csv")) == 99
    assert Counter(r["gold_verdict"] for r in gold) == {
        "supported": 26, "partly supported": 12, "not supported": 2, "contradicted": 1, "no evidence found": 74}
    assert Counter(r["gold_side"] for r in gold) == {"backs": 37, "against": 3, "unclear": 75}
