"""Session 17 (lead): a range of counts before a share of people claims its lower end at least (issue #14)."""

from tracker.frames import magnitude_of


def test_a_range_of_counts_in_a_share_of_people_is_its_lower_end_as_a_minimum():
    # "between six and ten in every ten men" is no claim that all men respond: English writes the range's lower end first
    assert magnitude_of("between six and ten in every ten men with thinning hair improved") == (60.0, "%", "proportion", "min")
    assert magnitude_of("three to five in ten users noticed less shedding") == (30.0, "%", "proportion", "min")


def test_a_single_share_of_people_is_unchanged():
    assert magnitude_of("nine in ten women saw results") == (90.0, "%", "proportion", "typical")
    assert magnitude_of("up to eight in ten users saw results") == (80.0, "%", "proportion", "max")


def test_every_before_a_numeral_is_a_rate_not_a_universal_over_people():
    from tracker.verdict import _universal_scope

    assert _universal_scope("between six and ten in every ten men improved on tablets") is None
    assert _universal_scope("it works for every patient who tries it") is not None


def test_a_denial_of_effect_for_one_strength_is_not_refuted_by_other_strengths():
    # GRADE indirectness of intervention: the effect trials report for 0.1% and 0.05% says nothing of 0.01% alone
    from tests.judging import judge, rec
    from tracker.models import Question

    q = Question("q7", "Does tretinoin improve photoaging?", "tretinoin", "photoaging", "efficacy",
                 'tretinoin[tiab] AND photoag*[tiab]')
    records = {
        "41": rec("41", "Randomized vehicle-controlled trial of tretinoin 0.1% cream in 200 adults with photoaging. "
                        "Photoaging improved significantly with tretinoin compared with vehicle."),
        "42": rec("42", "Randomized controlled trial of tretinoin 0.05%, 0.01% and vehicle creams in 250 adults with "
                        "photoaging. Photoaging improved significantly with tretinoin compared with vehicle."),
    }
    _, v = judge("the 0.01% strength does nothing for photoaging", q, records, relation="no_effect")
    assert v.side == "unclear" and "0.01% strength" in v.rationale
    # without a strength named, the same records refute the denial as before
    _, plain = judge("tretinoin does nothing for photoaging", q, records, relation="no_effect")
    assert plain.verdict == "not supported" and plain.side == "against"


def test_a_count_of_every_n_people_is_a_share():
    # "18 of every 20 women": "every" before the denominator makes the "of" a ratio, like "in every" and "out of"
    assert magnitude_of("In the trials, 18 of every 20 women on the lotion saw moderate regrowth") == (
        90.0, "%", "proportion", "typical")
    assert magnitude_of("three of the 30 patients") is None  # a count of one study's group is no ratio of people


def test_a_list_is_introduced_by_the_clause_its_colon_ends():
    # "It has no side effects, and our serum keeps everything you love:" introduces its bullets by the second clause
    # alone; a denial in the first clause is no part of what the items claim
    from tracker.extract import _lead_ins

    text = ("Care notes\n\nIt has no side effects when used properly, and our serum keeps everything you love:\n"
            "- fewer breakouts in a week\n\nRosemary oil is gentle, and it may help:\n- reduce hair shedding\n")
    leads = sorted(_lead_ins(text).values())
    assert leads == ["Rosemary oil is gentle, and it may help", "our serum keeps everything you love"]
