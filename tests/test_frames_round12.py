"""Round 12 (FRM12): relation and strength of real-copy claims, by general rules of English.

Strength: a degree adverb of totality makes a denial absolute, plain negation and privative
adjectives stay plain, a report of an observation is no universal, an epistemic guarantee is
strong, the degree of a comparison is no emphasis, and a modal closing the standard of a
comparison is said of the standard. Relation: a comparative adjective before its noun compares,
parity of results is equivalence (beside a comparison of price), a change marked unwanted is a
harm, verbs of removal reduce what they act on, the body's machinery acted on is a mechanism, and
a side effect said to go down is still a harm. Every case failed before this round.
"""

from __future__ import annotations

import pytest

from tracker.frames import comparator_of, parse_frame, relation_of, strength_of


@pytest.mark.parametrize("text, expected", [
    # a degree adverb of totality under a negation, and "none of" over a harm
    ("it doesn't hurt at all", "absolute"),
    ("with none of the flaking afterwards", "absolute"),
    # the standard's modal does not hedge the claim's own "can't" (impossibility)
    ("PRP can't block a blood vessel the way hyaluronic acid can", "absolute"),
    # privative adjectives are plain negation; the totality adverb is what makes them absolute
    ("Painless, 30-second application", "plain"),
    ("virtually painless once the numbing cream has worked", "plain"),
    # a report of what was observed
    ("no serious side effects were reported", "plain"),
    ("the reviews I've read report no side effects from the oral supplements", "plain"),
    # an epistemic guarantee is strong, not a universal
    ("Guaranteed results or your money back", "strong"),
    # a comparison word, and a modal in the standard of comparison, are no emphasis
    ("Daily sunscreen does more for wrinkles than any collagen shot ever will", "plain"),
    ("outperforms hydroquinone", "plain"),
])
def test_strength_round12(text: str, expected: str) -> None:
    assert strength_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("microneedling is completely painless", "absolute"),  # the adverb of totality stays absolute
    ("Totally risk-free", "absolute"),
    ("The team reported no side effects in any group", "absolute"),  # a universal over the groups
    ("there are no reported side effects", "absolute"),  # no verb of reporting: a denial
    ("It may not help at all", "hedged"),  # the hedge still wins
    ("It can soften the look of shallow scarring a little", "hedged"),
    ("it is clinically proven to slow hair loss", "strong"),
    ("The cream causes far less stinging", "strong"),  # a degree adverb on the comparison is emphasis
])
def test_strength_round12_unchanged(text: str, expected: str) -> None:
    assert strength_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a comparative adjective before its noun compares: never a harm of "peel"
    ("gives a brighter glow than a light peel", "superior"),
    # parity of results, beside a comparison of price
    ("cheaper than filler, same result", "equivalent"),
    ("The reviews that compared swallowing it with putting it on your face found no difference between the two",
     "equivalent"),
    # a change the sentence marks unwanted is a harm, so its negation denies a harm
    ("It also won't make hair grow anywhere you don't want it", "denies_harm"),
    ("At this dose, the tablets do not lower blood pressure in women whose blood pressure is normal", "denies_harm"),
    # verbs of removal reduce what they act on
    ("the caffeine in it drains her morning puffiness in minutes", "benefit"),
    # the body's machinery acted on: transport past a barrier, layers of cells, follicles into a phase
    ("Our dissolving points carry hyaluronic acid past the surface, where it draws in water and plumps lines", "mechanism"),
    ("the pressure shoots the gel into the lip", "mechanism"),
    ("It takes off the top layer of dead cells along with the vellus hair", "mechanism"),
    ("Minoxidil pushes resting hair follicles into their growth phase", "mechanism"),
    # "every drop" is a noun: the signalling verb decides
    ("The copper peptide complex in every drop signals your skin to make more collagen", "mechanism"),
    # a side effect said to go down is still a harm
    ("Little bit swollen, totally normal, it goes down by the next morning", "harm"),
])
def test_relation_round12(text: str, expected: str) -> None:
    assert relation_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Placebo and the serum found no difference between the two", "no_effect"),  # parity with an inert arm
    ("High-dose vitamin D does nothing extra for bones in people whose levels are already normal", "no_effect"),
    ("It gives better results than retinol and the same glow", "superior"),  # an efficacy comparison decides
    ("my drain is noticeably emptier", "benefit"),
    ("You get the same results every time you use it", "benefit"),  # parity needs a second arm
    ("the redness goes down within a day", "harm"),
    ("other products than this one work", "benefit"),  # "other ... than" is no comparative
])
def test_relation_round12_unchanged(text: str, expected: str) -> None:
    assert relation_of(text) == expected


def test_attributive_comparative_names_the_standard() -> None:
    assert comparator_of("it gives a brighter glow than a light peel") == ("light peel", "brighter than")
    assert comparator_of("thicker hair than before") is None  # a time, not an arm


def test_unwanted_change_names_what_changes() -> None:
    frame = parse_frame("It also won't make hair grow anywhere you don't want it", topic="minoxidil")
    assert (frame.relation, frame.outcome, frame.strength) == ("denies_harm", "unwanted hair", "plain")
    frame = parse_frame("the tablets do not lower blood pressure in women whose blood pressure is normal",
                        topic="oral minoxidil")
    assert (frame.relation, frame.outcome) == ("denies_harm", "blood pressure")


def test_a_named_source_is_attribution_not_a_hedge() -> None:
    # the quote's source named as a person is attribution ("says Dr X"); an anonymous crowd is hearsay
    assert strength_of("Results last about a year, according to Ortiz") == "plain"
    assert strength_of("Onion juice regrows hair in thinning patches, according to the hair-care accounts") == "hedged"
