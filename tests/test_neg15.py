"""NEG15: misreadings of a pasted Q/A column on at-home microneedling, fixed by their mechanism: a negation
inside a noun's modifier (relative clause, reduced relative) restricts the noun and never negates the main
verb; a verb is never the article's intervention; attributive modifiers before a treatment's name belong to an
elliptical question's subject; a degree clause of entry ("how much of X gets into the skin") names the
quantity that enters, its penetration."""

from __future__ import annotations

from tests.extracting import article, claim_with
from tracker import frames
from tracker.extract import _declarative, _generic_concept, detect_intervention, extract_claims
from tracker.frames import outcome_of, parse_frame, relation_of

COLUMN = """Ask the pharmacist: should you roll needles over your face at home?

Our pharmacist answers readers' questions every month.

Q: Does a derma roller help acne scars?

A: Yes, modestly. In clinical trials, microneedling improved atrophic acne scars after three to six sessions.

Q: Is at-home microneedling painful?

A: Hardly at all with a 0.25 mm roller. Most people feel a light prickling.

Q: Can rolling make my serum work better?

A: Probably. Microneedling increases how much of a topical product gets into the skin.

Q: Is it safe?

A: For healthy adults, mostly. Rollers that are not cleaned can cause infections.
"""


def test_a_negation_inside_a_relative_clause_never_negates_the_main_verb():
    # (an example topic: the rule is the relative clause's structure, whatever its noun)
    for s in ("Rollers that are not cleaned can cause infections.",
              "Needles that are not sterile can cause infections.",
              "Rollers which aren't cleaned can cause infections.",
              "Needles that are not sterile cause infections.",
              "Creams that do not contain fragrance can irritate the skin."):
        assert relation_of(s) == "harm", s


def test_a_negated_reduced_relative_restricts_its_noun():
    assert relation_of("Rollers not cleaned properly can cause infections.") == "harm"
    assert relation_of("Needles not sterilised between uses can cause infections.") == "harm"


def test_the_main_verb_keeps_its_own_negation():
    assert relation_of("Rollers that are not cleaned do not cause infections.") == "denies_harm"
    assert relation_of("Studies show that microneedling does not cause infections.") == "denies_harm"
    assert relation_of("It does not cause infections.") == "denies_harm"


def test_the_column_reads_the_unclean_roller_as_a_harm():
    cands = extract_claims(article(COLUMN, "qa.txt"))
    c = claim_with(cands, "Rollers that are not cleaned")
    assert c.claim.frame is not None and c.claim.frame.relation == "harm"
    assert c.claim.stance != "denies"


def test_a_verb_is_never_the_intervention():
    text = "Home tools\n\nNeedles that are not sterile can cause infections. Rollers that are not cleaned can cause infections.\n"
    concept = detect_intervention(article(text, "tools.txt"))
    assert concept.label.lower() != "cause"


def test_a_minimiser_answer_to_a_question_with_a_premodified_subject():
    primary = _generic_concept("microneedling")
    assert _declarative("Is at-home microneedling painful?", True, primary, "hardly") == \
        "At-home microneedling is hardly painful"
    assert _declarative("Is my skin too thin for microneedling?", True, primary) is None
    cands = extract_claims(article(COLUMN, "qa.txt"))
    c = claim_with(cands, "Hardly at all")
    assert c.claim.frame is not None and c.claim.frame.relation == "denies_harm"


def test_a_degree_clause_of_entry_names_penetration():
    s = "Microneedling increases how much of a topical product gets into the skin."
    assert frames.degree_clause_nominal(s) == "Microneedling increases the penetration of a topical product into the skin."
    assert "penetration" in outcome_of(s, "benefit")
    assert relation_of(s) == "mechanism"
    frame = parse_frame(s)
    assert frame.outcome is not None and "how" not in frame.outcome.split()
    # not the object of a verb of change: left alone
    assert frames.degree_clause_nominal("Nobody knows how much of it gets into the skin.") == \
        "Nobody knows how much of it gets into the skin."


def test_the_column_tests_the_penetration_claim_on_penetration():
    cands = extract_claims(article(COLUMN, "qa.txt"))
    c = claim_with(cands, "how much of a topical product")
    assert c.claim.frame is not None and "penetration" in (c.claim.frame.outcome or "")
    q = c.new_question
    asked = f"{q.statement} {q.outcome}" if q is not None else c.claim.question_id
    assert "acne" not in asked and "scar" not in asked
