"""INTERV10 (issue #14): each claim's own treatment, by discourse scope and the subject of its own clause.

A numbered heading that names a treatment (by the shipped treatment probe's reading of the name, where the
phrase model's word features miss "Knee sleeves") is the referent of its section when the prose takes it
up: by a third-person pronoun opening the first sentence ("They ease ..."), or by one of the name's own
words in the first sentence's opening, the form a measure of it takes ("A 70 ml shot of beetroot
concentrate ..."). A name in -ing is a noun when the probe reads it as a treatment ("Dry cupping eases
..."), and a finite verb ends it. A verbless fragment (", with less scalp itching") hangs on the clause
before it: its elided subject is that clause's subject, after a reporting frame ("one trial found"), and
its standard that clause's comparator, never the treatment named there as one (sign errors first). A word
of comparison ("unlike energy drinks it ...") opens an adjunct, never a subject. Short synthetic articles
on made-up material, so no devset article is fitted."""
from __future__ import annotations

from tests.extracting import article, claim_with
from tracker.extract import Candidate, _taken_up, extract_claims


def _arm(c: Candidate) -> str:
    frame = c.claim.frame
    assert frame is not None
    return f"{frame.intervention} {frame.intervention_norm}".lower()


_WALKS = (
    "HILLSIDE RAMBLERS - AUTUMN NOTES\n\n"
    "KIT NOTES\n"
    "Long walks wear the knees, and plenty of you have asked what helps. Here is what I use.\n\n"
    "1. Beetroot shots\n"
    "A 70 ml shot of beetroot concentrate two hours before a hill walk lowers blood pressure on the climb. "
    "It also eases breathlessness.\n\n"
    "2. Knee sleeves\n"
    "They ease knee pain on long descents. Tom swears by his.\n\n"
    "3. Walking poles\n"
    "Poles take weight off the knees on the way down.\n\n"
    "I'm a walk leader, not a doctor.\n")


def test_a_numbered_heading_taken_up_by_a_pronoun_or_a_measure_of_it_is_its_sections_referent() -> None:
    cands = extract_claims(article(_WALKS))
    assert "sleeve" in _arm(claim_with(cands, "ease knee pain on long descents"))
    assert "beetroot" in _arm(claim_with(cands, "lowers blood pressure"))


def test_a_heading_the_prose_does_not_take_up_heads_nothing() -> None:
    text = _WALKS
    start = text.index("KIT NOTES")
    end = text.index("1. Beetroot")
    assert not _taken_up("KIT NOTES", text, start, end)  # no treatment by the probe's reading
    assert _taken_up("Beetroot shots", text, text.index("1. Beetroot"), text.index("2. Knee"))
    # a treatment's name whose prose opens with neither a pronoun nor a word of the name
    body = "3. Knee sleeves\nMost of the club walks twice a week.\n"
    assert not _taken_up("Knee sleeves", body, 0, len(body))


_NECK = (
    "Stiff neck? Our physio answers\n\n"
    "Massage guns are everywhere this winter, and a massage gun eases a stiff neck in ten minutes. "
    "Massage guns are cheap.\n\n"
    "Dry cupping eases neck pain within a week, and patients often feel the muscle relax straight away.\n")


def test_a_treatment_named_in_ing_is_the_subject_of_its_clause() -> None:
    c = claim_with(extract_claims(article(_NECK)), "eases neck pain within a week")
    assert "cupping" in _arm(c) and "gun" not in _arm(c)


_GRANT = (
    "Minoxidil for thinning hair: what our patient panel asked\n\n"
    "Minoxidil lotion regrows hair in about half of men. Minoxidil can irritate the scalp.\n\n"
    "Salons tell people many things. We take that seriously: one trial found peppermint oil matched 2% minoxidil "
    "at six months, with less scalp itching. Minoxidil stays the first choice.\n")


def test_a_verbless_fragment_takes_the_subject_and_standard_of_the_clause_it_hangs_on() -> None:
    # sign errors first: the old code gave "with less scalp itching" to minoxidil, named in its host only
    # as the standard, so minoxidil's records met a claim it never made
    c = claim_with(extract_claims(article(_GRANT)), "with less scalp itching")
    frame = c.claim.frame
    assert frame is not None
    assert "peppermint" in _arm(c)
    assert frame.comparator is not None and "minoxidil" in frame.comparator.lower()


def test_a_word_of_comparison_opens_no_subject() -> None:
    from tracker.extract import _other_treatment, detect_intervention
    text = ("Beetroot juice before a race\n\nBeetroot juice lowers blood pressure. Unlike energy drinks it won't "
            "spike your blood sugar.\n")
    art = article(text)
    assert _other_treatment("unlike energy drinks it won't spike your blood sugar", detect_intervention(art), text) is None


# INTERV10b: only a noun phrase names a treatment, and only a section's heading heads a section. A heading
# that is a clause (a wh-word, a finite auxiliary, a determiner after a verb) labels a theme even when the probe
# reads a treatment in it and the prose names that treatment; the page's title names the page.


def test_a_heading_that_is_a_clause_names_no_treatment() -> None:
    from tracker.extract import _names_as_noun_phrase
    assert _names_as_noun_phrase("Knee sleeves") and _names_as_noun_phrase("Dry cupping")
    assert not _names_as_noun_phrase("What beetroot does")  # a wh-word and a finite auxiliary
    assert not _names_as_noun_phrase("How it works")
    assert not _names_as_noun_phrase("Ditched my melatonin")  # a determiner after a verb opens its object
    text = ("HILLSIDE RAMBLERS\n\nWalking poles take weight off the knees.\n\n"
            "What beetroot does\nBeetroot concentrate lowers blood pressure on the climb.\n")
    start = text.index("What beetroot") + len("What beetroot does")
    assert not _taken_up("What beetroot does", text, start, len(text))  # old: True, by the probe and "Beetroot"
    text = ("Calm Night Chamomile Tea: Customer Reviews\n"
            "Chamomile tea helps you fall asleep, our buyers say. Chamomile tea soothes the stomach.\n"
            "Ditched my melatonin\n"
            "Swapped my melatonin for this and my sleep is deeper than it ever was.\n")
    c = claim_with(extract_claims(article(text)), "deeper")
    assert "ditched" not in _arm(c) and "melatonin" not in _arm(c)  # old: "Ditched my melatonin"


def test_the_page_title_heads_no_section_of_its_own() -> None:
    text = "Beetroot Shot FAQ\n\nWill beetroot shots lower my blood pressure in a day? Not a chance. Most trials ran for weeks.\n"
    end = len(text)
    assert not _taken_up("Beetroot Shot FAQ", text, len("Beetroot Shot FAQ"), end)
    # the same name heading a section under the title is taken up by its prose
    body = "Club kit notes\n\nWe tried a few things this autumn.\n\n" + text
    start = body.index("Beetroot Shot FAQ") + len("Beetroot Shot FAQ")
    assert _taken_up("Beetroot Shot FAQ", body, start, len(body))


# FIX11a: a product heading names a form of the page's treatment, not a new referent, when its section names that
# treatment (or a title counting the treatment numbers the entries); a fragment's verbless host has no subject.

_SERUMS = (
    "The 3 Best Retinol Serums, Tested\n\n"
    "Retinol is a vitamin A derivative. We tried three for a month.\n\n"
    "1. DewLeaf Night Drops - best overall (£22)\n"
    "Retinol softens fine lines, so these drops suit older skin. It smooths texture within six weeks.\n\n"
    "2. Moss & Fern Calm Cream - best for dry skin (£15)\n"
    "A rich cream for tight skin. It calms redness and never stings.\n\n"
    "Our verdict\n\nA gentle option for sensitive skin.\n")


def test_a_product_heading_over_the_pages_treatment_keeps_it_as_referent() -> None:
    cands = extract_claims(article(_SERUMS))
    assert "retinol" in _arm(claim_with(cands, "smooths texture"))
    assert "retinol" in _arm(claim_with(cands, "calms redness"))


def test_a_verbless_host_gives_a_fragment_no_treatment() -> None:
    from tracker.extract import _host_treatment, detect_intervention
    text = "Beetroot juice before a race\n\nBeetroot juice lowers blood pressure. Sharper focus, without the jitters.\n"
    assert _host_treatment("Sharper focus", detect_intervention(article(text)), text) is None


def test_a_demonstrative_description_points_back_to_the_treatment() -> None:
    text = ("Lion's mane coffee: does it work?\n\nLion's mane is a mushroom sold as a focus aid. That shaggy white "
            "mushroom contains compounds that stimulate nerve growth factor.\n")
    c = claim_with(extract_claims(article(text)), "stimulate nerve growth factor")
    assert "shaggy" not in _arm(c)


def test_the_topics_head_noun_with_modifiers_of_manner_stays_the_topic() -> None:
    from tracker.extract import _topic_form, detect_intervention
    text = "Scalp massage for hair growth\n\nScalp massage helps hair grow. A slow circular massage eases headaches.\n"
    primary = detect_intervention(article(text))
    assert _topic_form("slow circular massage", primary, text)
    assert not _topic_form("slow circular serum", primary, text)
