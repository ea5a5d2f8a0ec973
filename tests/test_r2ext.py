"""tracker.extract, R2EXT (session 24, round 2): who a sentence is about, and what is no claim.

- The seller's own product ("our favourite blend, X, regrows hair overnight") makes a claim when an effect verb
  follows it; named without one ("our own blend, 30 ml") it is marketing copy, as before.
- A subordinate clause of time inside a gerund subject ("rolling before you apply a vitamin C serum boosts ...")
  belongs to the subject: the treatment its verb takes is no subject of the main clause.
- The condition of a conditional command ("If your eyes sting, stop using it") asserts nothing; a conditional with a
  declarative main clause ("if you stop, the new hair falls out") is still a claim.
- A normalised claim without an outcome does not repeat its subject (DEMO24 patch).
- A speaker's question ("HOST: So does X really ..., or is it all hype?") names the referent of "it" in the next
  speaker's turn, after a fronted setting too (trap 1041).
- A reason clause after stopping a treatment ("one in four give up X because it ...") is one claim with it (trap 1056).

Texts are invented on topics and names no development article uses. Tests whose comments say "before:" fail on the
code at the start of round 2 of session 24."""

from __future__ import annotations

from tests.extracting import claim_with, frame_intervention, no_claim, titled_article
from tracker import extract as ex
from tracker.extract import extract_claims


def test_own_product_with_an_effect_verb_is_a_claim() -> None:
    assert not ex._marketing_copy("Our signature blend, Nettle Root Boost, regrows hair in a week.")  # before: True
    assert ex._marketing_copy("Nettle & Sage Drops (our own blend, 30 ml, GBP 18).")
    art = titled_article("Nettle Oil for Thinning Hair",
                         "Nettle oil is the talk of the salon. Our signature blend, Nettle Root Boost, regrows hair "
                         "in a week. Nettle oil smells of hay.")
    claim_with(extract_claims(art, []), "regrows hair")  # before: no candidate (dropped as marketing copy)


def test_time_clause_inside_a_gerund_subject() -> None:
    art = titled_article("Dermarolling at Home: A Beginner's Guide",
                         "Dermarolling is cheap and quick. Dermarolling smooths shallow acne scars over months. "
                         "The tiny channels let serums in: rolling before you apply a niacinamide serum doubles its "
                         "absorption.")
    assert "niacinamide" not in frame_intervention(art, "doubles its")  # before: niacinamide


def test_condition_of_a_command_is_no_claim() -> None:
    art = titled_article("Argan Oil for Longer Lashes",
                         "Argan oil makes lashes look glossier. Brush it along the lash line each night. If your eyes "
                         "sting or look red, stop using it and speak to your pharmacist. If you stop, the gloss fades "
                         "within days.")
    cands = extract_claims(art, [])
    no_claim(cands, "If your eyes sting")  # before: a harm claim, "Argan oil causes stinging"
    claim_with(cands, "the gloss fades")


def test_normalised_claim_does_not_repeat_its_subject() -> None:
    concept = ex._generic_concept("clove oil")
    said = ex._normalised_claim(concept, None, "Clove oil  makes a tooth feel numb", "benefit", "plain", "backs")
    assert said == "Clove oil makes a tooth feel numb"  # before: "Clove oil: Clove oil makes ..."
    assert ex._normalised_claim(concept, None, "It works fast", "benefit", "plain", "backs") == "Clove oil: It works fast"


def test_speaker_question_names_the_answers_pronoun() -> None:
    art = titled_article("Scalp Hour, Episode 3 (Transcript)",
                         "HOST: So does pumpkin seed oil really grow hair, or is it all hype?\n"
                         "DR MBEKI: In the one small trial, it grew about as much hair as 2% minoxidil after six months.\n"
                         "HOST: I did not expect that.\n")
    assert "pumpkin seed oil" in frame_intervention(art, "grew about as much hair")  # before: "scalp"


def test_reason_for_stopping_stays_with_the_stopping() -> None:
    art = titled_article("Finasteride Is Not for Everyone",
                         "Finasteride is the best-studied hair loss tablet. About one in four men give up a finasteride "
                         "course within months because it lowers their libido. Ask your GP first.")
    cands = extract_claims(art, [])
    c = claim_with(cands, "because it lowers")
    assert c.claim.quote.startswith("About one in four men")  # before: only "because it lowers their libido"
