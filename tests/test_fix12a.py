"""FIX12a (issue #14, session 23): a clause's subject noun phrase, symptom verbs under a frequency minimiser, and a
problem's ending negated.

- a subject noun phrase is determiner/quantifier + modifiers + head noun (+ a post-modifying prepositional or time
  phrase), ending before the finite verb: a number or possessive is a determiner, not the head ("Six dates a day ...
  may help" -> "dates ..."); a number inside the post-modifier is no proportion ("Caffeine after 4pm cuts ..."); a
  word in "-s" before a coordinated noun is the plural head, not the verb ("Our custom trays and gel
  lift teeth"); a copula is never a plural noun ("RootRenew is now ...");
- a verb of a bodily symptom as the predicate ("make my heart race", "darken your skin") is a harm; under a negator or
  a frequency miniser ("rarely", "seldom") the harm is denied, never a benefit (dev14, test17, test16, dev13);
- a problem's ending negated ("Your stretch marks will not disappear") is the problem staying: a side effect that
  stays is a harm, a problem treated that stays is no effect on its clearing (dev12); denied only in full ("not
  ... completely") it is left as it was, since the outcome "complete disappearance" is not read yet.

The sentences are written for these tests; each construction failed on the session-start tree, and the guards beside
them pin what each rule must leave alone.
"""

from __future__ import annotations

import pytest

from tracker.frames import clause_verb, relation_of, subject_of


@pytest.mark.parametrize("text, subject", [
    ("Coffee after 6pm cuts into your sleep.", "Coffee after 6pm"),            # number in the post-modifier
    ("Four prunes a day from week 30 may help.", "prunes a day from week 30"),  # a number is a determiner
    ("Our home kits and gel whiten teeth.", "home kits and gel"),               # coordinated plural heads
    # guards
    ("80% of users saw results.", None),                                        # a proportion, no treatment
    ("the 0.5% gel works", "0.5% gel"),                                         # a strength names the product
    ("Our formula works and lasts.", "formula"),                                # coordinated verbs
    ("Green tea rivals coffee.", "Green tea"),
])
def test_subject_noun_phrase(text: str, subject: str | None) -> None:
    assert subject_of(text) == subject


def test_a_copula_is_never_a_plural_noun_of_the_subject() -> None:
    cv = clause_verb("NovaGrow is now the best-studied option.")
    assert cv is not None and cv[0] == "NovaGrow"
    cv = clause_verb("Hair counts rose in a year.")                            # guard: a plural noun before a verb
    assert cv is not None and cv[0] == "Hair counts"


def test_a_verb_followed_by_its_prepositional_phrase_stays_the_verb() -> None:
    cv = clause_verb("Coffee after 6pm cuts into your sleep.")
    assert cv is not None and cv[0] == "Coffee after 6pm"


@pytest.mark.parametrize("text, relation", [
    ("The pills will rarely make your heart race", "denies_harm"),
    ("This spray seldom makes your heart pound", "denies_harm"),
    ("The pills can make your heart race", "harm"),
    ("Screens can even darken your skin", "harm"),
    ("Will the pills make my heart race? Rarely.", "denies_harm"),
    ("It does not redden your skin", "denies_harm"),
    # guards
    ("You will shed pounds", "benefit"),                    # "pounds" is no verb of the heart
    ("My scalp itches less", "benefit"),                    # the symptom falls
    ("My scalp stopped itching", "benefit"),
    ("It gives you a deep tan", "benefit"),                 # a change people seek
    ("A serum reduced the darkening caused by sunlight", "benefit"),
])
def test_symptom_verb_and_minimiser(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, relation", [
    ("Your acne scars will not disappear", "no_effect"),
    ("It will not make your rosacea disappear", "no_effect"),
    ("The peeling will not go away for a week", "harm"),     # a side effect that stays
    # guards
    ("Your acne will disappear", "benefit"),
    ("The redness will disappear within a day", "harm"),
    ("It won't cause redness", "denies_harm"),
])
def test_a_problem_ending_negated(text: str, relation: str) -> None:
    assert relation_of(text) == relation
