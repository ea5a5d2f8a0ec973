"""FIX12b (issue #14): definite dosage forms refer back, and a fronted reason is a claim of its own.

A definite description whose head is a dosage form ("the tablets", "the stronger lotion") names the treatment the
text introduced in a dosage form, not the page's pick: the nearest earlier noun phrase with that head and a
treatment's name, or else the nearest earlier treatment the text gives in some dosage form; a procedure the page
is about is never given as a lotion. Such a description also makes that treatment the referent of the pronouns
that follow ("The tablets have a problem. They cause ..."). A fronted clause of reason with its own subject and
finite verb ("Because it's free of X, it won't ...") asserts its cause, of the outcome its main clause names, and
the main clause its consequence: two claims. Short synthetic articles on made-up material, so no devset article is
fitted."""
from __future__ import annotations

from tests.extracting import article, claim_with
from tracker.extract import Candidate, _clause_units, _generic_concept, _introduced_by_head, extract_claims


def _arm(c: Candidate) -> str:
    frame = c.claim.frame
    assert frame is not None
    return f"{frame.intervention} {frame.intervention_norm}".lower()


_CALL = (
    "Brightway Clinics: platelet-rich plasma (PRP) for thinning hair\n\n"
    "CHIEF EXECUTIVE: Our platelet-rich plasma programme for thinning hair grew again. "
    "PRP regrows hair in most of our clients after four sessions.\n\n"
    "ANALYST: And the threat from the pills? Doctors now prescribe low-dose minoxidil tablets.\n\n"
    "CHIEF EXECUTIVE: The tablets have a problem our clients care about. They cause unwanted facial hair, "
    "about twice as often as the lotion does.\n\n"
    "ANALYST: Some say minoxidil irritates the scalp.\n\n"
    "MEDICAL DIRECTOR: It can. The stronger lotion itches more than the weaker one.\n")


def test_a_definite_dosage_form_refers_back_to_the_drug_given_in_it() -> None:
    primary = _generic_concept("platelet-rich plasma")
    text = _CALL
    at = text.index("The stronger lotion")
    # no earlier "lotion" carries a name: the nearest treatment the text gives in a dosage form
    found = _introduced_by_head("The stronger lotion itches more than the weaker one", text, at, primary)
    assert found is not None and "minoxidil" in found.label.lower()
    at = text.index("The tablets have")
    found = _introduced_by_head("The tablets have a problem our clients care about.", text, at, primary)
    assert found is not None and "minoxidil" in found.label.lower()


def test_a_dosage_form_with_no_drug_given_in_a_form_stays_unresolved() -> None:
    primary = _generic_concept("platelet-rich plasma")
    # guard: minoxidil is named, but never as given in a dosage form, and a device head is no dosage form
    text = "Minoxidil is older. PRP is newer.\n\nThe lotion itches more than the gel."
    assert _introduced_by_head("The lotion itches more than the gel.", text, text.index("The lotion"), primary) is None
    # guard: the topic itself comes in a dosage form, so the description may be the topic's own
    topic = _generic_concept("minoxidil")
    text2 = "Minoxidil foam regrows hair. Finoxa tablets are newer.\n\nThe lotion itches less."
    assert _introduced_by_head("The lotion itches less.", text2, text2.index("The lotion"), topic) is None


def test_claims_about_the_referred_dosage_form_go_to_its_drug() -> None:
    cands = extract_claims(article(_CALL))
    assert "minoxidil" in _arm(claim_with(cands, "The stronger lotion itches"))
    # the pronoun after "The tablets have a problem" takes the tablets' drug, not the page's PRP
    assert "minoxidil" in _arm(claim_with(cands, "They cause unwanted facial hair"))
    # guard: the page's own claims stay the page's
    assert "minoxidil" not in _arm(claim_with(cands, "PRP regrows hair"))


def test_a_fronted_reason_clause_is_a_claim_of_its_own() -> None:
    text = "Because it's free of propylene glycol, it won't make your scalp itch."
    units = [text[u.start:u.end] for u in _clause_units(text, 0, len(text))]
    assert units[0].startswith("Because it's free of propylene glycol") and len(units) == 2
    assert units[1].startswith("it won't make your scalp itch")
    # guards: a temporal "since" or "as" has no reason's verb; a condition is not split; no main clause, no split
    for whole in ("Since October, Dawn has taken collagen every morning.",
                  "As it ages, skin loses collagen.",
                  "If you use it daily, it won't make your scalp itch.",
                  "Because it's free of propylene glycol, gentle on skin and cheap."):
        assert len(_clause_units(whole, 0, len(whole))) == 1, whole


def test_the_reason_is_claimed_of_the_main_clause_outcome() -> None:
    text = ("Fernwood minoxidil foam\n\nFernwood foam regrows hair on the crown in 16 weeks. "
            "Because it's free of propylene glycol, it won't make your scalp itch.\n")
    cands = extract_claims(article(text))
    reason = claim_with(cands, "Because it's free of propylene glycol")
    assert "scalp itch" not in reason.claim.quote  # the reason alone
    frame = reason.claim.frame
    assert frame is not None and frame.relation != "denies_harm"
    main = claim_with(cands, "it won't make your scalp itch")
    assert main.claim.frame is not None and main.claim.frame.relation == "denies_harm"
