"""British and American spellings are one term for search and matching (tracker.spelling)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.spelling import forms, phrase_variant, variant


@pytest.mark.parametrize("word, other", [
    ("colour", "color"), ("color", "colour"), ("favourable", "favorable"), ("behaviours", "behaviors"),
    ("randomised", "randomized"), ("randomization", "randomisation"), ("analyse", "analyze"),
    ("ageing", "aging"), ("aging", "ageing"), ("centre", "center"), ("fibers", "fibres"),
    ("anaemia", "anemia"), ("haematoma", "hematoma"), ("oedema", "edema"), ("diarrhoea", "diarrhea"),
    ("oestrogen", "estrogen"), ("odour", "odor"), ("pigmentation", None), ("four", None), ("hour", None), ("floor", None), ("does", None), ("shoes", None),
    ("singeing", None), ("hair", None), ("LED", None), ("colour*", "color*"),
])
def test_variant_follows_english_orthography(word, other):
    assert variant(word) == other


def test_a_phrase_changes_every_word_that_has_another_spelling():
    assert phrase_variant("skin of colour") == "skin of color"
    assert phrase_variant('"anti-ageing serum"') == '"anti-aging serum"'
    assert phrase_variant("hair growth") is None
    assert forms("Colour") == ("colour", "color")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=14))
def test_variant_never_returns_the_word_itself_and_keeps_it_lower_case(word):
    out = variant(word)
    assert out is None or (out != word and out.islower() and out.isalpha())


def test_a_generated_search_block_finds_records_written_in_the_other_spelling():
    # The copy says "anti-ageing"; the snapshot's records mostly write "aging": the block searches both.
    from tracker.extract import _block
    from tracker.pipeline import open_backend

    british = _block(["ageing[tiab]"])
    assert british == "(ageing[tiab] OR aging[tiab])"
    assert _block(['"Aging"[mh]']) == '"Aging"[mh]'  # a heading is a controlled term: never respelt
    backend = open_backend("snapshot")
    try:
        alone = backend.search("microneedling[tiab] AND ageing[tiab]").count
        both = backend.search(f"microneedling[tiab] AND {british}").count
    finally:
        backend.close()
    assert both > alone


def test_a_claims_people_are_found_in_a_record_written_in_the_other_spelling():
    from tracker.models import Record
    from tracker.verdict import _mentions_population

    record = Record(pmid="1", title="Microneedling in skin of color: a randomized trial")
    assert _mentions_population(record, {"colour"})
    assert not _mentions_population(record, {"pregnant"})
