"""The claim's QUESTION, round 12 (issue #14, QST12): which evidence question a claim is checked
against when its frame is right. Seriousness of harm is an outcome of its own (GRADE, ICH E2A);
"other" in a question coordinates, it does not compare, and a question asking how long tests a
claim of how long; a treatment joined to the claim's by a
participle of joining ("mixed with"), a same-session sequence ("right after") or "with" against a
"<treatment> alone" arm makes the claim about the combination; a comparator named "anti-X" is
compared on X, and a comparison with no outcome of its own, its paragraph's or its article's is
made on what the comparator is used for in the article. The texts are made up for these tests (no development article)."""

from __future__ import annotations

from tests.extracting import claim_with as on
from tests.extracting import markdown_article as article
from tracker.extract import Candidate, _comparator_purpose, extract_claims
from tracker.models import Question

MN = '(microneedl*[tiab] OR "micro-needling"[tiab])'
GENERAL_HARMS = Question(
    "q-harms", "Does microneedling cause adverse effects such as redness, irritation, peeling or inflammation?",
    "microneedling", "adverse effects (redness, irritation, peeling, inflammation)", "safety",
    f'{MN} AND ("adverse effect*"[tiab] OR "side effect*"[tiab] OR erythema[tiab])')
DOWNTIME = Question(
    "q-downtime", "How long do redness and other immediate skin reactions last after microneedling (downtime)?",
    "microneedling", "duration of post-procedure erythema / downtime", "safety",
    f"{MN} AND (erythema[tiab] OR downtime[tiab])")




def question_of(cands: list[Candidate], cand: Candidate, questions=()) -> Question:
    by_id = {q.question_id: q for q in questions} | {c.new_question.question_id: c.new_question
                                                     for c in cands if c.new_question}
    return by_id[cand.claim.question_id]


NEEDLING = """# Microneedling at a clinic: what to expect

Microneedling uses fine needles to make tiny wounds in the skin.

Mild redness is common after microneedling. Serious complications are rare when the clinic is clean. It takes up to two days for the skin to recover and the redness to disappear completely.
"""


def test_serious_harms_get_their_own_question_and_keep_the_umbrella_search():
    cands = extract_claims(article(NEEDLING), [GENERAL_HARMS, DOWNTIME])
    serious = on(cands, "Serious complications")
    q = question_of(cands, serious, [GENERAL_HARMS, DOWNTIME])
    assert q.question_id != "q-harms"  # adverse effects in general do not test serious ones
    assert q.outcome == "serious adverse events" and q.kind == "safety"
    assert '"adverse event*"[tiab]' in q.query  # where serious events are reported
    # a harm named without seriousness still reuses the question on harms
    assert on(cands, "Mild redness").claim.question_id == "q-harms"


def test_other_in_a_question_coordinates_and_a_how_long_question_tests_a_duration():
    cands = extract_claims(article(NEEDLING), [GENERAL_HARMS, DOWNTIME])
    # how long a harm lasts is tested by the question asking how long, not by harms in general
    assert on(cands, "up to two days").claim.question_id == "q-downtime"
    # that redness occurs is tested by the question on harms, not by how long it lasts
    assert on(cands, "Mild redness").claim.question_id == "q-harms"


COMBINED = """# Onion juice for thinning hair

Onion juice is a kitchen remedy for thinning hair. Onion juice may help hair grow in patchy hair loss.

Onion juice mixed with rosemary oil supposedly doubles the results.
"""

ALONE = """# Microneedling for acne scars

Microneedling improves acne scars. In a small trial, microneedling with vitamin C improved scars more than microneedling alone.
"""

AFTER = """# Copper peptide serum

Copper peptide serum smooths fine lines in eight weeks. It is gentle enough for sensitive skin, and even right after microneedling it does not sting.
"""


def test_a_participle_of_joining_makes_the_claim_about_the_combination():
    cands = extract_claims(article(COMBINED))
    q = question_of(cands, on(cands, "mixed with rosemary oil"))
    assert "onion juice" in q.intervention.lower() and "rosemary oil" in q.intervention.lower()
    assert "rosemary" in q.query.lower() and "onion" in q.query.lower()
    # a claim about onion juice on its own stays about onion juice
    assert "rosemary" not in question_of(cands, on(cands, "may help hair grow")).intervention.lower()


def test_with_against_an_alone_arm_joins_the_added_treatment():
    cands = extract_claims(article(ALONE))
    q = question_of(cands, on(cands, "with vitamin C"))
    assert "vitamin c" in q.intervention.lower() and "microneedling" in q.intervention.lower()


def test_right_after_another_procedure_is_a_combination():
    cands = extract_claims(article(AFTER))
    q = question_of(cands, on(cands, "right after microneedling"))
    assert "microneedling" in q.intervention.lower() and "copper" in q.intervention.lower()


def test_an_anti_agent_comparator_names_what_is_compared():
    assert _comparator_purpose("any antidepressant I've tried") == "depression"
    assert _comparator_purpose("anti-inflammatory drugs") == "inflammation"
    assert _comparator_purpose("an antiperspirant") == "perspiration"
    assert _comparator_purpose("minoxidil") == ""
    text = """# Cold plunges for low mood

Cold plunges are popular with athletes. Regular plungers say a cold plunge lifts their mood.

A cold plunge works better than any antidepressant I've tried.
"""
    cands = extract_claims(article(text))
    q = question_of(cands, on(cands, "any antidepressant"))
    assert q.outcome == "depression"


GLOWFIX = """# The Glowfix pen: my honest review

I bought the Glowfix pen last month after seeing it everywhere.

My dermatologist says minoxidil is the usual choice for thinning hair, and minoxidil regrows hair in many men.

Honestly, the Glowfix pen is just as good as minoxidil.
"""


def test_a_comparison_without_outcome_is_made_on_what_the_comparator_is_used_for():
    cands = extract_claims(article(GLOWFIX))
    claim = on(cands, "just as good as minoxidil")
    q = question_of(cands, claim)
    assert "glowfix" in q.intervention.lower() and "hair" in q.outcome.lower()
    # a comparator that is no treatment has no use to compare on
    text = "# Under-eye serum\n\nMy friend tried it.\n\nShe noticed more than colour: her skin colour was even.\n"
    assert all("colour" not in (c.claim.frame.outcome or "") for c in extract_claims(article(text))
               if "more than colour" in c.claim.quote)


def test_a_question_on_a_combination_is_no_test_of_one_part_alone():
    combo = Question("q-combo", "Does microneedling combined with a topical product improve acne scars?",
                     "microneedling plus topical agent", "acne scars", "efficacy",
                     f"{MN} AND topical*[tiab] AND scar*[tiab]")
    plain = Question("q-plain", "Does microneedling improve acne scars?", "microneedling", "acne scars", "efficacy",
                     f"{MN} AND scar*[tiab]")
    text = "# Microneedling for acne scars\n\nMicroneedling improves acne scars in most people.\n"
    assert on(extract_claims(article(text), [combo]), "improves acne scars").claim.question_id != "q-combo"
    assert on(extract_claims(article(text), [combo, plain]), "improves acne scars").claim.question_id == "q-plain"
