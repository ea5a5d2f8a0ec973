"""Recall by document structure, round 12 (issue #14, GOLD10): claims that real copy states in
units the extractor did not offer. A figure caption is page text (a before/after gallery says
what a treatment did in its captions); a speaker's label with a title's abbreviation ("DR. LEE:")
or a platform handle ("u/name:") opens its line without hiding the question it answers, and an
answer may be restricted by a fronted qualifier ("For healthy adults, absolutely.") or asked of a
gerund ("Does shaving your face make ...?"); a verb of becoming takes a comparative ("your lashes
grow visibly longer"), as a verbless noun phrase led by one does with a time or session count
("Thicker-looking hair in just 14 days") or, as a list item, with the lead-in's verb ("- less hair in
the shower drain"); a harm named with how long it lasts is admitted; an
effect verb on the writer's own noun ("my shedding has slowed down") is an observed change.
The texts are made up for these tests (no development article)."""

from __future__ import annotations

from tracker.articles import article_from_bytes, html_to_text
from tracker.extract import Candidate, extract_claims
from tracker.models import Article


def article(text: str, name: str = "test.txt") -> Article:
    return article_from_bytes(name, text.encode("utf-8"))


def quotes(cands: list[Candidate]) -> list[str]:
    return [c.claim.quote for c in cands]


def offered(cands: list[Candidate], words: str) -> bool:
    return any(words in q for q in quotes(cands))


GALLERY = """<!DOCTYPE html><html><head><title>Results | Juniper Laser Studio</title></head><body>
<nav><a href="/">Home</a> | <a href="/book">Book now</a></nav>
<main>
<h1>Laser hair removal results</h1>
<p>Every photo below shows one of our own clients after a course of diode laser hair removal at our studio.
We treat all skin types and every client starts with a patch test on a small area of skin.</p>
<figure><img src="/a.jpg" alt="Underarm before and after"><figcaption>Client A, underarms, 6 sessions. The diode
laser cleared 90% of the hair for good.</figcaption></figure>
<figure><img src="/b.jpg" alt="Legs before and after"><figcaption>Client B, lower legs. Smoother legs after just
three sessions.</figcaption></figure>
<figure><img src="/c.jpg" alt="Studio"><figcaption>Photo: our treatment room on Elm Street.</figcaption></figure>
<p>Photos are shared with each client's consent.</p>
</main>
<footer>Juniper Laser Studio, 4 Elm Street</footer>
</body></html>
"""


def test_figure_captions_are_page_text_and_their_claims_are_offered():
    _, text = html_to_text(GALLERY)
    assert "cleared 90% of the hair" in text and "Smoother legs after just" in text
    assert "Home | Book now" not in text  # the page's boilerplate is still left out
    cands = extract_claims(article(GALLERY, "gallery.html"))
    assert offered(cands, "cleared 90% of the hair")
    assert offered(cands, "Smoother legs after just three sessions")
    # a caption that only says what the picture shows is no claim
    assert not offered(cands, "our treatment room")


SEGMENT = """MORNING HEALTH: NASAL STRIPS

ANCHOR: Is it safe?

DR. OKAFOR: For healthy adults, absolutely.

ANCHOR: And does it help with a blocked nose?

DR. OKAFOR: Thanks for asking, Sam.
"""


def test_an_elliptical_answer_after_a_speaker_label_restates_the_question():
    cands = extract_claims(article(SEGMENT, "segment.txt"))
    answer = [c for c in cands if "For healthy adults, absolutely" in c.claim.quote]
    assert answer, quotes(cands)
    assert answer[0].claim.frame is not None and answer[0].claim.frame.relation == "denies_harm"
    # a speaker's turn that answers nothing is no claim
    assert not offered(cands, "Thanks for asking")


THREAD = """r/AskAnEsthetician

u/moss_and_fern: Does shaving your face make the hair grow back thicker?

u/esthetician_jo: Nope, it doesn't.

u/moss_and_fern: Good to know, thanks!
"""


def test_an_answer_under_a_handle_to_a_gerund_question_is_offered_negated():
    cands = extract_claims(article(THREAD, "thread.txt"))
    answer = [c for c in cands if "Nope, it doesn't" in c.claim.quote]
    assert answer, quotes(cands)
    assert not offered(cands, "Good to know")


NOTES = """# The Bright Side, Episode 12: scalp serums for hair growth

## Timestamps

- **03:10** Peptide scalp serums, explained: your hair grows visibly denser in about eight weeks
- **09:45** Our listener mailbag

## Takeaways

Our verdict on the scalp serums we tried:

- Fuller-looking hair in just 10 days
- less hair in the shower drain
- Better packaging than last year's version

Coming up next week:

- More from our sponsors

Reviewer: slow going, but my shedding has slowed down.
"""


def test_comparatives_of_becoming_and_verbless_results_with_a_time_are_claims():
    cands = extract_claims(article(NOTES, "notes.md"))
    assert offered(cands, "your hair grows visibly denser in about eight weeks")
    assert offered(cands, "Fuller-looking hair in just 10 days")
    assert offered(cands, "my shedding has slowed down")
    # a list item led by "less", "fewer" or "more" states a change the lead-in reports; not one led by
    # "more from"; nor is a chapter about the show itself a claim
    assert offered(cands, "less hair in the shower drain")
    assert not offered(cands, "More from our sponsors")
    assert not offered(cands, "listener mailbag")


AFTERCARE = """What to expect after your peel

Redness and mild swelling are normal for a day or two.
Avoid the sun for a day or two after each session.
"""


def test_a_harm_named_with_how_long_it_lasts_is_admitted_and_an_instruction_is_not():
    cands = extract_claims(article(AFTERCARE, "aftercare.txt"))
    assert offered(cands, "Redness and mild swelling are normal for a day or two")
    assert not offered(cands, "Avoid the sun")
