"""QUERY3: a question whose search finds nothing backs off by the structure of its noun phrase
(determiners, quantity and visibility modifiers dropped, a clause's leftover and a relative clause
without "that" cut off, hyphenated compounds split), never by a word list that grows per topic;
reference in time and classifiers are kept, so the search stays on the claim's own outcome."""

from tracker import evidence_words
from tracker.models import Question
from tracker.pipeline import broadened_note

VITAMIN_C = '("vitamin C"[tiab] OR "ascorbic acid"[tiab] OR ascorbyl*[tiab])'
LED = '("red light"[tiab] OR "blue light"[tiab] OR "light therapy"[tiab])'


def test_a_noun_phrase_is_reduced_by_its_structure():
    assert evidence_words.reduce_np("most of the redness").words == ("redness",)
    assert evidence_words.reduce_np("visible darkening in both").words == ("darkening",)
    # a relative clause without "that" ends the noun phrase at its head
    assert evidence_words.reduce_np("the enzyme your skin uses").words == ("enzyme",)
    # a participle after the head is a clause's verb, its subject the head
    assert evidence_words.reduce_np("racing heartbeat reported").words == ("racing", "heartbeat")
    assert evidence_words.reduce_np("the sun-induced patches").words == ("sun", "induced", "patches")


def test_reference_in_time_classifiers_and_clauses_are_never_reduced():
    # preventing new pigment is not fading old pigment: the phrase is left as the claim says it
    assert evidence_words.reduce_np("new pigment") is None
    assert evidence_words.reduce_np("the tan you already have") is None
    assert evidence_words.reduce_np("crown had filled") is None  # an auxiliary: a clause
    assert evidence_words.reduced_terms("sweat patches") is None  # nothing to reduce: the kind stays
    assert evidence_words.reduced_terms("overall survival") is None
    assert evidence_words.reduced_terms("scalp hair thinning") is None  # an -ing head is the noun's own


def test_reduced_terms_keep_every_content_word_and_never_the_treatments_own():
    assert evidence_words.reduced_terms("visible darkening") == ("darken*[tiab]", ("visible",))
    assert evidence_words.reduced_terms("the redness and the swelling")[0] == "(rednes*[tiab] OR swell*[tiab])"
    # "light" is the intervention's own word: every record it finds has it
    assert evidence_words.reduced_terms("of screen light", LED) is None
    # a head alone must be a noun by its form, after only words of which or how many
    assert evidence_words.reduced_terms("the stopped") is None


def test_a_search_that_finds_nothing_backs_off_to_the_reduced_noun_phrase():
    b = evidence_words.broaden(VITAMIN_C, '"visible pigment"[tiab]', "visible pigment", harm=False)
    assert b is not None and b.step == "reduced" and b.added == "pigment*[tiab]" and b.dropped == ("visible",)
    assert evidence_words.count(f"{VITAMIN_C} AND {b.block}") > 0
    # the claim's own words stay ORed in, and the query is recognised as broadened from itself
    assert '"visible pigment"[tiab]' in b.block
    again = evidence_words.broadened_from(f"{VITAMIN_C} AND {b.block}", "visible pigment", harm=False)
    assert again is not None and (again.step, again.added, again.dropped) == (b.step, b.added, b.dropped)
    # reference in time is kept: nothing to back off to
    assert evidence_words.broaden(VITAMIN_C, '"new pigment"[tiab]', "new pigment", harm=False) is None


def test_the_rationale_says_which_words_the_broadened_search_left_out():
    b = evidence_words.broaden(VITAMIN_C, '"visible pigment"[tiab]', "visible pigment", harm=False)
    q = Question("auto-vitamin-c-visible-pigment", "Does vitamin C reduce visible pigment?", "vitamin C",
                 "visible pigment", "efficacy", f"{VITAMIN_C} AND {b.block}")
    note = broadened_note(q)
    assert note is not None and "without 'visible'" in note and "The search was broadened" in note
