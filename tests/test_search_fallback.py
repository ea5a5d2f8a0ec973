"""SRCH: a question whose query finds no record of the sample is broadened in principled steps,
says so, and never lets records on another outcome decide the claim (sign errors first)."""

from __future__ import annotations

import hashlib
import re

import pytest

from tracker import evidence_words
from tracker.claims import AuditInputs
from tracker.models import Article, Claim, ClaimFrame, Question
from tracker.pipeline import broadened_note, open_backend, run_audit
from tracker.store import Store

CAFFEINE = '("caffeine shampoo"[tiab] OR "caffeine shampoos"[tiab] OR caffeine[tiab])'
IRRITATION = "(irritation[tiab] OR peeling[tiab] OR itch*[tiab] OR stinging[tiab])"
MINOXIDIL = "minoxidil*[tiab]"
PAIN = '(pain[tiab] OR discomfort[tiab] OR "pain score*"[tiab])'


def test_a_specific_harm_the_sample_never_names_widens_to_harms_in_general():
    assert evidence_words.count(f"{CAFFEINE} AND {IRRITATION}") == 0 < evidence_words.count(CAFFEINE)
    b = evidence_words.broaden(CAFFEINE, IRRITATION, "irritation", harm=True)
    assert b is not None and b.step == "harms"
    assert b.block.startswith(f"({IRRITATION} OR ")  # the claim's own terms stay in the query
    assert evidence_words.count(f"{CAFFEINE} AND {b.block}") > 0
    # a benefit question is never widened to harms
    assert evidence_words.broaden(CAFFEINE, IRRITATION, "irritation", harm=False) is None


def test_nothing_is_broadened_that_finds_records_or_whose_intervention_the_sample_lacks():
    assert evidence_words.broaden(MINOXIDIL, '"hair growth"[tiab]', "hair growth", harm=False) is None
    assert evidence_words.broaden("zzyzxamide[tiab]", IRRITATION, "irritation", harm=True) is None


def test_words_apart_keep_every_content_word_and_refuse_a_lone_head_noun():
    assert evidence_words.words_apart("sweat patches") == "(sweat*[tiab] AND patch*[tiab])"
    assert evidence_words.words_apart("growing hair") == "(grow*[tiab] AND hair*[tiab])"
    # "patches" alone would find microneedle patches: one word stands for too many things
    assert evidence_words.words_apart("patches") is None
    assert evidence_words.words_apart("redness and swelling") is None  # each part one word


def test_the_harm_vocabulary_is_what_the_verdict_treats_as_harm_in_general():
    """A record found only by these words never names the claim's specific harm, so the verdict's
    indirectness rule ("no record names ... itself") keeps it from backing or refuting the claim."""
    from tracker.verdict import _GENERIC_HARM_RE
    for term in evidence_words.HARMS_IN_GENERAL:
        for w in re.findall(r"[A-Za-z]+", term.split("[")[0].replace("*", "")):
            assert _GENERIC_HARM_RE.match(w), w


def test_a_broadened_query_is_recognised_from_the_query_alone():
    b = evidence_words.broaden(CAFFEINE, IRRITATION, "irritation", harm=True)
    assert b is not None
    again = evidence_words.broadened_from(f"{CAFFEINE} AND {b.block}", "irritation", harm=True)
    assert again is not None and (again.step, again.added) == (b.step, b.added)
    # an unbroadened query, or one ORed by hand, is not reported as broadened
    assert evidence_words.broadened_from(f"{CAFFEINE} AND {IRRITATION}", "irritation", harm=True) is None
    assert evidence_words.broadened_from(f'{MINOXIDIL} AND ("hair growth"[tiab] OR "hair count*"[tiab])',
                                         "hair growth", harm=False) is None


def _audit(tmp_path, quote: str, intervention: str, iblock: str, outcome: str, oblock: str):
    b = evidence_words.broaden(iblock, oblock, outcome, harm=True)
    assert b is not None
    text = f"About the product. {quote}."
    q = Question(f"auto-{outcome}-risk", f"Does {intervention} cause {outcome}, and how often?", intervention,
                 outcome, "safety", f"{iblock} AND {b.block}")
    frame = ClaimFrame(intervention=intervention, intervention_norm=intervention, outcome=outcome,
                       relation="denies_harm")
    start = text.index(quote)
    claim = Claim("c1", "a.txt", quote, start, start + len(quote), f"{intervention} does not cause {outcome}",
                  q.question_id, "safety", "absolute", origin="auto", stance="denies", frame=frame)
    article = Article("a.txt", "A", text, "text", hashlib.sha256(text.encode()).hexdigest())
    backend = open_backend("snapshot")
    try:
        with Store(tmp_path / "t.db") as store:
            summary = run_audit(store, backend, AuditInputs((article,), (q,), (claim,)))
    finally:
        backend.close()
    return q, summary.verdicts[0]


@pytest.mark.parametrize("quote,intervention,iblock,outcome,oblock", [
    ("It never irritates the scalp", "caffeine shampoo", CAFFEINE, "irritation", IRRITATION),
    # many minoxidil records report other harms (hypertrichosis, dermatitis): none may refute "painless"
    ("Painless to apply", "minoxidil", MINOXIDIL, "pain", PAIN),
])
def test_a_broadened_harm_search_says_so_and_takes_no_side_on_other_harms(tmp_path, quote, intervention, iblock,
                                                                          outcome, oblock):
    q, v = _audit(tmp_path, quote, intervention, iblock, outcome, oblock)
    assert broadened_note(q) is not None
    assert "The search was broadened" in v.rationale and "harms in general" in v.rationale
    assert v.verdict not in ("contradicted", "supported", "partly supported"), v.rationale
    assert v.side != "against"


def test_the_extractor_broadens_a_harm_its_sample_never_names():
    from tracker import extract
    block = extract._broadened_block(CAFFEINE, IRRITATION, "irritation", "safety")
    assert block != IRRITATION and evidence_words.count(f"{CAFFEINE} AND {block}") > 0
    assert extract._broadened_block(CAFFEINE, IRRITATION, "irritation", "efficacy") == IRRITATION
