"""QUEST5 (extract): the question asks what the claim's frame says. A claim whose outcome no table files, or one
filed under harms in general, is tested by a question on the outcome its frame reads, reused only when an existing
question asks the same. Real extractor, no mocks; the articles are written for these tests."""

from __future__ import annotations

from tracker.extract import extract_claims
from tracker.models import Article

LIGHT = """Blue light for acne: what the trials say

Blue light therapy is sold for acne. In one trial blue light therapy cleared inflamed spots better than a cream.
Pooled trials of blue light therapy found no clear drop in lesion counts.
Blue light therapy is easy to use at home.
"""

SPRAY = """Magnesium chloride spray: your questions answered

Does magnesium chloride spray help sleep? Magnesium chloride spray relaxes tired muscles before bed.
Does it sting? A little tingle the first few times is normal, especially on freshly shaved legs.
"""


def _claims(name: str, text: str):
    article = Article(name=name, title=text.splitlines()[0], text=text, format="txt", sha256="0" * 64)
    return extract_claims(article, [])


def _question(cands, quote_part: str):
    c = next(c for c in cands if quote_part in c.claim.quote)
    q = next(d.new_question for d in cands if d.new_question and d.new_question.question_id == c.claim.question_id)
    return c, q


def test_a_noun_of_change_is_no_question_the_frame_reads_what_changes():
    # "no clear drop in lesion counts": the question is on lesion counts, as the frame reads it, never on "drop"
    c, q = _question(_claims("bluelight-1.txt", LIGHT), "no clear drop")
    assert c.claim.frame.outcome == "lesion counts"
    assert q.outcome == "lesion counts" and "drop" not in q.statement


def test_a_harm_filed_under_harms_in_general_is_asked_as_the_frame_names_it():
    # "A little tingle ... is normal": a question on tingling, not on adverse effects in general
    c, q = _question(_claims("magspray-1.txt", SPRAY), "little tingle")
    assert c.claim.frame.outcome == "tingling"
    assert q.kind == "safety" and q.outcome == "tingling"


SILK = """Silk pillowcases: what they do

Silk won't absorb your skincare, so it stays on your face, where it belongs.
A silk pillowcase leaves fewer sleep creases than cotton.
I used to wake up with a crease down my cheek that lasted till lunch.
For the best results, sleep on it every night.
"""


def test_the_articles_main_question_is_a_benefit_never_a_mechanism_its_claims_test_most():
    # a claim with no outcome of its own falls back on the article's main benefit question (sleep creases), never
    # on the mechanism question two earlier claims test ("won't absorb your skincare")
    cands = _claims("silkcase-1.txt", SILK)
    kinds = {d.new_question.question_id: d.new_question.kind for d in cands if d.new_question}
    # ("For the best results, sleep on it every night" is an instruction: since session 20's claim scorer it may be no
    # claim at all; when it is one, it falls back on the benefit question too)
    for part in ("crease down my cheek", "best results"):
        c = next((c for c in cands if part in c.claim.quote), None)
        if c is None and part == "best results":
            continue
        assert c is not None and kinds[c.claim.question_id] == "efficacy", part
    absorb = next(c for c in cands if "absorb" in c.claim.quote)
    assert kinds[absorb.claim.question_id] == "mechanism"


DIARY = """My rosemary oil diary

I started rosemary oil in January. Three months in, I was shedding 70% less hair. My hairdresser noticed too.
"""


def test_a_gerund_and_the_object_the_frame_reads_name_one_process():
    # "shedding 70% less hair": the question is on hair shedding, neither on the object alone (hair, all of it) nor
    # on the bare gerund
    c, q = _question(_claims("rosemarydiary-1.txt", DIARY), "shedding")
    assert q.outcome == "hair shedding", q
