"""RECALL2: a chat export's message stamps and elliptical replies (general structure, no topic words)."""

from tracker.articles import Article
from tracker.extract import _declarative, _restated_answers, detect_intervention, extract_claims, sentences


def _article(text: str, title: str = "Group chat") -> Article:
    return Article(name="chat.txt", title=title, text=text, format="txt", sha256="0" * 64)


def _texts(text: str) -> list[tuple[str, bool]]:
    return [(text[s.start:s.end], s.heading) for s in sentences(text)]


def test_chat_stamp_and_sender_are_no_part_of_the_message():
    text = ("[03/11/2026, 07:15] Priya: it calms the redness in five minutes\n"
            "03/12/2026, 19:11 - Sam: And it does nothing for the deep ones\n")
    got = _texts(text)
    assert ("it calms the redness in five minutes", False) in got
    assert ("And it does nothing for the deep ones", False) in got
    assert not any(t.startswith(("[03", "03/")) for t, _ in got)


def test_a_short_chat_message_is_said_not_a_heading():
    text = "[03/11/2026, 07:25] Hannah: gentler than my retinol anyway\n"
    assert _texts(text) == [("gentler than my retinol anyway", False)]


def test_a_negated_least_degree_answers_no_in_a_chat():
    text = ("03/12/2026, 19:25 - Lou: does it hurt?\n"
            "03/12/2026, 19:25 - Mia: Not even slightly. Warm, like lying in the sun\n")
    _, regions = _restated_answers(text, detect_intervention(_article(text)))
    assert any(text[a:b] == "Not even slightly" for a, b, _, _ in regions)


def test_a_vocative_before_the_question_keeps_it_a_yes_no_question():
    assert _declarative("And Maureen, did it hurt?", True, detect_intervention(_article("x")), "barely") is not None


def test_an_elliptical_reply_after_a_vocative_question_is_a_claim():
    text = ("HOST: The pen is our best seller this year and everyone loves it.\n\n"
            "HOST: And Maureen, did it hurt?\n\n"
            "MAUREEN: Barely. A little prickle on the forehead, nothing more.\n")
    quotes = [c.claim.quote for c in extract_claims(_article(text, "The pen"))]
    assert "Barely" in quotes


def test_a_possessive_pronoun_is_never_a_confident_pick_of_the_treatment():
    from tracker.extract import _generic_concept, confident_pick
    text = ("Group chat\n\n"
            "02/12/2026, 18:05 - Nia: Eight sessions of the violet lamp and my shoulders are clearer\n"
            "02/12/2026, 18:09 - Nia: mine are mostly red ones\n"
            "02/12/2026, 18:11 - Tom: mine never change\n")
    assert not confident_pick(_generic_concept("mine"), _article(text))
