"""tracker.verdict, round 16 (VRD16, issue 14): what the verdict does with a right frame and its records.

- A result promised after one session ("after your first session") is the quickest a course allows: when no
  record that found the effect says after how many sessions, the number is unchecked (not supported, side unclear).
- An existential claim that a harm has occurred ("there are reports of ...", "a man whose skin blistered after ...")
  is verified by one record of it, a case report included (GRADE: serious harms count even from case reports).
- A record that names the claim's treatment only as one ingredient of another product tests that product (PICO,
  #14 item 4): it is no evidence about the treatment.

Real appraisal and grading on hand-written records (topics no development article uses). Tests whose comments say
"before:" fail on 6651e20."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import Question
from tracker.verdict import ingredient_only, reports_case

CELLULITE = Question("q-rf-cellulite", "Does radiofrequency reduce cellulite?", "radiofrequency", "cellulite", "efficacy",
                     "radiofrequency[tiab] AND cellulite[tiab]")
RF_TRIALS = {
    "91000001": rec("91000001", "Randomised controlled trial in 60 women with thigh cellulite: radiofrequency reduced the "
                    "cellulite severity score significantly more than sham treatment (p < 0.01).",
                    title="Radiofrequency for cellulite: a randomised sham-controlled trial"),
    "91000002": rec("91000002", "Randomised controlled trial in 48 women: radiofrequency improved cellulite grade "
                    "significantly compared with no treatment (p = 0.02).",
                    title="Bipolar radiofrequency in cellulite"),
}


def test_a_result_after_the_first_session_that_no_record_counts_is_not_supported_on_neither_side():
    # before: supported (the possessive "your first session" was not read as one session)
    _, v = judge("You'll see smoother thighs after your first session", CELLULITE, RF_TRIALS)
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    assert "single session" in v.rationale


def test_a_single_session_result_said_of_some_people_or_without_a_count_keeps_its_verdict():
    # an existential subject is verified by one person (V12 rule kept); no session count: nothing to check
    for quote in ("Some clients notice smoother thighs after their first session",
                  "Radiofrequency smooths cellulite on the thighs"):
        _, v = judge(quote, CELLULITE, RF_TRIALS)
        assert v.verdict in ("supported", "partly supported"), (quote, v.rationale)
        assert "single session" not in v.rationale


TATTOO = Question("q-laser-blister", "Does laser tattoo removal cause blistering?", "laser tattoo removal", "blistering",
                  "safety", 'laser[tiab] AND tattoo*[tiab] AND blister*[tiab]')
CASE = rec("92000001", "Case report: a 34-year-old man developed severe blistering and scarring on the forearm after a "
           "single session of Q-switched laser tattoo removal.", title="Blistering after laser tattoo removal: a case report")


def test_an_existential_report_of_a_harm_is_supported_by_one_case_report():
    # before: partly supported (a case report's Very low certainty capped it)
    for quote in ("There are reports of blistering after laser tattoo removal",
                  "a man whose forearm blistered after laser tattoo removal",
                  "Blistering after laser tattoo removal has been reported"):
        _, v = judge(quote, TATTOO, {CASE.pmid: CASE}, relation="harm")
        assert v.verdict == "supported" and v.side == "backs", (quote, v.rationale)
        assert not v.overstated, quote


def test_a_claim_about_how_often_a_harm_happens_is_not_an_existential_report():
    _, v = judge("Laser tattoo removal often causes blistering", TATTOO, {CASE.pmid: CASE}, relation="harm")
    assert v.verdict == "partly supported", v.rationale
    assert not reports_case("A woman who uses it during pregnancy risks harm")  # generic present: no case
    assert reports_case("one patient who used it developed a rash")


EYE = Question("q-caffeine-circles", "Does caffeine fade dark circles?", "caffeine", "dark circles", "efficacy",
               'caffeine[tiab] AND "dark circles"[tiab]')
GEL = rec("93000001", "Open study of 30 women applying an eye gel containing peptides, caffeine and hyaluronic acid twice "
          "daily for 8 weeks: dark circles improved significantly from baseline (p < 0.01).",
          title="A peptide eye gel for periorbital dark circles")


def test_a_record_that_lists_the_treatment_among_another_products_ingredients_is_no_evidence_about_it():
    # before: partly supported on the peptide gel's study
    assert ingredient_only(GEL, EYE)
    _, v = judge("Caffeine fades dark circles", EYE, {GEL.pmid: GEL})
    assert v.verdict == "no evidence found", v.rationale
    assert "one ingredient of another product" in v.rationale


def test_a_record_of_the_treatment_itself_still_counts():
    own = rec("93000002", "Open study of 30 women applying a gel containing 3% caffeine twice daily for 8 weeks: dark "
              "circles improved significantly from baseline (p < 0.01).", title="Eye gel for dark circles")
    titled = rec("93000003", GEL.abstract_text, title="Caffeine eye gel for periorbital dark circles")
    for r in (own, titled):
        assert not ingredient_only(r, EYE), r.pmid
        _, v = judge("Caffeine fades dark circles", EYE, {r.pmid: r})
        assert v.verdict in ("supported", "partly supported"), (r.pmid, v.rationale)


LASER = Question("q-laser-hair", "Does laser hair removal clear unwanted hair?", "laser hair removal", "hair clearance",
                 "efficacy", "laser[tiab] AND clearance[tiab]")
LASER_RECORDS = {
    "94000001": rec("94000001", "Randomised trial in 80 women treated with one to eight monthly laser sessions: hair "
                    "clearance improved significantly more than with sham treatment (p < 0.001), reaching 70% after an "
                    "average of 4.5 treatments.", title="Diode laser hair removal: a randomised trial"),
    "94000002": rec("94000002", "Randomised trial in 40 women: hair clearance improved significantly more than with sham "
                    "treatment (p < 0.01), the clearance score rising by 2.71 after six sessions.",
                    title="Laser hair removal: a randomised trial"),
}


def test_a_range_of_courses_is_no_count_when_the_record_gives_one_and_a_count_never_crosses_a_preposition():
    # before: "one to eight monthly laser sessions" counted as 1 and "71 after six sessions" as 71
    from tracker.appraisal import appraise
    from tracker.verdict import sessions_to_effect
    counted = {p: n for p, _, n in sessions_to_effect([appraise(r, LASER) for r in LASER_RECORDS.values()], LASER_RECORDS)}
    assert counted == {"94000001": 4.5, "94000002": 6.0}, counted


def test_one_session_against_records_that_count_more_goes_against_the_claim():
    # before: supported ("one to eight" read as one session)
    _, v = judge("You'll see less unwanted hair after your very first laser session", LASER, LASER_RECORDS)
    assert v.verdict == "not supported" and v.side == "against", v.rationale
    assert "the claimed number is not what the records report" in v.rationale
