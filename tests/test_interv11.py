"""INTERV11 (issue #14): each claim's own treatment on pages about several treatments.

Reference, not the page's topic, decides a claim's treatment. A heading whose name follows a run-in label and its
colon ("FOR YOUR KNEE: KINESIO TAPING", "Capsules: VitaFlex turmeric") heads its section as a bare heading does,
the label saying for whom or when, capitals only shouting and a brand's words no part of the name; a product
named only by its brand and form is a form of the page's treatment. A definite description with the heading's
head noun ("The taping is ...") or a pronoun after a person's report ("You will hear that it ...") takes the
heading up. A question on a line of its own with a noun-phrase subject introduces a new referent for the
pronouns of its answer. A table's column head is a treatment only when it reads as one ("Best for" is an
attribute's label); rows named by the page treatment's head noun are its forms. A ranking preposition ("ahead
of", "above") and a coordinated second comparator mark a compared mention, never the page's subject. Short
synthetic articles on made-up material, so no devset article is fitted."""
from __future__ import annotations

from tests.extracting import article, claim_with
from tracker.extract import (
    Candidate,
    _compared_mention,
    _generic_concept,
    _question_referent,
    _sections,
    _taken_up,
    extract_claims,
)


def _arm(c: Candidate) -> str:
    frame = c.claim.frame
    assert frame is not None
    return f"{frame.intervention} {frame.intervention_norm}".lower()


_LETTER = (
    "GREENWAY PHYSIOTHERAPY\n"
    "3 Mill Lane, Ashby\n\n"
    "Dear Mr Lowe,\n\n"
    "YOUR REVIEW IS DUE\n\n"
    "It is now three months since your last visit. Please call reception to book.\n\n"
    "FOR YOUR KNEE: KINESIO TAPING\n\n"
    "The taping is put on in five minutes. Worn for three days, it eases knee pain on stairs. "
    "It is safe on most skin.\n\n"
    "Capsules: VitaFlex turmeric\n\n"
    "Our best-seller for stiff joints. In a small trial, the turmeric in VitaFlex eased morning stiffness. "
    "Swallowed with food, the turmeric is gentle on the stomach.\n\n"
    "Yours sincerely,\n"
    "Dr A Reed\n")


def test_a_heading_after_a_run_in_label_heads_its_section() -> None:
    text = _LETTER
    topics = {text[a:text.find("\n", a)]: t for a, _, t in _sections(text, _generic_concept("ice pack"))}
    assert topics["KINESIO TAPING"] is not None and "taping" in topics["KINESIO TAPING"].label.lower()
    # the brand's word ("VitaFlex") is no part of the name; the rest names the treatment
    assert topics["VitaFlex turmeric"] is not None and topics["VitaFlex turmeric"].label == "turmeric"
    assert topics["YOUR REVIEW IS DUE"] is None


def test_claims_under_a_labelled_heading_are_about_its_treatment() -> None:
    cands = extract_claims(article(_LETTER))
    assert "taping" in _arm(claim_with(cands, "eases knee pain on stairs"))
    assert "turmeric" in _arm(claim_with(cands, "eased morning stiffness"))


def test_a_brand_and_form_heading_names_no_treatment_of_its_own() -> None:
    text = ("Autumn guide\n\nHere is what we stock.\n\n"
            "For men: Thickra 5% Foam\n\nThickra Foam regrows hair on the crown in 16 weeks.\n\n"
            "For women: Thickra Women\n\nUsed twice a day, it fills in a widening parting.\n")
    topics = {text[a:text.find("\n", a)]: t for a, _, t in _sections(text, _generic_concept("minoxidil"))}
    assert "Thickra 5% Foam" in topics and "Thickra Women" in topics
    assert topics["Thickra 5% Foam"] is None and topics["Thickra Women"] is None


def test_a_definite_description_or_a_reported_pronoun_takes_a_heading_up() -> None:
    body = "## 3. Nettle tea\n\nYou will hear that it clears hay fever. It does not shorten a cold.\n"
    text = "Spring remedies\n\n" + body
    at = text.index("Nettle tea")
    assert _taken_up("Nettle tea", text, at, len(text))
    body2 = "Spring remedies\n\nKINESIO TAPING\n\nThe taping is put on in five minutes.\n"
    assert _taken_up("kinesio taping", body2, body2.index("KINESIO"), len(body2))
    # no pronoun nor description: a theme, not a referent
    body3 = "Spring remedies\n\n## Nettle tea\n\nMost of our readers walk twice a week.\n"
    assert not _taken_up("Nettle tea", body3, body3.index("Nettle"), len(body3))


def test_a_question_with_a_noun_phrase_subject_introduces_a_new_referent() -> None:
    primary = _generic_concept("warm compresses")
    old = _generic_concept("skin needling")
    text = "Is acupuncture worth it?\nMany say it helps."
    assert _question_referent("Does it hurt?", primary, text, old) is old  # a pronoun continues the old referent
    assert _question_referent("Is acupuncture worth it?", primary, text, old) is not old


def test_an_attribute_column_is_no_treatment_and_rows_of_the_topic_are_its_forms() -> None:
    text = ("Memory foam pillows compared\n\n"
            "A memory foam pillow supports your neck through the night.\n\n"
            "| Pillow | Height | Best for |\n"
            "|---|---|---|\n"
            "| DreamCloud Classic | 12 cm | Eases neck pain in four weeks |\n"
            "| DreamCloud Slim | 9 cm | Stops snoring |\n")
    cands = extract_claims(article(text))
    c = claim_with(cands, "Eases neck pain")
    assert "best for" not in _arm(c)
    assert _arm(c) == _arm(claim_with(cands, "supports your neck"))  # the page's treatment, whatever it is read as


def test_a_ranking_preposition_or_a_second_compared_conjunct_marks_a_compared_mention() -> None:
    text = "It is the best-evidenced treatment, ahead of minoxidil. The ranking put it top, above finasteride and minoxidil."
    first = text.index("minoxidil")
    second = text.rindex("minoxidil")
    assert _compared_mention(text, first)
    assert _compared_mention(text, second)
    plain = "Minoxidil regrows hair, and finasteride and minoxidil together do more."
    assert not _compared_mention(plain, 0)
    assert not _compared_mention(plain, plain.rindex("minoxidil"))


def test_the_title_a_compared_treatment_or_a_person_never_heads_a_labelled_section() -> None:
    text = ("# Nettle Tea: The Hedgerow Brew That Rivals Antihistamines\n\n"
            "Nettle tea is cheap. It soothes hay fever.\n\n"
            "Tried by: Ms Ada Lowe (patient)\n\n"
            "She drank it daily. It eased her sneezing.\n")
    topics = {text[a:text.find("\n", a)]: t for a, _, t in _sections(text, _generic_concept("nettle tea"))}
    assert not any("Rivals" in k for k in topics)  # the page's first line is its title
    assert all(t is None for t in topics.values())
