"""Questions and outcomes, round 13 (issue #14, QST13): what the claim's question tests.

- a word the text only ever capitalises inside a sentence is part of a name ("The Glow Report" podcast),
  never the article's main outcome;
- a title's noun phrase ends before a quantifier ("Oil Pulling Every Morning"), and a time of day
  is no treatment;
- a one-word name the text keeps using as the modifier of one noun ("ear" of "ear seeds") gives way
  to that compound;
- a comparative predicated of a noun ("my mouth feels cleaner", "my breath in the morning is fresher")
  names the compared property, its own outcome;
- a fronted participle clause ("Pooled across controlled trials, ...") is no object;
- "less groggy" compares grogginess; "your hair is growing faster" is a change of the hair;
- a possessive pronoun ("mine have stopped bleeding") is no treatment, nor is a heading naming a
  measure of treatment ("Courses").

The texts are made up for these tests (no development article)."""

from __future__ import annotations

from pathlib import Path

from tests.extracting import article, claim_with, markdown_article, question_of
from tracker.claims import load_questions
from tracker.extract import _main_outcome, _recurring_treatment, detect_intervention, extract_claims

QUESTIONS = load_questions(Path(__file__).resolve().parents[1] / "questions.csv")


def _outcome_words(cands, words: str) -> str:
    c = claim_with(cands, words)
    return f"{question_of(cands, c).outcome} {c.claim.frame.outcome or ''}".lower()


def test_a_name_is_not_the_main_outcome():
    # "The Glow Report" is a show's name: its "glow" is no skin benefit the episode is about.
    text = ("# The Glow Report, Episode 12: Do brow gels actually work? (with brow artist Mo Park)\n\n"
            "Mo tried six brow gels on her clients. *The Glow Report is for entertainment only.*\n\n"
            "**Mo:** A tinted brow gel holds brows in place all day.\n")
    doc = markdown_article(text)
    main = _main_outcome(doc, detect_intervention(doc))
    assert main is None or "texture" not in main.label


def test_a_quantifier_ends_the_title_noun_phrase():
    text = ("I Tried Dry Brushing Every Morning for 30 Days. Here's My Diary.\n\n"
            "Dry brushing is simple: you sweep a stiff brush over your skin before a shower.\n\n"
            "DAY 2\nDry brushing takes two minutes. My skin feels softer already.\n\n"
            "DAY 9\nA friend says dry brushing cured her cellulite. I doubt it.\n\n"
            "DAY 30\nDry brushing made my legs smoother, and it costs nothing. Every morning I look forward to it.\n")
    label = detect_intervention(article(text)).label.lower()
    assert "brushing" in label and "morning" not in label


def test_a_modifier_gives_way_to_its_compound():
    # The phrase model doubts "ear seeds" and likes "ear"; the text uses "ear" to modify "seeds".
    text = ("Treatment Menu | Maple Calm Studio\n\n"
            "Our Treatment Menu\n"
            "Every treatment begins with a short chat.\n"
            "Ear Seeds & Acupressure\n"
            "Basic Ear Seeds - 20 min - £30\n"
            "Small seeds, taped to the ear, press on points. Ear seeding eases stress from the first visit.\n"
            "Deep Sleep - 40 min - £45\n"
            "Seeds placed on the ear's sleep points help most clients fall asleep faster.\n"
            "FAQ\n"
            "Do ear seeds hurt? No, the seeds are gentle.\n")
    menu = article(text)
    assert _recurring_treatment(menu, menu.title or "").label.lower() == "ear seeds"


def test_a_predicated_comparative_is_the_outcome_of_a_comparison():
    text = ("I Tried Oil Pulling Every Morning for 30 Days\n\n"
            "Oil pulling is simple: you swish coconut oil around your mouth, then spit it out. My feed is full "
            "of people swearing it whitened their teeth. Oil pulling whitens teeth, they say. "
            "Whitening is the big promise of oil pulling.\n\n"
            "DAY 3\nAlready my mouth feels cleaner than after brushing.\n\n"
            "DAY 9\nMy breath in the morning is noticeably fresher.\n")
    cands = extract_claims(article(text), QUESTIONS)
    assert "mouth" in _outcome_words(cands, "mouth feels cleaner")
    assert "breath" in _outcome_words(cands, "breath in the morning")


def test_a_fronted_participle_clause_is_no_object():
    text = ("Scalp injections for men's hair loss\n\n"
            "Scalp injections are sold to men with hair loss. Pooled across controlled trials, scalp injections "
            "raised hair density compared with saline.\n")
    cands = extract_claims(article(text), QUESTIONS)
    assert "trials" not in _outcome_words(cands, "Pooled across")


def test_less_with_an_adjective_compares_its_state():
    text = ("Nasal strips at night\n\n"
            "Nasal strips open the nose at night. Most of my patients tell me they wake up less groggy within "
            "the first week of nasal strips.\n")
    cands = extract_claims(article(text), QUESTIONS)
    assert "grogginess" in _outcome_words(cands, "less groggy")


def test_a_progressive_change_names_its_subject():
    text = ("Sea buckthorn gel, my morning ritual\n\n"
            "I take a spoonful of sea buckthorn gel every morning. So many of you have messaged me that your "
            "hair is growing faster since you started taking sea buckthorn gel.\n")
    cands = extract_claims(article(text), QUESTIONS)
    assert "hair" in _outcome_words(cands, "hair is growing faster")


def test_a_possessive_pronoun_is_no_treatment():
    text = ("I Tried Oil Pulling for a Month\n\n"
            "Oil pulling means swishing oil round your mouth. My sister's gums bled for years; "
            "mine have stopped bleeding when I floss.\n")
    cands = extract_claims(article(text), QUESTIONS)
    c = claim_with(cands, "mine have stopped")
    assert "mine" not in question_of(cands, c).intervention.lower()


def test_a_heading_naming_a_measure_of_treatment_is_no_treatment():
    # "Courses" heads a section on how many sessions to book, not another treatment.
    text = ("Treatment Menu | Maple Calm Studio\n\n"
            "Ear Seeds\n"
            "Small seeds, taped to the ear, press on points. Ear seeds ease stress from the first visit.\n"
            "Courses\n"
            "A course of six weekly sessions gives lasting relief from period pain. Book the course and save.\n")
    cands = extract_claims(article(text), QUESTIONS)
    c = claim_with(cands, "A course of six")
    assert "course" not in question_of(cands, c).intervention.lower()
