"""tracker.claim_model (CLAIM8): what makes a unit a claim, read from structure, on copy the rules were never
tuned on. A claim asserts an effect of a treatment on a health outcome (a change or an evaluative predicate with
the treatment or its anaphor in scope, or a denial of the evidence for one); a problem description has the
condition as subject and the person's feelings as predicate; an attribute predicates a sensory property or a price
of the product. The sentences are written for this test; the extractor and the shipped model are real."""

from __future__ import annotations

import re

from tracker import claim_model as cm


def _unit(text: str, **kw) -> cm.ClaimUnit:
    return cm.ClaimUnit(text=text, sentence=text, start=0, end=len(text), rule_score=0.0, **kw)


CTX = cm.ArticleContext(intervention=re.compile(r"\bcica balm\b", re.I))


def _structure(text: str, outcome: str | None = None) -> set[str]:
    spans = ()
    if outcome is not None:
        at = text.lower().index(outcome.lower())
        spans = ((at, at + len(outcome)),)
    return {k for k in cm.features(_unit(text, outcome_spans=spans), CTX) if k.startswith("s:")}


def test_a_denial_of_evidence_is_read_whatever_its_evidential_word():
    # a negative over an evidential noun or verb, the unit ending at the anaphor that carries its content
    for text in ("No study has ever shown that", "There is no real evidence for this", "an idea that remains unproven",
                 "Not that anybody has proven", "Trials have not demonstrated it"):
        assert "s:evidence_denied" in _structure(text), text
    # evidence asserted, or a negation elsewhere, is no denial
    for text in ("Two trials have shown that it works", "The evidence is strong", "It does not sting"):
        assert "s:evidence_denied" not in _structure(text), text


def test_an_answer_particle_opens_an_elliptical_answer_but_a_negative_determiner_does_not():
    for text in ("Honestly? No.", "Yes, within a month", "Possibly, for older skin", "Only if you are deficient"):
        assert "s:answer_particle" in _structure(text), text
    # "No" determining a noun phrase ("No study ...") is a quantifier, not an answer
    for text in ("No study has shown that", "Nobody mentioned it", "Yesterday it rained"):
        assert "s:answer_particle" not in _structure(text), text


def test_a_sensory_property_of_the_treatment_is_an_attribute_and_a_change_in_the_skin_is_not():
    assert {"s:attribute", "s:attribute_of_treatment", "s:treatment_subject"} <= _structure("It smells faintly of mint")
    assert "s:attribute_of_treatment" in _structure("The cica balm costs £12 a tub")
    # what the user's skin feels or looks like is the outcome, not a property of the product
    assert "s:attribute" not in _structure("My skin feels softer after a week", outcome="skin")


def test_a_problem_description_has_the_condition_as_subject_and_a_feeling_as_predicate():
    f = _structure("Red patches can leave anyone self-conscious", outcome="Red patches")
    assert {"s:outcome_subject", "s:feeling"} <= f and "s:treatment_subject" not in f
    # with the treatment in the clause, the condition is what it changes
    f = _structure("Red patches faded with the cica balm", outcome="Red patches")
    assert "s:outcome_subject" not in f and "s:treatment_in_clause" in f


def test_degree_association_and_evaluative_predicates_mark_an_asserted_effect():
    assert "s:degree" in _structure("Skin more soft and more even after 4 weeks")  # verbless, as a label writes it
    assert "s:degree" in _structure("Used with a retinoid, the effect is double")
    assert "s:association" in _structure("High doses have been linked to kidney stones")
    assert "s:modal_effect" in _structure("It can sting broken skin")
    assert "s:modal_effect" not in _structure("It can be bought online")  # a copula: no effect verb
    f = _structure("The cica balm worked for my daughter within days")
    assert {"s:evaluative", "s:evaluative_treatment", "s:treatment_subject"} <= f


def test_the_rules_relation_reading_is_a_feature_and_the_new_features_leave_the_shipped_model_loadable():
    assert "s:rel=harm" in _structure("It can cause a rash and blistering")
    assert "s:rel=no_effect" in _structure("It does not reduce redness at all", outcome="redness")
    # the structure features are added to version 3's (none removed or renamed): the shipped weights still load
    cm._model.cache_clear()
    m = cm._model()
    p = cm.probability(_unit("The cica balm worked for my daughter within days"), CTX)
    assert 0.0 <= p <= 1.0 and m.keep_threshold > 0.0


def test_a_clause_classifying_the_treatment_by_a_kind_is_never_rescued_unless_it_grades_or_names_an_effect():
    def rescuable(text: str, **kw) -> bool:
        return cm.rescuable(_unit(text, mentions_intervention=True, **kw))

    # what the treatment is, not what it does
    assert not rescuable("The cica balm is a thick ointment")
    assert not rescuable("Cica is a plant your grandmother grew")
    # graded ("one of the gentlest"), with a harm, or with an outcome: an evaluation or an effect
    assert rescuable("It is one of the gentlest balms I have used")
    assert rescuable("Cica is one of the milder soothing ingredients")
    assert rescuable("It is a balm that causes no irritation")
    assert rescuable("It is a fix for cracked heels", outcome_spans=((13, 25),))
    # no copula of classification: the rule does not apply
    assert rescuable("It softened my cracked heels in a week")
