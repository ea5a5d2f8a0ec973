"""QUEST6 (extract): a claim's outcome and its question. The clause's own outcome words beat the table entry's
label and the article's main outcome; leftover prose never becomes an outcome (the claim carries the main question's
outcome instead); a question is reused only when it asks the same words. Real extractor, no mocks; the articles are
written for these tests."""

from __future__ import annotations

from tracker.extract import _clause_own_outcome, _clean_outcome_words, _frame_question_outcome, extract_claims
from tracker.models import Article, Question

DIARY = """Rosemary oil for thinning hair: my six months

I started rosemary oil in March for my thinning hair. Rosemary oil regrows thinning hair.
My scalp stopped itching within days of the first drops.
It does nothing for a bald patch you already have.
In a small trial, rosemary oil even ranks above minoxidil.
"""


def _claims(name: str, text: str):
    article = Article(name=name, title=text.splitlines()[0], text=text, format="txt", sha256="0" * 64)
    return extract_claims(article, [])


def _question(cands, quote_part: str):
    c = next(c for c in cands if quote_part in c.claim.quote)
    q = next(d.new_question for d in cands if d.new_question and d.new_question.question_id == c.claim.question_id)
    return c, q


def test_closed_classes_that_name_no_state_of_the_body_are_no_outcome():
    # a distributive quantifier, a verb of saying or ranking, research discourse, a relational noun, a
    # preposition of the full closed class, a commercial attribute and an adverb of time: prose, never an outcome
    for words in ("placebo on every", "authors wrote", "cat vets warn", "ranked prp above", "trials disagree",
                  "network meta-analysis", "opposite", "the job", "above minoxidil", "money back", "again"):
        assert not _clean_outcome_words(words), words
    # content noun phrases still stand
    for words in ("scalp itching", "hair shedding", "lash fullness", "eczema flare-ups", "skin darkening"):
        assert _clean_outcome_words(words), words


def test_the_clauses_own_words_beat_the_table_entrys_label_and_the_entrys_terms_are_still_searched():
    # "My scalp stopped itching" is filed under the skin irritation entry; the question asks about scalp itching,
    # the clause's own words, and still searches the entry's terms
    c, q = _question(_claims("rosemarydiary-1.txt", DIARY), "stopped itching")
    assert c.claim.frame.outcome == "scalp itching"
    assert q.outcome == "scalp itching" and "irritation[tiab]" in q.query and "itch*[tiab]" in q.query


def test_an_adverb_of_time_is_no_part_of_the_outcome():
    # "a bald patch you already have": the question is on the bald patch, not on "bald patch already"
    c, q = _question(_claims("rosemarydiary-1.txt", DIARY), "already have")
    assert q.outcome == "bald patch" and "already" not in q.query


def test_a_claim_naming_no_outcome_carries_the_main_questions_never_prose():
    # "rosemary oil even ranks above minoxidil": no outcome of its own words; the frame carries the main
    # question's outcome, never the leftover "small trial rosemary"
    cands = _claims("rosemarydiary-1.txt", DIARY)
    c = next(c for c in cands if "ranks above" in c.claim.quote)
    main = next(c for c in cands if "regrows thinning hair" in c.claim.quote)
    assert c.claim.question_id == main.claim.question_id
    assert c.claim.frame.outcome == main.claim.frame.outcome == "hair growth in hair loss"


def test_a_question_already_asking_the_clauses_words_is_kept():
    q = Question("q1", "Does rosemary oil cause scalp itching?", "rosemary oil", "scalp itching", "safety",
                 '"rosemary oil"[tiab] AND itch*[tiab]')
    # the question asks it (by the words' first letters: "itching" ~ "itch"): nothing to re-ask
    assert _clause_own_outcome("scalp itching", q, "it made my scalp itch", ()) == ""
    # a word the quote never uses is an inference, not the clause's own words
    other = Question("q2", "Does rosemary oil cause skin irritation?", "rosemary oil", "skin irritation", "safety",
                     '"rosemary oil"[tiab] AND irritation[tiab]')
    assert _clause_own_outcome("scalp itching", other, "it made my scalp itch", ()) == "scalp itching"
    assert _clause_own_outcome("contact dermatitis", other, "it made my scalp itch", ()) == ""
    # a general harm label is no state of its own
    assert _clause_own_outcome("side effects", other, "no side effects at all", ()) == ""


def test_a_question_on_part_of_the_claims_outcome_asks_about_more_than_the_claim():
    # "can darken skin": a question on "skin" (all of it) is no test of skin darkening; one on "itching" none of
    # scalp itching; a question on the whole phrase is kept
    skin = Question("q3", "Does blue light improve skin?", "blue light", "skin", "efficacy", '"blue light"[tiab] AND skin[tiab]')
    assert _frame_question_outcome("skin darkening", skin, ()) == "skin darkening"
    itching = Question("q4", "Does it cause itching?", "rosemary oil", "itching", "safety", '"rosemary oil"[tiab] AND itch*[tiab]')
    assert _clause_own_outcome("scalp itching", itching, "my scalp stopped itching", ()) == "scalp itching"
    whole = Question("q5", "Does blue light cause skin darkening?", "blue light", "skin darkening", "safety",
                     '"blue light"[tiab] AND darken*[tiab]')
    assert _frame_question_outcome("skin darkening", whole, ()) == ""


PRESS = """Kelpa Announces Zinc Shampoo Results

Kelpa today announced results from its consumer study of zinc shampoo. In the study, participants saw 30% less flaking
after two weeks.
"""


def test_with_no_question_to_anchor_it_a_claim_keeps_the_frames_own_reading_never_prose():
    # "announced results from its consumer study": prose (research discourse), and no question anchors it: no claim.
    # "participants saw 30% less flaking": the frame's own reading of the clause, flaking, is asked, never the
    # leftover "study participants saw"
    cands = _claims("kelpa-1.txt", PRESS)
    assert not any("announced" in c.claim.quote for c in cands)
    c, q = _question(cands, "less flaking")
    assert c.claim.frame.outcome == "flaking" and q.outcome == "flaking"
