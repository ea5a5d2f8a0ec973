"""Outcomes, lists and recall on real-copy styles, round 11 (issue #14, OUT11): a list item under a
lead-in naming a treatment's harms ("Common side effects:") is a harm claim of the topic, and a
symptom phrase's outcome is its head ("feeling dizzy" -> dizziness, "swollen knees" -> swelling,
"a slow or irregular pulse" -> pulse); the subject of a participle of disappearance ("my blotches
were basically gone") is the outcome; a fronted "For <people>" is the population, never the
outcome; a time code and an all-capitals caption label ("[0:14] ON SCREEN TEXT: ...") open no
heading. The texts are made up for these tests (no development article)."""

from __future__ import annotations

from tests.extracting import markdown_article as article
from tests.extracting import quoting as on
from tracker.extract import _symptom_head, extract_claims, sentences

LEAFLET = """# Sorrelide tablets: information for the user

Sorrelide tablets treat thinning hair in adults.

## Possible side effects

Like all medicines, this medicine can cause side effects.

Common side effects:

- feeling dizzy when you get out of bed
- swollen knees or hands
- a slow or irregular pulse

Benefits include:

- thicker hair
"""


def test_items_under_a_harm_lead_in_are_harm_claims_named_by_their_heads():
    cands = extract_claims(article(LEAFLET))
    expected = {"feeling dizzy": "dizziness", "swollen knees": "swelling", "irregular pulse": "pulse"}
    for words, outcome in expected.items():
        found = on(cands, words)
        assert {c.claim.frame.relation for c in found} == {"harm"}, words
        assert {c.claim.frame.outcome for c in found} == {outcome}, words
        assert {c.claim.question_id.split("-")[-1] for c in found} == {outcome}
    # a benefit lead-in passes on no harm
    assert "harm" not in {c.claim.frame.relation for c in on(cands, "thicker hair")}


def test_a_symptom_phrase_is_named_by_its_head():
    assert _symptom_head("feeling light-headed when you stand up") == "light-headedness"
    assert _symptom_head("feeling sleepy") == "sleepiness"
    assert _symptom_head("swollen ankles or feet") == "swelling"
    assert _symptom_head("bruised skin around the eye") == "bruising"
    assert _symptom_head("dry skin") == "dryness"
    assert _symptom_head("a fast or pounding heartbeat") == "heartbeat"
    assert _symptom_head("extra hair growth on the face, for example on the chin") == "hair growth"
    assert _symptom_head("it does not raise blood pressure") == ""


def test_the_subject_of_a_participle_of_disappearance_is_the_outcome():
    text = """Sorrel Cream for the Face

Sorrel cream is a plant cream for the face.

"After three weeks, my red blotches were basically gone," she says.
"""
    found = on(extract_claims(article(text)), "basically gone")
    assert {c.claim.frame.outcome for c in found} == {"red blotches"}


def test_a_fronted_for_people_is_the_population_not_the_outcome():
    text = """Sorrel Peel

Sorrel peel is a gentle acid peel.

For darker skin tones it's one of the best ways to smooth rough texture.
"""
    found = on(extract_claims(article(text)), "darker skin tones")
    outcomes = {c.claim.frame.outcome or "" for c in found}
    assert not any("tones" in o for o in outcomes), outcomes
    assert all("texture" in o for o in outcomes), outcomes


TRANSCRIPT = """TRANSCRIPT: @sorrelgirl, short video

[0:01] MIA: Okay so this is the Sorrel roller and it is honestly amazing.
[0:14] ON SCREEN TEXT: cheaper than a peel, same glow
[0:20] ON SCREEN TEXT: DAY 7
"""


def test_a_time_code_and_a_caption_label_open_no_heading():
    sents = {TRANSCRIPT[s.start:s.end]: s for s in sentences(TRANSCRIPT)}
    assert "cheaper than a peel, same glow" in sents
    assert not sents["cheaper than a peel, same glow"].heading
    assert sents["DAY 7"].heading  # a short caption stays a label
    assert on(extract_claims(article(TRANSCRIPT, "t.txt")), "cheaper than a peel")
