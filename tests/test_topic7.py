"""TOPIC7 (issue #14): the article's main treatment is what its sentences act with (session 19).

A pharmacy helpline call about a serum the caller bought instead of the retinol she was told to stop,
and an advertising ruling about a caffeine shampoo that claimed to work as well as minoxidil, were
read as about the table's entry (retinol, minoxidil): the table lists what the literature indexes, the
article names it only as the rival it compares with or gives up. A press summary titled "Cold water,
skin and hair" was read as about "hair", the body part the sentences change. English marks what a
text acts with: the object of a verb of use ("bought a squalane oil", "women using the shampoo") and
the subject of a benefit or harm verb ("squalane calmed her redness"); a subject whose verb treats
nothing ("The trial ran for six months") reports, and a compared or stopped mention is the rival.
The texts here are written for these tests."""
from __future__ import annotations

import pytest

from tests.extracting import article
from tracker import extract as ex
from tracker import topic_model as tm


@pytest.fixture(autouse=True)
def _fresh():
    ex._checked_intervention.cache_clear()
    yield
    ex._checked_intervention.cache_clear()


_CALL = ("NIGHT LINE: SKIN QUESTIONS\n\n"
         "CALLER: My dermatologist told me to stop my retinol while I'm breastfeeding, so I bought a squalane oil instead.\n\n"
         "NURSE: That's a common switch. How are you finding it?\n\n"
         "CALLER: My friend says squalane calmed her redness within a week. Is it as strong as retinol?\n\n"
         "NURSE: No. Squalane softens dry skin, but it won't fade wrinkles the way retinol does in trials. "
         "Nothing is as well studied as retinol for lines.\n\n"
         "CALLER: And is it safe while breastfeeding?\n\n"
         "NURSE: Squalane rarely irritates skin, and if you use the squalane at night, patch-test it first. "
         "Keep using squalane on the dry patches, and try retinol again after weaning.\n\n"
         "CALLER: Thank you. The baby is six weeks old. She sleeps well. I am tired. My skin feels tight in the mornings. "
         "The flat is very warm. We keep the heating on. My mother visits on Sundays. She brings soup. "
         "I drink a lot of water. I walk to the park most days. The weather has been grey. "
         "I had my check-up last Tuesday. Everything was fine. The midwife was kind. "
         "I read the label twice. It lists only one ingredient. The bottle is small. It cost twelve pounds.\n\n"
         "NURSE: That all sounds sensible. Call us again if anything changes. Take care.\n")


def test_what_the_sentences_use_and_what_treats_is_counted_not_what_they_compare_or_stop() -> None:
    retinol = ex._INTERVENTION_BY_KEY["retinoids"]
    # "stop my retinol" (given up), "as strong as retinol", "as well studied as retinol" (compared):
    # only "try retinol again" acts with it
    assert tm._acted_with(retinol.regex, _CALL)[0] == 1
    squalane = ex._generic_concept("squalane")
    # bought, calmed, softens, irritates, use, using
    assert tm._acted_with(squalane.regex, _CALL)[0] >= 4


def test_a_subject_whose_verb_treats_nothing_is_not_acted_with() -> None:
    text = ("The trial ran for six months. The slide says the cream is new. "
            "The serum faded dark spots in most women, and women using the serum had fewer breakouts.")
    assert tm._acted_with(ex._generic_concept("trial").regex, text)[0] == 0
    assert tm._acted_with(ex._generic_concept("slide").regex, text)[0] == 0
    assert tm._acted_with(ex._generic_concept("serum").regex, text)[0] == 2


def test_an_unlisted_treatment_the_call_acts_with_beats_the_table_entry_it_stops() -> None:
    art = article(_CALL)
    assert ex._rules_intervention(art).key == "retinoids"  # the table's entry (the rules' pick)
    # old: "retinol (topical retinoids)" (the ranker's preference, .82 against .37, is short of its margin)
    assert "squalane" in ex.detect_intervention(art).label.lower()


def test_a_word_the_text_writes_before_a_noun_gives_way_to_the_phrase_it_opens() -> None:
    text = ("Cold water, skin and hair.\n\n"
            "Cold water is the cheapest habit in this report. In one trial, people who finished each shower with cold "
            "water reported less itching. The cold rinse seals the cuticle, a lab said. Cold water may calm flushing, "
            "and cold water soothes itchy skin. Nobody tested cold water against a cream.\n")
    art = article(text)
    cands = tm.candidates(art, ex._rules_intervention(art))
    cold = next(c for c in cands if c.phrase == "cold")
    starts = [s.start for s in ex.sentences(text)]
    # "cold" alone names a property; the thing the sentences act with is "cold water"
    assert tm._head_for_modifier(cold, cands, text, starts).phrase == "cold water"
    # a name the text mostly writes alone stays ("caffeine", though once "caffeine shampoo")
    text2 = ("Caffeine may help hair. Caffeine reached the roots. They said caffeine stimulates follicles. "
             "Women using the caffeine shampoo lost fewer hairs.\n")
    art2 = article(text2)
    cands2 = tm.candidates(art2, ex._rules_intervention(art2))
    caffeine = next(c for c in cands2 if c.phrase == "caffeine")
    assert tm._head_for_modifier(caffeine, cands2, text2, [s.start for s in ex.sentences(text2)]).phrase == "caffeine"
