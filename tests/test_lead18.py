"""Session 18 (lead): a frame's outcome cut after three words never ends inside "N of N2" (issue #14: leftover
prose is never an outcome). English's pseudo-partitive, an indefinite measure noun before a bare complement ("a full
head of hair"), measures the complement, which names the outcome; a definite or nominalised head stays as it was.
Real extractor, no mocks; the article is written for this test."""

from __future__ import annotations

from tracker.extract import _frame_outcome, extract_claims
from tracker.models import Article

HAIR = """Thicker Hair, Fast: What Our Editors Swear By

Thinning at the crown is common, and most of us have tried something.

Minoxidil foam never causes any scalp irritation, so you can use it every day without worry.

Some fans say it regrows a full head of hair overnight.
"""


def test_a_pseudo_partitive_cut_takes_its_complement_not_a_fragment_ending_in_of():
    assert _frame_outcome("it regrows a full head of hair overnight", "benefit") == "hair"
    # a definite or nominalised head is no measure of its complement: unchanged
    assert _frame_outcome("it reduces the number of breakouts on your chin", "benefit") == "number of breakouts"
    assert _frame_outcome("halves the use of steroid cream", "benefit") == "use of steroid"
    # a short phrase or a coordination is kept whole, as before
    assert _frame_outcome("it improves the look of fine lines and wrinkles in weeks", "benefit") == "fine lines and wrinkles"


def test_no_question_is_asked_on_a_fragment():
    article = Article(name="hair.txt", title="Thicker Hair", text=HAIR, format="txt", sha256="0" * 64)
    cands = extract_claims(article, [])
    c = next(c for c in cands if "full head of hair" in c.claim.quote)
    q = next(d.new_question for d in cands if d.new_question and d.new_question.question_id == c.claim.question_id)
    assert not q.outcome.lower().rstrip().endswith(" of") and "hair" in q.outcome.lower()
