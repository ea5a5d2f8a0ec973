"""VERD3 (session 16): verdicts on the right side of the claim.

- a plain deadline shorter than every time the records report, where the studies in people that say when they first
  saw the effect saw it later, goes against the claim; a hedged claim or a rough time keeps the slack of session 8;
- "after your very first use" counts one session, like "after the first session";
- a claim that its treatment lowers what a mechanism question only asks to be acted on ("slows the collagen build-up")
  is backed by records of a fall and refuted by records of a rise;
- a denial of an effect in a narrower condition than its question's ("alopecia totalis" on an alopecia question) is
  judged on the studies of that condition (GRADE indirectness of population);
- a benefit question's outcome is never worded as a harm the claim denies;
- a question whose intervention is a unit of a study ("group") places no claim;
- a plain denial the records refute is not supported (against); an absolute one, or one facing serious harms, is
  contradicted (README);
- head-to-head results, read against the claim's own comparison, are never mirrored by a stance from the question."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.appraisal import appraise
from tracker.grading import grade_question
from tracker.models import Claim, ClaimFrame, Question
from tracker.verdict import approximate_time, claimed_fall, claimed_sessions, grade_claim

SCARS = Question("q2", "Does microneedling improve acne scars?", "microneedling", "acne scars", "efficacy",
                 'microneedl*[tiab] AND "acne scar*"[tiab]')
LATE = {"7": rec("7", "Randomized controlled trial of 300 patients with acne scars treated with microneedling. "
                      "Acne scars improved significantly after 12 weeks of treatment.")}


def test_a_plain_deadline_the_studies_saw_the_effect_only_after_goes_against_the_claim():
    _, v = judge("Microneedling improves acne scars within six weeks", SCARS, LATE,
                 time_frame="within six weeks", time_frame_days=42.0)
    assert v.verdict == "not supported" and v.side == "against"
    assert "first seen" in v.rationale


def test_a_hedged_claim_or_a_rough_time_keeps_the_slack_of_a_near_miss():
    _, hedged = judge("Microneedling may improve acne scars within six weeks", SCARS, LATE,
                      time_frame="within six weeks", time_frame_days=42.0, strength="hedged")
    _, rough = judge("Microneedling improves acne scars in six weeks or so", SCARS, LATE,
                     time_frame="in six weeks or so", time_frame_days=42.0)
    for v in (hedged, rough):
        assert v.verdict == "partly supported" and v.side == "backs"
        assert "untested, not refuted" in v.rationale


def test_an_effect_seen_within_the_deadline_leaves_it_untested_not_refuted():
    early = {"8": rec("8", "Randomized controlled trial of 300 patients with acne scars treated with microneedling for "
                           "12 weeks. Acne scars improved significantly from week 4 onwards.")}
    _, v = judge("Microneedling improves acne scars within six weeks", SCARS, early,
                 time_frame="within six weeks", time_frame_days=42.0)
    assert v.side == "backs"


def test_approximate_time():
    assert approximate_time("within about three months") and approximate_time("a month or so")
    assert not approximate_time("within six weeks") and not approximate_time("in English")


PIGMENT = Question("q3", "Does topical vitamin C reduce hyperpigmentation?", "topical vitamin C", "hyperpigmentation",
                   "efficacy", '"vitamin C"[tiab] AND hyperpigment*[tiab]')
DAILY = {"9": rec("9", "Randomized placebo-controlled trial in 120 women with hyperpigmentation who applied vitamin C "
                       "serum twice daily for 12 weeks. Hyperpigmentation improved significantly at week 12 compared "
                       "with placebo.")}


def test_the_first_use_is_one_session():
    frame = ClaimFrame(intervention="vitamin C", intervention_norm="vitamin C", outcome="brightness", relation="benefit",
                       strength="plain")
    assert claimed_sessions(frame, "Visibly brighter after your very first use") == (1.0, "typical")
    assert claimed_sessions(frame, "Brighter skin from first use") == (1.0, "typical")
    assert claimed_sessions(frame, "Brighter after three uses") == (3.0, "typical")
    assert claimed_sessions(frame, "Brighter after a week of use") is None  # a period of use, no count


def test_a_result_after_the_first_use_against_records_of_many_applications():
    _, v = judge("Visibly brighter after your very first use", PIGMENT, DAILY)
    assert v.verdict == "not supported" and v.side == "against"


COLLAGEN = Question("q4", "Does red light act on collagen production?", "red light", "collagen production", "mechanism",
                    '"red light"[tiab] AND collagen[tiab]')
FALL = {"11": rec("11", "Laboratory study of red light in cultured skin fibroblasts. Collagen production was "
                        "significantly reduced by red light.")}
RISE = {"12": rec("12", "Laboratory study of red light in cultured skin fibroblasts. Collagen production was "
                        "significantly increased by red light.")}


def test_a_claimed_fall_is_backed_by_a_record_of_the_fall():
    _, v = judge("Red light slows the collagen build-up", COLLAGEN, FALL, relation="mechanism")
    assert v.side == "backs" and v.verdict in ("supported", "partly supported")
    assert "read for a fall" in v.rationale


def test_a_claimed_fall_is_not_backed_by_a_record_of_a_rise():
    _, v = judge("Red light slows the collagen build-up", COLLAGEN, RISE, relation="mechanism")
    assert v.side != "backs" and v.verdict not in ("supported", "partly supported")


def test_claimed_fall_needs_the_verb_to_act_on_the_outcome():
    frame = ClaimFrame(intervention="red light", intervention_norm="red light", outcome="collagen production",
                       relation="mechanism", strength="plain")
    assert claimed_fall(frame, COLLAGEN, "slows the collagen build-up") == "slows"
    assert claimed_fall(frame, COLLAGEN, "it boosts collagen, and slows nothing else down") is None


ALOPECIA = Question("q5", "Does light therapy improve alopecia?", "light therapy", "alopecia", "efficacy",
                    '"light therapy"[tiab] AND alopecia[tiab]')
TOTALIS = {
    "21": rec("21", "Randomized sham-controlled trial of low-level light therapy in 120 men and women with androgenetic "
                    "alopecia. Terminal hair counts increased significantly with light therapy compared with sham."),
    "22": rec("22", "Pilot split-scalp study in 8 patients with alopecia totalis given photodynamic light therapy. "
                    "After three treatments none of the patients achieved hair growth.",
              title="Light therapy might be ineffective in alopecia totalis"),
}


def test_a_denial_for_a_narrower_condition_is_judged_on_the_studies_of_it():
    _, v = judge("it did nothing for his alopecia totalis", ALOPECIA, TOTALIS, relation="no_effect",
                 outcome="alopecia totalis")
    assert v.verdict == "partly supported" and v.side == "backs"
    assert "alopecia totalis" in v.rationale


def test_a_denial_of_an_effect_is_not_worded_as_a_denied_harm():
    _, v = judge("light therapy does nothing for alopecia", ALOPECIA, TOTALIS, relation="no_effect")
    assert "denies alopecia" not in v.rationale


GROUP = Question("q6", "Does group cause pain, and how often?", "group", "pain", "safety",
                 'group[tiab] AND pain[tiab]')
UNRELATED = {"31": rec("31", "Randomized controlled study of a blue light device in 41 adults with acne (26 treated, 15 "
                             "controls). Lesion counts fell in the treated group. No pain or side effects were reported.")}


def test_a_question_whose_intervention_is_a_unit_of_a_study_places_no_claim():
    _, v = judge("hers honestly doesn't hurt", GROUP, UNRELATED, relation="denies_harm")
    assert v.verdict == "no evidence found" and v.side == "unclear"
    assert "a unit of a study" in v.rationale


REDNESS = Question("q7", "Does microneedling cause redness, and how often?", "microneedling", "redness", "safety",
                   'microneedl*[tiab] AND redness[tiab]')
MILD = {f"r{i}": rec(f"r{i}", f"Randomized controlled trial of {n} adults treated with microneedling. Mild transient "
                              "redness occurred in most patients and resolved within two days.")
        for i, n in enumerate((120, 140, 160))}


def test_a_plain_denial_the_records_refute_is_not_supported_against():
    _, plain = judge("microneedling won't leave you red", REDNESS, MILD, relation="denies_harm")
    assert plain.verdict == "not supported" and plain.side == "against", plain.rationale


def test_an_absolute_denial_the_records_refute_stays_contradicted():
    _, absolute = judge("microneedling never leaves you red", REDNESS, MILD, relation="denies_harm", strength="absolute")
    _, privative = judge("microneedling is redness-free", REDNESS, MILD, relation="denies_harm")
    for v in (absolute, privative):
        assert v.verdict == "contradicted" and v.side == "against", v.rationale


RISK = Question("q8", "Does tretinoin cause skin irritation, and how often?", "tretinoin", "skin irritation", "safety",
                'tretinoin[tiab] AND (irritation[tiab] OR wrinkles[tiab])')
H2H = {"41": rec("41", "Randomized double-blind trial in 100 adults with photoaged skin comparing tretinoin 0.025% with "
                       "retinol 1% for 12 weeks. Wrinkles improved in both groups, with no significant difference between "
                       "tretinoin and retinol. Skin irritation was more common with tretinoin."),
       "42": rec("42", "Randomized controlled trial of 200 adults using tretinoin cream for 24 weeks. Skin irritation "
                       "occurred in 40% of patients.")}


def test_head_to_head_results_are_not_mirrored_by_a_stance_from_a_question_of_the_other_kind():
    # "no better than retinol" filed on a risk question keeps the extractor's "denies" stance; the tie backs the claim's
    # own comparison and must not be flipped into evidence against it
    quote = "tretinoin is no better than a good retinol"
    frame = ClaimFrame(intervention="tretinoin", intervention_norm="tretinoin", outcome="wrinkles", relation="equivalent",
                       strength="plain", comparator="retinol", comparator_norm="retinol")
    claim = Claim("c1", "a.txt", quote, 0, len(quote), quote, "q8", "comparative", "plain", origin="auto", frame=frame,
                  stance="denies")
    apps = [appraise(r, RISK) for r in H2H.values()]
    grade = grade_question(RISK, apps, n_hits=2)
    v = grade_claim(claim, RISK, grade, apps, H2H)
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale


def test_not_as_good_as_is_read_once_when_the_frame_already_made_the_other_arm_the_winner():
    # "X is not as effective as Y": the frame names Y the intervention and superior; the verdict must not read the
    # negation again and put Y "at most level" with X (trap 639 was graded against the records that favour the laser)
    from tracker.frames import parse_frame
    from tracker.verdict import not_as_reading

    quote = "Microneedling is not as effective as a fractional laser for deep, pitted acne scars"
    swapped = parse_frame(quote, topic="microneedling")
    assert (swapped.intervention, swapped.relation) == ("fractional laser", "superior")
    assert not not_as_reading(swapped, quote)
    # a frame that keeps the subject as its intervention still reads "not as ... as" as "at most level"
    kept = parse_frame("Minoxidil is not as gentle as rosemary oil", topic="minoxidil")
    assert kept.intervention.lower() == "minoxidil" and not_as_reading(kept, "Minoxidil is not as gentle as rosemary oil")
