"""The held-out splits written blind for issue #14 (test3 by GOLD4, test4 by GOLD6, test5 by GOLD8, test6 by GOLD11, test7 by GOLD13,
test8 by GOLD14, test9 by GOLD15, test10 by GOLD16, test11 by GOLD17, test12 by GOLD18, test13 by GOLD19, test14 by GOLD21, test15 by GOLD23, test16 by GOLD25, test17 by GOLD27, test18 by GOLD29, test19 by GOLD31, test20 by GOLD33, test21 by GOLD35) are present, valid and kept apart from development.

Each is run once, by the lead, at the end of a session, to measure generalisation; nobody develops on
them. test5 and test6 are spent (reported at the end of two sessions each) and are development data since
session 12, test2, test3, test4 and test7 since session 13, test8 since session 14, test9 and test10 since session 15, test11 since session 16, test12 since session 17, test13 since session 18, test14 since session 19, test15 since session 20, test16 since session 21, test17 since session 22, test18 since session 23, test19 since session 24; they keep their checks here, since they are still read
by name only. These tests keep their articles, gold rows and negatives in place, make sure the validator judges
their rows, that their HTML pages' claims sit in the main text, not the boilerplate, and that the claims
benchmark reads them only by name (never in "all", never with the seeds). Nothing here runs the tool on
the articles.
"""

import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass

import pytest

from tests.devset import (
    DEVSET,
    ROOT,
    check_flipped_and_edited_rows_are_caught,
    check_html_claims_in_main_text,
    check_negative_under_another_split_is_rejected,
    check_notes_cite_pmids,
    check_split_articles,
    checker,
    claims_benchmark,
    read_rows,
    split_rows,
    write_rows,
)


@dataclass(frozen=True)
class HeldOut:
    split: str
    articles: frozenset[str]
    on_snapshot: frozenset[str]  # topics the snapshot covers: their verdicts are not all "no evidence found"
    sample_article: str  # an on-snapshot article whose rows the validator is shown edited
    other_split: str  # a held-out split to file a negative under by mistake
    min_rows: int = 15  # gold claims each article carries at least (written blind, never padded to a count)


SPLITS = [
    HeldOut("test3", frozenset({"sawpalmetto-1.md", "prpscars-1.html", "tretinoin-1.txt",
                                "niacinamide-1.txt", "sauna-1.md", "probiotics-1.txt"}),
            frozenset({"sawpalmetto-1.md", "prpscars-1.html", "tretinoin-1.txt"}), "tretinoin-1.txt", "test2"),
    HeldOut("test4", frozenset({"minoxidilwomen-1.md", "screenmelasma-1.txt", "ledwrinkles-1.html",
                                "ricewater-1.md", "snailmucin-1.txt", "glutathione-1.txt"}),
            frozenset({"minoxidilwomen-1.md", "screenmelasma-1.txt", "ledwrinkles-1.html"}),
            "minoxidilwomen-1.md", "test3"),
    HeldOut("test5", frozenset({"minoxidilshed-1.txt", "prpminoxidil-1.md", "homebluelight-1.txt",
                                "guasha-1.txt", "cryofacial-1.html", "azelaic-1.html"}),
            frozenset({"minoxidilshed-1.txt", "prpminoxidil-1.md", "homebluelight-1.txt"}),
            "homebluelight-1.txt", "test4"),
    HeldOut("test6", frozenset({"actinickeratosis-1.md", "pregnancyskincare-1.txt", "microcurrent-1.html",
                                "facialyoga-1.txt", "lightplusminoxidil-1.txt", "headspa-1.html"}),
            # facial yoga and the head spa are off the snapshot, but a tretinoin line and the spa's red-light and
            # rosemary add-ons are claims it can grade
            frozenset({"actinickeratosis-1.md", "pregnancyskincare-1.txt", "lightplusminoxidil-1.txt",
                       "facialyoga-1.txt", "headspa-1.html"}),
            "lightplusminoxidil-1.txt", "test5", min_rows=14),
    HeldOut("test7", frozenset({"retinoidbot-1.txt", "collagencoffee-1.md", "glowclub-1.html",
                                "drybrushing-1.txt", "beevenom-1.html", "tallow-1.md"}),
            frozenset({"retinoidbot-1.txt", "collagencoffee-1.md", "glowclub-1.html"}),
            "retinoidbot-1.txt", "test6", min_rows=13),
    HeldOut("test8", frozenset({"rosemaryvideo-1.txt", "vitamincquiz-1.html", "redlightsheet-1.md",
                                "cupping-1.txt", "lymphatic-1.html", "lionsmane-1.md"}),
            frozenset({"rosemaryvideo-1.txt", "vitamincquiz-1.html", "redlightsheet-1.md"}),
            "rosemaryvideo-1.txt", "test7", min_rows=15),
    HeldOut("test9", frozenset({"homepen-1.txt", "vampirefacial-1.md", "tazarotene-1.html",
                                "icerolling-1.txt", "beefliver-1.html", "oxygenfacial-1.md"}),
            frozenset({"homepen-1.txt", "vampirefacial-1.md", "tazarotene-1.html"}),
            "vampirefacial-1.md", "test8", min_rows=16),
    HeldOut("test10", frozenset({"minoxidilresponse-1.txt", "collagengummies-1.html", "bacnelight-1.txt",
                                 "silkpillowcase-1.md", "chlorophyllwater-1.html", "groundingmat-1.md"}),
            frozenset({"minoxidilresponse-1.txt", "collagengummies-1.html", "bacnelight-1.txt"}),
            "minoxidilresponse-1.txt", "test9", min_rows=15),
    HeldOut("test11", frozenset({"ionicvitaminc-1.html", "redlightscar-1.txt", "patchneedling-1.md",
                                 "castorlashticket-1.txt", "plungeapp-1.md", "mouthtapetrial-1.html"}),
            frozenset({"ionicvitaminc-1.html", "redlightscar-1.txt", "patchneedling-1.md"}),
            "patchneedling-1.md", "test10", min_rows=15),
    HeldOut("test12", frozenset({"prplaserbooking-1.txt", "retinoidcourse-1.md", "rosemaryreviews-1.html",
                                 "guashaworkshop-1.txt", "magsprayfaq-1.html", "acvrinse-1.md"}),
            frozenset({"prplaserbooking-1.txt", "retinoidcourse-1.md", "rosemaryreviews-1.html"}),
            "rosemaryreviews-1.html", "test11", min_rows=17),
    HeldOut("test13", frozenset({"minoxidilwebinar-1.md", "vitamincliveblog-1.html", "lightglossary-1.html",
                                 "castorradio-1.txt", "icerollingsms-1.txt", "snailmucinpost-1.txt"}),
            frozenset({"minoxidilwebinar-1.md", "vitamincliveblog-1.html", "lightglossary-1.html"}),
            "minoxidilwebinar-1.md", "test12", min_rows=15),
    HeldOut("test14", frozenset({"rosemarytrial-1.md", "retinalletter-1.txt", "prpdebate-1.html",
                                 "caffeineruling-1.html", "ricewatersales-1.md", "sluggingexperts-1.txt"}),
            # caffeine shampoo is on the snapshot (a trial, a comparison with minoxidil): graded, not absent
            frozenset({"rosemarytrial-1.md", "retinalletter-1.txt", "prpdebate-1.html", "caffeineruling-1.html"}),
            "retinalletter-1.txt", "test13", min_rows=13),
    HeldOut("test15", frozenset({"aaneedling-1.txt", "collagenhelpline-1.txt", "vitamincnurse-1.md",
                                 "hyaluronicquiz-1.html", "biotinwiki-1.html", "dermaplaningscript-1.txt"}),
            frozenset({"aaneedling-1.txt", "collagenhelpline-1.txt", "vitamincnurse-1.md"}),
            "aaneedling-1.txt", "test14", min_rows=13),
    HeldOut("test16", frozenset({"stretchtattoopetition-1.html", "peppermintletters-1.html", "peelneedletv-1.txt",
                                 "aftersuntravel-1.txt", "melanotanmemo-1.md", "bondrepairdeal-1.md"}),
            frozenset({"stretchtattoopetition-1.html", "peppermintletters-1.html", "peelneedletv-1.txt"}),
            "peelneedletv-1.txt", "test15", min_rows=15),
    HeldOut("test17", frozenset({"numbingpushdigest-1.txt", "minoxidilgrant-1.md", "needlebookcover-1.md",
                                 "beetrootfunrun-1.html", "standingdeskintranet-1.html", "kinesiotapenewsletter-1.txt"}),
            frozenset({"numbingpushdigest-1.txt", "minoxidilgrant-1.md", "needlebookcover-1.md"}),
            "numbingpushdigest-1.txt", "test16", min_rows=15),
    HeldOut("test18", frozenset({"opendayhandout-1.md", "prpinvestorcall-1.txt", "autumnhairleaflet-1.html",
                                 "dentalrecall-1.txt", "weightedblanketcompare-1.html", "iplmanual-1.md"}),
            frozenset({"opendayhandout-1.md", "prpinvestorcall-1.txt", "autumnhairleaflet-1.html"}),
            "opendayhandout-1.md", "test17", min_rows=15),
    HeldOut("test19", frozenset({"isotretinoinsearch-1.html", "aaminoxidilphonein-1.txt", "scarneedlingadcopy-1.md",
                                 "pimplepatchsciencefair-1.md", "floatfranchise-1.html", "bluelightlenses-1.txt"}),
            frozenset({"isotretinoinsearch-1.html", "aaminoxidilphonein-1.txt", "scarneedlingadcopy-1.md"}),
            "isotretinoinsearch-1.html", "test18", min_rows=15),
    HeldOut("test20", frozenset({"stemcellexampaper-1.md", "scarneedlingsubtitles-1.txt", "sheddingdiscord-1.txt",
                                 "pelvicfloorapp-1.html", "apothecaryaudioguide-1.txt", "calmgiftguide-1.html"}),
            frozenset({"stemcellexampaper-1.md", "scarneedlingsubtitles-1.txt", "sheddingdiscord-1.txt"}),
            "stemcellexampaper-1.md", "test19", min_rows=16),
    HeldOut("test21", frozenset({"burnsreflectivelog-1.md", "aestheticsexpo-1.html", "pharmacybroadcast-1.txt",
                                 "gpnoticeboard-1.html", "freefromleaflet-1.txt", "allotmentnewsletter-1.txt"}),
            frozenset({"burnsreflectivelog-1.md", "aestheticsexpo-1.html", "pharmacybroadcast-1.txt"}),
            "pharmacybroadcast-1.txt", "test20", min_rows=12),
]
HELD_OUT = {"test2", *(s.split for s in SPLITS)}
each = pytest.mark.parametrize("held", SPLITS, ids=[s.split for s in SPLITS])


@each
def test_split_has_its_six_articles_apart_from_every_other_split(held):
    gold, negs = split_rows("gold_claims.csv", held.split), split_rows("negatives.csv", held.split)
    assert {r["article"] for r in gold} == held.articles
    assert {r["article"] for r in negs} == held.articles
    others = {r["article"] for r in read_rows(DEVSET / "gold_claims.csv") if r["split"] != held.split}
    assert not others & held.articles
    for name in held.articles:
        assert (DEVSET / "articles" / name).exists(), name
        assert sum(r["article"] == name for r in gold) >= held.min_rows, name
    # Verdict sides are tested, not only absent topics, and every verdict is used.
    assert {"backs", "against", "unclear"} <= {r["gold_side"] for r in gold}
    assert {"supported", "partly supported", "not supported", "contradicted", "no evidence found"} == {
        r["gold_verdict"] for r in gold}
    for name in held.on_snapshot:
        assert any(r["article"] == name and r["gold_verdict"] != "no evidence found" for r in gold), name
    for name in held.articles - held.on_snapshot:  # a line about another, graded treatment is not the topic's
        topic = [r for r in gold if r["article"] == name and "comparator_subject" not in r["trap"]]
        assert {r["gold_verdict"] for r in topic} == {"no evidence found"}, name


@each
def test_verdict_notes_cite_pmids_or_say_the_snapshot_has_none(held):
    for r in split_rows("gold_claims.csv", held.split):
        cites = re.search(r"\b\d{7,8}\b", r["note"])
        assert cites or "no snapshot record" in r["note"], (r["article"], r["quote"], r["note"])


@each
def test_rows_pass_the_validator(held):
    proc = subprocess.run([sys.executable, str(DEVSET / "check_gold.py")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"'{held.split}'" in proc.stdout


@each
def test_validator_judges_the_rows(tmp_path, held):
    rows = split_rows("gold_claims.csv", held.split)
    assert checker().check(write_rows(tmp_path / "ok.csv", rows)) == []
    # A verdict on the wrong side and a quote edited away from the article are caught, naming the row.
    check_flipped_and_edited_rows_are_caught(tmp_path, rows, held.sample_article)
    unknown = [dict(r, split="test99") for r in rows]
    assert any("split='test99'" in p for p in checker().check(write_rows(tmp_path / "unknown.csv", unknown)))


@each
def test_negative_filed_under_another_split_is_rejected(tmp_path, held):
    check_negative_under_another_split_is_rejected(tmp_path, held.split, held.other_split)


@each
def test_html_claims_are_in_the_main_text_and_boilerplate_negatives_outside_it(held):
    pages = [n for n in held.articles if n.endswith(".html")]
    assert pages
    check_html_claims_in_main_text(held.split, pages)


@each
def test_claims_benchmark_reads_the_split_only_by_name(held):
    # Only the split selection is checked: the benchmark itself is not run on a held-out split.
    source = (ROOT / "benchmarks" / "claims.py").read_text(encoding="utf-8")
    choices = re.search(r'"--split".*?choices=\(([^)]*)\)', source)
    assert choices and f'"{held.split}"' in choices.group(1)
    bench = claims_benchmark()
    assert {r["article"] for r in bench._gold(bench.GOLD, held.split)} == held.articles
    every = bench._gold(bench.GOLD, "all")
    assert every and not {r["split"] for r in every} & HELD_OUT
    assert not {r["article"] for r in every} & held.articles
    # Seeds join the development splits only, never a held-out one.
    assert re.search(rf'args\.split not in \([^)]*"{held.split}"', source)


# test16 (GOLD25, session 19): what its author's test note pins beyond the checks every held-out split shares.
# The rows are read through the shared helpers only; nothing here prints or runs the tool on them.
TEST16 = next(s for s in SPLITS if s.split == "test16")


def _test16(name: str) -> list[dict]:
    return split_rows(name, "test16")


def _tags(row: dict) -> list[str]:
    return row["trap"].split(";")


def test_test16_articles_lengths_rows_sides_and_verdicts():
    check_split_articles("test16", set(TEST16.articles), set(TEST16.on_snapshot), (300, 560), min_gold=15)


def test_test16_elliptical_answers_name_no_treatment():
    answers = [r["quote"] for r in _test16("gold_claims.csv") if "elliptical_answer" in _tags(r)]
    assert len(answers) >= 5
    treatment = re.compile(r"needl|peppermint|lavender|aloe|melanotan|bond|minoxidil|rosemary", re.I)
    for said in ("It won't.", "Not really.", "unlikely, but nobody can promise that", "Massively.", "Partly."):
        hits = [q for q in answers if said.lower() in q.lower()]
        assert hits and not any(treatment.search(q) for q in hits), said


def test_test16_off_snapshot_pages_grade_only_four_supported_comparators():
    gold = _test16("gold_claims.csv")
    graded = [r for r in gold if r["article"] in TEST16.articles - TEST16.on_snapshot
              and r["gold_verdict"] != "no evidence found"]
    assert len(graded) == 4
    assert all("comparator_subject" in _tags(r) and r["gold_verdict"] == "supported" for r in graded)
    # two vitamin C rows (30881584), minoxidil (3883902) and rosemary (25842469)
    cited = sorted(next((p for p in ("30881584", "3883902", "25842469") if p in r["note"]), "") for r in graded)
    assert cited == ["25842469", "30881584", "30881584", "3883902"]


def test_test16_rebutted_beliefs_are_negatives_and_the_rebuttals_gold():
    gold, negs = _test16("gold_claims.csv"), _test16("negatives.csv")
    rebutted = [r for r in negs if r["reason"] == "reported_belief_rebutted"]
    assert len(rebutted) == 7
    for name in {r["article"] for r in rebutted}:
        text = (DEVSET / "articles" / name).read_text(encoding="utf-8")
        spans = [(text.index(r["quote"]), text.index(r["quote"]) + len(r["quote"]))
                 for r in gold if r["article"] == name]
        for r in (r for r in rebutted if r["article"] == name):
            start = text.index(r["quote"])
            assert not any(s < start + len(r["quote"]) and start < e for s, e in spans), name
    quotes = [r["quote"].lower() for r in gold]
    for said in ("It won't.", "They don't, in my view", "It doesn't, and the juice can cause diarrhoea",
                 "It won't regrow anything"):
        assert any(said.lower() in q for q in quotes), said


def test_test16_product_attributes_stay_negatives():
    gold, negs = _test16("gold_claims.csv"), _test16("negatives.csv")
    specs = [r["quote"].lower() for r in negs if r["reason"] == "product_spec"]
    quotes = [r["quote"].lower() for r in gold]
    for said in ("peach", "creamy", "no SPF", "washes off within a week", "smells far nicer"):
        assert any(said.lower() in q for q in specs), said
        assert not any(said.lower() in q for q in quotes), said


def test_test16_sides_are_the_ones_written():
    gold = _test16("gold_claims.csv")
    assert len(gold) == 113 and len(_test16("negatives.csv")) == 97
    assert Counter(r["gold_verdict"] for r in gold if r["gold_side"] == "against") == {
        "contradicted": 3, "not supported": 2}
    assert sum(r["gold_verdict"] == "no evidence found" for r in gold) == 59
    assert sum(r["gold_side"] == "unclear" and r["gold_verdict"] != "no evidence found" for r in gold) == 2


# test17 (GOLD27, session 20): a pharmacy loyalty-app notification export, a research charity's grant application, a
# book's back cover and front matter, a charity fun-run fundraising page (.html), an employee intranet benefits page
# (.html) and a school PE and sport bulletin. Held out: the lead runs it once at the end of the session. What its
# author's test note pins beyond the checks every held-out split shares (the validator, with the first contradicted
# row the push digest's "a 0.25 mm roller never causes scarring"; the notes; the HTML main text, 7 and 6 boilerplate
# negatives outside <main>; the benchmark reading it by name only). The rows are read through the shared helpers
# only; nothing here prints or runs the tool on them, and no scores are asserted.
TEST17 = next(s for s in SPLITS if s.split == "test17")


def _test17(name: str) -> list[dict]:
    return split_rows(name, "test17")


def _quoting(rows: list[dict], said: str) -> list[dict]:
    return [r for r in rows if said.lower() in r["quote"].lower()]


def test_test17_articles_lengths_rows_sides_and_verdicts():
    # body words 396-528 (HTML counted inside <main>)
    check_split_articles("test17", set(TEST17.articles), set(TEST17.on_snapshot), (330, 560), min_gold=15)


def test_test17_elliptical_answers_name_no_treatment():
    answers = [r["quote"] for r in _test17("gold_claims.csv") if "elliptical_answer" in _tags(r)]
    assert len(answers) >= 10
    treatment = re.compile(r"numb|cream|spray|gel|roller|minoxidil|beetroot|desk|converter|tape", re.I)
    assert sum(not treatment.search(q) for q in answers) >= 8
    for said in ("Not at all.", "No.", "Not really.", "Unlikely on its own.", "There's no good evidence for that."):
        hits = [q for q in answers if said.lower() in q.lower()]
        assert hits and not any(treatment.search(q) for q in hits), said


def test_test17_treatments_named_unusually_keep_their_intervention():
    gold = _test17("gold_claims.csv")
    for said, brand, intervention in (
            ("NumbEase takes the sting out of home rolling", "numbease", "lidocaine-prilocaine numbing cream"),
            ("Your DermaGlide roller's tiny channels kick-start fresh collagen", "dermaglide", "microneedling"),
            ("ZzzRest magnesium body spray helps you drift off faster", "zzzrest", "topical magnesium spray")):
        rows = _quoting(gold, said)
        assert rows and {r["intervention"] for r in rows} == {intervention}, said
        assert not any(brand in (r["intervention"] + r["question_intervention"]).lower() for r in rows), said
    rows = _quoting(gold, "Pricking the skin before a numbing cream goes on gets it working sooner")
    assert rows and {r["intervention"] for r in rows} == {"microneedle pretreatment before topical anaesthetic"}
    rows = _quoting(gold, "For men, 5 mg tablets proved not inferior to the lotion in a head-to-head trial")
    assert rows and all(r["question_intervention"] == "oral minoxidil" and r["comparator"] == "5% topical minoxidil"
                        and r["relation"] == "equivalent" and "not_inferior" in r["trap"] for r in rows)


def test_test17_rebutted_beliefs_and_study_aims_are_negatives_not_gold():
    gold, negs = _test17("gold_claims.csv"), _test17("negatives.csv")
    rebutted = [r for r in negs if r["reason"] == "reported_belief_rebutted"]
    for name, said in (("needlebookcover-1.md", "zero downtime, zero risk, results after one session"),
                       ("kinesiotapenewsletter-1.txt",
                        "lifts the skin to improve lymph drainage and speeds recovery by 50%"),
                       ("kinesiotapenewsletter-1.txt", "knee brace"),
                       ("beetrootfunrun-1.html", "cures cramp")):
        assert any(r["article"] == name and said.lower() in r["quote"].lower() for r in rebutted), said
    for name in {r["article"] for r in rebutted}:
        text = (DEVSET / "articles" / name).read_text(encoding="utf-8")
        spans = [(text.index(r["quote"]), text.index(r["quote"]) + len(r["quote"]))
                 for r in gold if r["article"] == name]
        for r in (r for r in rebutted if r["article"] == name):
            start = text.index(r["quote"])
            assert not any(s < start + len(r["quote"]) and start < e for s, e in spans), name
    aim = "We expect once-daily use to halve the rate of facial hair without losing regrowth."
    assert any(r["reason"] == "study_aim" and aim in r["quote"] for r in negs)
    assert not _quoting(gold, aim)


def test_test17_comparator_subjects_are_graded():
    gold = _test17("gold_claims.csv")
    rows = _quoting(gold, 'rosemary oil "works just as well with no side effects"')
    assert sorted((r["relation"], r["gold_verdict"]) for r in rows) == [
        ("denies_harm", "contradicted"), ("equivalent", "partly supported")]
    assert all(r["gold_side"] == "against" for r in rows if r["gold_verdict"] == "contradicted")
    # an off-snapshot page graded only on its comparator subject
    rows = _quoting(gold, "fluid building up around the heart is a known, if rare, reaction to the tablets")
    assert rows and all(r["article"] == "beetrootfunrun-1.html" and "comparator_subject" in _tags(r)
                        and r["gold_verdict"] == "supported"
                        and r["question_intervention"] == "low-dose oral minoxidil" for r in rows)


def test_test17_counts_are_the_ones_written():
    gold = split_rows("gold_claims.csv", "test17")
    assert len(gold) == 112 and len(split_rows("negatives.csv", "test17")) == 100
    assert Counter(r["gold_verdict"] for r in gold) == {
        "supported": 24, "partly supported": 28, "not supported": 4, "contradicted": 3, "no evidence found": 53}
    assert Counter(r["gold_side"] for r in gold) == {"backs": 49, "against": 4, "unclear": 59}


# test18 (GOLD29, session 21): a university open-day taster-talk handout, a listed clinic chain's results-call
# transcript, a pharmacy chain's seasonal leaflet (.html), a dental practice recall letter, a product comparison table
# page (.html) and a device user manual. Held out: the lead runs it once at the end of the session; nobody tunes or
# trains on it. What its author's test note pins beyond the checks every held-out split shares (the validator, with the
# first contradicted row the handout's "It also kicks in quicker, usually after one session"; the notes; the HTML main
# text, 6 and 5 boilerplate negatives outside <main>; the benchmark reading it by name only, in the held-out tuple, so
# the seeds are not scored with it). The rows are read through the shared helpers only; nothing here prints or runs
# the tool on them, and no scores are asserted.
TEST18 = next(s for s in SPLITS if s.split == "test18")


def _test18(name: str) -> list[dict]:
    return split_rows(name, "test18")


def test_test18_articles_lengths_rows_sides_and_verdicts():
    # body words 379-523 (HTML counted inside <main>); rows 16-22 per article; negatives 14-21 per article
    check_split_articles("test18", set(TEST18.articles), set(TEST18.on_snapshot), (330, 560), min_gold=15)


def test_test18_elliptical_answers_name_no_treatment():
    gold = _test18("gold_claims.csv")
    answers = [r["quote"] for r in gold if "elliptical_answer" in _tags(r)]
    assert len(answers) >= 12
    treatment = re.compile(
        r"microneedl|patch|prp|rootrenew|minox|foam|tablet|caffe|palmetto|fluorid|whiten|brush|blanket|ipl|laser", re.I)
    assert sum(not treatment.search(q) for q in answers) >= 10
    for said in ("Honestly, no.", "Permanently, yes."):
        rows = _quoting(gold, said)
        assert rows and {r["question_intervention"] for r in rows} == {"prp"}, said
    rows = _quoting(gold, "That's fair, it did.")
    assert rows and all(r["question_intervention"] == "low-level laser therapy" and r["comparator"] == "minoxidil"
                        and r["population"] == "women" and r["gold_verdict"] == "supported" for r in rows)


def test_test18_off_snapshot_pages_grade_only_comparators():
    gold = _test18("gold_claims.csv")
    off = TEST18.articles - TEST18.on_snapshot
    topic = [r for r in gold if r["article"] in off and "comparator_subject" not in _tags(r)]
    assert topic and all(r["gold_verdict"] == "no evidence found" and r["gold_side"] == "unclear" for r in topic)
    graded = [r for r in gold if r["article"] in off and r["gold_verdict"] != "no evidence found"]
    assert len(graded) == 1
    assert "Blue light from your screen disrupts your body clock." in graded[0]["quote"]
    assert graded[0]["gold_verdict"] == "partly supported" and "26900325" in graded[0]["note"]
    # in the covered articles, five comparator-subject rows, all supported
    covered = [r for r in gold if r["article"] in TEST18.on_snapshot and "comparator_subject" in _tags(r)]
    assert len(covered) == 5 and {r["gold_verdict"] for r in covered} == {"supported"}
    for said, pmid in (("They cause unwanted facial hair, about twice as often as the lotion does", "39425514"),
                       ("The network meta-analysis put low-level laser first for women.", "32250713"),
                       ("That's fair, it did.", "32250713"),
                       ("It can.", "15034503"),
                       ("The stronger lotion itches more than the weaker one.", "15034503")):
        rows = _quoting(covered, said)
        assert rows and all(pmid in r["note"] for r in rows), said
    rows = _quoting(covered, "They cause unwanted facial hair, about twice as often as the lotion does")
    assert all(r["question_intervention"] == "oral minoxidil" and r["comparator"] == "topical minoxidil"
               and r["magnitude_kind"] == "fold" and float(r["magnitude_value"]) == 2 for r in rows)
    # biotin is off the snapshot, in a covered article
    rows = _quoting(gold, "Unless you are short of biotin, they won't thicken your hair")
    assert rows and all(r["gold_verdict"] == "no evidence found" and r["relation"] == "no_effect" for r in rows)


def test_test18_treatments_are_named_as_the_copy_names_them():
    gold = _test18("gold_claims.csv")
    rows = _quoting(gold, "Because it works.")
    assert rows and {r["question_intervention"] for r in rows} == {"prp"}
    rows = _quoting(gold, "RootRenew is now the best-evidenced treatment")
    assert rows and all(r["question_intervention"] == "prp" and r["comparator"] == "minoxidil"
                        and r["gold_verdict"] == "not supported" and r["gold_side"] == "against" for r in rows)
    rows = _quoting(gold, "Regrowa Foam regrows hair on the crown in 16 weeks.")
    assert rows and all(r["question_intervention"] == "topical minoxidil" and r["population"] == "men"
                        and r["time_frame_days"] == "112" for r in rows)
    rows = _quoting(gold, "CaffeRoot is no less effective than 5% minoxidil for men")
    assert rows and all(r["question_intervention"] == "topical caffeine" and r["relation"] == "equivalent"
                        and "no_less_effective" in _tags(r) and r["comparator"] == "5% topical minoxidil"
                        and r["gold_verdict"] == "supported" for r in rows)
    rows = _quoting(gold, "the saw palmetto oil in PalmaHair cut hair fall by up to 29%")
    assert rows and all(r["question_intervention"] == "saw palmetto" and float(r["magnitude_value"]) == 29
                        and r["magnitude_kind"] == "percent_change" and r["magnitude_bound"] == "max"
                        and "ingredient_in_product" in _tags(r) for r in rows)
    rows = _quoting(gold, "Steroid needled into bald patches regrew them just as well as injecting it")
    assert rows and all(r["question_intervention"] == "microneedling-delivered triamcinolone"
                        and r["comparator"] == "intralesional triamcinolone injection"
                        and r["relation"] == "equivalent" and r["gold_verdict"] == "supported" for r in rows)
    rows = _quoting(gold, "Botox spread over needled skin")
    assert len(rows) == 2 and {r["question_intervention"] for r in rows} == {"microneedling-delivered botulinum toxin"}
    assert sorted(r["relation"] for r in rows) == ["benefit", "equivalent"]
    benefit = next(r for r in rows if r["relation"] == "benefit")
    assert benefit["magnitude_kind"] == "proportion" and round(float(benefit["magnitude_value"])) == 83
    equivalent = next(r for r in rows if r["relation"] == "equivalent")
    assert equivalent["comparator"] == "intradermal botulinum toxin injection"
    rows = _quoting(gold, "Taken by mouth, minoxidil grows no more hair than rubbing it on.")
    assert rows and all(r["question_intervention"] == "oral minoxidil" and r["comparator"] == "topical minoxidil"
                        and r["relation"] == "equivalent" and r["gold_verdict"] == "supported" for r in rows)
    rows = _quoting(gold, "Desk stress")
    assert rows and all(r["question_intervention"] == "weighted blanket" and r["intervention"] == "weighted lap pad"
                        for r in rows)
    routes = [r for r in gold if "route_comparison" in _tags(r)]
    assert len(routes) == 7 and all(r["comparator"] for r in routes)


def test_test18_rebutted_beliefs_are_negatives_and_the_rebuttals_gold():
    gold, negs = _test18("gold_claims.csv"), _test18("negatives.csv")
    rebutted = [r for r in negs if r["reason"] == "reported_belief_rebutted"]
    assert Counter(r["article"] for r in rebutted) == {
        "opendayhandout-1.md": 1, "autumnhairleaflet-1.html": 2, "dentalrecall-1.txt": 1}
    for name, said in (("opendayhandout-1.md", "So the needles push every medicine through."),
                       ("autumnhairleaflet-1.html", "the side effects are identical either way"),
                       ("autumnhairleaflet-1.html", "strengthen hair from the root"),
                       ("dentalrecall-1.txt", "draws the toxins out of your gums")):
        assert any(r["article"] == name and said.lower() in r["quote"].lower() for r in rebutted), said
    for name in {r["article"] for r in rebutted}:
        text = (DEVSET / "articles" / name).read_text(encoding="utf-8")
        spans = [(text.index(r["quote"]), text.index(r["quote"]) + len(r["quote"]))
                 for r in gold if r["article"] == name]
        for r in (r for r in rebutted if r["article"] == name):
            start = text.index(r["quote"])
            assert not any(s < start + len(r["quote"]) and start < e for s, e in spans), name
    for said, verdict, pmid in (("the second drug tested barely moved", "supported", "27854292"),
                                ("but that isn't what the trials found", "partly supported", "39425514"),
                                ("I'm afraid it doesn't", "no evidence found", "")):
        rows = _quoting(gold, said)
        assert rows and all(r["gold_verdict"] == verdict and pmid in r["note"] for r in rows), said


def test_test18_product_attributes_and_feelings_stay_negatives():
    gold, negs = _test18("gold_claims.csv"), _test18("negatives.csv")
    specs = [r["quote"].lower() for r in negs if r["reason"] == "product_spec"]
    for said in ("no scent", "smells faintly of coffee", "suitable for vegetarians", "strawberry",
                 "Charges by USB-C in two hours", "310 g", "machine washable", "no night sweats"):
        assert any(said.lower() in q for q in specs), said
    problems = [r["quote"].lower() for r in negs if r["reason"] == "not_about_an_intervention"]
    for said in ("giving up on you", "Lying awake at 3am", "stubble that's back by the afternoon"):
        assert any(said.lower() in q for q in problems), said
    for said in ("scent", "smells", "strawberry", "USB", "washable"):
        assert not _quoting(gold, said), said


def test_test18_comparatives_both_ways_keep_their_relation():
    gold = _test18("gold_claims.csv")
    rows = _quoting(gold, "It also kicks in quicker, usually after one session")
    assert rows and all(r["relation"] == "superior" and r["magnitude_kind"] == "sessions"
                        and float(r["magnitude_value"]) == 1 and r["gold_verdict"] == "contradicted"
                        and r["gold_side"] == "against" and "36213604" in r["note"] for r in rows)
    rows = _quoting(gold, "It works just as well as finasteride")
    assert rows and all(r["relation"] == "equivalent" and r["comparator"] == "finasteride"
                        and r["gold_verdict"] == "not supported" and r["gold_side"] == "against"
                        and "23298508" in r["note"] for r in rows)
    rows = _quoting(gold, "In the lab, one of them crossed pig skin nearly seven times faster after rolling")
    assert rows and all(r["relation"] == "benefit" and r["magnitude_kind"] == "fold"
                        and float(r["magnitude_value"]) == 7 and r["gold_verdict"] == "supported"
                        and "27854292" in r["note"] for r in rows)
    rows = _quoting(gold, "with the tablets it turns up about twice as often")
    assert rows and all(r["relation"] == "harm" and r["magnitude_kind"] == "fold"
                        and float(r["magnitude_value"]) == 2 and r["comparator"] == "topical minoxidil"
                        and r["gold_verdict"] == "supported" for r in rows)


def test_test18_denials_are_graded_against_the_documented_harm():
    gold = _test18("gold_claims.csv")
    for said, verdict, pmid in (
            ("it's your own blood, so there's no chance of an allergic reaction", "contradicted", "30855461"),
            ("Honestly, no.", "contradicted", "27015236"),
            ("Nobody has ever suffered a serious complication from PRP.", "contradicted", "27015236"),
            ("it won't make your scalp itch", "not supported", "33564516")):
        rows = _quoting(gold, said)
        assert rows and all(r["gold_verdict"] == verdict and r["gold_side"] == "against" and pmid in r["note"]
                            for r in rows), said


def test_test18_counts_are_the_ones_written():
    gold = _test18("gold_claims.csv")
    assert len(gold) == 108 and len(_test18("negatives.csv")) == 97
    assert Counter(r["gold_verdict"] for r in gold) == {
        "supported": 27, "partly supported": 17, "not supported": 9, "contradicted": 4, "no evidence found": 51}
    assert Counter(r["gold_side"] for r in gold) == {"backs": 44, "against": 11, "unclear": 53}


# test19 (GOLD31, session 22): a search-engine results page (.html), a radio phone-in transcript, a clinic's search-ad
# copy export, a school science fair project board, a float-tank franchise recruitment page (.html) and an optician's
# spectacle order and lens-options sheet. Held out: the lead runs it once at the end of the session; nobody tunes or
# trains on it. What its author's test note pins beyond the checks every held-out split shares (the validator, with the
# first contradicted row the caller's GP line "at such a low dose the tablets can't affect your heart at all"; the
# notes; the HTML main text, 6 and 4 boilerplate negatives outside <main>; the benchmark reading it by name only, in the
# held-out tuple, so the seeds are not scored with it). The rows are read through the shared helpers only; the
# assertions name quotes from the note and counts, never dump rows; nothing here runs the tool, and no scores are
# asserted.
TEST19 = next(s for s in SPLITS if s.split == "test19")


def _test19(name: str) -> list[dict]:
    return split_rows(name, "test19")


def test_test19_articles_lengths_rows_sides_and_verdicts():
    # body words 380-538 (HTML counted inside <main>); rows 15-23 per article; negatives 14-22 per article
    check_split_articles("test19", set(TEST19.articles), set(TEST19.on_snapshot), (300, 560), min_gold=15)


def test_test19_elliptical_answers_name_no_treatment():
    gold = _test19("gold_claims.csv")
    answers = [r for r in gold if "elliptical_answer" in _tags(r)]
    assert len(answers) >= 11
    treatment = re.compile(
        r"isotretinoin|accutane|minoxidil|steroid|needl|prp|patch|float|lens|filter|coating|blue", re.I)
    assert sum(not treatment.search(r["quote"]) for r in answers) >= 9
    for said, article, intervention, verdict in (
            ("Yes.", "isotretinoinsearch-1.html", "topical isotretinoin", "supported"),
            ("It can.", "aaminoxidilphonein-1.txt", "microneedling", "partly supported"),
            ("Not that any published trial has shown.", None, "oral isotretinoin", "no evidence found"),
            ("Usually, yes.", "floatfranchise-1.html", None, None),
            ("Absolutely.", "floatfranchise-1.html", None, None),
            ("Not for her eyes.", "bluelightlenses-1.txt", None, None),
            ("Not in any way.", "bluelightlenses-1.txt", None, None)):
        rows = [r for r in answers if r["quote"] == said and (article is None or r["article"] == article)]
        assert rows, said
        if intervention is not None:
            assert all(r["question_intervention"] == intervention and r["gold_verdict"] == verdict
                       for r in rows), said


def test_test19_claims_about_another_route_are_not_graded_on_its_records():
    gold = _test19("gold_claims.csv")
    oral = [r for r in gold if r["question_intervention"] == "oral isotretinoin"]
    assert len(oral) == 7
    assert all(r["gold_verdict"] == "no evidence found" and r["gold_side"] == "unclear"
               and {"route", "route_comparison"} & set(_tags(r))
               and ("1460118" in r["note"] or "10607320" in r["note"]) for r in oral)
    rows = _quoting(gold, "Retinoid creams used in early pregnancy")
    assert rows and all(r["question_intervention"] == "topical retinoids" and r["gold_verdict"] == "supported"
                        for r in rows)
    rows = _quoting(gold, "it works almost as well with fewer side effects")
    assert len(rows) == 2 and sorted(r["relation"] for r in rows) == ["equivalent", "superior"]
    assert all(r["question_intervention"] == "microneedling-delivered triamcinolone"
               and r["comparator"] == "intralesional triamcinolone injection" and r["gold_verdict"] == "supported"
               and "route_comparison" in _tags(r) for r in rows)
    rows = _quoting(gold, "better than any tablet")
    assert rows and all(r["relation"] == "superior" and r["comparator"] == "oral magnesium tablets"
                        and r["gold_verdict"] == "no evidence found" for r in rows)


def test_test19_claims_are_graded_on_the_scope_the_records_studied():
    gold = _test19("gold_claims.csv")
    rows = [r for r in gold if r["quote"] == "Yes." and r["article"] == "isotretinoinsearch-1.html"]
    assert rows and all(r["gold_verdict"] == "supported" and "10607320" in r["note"] for r in rows)
    rows = _quoting(gold, "for total scalp loss like yours, it didn't regrow a single hair")
    assert rows and all(r["gold_verdict"] == "supported" and r["relation"] == "no_effect"
                        and "20384755" in r["note"] for r in rows)
    for said in ("It smooths the crepey skin on your neck and chest too",
                 "My neck lines are basically gone after three months"):
        rows = _quoting(gold, said)
        assert rows and all(r["gold_verdict"] == "partly supported" and r["gold_side"] == "unclear"
                            and "scope_site" in _tags(r) for r in rows), said
    rows = _quoting(gold, "Nobody has tested it on eyebrows.")
    assert rows and all(r["gold_verdict"] == "no evidence found" for r in rows)
    for said in ("Works On Back Scars Too", "Collagen induction smooths rolling and boxcar scars on Black and Brown skin"):
        rows = _quoting(gold, said)
        assert rows and all(r["gold_verdict"] == "partly supported" and r["gold_side"] == "backs" for r in rows), said


def test_test19_treatments_are_named_as_the_copy_names_them():
    gold = _test19("gold_claims.csv")
    for said, intervention in (
            ("Visibly Erases Wrinkles In 14 Days", "topical isotretinoin"),
            ("Low-dose isotretinoin pills shrink pores", "oral isotretinoin"),
            ("unlike the tretinoin that turned my face into a snake", "tretinoin"),
            ("minoxidil injected on its own did rather little", "intralesional minoxidil"),
            ("adding it to the steroid injection", "intralesional minoxidil plus steroid injection"),
            ("Peel + pen packages", "microneedling plus glycolic acid peel"),
            ("Redness settles in half the time", "prp plus microneedling"),
            ("Same scar results as CO2 laser", "radiofrequency microneedling"),
            ("The microdart patches have tiny dissolving spikes", "microneedle pimple patches"),
            ("FloatWell resets a frazzled nervous system", "flotation therapy"),
            ("Helps you fall asleep faster", "blue-light filtering lenses"),
            ("the magnesium in the salt soaks in through your skin", "epsom salt")):
        rows = _quoting(gold, said)
        assert rows and all(r["question_intervention"] == intervention for r in rows), said
    rows = _quoting(gold, "Visibly Erases Wrinkles In 14 Days")
    assert all(r["gold_verdict"] == "not supported" and r["gold_side"] == "against" for r in rows)
    rows = _quoting(gold, "Low-dose isotretinoin pills shrink pores")
    assert len(rows) == 2 and all(r["comparator"] == "topical creams" for r in rows)
    rows = _quoting(gold, "unlike the tretinoin that turned my face into a snake")
    assert all("comparator_subject" in _tags(r) and r["gold_verdict"] == "supported" for r in rows)
    rows = _quoting(gold, "minoxidil injected on its own did rather little")
    assert all(r["relation"] == "no_effect" and r["gold_verdict"] == "supported" for r in rows)
    rows = _quoting(gold, "Peel + pen packages")
    assert all(r["comparator"] == "microneedling alone" and r["magnitude_kind"] == "fold"
               and float(r["magnitude_value"]) == 2 and r["gold_verdict"] == "partly supported"
               and r["gold_side"] == "unclear" for r in rows)
    rows = _quoting(gold, "Same scar results as CO2 laser")
    assert len(rows) == 2 and all(r["gold_verdict"] == "supported" for r in rows)
    rows = _quoting(gold, "The microdart patches have tiny dissolving spikes")
    assert all(r["gold_verdict"] == "no evidence found" and "device_in_snapshot_other_use" in _tags(r) for r in rows)
    rows = _quoting(gold, "FloatWell resets a frazzled nervous system")
    assert all("brand_subject" in _tags(r) for r in rows)


def test_test19_comparatives_both_ways_keep_their_relation():
    gold = _test19("gold_claims.csv")
    for said, tag, verdict in (
            ("Pooled together, the trials found PRP no less effective than steroid injections", "no_less_effective",
             "supported"),
            ("works at least as well as insulin", "at_least_as_good", "supported"),
            ("For tension headaches it is not inferior to a massage", "not_inferior", "no evidence found")):
        rows = _quoting(gold, said)
        assert rows and all(r["relation"] == "equivalent" and tag in _tags(r) and r["gold_verdict"] == verdict
                            for r in rows), said
    rows = _quoting(gold, "As Good As Laser For Scars")
    assert rows and all(r["relation"] == "equivalent" and r["gold_verdict"] == "not supported"
                        and r["gold_side"] == "against" for r in rows)
    rows = _quoting(gold, "so there's far less downtime than laser")
    assert rows and all(r["relation"] == "superior" and r["gold_verdict"] == "supported" for r in rows)
    rows = _quoting(gold, "In the biggest head-to-head, though, the steroid regrew more")
    assert rows and all(r["relation"] == "superior" and r["comparator"] == "prp" and r["gold_verdict"] == "supported"
                        for r in rows)
    rows = _quoting(gold, "work no better than ordinary clear lenses")
    assert rows and all(r["relation"] == "no_effect" and r["comparator"] == "clear lenses" for r in rows)


def test_test19_rebutted_beliefs_are_negatives_and_the_rebuttals_gold():
    gold, negs = _test19("gold_claims.csv"), _test19("negatives.csv")
    rebutted = [r for r in negs if r["reason"] == "reported_belief_rebutted"]
    assert Counter(r["article"] for r in rebutted) == {
        "bluelightlenses-1.txt": 4, "scarneedlingadcopy-1.md": 3, "aaminoxidilphonein-1.txt": 2,
        "isotretinoinsearch-1.html": 1, "pimplepatchsciencefair-1.md": 1}
    spans = [r["quote"].lower() for r in rebutted]
    for said in ("reverses twenty years of sun damage", "raw garlic", "No Risk Of Dark Marks",
                 "Permanent Results Guaranteed", "flatten spots overnight", "Ends digital eye strain",
                 "prevents macular degeneration"):
        assert any(said.lower() in q for q in spans), said
    for name in {r["article"] for r in rebutted}:
        text = (DEVSET / "articles" / name).read_text(encoding="utf-8")
        gold_spans = [(text.index(r["quote"]), text.index(r["quote"]) + len(r["quote"]))
                      for r in gold if r["article"] == name]
        for r in (r for r in rebutted if r["article"] == name):
            start = text.index(r["quote"])
            assert not any(s < start + len(r["quote"]) and start < e for s, e in gold_spans), name
    for said in ("It does not", "There's no trial of garlic at all",
                 "None of the 12 plainly patched spots was flat after one night",
                 "there is no good evidence that these lenses protect against macular degeneration"):
        assert _quoting(gold, said), said


def test_test19_product_attributes_and_problem_descriptions_stay_negatives():
    gold, negs = _test19("gold_claims.csv"), _test19("negatives.csv")
    specs = [r["quote"].lower() for r in negs if r["reason"] in ("product_spec", "device_spec")]
    for said in ("almonds", "plasters", "nearly invisible", "500 kg of Epsom salt", "filters up to 40%"):
        assert any(said.lower() in q for q in specs), said
    problems = [r["quote"].lower() for r in negs if r["reason"] == "not_about_an_intervention"]
    for said in ("Crepey hands, brown spots, that papery look", "It knocks your confidence",
                 "Spots before a school photo are the worst", "Stress, poor sleep and back pain are everywhere",
                 "rose 140%"):
        assert any(said.lower() in q for q in problems), said
    for said in ("almonds", "plasters", "140%", "£"):
        assert not _quoting(gold, said), said


def test_test19_counts_are_the_ones_written():
    gold = _test19("gold_claims.csv")
    assert len(gold) == 115 and len(_test19("negatives.csv")) == 100
    assert Counter(r["gold_verdict"] for r in gold) == {
        "supported": 34, "partly supported": 18, "not supported": 5, "contradicted": 3, "no evidence found": 55}
    assert Counter(r["gold_side"] for r in gold) == {"backs": 47, "against": 6, "unclear": 62}


# test20 (GOLD33, session 23): a vocational exam paper with mark scheme, a YouTube video's subtitle (SRT) file, a Discord
# channel export, an app-store listing (.html), a museum audio-guide script and a magazine gift guide (.html). Held out:
# the lead runs it once at the end of the session; nobody tunes or trains on it. What its author's test note pins beyond
# the checks every held-out split shares (the validator, with the first contradicted row the subtitles' "Zero downtime
# though, I was at work next day."; the notes; the HTML main text, 5 and 6 boilerplate negatives outside <main>; the
# benchmark reading it by name only, in the held-out tuple, so the seeds are not scored with it). The rows are read
# through the shared helpers only; the assertions name quotes from the note and counts, never dump rows; nothing here
# runs the tool, and no scores are asserted.
TEST20 = next(s for s in SPLITS if s.split == "test20")


def _test20(name: str) -> list[dict]:
    return split_rows(name, "test20")


def test_test20_articles_lengths_rows_sides_and_verdicts():
    # body words 366-558 (HTML counted inside <main>; the subtitle file counts its cue numbers and timecodes: 554);
    # rows 16-21 per article; negatives 15-19 per article
    check_split_articles("test20", set(TEST20.articles), set(TEST20.on_snapshot), (300, 560), min_gold=16)


def test_test20_sidebar_claims_are_boilerplate_not_gold():
    gold, negs = _test20("gold_claims.csv"), _test20("negatives.csv")
    boiler = [r["quote"] for r in negs if r["reason"] == "boilerplate"]
    for said in ("DreamDrift: sleep sounds that cure insomnia in a week.",
                 "Why a bowl of porridge at night melts belly fat"):
        assert any(said in q for q in boiler), said
        assert not _quoting(gold, said), said


def test_test20_elliptical_answers_name_no_treatment():
    gold = _test20("gold_claims.csv")
    answers = [r for r in gold if "elliptical_answer" in _tags(r)]
    assert len(answers) == 15
    quotes = [r["quote"] for r in answers]
    for said in ("Rarely.", "Honestly, hardly at all.", "It can.", "Honestly? Barely.", "There's nothing to show that.",
                 "Absolutely not.", "Sadly, no.", "Only sometimes.", "Not really."):
        assert said in quotes, said
    # one answer, two claims: no effect on a cure, a hedged benefit
    rows = [r for r in answers if r["quote"] == "No. Helped a bit though."]
    assert sorted(r["relation"] for r in rows) == ["benefit", "no_effect"]
    assert all(r["strength"] == "hedged" for r in rows if r["relation"] == "benefit")
    treatment = re.compile(
        r"needl|stem|serum|minoxidil|honey|leech|maggot|willow|lamp|lavender|copper|mat\b|app|squeeze", re.I)
    assert not any(treatment.search(q) for q in quotes)


def test_test20_off_snapshot_pages_grade_only_comparators():
    gold = _test20("gold_claims.csv")
    off = TEST20.articles - TEST20.on_snapshot
    topic = [r for r in gold if r["article"] in off and "comparator_subject" not in _tags(r)]
    assert topic and all(r["gold_verdict"] == "no evidence found" for r in topic)
    graded = [r for r in gold if r["article"] in off and r["gold_verdict"] != "no evidence found"]
    assert all("comparator_subject" in _tags(r) for r in graded)
    # PRP near the eyes (27015236), needle channels closing in rats (21732220), lavender in mice (27123160), home blue
    # light for spots (22091799), a retina damaged by an LED mask (32541484)
    pmids = ("27015236", "21732220", "27123160", "22091799", "32541484")
    assert sorted((r["article"], r["gold_verdict"], next((p for p in pmids if p in r["note"]), ""))
                  for r in graded) == sorted([
                      ("apothecaryaudioguide-1.txt", "supported", "27015236"),
                      ("apothecaryaudioguide-1.txt", "partly supported", "21732220"),
                      ("calmgiftguide-1.html", "partly supported", "27123160"),
                      ("calmgiftguide-1.html", "partly supported", "22091799"),
                      ("calmgiftguide-1.html", "supported", "32541484"),
                  ])
    rows = _quoting(gold, 'Unlike laser "vaginal tightening"')
    assert rows and all(r["article"] == "pelvicfloorapp-1.html" and "comparator_subject" in _tags(r)
                        and r["gold_verdict"] == "no evidence found" for r in rows)


def test_test20_treatments_are_named_as_the_copy_names_them():
    gold = _test20("gold_claims.csv")
    for said, intervention, comparator in (
            ("the conditioned-medium side improved more than the saline side",
             "microneedling plus stem cell conditioned medium", "microneedling with saline"),
            ("Products not made to go under the skin", "microneedling", None),
            ("In a handful of patients it smoothed", "microneedling drug delivery", None),
            ("For acne scars one trial did find laser did better", "fractional laser", "microneedling"),
            ("The derma stamp sessions at my salon", "microneedling", None),
            ("It does nothing. Nada.", "home microneedling device", None),
            ("85% improved on both together", "microneedling plus minoxidil", "topical minoxidil"),
            ("Rosemary oil worked as well as minoxidil", "rosemary oil", "topical minoxidil"),
            ("Yes, totally safe, it only goes on your head.", "topical minoxidil", None),
            ("Breathing in lavender", "inhaled lavender", None),
            ("which makes your workouts twice as effective", "vaginal weights", None),
            ("Injected near the eyes, that plasma", "platelet-rich plasma", None),
            ("whose tiny holes close up again within a day", "microneedling", None)):
        rows = _quoting(gold, said)
        assert rows and {r["question_intervention"] for r in rows} == {intervention}, said
        if comparator is not None:
            assert {r["comparator"] for r in rows} == {comparator}, said
    rows = _quoting(gold, "Yes, totally safe, it only goes on your head.")
    assert all(r["gold_verdict"] == "no evidence found" and "breastfeeding" in r["population"] for r in rows)
    rows = _quoting(gold, "Breathing in lavender")
    assert all(r["gold_verdict"] == "no evidence found"
               and {"route", "intervention_name_in_snapshot"} <= set(_tags(r)) for r in rows)
    rows = _quoting(gold, "which makes your workouts twice as effective")
    assert all(r["magnitude_kind"] == "fold" and float(r["magnitude_value"]) == 2 for r in rows)
    rows = _quoting(gold, "whose tiny holes close up again within a day")
    assert all(r["time_frame_days"] == "1" and "animal_only" in _tags(r) for r in rows)


def test_test20_claims_are_graded_on_the_scope_and_form_the_records_studied():
    gold = _test20("gold_claims.csv")
    rows = _quoting(gold, "Needling worked just as well on injury and surgery scars as on acne scars.")
    assert rows and all(r["relation"] == "equivalent" and r["gold_verdict"] == "supported"
                        and "31985622" in r["note"] for r in rows)
    for said in ("Chickenpox pits respond too", "cut my shedding right down within three months",
                 "Scalp needling helped my regrowth along at the front."):
        rows = _quoting(gold, said)
        assert rows and all(r["gold_verdict"] == "partly supported" and r["gold_side"] == "backs" for r in rows), said
    rows = _quoting(gold, "the one trial of a home needling gadget found no real difference")
    assert rows and all(r["relation"] == "no_effect" and r["gold_verdict"] == "supported" and "32516497" in r["note"]
                        and r["time_frame_days"] == "180" for r in rows)


def test_test20_animal_and_lab_findings_are_partly_supported():
    gold = _test20("gold_claims.csv")
    for said in ("In rats, repeated needling", "more so with vitamin A and C care", "In lab-grown human skin",
                 "the surface had almost fully recovered within five days", "Lavender oil has even grown hair in mice"):
        rows = _quoting(gold, said)
        assert rows and all(r["gold_verdict"] == "partly supported" and r["gold_side"] == "backs"
                            and {"animal_only", "in_vitro"} & set(_tags(r)) for r in rows), said


def test_test20_rebutted_beliefs_are_negatives_and_the_rebuttals_gold():
    gold, negs = _test20("gold_claims.csv"), _test20("negatives.csv")
    rebutted = [r for r in negs if r["reason"] == "reported_belief_rebutted"]
    assert Counter(r["article"] for r in rebutted) == {
        "stemcellexampaper-1.md": 6, "scarneedlingsubtitles-1.txt": 3, "sheddingdiscord-1.txt": 2,
        "apothecaryaudioguide-1.txt": 2}
    spans = [r["quote"].lower() for r in rebutted]
    for said in ("the serum puts living stem cells into the skin", "stem cells regrow collagen overnight",
                 "basically the same as clinic needling", "The influencer ones say",
                 "Willow bark cures arthritis naturally"):
        assert any(said.lower() in q for q in spans), said
    for name in {r["article"] for r in rebutted}:
        text = (DEVSET / "articles" / name).read_text(encoding="utf-8")
        gold_spans = [(text.index(r["quote"]), text.index(r["quote"]) + len(r["quote"]))
                      for r in gold if r["article"] == name]
        for r in (r for r in rebutted if r["article"] == name):
            start = text.index(r["quote"])
            assert not any(s < start + len(r["quote"]) and start < e for s, e in gold_spans), name
    for said in ("There's nothing to show that.", "Sadly, no."):
        assert any(r["quote"] == said for r in gold), said


def test_test20_product_attributes_and_feelings_stay_negatives():
    gold, negs = _test20("gold_claims.csv"), _test20("negatives.csv")
    specs = [r["quote"].lower() for r in negs if r["reason"] in ("product_spec", "device_spec")]
    for said in ("paraben-free", "free from parabens", "strawberry laces", "rose-gold", "natural and drug-free",
                 "free of additives", "charges in 90 minutes"):
        assert any(said.lower() in q for q in specs), said
    problems = [r["quote"].lower() for r in negs if r["reason"] == "not_about_an_intervention"]
    for said in ("hide under a fringe", "losing the last bit of me", "Sneezed and regretted it",
                 "snores like a tractor", "settles by itself"):
        assert any(said.lower() in q for q in problems), said
    for said in ("paraben", "cucumber", "velvet", "£"):
        assert not _quoting(gold, said), said


def test_test20_comparatives_both_ways_keep_their_relation():
    gold = _test20("gold_claims.csv")
    for said, tag in (("at least as good as surgery", "at_least_as_good"),
                      ("no less effective than seeing a specialist physio", "no_less_effective")):
        rows = _quoting(gold, said)
        assert rows and all(r["relation"] == "equivalent" and tag in _tags(r) for r in rows), said
    rows = _quoting(gold, "Its effect on wrinkles was roughly double")
    assert rows and all(r["relation"] == "superior" and r["magnitude_kind"] == "fold"
                        and float(r["magnitude_value"]) == 2 and r["gold_verdict"] == "partly supported"
                        and r["gold_side"] == "unclear" for r in rows)
    rows = _quoting(gold, "Mine doubled my hair count in a month")
    assert rows and all(r["relation"] == "benefit" and r["magnitude_kind"] == "fold"
                        and float(r["magnitude_value"]) == 2 and r["time_frame_days"] == "30"
                        and r["gold_verdict"] == "not supported" and r["gold_side"] == "against" for r in rows)
    rows = _quoting(gold, "and it itched less")
    assert rows and all(r["relation"] == "superior" and r["gold_verdict"] == "supported"
                        and "25842469" in r["note"] for r in rows)


def test_test20_durability_and_superlatives():
    gold = _test20("gold_claims.csv")
    rows = _quoting(gold, "The gains held in the year people were followed.")
    assert rows and all(r["gold_verdict"] == "supported" and r["time_frame_days"] == "365" for r in rows)
    for said in ("the new skin stays supple for life", "it's the best-evidenced thing for leaks there is",
                 "honey is the best-evidenced remedy"):
        rows = _quoting(gold, said)
        assert rows and all(r["gold_verdict"] == "no evidence found"
                            and {"durability", "superlative"} & set(_tags(r)) for r in rows), said


def test_test20_counts_are_the_ones_written():
    gold = _test20("gold_claims.csv")
    assert len(gold) == 108 and len(_test20("negatives.csv")) == 100
    assert Counter(r["gold_verdict"] for r in gold) == {
        "supported": 32, "partly supported": 19, "not supported": 2, "contradicted": 2, "no evidence found": 53}
    assert Counter(r["gold_side"] for r in gold) == {"backs": 49, "against": 4, "unclear": 55}


# test21 (GOLD35, session 24): a student nurse's reflective log from a burns and scar clinic, an aesthetics trade show's
# exhibitor directory (.html), a community pharmacy's WhatsApp broadcast list on thinning hair, a GP surgery's online
# noticeboard (.html), a supermarket's free-from aisle leaflet and an allotment society's winter newsletter. Held out:
# the lead runs it once at the end of the session; nobody tunes or trains on it. What its author's test note pins beyond
# the checks every held-out split shares (the validator, with the first contradicted row the log's "Needling is safe
# for all skin types."; the notes; the HTML main text, 6 and 7 boilerplate negatives outside <main>; the benchmark
# reading it by name only, in the held-out tuple, so the seeds are not scored with it). The rows are read through the
# shared helpers only; the assertions name quotes from the note and counts, never dump rows; nothing here runs the
# tool, and no scores are asserted.
TEST21 = next(s for s in SPLITS if s.split == "test21")


def _test21(name: str) -> list[dict]:
    return split_rows(name, "test21")


def _exactly(rows: list[dict], said: str) -> list[dict]:
    return [r for r in rows if r["quote"] == said]


def test_test21_articles_lengths_rows_sides_and_verdicts():
    # body words 341-512 (HTML counted inside <main>); rows 12-22 per article (the free-from leaflet has 12: its many
    # product lines are negatives); negatives 15-18 per article
    check_split_articles("test21", set(TEST21.articles), set(TEST21.on_snapshot), (300, 580), min_gold=12)
    check_notes_cite_pmids("test21")


def test_test21_first_contradicted_row_is_the_one_the_validator_is_shown_flipped():
    gold = _test21("gold_claims.csv")
    assert next(r for r in gold if r["gold_verdict"] == "contradicted")["quote"] == "Needling is safe for all skin types."


def test_test21_sidebar_and_header_claims_are_boilerplate_not_gold():
    gold, negs = _test21("gold_claims.csv"), _test21("negatives.csv")
    boiler = [r["quote"] for r in negs if r["reason"] == "boilerplate"]
    for said in ("GlowCore Pro LED: the only mask that clears acne for good.",
                 "SKINWORKS LIVE 2027: the show where the treatments of tomorrow are proven today.",
                 "Millbrook Surgery noticeboard: a jab this winter keeps the whole family out of hospital.",
                 "Patient Participation Group: join us, it keeps you healthier!"):
        assert any(said in q for q in boiler), said
        assert not _quoting(gold, said), said
    assert Counter(r["article"] for r in negs if r["reason"] == "boilerplate" and r["article"].endswith(".html")) == {
        "aestheticsexpo-1.html": 6, "gpnoticeboard-1.html": 7}


def test_test21_elliptical_answers_name_no_treatment():
    gold = _test21("gold_claims.csv")
    answers = [r for r in gold if "elliptical_answer" in _tags(r)]
    assert len(answers) == 15
    quotes = [r["quote"] for r in answers]
    listed = ("Usually the opposite.", "Rarely.", "Completely.", "Mostly.", "Sadly not.", "It does.", "Not at all.",
              "It can, a little.", "Sadly, no better than supermarket honey.")
    for said in listed:
        assert said in quotes, said
    # the honey answer names only its comparator (supermarket honey); its treatment is the hive honey of the question
    treatment = re.compile(
        r"needl|laser|led|mask|collagen|minoxidil|tablet|foam|shampoo|rosemary|gluten|honey|comfrey|garden|vaccin", re.I)
    assert not any(treatment.search(said) for said in listed[:-1])
    rows = _exactly(answers, "Completely.")
    assert rows and all(r["relation"] == "denies_harm" and r["gold_verdict"] == "contradicted"
                        and r["gold_side"] == "against" and "32541484" in r["note"] for r in rows)
    rows = _exactly(answers, "Mostly.")
    assert rows and all(r["question_intervention"] == "oral minoxidil" and r["relation"] == "denies_harm"
                        and r["gold_verdict"] == "partly supported" and r["gold_side"] == "backs"
                        and "33639244" in r["note"] for r in rows)
    rows = _exactly(gold, "It isn't, for elasticity at least.")
    assert rows and all(r["question_intervention"] == "marine collagen" and r["comparator"] == "bovine collagen"
                        and r["relation"] == "equivalent" and r["gold_verdict"] == "supported"
                        and "37432180" in r["note"] for r in rows)
    rows = _exactly(gold, "It isn't, not on how the scar looks.")
    assert rows and all(r["relation"] == "no_effect" and r["comparator"] == "fractional co2 laser"
                        and r["gold_verdict"] == "partly supported" and "35900305" in r["note"] for r in rows)


def test_test21_treatments_are_named_as_the_copy_names_them():
    gold = _test21("gold_claims.csv")
    for said, intervention, comparator, verdict in (
            ("HydraDot patches smooth fine lines within a month", "hyaluronic acid microneedle patch", None,
             "partly supported"),
            ("Our Peptide edition works better than the plain patch.",
             "hyaluronic acid microneedle patch with acetyl hexapeptide-8", "hyaluronic acid microneedle patch",
             "supported"),
            ("In a split-face trial it faded melasma patches over 12 weeks", "vitamin c iontophoresis", None,
             "supported"),
            ("We say it outperforms any vitamin C serum you rub in.", "vitamin c iontophoresis",
             "topical vitamin c serum", "no evidence found"),
            ("Keloids got smaller after four weeks of daily two-minute use", "triamcinolone microneedle patches", None,
             "supported"),
            ("his keloid on his chest had shrunk to nothing", "triamcinolone microneedle patches", None,
             "partly supported"),
            ("A quarter of a milligram does as well as the lotion for women with thinning hair.", "oral minoxidil",
             "topical minoxidil", "supported"),
            ("A small number get a racing heart or puffy ankles", "oral minoxidil", None, "supported"),
            ("Red laser light thickens thinning hair", "low-level laser therapy", None, "supported"),
            ("The 5% strength regrows more hair than 2% in women", "5% topical minoxidil", None, "partly supported"),
            ("Drink one daily and the wrinkles round your eyes get up to 20% shallower within 8 weeks.",
             "oral collagen", None, "supported"),
            ("The Big Dig is the best workout", "digging", None, "no evidence found"),
            ("the beta-glucan in oats lowers cholesterol", "oat beta-glucan", None, "no evidence found"),
            ("Rubbed on, comfrey ointment", "comfrey ointment", None, "no evidence found"),
            ("taken by mouth it can damage the liver", "oral comfrey", None, "no evidence found")):
        rows = _quoting(gold, said)
        assert rows, said
        assert all(r["question_intervention"] == intervention and r["gold_verdict"] == verdict for r in rows), said
        if comparator is not None:
            assert all(r["comparator"] == comparator for r in rows), said
    for said, pmid in (("HydraDot patches smooth fine lines within a month", "33911590"),
                       ("In a split-face trial it faded melasma patches over 12 weeks", "12771472"),
                       ("Keloids got smaller after four weeks of daily two-minute use", "31376063"),
                       ("his keloid on his chest had shrunk to nothing", "31376063"),
                       ("A quarter of a milligram does as well as the lotion for women with thinning hair.", "34529341"),
                       ("A small number get a racing heart or puffy ankles", "33639244"),
                       ("Drink one daily and the wrinkles round your eyes get up to 20% shallower within 8 weeks.",
                        "24401291")):
        assert all(pmid in r["note"] for r in _quoting(gold, said)), said
    assert all(r["time_frame_days"] == "84"
               for r in _quoting(gold, "In a split-face trial it faded melasma patches over 12 weeks"))
    assert all("route_comparison" in _tags(r)
               for r in _quoting(gold, "We say it outperforms any vitamin C serum you rub in."))
    assert all("first_person_result" in _tags(r) for r in _quoting(gold, "his keloid on his chest had shrunk to nothing"))
    rows = _quoting(gold, "A quarter of a milligram does as well as the lotion for women with thinning hair.")
    assert all(r["relation"] == "equivalent" for r in rows)
    rows = _quoting(gold, "A small number get a racing heart or puffy ankles")
    outcomes = [r["outcome"].lower() for r in rows]
    assert len(rows) == 2 and any("tachycardia" in o for o in outcomes) and any("fluid retention" in o for o in outcomes)
    assert all("form_differs" in _tags(r) for r in _quoting(gold, "The 5% strength regrows more hair than 2% in women"))
    rows = _quoting(gold, "Drink one daily and the wrinkles round your eyes get up to 20% shallower within 8 weeks.")
    assert all(r["magnitude_kind"] == "percent_change" and float(r["magnitude_value"]) == 20
               and r["magnitude_bound"] == "max" and r["time_frame_days"] == "56" for r in rows)
    assert all("event_name_subject" in _tags(r) for r in _quoting(gold, "The Big Dig is the best workout"))
    for said in ("Rubbed on, comfrey ointment", "taken by mouth it can damage the liver"):
        assert all("route" in _tags(r) for r in _quoting(gold, said)), said


def test_test21_each_item_takes_its_own_treatment_not_the_page():
    gold = _test21("gold_claims.csv")
    treatments = {name: {r["question_intervention"] for r in gold if r["article"] == name}
                  for name in ("aestheticsexpo-1.html", "pharmacybroadcast-1.txt", "gpnoticeboard-1.html")}
    assert len(treatments["aestheticsexpo-1.html"]) >= 5
    assert len(treatments["pharmacybroadcast-1.txt"]) >= 5
    assert len(treatments["gpnoticeboard-1.html"]) >= 8


def test_test21_claims_against_the_records_and_non_inferiority_wording():
    gold = _test21("gold_claims.csv")
    rows = _quoting(gold, "Needling is safe for all skin types.")
    assert rows and all(r["gold_verdict"] == "contradicted" and r["strength"] == "absolute"
                        and "34448760" in r["note"] for r in rows)
    rows = _quoting(gold, "A course of needling fades acne scars as well as a laser")
    assert rows and all(r["gold_verdict"] == "contradicted" and r["relation"] == "equivalent"
                        and "28009690" in r["note"] for r in rows)
    rows = [r for r in gold if "Painless" in r["quote"]]
    assert rows and all(r["gold_verdict"] == "not supported" and r["gold_side"] == "against" for r in rows)
    rows = _quoting(gold, "at least as good as the laser")
    assert rows and all(r["gold_verdict"] == "not supported" and r["gold_side"] == "against"
                        and "at_least_as_good" in _tags(r) for r in rows)
    rows = _quoting(gold, "Radiofrequency needling is not inferior to the laser for acne scars.")
    assert rows and all(r["relation"] == "equivalent" and r["gold_verdict"] == "partly supported"
                        and "40568948" in r["note"] and "not_inferior" in _tags(r) for r in rows)
    rows = _quoting(gold, "no less effective than the branded ones")
    assert rows and all(r["relation"] == "equivalent" and r["gold_verdict"] == "no evidence found"
                        and "no_less_effective" in _tags(r) for r in rows)


def test_test21_magnitudes_and_time_words():
    gold = _test21("gold_claims.csv")
    rows = _quoting(gold, "Vaping is at least twice as effective as patches")
    assert rows and all(r["magnitude_kind"] == "fold" and float(r["magnitude_value"]) == 2
                        and r["magnitude_bound"] == "min" for r in rows)
    rows = _quoting(gold, "After one to six sessions, scars improve by at least half.")
    assert rows and all(r["magnitude_kind"] == "percent_change" and float(r["magnitude_value"]) == 50
                        and r["magnitude_bound"] == "min" and r["gold_verdict"] == "supported"
                        and "31985622" in r["note"] for r in rows)
    rows = _quoting(gold, "the change tends to hold for at least a year")
    assert rows and all(r["magnitude_kind"] == "duration" and float(r["magnitude_value"]) == 1
                        and r["magnitude_bound"] == "min" and r["time_frame_days"] == "365"
                        and "durability" in _tags(r) for r in rows)
    rows = _quoting(gold, "Olive oil drops, two or three times a day for a fortnight")
    assert len(rows) == 2 and all(r["time_frame_days"] == "14" and "lay_time_word" in _tags(r) for r in rows)


def test_test21_rebutted_beliefs_are_negatives_and_the_rebuttals_gold():
    gold, negs = _test21("gold_claims.csv"), _test21("negatives.csv")
    rebutted = [r for r in negs if r["reason"] == "reported_belief_rebutted"]
    assert Counter(r["article"] for r in rebutted) == {
        "burnsreflectivelog-1.md": 1, "pharmacybroadcast-1.txt": 1, "gpnoticeboard-1.html": 2,
        "freefromleaflet-1.txt": 1, "allotmentnewsletter-1.txt": 2}
    spans = [r["quote"].lower() for r in rebutted]
    for said in ("Collagen induction erases burn scars completely in one session", "fixes thinning in a fortnight",
                 "patches give you nightmares", "dairy causes acne",
                 "eating a clove of raw garlic every morning keeps colds away", "Some say nettle tea cures arthritis"):
        assert any(said.lower() in q for q in spans), said
    for name in {r["article"] for r in rebutted}:
        text = (DEVSET / "articles" / name).read_text(encoding="utf-8")
        gold_spans = [(text.index(r["quote"]), text.index(r["quote"]) + len(r["quote"]))
                      for r in gold if r["article"] == name]
        for r in (r for r in rebutted if r["article"] == name):
            start = text.index(r["quote"])
            assert not any(s < start + len(r["quote"]) and start < e for s, e in gold_spans), name
    for said in ("that isn't how it works", "but six months is what the trial took", "only if you wear one overnight",
                 "that's wishful thinking"):
        assert _quoting(gold, said), said


def test_test21_product_attributes_logistics_and_feelings_stay_negatives():
    gold, negs = _test21("gold_claims.csv"), _test21("negatives.csv")
    spans = [r["quote"].lower() for r in negs]
    for said in ("smells faintly of cucumber", "Rechargeable by USB-C", "A 25 ml collagen drink with peach and mango.",
                 "Free from added sugar.", "Smells of coffee.", "and it's needle-free",
                 "Kefir is naturally about 99% lactose free", "feels like it belongs to someone else",
                 "Thinning hair can feel like losing part of yourself"):
        assert any(said.lower() in q for q in spans), said
        assert not _quoting(gold, said), said
    for said in ("GBP", "cucumber", "peach"):
        assert not _quoting(gold, said), said


def test_test21_counts_are_the_ones_written():
    gold = _test21("gold_claims.csv")
    assert len(gold) == 112 and len(_test21("negatives.csv")) == 100
    assert Counter(r["gold_verdict"] for r in gold) == {
        "supported": 26, "partly supported": 18, "not supported": 2, "contradicted": 3, "no evidence found": 63}
    assert Counter(r["gold_side"] for r in gold) == {"backs": 42, "against": 5, "unclear": 65}
