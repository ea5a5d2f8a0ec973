"""tracker.frames: a claim sentence -> what it asserts (issue #14). General structure, one rule per test."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.frames import comparator_of, magnitude_of, parse_frame, relation_of, strength_of, time_frame_of


@pytest.mark.parametrize("text, relation", [
    # privative morphology and negated harm verbs deny harm
    ("Home rolling is completely painless.", "denies_harm"),
    ("Vitamin C never irritates, even on sensitive skin.", "denies_harm"),
    ("The patches have no side effects.", "denies_harm"),
    ("It is suitable for sensitive skin.", "denies_harm"),
    ("Totally risk-free", "denies_harm"),
    ("It won't interact with your other medicines", "denies_harm"),
    # the verb decides, not the outcome's name: reducing scars is a benefit
    ("It works by creating micro-injuries, eventually reducing the scars.", "benefit"),
    ("Microneedling can cause infections if the roller is not sterile.", "harm"),
    ("Retinoids increase sun sensitivity", "harm"),  # "increase" with a harm as its object
    ("Most people see visible results in 3 days", "benefit"),  # "results in" needs a problem to be a harm
    ("Biotin doesn't help hair growth in people without a deficiency.", "no_effect"),
    # comparison constructions; a placebo comparator is the benefit claim itself
    ("Rosemary oil rivals minoxidil for hair growth.", "equivalent"),
    ("Retinol is better than bakuchiol at reducing wrinkles.", "superior"),
    ("PRP increases hair density compared with saline injections", "benefit"),
    ("microneedling is one of the most effective anti-ageing tools you can buy", "superior"),
    ("it causes far fewer side effects", "superior"),
    # a contrast beside a denial does not make it a comparison
    ("Unlike harsh chemical treatments, rosemary oil has no side effects", "denies_harm"),
    ("Microneedles open tiny channels so serums penetrate deeper", "mechanism"),
    # "not only X (but also Y)" adds to X: it is no negation
    ("With radio frequency, microneedling not only improves acne scars but also tightens skin", "benefit"),
    ("It is not just hype: retinol reduces wrinkles", "benefit"),
    ("Microneedling does not improve acne scars", "no_effect"),
    # "cause" marks a harm whatever its object (negative prosody), unless an infinitive carries the effect
    ("High doses of vitamin A can cause birth defects", "harm"),
    ("It causes hair to grow back thicker", "benefit"),
])
def test_relation(text, relation):
    assert relation_of(text) == relation, text


def test_magnitudes_kind_and_bound_and_drug_strengths():
    assert magnitude_of("it increases hair growth by up to 80%") == (80.0, "%", "percent_change", "max")
    assert magnitude_of("80% of users saw fewer breakouts") == (80.0, "%", "proportion", "typical")
    assert magnitude_of("makes it penetrate ten times deeper") == (10.0, "fold", "fold", "typical")
    assert magnitude_of("Red light therapy doubles collagen production")[:3] == (2.0, "fold", "fold")
    assert magnitude_of("Results last up to two years.") == (2.0, "years", "duration", "max")
    assert magnitude_of("clearer skin after just three sessions")[2] == "sessions"
    # a percentage before a substance is its strength, never an effect size
    assert magnitude_of("It works as well as 2% minoxidil") is None
    assert magnitude_of("a 10% vitamin C serum brightens skin") is None
    # a dosing schedule is not a fold change
    assert magnitude_of("apply it twice a day") is None


def test_time_frames_in_days():
    assert time_frame_of("fades dark spots in two weeks") == ("in two weeks", 14.0)
    assert time_frame_of("visible results overnight") == ("overnight", 1.0)
    assert time_frame_of("Within 2 weeks you will notice less shedding")[1] == 14.0
    assert time_frame_of("near-infrared light can regrow hair in as little as a month")[1] == 30.0
    assert time_frame_of("Results last up to two years.") is None  # a duration, not a time frame


def test_strength_and_disclaimers():
    assert strength_of("Microneedling may help thinning hair") == "hedged"
    assert strength_of("microneedling is completely painless") == "absolute"
    assert strength_of("it reliably reduces fine wrinkles") == "strong"
    assert strength_of("It also shrinks pores") == "plain"
    # "not a miracle cure" is a disclaimer: it lowers the strength instead of making it absolute
    assert strength_of("Rosemary oil is not a miracle cure, but it can fade dark spots") == "hedged"


def test_comparator_is_never_a_number_or_a_bound():
    assert comparator_of("Rosemary oil is just as effective as 2% minoxidil")[0] == "minoxidil"
    assert comparator_of("it cuts shedding by more than 50%") is None
    assert comparator_of("regrows hair in as little as a month") is None


def test_frame_subject_topic_and_outcome():
    f = parse_frame("Rosemary oil rivals minoxidil for regrowing thinning hair", topic="minoxidil")
    # the subject is the intervention; the comparator never is, nor the outcome
    assert (f.intervention_norm, f.comparator_norm, f.relation) == ("rosemary oil", "minoxidil", "equivalent")
    assert "hair" in f.outcome and "minoxidil" not in f.outcome
    # a pronoun subject is the article's topic
    g = parse_frame("It also shrinks pores", topic="microneedling", topic_norm="microneedling")
    assert g.intervention_norm == "microneedling" and g.outcome == "pores"
    h = parse_frame("Microneedling is completely painless.")
    assert (h.relation, h.outcome, h.strength) == ("denies_harm", "pain", "absolute")
    p = parse_frame("It is suitable for sensitive scalps", topic="rosemary oil")
    assert p.population == "sensitive scalps" and p.relation == "denies_harm"


@pytest.mark.parametrize("text, relation, outcome", [
    # "lower risk of X" without a comparison word: fewer cases of X is the benefit, X the outcome
    ("men who used a sauna often had a 50% lower risk of dying from heart disease", "benefit", "heart disease"),
    # burning calories or fat is a benefit sense of "burn", not a burn injury
    ("Infrared saunas are said to burn up to 600 calories in a session", "benefit", None),
    # a negated causative's object is the denied harm, whatever the word
    ("it never causes dehydration", "denies_harm", "dehydration"),
    # a negated harm verb or "safe for your X" on a body part denies harm to that part
    ("creatine does not harm healthy kidneys", "denies_harm", "kidney damage"),
    ("Creatine is safe for your kidneys", "denies_harm", "kidney damage"),
    # any verb: the object of the clause's main verb ("shorten" is in no verb list)
    ("Zinc lozenges shorten a cold by up to 40 percent", "benefit", "cold"),
    # help + someone + an intransitive verb: the verb is the outcome
    ("Ashwagandha helps you sleep in just two weeks", "benefit", "sleep"),
    # an intransitive change verb: its subject changed
    ("Hair strength improved too", "benefit", "hair strength"),
])
def test_relation_and_outcome_from_structure(text, relation, outcome):
    f = parse_frame(text, topic="x")
    assert f.relation == relation, (text, f)
    if outcome is not None:
        assert f.outcome == outcome, (text, f.outcome)
    assert "burn" not in f.outcome


def test_as_well_as_compares_only_with_another_treatment():
    # the learned phrase model decides whether what follows "as well as" is a treatment
    f = parse_frame("ketoconazole shampoo regrows hair as well as minoxidil")
    assert (f.relation, f.comparator) == ("equivalent", "minoxidil")
    g = parse_frame("It reduces redness as well as swelling")
    assert g.relation == "benefit" and g.comparator is None


def test_clause_verb_hands_the_verb_role_past_a_plural_noun():
    from tracker.frames import clause_verb, predicate_object

    subj, m = clause_verb("Zinc lozenges shorten a cold")
    assert (subj, m.group("verb")) == ("Zinc lozenges", "shorten")
    subj, m = clause_verb("Cryotherapy facials use liquid nitrogen vapour")
    assert m.group("verb") == "use"
    assert clause_verb("It tops up the fuel your muscles use")[1].group("verb") == "tops"
    # a determiner ends the object: "the fuel your muscles use" is a reduced relative clause
    assert predicate_object("It tops up the fuel your muscles use") == "fuel"
    assert predicate_object("It makes you stronger") == "stronger"


def test_attributed_claims_are_hedged():
    assert strength_of("Fans say it regrows hair") == "hedged"
    assert strength_of("It regrows hair") == "plain"


@pytest.mark.parametrize("text, value, unit, bound", [
    ("It takes up to two days for the skin to recover", 2.0, "days", "max"),
    ("redness may appear on the skin, which usually subsides within 3 hours", 3.0, "hours", "typical"),
    ("Redness fades in about a day", 1.0, "days", "typical"),
])
def test_how_long_a_harm_or_recovery_takes_is_a_duration(text, value, unit, bound):
    f = parse_frame(text)
    assert (f.magnitude_value, f.magnitude_unit, f.magnitude_kind, f.magnitude_bound) == (value, unit, "duration", bound)
    assert f.time_frame_days is None or f.time_frame_days == 0.0  # never read as a promised time frame


def test_onset_promise_stays_a_time_frame():
    f = parse_frame("You will see results within 3 weeks")
    assert f.magnitude_kind is None and f.time_frame_days == 21.0


@given(st.text(alphabet="ab_ -.\n1é中!", max_size=14))
def test_word_before_is_the_last_word_as_the_regex_found_it(text):
    """`_word_before` replaced `re.search(r"(\\w+)\\W*$", text[:end])` in `_effect_verbs` for
    speed; it must find the same word (Unicode letters and digits included)."""
    import re

    from tracker.frames import _word_before

    m = re.search(r"(\w+)\W*$", text)
    assert _word_before(text, len(text)) == (m.group(1).lower() if m else "")


@pytest.mark.parametrize("text, outcome", [
    ("Green tea extract lowers obesity risk", "obesity"),
    ("Statins cut your risk of heart disease by 30%", "heart disease"),
])
def test_lowering_a_risk_is_a_benefit_on_the_risks_object(text, outcome):
    f = parse_frame(text)
    assert f.relation == "benefit" and f.outcome == outcome


# --- FRM3: clause structure, quantifiers and negation scope (sentences written for these tests,
# on topics the development set does not use) -----------------------------------------------


@pytest.mark.parametrize("text, strength", [
    # universal quantifiers after a preposition are the claim's scope, not a purpose
    ("The balm is suitable for everyone, toddlers included", "absolute"),
    ("Safe for all hair types", "absolute"),
    # a purpose clause holds an aim, not a claim
    ("To eliminate the risk of blisters, wait a week", "plain"),
    # a modal or frequency adverb inside a relative clause describes its noun
    ("Magnesium is one of the most useful minerals you can take", "strong"),
    ("Here are the questions I hear most often about fish oil:", "plain"),
    ("Here is what the tincture can do for you:", "plain"),
    ("It helps you wake less often at night", "plain"),  # a frequency compared is the outcome
    # negative quantifiers: "no" + a harm, "causes no", "no X will"; "without" + harm in general
    ("The spray causes no drowsiness", "absolute"),
    ("No pill will cure a hangover", "absolute"),
    ("Lavender calms nerves without the side effects", "absolute"),
    ("It lifts your mood without any effort", "plain"),  # "any effort" denies no harm
    ("Tea tree oil clears spots for good", "absolute"),
    # degree adverbs and "far" + comparative make a strong claim; "works best in X" is a subgroup
    ("Oat baths are extremely soothing", "strong"),
    ("The cream causes far less stinging", "strong"),
    ("It works best in people under 30", "plain"),
    ("I will keep taking it", "plain"),  # a first-person intention, not a prediction
    # hedges: "unlikely", a reporting passive, a reported clause
    ("The patch is unlikely to irritate", "hedged"),
    ("Cupping is considered a relaxing therapy", "hedged"),
    ("Runners say it speeds up recovery", "hedged"),
    # attribution to a source that is not evidence hedges; to a study it does not
    ("According to the makers, the drops calm a cough", "hedged"),
    ("According to a 2021 trial, the drops calm a cough", "plain"),
])
def test_strength_from_quantifiers_modals_and_clauses(text, strength):
    assert strength_of(text) == strength, text


@pytest.mark.parametrize("text, relation", [
    # "no chance of X", "zero risk of X": the negative quantifier scopes over its object
    ("There is no chance of scarring or bleeding", "denies_harm"),
    ("causes no bloating at usual doses", "denies_harm"),
    ("Fish oil does not make your skin break out", "denies_harm"),
    ("Iron tablets do not make you feel sick", "denies_harm"),
    ("The gargle can leave a bad taste and make some people feel dizzy", "harm"),
    ("High doses can interfere with thyroid tests", "harm"),
    # negation inside a relative clause describes the noun: the main predicate is a harm
    ("Eczema skin flares with soaps that do not cause any trouble on normal skin", "harm"),
    # an attributive "gentle" describes the subject; a predicate "is a gentle X" asserts safety
    ("Even the gentle 1% cream gives visible results", "benefit"),
    ("Dry brushing is considered a gentle technique", "denies_harm"),
    # bare outcomes that fell are a benefit; the intervention's own harms against another's compare
    ("- fewer headaches during exams", "benefit"),
    ("it causes far fewer allergic reactions", "superior"),
    # acting on a cause (microbes, cells, -genesis) is how it works
    ("Honey kills the bacteria that cause sore throats", "mechanism"),
    ("Garlic extract kills this fungus", "mechanism"),
    ("Green coffee switches on lipolysis", "mechanism"),
    ("Vitamin K is the building block of clotting proteins", "mechanism"),
    ("A loading dose saturates your blood in three days", "mechanism"),  # filling the body's stores
    ("Beta-alanine raises the amount stored in your muscles", "mechanism"),
    ("Most sprays barely touch a blocked nose", "no_effect"),  # a near-negation of the effect
    ("In a lab dish, the extract switched growth back on", "mechanism"),
    # multiples and parity
    ("Adding heat makes the balm work three times as well as using it cold", "superior"),
    ("the two gave nearly the same improvement in pain scores", "equivalent"),
    # "stop" is a benefit verb, so its negation is no effect; an adverb is no verb
    ("A daily tablet will not stop you catching flu", "no_effect"),
    ("When the tablet dissolves slowly, zinc ions coat the throat and zinc stops the virus from multiplying",
     "mechanism"),
])
def test_relation_from_negation_scope_and_clause_structure(text, relation):
    assert relation_of(text) == relation, text


def test_outcome_from_the_main_clause_and_whole_noun_phrases():
    from tracker.frames import outcome_of

    # a fronted condition is not the claim's clause; past the person and the gerund
    assert outcome_of("If you sleep well, daily vitamin D will not stop you catching flu", "no_effect") == "flu"
    # adjectives separated by commas still make one noun phrase
    assert outcome_of("Soothes red, flaky eyelids", "benefit") == "red flaky eyelids"
    assert outcome_of("The serum does nothing for your eyelashes", "no_effect") == "eyelashes"
    assert outcome_of("helps ease coughing and a blocked nose", "benefit") == "coughing and blocked nose"
    # a causative: what is made to change is the outcome
    assert outcome_of("Silica tablets make nails grow twice as fast", "benefit") == "nails"
    # a caller's clipped object gives way to the whole one
    f = parse_frame("Elderberry cuts the length of a cold from about seven days to four", outcome="length of a")
    assert f.outcome == "length of a cold"


def test_population_from_age_bounds_and_conditions_on_the_reader():
    from tracker.frames import population_of

    assert population_of("Magnesium helps men over 60 keep their muscle") == "men over 60"
    assert population_of("Iron helps if you are anaemic") == "people who are anaemic"
    assert population_of("It only works if you lack vitamin D") == "people who lack vitamin d"
    # a condition on an action is an instruction, not a population
    assert population_of("If you stop, the hair falls out again") is None
    assert population_of("the iron in those is what helps") is None


def test_halving_and_spans_are_magnitudes_and_later_is_a_time_frame():
    assert magnitude_of("Their itching had roughly halved or better") == (50.0, "%", "percent_change", "min")
    assert magnitude_of("Honey halves the time coughs last") == (50.0, "%", "percent_change", "typical")
    assert magnitude_of("cut the length of a cold from about seven days to four") == (3.0, "days", "duration", "typical")
    assert magnitude_of("reports improvements in wrinkle depth of up to 30%") == (30.0, "%", "percent_change", "max")
    assert time_frame_of("scores were lower than the control group a year later") == ("a year", 365.0)


def test_problem_objects_come_from_structure_not_a_topic_list():
    from tracker.frames import _object_is_problem

    # the sentence itself names the problem ("fights X"), or disorder morphology does
    text = "The rinse fights gingivitis, but overuse leads to gingivitis elsewhere"
    assert _object_is_problem(text, text.index("leads to") + len("leads to"))
    text = "Poor technique can lead to pigmentation"  # a failure as the cause
    assert _object_is_problem(text, text.index("lead to") + len("lead to"))
    text = "Regular use leads to visible results"
    assert not _object_is_problem(text, text.index("leads to") + len("leads to"))


def test_denied_harm_keeps_the_sentences_own_harm():
    from tracker.frames import denied_harm

    # a negative quantifier's whole coordinated object, "causes no X", a causative's change
    assert denied_harm("There is no chance of bruising or infection") == "bruising or infection"
    assert denied_harm("The gel causes no stinging on broken skin") == "stinging"
    assert denied_harm("Henna does not make your hair fall out") == "hair loss"
    assert denied_harm("It does not cause headaches or dizziness") == "headaches or dizziness"
    # "sensitive" means prone to irritation; "prone to X" names the risk a safety claim answers
    assert denied_harm("The drops are suitable for sensitive eyes") == "eye irritation"
    assert denied_harm("Safe for every hair type, even hair that is prone to breakage") == "breakage"


def test_outcome_is_the_subject_that_changed_before_a_reduced_relative():
    from tracker.frames import outcome_of

    text = "In a group of 20 runners, muscle soreness rated on a ten-point scale fell from 6 to 2, a drop of about 60%"
    assert outcome_of(text, "benefit") == "muscle soreness"


def test_comparators_named_by_strength_or_by_what_a_group_took():
    assert parse_frame("The 10% gel works better than the 5% gel").comparator == "5% gel"
    assert parse_frame("Rosemary oil rivals 2% minoxidil").comparator == "minoxidil"  # a concentration
    assert comparator_of("it works in more than 50% of users") is None  # a bound on a number
    f = parse_frame("Runners who took tart cherry had 30% less soreness than those who took a placebo")
    assert (f.relation, f.comparator) == ("benefit", "placebo")  # an inert control is named, the claim a benefit
    assert parse_frame("The rinse reduces plaque compared with water").relation == "superior"  # an active one compares


def test_the_sentences_own_object_over_an_inferred_or_mismatched_label():
    # a composite label the sentence never uses gives way to its own object
    f = parse_frame("Azelaic acid fades melasma", outcome="hyperpigmentation and dark spots")
    assert f.outcome == "melasma"
    # ... unless it names a mechanism, or the sentence uses it
    f = parse_frame("Azelaic acid fades melasma", outcome="collagen and elastin production", outcome_kind="mechanism")
    assert f.outcome == "collagen and elastin production"
    f = parse_frame("Azelaic acid fades dark spots", outcome="hyperpigmentation and dark spots")
    assert f.outcome == "hyperpigmentation and dark spots"
    # a generic safety label on a sentence asserting a benefit names the question, not the claim
    f = parse_frame("it melts belly fat without any effort on your part", outcome="adverse effects")
    assert (f.relation, f.outcome) == ("benefit", "belly fat")


def test_coordinated_skin_kinds_share_their_head_noun_as_one_population():
    f = parse_frame("It is gentle enough for sensitive and darker skin.", topic="blue light", topic_norm="blue light")
    assert f.population and "sensitive" in f.population and "darker" in f.population


@pytest.mark.parametrize("text, relation", [
    ("There is no scientific evidence that rosemary oil causes hair loss", "denies_harm"),  # embedded clause denied
    ("No study has shown that it works", "no_effect"),
    ("There is no doubt that it works", "benefit"),  # a denied doubt affirms
    ("Minoxidil has been linked to unwanted facial hair", "harm"),  # an association takes its object's polarity
    ("Retinol is linked to birth defects", "harm"),
    ("Green tea is linked to better sleep", "benefit"),
    ("It leads to fewer breakouts", "benefit"),  # a causative with a falling object
    ("This leads to scarring", "harm"),
])
def test_negation_scope_and_association_follow_english_structure(text, relation):
    assert relation_of(text) == relation


def test_thousands_are_grouped_with_commas():
    f = parse_frame("Vitamin C serum reduces dark spots by 5,000%", topic="vitamin C", topic_norm="vitamin C")
    assert f.magnitude_value == 5000.0
    assert magnitude_of("It cut wrinkles by 2,5%")[0] == 2.5  # a decimal comma


@pytest.mark.parametrize("text, relation", [
    ("Collagen supplements do nothing for wrinkles", "no_effect"),  # "do nothing", not only "does nothing"
    ("Red light therapy is better tolerated than blue light", "superior"),  # comparative adverb + participle
    ("Retinoids can make acne worse at first", "harm"),  # "make X worse" is worsening
    ("Retinol is twice as effective as vitamin C for fine lines", "superior"),  # a multiple, not parity
])
def test_comparison_and_worsening_follow_english_structure(text, relation):
    assert relation_of(text) == relation


def test_a_single_session_is_a_count_of_sessions_and_a_sugar_pill_is_inert():
    # (FRM13) a first or single session is a magnitude of one session, no time frame: every gold row with one
    # (dev "a single session", dev2 "after the very first session", dev5 "in ONE session", dev7 "from the very first session")
    assert time_frame_of("It doubles hair density in just one session") is None
    assert time_frame_of("You will be dry after the very first session") is None
    assert magnitude_of("You will be dry after the very first session") == (1.0, "sessions", "sessions", "typical")
    f = parse_frame("Oral minoxidil is no more effective than a sugar pill", topic="minoxidil", topic_norm="minoxidil")
    assert f.relation == "no_effect" and f.comparator == "sugar pill"  # parity with an inert pill is no effect


@pytest.mark.parametrize("text, value", [
    ("Nine out of ten women saw firmer skin", 90.0),
    ("One in five users reports redness", 20.0),
])
def test_a_share_in_words_is_a_proportion_of_people(text, value):
    assert magnitude_of(text) == (value, "%", "proportion", "typical")


@pytest.mark.parametrize("text, relation, comparator", [
    ("It works for alopecia areata as well as pattern hair loss", "benefit", None),  # "as well as" adds here
    ("Laser caps work just as well as minoxidil", "equivalent", "minoxidil"),  # and compares right after the verb
])
def test_as_well_as_compares_only_after_the_verb_it_compares(text, relation, comparator):
    f = parse_frame(text, topic="x", topic_norm="x")
    assert (f.relation, f.comparator) == (relation, comparator)


def test_suitable_for_the_whole_family_is_a_denial_for_a_population():
    f = parse_frame("suitable for the whole family", topic="blue light", topic_norm="blue light")
    assert f.relation == "denies_harm" and f.population == "the whole family"


def test_a_bare_unit_is_a_vague_quick_time_frame():
    assert time_frame_of("It regrows hair in days")[1] == 3.0
    assert time_frame_of("Results within hours")[1] == 1.0


@pytest.mark.parametrize("text, relation", [
    ("Magnesium is not risk-free.", "harm"),  # a negated privative affirms the harm
    ("It is not completely painless", "harm"),
    ("it doesn't discolour your lids", "denies_harm"),
    ("There is no evidence that vitamin D burns fat", "no_effect"),  # burning fat is no harm
    ("Large trials have not shown that vitamin D prevents depression", "no_effect"),  # a negated evidential verb
    ("nobody has actually shown that castor oil treats dry eyes", "no_effect"),
    ("Studies have shown that it works", "benefit"),
])
def test_double_negation_and_negated_evidential_verbs(text, relation):
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, strength", [
    ("Devices with laser diodes appeared to work better", "hedged"),
    ("I think the oil coats each lash", "hedged"),
    ("Collagen powders are generally well tolerated", "hedged"),
    ("Results are permanent.", "absolute"),
    ("My knee pain is gone", "absolute"),
])
def test_epistemic_hedges_and_complete_results(text, strength):
    assert strength_of(text) == strength


def test_potential_and_rare_harms_are_hedged():
    assert strength_of("There are risks and potential adverse effects such as redness") == "hedged"
    assert strength_of("in rare cases, infections or reactivation of herpes virus") == "hedged"


def test_a_wait_before_an_effect_is_a_time_frame():
    assert time_frame_of("Collagen takes at least six months to show any effect") == ("takes at least six months", 180.0)


@pytest.mark.parametrize("text, relation", [
    ("PRP uses your own blood, so allergic reactions are impossible", "denies_harm"),
    ("Infections after microneedling are extremely rare", "denies_harm"),
    ("Side effects are common", "harm"),
])
def test_a_harm_said_to_be_impossible_or_rare_is_denied(text, relation):
    assert parse_frame(text, topic="x", topic_norm="x", outcome="adverse effects", outcome_kind="safety").relation == relation


def test_an_association_under_a_safety_outcome_keeps_its_negation():
    f = parse_frame("Red light masks have not been linked to any serious side effects", topic="x", topic_norm="x",
                    outcome="adverse effects", outcome_kind="safety")
    assert f.relation == "denies_harm"


def test_cutting_by_about_half_is_a_fifty_percent_change():
    assert magnitude_of("Blue light cuts acne lesions by about half") == (50.0, "%", "percent_change", "typical")


def test_a_negated_predicate_under_a_safety_outcome_denies_the_harm():
    f = parse_frame("Vitamin C serum won't make your skin more sensitive to the sun", topic="x", topic_norm="x",
                    outcome="sun sensitivity", outcome_kind="safety")
    assert f.relation == "denies_harm"


def test_safer_than_compares_harms_and_a_permanent_harm_is_no_universal():
    f = parse_frame("Oral minoxidil is safer than topical minoxidil", topic="x", topic_norm="x")
    assert (f.relation, f.comparator) == ("superior", "topical minoxidil")
    assert strength_of("Minoxidil does not cause permanent hair loss") != "absolute"  # 'permanent' qualifies the harm
    assert strength_of("Results are permanent.") == "absolute"
