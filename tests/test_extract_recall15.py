"""Extraction recall (issue #14, REC15): claims missed on the splits spent in session 13. "even" after a degree
word, shares of people named by a partitive, a fraction or a perfect of experience, relative clauses that assert
(on a study, or set off after a treatment or an ingredient), the imperative's scope ending at a colon, a third
person's observed change and a measure phrase, a report denied by a relative clause, advice kept to its lead-in,
and verbless results as headings. The texts are made up for these tests (no development article)."""

from __future__ import annotations

from tests.extracting import article, markdown_article, no_claim, quoting
from tracker.extract import _is_imperative, extract_claims

PEEL_REVIEW = """We tested the GlowPeel lactic acid peel

Lactic acid peels loosen the dead cells on the surface of the skin.

One in four testers on our panel said their complexion looked more even.
None of our six testers reported any stinging.
Nobody has ever had a serious reaction to the lactic acid peel, the brand says.
In the old trials only about a third of women saw a change they would call visible.
No one has ever compared the two peels.
"""


def test_share_of_people_by_partitive_fraction_or_perfect_of_experience():
    cands = extract_claims(article(PEEL_REVIEW))
    # "more even": after a degree word "even" is the adjective, not a dangling focus adverb
    quoting(cands, "their complexion looked more even")
    quoting(cands, "None of our six testers reported any stinging")
    quoting(cands, "Nobody has ever had a serious reaction")
    quoting(cands, "only about a third of women saw a change")
    # a perfect of an act is no experience: nobody compared, nothing was found
    no_claim(cands, "No one has ever compared")


PIGMENT = """Azelaic acid for melasma

Dr Lee prescribes azelaic acid cream for melasma. She cites a trial in which both strengths beat a plain cream.

For pigment she also suggests vitamin C serum, which is gentler than hydroquinone.

Many women have melasma, which affects the cheeks and forehead.

Other options:
- Vitamin C injections, which are highly effective on their own

The night cream is packed with niacinamide, which supports the skin barrier and gives you a smoother complexion.
"""


def test_relative_clause_on_a_study_or_a_treatment_asserts():
    cands = extract_claims(article(PIGMENT))
    quoting(cands, "which both strengths beat a plain cream")
    quoting(cands, "which is gentler than hydroquinone")
    # an ingredient's action is the product's ("packed with X, which ...")
    quoting(cands, "which supports the skin barrier")
    # a relative clause on a condition describes the condition
    no_claim(cands, "which affects the cheeks")
    # a treatment named with another mode of delivery than its entry's is a variant no question of it tests
    no_claim(cands, "which are highly effective on their own")


CLOVE = """Clove oil for toothache

Clove oil numbs a sore tooth for an hour or two.

Never swallow it: clove oil is toxic to the liver in large amounts.

Keep the bottle in a dark cupboard: if the oil turns cloudy, it should be replaced.
"""


def test_imperative_mood_ends_at_a_colon():
    cands = extract_claims(article(CLOVE))
    quoting(cands, "clove oil is toxic to the liver")
    # a clause after the colon that goes on advising ("should be replaced") stays advice
    no_claim(cands, "should be replaced")
    # "never" before a verb in -s is an adverb of an indicative clause, not a command
    assert not _is_imperative("never dries your skin out")
    assert _is_imperative("Never swallow it")


RICE_WATER = """Rice water rinses: what the videos promise

One creator says her hair grew three inches in a month.
My aunt has been drinking the tea for a year and honestly her skin looks two shades lighter.
Our tester said her lips felt softer by day two.
My neighbour swears hers grew two inches in a week, which is not how hair works.
"""


def test_third_person_observed_change_and_measure_phrase():
    cands = extract_claims(article(RICE_WATER))
    quoting(cands, "her hair grew three inches in a month")
    quoting(cands, "her skin looks two shades lighter")
    quoting(cands, "her lips felt softer by day two")
    # a report its own sentence denies ("which is not how hair works") is a rebutted belief
    no_claim(cands, "hers grew two inches")


LED_CLINIC = """# LED facials at the Lumen Studio

## Smoother, brighter skin in just 10 minutes

Our LED facial uses red light to calm the skin.

For lasting results we recommend a course:

- Fine lines visibly reduced after six sessions
- Pores smaller and skin tone more even

## Prices

A course is 12 sessions.
"""


def test_verbless_result_heading_and_items_under_an_advice_lead_in():
    cands = extract_claims(markdown_article(LED_CLINIC))
    quoting(cands, "Smoother, brighter skin in just 10 minutes")
    # the lead-in's advice ("we recommend a course") is its own; each item states a result
    quoting(cands, "Fine lines visibly reduced after six sessions")
    no_claim(cands, "Prices")
