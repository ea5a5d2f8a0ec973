"""RECALL2: the question an elliptical reply in a chat export answers is shown without the message stamp."""

from tracker.text import answered_question, quote_in_context

CHAT = ("03/12/2026, 19:25 - Lou: does it hurt?\n"
        "03/12/2026, 19:25 - Mia: Not even slightly. Warm, like lying in the sun\n")
BRACKETED = ("[03/11/2026, 07:30] Mia: is it ok for sensitive skin??\n"
             "[03/11/2026, 07:31] Zoe: yes!! it calms the redness\n")


def test_a_chat_stamp_and_sender_are_no_part_of_the_question():
    at = CHAT.index("Not even slightly")
    assert answered_question(CHAT, at, at + len("Not even slightly")) == "does it hurt?"
    assert quote_in_context(CHAT, at, at + len("Not even slightly")) == "“does it hurt?” → Not even slightly"
    at = BRACKETED.index("yes!!")
    assert answered_question(BRACKETED, at, at + len("yes!! it calms the redness")) == "is it ok for sensitive skin??"


def test_a_speaker_label_is_still_dropped_and_a_plain_question_kept():
    text = "ANCHOR: Is it painful?\nDR. LEE: Not at all."
    at = text.index("Not at all")
    assert answered_question(text, at, at + len("Not at all")) == "Is it painful?"
    text = "Is it safe in pregnancy? Yes."
    assert answered_question(text, text.index("Yes"), text.index("Yes") + 3) == "Is it safe in pregnancy?"
