"""Outcomes read from structure, round 12 (issue #14, OUT12): the specific state a clause names
beats the generic "adverse effects" label (a denied resultative's adjectives, a causative light
verb's object, a denied verb with its object, a named problem in the denied predicate, a
severity modifier: serious adverse events); closed classes of English are no outcome
(prepositions, time expressions, general anaphoric nouns, relational part nouns), and a pronoun a
verb of subsiding takes refers to the state its sentence named; a comparative adjective
predicated of a noun names its property over a table entry that does not; a result said to last
is the durability of the article's main result. The texts are made up for these tests (no
development article)."""

from __future__ import annotations

from tests.extracting import markdown_article as article
from tests.extracting import quoting as on
from tracker.extract import _clean_outcome_words, extract_claims


def outcomes(text: str, words: str) -> set[str]:
    return {c.claim.frame.outcome or "" for c in on(extract_claims(article(text)), words)}


def test_a_denied_resultative_names_its_states_not_harms_in_general():
    text = ("# Kerasol capsules for thinning hair\n\nCapsules are simpler than a foam: nothing to massage in, "
            "and they will not leave your hairline itchy or flaky.\n")
    found = outcomes(text, "leave your hairline")
    assert "adverse effects" not in found
    assert any("itch" in o for o in found), found


def test_a_denied_verb_with_its_object_is_the_harm():
    text = "# Velora patches for crow's feet\n\nUnlike fillers, Velora patches never stiffen your smile.\n"
    found = outcomes(text, "never stiffen")
    assert found == {"smile stiffening"}, found


def test_a_named_problem_inside_the_denied_predicate_beats_the_generic_label():
    text = "# Ice rolling for puffy eyes\n\nThere is no needle and no chemical, so it won't trigger age spots.\n"
    cands = on(extract_claims(article(text)), "trigger age spots")
    assert {c.claim.frame.relation for c in cands} == {"denies_harm"}
    assert all("adverse" not in c.claim.question_id and "age spots" in c.claim.question_id.replace("-", " ")
               for c in cands), [c.claim.question_id for c in cands]


def test_a_causative_light_verbs_object_is_the_harm():
    text = ("# Lip plumping pens\n\nThese pens are not approved for injecting fillers, they can leave small bumps, "
            "and if the gel slips into a vein it can damage the skin around it.\n")
    assert outcomes(text, "leave small bumps") == {"small bumps"}


def test_a_severity_modifier_makes_serious_adverse_events():
    text = "# Oral finasteride for men\n\nIn the two trials, no serious adverse reactions were reported.\n"
    cands = on(extract_claims(article(text)), "no serious adverse reactions")
    assert {c.claim.frame.outcome for c in cands} == {"serious adverse events"}
    assert all("serious adverse event" in c.new_question.query for c in cands if c.new_question)


def test_closed_class_words_are_no_outcome():
    for words in ("around", "the situation", "next morning", "top layer", "the problem", "the surface"):
        assert not _clean_outcome_words(words), words
    for words in ("hair shedding", "skin problems", "blood pressure", "dryness"):
        assert _clean_outcome_words(words), words
    text = "# Gua sha for rosacea\n\nThe stone can press on them and worsen the situation.\n"
    assert "situation" not in " ".join(outcomes(text, "worsen the situation"))


def test_a_subsiding_pronoun_takes_the_state_its_sentence_named():
    text = "# Lip plumping gloss\n\nHere's week one. Slightly swollen, totally fine, it goes down by the evening.\n"
    assert outcomes(text, "it goes down") == {"swelling"}


def test_a_predicated_comparative_names_its_property_over_a_loose_entry():
    text = ("# Rice water toner\n\nMost users say their skin looks brighter after a week.\n\n"
            "Used nightly, the toner keeps skin plumper for longer than a cream.\n\n"
            "The toner makes your skin firmer.\n")
    cands = extract_claims(article(text))
    assert {c.claim.frame.outcome for c in on(cands, "looks brighter")} == {"skin brightness"}
    assert {c.claim.frame.outcome for c in on(cands, "keeps skin plumper")} == {"skin plumpness"}
    # the entry's own property ("firmness") keeps the entry
    assert all("firmness" in (c.claim.frame.outcome or "") and "elasticity" in (c.claim.frame.outcome or "")
               for c in on(cands, "skin firmer"))


def test_a_result_said_to_last_is_the_durability_of_the_main_result():
    text = "# PRP for dark circles\n\nPRP fades dark circles. Results last up to a year.\n"
    assert outcomes(text, "Results last") == {"durability of dark circles"}


def test_an_outcome_phrase_ends_before_a_prepositions_adjunct():
    text = ("# Iontophoresis for sweaty palms\n\nIontophoresis stops sweating.\n\n## Should you try it?\n\n"
            "- Expect four sessions, two weeks apart\n- Your palms will be dry after the second session, clinics "
            "say, but most trials measured results after the full course\n")
    cands = extract_claims(article(text))
    for c in on(cands, "will be dry") + on(cands, "most trials measured"):
        assert "after" not in (c.claim.frame.outcome or "") and "after" not in c.claim.question_id, c.claim


def test_a_verb_of_giving_results_is_no_outcome_word():
    text = "# Bakuchiol serum for wrinkles\n\nBakuchiol smooths wrinkles. New serum delivers retinol-like results.\n"
    found = outcomes(text, "delivers retinol-like results")
    assert not any("penetration" in o or "absorption" in o for o in found), found
