"""Extraction failures of the lead's trap article 22 (a trichologist's Q/A newsletter column, issue
#14, FIX22), fixed by their mechanism: the questioner's turn of a Q/A layout is not the article's
assertion; a clause of permission about use asserts no effect; an elliptical answer to "Is X worth
adding to BASE?" is about the combination; "X combined with BASE" adds X to the base treatment,
and a finite verb ends the noun phrase after the joining cue; an answer naming no treatment is about
the one its question names."""

from __future__ import annotations

from tests.extracting import article, claim_with
from tracker.extract import extract_claims

TRICHOLOGIST = """Ask the Trichologist: your hair-loss questions, answered

From the Crown & Root Hair Studio monthly newsletter. Our senior trichologist, Maya Osei, answers the questions you sent in this month.

Q: My scalp itches just thinking about minoxidil. Is the foam gentle?
A: Minoxidil foam never irritates the scalp, so you can use it as often as you like.

Q: How fast will I see results from your Regrowth Roller Programme?
A: Most clients see a full head of new hair within seven days of their first session.

Q: Is needling worth adding to my minoxidil?
A: Yes. Microneedling combined with minoxidil grows more hair than minoxidil on its own.

Q: What do your own clients say?
A: 94% of our clients report thicker hair after the programme.

Q: I'd rather go natural. Is rosemary oil an option?
A: Rosemary oil works about as well as 2% minoxidil after six months of use.

Results vary from person to person. This newsletter is not medical advice; speak to your doctor before starting any treatment.
"""


def _cands():
    return extract_claims(article(TRICHOLOGIST, "trichologist.txt"))


def test_the_questioners_turn_is_no_claim():
    cands = _cands()
    assert not [c for c in cands if "itches" in c.claim.quote], [c.claim.quote for c in cands]
    # the answer below it is what the article says
    foam = claim_with(cands, "never irritates")
    assert foam.claim.frame is not None and foam.claim.frame.relation == "denies_harm"


def test_a_question_turn_only_counts_when_answers_are_labelled_too():
    from tracker.extract import _question_turns

    assert _question_turns("Q: Does it work?\nIt does.\n") == []
    text = "Q: My hair fell out. Will it grow back?\nA: Yes. Minoxidil regrows hair.\n"
    assert _question_turns(text) == [(0, text.index("A:"))]


def test_permission_to_use_is_no_claim():
    cands = _cands()
    assert not [c for c in cands if "as often as you like" in c.claim.quote], [c.claim.quote for c in cands]


def test_permission_with_a_purpose_stays_a_claim():
    from tracker.extract import _use_permission

    text = "so you can use it to regrow hair at the crown"
    assert _use_permission(text, 0, len(text)) is False
    text = "so you can use it as often as you like"
    assert _use_permission(text, 0, len(text)) is True


def test_an_elliptical_answer_to_an_add_on_question_is_about_the_combination():
    cands = _cands()
    yes = next(c for c in cands if c.claim.quote == "Yes")
    assert "microneedling" in yes.claim.question_id and "minoxidil" in yes.claim.question_id, yes.claim.question_id


def test_x_combined_with_the_base_adds_x_to_the_base():
    c = claim_with(_cands(), "Microneedling combined with minoxidil grows")
    assert c.claim.question_id == "auto-minoxidil-plus-microneedling-hair-loss", c.claim.question_id


def test_a_finite_verb_ends_the_added_noun_phrase():
    text = ("Minoxidil for hair loss\n\nMinoxidil is the standard treatment for hair loss. "
            "Minoxidil combined with rosemary oil grows more hair than minoxidil on its own.\n")
    c = claim_with(extract_claims(article(text)), "rosemary oil grows")
    assert c.claim.question_id == "auto-minoxidil-plus-rosemary-oil-hair-loss", c.claim.question_id


def test_an_answer_naming_no_treatment_is_about_the_one_its_question_names():
    # "your Regrowth Roller Programme": a course named by its modifier, "roller" clipped from the
    # "derma roller" of microneedling, which the article names
    c = claim_with(_cands(), "Most clients see a full head of new hair")
    assert c.claim.question_id.startswith(("mn-", "auto-microneedling")), c.claim.question_id


def test_a_table_treatment_the_question_names_is_its_answers_topic():
    from tracker.extract import _answer_topics, _question_turns, detect_intervention

    text = ("Minoxidil questions\n\nMinoxidil is the standard treatment for hair loss.\n\n"
            "Q: Does microneedling hurt?\nA: It stings a little for a day.\n")
    turns = _question_turns(text)
    topics = _answer_topics(text, turns, detect_intervention(article(text)))
    assert [c.key for _, _, c in topics] == ["microneedling"]
