"""Round 12 (INT12, issue #14): an article's main intervention on topics no table lists.

The main intervention is the treatment-like noun phrase the article keeps returning to; an amount or
excess ("too much iodine"), a broadcaster's or a brand's name, a body part people have, the title's
purpose ("for Thinning Hair") or a clause ("every plan starts") never is. Short synthetic articles on
made-up topics, so no devset article is fitted."""
from __future__ import annotations

from tracker.extract import detect_intervention
from tracker.models import Article


def _main(title: str, body: str) -> str:
    art = Article(name="a.txt", title=title, text=f"{title}\n\n{body}", format="txt", sha256="0" * 64)
    return detect_intervention(art).label.lower()


def test_newsletter_subject_line_and_an_excess_phrase() -> None:
    label = _main("From: Sam at The Green Pantry", (
        "Subject: my favourite new habit (and the myths)\n\n"
        "Hi friends,\n\nI started a spoonful of bladderwrack gel in my smoothie last spring. "
        "Bladderwrack is a brown seaweed that people have eaten for centuries.\n\n"
        "MYTH: Too much iodine is dangerous.\nFACT: Your body only takes what it needs.\n\n"
        "MYTH: Bladderwrack is just a trend.\nFACT: Bladderwrack is packed with minerals.\n\n"
        "I buy my bladderwrack from a small farm. Bladderwrack gel keeps for three weeks in the fridge."))
    assert label == "bladderwrack"


def test_broadcast_masthead_is_no_intervention() -> None:
    label = _main("WXYZ NEWS 4 AT SIX: HEALTH WATCH SEGMENT", (
        "Air date: May 1 | Segment length: 3:50\n\n[ON SCREEN: CHIN STRAPPING: QUIETER NIGHTS?]\n\n"
        "ANCHOR (AMY ROSS): People are strapping their chins shut before bed. Here is Dr. Paul Kim.\n\n"
        "DR. PAUL KIM: Thanks, Amy.\n\nANCHOR: Why strap your chin?\n\n"
        "DR. KIM: The strap keeps your jaw closed, so you breathe through your nose. Chin strapping can "
        "cut snoring.\n\nANCHOR: Is chin strapping safe?\n\nDR. KIM: A strap costs about ten dollars. "
        "The strap is soft.\n\nANCHOR: Back to you at WXYZ NEWS."))
    assert "wxyz" not in label and "news" not in label
    assert "strap" in label


def test_product_listing_names_its_ingredient_not_the_outcome() -> None:
    label = _main("ZOLVANA Black Seed Oil Hair Growth Serum for Women - Cold-Pressed Scalp Oil for Thinning Hair", (
        "About this item\n- REGROWS THINNING HAIR: Black seed oil helps women with thinning hair grow new hairs.\n"
        "- FAST RESULTS: Thicker-looking hair in just 14 days.\n"
        "- GENTLE: Black seed oil never irritates your scalp.\n- HOW TO USE: Massage 5 drops into the scalp "
        "each night.\n\nCustomer reviews\nMy hair looks thicker and my hair sheds less. This oil is great. "
        "Hair stays soft. Less hair in the drain after two weeks."))
    assert label == "black seed oil"


def test_a_body_part_people_have_is_no_intervention() -> None:
    label = _main("Do nail serums actually work? (with nail artist Jo Park)", (
        "- 02:10 Why Jo quit strengthening polish: it made her nails brittle\n"
        "- 05:40 Keratin serums, explained: your nails grow visibly stronger in about six weeks\n"
        "- 09:20 Jo: a keratin serum won't stain the nail the way polish does\n"
        "- 14:00 What happens when you stop: your nails go back to normal within months\n\n"
        "Jo uses keratin serums with clients. Keratin serums are cheap. Your nails grow out in six months, "
        "and nail serums need daily use. Your nails are what the serum is for."))
    assert label.rstrip("s") in {"keratin serum", "nail serum"}


def test_every_plan_starts_is_a_clause_and_a_listed_treatment_wins() -> None:
    label = _main("Scar Revision Before & After Gallery | Harbor Clinic", (
        "Every photo below is one of our own patients, treated with medical microneedling.\n"
        "Why needling for scars? Each session makes tiny injuries that prompt fresh collagen.\n"
        "Every plan starts with a consultation, and we photograph your scar at every visit.\n"
        "Most scars need three sessions. Avoid direct sun after each session."))
    assert label == "microneedling"


def test_a_speaker_label_is_not_part_of_the_subject() -> None:
    from tracker.extract import extract_claims
    text = ("Do lip balms work?\n\nLip balms come in tubes and pots. Jo Park tested many lip balms.\n\n"
            "- 02:10 Jo: a beeswax balm won't cause the cracked lips a matte lipstick does\n"
            "- 05:00 Lip balms keep lips soft for hours.\n")
    art = Article(name="b.md", title="Do lip balms work?", text=text, format="md", sha256="0" * 64)
    ids = [c.claim.question_id if hasattr(c, "claim") else c.question_id for c in extract_claims(art)]
    assert ids and not any("jo-" in q for q in ids), ids
