"""Claim frames round 8 (issue #14, FRM8): an outcome is a noun phrase.

The frame's outcome is a head noun with its modifiers (the object of the effect verb, the subject of a
change predicate, or the nominal of an intransitive state change), never a pronoun, an adverb, an
auxiliary or a verb fragment; when structure finds no noun phrase the frame says nothing, so the
caller's label or the main question stands. Every case failed on the round-7 code."""

from __future__ import annotations

import pytest

from tracker.frames import _is_noun_phrase, outcome_of, parse_frame
from tracker.polarity import undergone


@pytest.mark.parametrize("phrase", ["so they", "ago i haven't", "ever had", "genuinely deficient gp", "started filling",
                                    "burns calories to", "just", "most are", ""])
def test_function_words_adverbs_and_verb_fragments_are_no_noun_phrase(phrase):
    assert not _is_noun_phrase(phrase)


@pytest.mark.parametrize("phrase", ["hair growth", "over-plucked brows", "sleep onset", "length of a cold", "kidney stones",
                                    "diarrhoea and stomach cramps"])
def test_noun_phrases_stay(phrase):
    assert _is_noun_phrase(phrase)


def test_work_takes_no_object_so_a_manner_adverb_is_no_outcome():
    # "worked faster" says how it worked; the caller's reading of the same word gives way too
    assert outcome_of("The serum worked faster", "superior", strict=True) == ""
    assert parse_frame("The serum worked faster", topic="castor oil", outcome="faster").outcome == ""
    # the lenient reading the extractor uses keeps the word (it marks that the clause says how)
    assert outcome_of("The serum worked faster", "superior") == "faster"


def test_a_comment_clause_after_a_comparison_is_not_what_is_compared():
    text = "Castor oil works just as well as a prescription lash serum, in my opinion"
    assert "opinion" not in parse_frame(text, topic="castor oil").outcome


def test_an_aspectual_verb_with_a_gerund_makes_its_subject_the_outcome():
    text = "Also my hairline baby hairs started filling in."
    assert outcome_of(text, "benefit", strict=True) == "hairline baby hair"
    assert parse_frame(text, topic="castor oil").outcome == "hairline baby hair"
    # "keep" with an object is no aspectual verb: the object stays the outcome
    assert outcome_of("Creatine helps women over 50 keep their bone density", "benefit") == "bone density"


def test_an_inchoative_with_an_a_adjective_names_the_onset_of_its_noun():
    text = "Magnesium glycinate helps you fall asleep faster and wake up less during the night"
    assert parse_frame(text, topic="magnesium").outcome == "sleep onset"


def test_a_subordinate_clause_without_a_comma_ends_at_the_main_clause_subject():
    text = "Since I started three winters ago I haven't had a single cold"
    out = parse_frame(text, topic="vitamin d").outcome
    assert "cold" in out and "ago" not in out


def test_a_caller_label_that_is_no_noun_phrase_gives_way():
    text = "The people who benefit most are those who are genuinely deficient"
    assert parse_frame(text, topic="vitamin d", outcome="genuinely deficient gp").outcome == ""
    assert parse_frame("I think the oil coats each lash so they look glossier", topic="castor oil",
                       outcome="so they").outcome == "each lash"
    # a clean caller label is kept
    assert parse_frame("Castor oil regrew my over-plucked brows too", topic="castor oil",
                       outcome="eyebrow growth").outcome == "eyebrow growth"


def test_what_nobody_has_ever_had_is_the_harm_past_the_auxiliary_and_adverb():
    assert undergone("Nobody has ever had a side effect from rosemary oil") == "side effect"
    assert parse_frame("Nobody has ever had a side effect from rosemary oil", topic="rosemary oil").outcome == "side effect"


def test_a_phrase_with_a_clause_after_it_is_cut_to_its_noun_phrase():
    # the noun phrase a reading starts with, not the predicate or adverb after it
    assert outcome_of("I've been able to stop my painkillers completely", "benefit", strict=True) == "painkillers"
    text = "It also eases morning stiffness and helps you move more freely."
    assert outcome_of(text, "benefit", strict=True) == "morning stiffness"
    assert parse_frame(text, topic="curcumin", outcome="morning stiffness and").outcome == "morning stiffness"


@pytest.mark.parametrize("phrase,np", [("swear my lashes looked", "lashes"), ("say their shedding dropped", "shedding"),
                                       ("linked to balding", ""), ("hair fall", "hair fall"), ("so they", "")])
def test_a_verb_before_its_object_and_a_subjects_verb_are_no_part_of_the_noun_phrase(phrase, np):
    from tracker.frames import _noun_phrase_prefix

    assert _noun_phrase_prefix(phrase) == np


def test_a_time_phrase_is_no_subordinate_clause():
    # "After six months" has no subject of its own: the sentence is one clause, read as before
    from tracker.frames import _LEAD_CLAUSE_NOCOMMA_RE

    assert not _LEAD_CLAUSE_NOCOMMA_RE.match("After six months I had to buy a smaller hair tie")
    assert _LEAD_CLAUSE_NOCOMMA_RE.match("Since I started three winters ago I haven't had a single cold")
