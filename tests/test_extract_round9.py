"""Outcomes and right questions, round 9 (issue #14, OUT9): an elliptical claim inherits the
outcome the article's own claims name most often, a manner comparative ("worked faster") names no
outcome, a harm keeps its own words under the umbrella "adverse effects", a clause's affected noun
("no effect on X", "matters for X") beats a table word elsewhere in the sentence, what is seen in
front of a locative phrase is the outcome, a problem entry is named as the article names it, and a
people subject with its own verb or "with no X" opens a claim of its own. The texts are made up
for these tests (no development article)."""

from __future__ import annotations

from tests.extracting import markdown_article as article
from tests.extracting import quoting as on
from tracker.extract import Candidate, extract_claims


def outcomes_on(cands: list[Candidate], words: str) -> set[str]:
    return {c.claim.frame.outcome for c in on(cands, words)}


def question_outcomes_on(cands: list[Candidate], words: str) -> set[str]:
    questions = {c.new_question.question_id: c.new_question for c in cands if c.new_question}
    return {questions[c.claim.question_id].outcome for c in on(cands, words)}


DIARY = """I Rubbed Thistle Oil on My Beard Every Night for Eight Weeks

Okay, confession time. I bought a small bottle of thistle oil in October.

## Weeks 1 to 2

People online say thistle oil doubles beard density in two weeks. For me it did nothing in the first two weeks, and I mean nothing.

## Weeks 3 to 8

Thistle oil improved my beard density a little by week five. By week eight thistle oil had improved my beard density again.

## Thistle oil vs beard serums

I tried a beard serum before. The serum worked faster.
"""


def test_an_elliptical_claim_inherits_the_outcome_the_articles_claims_name_most() -> None:
    cands = extract_claims(article(DIARY))
    assert outcomes_on(cands, "beard density in two weeks") == {"beard density"}
    # "did nothing" and "worked faster" name no outcome of their own: the article's
    assert outcomes_on(cands, "For me it did nothing") == {"beard density"}
    assert question_outcomes_on(cands, "For me it did nothing") == {"beard density"}
    assert question_outcomes_on(cands, "The serum worked faster") == {"beard density"}


THISTLE = """Thistle Capsules: A Review

Thistle capsules are a herbal supplement sold in small tins. Thistle capsules lower stress in adults.
Unlike prescription sleeping pills, thistle capsules do not leave you groggy the next morning.
There have also been rare reports of liver injury linked to thistle capsules.
The capsules are barely absorbed, so they have no effect on your hormones.
Thistle capsules help your body absorb calcium, which is why they matter for your bones.
"""


def test_a_harm_keeps_its_own_words_under_the_umbrella_entry() -> None:
    cands = extract_claims(article(THISTLE))
    assert question_outcomes_on(cands, "do not leave you groggy") == {"grogginess"}
    assert outcomes_on(cands, "reports of liver injury") == {"liver injury"}
    assert question_outcomes_on(cands, "reports of liver injury") == {"liver injury"}


def test_the_clauses_affected_noun_beats_a_table_word_elsewhere_in_the_sentence() -> None:
    cands = extract_claims(article(THISTLE))
    assert outcomes_on(cands, "no effect on your hormones") == {"hormones"}
    assert outcomes_on(cands, "matter for your bones") == {"bones"}


LIDS = """Thistle Oil for Your Lashes

Thistle oil is a plant oil sold in small bottles. Thistle oil makes lashes grow longer.
Thistle oil is gentle, and it doesn't discolour your lids.
"""


def test_a_denied_harm_verb_is_named_with_its_object() -> None:
    cands = extract_claims(article(LIDS))
    assert question_outcomes_on(cands, "doesn't discolour your lids") == {"lid discolouration"}


TEMPLES = """Thistle Scalp Rolling for Hair Loss

Thistle scalp rolling is a new home treatment for hair loss.
"I saw baby hairs along my temples after three sessions," says stylist Jo Reyes.
"""


def test_what_is_seen_in_front_of_a_locative_phrase_is_the_outcome() -> None:
    cands = extract_claims(article(TEMPLES))
    assert outcomes_on(cands, "baby hairs along my temples") == {"baby hairs"}


MELASMA = """Thistle Peel for Melasma

Melasma is a common problem, and thistle peel is a new treatment for melasma.
Thistle peel fades melasma in most patients. Melasma tends to come back every summer, but thistle
peel keeps melasma away.
Most of my patients see a clear difference after three sessions.
Thistle peel with microneedling improves scars more than microneedling alone.
"""


def test_a_problem_entry_is_named_as_the_article_names_it() -> None:
    cands = extract_claims(article(MELASMA))
    # the clear difference is in the article's main outcome, named by the article's word
    assert outcomes_on(cands, "see a clear difference") == {"melasma"}
    # "scars", the claim's own inflection, not the entry's "scarring"
    assert outcomes_on(cands, "improves scars") == {"scars"}


BLUE = """Thistle Light for Acne

Thistle light is a blue lamp sold for acne. In one trial, thistle light cut inflammatory spots by half, and people usually noticed a difference by week three.
Thistle light clears acne with no toxic effects.
"""


def test_a_people_subject_with_its_own_verb_and_with_no_x_are_claims_of_their_own() -> None:
    cands = extract_claims(article(BLUE))
    assert {c.claim.quote for c in on(cands, "people usually noticed")} == {
        "people usually noticed a difference by week three"}
    assert outcomes_on(cands, "people usually noticed") == {"acne"}
    denial = on(cands, "with no toxic effects")
    assert {c.claim.quote for c in denial} == {"with no toxic effects"}
    assert {c.claim.frame.relation for c in denial} == {"denies_harm"}


JUICE = """Thistle Juice for Hair Loss

Thistle juice is a kitchen remedy people rub on the scalp for hair loss. Thistle juice regrows hair in some people.
For flakes, thistle juice is no better than rinsing with plain water.
A medicated shampoo will do far more for dandruff than any kitchen remedy.
The thistle brush boosts blood flow to the follicles.
Honestly it did nothing for my chin after four months.
"""


def test_a_fronted_purpose_a_done_for_noun_and_an_object_before_a_place_name_the_outcome() -> None:
    cands = extract_claims(article(JUICE))
    # a fronted "For X," over the harm a table files the word under: a benefit compared on flakes
    assert outcomes_on(cands, "For flakes") == {"flakes"}
    assert {c.new_question.kind for c in on(cands, "For flakes") if c.new_question} == {"efficacy"}
    assert outcomes_on(cands, "far more for dandruff") == {"dandruff"}
    # the follicles are where the blood flows
    assert outcomes_on(cands, "boosts blood flow") == {"blood flow"}
    # a first person's body part is where it went on: not what the question asks about
    assert "chin" not in " ".join(question_outcomes_on(cands, "did nothing for my chin"))


SCALP = """Thistle Tonic: A Review

Thistle tonic is a herbal hair tonic sold in small bottles. Thistle tonic regrows hair in some people.
Some users report a mildly itchy scalp.
In one trial, thistle tonic caused skin irritation in a few users.
"""


def test_one_harm_said_of_another_body_part_keeps_its_words() -> None:
    cands = extract_claims(article(SCALP))
    assert outcomes_on(cands, "itchy scalp") == {"itchy scalp"}
    assert question_outcomes_on(cands, "itchy scalp") == {"itchy scalp"}
    # the entry's own word keeps the entry (EXT8)
    assert outcomes_on(cands, "caused skin irritation") == {"skin irritation"}


CREAM = """Thistle Cream for Wrinkles

Thistle cream is a plant cream sold for wrinkles. Thistle cream smooths wrinkles in most users.
Even the gentle 0.1% thistle cream gives real results.
"""


def test_a_safety_adjective_inside_the_subject_describes_the_product() -> None:
    cands = extract_claims(article(CREAM))
    assert "adverse effects" not in outcomes_on(cands, "gentle 0.1% thistle cream")
    assert {c.new_question.kind for c in on(cands, "gentle 0.1% thistle cream") if c.new_question} <= {"efficacy"}
    assert {c.claim.question_id for c in on(cands, "gentle 0.1% thistle cream")} == {
        c.claim.question_id for c in on(cands, "smooths wrinkles")}
