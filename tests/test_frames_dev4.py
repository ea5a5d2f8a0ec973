"""tracker.frames / tracker.polarity on the constructions of the dev4 split's article styles (issue #14, FRM9).

The sentences are written for these tests, on other topics than the dev4 articles: each states a general
construction (an inactive comparator, parity with one, a negated neutral verb on an organ, a causative
with a harm predicate, a negative quantifier over an amount, an effect that does not last, a denied
harm comparative), with the neighbouring readings that must not change beside it.
"""

from __future__ import annotations

import pytest

from tracker.frames import comparator_of, relation_of, strength_of


@pytest.mark.parametrize("text, relation", [
    # an inactive comparator (placebo, sham, vehicle, a plain/basic base product) is the efficacy claim itself
    ("the cream beat placebo on redness and dryness", "benefit"),
    ("it softened calluses more than a plain lotion did", "benefit"),
    ("the patch relieved pain better than a basic bandage", "benefit"),
    # ... while an active comparator is a comparison between treatments
    ("the cream beat hydrocortisone on redness", "superior"),
    ("it softened calluses more than urea cream did", "superior"),
    # a count or a share after "more/fewer than" is a bound, not a comparator
    ("The review pooled twelve trials and more than a thousand patients, and ginger beat placebo on nausea.",
     "benefit"),
    ("fewer than 40% had clearer skin after six months", "benefit"),
    # parity with an inactive control is no effect; with an active one, equivalence
    ("For cramps, the tea is no better than sipping plain water", "no_effect"),
    ("For cramps, the tea is no better than ibuprofen", "equivalent"),
    # a denied harm comparative against an inactive comparator denies the harm
    ("the peel is no harsher on the face than a basic cleanser", "denies_harm"),
    ("this balm is not any more irritating than plain petroleum jelly", "denies_harm"),
    # a negated neutral verb of effect on an organ or vital sign denies a harm
    ("Because it stays on the surface, it won't affect your liver or kidneys.", "denies_harm"),
    ("The spray does not alter your heart rate.", "denies_harm"),
    # a causative with a harm predicate (by its form or its derived noun) is a harm; denied, a denial
    ("the toner made my cheeks red and itchy for a week", "harm"),
    ("It will probably make you itch at first", "harm"),
    ("It works, but it made my scalp flaky", "harm"),
    ("The mask won't make your face more sensitive to light", "denies_harm"),
    ("the oil makes lashes grow longer", "benefit"),
    ("a warm compress makes you less sore the next day", "benefit"),
    # a negative quantifier over an amount negates its clause
    ("Nails grow slowly, and no amount of biotin will make them grow faster than that.", "no_effect"),
    # an effect that does not last is no effect
    ("Two months after people stopped the pills, the improvement was gone.", "no_effect"),
    ("The benefits wore off within a month of stopping.", "no_effect"),
    ("the redness subsides after a week", "harm"),
    ("my acne is gone", "benefit"),
    ("Key benefits fades hyperpigmentation", "benefit"),  # a transitive "fades" after a lead-in
])
def test_relation(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, strength", [
    # "won't" denies plainly unless it denies every case (never/ever/any/at all) or a harm event ("cause", "hurt")
    ("it won't affect your liver or kidneys", "plain"),
    ("The mask won't make your face more sensitive to light", "plain"),
    ("The tea won't shorten a cold", "plain"),
    ("Home remedies will not clear scars", "absolute"),  # the uncontracted negative is emphatic
    ("It won't cause stomach upset", "absolute"),
    ("the spray won't hurt you", "absolute"),
    ("the tea won't help at all after day three", "absolute"),
    ("It won't ever stain your clothes", "absolute"),
    # a negative quantifier over an amount is universal
    ("no amount of biotin will make nails grow faster", "absolute"),
    # an effect that did not last is no universal claim ("my pain is gone" still is)
    ("Two months after people stopped the pills, the improvement was gone.", "plain"),
    ("my knee pain is gone", "absolute"),
    # an epistemic adverb hedges
    ("Maybe it helps thinning hair", "hedged"),
])
def test_strength(text: str, strength: str) -> None:
    assert strength_of(text) == strength


def test_count_bound_is_no_comparator() -> None:
    assert comparator_of("they enrolled more than a thousand women") is None
    assert comparator_of("fewer than 40% had clearer skin") is None
    assert comparator_of("it worked better than a thousand-dollar laser") is not None


@pytest.mark.parametrize("text, relation, strength", [
    # "no more" before a problem marks its end (a change), not a universal denial; "no more than" compares
    ("no more cracked heels", "benefit", "plain"),
    ("The cream causes no more irritation than a placebo", "denies_harm", None),
    # a universal negative quantifier over people is absolute; "few" is not universal
    ("none of the 80 testers in our trial reported stinging", "denies_harm", "absolute"),
    ("few of the testers reported stinging", None, "plain"),
])
def test_no_more_and_negative_quantifiers(text: str, relation: str | None, strength: str | None) -> None:
    if relation is not None:
        assert relation_of(text) == relation
    if strength is not None:
        assert strength_of(text) == strength
