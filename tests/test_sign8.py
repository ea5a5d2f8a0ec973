"""tracker.verdict, SIGN8 (issue 14 items 3 and 4): which side of a claim the records are on when they do not test
the claim's own intervention, comparison or outcome, found on dev11, test, test3, test14 and trap 805.

- A name under the prefix of negation ("better than non-laser therapies") never names that arm.
- A treatment named only after "than", with another treatment the subject ("X improved hair in far more men than Y
  did"), is the standard the claim puts behind: a comparison it loses backs the claim.
- Harms of another variant of the claim's treatment, read by its normalised name when its own words ("laser caps")
  name no variant ("blue light therapy" for "low-level laser therapy"), are indirect: set aside (GRADE, PICO).
- "Adding X to Y did not make it any better than Y alone" denies a difference from an active treatment: judged head
  to head as "no better than" it, by the add-on trials ("Y vs Y with X", whatever the second arm elides), never by
  whether X works at all; trials that disagree leave it on neither side (GRADE inconsistency).
- "Brushed on after the laser, X is what smooths the scars" gives X on top of another treatment that its records test
  X added to: what X adds is the claim, answered by the add-on trials; one where adding it changed nothing leaves
  it not supported.
- A harm claim an additive particle marks as a second predicate ("..., and my hair wasn't greasy either") that names
  neither its question's outcome nor its frame's did not inherit that outcome: no evidence found.

Real appraisal and grading on hand-written records (invented treatments: zelka, pentor). Tests whose comments say
"before:" fail on the session-start verdict (62b8608)."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import ClaimFrame, Question
from tracker.verdict import _added_arm_design, named_as_standard, outcome_unsaid, parity_denied_effect

STRIAE = Question("q-zelka-striae", "Does zelka needling improve stretch marks?", "zelka needling", "stretch marks",
                  "efficacy", 'zelka*[tiab] AND (striae[tiab] OR "stretch marks"[tiab])')


def test_a_name_under_the_prefix_non_names_no_arm():
    records = {
        "96000001": rec("96000001", "Randomised split-body trial in 40 adults with stretch marks comparing zelka needling "
                        "with fractional laser: striae improved on both sides, with no significant difference between "
                        "zelka needling and fractional laser.", title="Zelka needling versus fractional laser for striae"),
        "96000002": rec("96000002", "Systematic review and meta-analysis of 11 controlled studies of zelka needling for "
                        "stretch marks. Zelka needling and fractional laser were almost equally effective (P = 0.35), and "
                        "zelka needling was significantly better than non-laser therapies (P < 0.001).",
                        title="Zelka needling for striae: systematic review and meta-analysis"),
    }
    quote = "On its own zelka needling did no better than fractional laser for striae"
    _, v = judge(quote, STRIAE, records, relation="equivalent", comparator="fractional laser",
                 comparator_norm="fractional laser")
    # before: not supported (against): "better than non-laser therapies" read as a win over the laser
    assert v.side == "backs" and v.verdict in ("supported", "partly supported"), v.rationale


HAIR = Question("q-zelka-hair", "Does zelka regrow hair?", "zelka", "hair growth", "efficacy",
                'zelka*[tiab] AND hair[tiab]')
H2H = {"96000011": rec("96000011", "Open randomised comparison in 100 men with androgenetic alopecia given pentor "
                       "tablets or zelka capsules for two years. Hair growth improved in 68% of men with pentor and in 38% "
                       "with zelka; pentor was significantly more effective than zelka (P < 0.01).",
                       title="Pentor versus zelka in male androgenetic alopecia: a two-year study")}


def test_a_treatment_named_only_as_the_standard_of_comparison_is_put_behind():
    quote = "In a two-year comparison, pentor tablets improved hair in far more men than zelka capsules did"
    _, v = judge(quote, HAIR, H2H, intervention="zelka", intervention_norm="zelka", outcome="hair", relation="superior")
    # before: contradicted (against): the claim read as "zelka is better", and pentor's win refuted it
    assert v.side == "backs" and "standard" in v.rationale, v.rationale
    frame = ClaimFrame(intervention="zelka", intervention_norm="zelka", outcome="hair", relation="superior")
    assert named_as_standard(frame, quote)
    # the subject is the frame's own treatment, or no treatment at all ("nothing ... better than zelka" ranks it first)
    assert not named_as_standard(frame, "zelka regrew hair in more men than pentor did")
    assert not named_as_standard(frame, "Nothing regrows hair better than zelka capsules")


LIGHT_HARMS = Question("q-lllt-harms", "Does low-level laser therapy cause adverse effects?", "low-level laser therapy",
                       "adverse effects", "safety",
                       '("low-level laser therapy"[tiab] OR "blue light"[tiab] OR "light therapy"[tiab]) AND '
                       '("adverse event*"[tiab] OR "side effect*"[tiab] OR "adverse reaction*"[tiab])')
BLUE = rec("96000021", "Randomised trial of 60 people with acne treated with blue light therapy twice weekly. Adverse "
           "reactions (dryness, burning and erythema) occurred in 30% of patients.",
           title="Blue light therapy for acne: a randomised trial")
HELMET = rec("96000022", "Randomised controlled trial of 90 women with pattern hair loss given low-level laser therapy with "
             "a helmet for 24 weeks. Hair density improved; no side effects were reported.",
             title="Low-level laser therapy for female pattern hair loss")
HELMET_HARM = rec("96000023", "Randomised controlled trial of 80 men given low-level laser therapy with a cap for 24 weeks. "
                  "Adverse events were scalp warmth in 12% and headache in 5%.",
                  title="Low-level laser therapy caps for male pattern hair loss")


def test_harms_of_another_variant_named_by_the_normalised_name_are_set_aside():
    quote = "there are no reported side effects"
    records = {BLUE.pmid: BLUE, HELMET.pmid: HELMET}
    _, v = judge(quote, LIGHT_HARMS, records, intervention="Laser caps", intervention_norm="low-level laser therapy",
                 outcome="adverse effects", relation="denies_harm", strength="absolute")
    # before: contradicted (against), from blue light's harms in acne
    assert v.side != "against" and "another variant" in v.rationale and BLUE.pmid not in v.cited_pmids, v.rationale
    # the claim's own treatment's harms still count against it
    records[HELMET_HARM.pmid] = HELMET_HARM
    _, v = judge(quote, LIGHT_HARMS, records, intervention="Laser caps", intervention_norm="low-level laser therapy",
                 outcome="adverse effects", relation="denies_harm", strength="absolute")
    assert v.side == "against" and HELMET_HARM.pmid in v.cited_pmids, v.rationale


SCARS = Question("q-zelka-scars", "Does zelka serum improve acne scars?", "zelka serum", "acne scars", "efficacy",
                 'zelka*[tiab] AND (scar[tiab] OR scars[tiab])')
ALONE = rec("96000031", "Randomised placebo-controlled trial of 60 adults with atrophic acne scars: zelka serum improved "
            "scar grade significantly more than placebo (P < 0.01).", title="Zelka serum for acne scars: a randomised trial")
ADD_ON_TIE = rec("96000032", "Split-face study in 30 patients with acne scars given three sessions of fractional laser on "
                 "one side and fractional laser plus topical zelka serum on the other. Both sides improved significantly, "
                 "but the between-side difference was not significant (P = 0.29).",
                 title="Fractional Laser vs Fractional Laser with Topical Zelka Serum for Acne Scars: A Split-face Trial")
ADD_ON_WIN = rec("96000033", "Randomised three-arm trial of 75 patients with atrophic acne scars given fractional laser, "
                 "zelka serum, or both. Both single treatments improved scars, but the combination beat laser alone and "
                 "zelka serum alone for scar grade improvement (P = 0.007 and 0.001).",
                 title="Fractional laser and zelka serum as single or combined treatment for acne scars")


def test_adding_it_did_no_better_than_the_other_alone_is_judged_head_to_head():
    quote = "adding topical zelka serum to laser did not make the scars look any better than laser alone"
    frame = dict(intervention="zelka serum", intervention_norm="zelka serum", outcome="scars", relation="no_effect",
                 comparator="laser alone", comparator_norm="laser alone")
    _, v = judge(quote, SCARS, {ALONE.pmid: ALONE, ADD_ON_TIE.pmid: ADD_ON_TIE}, **frame)
    # before: not supported (against): read as "zelka serum does nothing for scars", refuted by the placebo trial
    assert v.side == "backs" and ADD_ON_TIE.pmid in v.rationale, v.rationale
    # an add-on trial that finds the combination ahead as well: the head-to-head records disagree, neither side
    _, v = judge(quote, SCARS, {ALONE.pmid: ALONE, ADD_ON_TIE.pmid: ADD_ON_TIE, ADD_ON_WIN.pmid: ADD_ON_WIN}, **frame)
    assert v.side == "unclear" and "disagree" in v.rationale, v.rationale
    assert parity_denied_effect(ClaimFrame(**frame), quote)  # type: ignore[arg-type]
    # an inert comparator is no effect ("no better than placebo"), and so is a claim with no comparison
    assert not parity_denied_effect(ClaimFrame(**{**frame, "comparator": "placebo", "comparator_norm": "placebo"}),  # type: ignore[arg-type]
                                    "zelka serum did no better than placebo")
    assert not parity_denied_effect(ClaimFrame(**frame), "zelka serum does nothing for scars")  # type: ignore[arg-type]


def test_an_add_on_design_is_read_from_a_title_that_elides_the_shared_arm():
    probe = ClaimFrame(intervention="zelka serum", intervention_norm="zelka serum", outcome="scars", relation="benefit",
                       comparator="laser", comparator_norm="laser")
    assert _added_arm_design(ADD_ON_TIE.title, probe)
    assert not _added_arm_design(ADD_ON_WIN.title, probe)  # no "A vs A with B"
    assert not _added_arm_design("Zelka serum versus fractional laser for acne scars", probe)  # two treatments
    # the arm joined to the intervention must be the comparator's own
    assert not _added_arm_design("Needling vs Needling with Zelka Serum for Acne Scars", probe)


def test_a_treatment_given_on_top_of_another_is_judged_by_what_it_adds():
    quote = "Brushed on after the laser, the zelka serum is what smooths the acne scars"
    _, v = judge(quote, SCARS, {ALONE.pmid: ALONE, ADD_ON_TIE.pmid: ADD_ON_TIE}, outcome="acne scars")
    # before: supported/partly supported (backs), from the trial of zelka serum alone against placebo; a tie in the
    # add-on trial leaves "better than the laser alone" not supported, as for any superiority claim met by ties
    assert v.side != "backs" and v.verdict == "not supported" and ADD_ON_TIE.pmid in v.rationale, v.rationale
    # with no add-on trial among the records, "after the laser" names no arm they test: judged as before
    _, v = judge(quote, SCARS, {ALONE.pmid: ALONE}, outcome="acne scars")
    assert v.side == "backs", v.rationale


ITCH = Question("q-zelka-itch", "Does zelka oil cause scalp irritation?", "zelka oil", "skin irritation", "safety",
                'zelka*[tiab] AND (irritation[tiab] OR itch*[tiab] OR prurit*[tiab])')
ITCHY = rec("96000041", "Randomised trial of 100 adults using zelka oil or 2% minoxidil for six months. Scalp itching was "
            "reported by 8% of the zelka oil group.", title="Zelka oil versus minoxidil for hair loss")


def test_a_second_predicate_marked_by_either_does_not_inherit_the_first_ones_harm():
    quote = "and my hair wasn't greasy either"
    _, v = judge(quote, ITCH, {ITCHY.pmid: ITCHY}, intervention="zelka oil", outcome="skin irritation",
                 relation="denies_harm")
    # before: not supported (against), from the itching that the first clause, not this one, denied
    assert v.verdict == "no evidence found" and v.side == "unclear" and "greasy" in v.rationale, v.rationale
    frame = ClaimFrame(intervention="zelka oil", intervention_norm="zelka oil", outcome="skin irritation",
                       relation="denies_harm")
    assert outcome_unsaid(frame, ITCH, quote) == ["hair", "greasy"]
    # the question's own harm named, or no additive particle: the outcome stands
    assert outcome_unsaid(frame, ITCH, "and it never made my scalp itch either") is None
    assert outcome_unsaid(frame, ITCH, "my hair wasn't greasy") is None
    _, v = judge("the oil never made my scalp itch", ITCH, {ITCHY.pmid: ITCHY}, intervention="zelka oil",
                 outcome="skin irritation", relation="denies_harm")
    assert v.side == "against", v.rationale


REDNESS = Question("q-zelka-redness", "Does zelka serum reduce redness?", "zelka serum", "redness", "efficacy",
                   'zelka*[tiab] AND (erythema[tiab] OR redness[tiab])')


def test_a_tie_that_names_no_outcome_is_about_the_trials_own_outcome():
    # the add-on trial's tie ("the between-side difference was not significant") is about its acne scars, not redness
    tie = rec(ADD_ON_TIE.pmid, ADD_ON_TIE.abstract_text + " Redness after laser was noted on both sides.",
              title=ADD_ON_TIE.title)
    _, v = judge("Redness fades days sooner than with laser alone", REDNESS, {tie.pmid: tie}, outcome="redness",
                 relation="superior", comparator="laser alone", comparator_norm="laser alone")
    assert "found no difference" not in v.rationale and v.side != "against", v.rationale


def test_a_base_cream_named_with_an_adjective_is_still_an_inert_comparator():
    frame = ClaimFrame(intervention="zelka serum", intervention_norm="zelka serum", outcome="dark spots",
                       relation="no_effect", comparator="plain base cream", comparator_norm="plain base cream")
    # "did no better than the plain base cream" is no effect (against an inactive arm), not parity with a treatment
    assert not parity_denied_effect(frame, "the 0.01% strength did no better than the plain base cream")
