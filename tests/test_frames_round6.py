"""Claim frames, round 6 (issue #14, FRM6): strength, relation, population and time frame from
general English structure. Hedging is epistemic marking (modals, reported speech, comment clauses),
not the size of an effect ("slight", "a bit") nor a quantifier over what happens ("some redness");
a negated universal is existential; a study description gives the population of the results told
after it. The sentences are made up for these tests (no development article)."""

from __future__ import annotations

from tracker.articles import article_from_bytes
from tracker.extract import extract_claims
from tracker.frames import (
    context_population,
    parse_frame,
    population_of,
    relation_of,
    reported_before,
    strength_of,
    time_frame_of,
    trailing_hedge,
)

# --- strength ---------------------------------------------------------------------------------


def test_a_degree_modifier_measures_the_effect_it_does_not_hedge_the_claim() -> None:
    assert strength_of("the trial recorded slight itching in 12% of participants") == "plain"
    assert strength_of("the cream made my cheeks slightly pinker") == "plain"
    assert strength_of("my brows looked a bit fuller by the end") == "plain"
    assert strength_of("the gel may reduce itching") == "hedged"  # a modal still hedges


def test_some_hedges_as_a_reporter_not_as_a_quantifier_over_what_happens() -> None:
    assert strength_of("Some users notice mild stinging for an hour") == "plain"
    assert strength_of("Some tingling at the spot is normal") == "plain"
    assert strength_of("the extract is linked to interactions with some blood thinners") == "plain"
    assert strength_of("Some say it clears their dandruff") == "hedged"
    assert strength_of("Some notice softer hands after the first week") == "hedged"
    assert strength_of("Many people find the tea eases cramps") == "hedged"


def test_a_negated_universal_is_not_absolute() -> None:
    assert strength_of("Zinc is not risk-free") == "plain"
    assert strength_of("The balm does not completely remove scars") == "plain"
    assert strength_of("Zinc is risk-free") == "absolute"
    assert strength_of("It never stings") == "absolute"


def test_comment_clauses_hedge_the_clause_they_are_attached_to() -> None:
    assert strength_of("Aloe heals burns as well as silver cream, in my opinion") == "hedged"
    assert strength_of("the tea is fine while pregnant as far as she knows") == "hedged"
    assert trailing_hedge(", or so every wellness blogger says.")
    assert trailing_hedge(", in my opinion, at half the price.")
    assert not trailing_hedge(", and it smells nice.")


def test_the_words_before_a_claim_can_report_it() -> None:
    assert reported_before("Olive oil is mostly oleic acid, which the skincare crowd says ")
    assert reported_before("Our readers tell us ")
    assert reported_before("Men over 50 say ")
    assert reported_before("I think ")
    # a study is not hearsay, and a contrast ends the report's scope
    assert not reported_before("Studies say ")
    assert not reported_before("Some runners claim the gel boosts stamina, but ")
    # a modal shared by a coordination of verb phrases hedges the later conjunct, not a new clause
    assert reported_before("The peel can redden the skin and ", "inflame old scars")
    assert not reported_before("The peel can redden the skin and ", "Retinol is gentler")


def test_a_hedge_on_the_readers_perception_is_no_hedge_of_the_claims() -> None:
    assert strength_of("You've probably seen these on social media:") == "plain"
    assert strength_of("Honey may speed healing:") == "hedged"


def test_a_modal_inside_a_relative_clause_describes_its_noun() -> None:
    assert strength_of("Unlike oral tablets, which can upset the stomach, the spray is barely absorbed") == "plain"
    assert strength_of("opening countless tiny channels through which a serum can easily pass into the skin") == "plain"
    # a noun and its relative clause are the claim itself
    assert strength_of("oral tablets, which can upset the stomach") == "hedged"
    # a complement clause is the claim: "evidence that it may work"
    assert strength_of("there is some evidence that it may ease cramps") == "hedged"


def test_significance_reported_by_studies_is_no_emphasis() -> None:
    assert strength_of("Studies show the peel significantly improves melasma") == "plain"
    assert strength_of("The peel dramatically improves melasma") == "strong"


def test_harms_denied_by_an_evaluative_adjective_or_a_coordination_are_absolute() -> None:
    assert strength_of("Argan oil softens hair with no harmful effects") == "absolute"
    assert strength_of("as good as surgery, without the pain or the swelling") == "absolute"
    # the course of a side effect is not the claim's reach
    assert strength_of("It takes a day for the swelling to subside completely") == "plain"


# --- relation ---------------------------------------------------------------------------------


def test_how_it_works_the_bodys_messengers_genes_microbes_and_tissue() -> None:
    assert relation_of("A sauna session doubles your serotonin") == "mechanism"
    assert relation_of("Exercise triggers a surge of feel-good chemicals") == "mechanism"
    assert relation_of("The vinegar is thought to switch on fat-burning genes") == "mechanism"
    assert relation_of("This triggers a reaction that destroys the germs from within") == "mechanism"
    assert relation_of("Ginseng stimulates hair follicles to grow") == "mechanism"
    assert relation_of("As the wound heals, it releases growth factors that wake the follicles") == "mechanism"
    assert relation_of("Gelatin rebuilds your cartilage") == "mechanism"
    assert relation_of("Zinc helps your body absorb vitamin A") == "mechanism"
    assert relation_of("Nettle blocks a hormone that thins hair") == "mechanism"
    # a hormone level a trial measures as its outcome stays a benefit ("lowers cortisol")
    assert relation_of("Rhodiola lowers cortisol by 20%") == "benefit"


def test_a_problem_said_to_be_gone_is_a_benefit() -> None:
    assert relation_of("I've been taking it for a year and my back pain is gone") == "benefit"
    assert relation_of("Within a month the eczema had cleared up") == "benefit"


def test_elided_comparatives_of_performance_and_multiples_of_named_results() -> None:
    assert relation_of("The gel worked faster") == "superior"
    assert relation_of("in children it may even work better") == "superior"
    assert relation_of("Adding a cap to your routine doubles the results you would get from the foam alone") == "superior"
    assert relation_of("Needling also boosts the results of PRP") == "superior"
    assert relation_of("those who added needling grew about three times as many new hairs as those on the foam alone") == "superior"
    # a change of state is not a comparison with another treatment
    assert relation_of("my skin is so much better") == "benefit"
    assert relation_of("By week 6 my nails were definitely stronger than at the start") == "benefit"
    assert relation_of("Twenty minutes of rowing burns as many calories as a 40-minute walk") == "equivalent"


def test_epistemic_as_far_as_is_no_comparison_and_a_life_stage_safety_claim_denies_harm() -> None:
    assert relation_of("the tea is fine while breastfeeding as far as she knows") == "denies_harm"
    assert relation_of("Unlike sleeping tablets, valerian does not leave you groggy the next day") == "denies_harm"


# --- population -------------------------------------------------------------------------------


def test_a_study_description_gives_the_population_of_the_results_after_it() -> None:
    before = ("In a randomized trial of 80 men with receding hairlines, researchers compared a cap, a foam "
              "and both together. ")
    assert context_population(before, "Hair counts rose in all three groups") == "men with receding hairlines"
    # a present-tense claim is general, not the trial's
    assert context_population(before, "The cap regrows hair") is None
    # a new study in the claim's sentence does not inherit the earlier one's people
    assert context_population(before, "A later review of 9 trials confirmed that the cap works") is None
    # the same sentence, whatever the tense; the unrestricted "adults" names nobody in particular
    assert context_population("In one trial in Korean women, ", "the cap raises hair density") == "korean women"
    assert context_population("In one series of 40 adults, ", "sweating fell by half") is None
    # the people who report a claim are who it is about
    assert context_population("Men over 50 say ", "it eases night-time urination") == "men over 50"


def test_populations_from_structure_not_topic_lists() -> None:
    assert population_of("Caps raise hair density in both men and women") == "both men and women"
    assert population_of("It suits everyone, including people with eczema") == "people with eczema"
    assert population_of("the cream is fine while breastfeeding") == "breastfeeding women"
    assert population_of("Ginkgo is safe during pregnancy") == "pregnant women"
    assert population_of("the peel will not cause dark spots on darker skin tones")
    assert population_of("the peel never stings, even on sensitive skin") is None  # the far end of a universal
    assert population_of("Iron can make dermatitis worse") == "people with dermatitis"
    assert population_of("the balm is a problem if you have a nut allergy") == "people who have a nut allergy"
    assert population_of("Pregnant women in particular often find it eases nausea") == "pregnant women"
    assert population_of("Drops are especially important for breastfed babies") == "breastfed babies"
    assert population_of("One small study in cyclists reported a rise in a hormone") == "cyclists"
    # everyone, or a share of people, is no population
    assert population_of("There is no evidence that it works in people") is None
    assert population_of("It stops cramps in most users within a week") is None
    assert population_of("Fish oil cuts relapses by 10%, especially in people who eat little fish") is None


# --- time frame -------------------------------------------------------------------------------


def test_time_points_and_durations_of_use_are_time_frames_and_a_side_effects_course_is_not() -> None:
    assert time_frame_of("people usually saw a change by week three")[1] == 21
    assert time_frame_of("Around week 5, my hair looked thicker")[1] == 35
    assert time_frame_of("My nails stopped peeling by the second month")[1] == 60
    assert time_frame_of("4 months of fish oil and my joints feel looser")[1] == 120
    assert time_frame_of("Some users notice mild redness for a few hours") is None


# --- through the extractor ----------------------------------------------------------------------

SOAK = """Epsom Salt Soaks: What the Evidence Says

Epsom salt soaks are popular with runners.

In a small trial of 30 women with plantar fasciitis, researchers compared an Epsom salt soak with a warm water soak. Heel pain improved in both groups after four weeks.

Women over 60 say Epsom salt soaks ease stiff joints. Epsom salt soaks relieve muscle soreness, in my opinion.
"""


def test_the_extractor_reads_reporters_comment_clauses_and_the_studys_population() -> None:
    cands = extract_claims(article_from_bytes("soak.txt", SOAK.encode("utf-8")))
    by_quote = {c.claim.quote: c for c in cands}
    pain = next(c for q, c in by_quote.items() if "Heel pain improved" in q)
    assert pain.claim.frame.population and "plantar fasciitis" in pain.claim.frame.population
    joints = next(c for q, c in by_quote.items() if "stiff joints" in q)
    assert joints.claim.strength == "hedged" and joints.claim.frame.strength == "hedged"
    sore = next(c for q, c in by_quote.items() if "muscle soreness" in q)
    assert sore.claim.strength == "hedged"


def test_parse_frame_keeps_a_modal_for_its_own_conjunct_and_a_plain_report_of_a_finding() -> None:
    f = parse_frame("one trial of a cap added to minoxidil in Chinese women recorded slight shedding in 20% of participants")
    assert f.strength == "plain" and (f.population or "").lower() == "chinese women"


def test_more_relations_from_english_structure() -> None:
    assert relation_of("Taking it only once you feel ill makes no difference to how long the cold lasts") == "no_effect"
    assert relation_of("the whey is too big a protein to be absorbed intact") == "no_effect"
    assert relation_of("it cannot do much from a product that is rinsed off") == "no_effect"
    assert relation_of("nasal gels have been linked to a permanent loss of smell") == "harm"
    assert relation_of("My forehead broke out in week two") == "harm"
    assert relation_of("The heat destroys the sweat glands under the skin") == "mechanism"
    assert relation_of("One small study in cyclists reported a rise in a hormone linked to acne") == "mechanism"


def test_the_compared_quantity_and_the_treatment_alone_are_named() -> None:
    f = parse_frame("Ten minutes of skipping burns as many calories as a 30-minute jog")
    assert f.relation == "equivalent" and f.outcome == "calories" and f.comparator == "30-minute jog"
    f = parse_frame("Adding a cap to your foam routine doubles the results you would get from the foam alone")
    assert f.relation == "superior" and f.comparator == "foam alone"
    # the partner of a combination is no rival: no comparator to judge head-to-head
    assert parse_frame("Needling also boosts the results of PRP").comparator is None
