"""RECALL3 (extract): the rules' cues read a share of a counted group, a minimiser before an indefinite
pronoun and a verb of contribution with a negative quantifier object. Real extractor, no mocks."""

from __future__ import annotations

from tracker import claim_model as cm
from tracker.extract import DEFAULT_MIN_SCORE, extract_claims
from tracker.models import Article

# written for this test
REPORT = """Arnica gel for bruises: what the trial found

Arnica gel was tested on 40 volunteers with fresh bruises.

Eleven of the 40 volunteers in the gel group saw the bruise fade within five days.
Hardly anyone reacts to the gel, the makers add.
A second coat adds nothing.
"""


def _units() -> dict[str, cm.ClaimUnit]:
    article = Article(name="arnicatrial-1.txt", title=REPORT.splitlines()[0], text=REPORT, format="txt", sha256="0" * 64)
    cm.RECORDER = []
    try:
        extract_claims(article)
        recorded = cm.RECORDER
    finally:
        cm.RECORDER = None
    return {u.text: u for u, _ in recorded}


def test_a_cardinal_share_of_a_counted_group_with_its_arm_is_how_many_experience_it():
    u = _units()["Eleven of the 40 volunteers in the gel group saw the bruise fade within five days"]
    assert any(r.startswith("how many people experience it") for r in u.reasons)
    assert u.rule_score >= DEFAULT_MIN_SCORE


def test_a_minimiser_before_an_indefinite_pronoun_counts_people_who_react():
    u = next(v for k, v in _units().items() if k.startswith("Hardly anyone reacts"))
    assert any(r.startswith("how many people experience it") for r in u.reasons)
    assert u.rule_score >= DEFAULT_MIN_SCORE


def test_a_verb_of_contribution_with_a_negative_quantifier_object_denies_an_effect():
    u = _units()["A second coat adds nothing"]
    assert any(r.startswith("denies an effect") for r in u.reasons)
