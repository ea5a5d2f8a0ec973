"""A claim's outcome in copy the rules were not written on (issue #14, OUT14): how English marks
what a predicate acts on. A table word used as the verb names the change, its object what changes;
a phrasal verb encloses its object before the particle; a modal verb of change takes what changes
as its subject, and a duration as its end point makes that a time; a treatment a product is "free"
of is no harm it denies; the agent a pseudo-cleft focuses is no outcome. The texts are made up for
these tests (no development article)."""

from __future__ import annotations

from tests.extracting import article, claim_with, question_of
from tracker.extract import extract_claims

LIQUORICE = """Liquorice Root Cream for Hands

Liquorice root cream is sold as a brightening hand cream. Applied twice a day for three months, liquorice root cream softens rough knuckles, and it also lightens the flat brown age spots that appear on the backs of older hands.
"""


def test_a_table_word_used_as_the_verb_is_not_the_outcome() -> None:
    cands = extract_claims(article(LIQUORICE))
    c = claim_with(cands, "lightens the flat brown age spots")
    # the verb's object ("age spots") names what changes; "lightens" names the change
    assert c.claim.frame.outcome and "lightens" not in c.claim.frame.outcome
    assert "lightens" not in question_of(cands, c).outcome


NUMBING = """Numbing Cream Before Tattoos

A numbing cream before a tattoo session is now common. Applied under cling film, the cream works faster than many people think. With the film on, the wait can shrink to 15 minutes.
"""


def test_a_modal_verb_of_change_takes_its_subject_and_a_duration_makes_it_a_time() -> None:
    c = claim_with(extract_claims(article(NUMBING)), "the wait can shrink to 15 minutes")
    assert c.claim.frame.outcome == "wait time"  # not "minutes", the end point


SAGE = """Sage Tea for Hot Flushes

Sage tea is an old kitchen remedy for the menopause. Taken every day, sage tea can slowly bring the number of hot flushes down.
"""


def test_a_phrasal_verb_acts_on_the_object_before_its_particle() -> None:
    c = claim_with(extract_claims(article(SAGE)), "bring the number of hot flushes down")
    assert c.claim.frame.outcome == "hot flushes"  # not "bring", the verb
    from tracker.extract import _particle_object

    assert _particle_object("it keeps your blood pressure down, and") == "blood pressure"
    assert _particle_object("wash the serum off after ten minutes") == ""  # a treatment, not an outcome


BAND = """Acupressure Bands for Morning Sickness

Acupressure wristbands press on a point inside the wrist. "This is a safe, drug-free way to ease morning sickness," said the maker. Being drug-free, the band won't harm the baby.
"""


def test_a_treatment_the_product_is_free_of_is_no_harm_it_denies() -> None:
    cands = extract_claims(article(BAND))
    safe = next(c for c in quoting_all(cands, "safe, drug-free way") if c.claim.frame.relation == "denies_harm")
    assert safe.claim.frame.outcome == "adverse effects"  # "safe" denies harms; "drug" is no harm
    baby = claim_with(cands, "won't harm the baby")
    assert "drug" not in (baby.claim.frame.outcome or "") and "baby" in (baby.claim.frame.outcome or "")
    assert "drug" not in question_of(cands, baby).outcome


def quoting_all(cands, words):
    found = [c for c in cands if words in c.claim.quote]
    assert found, [c.claim.quote for c in cands]
    return found


CHERRY = """Tart Cherry Juice for Gout

Tart cherry juice is popular with people who have gout. One thing that won't help is a cherry-flavoured sweet on its own: sugar without the juice does nothing for gout flares.
"""


def test_the_agent_a_pseudo_cleft_focuses_is_not_the_outcome() -> None:
    c = claim_with(extract_claims(article(CHERRY)), "One thing that won't help")
    assert "sweet" not in (c.claim.frame.outcome or "")
    assert "gout" in (c.claim.frame.outcome or "")  # what the colon's elaboration says it fails on


BAKUCHIOL = """Bakuchiol Body Oil

Bakuchiol body oil is a plant alternative to retinol. Used nightly for six months, bakuchiol body oil fades new, red stretch marks a little.
"""


def test_a_comma_between_two_adjectives_is_no_apposition() -> None:
    c = claim_with(extract_claims(article(BAKUCHIOL)), "fades new, red stretch marks")
    assert c.claim.frame.outcome == "stretch marks"  # not "new", the first adjective


MASSAGE = """Scalp Massage Diary

I started a daily scalp massage in May. Three weeks in, I think the patches behind my ears are smaller.
"""


def test_a_phrase_of_place_after_the_subject_says_where_not_what() -> None:
    c = claim_with(extract_claims(article(MASSAGE)), "the patches behind my ears are smaller")
    assert c.claim.frame.outcome == "patch size"  # the patches' size, not the ears'


def test_an_elided_verb_phrase_has_no_object() -> None:
    from tracker.extract import _object_phrase

    assert _object_phrase("It won't, according to her doctor") == ""  # not "won t according"
    assert _object_phrase("They do.") == ""
