"""tracker.verdict, SIGN7 (issue 14): verdict degree and severity, found on the development splits (dev10, test5,
test8, test11, test13, dev7).

- A denial limited to serious harms is judged on how serious the reported harms are (C8, ICH E2A), wherever the
  severity word stands: "serious side effects were not seen" as "no serious side effects". Records of mild harms only
  back it; a record of a serious harm in people who had the treatment goes against it.
- A quantifier ("most adults") picks a share of people, not a kind of people: it names no population.
- "No clear effect" at low or very low certainty (GRADE: the effect is not clearly established) is backed by records
  that show an effect only at that certainty: partly supported (QUEST5 placed it on neither side).
- A typical share of responders ("most users", "80% of users") that no record reports is an unverified amount of an
  effect the records back on average: at most partly supported, as an unchecked figure is (C3); a universal share
  ("works for everyone") stays not supported.

Real appraisal and grading on hand-written records (invented topics). Tests whose comments say "before:" fail on the
round-1 tree (/tmp/p19/comb)."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import Claim, ClaimFrame, Question
from tracker.verdict import _population_words, denies_risk, ungraded_safety

HARMS = Question("q-velto-harms", "Does velto lotion cause adverse effects?", "velto lotion", "adverse effects", "safety",
                 'velto*[tiab] AND ("adverse event*"[tiab] OR "side effect*"[tiab])')
MILD = {
    "95000001": rec("95000001", "Randomised, vehicle-controlled trial in 320 adults using velto lotion for 24 weeks. "
                    "Side effects were mild and transient: scalp itching in 6% and dryness in 4%. No serious adverse "
                    "events occurred.", title="Velto lotion: a randomised controlled trial"),
    "95000002": rec("95000002", "Randomised trial in 280 adults: velto lotion was well tolerated; adverse events were mild "
                    "(redness, itching) and resolved without treatment.", title="Safety of velto lotion in adults"),
}
SERIOUS = {
    **MILD,
    "95000003": rec("95000003", "Randomised controlled trial in 300 adults using velto lotion for 24 weeks. Adverse events "
                    "included itching in 5%; two participants were hospitalised with severe allergic reactions "
                    "(anaphylaxis) and withdrew.", title="Velto lotion: safety in a randomised trial"),
}


def test_a_serious_harm_denied_as_subject_is_judged_on_severity():
    quote = "For most adults using the lotion as directed, serious side effects were not seen in the trials"
    # before: the severity word had to follow the negation ("no serious side effects"): an occurrence claim, refuted
    # by the records that report mild side effects
    _, v = judge(quote, HARMS, MILD, relation="denies_harm", outcome="adverse effects", population="most adults")
    assert v.verdict in ("supported", "partly supported") and v.side == "backs", v.rationale
    assert "how serious" in v.rationale
    _, v = judge(quote, HARMS, SERIOUS, relation="denies_harm", outcome="adverse effects", population="most adults")
    assert v.side != "backs", v.rationale
    assert "95000003" in v.rationale


def test_the_serious_harm_subject_is_read_only_in_a_denial():
    fr = dict(intervention="velto lotion", intervention_norm="velto lotion", outcome="adverse effects")
    deny = Claim("c1", "a.txt", "Serious side effects were not seen", 0, 10, "Serious side effects were not seen",
                 HARMS.question_id, "safety", "plain", origin="auto", stance="denies",
                 frame=ClaimFrame(relation="denies_harm", **fr))  # type: ignore[arg-type]
    assert denies_risk(deny, HARMS) and ungraded_safety(deny) is not None  # before: neither
    affirm = Claim("c2", "a.txt", "It can cause serious side effects", 0, 10, "It can cause serious side effects",
                   HARMS.question_id, "safety", "plain", origin="auto", stance="affirms",
                   frame=ClaimFrame(relation="harm", **fr))  # type: ignore[arg-type]
    assert not denies_risk(affirm, HARMS)


def test_a_quantifier_names_no_population():
    fr = ClaimFrame(intervention="velto lotion", intervention_norm="velto lotion", outcome="adverse effects",
                    relation="denies_harm", population="most adults")
    assert _population_words(fr, "For most adults, serious side effects were not seen") == set()  # before: {"most"}
    fr = ClaimFrame(intervention="velto lotion", intervention_norm="velto lotion", outcome="adverse effects",
                    relation="denies_harm", population="most pregnant women")
    assert _population_words(fr, "For most pregnant women it is safe") == {"pregnant", "women"}


SCARS = Question("q-zor7-scars", "Does zorbanil cream improve scar depth?", "zorbanil cream", "scar depth", "efficacy",
                 'zorbanil*[tiab] AND scar*[tiab]')


def _trials(*sizes: int) -> dict:
    return {f"s{i}": rec(f"s{i}", f"Randomized controlled trial of {n} adults with atrophic scars treated with "
                                  "zorbanil cream or vehicle. Zorbanil significantly improved scar depth compared "
                                  "with vehicle (p < 0.001).", title="Zorbanil cream for scars: a randomized trial")
            for i, n in enumerate(sizes)}


def test_no_clear_effect_at_low_certainty_is_backed():
    # before: not supported, on neither side (QUEST5)
    _, v = judge("pooled trials found no clear improvement in scar depth with zorbanil cream", SCARS, _trials(40),
                 relation="no_effect")
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    # at high certainty the effect is clear: the claim is refuted
    _, v = judge("pooled trials found no clear improvement in scar depth with zorbanil cream", SCARS,
                 _trials(220, 240, 260), relation="no_effect")
    assert v.side == "against", v.rationale
    # a plain denial is still refuted at low certainty
    _, v = judge("zorbanil cream does not improve scars", SCARS, _trials(40), relation="no_effect")
    assert v.side == "against", v.rationale


def test_a_typical_share_no_record_reports_is_at_most_partly_supported():
    # before: not supported, on neither side ("a share of people no record reports")
    _, v = judge("Most users see shallower scars with zorbanil cream", SCARS, _trials(220, 240, 260))
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    assert "unverified" in v.rationale
    # a universal share is still not supported
    _, v = judge("Zorbanil cream works for everyone with scars", SCARS, _trials(220, 240, 260))
    assert v.verdict == "not supported", v.rationale
    # a share the records report smaller still goes against it
    short = {"r1": rec("r1", "Randomized controlled trial of 240 adults with atrophic scars: zorbanil cream improved scar "
                             "depth compared with vehicle (p < 0.001); 30% of patients improved versus 10% "
                             "with vehicle.", title="Zorbanil cream for scars: a randomized trial")}
    _, v = judge("Most users see shallower scars with zorbanil cream", SCARS, short)
    assert v.side != "backs", v.rationale


def test_a_claim_judged_on_severity_is_not_put_in_doubt_by_its_harm_reading():
    # "side effects are rare and mild" asserts mild harms and denies serious ones: either reading is held to the
    # severities the records report (C8), so the learned reader's harm reading does not move its side
    # before: not supported, on neither side ("could also be read as saying it causes the harm")
    _, v = judge("Side effects are rare and mild", HARMS, MILD, relation="denies_harm", outcome="adverse effects")
    assert v.side == "backs" and "could also be read" not in v.rationale, v.rationale
