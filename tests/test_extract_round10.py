"""Outcomes and right questions, round 10 (issue #14, OUT10): the name a naming construction
gives ("patches doctors call X") is the outcome; a numbered share of people ("fewer than 60% had
lighter spots") has what its verb of experience names; a causative verb's bare infinitive ("make
you peel") and an intransitive verb of change's subject ("their shedding slowed down") name the
outcome; a benefit on a problem a harm entry files ("help with dry, flaky skin") is relief of that
problem in the claim's words; a noun conjunct before a listed one is its own outcome ("hydration,
elasticity and wrinkles"); harm adjectives name their symptoms ("itchy and flaky" -> itching and
flaking) and coordinated harms of several entries are labelled together; a neutral verb of
change denied of an object ("won't affect your blood pressure") is about that object; a name made an
adjective of likeness ("retinol-like") is no subject. The texts are made up for these tests (no
development article)."""

from __future__ import annotations

from tests.extracting import markdown_article as article
from tests.extracting import quoting as on
from tracker.extract import Candidate, _phrase_terms, extract_claims
from tracker.pubmed_query import parse_query


def outcomes_on(cands: list[Candidate], words: str) -> set[str]:
    return {c.claim.frame.outcome for c in on(cands, words)}


def questions_on(cands: list[Candidate], words: str) -> list:
    questions = {c.new_question.question_id: c.new_question for c in cands if c.new_question}
    return [questions[c.claim.question_id] for c in on(cands, words) if c.claim.question_id in questions]


GEL = """Sorrel Gel for Sun-Damaged Skin

Sorrel gel is a cheap cream. In one trial it reduced the crusty, red bumps dermatologists call solar keratoses.

In the actual trial, fewer than 60% had smaller bumps after nine months.

It will probably make you peel at first. Sorrel gel won't affect your blood pressure.

Sorrel gel causes some redness and itching in the first weeks. It made my skin itchy and flaky for a week.
"""


def test_the_name_a_naming_construction_gives_is_the_outcome():
    cands = extract_claims(article(GEL))
    assert outcomes_on(cands, "dermatologists call") == {"solar keratoses"}
    assert {q.outcome for q in questions_on(cands, "dermatologists call")} == {"solar keratoses"}


def test_a_numbered_share_of_people_has_its_verbs_object():
    cands = extract_claims(article(GEL))
    out = outcomes_on(cands, "fewer than 60%")
    assert out == {"bumps"}, out  # not the leftover words "actual trial fewer"


def test_a_causative_verbs_bare_infinitive_names_the_change():
    cands = extract_claims(article(GEL))
    assert outcomes_on(cands, "make you peel") == {"peeling"}
    assert {q.outcome for q in questions_on(cands, "make you peel")} == {"peeling"}


def test_a_denied_neutral_change_is_about_its_object():
    cands = extract_claims(article(GEL))
    assert outcomes_on(cands, "blood pressure") == {"blood pressure"}
    (q,) = questions_on(cands, "blood pressure")
    assert q.kind == "safety" and '"blood pressure"[tiab]' in q.query


def test_harms_of_several_entries_are_labelled_and_searched_together():
    cands = extract_claims(article(GEL))
    (c,) = on(cands, "redness and itching")
    assert c.claim.frame.outcome == "redness and itching"
    (q,) = questions_on(cands, "redness and itching")
    assert "erythema[tiab]" in q.query and "itch*[tiab]" in q.query  # both entries' terms


def test_harm_adjectives_name_their_symptoms():
    cands = extract_claims(article(GEL))
    assert outcomes_on(cands, "itchy and flaky") == {"itching and flaking"}


SHOTS = """Fern Shots: What the Trials Say

Fern shots beat placebo on hydration, elasticity and wrinkles in two trials.

My pharmacist told me fern shots can help with dry, flaky winter skin.

Nine in ten readers who tried it told us their shedding slowed down. Once the crust has cleared, the results are permanent.
"""


def test_a_noun_conjunct_before_a_listed_one_is_its_own_outcome():
    cands = extract_claims(article(SHOTS))
    out = outcomes_on(cands, "hydration, elasticity")
    assert any("hydration" in o for o in out), out  # before the fix it joined the elasticity conjunct
    assert any("elasticity" in o for o in out) and any("wrinkles" in o for o in out)


def test_a_benefit_on_a_problem_filed_as_a_harm_is_relief_in_the_claims_words():
    cands = extract_claims(article(SHOTS))
    assert outcomes_on(cands, "dry, flaky") == {"dry flaky winter skin"}
    (q,) = questions_on(cands, "dry, flaky")
    assert q.kind == "efficacy" and "flaking[tiab]" in q.query  # the entry's terms still searched


def test_an_intransitive_verb_of_change_takes_its_subject_as_outcome():
    cands = extract_claims(article(SHOTS))
    assert outcomes_on(cands, "shedding slowed") == {"shedding"}
    # a fronted condition's subject ("Once the crust has cleared") is not the main clause's outcome
    assert "crust" not in outcomes_on(cands, "results are permanent")


PRESS = """Velvetleaf Serum Launches Today

Velvetleaf serum smooths fine lines. It delivers tretinoin-like results, the brand says.
"""


def test_a_name_made_an_adjective_of_likeness_is_not_the_subject():
    cands = extract_claims(article(PRESS))
    assert all("tretinoin" not in c.claim.frame.intervention.lower() for c in on(cands, "tretinoin-like"))


def test_a_hyphenated_plural_is_searched_whole():
    (term,) = _phrase_terms("eczema flare-ups")
    assert term == '"eczema flare-ups"[tiab]'
    parse_query(f"xyz[tiab] AND {term}")  # a valid PubMed query (PubMed will not truncate "up*")


DROPS = """Sorrel Drops: Benefits and Risks

Sorrel drops make hair grow twice as fast as plain oil.

Mega-doses of sorrel drops can raise calcium in the blood to dangerous levels.

Sorrel drops are cheap. Drinking one tablespoon a day helps you lose weight.
"""


def test_a_caused_change_names_the_outcome_of_a_comparison():
    cands = extract_claims(article(DROPS))
    assert outcomes_on(cands, "make hair grow") == {"hair growth"}


def test_a_harm_as_a_change_in_a_quantity_keeps_its_words():
    cands = extract_claims(article(DROPS))
    assert {q.outcome for q in questions_on(cands, "raise calcium")} == {"blood calcium"}


def test_a_quantity_after_a_verb_of_use_measures_the_topic():
    cands = extract_claims(article(DROPS))
    (c,) = on(cands, "one tablespoon")
    assert "tablespoon" not in c.claim.question_id


BALM = """Moss Balm: Does It Work?

Moss balm is a thick ointment. Moss balm softens fine lines a little. In one trial, wrinkle depth dropped by 20 percent after eight weeks. And it wears off: a month after people stopped, the difference was gone.

Moss balm is non-irritating, even on eczema-prone skin.
"""


def test_a_definite_noun_of_result_refers_back_to_the_result_just_reported():
    cands = extract_claims(article(BALM))
    (c,) = on(cands, "the difference was gone")
    assert "wrinkle" in c.claim.frame.outcome  # the paragraph's result, not the article's main outcome
    assert "off" not in outcomes_on(cands, "wears off")  # a verb's particle is no outcome


def test_a_prone_compound_says_which_skin_it_is_no_outcome():
    cands = extract_claims(article(BALM))
    (q,) = questions_on(cands, "eczema-prone")
    assert "eczema" not in q.outcome and "irritation" in q.outcome
