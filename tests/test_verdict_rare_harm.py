"""C8c (session 15): "rarely" / "rare" / "uncommon" said of one named harm is a claim about how often it happens
(CIOMS frequency categories: "very common" is 1 in 10 or more, "rare" under 1 in 1,000), so records that report that
harm in a tenth or more of people leave the claim not supported, on the side against,
however mild the harm. A claim about side effects in general ("side effects are rare and mild") stays with C8 (how
serious they are). Invented topic (a lip-plumping tablet); each test fails before the rule (9bb20a9)."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import Question

TINGLE = Question("q-plump-tingling", "Does a lip-plumping tablet cause tingling?", "plumping tablet", "tingling",
                  "safety", "plumping[tiab] AND tingling[tiab]")
COMMON = {
    "97000001": rec("97000001", "Randomised trial in 80 adults taking a lip-plumping tablet for 12 weeks: tingling was the "
                    "most common adverse effect, reported by 18 of 80 participants (23%); it was mild and transient.",
                    title="A plumping tablet: a randomised trial"),
}
RARE = {
    "97000002": rec("97000002", "Randomised trial in 200 adults taking a lip-plumping tablet for 12 weeks: tingling was "
                    "reported by 2 of 200 participants (1%) and was mild and transient.",
                    title="A plumping tablet: safety in a randomised trial"),
}


def test_a_named_harm_said_to_be_rare_is_refuted_by_a_record_where_it_is_very_common():
    _, v = judge("The plumping tablet rarely causes tingling.", TINGLE, COMMON, relation="denies_harm", outcome="tingling")
    assert v.verdict == "not supported" and v.side == "against", v.rationale  # before: supported, backs (the harm is mild)
    assert "a tenth or more of people" in v.rationale and "97000001" in v.rationale


def test_a_named_harm_reported_in_few_people_is_not_refuted():
    _, v = judge("The plumping tablet rarely causes tingling.", TINGLE, RARE, relation="denies_harm", outcome="tingling")
    assert "a tenth or more of people" not in v.rationale and v.side != "against", v.rationale


def test_side_effects_in_general_said_to_be_rare_are_judged_on_how_serious_they_are():
    _, v = judge("Side effects of the plumping tablet are rare and mild.", TINGLE, COMMON, relation="denies_harm",
                 outcome="side effects")
    assert "a tenth or more of people" not in v.rationale, v.rationale
