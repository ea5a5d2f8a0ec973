"""TOPIC2 (issue #14): what a treatment's name is, and what the rules are confident of.

On copy nobody tuned on (a chat export, a shopping channel's transcript, a sales script, a clinic's
letter) the rules named a fragment ("chat with", "favourite with"), a pronoun ("ones"), the
document's genre ("transcript") or its letterhead. A name is a noun phrase the sentences are about:
the rules' pick that is no name, or that no sentence takes as subject or as the object of a verb of
use, is not confident, and the learned ranker decides among the candidates the sentences are about.
The articles here are written for these tests (made-up people, shops and clinics)."""
from __future__ import annotations

import math

import pytest

from tests.extracting import article
from tracker import extract as ex
from tracker import topic_model as tm


@pytest.fixture(autouse=True)
def _fresh_model():
    tm._model.cache_clear()
    ex._checked_intervention.cache_clear()
    yield
    tm._model.cache_clear()
    ex._checked_intervention.cache_clear()


def test_a_phrase_ending_in_a_preposition_or_a_bare_pronoun_names_no_treatment() -> None:
    text = "A favourite with brides. The red ones calm down. Our chat with Mia was long."
    for phrase in ("favourite with", "whatsapp chat with", "ones", "one"):
        assert ex._unfit_main(phrase, text, "Chat with Flat 4B")  # the old code kept all of these
    assert not ex._unfit_main("blue light", "Blue light calms red spots. I use blue light.", "")


_CHAT = """WhatsApp Chat with Flat 9C + plus ones

02/12/2026, 18:02 - Messages and calls are end-to-end encrypted.
02/12/2026, 18:04 - Nia: ok update on the shoulder situation
02/12/2026, 18:05 - Nia: Eight sessions of the violet lamp and my shoulders are clearer
02/12/2026, 18:06 - Tom: the violet lamp is a scam, sorry
02/12/2026, 18:07 - Ada: The violet lamp does help the red ones
02/12/2026, 18:08 - Ada: the deep ones not so much
02/12/2026, 18:09 - Nia: mine are mostly red ones
02/12/2026, 18:10 - Ada: The violet lamp dries the red ones out within a week or two
02/12/2026, 18:11 - Tom: ones like mine never change
02/12/2026, 18:12 - Nia: the violet lamp made my skin a bit tanned
02/12/2026, 18:13 - Ada: one study found the violet lamp cut spots by a third
02/12/2026, 18:14 - Tom: one study is one study
02/12/2026, 18:15 - Nia: I use the violet lamp twice a week now
"""


def test_a_chat_lines_time_stamp_and_speaker_are_no_part_of_its_subject() -> None:
    subjects = ex.sentence_subjects(_CHAT)
    assert sum(s.lower() == "violet lamp" for s in subjects) >= 3  # the old reader saw no subject here
    assert ex._CHAT_STAMP_RE.match("[03/11/2026, 07:12] Priya: hi").end() == len("[03/11/2026, 07:12] ")


def test_a_chat_export_is_about_what_its_messages_are_about_not_its_title_fragment() -> None:
    a = article(_CHAT)
    concept = ex.detect_intervention(a)
    assert "violet" in concept.label.lower()  # the old code said "ones"
    assert not ex.confident_pick(ex._generic_concept("ones"), a)


_TRANSCRIPT = """SHOPNOW TV | Morning Hour with Bea | Broadcast transcript, Friday 4 December
Transcript prepared from the live broadcast. Captions may contain errors.

BEA (host): Good morning! This is the GlowDerm Roller, and its designer is here with me.
TOM (founder): Thanks, Bea. The roller has two hundred fine needles.
BEA: What does it do?
TOM: The roller opens tiny channels, so your serum sinks deeper.
BEA: And the channels close again?
TOM: Within a day. The roller smooths fine lines in two weeks.
"""


def test_the_documents_genre_is_no_confident_pick_but_a_treatment_its_sentences_are_about_is() -> None:
    a = article(_TRANSCRIPT)
    assert not ex.confident_pick(ex._generic_concept("transcript"), a)  # header lines only
    assert ex.confident_pick(ex._generic_concept("roller"), a)  # "The roller opens ..."
    assert ex.confident_pick(ex._INTERVENTION_BY_KEY["minoxidil"], a)  # a listed treatment always is
    # a practice the writer does is one ("the last six years doing mostly dermaplaning")
    assert ex.confident_pick(ex._generic_concept("dermaplaning"), article("I spent years doing mostly dermaplaning."))


def test_without_a_confident_rules_pick_the_best_candidate_a_sentence_is_about_wins() -> None:
    # index 0 is the rules' pick ("training", a title's genre); index 1 the ranker's best, about
    # nothing; index 2 a sentence's subject
    labels, probs = ["training", "team script", "mat"], [0.2, 0.6, 0.1]
    assert tm.pick(labels, probs, 0, 0.5, [False, False, True], confident=False) == 2
    assert tm.pick(labels, probs, 0, 0.5, [False, False, False], confident=False) == 0  # nobody knows better
    assert not tm.plays_role({"log_subject": 0.69}, "seven wellness")  # a number opens no name
    assert tm.pick(labels, probs, 0, 0.5, [False, False, True]) == 0  # a confident pick stays within the margin
    # the best candidate names the rules' treatment: the rules' fuller name stays
    assert tm.pick(["chlorophyll water", "water"], [0.5, 0.4], 0, 0.5, [False, True], confident=False) == 0
    assert tm.plays_role({"log_subject": 0.69}) and tm.plays_role({"used_share": 0.5})
    assert not tm.plays_role({"log_subject": 0.69, "names_outcome": 1.0})  # "skin": an outcome
    assert not tm.plays_role({"log_subject": 0.0, "used_share": 0.0})


_LETTER = """BRAMBLE HAIR & SCALP CLINIC
AFTER-VISIT SUMMARY
Patient: Sam Lowe
Reason for visit: shedding at the crown after four months on minoxidil foam

Dear Sam,

Thank you for coming in. Here is what we discussed about your hair and minoxidil.

Minoxidil works for about a third of people, and it takes four months to tell. Minoxidil can shed
hair in the first weeks. Your hair follicles are healthy, so minoxidil is safe to continue, and
your hair should settle.

Best wishes,
Dr Ivy Hart

Bramble Hair & Scalp Clinic, 3 Mill Lane, Leeds | Privacy notice
"""


def test_a_letterhead_the_footer_repeats_names_the_sender_not_the_subject() -> None:
    a = article(_LETTER)
    # the old code read the letterhead as the headline and named the clinic's "HAIR"
    assert ex._detect_intervention(a).key == "minoxidil"
    assert ex._letterhead("BRAMBLE HAIR & SCALP CLINIC", a.text)
    assert not ex._letterhead("MINOXIDIL FACTS", "MINOXIDIL FACTS\n\nbody\n\nmore\n\nthe end")
    assert ex._headline("BRAMBLE HAIR & SCALP CLINIC", a.text) != "BRAMBLE HAIR & SCALP CLINIC"


def test_a_time_of_day_is_no_recurring_treatment() -> None:
    text = ("Ice Rolling Chat\n\nmy roller every morning, the morning glow.\nThe roller de-puffs me. "
            "In the morning the roller is cold. The morning is calm.\n")
    found = ex._recurring_treatment(article(text), "Ice Rolling Chat")
    assert found is None or "morning" not in found.label.lower()


def test_a_class_member_the_title_names_is_read_inside_sentences_not_after_a_line_break() -> None:
    # "Tazarotene" opening a paragraph after a heading is capitalised by position, not a brand: the
    # article titled by the member is about the member (the old code kept the class, "retinol")
    text = ("Tazarotene | DermWiki\n\nTazarotene is a retinoid.\nUses\nTazarotene clears acne in 12 weeks.\n"
            "Comparison\nTazarotene is often stronger than tretinoin.\nIn a trial of 300 adults, tazarotene "
            "0.1% cream smoothed fine lines. Tazarotene can irritate skin. Retinoids need sunscreen.\n")
    concept = ex._detect_intervention(article(text))
    assert concept.label.lower() == "tazarotene" and concept.parent



def test_a_bare_device_head_chosen_by_the_ranker_is_short_for_the_products_name() -> None:
    def cand(phrase: str, count: int) -> tm.TopicCandidate:
        return tm.TopicCandidate(phrase, ex._generic_concept(phrase), ("ngram",), {"log_count": math.log1p(count)},
                                 generic=True)
    pen, named, once = cand("pen", 12), cand("glowderm home pen", 4), cand("lip pen", 1)
    assert tm._compound_for_head(pen, [pen, named, once]) is named  # (the old code asked about "pen")
    assert tm._compound_for_head(pen, [pen, once]) is pen  # a compound said once is a description
    mat = cand("mat", 6)
    assert tm._compound_for_head(mat, [mat, cand("yoga mat", 3)]) is mat  # no device head: kept


def test_a_claims_other_treatment_is_a_noun_phrase_not_a_multiplier_or_a_clause() -> None:
    primary = ex._generic_concept("collagen gummies")
    text = "Collagen gummies for skin.\n\nTwice as effective as ordinary collagen powders. Tried them."
    # the old code took "twice as" for another treatment, and asked about it for the claims after it
    assert ex._other_treatment("Twice as effective as ordinary collagen powders", primary, text) is None
    assert not ex._names_a_thing("twice as") and not ex._names_a_thing("wore it with my")
    assert not ex._names_a_thing("swallowed the drug")
    assert ex._names_a_thing("peppermint oil") and ex._names_a_thing("oral minoxidil")
    other = ex._other_treatment("Peppermint oil calms an itchy scalp", primary, "Peppermint oil calms an itchy scalp.")
    assert other is not None and "peppermint" in other.label.lower()
