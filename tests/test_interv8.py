"""INTERV8 (issue #14): the treatment a claim is about, read from its own clause, not the article's pick.

The subject of the claim's own clause names its treatment when it is one: a past-tense verb is as
finite as one in "-s" ("X grew hair", "X matched Y"), a fronted setting ("In a one-year comparison,")
comes before the subject, and a treatment named only after a comparison word ("than X") is the
yardstick, never the subject. A short label before a colon ("Short version:") leaves the
subject after it the referent of the pronouns that follow. "Both" taken by a verb of use or giving
("patients given both") is the last two treatments named, given together; "the two combined" with only
one other treatment named pairs it with the topic. What the reader already has ("your serum") is acted
on, never the claim's treatment. Short synthetic articles on made-up products, so no devset article is
fitted."""
from __future__ import annotations

from tests.extracting import article, claim_with
from tracker.extract import Candidate, extract_claims


def _arm(c: Candidate) -> str:
    frame = c.claim.frame
    assert frame is not None
    return f"{frame.intervention} {frame.intervention_norm}".lower()


_TONIC = (
    "Nettle Root Tonic for Thinning Hair: What the Research Says\n\n"
    "Nettle root tonic is a leave-in scalp lotion sold in health shops. Nettle root tonic is said to "
    "calm the scalp and slow shedding.\n\n"
    "In a one-year open comparison, finasteride tablets improved hair in far more men than nettle root "
    "tonic did. Borage seed oil grew hair faster than minoxidil did, though only in mice. "
    "Borage seed oil matched 2% minoxidil in one small trial.\n\n"
    "Short version: minoxidil is the treatment that regrew more hair than placebo in controlled trials. "
    "It can itch.\n")


def test_a_treatment_subject_before_a_past_tense_verb_is_the_claims_own() -> None:
    # the old code found no subject before "grew" (only verbs in -s or auxiliaries were finite) and
    # gave the claim to the topic
    c = claim_with(extract_claims(article(_TONIC)), "grew hair faster")
    assert "borage" in _arm(c) and "nettle" not in _arm(c)


def test_a_past_tense_comparison_is_about_its_subject_not_its_standard() -> None:
    # "matched 2% minoxidil": the standard is never the intervention; the old code, finding no subject,
    # fell back to the topic
    c = claim_with(extract_claims(article(_TONIC)), "matched 2% minoxidil")
    assert "borage" in _arm(c)
    assert "minoxidil" not in _arm(c)


def test_the_topic_named_only_after_than_does_not_hold_the_claim() -> None:
    # sign errors first: "finasteride improved hair in more men than nettle root tonic" read as a claim
    # about the tonic puts the tonic on the winning side; the subject follows the fronted setting
    c = claim_with(extract_claims(article(_TONIC)), "finasteride tablets improved")
    assert "finasteride" in _arm(c) and "nettle" not in _arm(c)


def test_a_pronoun_after_a_labelled_sentence_refers_to_the_subject_after_the_label() -> None:
    # "Short version: minoxidil is ...": the label is no subject; "It can itch" is about minoxidil
    c = claim_with(extract_claims(article(_TONIC)), "It can itch")
    assert "minoxidil" in _arm(c)


_CLINIC = (
    "Treating Patchy Hair Loss at the Fenwick Clinic\n\n"
    "Fenwick microneedling is done with a fine-needle pen under numbing cream. Fenwick microneedling "
    "takes about twenty minutes.\n\n"
    "A cold gel pack eases the sting better than numbing spray. "
    "On the treated side, your serum absorbs up to 50% better.\n\n"
    "If your patches do not respond, the consultant may offer minoxidil lotion. Fenwick microneedling "
    "done first helps the lotion get in, and patients given both did better than those given either one "
    "alone.\n")


def test_what_the_reader_already_has_is_no_treatment() -> None:
    # "your serum absorbs better" after a fronted setting: the serum is acted on; the claim stays the topic's
    c = claim_with(extract_claims(article(_CLINIC)), "absorbs up to 50% better")
    assert "serum" not in _arm(c)


def test_both_given_together_is_the_combination_of_the_last_two_treatments() -> None:
    c = claim_with(extract_claims(article(_CLINIC)), "patients given both")
    arm = _arm(c)
    assert "microneedling" in arm and "minoxidil" in arm, arm


def test_both_groups_are_people_not_a_combination() -> None:
    # "both groups" are the trial's arms, never the two treatments given at once (old and new agree)
    text = ("Nettle Root Tonic for Thinning Hair\n\n"
            "Nettle root tonic is a scalp lotion. In a small trial, men used nettle root tonic or minoxidil "
            "for six months. Men in both groups grew more hair.\n")
    c = claim_with(extract_claims(article(text)), "grew more hair")
    assert " plus " not in _arm(c)


def test_the_two_combined_with_one_other_treatment_named_pairs_it_with_the_topic() -> None:
    # the old code needed two treatments named within the window; with only the laser named there,
    # "the two" are the topic (the pen) and the laser
    pad = ("Sessions are booked through reception. Please arrive ten minutes early, bring a list of the "
           "medicines you take, and tell us about any cold sores, keloid scars or recent tanning. We photograph "
           "the area before the first session so that you and your practitioner can compare later photographs "
           "fairly. ")
    text = ("The Vellum Pen: Our Clinic Policy\n\n"
            "The Vellum pen is a radiofrequency microneedling device. The Vellum pen is offered for scars.\n\n"
            + pad + "\n\nOn its own the pen did no better than a fractional CO2 laser for stretch marks, while "
            "the two combined gave the best result.\n")
    c = claim_with(extract_claims(article(text)), "the two combined")
    arm = _arm(c)
    assert "microneedling" in arm and "laser" in arm, arm


def test_a_definite_description_of_the_topic_is_about_the_topic() -> None:
    # "the laser comb" resolves to "Laser Growth Comb", the topic, never to the "light" the sentence
    # before took as its subject; the old code, finding no subject before "grow", carried "light" on
    text = ("BRISTLEGLOW LASER GROWTH COMB - user leaflet\n\n"
            "The Laser Growth Comb is for thinning hair. Laser light from the Laser Growth Comb reaches the "
            "follicles.\n\n"
            "Thank you for choosing us. This comb sends low level laser light to the scalp. The light is absorbed "
            "by the hair root and gives it energy. Clinical proven: in a test with a fake comb, the laser comb "
            "grow more hair than the fake comb.\n")
    assert "comb" in _arm(claim_with(extract_claims(article(text)), "the laser comb grow"))


def test_a_definite_description_needs_an_antecedent_the_topic_name_ends_in() -> None:
    # "the vitamin D" has "Vitamin D3" as antecedent, not the topic named before it in the same phrase
    text = ("Krill Oil: What It Does for Your Heart\n\n"
            "Krill oil is a fish-oil supplement. Krill oil is rich in omega-3 fats.\n\n"
            "Also in the range: Krill Oil plus Vitamin D3. The krill oil in it lowers blood pressure, while "
            "the vitamin D supports normal immune function.\n")
    c = claim_with(extract_claims(article(text)), "supports normal immune function")
    assert "vitamin d" in _arm(c)


def test_a_pronoun_subject_of_a_comparison_is_no_treatment() -> None:
    # "than when I was paying for facials": neither "I" nor a clause is an arm of the comparison
    text = ("Ice Rolling: Our Group Chat\n\n"
            "Ice rolling is rolling a frozen roller over the face. Ice rolling takes a minute.\n\n"
            "I do it every night before bed and honestly my skin is glowier than when I was paying for facials.\n")
    c = claim_with(extract_claims(article(text)), "glowier")
    assert _arm(c).split()[0] != "i"


def test_a_form_named_only_by_its_strength_is_the_articles_treatment() -> None:
    # "the 5% lotion", "the weaker 2% solution" (a dummy lotion named in between): a strength of the topic, not a
    # treatment called "lotion"
    text = ("# Is 5% Minoxidil Too Strong for Women?\n\n"
            "For years women got the 2% bottle. Now more women are handed the stronger formula.\n\n"
            "\"That advice is out of date,\" says Dr Raman. \"In women with pattern hair loss, the 5% lotion regrows "
            "more hair than the 2% one.\" She points to a trial in which both strengths beat a dummy lotion. Even the "
            "weaker 2% solution outperformed placebo on hair counts.\n\n"
            "Minoxidil lotion is safe for long-term use.\n")
    claims = extract_claims(article(text))
    assert "minoxidil" in _arm(claim_with(claims, "regrows more hair"))
    assert "minoxidil" in _arm(claim_with(claims, "outperformed"))
