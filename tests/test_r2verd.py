"""tracker.verdict, R2VERD (session 24, round 2): studies placed relative to a comparative claim, and harm in general.

- A comparative claim is answered by comparisons of the two (PICO): each study's side on the claim's page (the tally the
  dashboard's chips show) is read from its head-to-head result by the claim's own comparison, as the verdict reads it:
  a trial that found no difference between the arms goes against "works better than" and backs "works as well as"; a
  study of the treatment alone is indirect for a comparison (unclear). Before, the chips placed each study by the
  question's direction ("rosemary oil works": backs), so a claim the verdict called not supported because the
  head-to-head trial found no difference showed that trial as backing it, in green.
- A general harm term in a claim ("no side effects", "adverse effects", "harm") names every harm, so any record that
  reports a specific harm measures it (a hypernym covers its hyponyms); only a claim naming one harm is held to records
  that name it (VERDICT23 keeps working for those).

Real appraisal and grading on hand-written records (topics no development article uses). Tests whose comments say
"before:" fail on the code at the start of round 2 of session 24."""

from __future__ import annotations

import dataclasses

from tests.judging import judge, rec
from tracker.dashboard.ui import claim_sides
from tracker.models import Question
from tracker.verdict import harm_in_general, study_side

# --- comparative claims: each study placed by its head-to-head result --------------------------------------------

NAILS = Question("q-efinaconazole-nails", "Does efinaconazole solution clear toenail fungus?", "efinaconazole",
                 "onychomycosis", "efficacy", "efinaconazole[tiab] AND onychomycosis[tiab]")
TIE = {
    "96000001": rec("96000001", "Randomised trial of 120 adults with toenail onychomycosis comparing efinaconazole "
                    "solution with terbinafine tablets: complete cure rates improved in both groups, and there was no "
                    "significant difference between efinaconazole and terbinafine at 48 weeks (p = 0.41).",
                    title="Efinaconazole versus terbinafine for toenail onychomycosis: a randomised trial"),
}
ALONE = {
    "96000002": rec("96000002", "Randomised controlled trial of 800 adults with toenail onychomycosis: efinaconazole "
                    "10% solution improved complete cure rates significantly more than vehicle (p < 0.001).",
                    title="Efinaconazole topical solution for onychomycosis: a randomised vehicle-controlled trial"),
}
WINS = {
    "96000003": rec("96000003", "Randomised trial of 150 adults with toenail onychomycosis: efinaconazole solution was "
                    "significantly more effective than terbinafine tablets in complete cure (p = 0.002).",
                    title="Efinaconazole compared with terbinafine in onychomycosis"),
}


def _directions(v, records, question):
    from tracker.appraisal import appraise

    return [a.direction for a in (appraise(r, question) for r in records.values()) if a.included]


def test_a_tie_goes_against_better_than_and_never_shows_as_backing_it():
    records = TIE | ALONE
    _, v = judge("Efinaconazole works better than terbinafine for toenail fungus", NAILS, records,
                 relation="superior", comparator="terbinafine", comparator_norm="terbinafine")
    assert v.verdict == "not supported" and v.side == "against", v.rationale
    # before: backs 2 (both trials "support" the question whether it works), against 0
    assert (v.tally.backs, v.tally.against, v.tally.unclear) == (0, 1, 1), (v.tally, v.rationale)
    # the dashboard colours a study by `study_side` only when those add up to the stored tally: never green here
    sides = claim_sides(_directions(v, records, NAILS), "affirms", "efficacy", dataclasses.asdict(v.tally))
    assert sides is None or "backs" not in sides


def test_a_tie_backs_as_good_as():
    _, v = judge("Efinaconazole works as well as terbinafine for toenail fungus", NAILS, TIE | ALONE,
                 relation="equivalent", comparator="terbinafine", comparator_norm="terbinafine")
    assert v.side == "backs", v.rationale
    assert (v.tally.backs, v.tally.against, v.tally.unclear) == (1, 0, 1), (v.tally, v.rationale)


def test_a_win_goes_against_no_better_than():
    _, v = judge("Efinaconazole is no better than terbinafine for toenail fungus", NAILS, WINS,
                 relation="equivalent", comparator="terbinafine", comparator_norm="terbinafine")
    assert v.side != "backs", v.rationale
    assert v.tally.backs == 0 and v.tally.against == 1, (v.tally, v.rationale)


def test_a_win_backs_better_than():
    _, v = judge("Efinaconazole works better than terbinafine for toenail fungus", NAILS, WINS | ALONE,
                 relation="superior", comparator="terbinafine", comparator_norm="terbinafine")
    assert v.side != "against", v.rationale
    assert (v.tally.backs, v.tally.against, v.tally.unclear) == (1, 0, 1), (v.tally, v.rationale)


def test_without_a_comparison_every_study_is_indirect():
    _, v = judge("Efinaconazole works better than terbinafine for toenail fungus", NAILS, ALONE,
                 relation="superior", comparator="terbinafine", comparator_norm="terbinafine")
    assert v.verdict == "no evidence found", v.rationale
    # before: backs 1 (the vehicle-controlled trial shows it works, not that it beats terbinafine)
    assert (v.tally.backs, v.tally.against, v.tally.unclear) == (0, 0, 1), (v.tally, v.rationale)


def test_other_claims_keep_the_questions_directions():
    assert study_side("supports", "affirms", "efficacy") == "backs"
    _, v = judge("Efinaconazole clears toenail fungus", NAILS, ALONE)
    assert v.tally.backs == 1 and v.side == "backs", (v.tally, v.rationale)


# --- harm in general is measured by any specific harm ----------------------------------------------------------------

IRRITATION = Question("q-tea-tree-irritation", "Does tea tree oil irritate the skin?", "tea tree oil", "skin irritation",
                      "safety", "tea tree oil[tiab] AND (irritation[tiab] OR dermatitis[tiab])")
IRRITANT = {
    "96000011": rec("96000011", "Randomised trial of 120 adults using 5% tea tree oil gel on the face for 12 weeks: "
                    "scalp and skin irritation, with burning and redness, was reported by 14 of 60 participants in the "
                    "tea tree oil group and 3 of 60 with placebo.",
                    title="Adverse effects of tea tree oil gel: a randomised placebo-controlled trial"),
}


def test_harm_in_general_reads_hypernyms_of_harm():
    for general in ("side effects", "adverse effects", "harm", "any risks", "serious side effects"):
        assert harm_in_general(general), general
    for named in ("skin irritation", "scalp irritation", "darker skin", "hair loss", ""):
        assert not harm_in_general(named), named


def test_a_denial_of_side_effects_is_answered_by_a_record_of_irritation():
    _, v = judge("Because it comes from a plant, tea tree oil has no side effects", IRRITATION, IRRITANT,
                 relation="denies_harm", outcome="side effects", strength="absolute")
    # before: no evidence found, "the claim is about side effects, which none of the records its question ... measures"
    assert v.verdict in ("contradicted", "not supported") and v.side == "against", v.rationale
    assert "none of the records" not in v.rationale


def test_a_denied_named_harm_is_still_refuted_only_by_records_that_name_it():
    liver = Question("q-tea-tree-liver", "Does tea tree oil harm the liver?", "tea tree oil", "liver damage", "safety",
                     "tea tree oil[tiab] AND (liver[tiab] OR hepat*[tiab])")
    _, v = judge("Tea tree oil can't affect your liver", liver, IRRITANT, relation="denies_harm", outcome="liver damage")
    assert v.side == "unclear", v.rationale


# --- a denied rise in a harm over a named arm is answered by the arms' harm counts ----------------------------------

STINGING = Question("q-bakuchiol-stinging", "Does bakuchiol cause stinging?", "bakuchiol", "stinging", "safety",
                    "bakuchiol[tiab] AND (sting*[tiab] OR burning[tiab])")


def _arms_trial(more_with: str) -> dict:
    return {"96000021": rec("96000021", "Randomised trial of 44 adults comparing bakuchiol 0.5% cream with retinol 0.5% "
                            "cream for 12 weeks: wrinkles improved in both groups with no significant difference between "
                            f"them. Facial stinging was significantly more frequent with {more_with} (p < 0.05).",
                            title="Bakuchiol versus retinol for photoageing: a randomised trial")}


def test_no_more_of_the_harm_than_the_named_arm_backs_the_denied_rise():
    _, v = judge("without the stinging", STINGING, _arms_trial("retinol"), relation="denies_harm",
                 outcome="stinging", comparator="retinol", comparator_norm="retinol")
    # before: not supported, unclear ("the records report that the harm occurs, not whether it is more frequent")
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    assert (v.tally.backs, v.tally.against) == (1, 0), v.tally


def test_more_of_the_harm_than_the_named_arm_goes_against_the_denied_rise():
    _, v = judge("without the stinging", STINGING, _arms_trial("bakuchiol"), relation="denies_harm",
                 outcome="stinging", comparator="retinol", comparator_norm="retinol")
    assert v.side != "backs" and v.verdict in ("not supported", "contradicted"), v.rationale
