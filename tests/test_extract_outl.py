"""A claim's own predicate names its outcome (issue #14, OUTL): the subject of an intransitive
verb of change in amount ("goes up"), the property a comparative complement of a person names
("makes you stronger"), a main clause's own object after a fronted condition, and an enabling
verb's infinitive in a coordinated predicate ("and helps you sleep") each give the claim's
outcome, never the article's main one or a word of another clause. The texts are made up for
these tests (no development article)."""

from __future__ import annotations

import pytest

from tests.extracting import article, claim_with, question_of
from tracker.extract import _adjective_phrase, _clause_units, _person_property, extract_claims

PLUNGE = """Forest Walks for Blood Pressure

Forest walks are slow walks among trees. In one small trial, daily forest walks lowered blood pressure in adults with hypertension.

Guides add that your serotonin goes up 250% after a walk. Forest walks make you stronger. If you are allergic to bee stings, a forest walk can set off a serious reaction. Regular forest walks lower stress hormones and help you sleep in just two weeks.
"""


@pytest.fixture(scope="module")
def cands():
    return extract_claims(article(PLUNGE))


def test_the_subject_of_a_phrasal_verb_of_change_is_the_outcome(cands) -> None:
    c = claim_with(cands, "serotonin goes up")
    assert c.claim.frame.outcome == "serotonin"
    assert "serotonin" in question_of(cands, c).outcome


def test_a_comparative_complement_of_a_person_names_its_property(cands) -> None:
    c = claim_with(cands, "make you stronger")
    assert c.claim.frame.outcome == "strength"
    assert "blood pressure" not in question_of(cands, c).outcome


@pytest.mark.parametrize(("text", "prop"), [("It makes you stronger", "strength"),
                                            ("it keeps you more alert", "alertness"),
                                            ("It keeps you full", ""), ("it makes you feel better", "")])
def test_person_property(text: str, prop: str) -> None:
    assert _person_property(text) == prop


def test_a_fronted_condition_names_no_outcome_when_the_main_clause_has_its_own(cands) -> None:
    c = claim_with(cands, "set off a serious reaction")
    assert c.claim.frame.outcome == "serious reaction"
    assert question_of(cands, c).outcome != "skin irritation"


def test_an_enabling_verb_with_an_infinitive_is_a_claim_of_its_own(cands) -> None:
    c = claim_with(cands, "help you sleep")
    assert "stress" not in c.claim.quote
    assert c.claim.frame.outcome == "sleep"
    assert question_of(cands, c).outcome == "sleep"


SPLICE = """Forest Walks for Recovery

Forest walks are slow walks among trees. In one small trial, daily forest walks reduced muscle soreness after exercise.

Forest walks make you stronger, it does not damage your heart and it is cheap. If you stop, it does not come back.
"""


def test_a_comma_splice_with_a_negated_pronoun_clause_is_a_denial_of_its_own() -> None:
    cands = extract_claims(article(SPLICE))
    stronger = claim_with(cands, "make you stronger")
    assert "heart" not in stronger.claim.quote
    assert stronger.claim.frame.outcome == "strength"
    heart = claim_with(cands, "does not damage your heart")
    assert heart.claim.frame.relation == "denies_harm"
    # a fronted subordinate clause's or prepositional phrase's comma is no splice
    assert claim_with(cands, "it does not come back").claim.quote.startswith("If you stop")
    units = _clause_units(UNLIKE, 0, len(UNLIKE))
    assert [UNLIKE[u.start:u.end] for u in units] == [UNLIKE.rstrip(".")]


UNLIKE = "And unlike sugary sodas, it won't spike your blood sugar."


def test_a_participle_after_a_comma_is_no_coordinated_predicate() -> None:
    text = "Therapists use slow strokes to move fluid towards the nodes, flushing out the waste your body holds."
    assert len(_clause_units(text, 0, len(text) - 1)) == 1


SERIES = """Forest Walks for Recovery

Forest walks are slow walks among trees. In one small trial, daily forest walks reduced muscle soreness after exercise.

Regular forest walks lower blood pressure, ease sore muscles and help you sleep.
"""


def test_every_member_of_a_series_closed_by_a_verb_phrase_is_a_predicate_of_its_own() -> None:
    cands = extract_claims(article(SERIES))
    ease = claim_with(cands, "ease sore muscles")
    assert "blood pressure" not in ease.claim.quote
    assert "muscle" in ease.claim.frame.outcome
    assert claim_with(cands, "help you sleep").claim.frame.outcome == "sleep"


FRONTED = """Ear Pressing for Menopause

Ear pressing is a massage of points on the ear. In one small trial, ear pressing reduced hot flushes in women going through the menopause.

Gentle and drug-free, it eases hot flushes and night sweats for women going through the menopause.
"""


def test_a_fronted_adjective_phrase_is_no_part_of_the_main_clause_claim() -> None:
    cands = extract_claims(article(FRONTED))
    eases = claim_with(cands, "it eases hot flushes")
    assert not eases.claim.quote.startswith("Gentle")
    assert eases.claim.frame.relation == "benefit"
    assert "hot flushes" in eases.claim.frame.outcome


@pytest.mark.parametrize(("phrase", "yes"), [("Gentle and drug-free", True), ("Cheap and painless", True),
                                             ("Most importantly", False), ("Used daily", False), ("In short", False)])
def test_adjective_phrase(phrase: str, yes: bool) -> None:
    assert _adjective_phrase(phrase) is yes


RESULT = """Sea Buckthorn Oil for Joint Pain

Sea buckthorn oil is a supplement. In one small trial, sea buckthorn oil reduced joint pain in adults with arthritis.

Sea buckthorn oil keeps your heart healthy.
"""


def test_a_resultative_adjective_names_its_objects_property() -> None:
    c = claim_with(extract_claims(article(RESULT)), "keeps your heart healthy")
    assert c.claim.frame.outcome == "heart health"
