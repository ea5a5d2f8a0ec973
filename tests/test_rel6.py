"""REL6: what a claim asserts through negation scope over degree, negative subjects and objects, evidentials, and
harms told by structure (issue #14, `polarity.negation_scope_reading`).

The sentences are written for these tests (none is a benchmark quote); each reads a general construction of
English, the treatment and outcome words are only examples. Each case failed on the code before REL6.
"""

from __future__ import annotations

import pytest

from tracker import frames
from tracker.polarity import inert_parity, negation_scope_reading


@pytest.mark.parametrize("text, relation", [
    # "any" before a comparative of improvement under a negated verb: the change is denied, whatever "more ... than" the
    # subject holds; against an active standard, parity; a harmful comparative: the harm denied
    ("taking two capsules rather than one won't make your nails grow any stronger", "no_effect"),
    ("the serum doesn't make lashes any longer than a plain gel does", "no_effect"),
    ("the patch doesn't work any better than a menthol rub", "equivalent"),
    ("it won't make your scalp any greasier", "denies_harm"),
    # "any worse" against an active standard is non-inferiority, parity at least (the lead, with FRAME6's frames rule);
    # against an inactive one, or with no standard, the harm denied
    ("the peptide serum isn't any worse than a prescription cream for fine lines", "equivalent"),
    ("the lotion isn't any worse than a dummy lotion", "denies_harm"),
    ("my rash didn't get any worse", "denies_harm"),
    # a negated verb with the comparative and its standard in its scope: the difference denied
    ("in the pooled analysis, the lamp did not reduce pimple counts more than benzoyl peroxide", "equivalent"),
    # a negated causative or appearance verb before a comparative of improvement: no effect
    ("the cream will not make anyone look five years younger", "no_effect"),
    ("After a month I don't look any younger.", "no_effect"),
    ("My nails are not stronger.", "no_effect"),
    # "neither"/"none of them" as subject: the predicate's reading denied
    ("neither group improved at eight weeks", "no_effect"),
    # a verb of perception with a negative object: nothing came of it
    ("Six weeks in, I noticed nothing", "no_effect"),
    ("we didn't see any change in the scars", "no_effect"),
    # "no difference" found or made: no effect, or parity against an active standard
    ("the gel made no difference", "no_effect"),
    ("the trial found no difference from a dummy spray", "no_effect"),
    ("the trial found no difference from a steroid cream", "equivalent"),
    # a possessed body part not in a harmful state: a denial of harm
    ("my skin wasn't oily at all", "denies_harm"),
    # a harm the trials did not see; a denied rise of a serious outcome: denials of harm
    ("skin reactions were not reported in either trial", "denies_harm"),
    ("a large registry found no rise in stillbirths among users", "denies_harm"),
    ("Three years of the drops did not increase tumours", "denies_harm"),
    # a harm reported, a faculty lost, a person or animal killed, a mortal danger, a difficulty made: the harm
    ("surgeons have described a severe allergic reaction to the numbing gel", "harm"),
    ("one patient lost her sense of smell after the spray", "harm"),
    ("a single chewed tablet can kill a dog", "harm"),
    ("An overdose of the pills can be fatal", "harm"),
    ("Drinking it after dinner can make it harder to sleep", "harm"),
    ("Dryness is the usual price.", "harm"),
    ("The most common complaint in the study was a sore throat, and it affected both arms.", "harm"),
    ("a fast heartbeat has been reported", "harm"),
    # an appositive after the subject describes it: the main clause asserts
    ("The tinted gel, a product sold for acne scars in Asia, also beat its vehicle in two trials", "benefit"),
    # no extra benefit, nothing tested, nothing behind a claim, no use, unlikely, limited effect: no effect
    ("combining it with the tablets gave no additional benefit", "no_effect"),
    ("no trial has studied that in children", "no_effect"),
    ("The 'detox' promise has nothing behind it.", "no_effect"),
    ("it's no use for deep wrinkles", "no_effect"),
    ("there is no sign that a longer session speeds healing", "no_effect"),
    ("the pads are unlikely to shrink large pores", "no_effect"),
    ("Tapping alone has limited effect on chronic pain", "no_effect"),
    ("Wrinkles, not so much", "no_effect"),
    ("Week 4: honestly nothing yet", "no_effect"),
    ("My watch showed the same resting heart rate as the month before", "no_effect"),
    # a standard of people who did not use it or of an inactive arm: the benefit itself
    ("those who chewed the gum daily reported fewer headaches than those who did not", "benefit"),
    ("patches treated with the laser faded faster than patches treated with a fake laser", "benefit"),
    # ranking above another, working best, a larger figure against another arm's: superiority
    ("For knee pain it even ranks above ibuprofen.", "superior"),
    ("the higher dose worked best", "superior"),
    ("the rinse cut plaque by 40%, against 12% for a herbal mouthwash", "superior"),
    # an equative whose standard is "as many" others is parity, even with a plain subject
    ("plain coconut oil works about as well as many pricier conditioners", "equivalent"),
])
def test_rel6_relations(text: str, relation: str) -> None:
    assert frames.relation_of(text) == relation


@pytest.mark.parametrize("text, relation", [
    # a comparative of a quality that may be a harm ("darker") is left to the other readers
    ("The peel won't make your skin darker", "denies_harm"),
    # a combination against its base with the inactive part standing in compares what the addition adds
    ("the side treated with serum plus needling healed faster than the side needled with saline alone", "superior"),
    # a negative quantifier over a verb of finding stays REL4's denial of the harm found
    ("Neither of the two registries found more birth defects", "denies_harm"),
    # a relative clause's "treated for" is no report of a harm
    ("out of 50 people treated for cold sores, about 40 said they were happy", "benefit"),
    # a microbe killed is what a treatment is for, never a harm
    ("The rinse can kill the germs behind bad breath", "mechanism"),
])
def test_rel6_leaves_other_readings(text: str, relation: str) -> None:
    assert frames.relation_of(text) == relation


def test_a_clause_after_a_discourse_marker_is_no_appositive() -> None:
    # "That said, my sister got a sore, ...": the words after the first comma are the main clause, not an appositive
    assert frames.relation_of("That said, my sister got a sore, itchy scalp from it", outcome_kind="safety") == "harm"


def test_serious_harms_not_seen_are_left_to_the_other_readers() -> None:
    # a denial of the serious harms only is no denial of harm in general (the verdict would judge it as one)
    assert negation_scope_reading("serious reactions were not reported in either trial", "benefit") is None
    assert negation_scope_reading("reactions were not reported in either trial", "benefit") == "denies_harm"


def test_count_of_studies_finding_no_difference_is_left_alone() -> None:
    # what a part of the studies found reports a divided evidence base: not read as the treatment's no effect
    assert negation_scope_reading("three found no difference from the vehicle", "benefit") is None
    assert negation_scope_reading("Of eight trials of the patch, five found no difference from a dummy patch", "benefit") is None
    assert negation_scope_reading("the trial found no difference from the vehicle", "benefit") == "no_effect"


def test_bare_none_is_no_subject_quantifier() -> None:
    # "None at all." and "neither ... nor" coordination quantify over no predicate
    assert negation_scope_reading("None at all.", "benefit") is None
    assert negation_scope_reading("neither redness nor peeling appeared", "benefit") is None


def test_negation_scope_reading_is_none_for_questions_and_conditions() -> None:
    assert negation_scope_reading("Does it make no difference?", "benefit") is None
    assert negation_scope_reading("If you saw nothing after a month, stop", "benefit") is None


def test_as_many_opens_a_standard_not_an_equative() -> None:
    assert inert_parity("plain coconut oil works about as well as many pricier conditioners") is None
    assert inert_parity("it worked about as well as a placebo") is not None
