"""Trap constructions, round 12 (issue #14, TRAP9; docs/grading.md C9 "Round 12 (TRAP9)"): general rules of how
English marks negation, comparison, amount and answers, found on the trap items 261-290 (`benchmarks/traps.py
--split dev`). The sentences here are made up for these tests (none is a trap item or a development article);
each test fails on the code before the rule it names (25fb099).

- a negated equative of a harmful property ("not as harsh as Y") puts its subject ahead on tolerability: a
  comparison (superior), never parity; "not as effective as Y" still puts Y ahead;
- a verb of ending used without an object after a side effect ("the redness fades within an hour") tells the
  course of the side effect (a harm and how long it lasts), as "subsides" does; "within an hour" is a duration
  (the indefinite article is the numeral one after a preposition of time), checked against the records';
- a correlative comparative with a harm in its first term ("the more it stings, the harder it works") claims the
  effect rises with the harm: a mechanism, which records of the effect alone leave on neither side;
- a percentage of a comparative ("300% more new hairs than Y alone") is the arms' relative difference, the fold
  1 + N/100: measured by the two arms side by side;
- graded answers to a yes/no question: "Not a chance." / "Rarely." answer no, "A little, if ..." a qualified yes;
- an approximator before a share ("Roughly one man in three gets ...") and a negative quantifier over people with
  a restriction ("nobody on the tablets had ...") say how many people experience it;
- verbs of disturbance on an organ ("upset your stomach"): a harm, denied under negation; "couldn't possibly"
  denies even the possibility (absolute).
"""

from __future__ import annotations

from functools import cache

from tests.extracting import article
from tests.extracting import claim_with as on
from tests.judging import judge, rec
from tracker.extract import extract_claims
from tracker.frames import parse_frame, relation_of, strength_of
from tracker.models import Question
from tracker.pipeline import open_backend
from tracker.verdict import durations

# --- negated equatives -----------------------------------------------------------------------------------


def test_a_negated_equative_of_a_harmful_property_puts_the_subject_ahead():
    for text, rival in (("Azelaic acid is not as harsh as benzoyl peroxide.", "benzoyl peroxide"),
                        ("The new peel isn't as irritating as a glycolic peel.", "glycolic peel")):
        f = parse_frame(text)
        # before: "equivalent" (the equative read as parity)
        assert f.relation == "superior" and rival in (f.comparator or "").lower(), text
        assert f.intervention.lower() in ("azelaic acid", "new peel"), text
    assert relation_of("It isn't nearly as harsh on the skin as retinol, and it clears spots.") == "superior"
    # an efficacy property: the other arm is ahead, as before
    f = parse_frame("Azelaic acid is not as effective as benzoyl peroxide.")
    assert f.relation == "superior" and "peroxide" in f.intervention.lower()
    # no rival arm ("not as harsh as you'd think") is no comparison
    assert relation_of("The peel is not as harsh as you'd think.") != "superior"


# --- the course of a side effect -------------------------------------------------------------------------


def test_a_side_effect_that_fades_is_a_harm_and_its_time_a_duration():
    # before: a benefit (fading redness read as the treatment's effect)
    assert relation_of("Any swelling from the injections fades within a day.") == "harm"
    assert relation_of("The redness eases after a few hours.") == "harm"
    # an object, or a credit to the treatment, keeps the benefit
    assert relation_of("The serum fades dark spots within weeks.") == "benefit"
    assert relation_of("Post-acne redness fades faster with azelaic acid.") == "benefit"
    # "within a day" is a duration of at most 24 hours; "twice a day" is a rate, no duration
    assert durations("the swelling fades within a day") == [("within a day", 0.0, 24.0)]
    assert durations("apply it twice a day") == []


ERYTHEMA = Question("q-ery", "Does dermarolling cause erythema, and for how long?", "dermarolling", "erythema", "safety",
                    "dermarolling[tiab] AND (erythema[tiab] OR redness[tiab])")


def test_a_claimed_short_course_of_a_side_effect_is_not_backed_by_a_longer_one():
    records = {"e1": rec("e1", "Prospective study of 40 adults given three dermarolling sessions. Erythema and oedema "
                               "were the commonest events, lasting up to 5 days.", title="Dermarolling safety")}
    quote = "Any redness from dermarolling fades within an hour."
    _, v = judge(quote, ERYTHEMA, records, relation=relation_of(quote))
    # before: a benefit claim, backed by the records (a sign error: the records show redness for days)
    assert v.side != "backs" and v.verdict == "not supported"
    assert "shorter than reported" in v.rationale


# --- correlative comparatives --------------------------------------------------------------------------


def test_a_harm_said_to_drive_the_effect_is_a_mechanism_claim():
    from tracker.frames import harm_drives_effect  # new in round 12

    text = "The more the acid tingles, the better it is working on your pores."
    # before: a harm claim (the tingle), which records of tingling would back
    assert relation_of(text) == "mechanism" and harm_drives_effect(text)
    assert relation_of("The longer you use the serum, the better the results.") == "benefit"
    assert not harm_drives_effect("The longer you use the serum, the better the results.")
    assert relation_of("The more you use it, the more it irritates your skin.") == "harm"


WRINKLES = Question("q-wr", "Does adapalene reduce wrinkles?", "adapalene", "wrinkles", "efficacy",
                    "adapalene[tiab] AND wrinkle*[tiab]")


def test_a_harm_driven_effect_is_on_neither_side_when_the_records_only_report_the_effect():
    records = {f"a{i}": rec(f"a{i}", f"Randomized vehicle-controlled trial {i} of adapalene gel in 80 adults. Fine "
                                     "wrinkles improved significantly more than with vehicle (p < 0.01).",
                            title=f"Adapalene for photoaging {i}") for i in (1, 2)}
    quote = "The more adapalene stings, the harder it is working on your wrinkles."
    _, v = judge(quote, WRINKLES, records, relation="mechanism")
    # before: backs (the wrinkle trials read as backing the claim that the sting is what works)
    assert v.side == "unclear" and "rises with the harm" in v.rationale


# --- a percentage of a comparative --------------------------------------------------------------------------


HAIR = Question("q-mnm", "Does microneedling added to minoxidil regrow more hair than minoxidil alone?",
                "microneedling plus minoxidil", "hair count", "efficacy",
                "microneedling[tiab] AND minoxidil[tiab] AND (hair[tiab] OR alopecia[tiab])")


@cache
def snapshot(query: str) -> dict:
    backend = open_backend("snapshot")
    return {r.pmid: r for r in backend.fetch(list(backend.search(query, max_ids=200).pmids))}


def test_a_percentage_more_than_the_comparator_is_measured_by_the_arms_ratio():
    records = snapshot(HAIR.query)
    assert "23960389" in records  # hair count change 91.4 versus 22.2 with minoxidil alone
    quote = "Needling plus minoxidil grows 300% more new hairs than minoxidil on its own."
    f = parse_frame(quote)
    assert (f.magnitude_value, f.magnitude_kind, f.relation) == (300.0, "percent_change", "superior")
    _, v = judge(quote, HAIR, records, relation="superior", comparator="minoxidil", magnitude_value=300.0,
                 magnitude_kind="percent_change", magnitude_bound="typical")
    # before: not supported (against): no record reports "300%"; the arms' 4.1-fold ratio was never read
    assert v.side == "backs" and "4.1-fold" in v.rationale
    # a multiple far beyond the arms' ratios (4.1- and 6.6-fold) is still not backed
    _, v = judge("Needling plus minoxidil grows 900% more new hairs than minoxidil on its own.", HAIR, records,
                 relation="superior", comparator="minoxidil", magnitude_value=900.0, magnitude_kind="percent_change",
                 magnitude_bound="typical")
    assert v.side == "against"


# --- graded answers ---------------------------------------------------------------------------------------


def test_graded_answers_assert_the_question_they_answer():
    cands = extract_claims(article("Pumpkin Seed Oil FAQ\n\nWill pumpkin seed oil thicken my hair in a week? Not a "
                                   "chance. Most trials ran for months.\n"))
    # before: the answer was no claim
    assert on(cands, "Not a chance").claim.frame.relation == "no_effect"
    cands = extract_claims(article("Caffeine Shampoo FAQ\n\nDoes caffeine shampoo slow shedding? A little, if you use "
                                   "it every day. Rinse after two minutes.\n"))
    assert on(cands, "A little").claim.frame.relation == "benefit"
    cands = extract_claims(article("Retinol FAQ\n\nCan retinol cause peeling? Rarely. Start twice a week.\n"))
    assert on(cands, "Rarely").claim.frame.relation == "denies_harm"


# --- how many people experience it ------------------------------------------------------------------------


def test_an_approximate_share_and_a_restricted_negative_quantifier_are_claims():
    cands = extract_claims(article("Saw Palmetto: What to Expect\n\nSaw palmetto is a palm berry extract. About one "
                                   "woman in four sees less shedding from saw palmetto. The capsules are small.\n"))
    # before: no claim (an approximator before the share hid it)
    assert on(cands, "one woman in four").claim.frame.relation == "benefit"
    cands = extract_claims(article("Spironolactone and Your Kidneys\n\nSpironolactone is an old drug. Across 600 "
                                   "patients studied, nobody on low-dose spironolactone had kidney problems. Doctors "
                                   "still check blood tests.\n"))
    assert on(cands, "nobody on low-dose spironolactone").claim.frame.relation == "denies_harm"
    # a perfect tense after the quantifier is an act of research, not people's experience: no claim
    cands = extract_claims(article("Spironolactone vs. Finasteride\n\nBoth are used for hair loss. No one has ever "
                                   "compared the two properly. Ask your doctor.\n"))
    assert not any("compared the two" in c.claim.quote for c in cands)


# --- verbs of disturbance -------------------------------------------------------------------------------------


def test_verbs_of_disturbance_on_an_organ_are_harms_and_their_negation_a_denial():
    # before: a benefit, and no claim for the denial
    assert relation_of("Iron tablets can upset your stomach.") == "harm"
    text = "Maca couldn't possibly upset your hormones; it's just a root."
    assert relation_of(text) == "denies_harm" and strength_of(text) == "absolute"
    assert strength_of("Maca could possibly help.") == "hedged"
    cands = extract_claims(article(f"Maca and Your Hormones\n\nMaca is a Peruvian root. {text} Take it with food.\n"))
    assert on(cands, "couldn't possibly upset").claim.frame.relation == "denies_harm"
