"""ANSWER23: elliptical answers and replies in transcripts, FAQs and Q&A (general structure, no topic words).

A speaker's label is no part of the answer; a discourse opener ("Honestly,", "That's fair,", "I'm afraid")
does not change its polarity; an answer affirms or denies the nearest question or statement of the other
speaker before it; a modal answer ("It might.") is a qualified yes."""

from tracker.articles import Article
from tracker.extract import (
    _ANSWER_RE,
    _NEGATIVE_ANSWER_RE,
    _answer_strength,
    _declarative,
    _restated_answers,
    detect_intervention,
    extract_claims,
)


def _article(text: str, title: str = "Quarterly call") -> Article:
    return Article(name="call.txt", title=title, text=text, format="txt", sha256="0" * 64)


def _restated(text: str) -> dict[str, str]:
    """answer as written -> what it is restated as"""
    new, regions = _restated_answers(text, detect_intervention(_article(text)))
    return {text[a:b]: new[c:d] for a, b, c, d in regions}


def test_a_discourse_opener_keeps_the_answer_and_its_polarity():
    for opener in ("Honestly, ", "Honestly? ", "To be fair, ", "Sadly, ", "Permanently, "):
        for word, negative in (("no", True), ("yes", False)):
            m = _ANSWER_RE.match(f"{opener}{word}")
            assert m is not None and m.group("a").lower() == word, (opener, word)
            assert bool(_NEGATIVE_ANSWER_RE.search(m.group("a"))) is negative
    # a sentence going on with a verb of its own is no elliptical answer
    assert _ANSWER_RE.match("Honestly, nobody has measured it") is None


def test_an_answer_after_a_speaker_label_and_an_opener_denies_the_question():
    text = ("ANALYST: A safety question. Has retinol ever caused anything serious?\n\n"
            "DR MARA HOLT: Honestly, no. We have treated thousands of clients.\n")
    assert _restated(text) == {"Honestly, no": "Retinol has not ever caused anything serious"}


def test_a_question_echoing_the_statement_before_it_is_answered_by_that_statement():
    text = ("ANALYST: Your brochure says the results last for life. Does it?\n\n"
            "CEO: Permanently, yes. Once regrown the hair stays.\n")
    assert _restated(text) == {"Permanently, yes": "The results last for life"}
    # a denial says the statement is not true
    denied = _restated(text.replace("Permanently, yes", "Sadly, no"))
    assert denied == {"Sadly, no": "It is not true that the results last for life"}


def test_a_reply_in_a_new_turn_affirms_the_other_speakers_statement():
    text = ("ANALYST: What about laser caps? The big review ranked laser caps first for women.\n\n"
            "DR MARA HOLT: That's fair, it did. But the cap is a big ask.\n")
    assert _restated(text) == {"That's fair, it did": "The big review ranked laser caps first for women"}
    # inside one speaker's paragraph a bare "It did." after a plain statement is no reply to anyone
    same_turn = "The big review ranked laser caps first for women. It did. The cap is a big ask.\n"
    assert _restated(same_turn) == {}


def test_a_modal_reply_to_a_reported_claim_is_a_hedged_yes():
    text = ("ANALYST: Some clinics say retinol just irritates the skin.\n\n"
            "DR MARA HOLT: It can. The stronger cream stings more.\n")
    assert _restated(text) == {"It can": "Retinol just irritates the skin"}
    assert _answer_strength("It can") == "hedged"
    assert _answer_strength("It might.") == "hedged"
    assert _answer_strength("Absolutely.") == "absolute"
    assert _answer_strength("Honestly, no") == "plain"


def test_a_modal_answer_keeps_its_modal_in_the_restated_question():
    primary = detect_intervention(_article("x"))
    assert _declarative("Will it help my sleep?", False, primary, modal="might") == "It might help my sleep"
    assert _declarative("Is it safe for teenagers?", False, primary, modal="can") == "It can be safe for teenagers"
    assert _declarative("Does it work?", False, primary) == "It does work"
    text = "FAQ\n\nWill it help my sleep? It might. One trial found it did.\n"
    assert _restated(text) == {"It might": "It might help my sleep"}


def test_an_answer_opening_a_longer_sentence_is_restated_alone():
    text = "## Is it safe?\n\nFor most adults, yes: there are no side effects at all. Never use one on a baby.\n"
    assert _restated(text) == {"For most adults, yes": "For most adults, it is safe"}


def test_a_reply_before_a_semicolon_answers_a_sworn_belief():
    text = ('You also asked about oil pulling. A friend of mine swears swishing oil "pulls toxins out of the gums". '
            "I'm afraid it doesn't; swishing oil is no substitute for brushing.\n")
    assert _restated(text) == {"I'm afraid it doesn't": "It is not true that swishing oil pulls toxins out of the gums"}


def test_the_restated_answer_is_a_claim_placed_on_the_answer():
    text = ("PRP CLINIC CALL TRANSCRIPT\n\n"
            "ANALYST: Has PRP ever caused anything serious?\n\n"
            "DR MARA HOLT: Honestly, no. Our audit found no serious complication.\n")
    quotes = [c.claim.quote for c in extract_claims(_article(text, "PRP clinic call"))]
    assert "Honestly, no" in quotes


def test_a_noun_phrase_subject_runs_to_the_main_verb_and_rarely_is_seldom_not_never():
    primary = detect_intervention(_article("x"))
    assert _declarative("Will your stretch marks disappear completely?", True, primary) == \
        "Your stretch marks will not disappear completely"
    text = "Your questions\n\nWill the tablets make my heart race? Rarely. Tell your doctor if it does.\n"
    assert _restated(text) == {"Rarely": "The tablets will rarely make my heart race"}
    # a preposition before the verb leaves the subject unfound rather than guessed
    assert _declarative("Will one weekend in the clinic do it?", True, primary) is None
