"""Extraction recall (issue #14, REC13): claims whose subject or verb only the layout gives. A reader's
letter signed with a dash and its answer, a truth question put to a belief, a nil
field in a sidebar ("Downtime: none"), verbless bullets under a lead-in, an equative of quantity,
irregular verb forms of a subjectless review line, a comparative predicated of the writer's own body,
and a headline that reports a study's finding. The texts are made up for these tests (no development
article)."""

from __future__ import annotations

from tests.extracting import article, no_claim
from tests.extracting import claim_with as quoting
from tracker.extract import extract_claims, sentences

LETTERS = """Ask the Nurse: Your Retinol Questions

Every week I answer a few of your e-mails.

"Hi Sam, my skin is dry and I'm worried. Can a retinol cream make it peel?" - Ola, Derby

Partly, Ola. Most people peel a little in the first two weeks.

"I've read that retinol gets rid of wrinkles in three days. True?" - Ben, Hull

I'm afraid not, Ben. The trials ran for months.

"Is it safe to use under the eyes? My friend says it stings." - Zara, Leeds

For most people, yes. Start slowly.
"""


def test_signed_letter_is_a_question_and_its_answer_a_claim():
    a = article(LETTERS)
    asked = [a.text[s.start:s.end] for s in sentences(a.text) if s.question]
    assert "Can a retinol cream make it peel?" in asked  # the signature "- Ola, Derby" is cut off
    cands = extract_claims(a)
    partly = quoting(cands, "Partly, Ola")
    assert partly.claim.frame is not None and partly.claim.frame.relation == "harm"
    no_claim(cands, "Can a retinol cream")


def test_answer_to_a_truth_question_judges_the_belief_and_the_belief_is_no_claim():
    cands = extract_claims(article(LETTERS))
    denied = quoting(cands, "I'm afraid not, Ben")
    assert denied.claim.frame is not None and denied.claim.frame.relation == "no_effect"
    no_claim(cands, "I've read that retinol")


def test_graded_answer_to_a_question_with_a_relative_clause_subject():
    a = article("Reader Questions: Tretinoin in Pregnancy\n\nQ: Can the tretinoin cream I used before I knew I "
                "was pregnant harm my baby? A: Very unlikely. Talk to your midwife.\n")
    c = quoting(extract_claims(a), "Very unlikely")
    assert c.claim.frame is not None and c.claim.frame.relation == "denies_harm"


def test_nil_field_of_a_sidebar_denies_what_its_label_names():
    a = article("Chemical Peels: The Facts\n\nLight chemical peel for dull skin\n**Sessions:** two to four\n"
                "**Downtime:** none\n**Price:** from £60\n")
    c = quoting(extract_claims(a), "Downtime")
    assert c.claim.frame is not None and c.claim.frame.relation == "denies_harm"


def test_verbless_bullets_under_a_lead_in_are_claims_with_their_own_outcome():
    a = article("Why Our Caffeine Tonic Sells Out\n\nWhat our caffeine scalp tonic does for you:\n"
                "- visible regrowth at the hairline in as little as six weeks\n- softer, less tangled lengths\n"
                "- a fresh mint scent\n")
    cands = extract_claims(a)
    regrowth = quoting(cands, "visible regrowth")
    assert regrowth.claim.frame is not None and regrowth.claim.frame.relation == "benefit"
    assert regrowth.claim.frame.outcome == "visible regrowth"  # the item's noun phrase, not "little"
    quoting(cands, "softer, less tangled lengths")


# (a known regression in session 22, the retrained scorer kept this bullet at P 0.52; the scorer retrained in
# session 23 leaves it out again)
def test_an_attribute_bullet_under_an_effect_lead_in_is_no_claim():
    a = article("Why Our Caffeine Tonic Sells Out\n\nWhat our caffeine scalp tonic does for you:\n"
                "- visible regrowth at the hairline in as little as six weeks\n- softer, less tangled lengths\n"
                "- a fresh mint scent\n")
    no_claim(extract_claims(a), "mint scent")


def test_equative_of_quantity_is_a_comparison():
    a = article("Caffeine Shampoo Results Announced\n\nFOR IMMEDIATE RELEASE. In the trial, volunteers who "
                "washed with the caffeine shampoo for six months kept as many hairs as those using 5% minoxidil. "
                "The firm plans an autumn launch.\n")
    quoting(extract_claims(a), "kept as many hairs as")


def test_irregular_past_of_an_effect_verb_in_a_subjectless_review():
    a = article("Customer Reviews: Pumpkin Seed Oil Capsules\n\nFive stars. Easy to swallow. "
                "Regrew my bald patch in ten days.\n")
    quoting(extract_claims(a), "Regrew my bald patch")


def test_comparative_predicated_of_the_writers_own_outcome():
    a = article("The Red-Light Mask That Changed My Skin\n\nI wore it every evening through the spring. "
                "By June my acne scars were shallower. Worth it.\n")
    quoting(extract_claims(a), "my acne scars were shallower")


def test_headline_reporting_a_study_finding_is_a_claim():
    a = article("FOR IMMEDIATE RELEASE\n\nNew Study Finds GoldLeaf Turmeric Capsules Support Joint Comfort\n\n"
                "GoldLeaf Nutrition today announced results of a study of its turmeric capsules in 80 adults.\n")
    quoting(extract_claims(a), "Support Joint Comfort")


def test_reader_letter_sentences_are_the_readers_not_claims():
    a = article("Ask the Nurse: LED Facials for Acne\n\nLED facials are said to clear acne.\n\n"
                "\"My clinic offers LED facials with a hyaluronic serum. Worth it?\" - Tia, Bath\n\n"
                "It can be. Ask what the light does.\n")
    cands = extract_claims(a)
    no_claim(cands, "My clinic offers")
    # "Worth it?" leaves out "is it"; "It can be." is a qualified yes to it
    reply = quoting(cands, "It can be")
    assert reply.claim.frame is not None and reply.claim.frame.relation == "benefit"


def test_nil_field_inside_a_quoted_sidebar():
    a = article("Laser Hair Removal Explained\n\n> **AT A GLANCE: laser hair removal**\n> - **Sessions:** six to eight\n"
                "> - **Downtime:** none\n")
    c = quoting(extract_claims(a), "Downtime")
    assert c.claim.frame is not None and c.claim.frame.relation == "denies_harm"


def test_dated_diary_entry_without_a_verb_is_an_observation():
    a = article("My Castor Oil Lash Diary\n\nDay 1: Brushed castor oil along my lashes. Day 20: Already a thick "
                "fringe of new lashes along the lid. Day 40: Still going.\n")
    cands = extract_claims(a)
    quoting(cands, "Already a thick fringe")
    no_claim(cands, "Brushed castor oil")  # the entry's verb says what the writer did, not what changed


def test_comparative_followed_by_its_time_span_states_a_change():
    a = article("Self-Tan Drops Trial\n\nWith the drops, the treated arm got significantly darker over six weeks, "
                "while the other arm barely changed.\n")
    quoting(extract_claims(a), "got significantly darker over six weeks")


def test_sting_is_a_harm_verb():
    c = quoting(extract_claims(article("Lip Filler Aftercare\n\nThe injections sting. Ice helps.\n")), "sting")
    assert c.claim.frame is not None and c.claim.frame.relation == "harm"


def test_superlative_ranking_of_the_treatment_is_a_claim():
    a = article("Elderberry Syrup for Immunity\n\nElderberry syrup shortens colds. Elderberry syrup is simply the most "
                "complete winter tonic there is.\n")
    c = quoting(extract_claims(a), "most complete winter tonic")
    assert any("ranks the treatment" in r for r in c.reasons)


def test_fronted_qualifier_of_an_answer_restricts_its_claim():
    a = article("Cold Plunges: Your Questions\n\nIs a cold plunge safe after a workout?\n\n"
                "For healthy adults, absolutely. Keep it short.\n")
    c = quoting(extract_claims(a), "For healthy adults")
    assert c.claim.frame is not None and c.claim.frame.relation == "denies_harm"
    assert c.claim.frame.population == "healthy adults"
