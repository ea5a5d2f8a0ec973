"""Claim frames round 9 (issue #14, TRAP7): how English marks negation, evidentiality and distance.

The sentences are written for these tests (none is a trap-benchmark item). Each construction failed
on the round-8 code (2f57f34; the guards beside them, "other quotes stay", passed there too): implicative negatives ("fails to", "is unable to", "has yet to"), a
predicate of missing evidence ("is unproven"), a denied association ("no study has linked X to Y",
"no association between X and Y"), scare quotes ('this "gentle" peel'), resultatives and giving
verbs that name a symptom, protective verbs, a problem said not to come back ("never again"), a
degree modifier before "as well as", near-negative quantifiers ("hardly any"), adverbs of rarity,
more harm than another arm, false content clauses, negative determiners on the subject, idiomatic
negators ("anything but", "far from"), asserted risks, minimal effects, endorsements, focus "only",
and "Myth:" labels. The harm vocabulary now lives in `polarity`, so `polarity` needs no import of
`frames` to read it.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tracker.frames import denied_harm, parse_frame, relation_of, strength_of, unquote_scare


@pytest.mark.parametrize("text", [
    "Green tea extract failed to reduce body fat in the trial",
    "The toner fails to shrink pores",
    "The cream is unable to fade stretch marks",
    "Cold showers are powerless to boost immunity",
    "The serum is incapable of fading dark spots",
    "Topical caffeine falls short of regrowing hair",
    "Zinc sprays can't shorten a cold",
])
def test_an_implicative_negative_denies_the_effect_it_governs(text):
    assert relation_of(text) == "no_effect"


@pytest.mark.parametrize("text, harm", [
    ("The peel fails to irritate even sensitive skin", "irritation"),
    ("This gel is unable to cause burns", "burns"),
])
def test_an_implicative_negative_over_a_harm_verb_denies_the_harm(text, harm):
    assert relation_of(text) == "denies_harm"
    assert denied_harm(text) == harm


@pytest.mark.parametrize("text", [
    "Science has yet to prove that turmeric eases arthritis",
    "Research has yet to show that scalp massage thickens hair",
    "Studies have failed to show that fish oil prevents heart attacks",
])
def test_an_implicative_negative_over_an_evidential_denies_the_embedded_clause(text):
    assert relation_of(text) == "no_effect"


@pytest.mark.parametrize("text, relation", [
    ("The benefit of ashwagandha for sleep remains unproven", "no_effect"),
    ("Claims that magnesium improves sleep are unproven", "no_effect"),
    ("The idea that retinol causes cancer has never been proven", "denies_harm"),
])
def test_a_predicate_of_missing_evidence_denies_what_its_subject_asserts(text, relation):
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, harm", [
    ("No research has linked retinol to birth defects", "birth defects"),
    ("No study has ever linked biotin to unwanted facial hair", "unwanted facial hair"),
    ("There is no link between sunscreen and acne", "acne"),
    ("Researchers found no association between biotin and acne", "acne"),
])
def test_a_denied_association_with_a_harm_denies_the_harm(text, harm):
    assert relation_of(text) == "denies_harm"
    assert denied_harm(text) == harm


def test_an_affirmed_association_asserts_the_harm_and_a_descriptive_one_stays_apart():
    assert relation_of("Heavy use of minoxidil has been tied to heart palpitations") == "harm"
    # the participle only describes a noun: no claim that the treatment is linked to anything
    assert relation_of("One small study reported a rise in a hormone linked to acne") == "mechanism"


@pytest.mark.parametrize("text, plain", [
    ('This "gentle" peel left my cheeks raw', "This peel left my cheeks raw"),
    ('The "harmless" supplement gave me a rash', "The supplement gave me a rash"),
    ('So-called "clean" shampoos do nothing for dandruff', "shampoos do nothing for dandruff"),
    ('"Natural" deodorants made my armpits itchy', "deodorants made my armpits itchy"),
])
def test_scare_quoted_modifiers_are_read_out(text, plain):
    assert unquote_scare(text) == plain


@pytest.mark.parametrize("text", [
    'She said "it works" and bought another bottle',   # quoted speech is a clause
    'The label calls it "safe" for sensitive skin',     # a quoted predicate is left to the reader
    "Nothing in quotation marks here",
])
def test_other_quotes_stay(text):
    assert unquote_scare(text) == text


@pytest.mark.parametrize("text", [
    'This "gentle" peel left my cheeks raw',
    'The "harmless" supplement gave me a rash',
    'My "painless" laser session left my skin blistered for days',
])
def test_a_scare_quoted_denial_is_no_denial_and_the_symptom_is_a_harm(text):
    assert relation_of(text) == "harm"
    assert denied_harm(text) is None
    assert strength_of(text) != "absolute"  # "painless" in scare quotes is no absolute claim


@pytest.mark.parametrize("text", [
    "Vitamin C shields skin from sun damage",
    "The balm guards against chapped lips",
    "Elderflower wards off colds",
])
def test_a_protective_verb_is_a_benefit_even_when_its_object_names_a_harm(text):
    assert relation_of(text) == "benefit"


def test_a_problem_that_does_not_come_back_is_a_benefit_not_a_denied_side_effect():
    assert relation_of("You will never get a breakout again") == "benefit"
    assert relation_of("After the course my eczema does not flare anymore") != "denies_harm"
    # a side effect denied stays a denial
    assert relation_of("You will never get a side effect again") == "denies_harm"
    assert relation_of("The mask never causes breakouts") == "denies_harm"


def test_a_degree_modifier_makes_as_well_as_an_equative_comparison():
    frame = parse_frame("Pumpkin seed oil regrows hair about as well as the prescription foam", topic="pumpkin seed oil")
    assert frame.relation == "equivalent" and frame.comparator == "prescription foam"
    # additive "as well as" (no degree modifier, no treatment after it) compares nothing
    assert relation_of("It softens the scalp as well as the ends") == "benefit"


def test_polarity_reads_the_harm_vocabulary_without_importing_frames():
    # reading what a negative quantifier's people undergo needs the harm vocabulary, not frames
    code = ("import sys, tracker.polarity as p; e = p.clause_polarity('Nobody who uses it gets a rash').event; "
            "assert 'tracker.frames' not in sys.modules, 'polarity imported frames'; print(e)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "harm"


@pytest.mark.parametrize("text, harm", [
    ("The toner causes hardly any stinging", "stinging"),
    ("There is barely any downtime after a session", "downtime"),
])
def test_a_near_negative_quantifier_on_a_harm_denies_it(text, harm):
    assert relation_of(text) == "denies_harm" and denied_harm(text) == harm
    # on a verb, "barely" weakens the effect instead: no harm is denied
    assert relation_of("Ginger barely eases muscle pain") == "no_effect"


@pytest.mark.parametrize("text", [
    "The foam rarely irritates the scalp",
    "Tretinoin seldom causes serious side effects",
    "Rarely does the peel cause burns",
])
def test_an_adverb_of_rarity_denies_the_harm(text):
    assert relation_of(text) == "denies_harm"


@pytest.mark.parametrize("text, ahead, behind", [
    ("Tretinoin causes more irritation than adapalene", "adapalene", "tretinoin"),
    ("Glycolic peels are harsher than lactic acid peels", "lactic acid peels", "glycolic peels"),
])
def test_more_harm_than_another_arm_puts_that_arm_ahead(text, ahead, behind):
    frame = parse_frame(text)
    assert frame.relation == "superior"
    assert frame.intervention.lower() == ahead and behind in frame.comparator.lower()


def test_few_studies_is_a_negated_evidential_and_not_just_adds():
    assert relation_of("Few studies have found that ginseng improves memory") == "no_effect"
    assert relation_of("The serum doesn't just fade spots, it also firms the skin") == "benefit"


@pytest.mark.parametrize("text, relation", [
    ("The claim that rosemary oil regrows hair is false", "no_effect"),
    ("The idea that microneedling causes scarring is nonsense", "denies_harm"),
    ("No amount of collagen will fix sagging skin", "no_effect"),
    ("No cream can regrow a receding hairline", "no_effect"),
    ("There is nothing that biotin can do for hair loss", "no_effect"),
    ("Microneedling won't leave scars", "denies_harm"),
])
def test_denials_by_a_false_content_clause_a_negative_subject_or_nothing(text, relation):
    assert relation_of(text) == relation


def test_a_negative_determiner_that_is_no_subject_quantifier_changes_nothing():
    assert relation_of("No wonder the serum fades dark spots") == "benefit"
    assert relation_of("No matter your age, retinol smooths fine lines") == "benefit"


@pytest.mark.parametrize("text, relation", [
    ("Kava is anything but safe for your liver", "harm"),
    ("Caffeine shampoo is far from effective", "no_effect"),
    ("Sea salt sprays are by no means harmless", "harm"),
    ("Tretinoin might not be safe for pregnant women", "harm"),
    ("Hair loss is a real risk with this pill", "harm"),
    ("You can't overdose on collagen", "denies_harm"),
    ("My skin got worse after starting the serum", "harm"),
    ("Ginseng does little for fatigue", "no_effect"),
    ("Zinc has little effect on cold symptoms", "no_effect"),
    ("The benefits of the mask for acne are negligible", "no_effect"),
    ("Side effects were mild and rare", "denies_harm"),
    ("Dermatologists do not recommend collagen for wrinkles", "no_effect"),
    ("Most people notice less redness after two sessions", "benefit"),
])
def test_idiomatic_negators_risks_asserted_minimal_effects_and_endorsements(text, relation):
    assert relation_of(text) == relation


def test_far_from_a_place_and_safe_to_say_are_no_negations():
    assert relation_of("Even far from the clinic, the device clears acne") == "benefit"
    assert relation_of("It is safe to say the serum brightens skin") == "benefit"


def test_focus_only_on_the_subject_claims_superiority_over_every_other_treatment():
    frame = parse_frame("Only minoxidil has been proven to regrow hair")
    assert frame.relation == "superior" and frame.comparator == "other treatments"
    # a quantity or a time after "only" is no focus on a treatment
    assert relation_of("Only a few people get a rash") == "harm"
    assert relation_of("Only after six months does the hair fill in") != "superior"


def test_a_myth_label_denies_what_follows_and_a_fact_label_affirms():
    # should the extractor keep a labelled myth, its frame is the article's denial, never the myth itself
    assert relation_of("Myth: charcoal masks cause breakouts") == "denies_harm"
    assert relation_of("Myth #2: ice rolling shrinks pores") == "no_effect"
    assert relation_of("Fact: sunscreen prevents sunburn") == "benefit"


@pytest.mark.parametrize("text, relation", [
    ("Dermarolling barely hurts", "denies_harm"),
    ("The toner hardly stings", "denies_harm"),
    ("The redness is barely noticeable", "denies_harm"),
    ("The mask is barely effective", "no_effect"),
    # "hardly"/"barely" on a comment or a span does not negate the effect
    ("It is hardly surprising that the foam regrows hair", "benefit"),
    ("Barely a week after starting, my acne cleared", "benefit"),
])
def test_barely_and_hardly_negate_the_word_they_modify(text, relation):
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, ahead, behind", [
    ("Bakuchiol is no match for tretinoin", "tretinoin", "bakuchiol"),
    ("Witch hazel can't compete with salicylic acid", "salicylic acid", "witch hazel"),
    ("Retinol pales in comparison to tretinoin", "tretinoin", "retinol"),
    ("Retinol comes a distant second to tretinoin", "tretinoin", "retinol"),
    ("Microneedling loses out to lasers for deep scars", "lasers", "microneedling"),
    ("Topical caffeine falls far short of minoxidil", "minoxidil", "topical caffeine"),
    ("Retinol works more slowly than tretinoin", "tretinoin", "retinol"),
    ("Tretinoin outshines retinol for wrinkles", "tretinoin", "retinol"),
])
def test_idioms_of_losing_put_the_other_arm_ahead(text, ahead, behind):
    frame = parse_frame(text)
    assert frame.relation == "superior"
    assert frame.intervention.lower() == ahead and frame.comparator.lower() == behind


@pytest.mark.parametrize("text, relation", [
    ("Does ginseng boost energy? Not really.", "no_effect"),
    ("Can dermarolling leave scars? Never.", "denies_harm"),
    ("Is the peel painful? Not at all.", "denies_harm"),
    ("Will biotin thicken my hair? Sadly, no.", "no_effect"),
    ("Does the foam regrow hair in women? It does.", "benefit"),
    ("Can LED masks damage your eyes? They can.", "harm"),
])
def test_a_question_answered_at_once_asserts_its_proposition_or_its_denial(text, relation):
    # (the extractor restates a lone "Yes."/"No." answer; a candidate holding both parts is read here)
    assert relation_of(text) == relation
