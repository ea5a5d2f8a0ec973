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
