"""Session 8 (lead): the article's subject is never the treatment it is measured against, the verb
"combine" names a combination, and a parenthetical adverbial does not cut the subject."""

from __future__ import annotations

from tests.extracting import article, claim_with
from tracker.extract import _subject, detect_intervention, extract_claims

# A product page about a device the tables do not list, which names minoxidil four times, each
# time as the yardstick or the partner (written for this test, not taken from any article).
HELMET = """# NovaCrown Laser Helmet: your questions answered

The NovaCrown is a cordless laser helmet you wear for 20 minutes a day while you read or watch TV.

## Does the NovaCrown really regrow hair?

Yes. Low-level laser helmets increase hair density in men and women.

## Is it painful?

Not at all.

## How fast will I see results?

You will see visible regrowth within 7 days.

## How does it compare with minoxidil?

The helmet works better than minoxidil 5%. Unlike minoxidil, it won't cause unwanted facial hair. Combining the helmet with minoxidil gives better results than either treatment alone.

## Is it safe?

No study has ever found a single side effect from laser helmets.

## Who is it for?

It is not just for men: women with thinning hair benefit too. Laser combs, by contrast, do nothing.

## What do customers say?

93% of users saw thicker hair in 8 weeks.

"After three months my crown has filled in and my hairdresser noticed," says Mark, 41.

Individual results vary. This device is not intended to diagnose or cure any disease.
"""


def test_a_treatment_named_only_as_the_yardstick_is_not_the_articles_subject():
    primary = detect_intervention(article(HELMET, "helmet.md"))
    assert "helmet" in primary.label.lower()
    assert "minoxidil" not in primary.key


def test_a_listed_treatment_the_sentences_are_about_still_wins():
    text = ("# What minoxidil can do\n\nMinoxidil regrows hair in many men. Minoxidil works better than a "
            "placebo. Minoxidil is cheap, and minoxidil foam is easy to use. It can also shed hair at first.\n")
    assert detect_intervention(article(text, "minox.md")).key == "minoxidil"


def test_the_verb_combine_names_a_combination_of_the_topic_with_its_object():
    cands = extract_claims(article(HELMET, "helmet.md"))
    c = claim_with(cands, "Combining the helmet with minoxidil")
    assert c.claim.frame is not None
    assert "minoxidil" in c.claim.frame.intervention.lower() and "helmet" in c.claim.frame.intervention.lower()


def test_the_denial_of_a_yardsticks_harm_is_said_of_the_topic():
    # "Unlike minoxidil, it won't cause unwanted facial hair": the claim is about the helmet, so
    # minoxidil's own harm records must not contradict it
    cands = extract_claims(article(HELMET, "helmet.md"))
    c = claim_with(cands, "won't cause unwanted facial hair")
    assert c.claim.frame is not None and "minoxidil" not in c.claim.frame.intervention.lower()


def test_a_parenthetical_adverbial_between_subject_and_verb_is_skipped():
    assert _subject("Laser combs, by contrast, do nothing.") == "Laser combs"
    assert _subject("Tea tree oil, however, stings.") == "Tea tree oil"


PRESS = """# Lumen Labs Launches Glow Bakuchiol Night Serum | Press Room

LONDON - Lumen Labs today launched Glow, a bakuchiol night serum. Bakuchiol is a plant extract often likened
to retinol. Bakuchiol smooths fine lines, the company says, and bakuchiol is gentle. Retinol can sting and
retinol can peel, while bakuchiol does neither. In a small trial, bakuchiol reduced wrinkles as much as retinol did.
"""


def test_the_treatment_the_title_names_beats_a_listed_one_it_is_likened_to():
    primary = detect_intervention(article(PRESS, "press.md"))
    assert primary.label.lower() == "bakuchiol"


DIARY = """# I Massaged My Scalp Every Day for 12 Weeks: Here Are My Honest Results

I started a daily scalp massage in January after a friend swore by it. The massage takes five minutes.

## Week 1

Nothing much. The massage is relaxing, though.

## Week 6

Massage seems to help: my shedding has dropped by about half.
"""


def test_a_first_person_title_names_the_treatment_by_its_verb():
    assert detect_intervention(article(DIARY, "diary.md")).label.lower() == "scalp massage"


def test_a_heading_that_is_a_unit_of_time_names_no_treatment():
    cands = extract_claims(article(DIARY, "diary.md"))
    c = claim_with(cands, "shedding has dropped")
    assert c.claim.frame is not None and "week" not in c.claim.frame.intervention.lower()


def _listicle(name: str, body_name: str) -> str:
    return (f"# 5 Things to Know About Using {name} for Dark Spots\n\nMany people now put {body_name} on sun spots. "
            f"In one trial, {body_name} lightened age spots more than a plain gel. Retinol is its gentler cousin, "
            "and retinoids can sting. Like other retinoids it can peel, and retinoids need sunscreen.\n")


def test_a_class_member_named_in_the_title_is_the_intervention_and_searched_on_its_own():
    primary = detect_intervention(article(_listicle("Adapalene", "adapalene"), "a.md"))
    assert primary.label == "adapalene" and primary.parent == "retinoids"
    assert primary.terms == ("adapalene[tiab]",)


def test_a_brand_name_or_the_class_name_in_the_title_keeps_the_class():
    # "Tretinoin" written as a proper noun inside sentences reads as a brand; "Retinol" is the class's own name
    assert detect_intervention(article(_listicle("Tretinoin", "Tretinoin"), "b.md")).key == "retinoids"
    assert detect_intervention(article(_listicle("Retinol", "retinol"), "c.md")).key == "retinoids"


def test_a_belief_the_reader_has_heard_or_a_labelled_myth_is_no_claim_when_rebutted():
    for text in ("# Vinegar and belly fat\n\nYou may have read that apple cider vinegar melts belly fat. "
                 "That claim has no science behind it.\n",
                 "# Acne myths\n\nMyth: blue light clears acne overnight. The truth is that it takes weeks of "
                 "twice-weekly sessions.\n"):
        quotes = [c.claim.quote for c in extract_claims(article(text, "myth.md"))]
        assert not any("melts belly fat" in q or "clears acne overnight" in q for q in quotes), quotes


def test_an_answer_with_a_short_qualifier_or_never_still_answers_the_question():
    text = ("# Rosemary questions\n\nRosemary oil is a popular hair fix. Does rosemary oil regrow hair? Yes, but slowly. "
            "Can rosemary oil cause scalp irritation? Never.\n")
    cands = extract_claims(article(text, "qa.md"))
    yes = claim_with(cands, "Yes, but slowly")
    never = claim_with(cands, "Never")
    assert yes.claim.frame is not None and yes.claim.frame.relation == "benefit"
    assert never.claim.frame is not None and never.claim.frame.relation == "denies_harm"


def test_a_result_promised_to_the_reader_within_a_time_is_a_claim():
    text = "# Laser helmets\n\nLaser helmets regrow hair. You will see visible regrowth within 7 days.\n"
    cands = extract_claims(article(text, "promise.md"))
    c = claim_with(cands, "You will see visible regrowth within 7 days")
    assert c.claim.frame is not None and c.claim.frame.time_frame_days == 7
