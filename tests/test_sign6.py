"""tracker.verdict, SIGN6 (issue 14): verdicts on the right side, found on test14 (spent) and dev10 (studied).

- A benefit claimed for one strength of a treatment ("even the weakest 0.01% cream smoothed wrinkles") is answered by
  the records that name that strength (GRADE indirectness of intervention): when they report it no different from the
  inactive control, the effects the body shows are other strengths', and the claim is not supported, against.
- A claim whose own outcome ("it smells nicer", "it's cheaper") neither its question nor any record the question found
  names borrows no verdict from them (GRADE indirectness of outcome, PICO): no evidence found, with that reason.

Real appraisal and grading on hand-written records (a topic no development article uses). Tests whose comments say
"before:" fail on 962690a."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import Question

ROSACEA = Question("q-azelaic-rosacea", "Does azelaic acid reduce rosacea?", "azelaic acid", "rosacea", "efficacy",
                   "azelaic[tiab] AND rosacea[tiab]")
STRENGTHS = {
    "96000001": rec("96000001", "Randomised, double-blind trial in 300 adults with papulopustular rosacea comparing "
                    "azelaic acid gel at 15%, 5% and 1% with vehicle for 12 weeks. The 15% gel reduced inflammatory "
                    "lesions significantly more than vehicle (p < 0.001). The 5% and 1% gels did not differ "
                    "significantly from vehicle.", title="Three strengths of azelaic acid gel for rosacea"),
    "96000002": rec("96000002", "Randomised controlled trial in 329 adults with rosacea: azelaic acid 15% gel reduced "
                    "lesion counts and erythema significantly compared with vehicle (p = 0.002).",
                    title="Azelaic acid 15% gel versus vehicle in rosacea: a randomised trial"),
}


def test_a_benefit_of_one_strength_the_records_find_no_different_from_vehicle_goes_against():
    # before: supported, backs (the body's effects are of the 15% gel)
    _, v = judge("Even the weakest 1% gel calms rosacea", ROSACEA, STRENGTHS)
    assert v.verdict == "not supported" and v.side == "against", v.rationale
    assert "1% strength" in v.rationale and "96000001" in v.rationale


def test_a_strength_the_records_show_working_or_do_not_test_keeps_the_body_verdict():
    # the strength the records found effective keeps the body's verdict
    _, v = judge("The 15% gel calms rosacea", ROSACEA, STRENGTHS)
    assert v.verdict in ("supported", "partly supported") and v.side == "backs", v.rationale
    # a record that names a strength only in its design says nothing of it: no record reports that strength null
    design_only = {"96000003": rec("96000003", "Randomised, double-blind trial in 250 adults with rosacea comparing "
                                   "azelaic acid gel 15% and 2% with vehicle for 12 weeks. Lesion counts fell "
                                   "significantly more with azelaic acid than with vehicle (p < 0.001).",
                                   title="Azelaic acid gel for rosacea"), **{"96000002": STRENGTHS["96000002"]}}
    _, v = judge("Even the 2% gel calms rosacea", ROSACEA, design_only)
    assert v.side == "backs", v.rationale


LAYER = {
    "96000004": rec("96000004", "Randomised, double-blind, vehicle-controlled trial in 329 adults with papulopustular "
                    "rosacea: azelaic acid gel reduced inflammatory lesions significantly more than vehicle "
                    "(p < 0.001) over 12 weeks.", title="Azelaic acid gel for rosacea: a randomised controlled trial"),
    "96000005": rec("96000005", "Randomised controlled trial in 335 adults with rosacea: azelaic acid gel improved "
                    "erythema and reduced lesion counts significantly compared with vehicle (p = 0.002).",
                    title="Azelaic acid gel versus vehicle in rosacea: a randomised trial"),
}


def test_an_outcome_no_record_or_question_measures_borrows_no_verdict():
    # before: supported, backs (the rosacea trials' verdict)
    for quote, outcome in (("It smells lovely too", "smell"), ("and the tube is cheap", "price")):
        _, v = judge(quote, ROSACEA, LAYER, outcome=outcome)
        assert v.verdict == "no evidence found" and v.side == "unclear", (quote, v.rationale)
        assert f"the claim is about {outcome}" in v.rationale and "rosacea" in v.rationale
    # a comparison on another outcome stays on neither side as VERD4 places it
    _, v = judge("It smells nicer than my old cream too", ROSACEA, LAYER, outcome="smell")
    assert v.verdict not in ("supported", "partly supported") and v.side == "unclear", v.rationale


def test_the_question_outcome_a_lay_word_for_it_or_one_the_records_name_keeps_the_verdict():
    # the question's own outcome, a general word ("results") and a word the records use are measured
    for outcome in ("rosacea", "results", "redness of rosacea", "erythema", "lesions"):
        _, v = judge("Azelaic acid calms it", ROSACEA, LAYER, outcome=outcome)
        assert v.verdict in ("supported", "partly supported") and v.side == "backs", (outcome, v.rationale)
    # a lay word the outcome table files under the question's outcome ("breakouts" for acne) is that outcome
    acne = Question("q-azelaic-acne", "Does azelaic acid reduce acne?", "azelaic acid", "acne", "efficacy",
                    "azelaic[tiab] AND acne[tiab]")
    trials = {"96000006": rec("96000006", "Randomised, double-blind trial in 300 adults with acne vulgaris: azelaic "
                              "acid 20% cream reduced inflammatory lesion counts significantly more than vehicle "
                              "(p < 0.001) over 12 weeks.", title="Azelaic acid cream for acne vulgaris"),
              "96000007": rec("96000007", "Randomised controlled trial in 250 adults with acne: azelaic acid cream "
                              "reduced comedones and papules significantly compared with vehicle (p = 0.01).",
                              title="Azelaic acid versus vehicle in acne")}
    _, v = judge("Azelaic acid calms breakouts", acne, trials, outcome="breakouts")
    assert v.verdict in ("supported", "partly supported") and v.side == "backs", v.rationale


def test_an_episode_of_harm_or_a_perfect_of_reporting_is_a_case_that_has_occurred():
    from tracker.verdict import reports_case

    # an indefinite person as the subject of a past verb of undergoing, and people who report cases in the perfect
    assert reports_case("a woman lost the sight of one eye after injections between her eyebrows")
    assert reports_case("doctors have reported a serious allergic reaction to the additive")
    # a generic present, a use without a harm, or a report that something is safe is no case
    assert not reports_case("a woman who uses it risks burns")
    assert not reports_case("A patient used it for months")
    safety = Question("q-azelaic-allergy", "Does azelaic acid cause allergic reactions?", "azelaic acid",
                      "allergic reaction", "safety", "azelaic[tiab] AND allergic[tiab]")
    case = {"96000008": rec("96000008", "Case report: a 34-year-old woman developed a severe allergic reaction with "
                            "facial swelling two days after starting azelaic acid gel; it resolved after stopping.",
                            title="Allergic reaction to azelaic acid gel: a case report")}
    # before: partly supported (the certainty of one case report capped it)
    _, v = judge("doctors have reported a serious allergic reaction to azelaic acid", safety, case, relation="harm")
    assert v.verdict == "supported" and v.side == "backs", v.rationale


def test_a_name_given_in_apposition_names_the_arm_in_the_record():
    tolerability = Question("q-retinal-irritation", "Does retinaldehyde cause irritation?", "retinaldehyde", "irritation",
                            "safety", "retinaldehyde[tiab] AND irritation[tiab]")
    trial = {"96000009": rec("96000009", "Comparative trial of 0.05% retinaldehyde cream, 0.05% retinoic acid "
                             "(tretinoin) cream and vehicle in 125 patients with photodamage over 44 weeks. Both active "
                             "creams reduced wrinkles. Retinaldehyde was well tolerated, whereas retinoic acid caused "
                             "more local irritation.", title="Retinaldehyde versus tretinoin for photodamage")}
    # before: not supported (read as a lead for tretinoin: "retinoic acid" was no name of that arm)
    _, v = judge("Retinaldehyde is gentler than tretinoin", tolerability, trial, relation="superior",
                 comparator="tretinoin", comparator_norm="tretinoin")
    assert v.side == "backs", v.rationale
    assert "favour it" in v.rationale


def test_a_denied_effect_of_one_strength_the_records_find_null_is_backed(monkeypatch):
    # before: not supported, unclear ("the effects ... need not be that strength's")
    # (the rule of strengths alone: since session 22 the retrained learned reader, its guard at 0.3, doubts this
    # reading at 46% and the shipped verdict is on neither side, which test_relation_model's guard tests cover)
    from tracker import verdict

    monkeypatch.setattr(verdict, "relation_doubt", lambda *a, **k: None)
    _, v = judge("The weakest gels are another matter: the 1% strength did no better than the plain base gel at 12 weeks",
                 ROSACEA, STRENGTHS, relation="no_effect", comparator="plain base gel", comparator_norm="vehicle")
    assert v.verdict in ("supported", "partly supported") and v.side == "backs", v.rationale
    assert "1% strength" in v.rationale


def test_a_small_effect_claimed_is_backed_in_direction_only():
    # before: supported (the size the claim gives, small, was not checked)
    _, v = judge("Azelaic acid had only a mild effect on rosacea", ROSACEA, LAYER)
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    assert "only a mild effect" in v.rationale
    # "minor side effects" names a harm, no size of the effect
    from tracker.verdict import _SMALL_EFFECT_RE
    assert not _SMALL_EFFECT_RE.search("it works, with only minor side effects")
    assert _SMALL_EFFECT_RE.search("has limited effect on alopecia areata")


def test_a_word_of_the_claims_outcome_is_found_in_the_records_by_its_stem():
    from tracker.verdict import _word_in

    # English endings off: "itchy" is the records' "itching", "greasy" their "greasiness", and a prefix stays inside
    assert _word_in("itchy", "scalp itching rose in both arms")
    assert _word_in("greasy", "no change in greasiness")
    assert _word_in("pigmentation", "mottled hyperpigmentation improved")
    assert not _word_in("smell", "smoothness improved")
    assert not _word_in("cheaper", "a chemical peel")
