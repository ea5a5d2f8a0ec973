"""tracker.verdict, round 14 (VRD14, issue 14: sign errors first). A comparison of two active arms is read by
English structure: a one-word comparator shares the intervention's head noun ("red light did as well as blue":
blue [light]), and a comparative harm claim ("caused fewer side effects than blue light") is checked against what
trials of the two arms report about their harms, not against their efficacy results or against reviews of one
arm against something else (GRADE indirectness). Real appraisal and grading on the embedded snapshot's records
and on small hand-written ones; frames are written out so that each test measures the verdict. Tests whose
comments say "before:" fail on the code before round 14 (d6d8eb3)."""

from __future__ import annotations

from functools import cache

from tests.judging import judge, rec
from tracker.models import ClaimFrame, Question
from tracker.pipeline import open_backend
from tracker.verdict import restore_elided_head

LIGHT_HARMS = Question(
    "q-light-harms", "Does LED light therapy cause adverse effects?", "LED light therapy", "adverse effects", "safety",
    '("LED light"[tiab] OR "red light"[tiab] OR "blue light"[tiab] OR "light therapy"[tiab]) AND ("adverse effect*"[tiab] '
    'OR "adverse event*"[tiab] OR "adverse reaction*"[tiab] OR "side effect*"[tiab] OR complication*[tiab] OR safety[tiab])')
# made-up treatments: the reading must come from structure, not from known names
ZOR_HARMS = Question("q-zor-harms", "Does zorbanil cream cause adverse effects?", "zorbanil cream", "adverse effects",
                     "safety", 'zorbanil*[tiab] AND ("adverse event*"[tiab] OR "side effect*"[tiab])')
QUOTE = "In a head-to-head trial, red light did as well as blue on spots and caused fewer side effects"


@cache
def snapshot(*pmids: str) -> dict:
    backend = open_backend("snapshot")
    return {r.pmid: r for r in backend.fetch(list(pmids))}


def _light(comparator: str) -> dict:
    return {"intervention": "red light", "intervention_norm": "LED light therapy", "outcome": "adverse effects",
            "relation": "superior", "comparator": comparator, "comparator_norm": comparator}


def test_a_one_word_comparator_shares_the_interventions_head():
    records = snapshot("31712293", "34981580")
    frame = ClaimFrame(**_light("blue"))  # type: ignore[arg-type]
    assert restore_elided_head(frame, LIGHT_HARMS, records).comparator == "blue light"
    # a full name, a route or a head the evidence never joins to the word: kept as written
    for comparator in ("minoxidil", "topical", "the cream"):
        assert restore_elided_head(ClaimFrame(**_light(comparator)), LIGHT_HARMS, records).comparator == comparator  # type: ignore[arg-type]
    single = ClaimFrame(**{**_light("blue"), "intervention": "phototherapy"})  # type: ignore[arg-type]
    assert restore_elided_head(single, LIGHT_HARMS, records).comparator == "blue"


def test_a_review_of_one_arm_against_no_light_is_no_comparison_with_the_other_arm():
    # 31712293 compares blue light with non-light treatments ("favoured blue light"): it never tests red light, so
    # it cannot say that blue beat red; before: contradicted ("2 favour blue"), a sign error (34981580 backs it)
    records = snapshot("31712293", "33068178")
    _, v = judge(QUOTE, LIGHT_HARMS, records, **_light("blue"))
    assert v.verdict not in ("contradicted",) and v.side != "against", v.rationale
    assert "favour blue" not in v.rationale


def test_fewer_side_effects_is_checked_against_the_harms_per_arm():
    # 34981580: red against blue light, "adverse reactions were clearly more frequent in the blue light group"
    records = snapshot("31712293", "34981580", "33068178")
    _, v = judge(QUOTE, LIGHT_HARMS, records, **_light("blue"))
    # before: contradicted (the review's efficacy wording for blue light read as a win over red light)
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    assert "34981580" in v.rationale


def test_harm_comparisons_read_by_structure_on_made_up_names():
    more_in_comparator = {"z1": rec("z1", "Randomized trial of 60 adults comparing zorbanil cream with quellite cream "
                                          "for acne. Side effects were more frequent with quellite than with zorbanil.")}
    _, v = judge("zorbanil cream causes fewer side effects than quellite", ZOR_HARMS, more_in_comparator,
                 intervention="zorbanil cream", relation="superior", comparator="quellite", comparator_norm="quellite")
    # before: no evidence found ("none of the records compares it with quellite")
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    more_in_intervention = {"z1": rec("z1", "Randomized trial of 60 adults comparing zorbanil cream with quellite "
                                            "cream for acne. Adverse events were more frequent in the zorbanil group "
                                            "(p < 0.01).")}
    _, v = judge("zorbanil cream causes fewer side effects than quellite", ZOR_HARMS, more_in_intervention,
                 intervention="zorbanil cream", relation="superior", comparator="quellite", comparator_norm="quellite")
    # before: no evidence found; the record shows the opposite of the claim
    assert v.verdict == "contradicted" and v.side == "against", v.rationale
    alike = {"z1": rec("z1", "Randomized trial of 60 adults comparing zorbanil cream with quellite cream for acne. "
                             "Adverse events were similar in the zorbanil and quellite groups.")}
    _, v = judge("zorbanil cream causes fewer side effects than quellite", ZOR_HARMS, alike,
                 intervention="zorbanil cream", relation="superior", comparator="quellite", comparator_norm="quellite")
    # before: no evidence found; parity of harms does not back "fewer"
    assert v.verdict == "not supported" and v.side != "backs", v.rationale


BLUE_ACNE = Question("q-blue-acne", "Does blue light improve acne?", "blue light", "acne", "efficacy",
                     '"blue light"[tiab] AND acne[tiab]')


def test_a_mechanism_backed_only_by_clinical_results_is_partly_supported():
    # three trials of blue light that counted acne lesions, none measured the bacteria
    records = snapshot("34696155", "31712293", "22091799", "21637900", "15696987", "12413768", "15379878", "25594129")
    grade, v = judge("The blue light kills acne bacteria", BLUE_ACNE, records, intervention="blue light",
                     relation="mechanism", outcome="acne bacteria")
    assert grade.verdict == "supported"
    # before: supported
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    assert "not a test of it" in v.rationale
    # a mechanism framed on the clinical outcome itself is no more measured by trials of that outcome
    _, v = judge("Blue light is absorbed by porphyrins and this clears acne", BLUE_ACNE, records,
                 intervention="blue light", relation="mechanism", outcome="acne")
    assert v.verdict == "partly supported", v.rationale


def test_a_mechanism_a_backing_trial_measured_stays_supported():
    records = {f"m{i}": rec(f"m{i}", f"Randomized controlled trial of {n} adults with acne comparing blue light with sham. "
                                     "Blue light significantly reduced acne lesions and bacteria counts on treated skin "
                                     "compared with sham (p < 0.001).", title="Blue light for acne: a randomized trial")
               for i, n in enumerate((220, 240, 260))}
    grade, v = judge("The blue light kills acne bacteria", BLUE_ACNE, records, intervention="blue light",
                     relation="mechanism", outcome="acne bacteria")
    assert v.verdict == grade.verdict, v.rationale


def test_a_harm_under_misuse_is_only_indirectly_answered_by_trials():
    records = {f"h{i}": rec(f"h{i}", f"Randomized controlled trial of {n} adults treated with zorbanil cream or "
                                     "vehicle for acne. Side effects (redness, peeling) were significantly more "
                                     "common with zorbanil than with vehicle (p < 0.001).",
                            title="Zorbanil cream for acne: a randomized controlled trial")
               for i, n in enumerate((220, 240, 260))}
    grade, v = judge("zorbanil cream causes side effects", ZOR_HARMS, records, intervention="zorbanil cream",
                     relation="harm", outcome="side effects")
    assert grade.verdict == "supported" and v.verdict == "supported", v.rationale
    for quote in ("If the cream is not applied properly, side effects can occur",
                  "Poor technique with zorbanil cream can lead to side effects"):
        _, v = judge(quote, ZOR_HARMS, records, intervention="zorbanil cream", relation="harm", outcome="side effects")
        # before: supported
        assert v.verdict == "partly supported" and v.side == "backs", v.rationale


def test_a_rise_in_risk_is_more_than_the_harm_occurring():
    records = {f"h{i}": rec(f"h{i}", f"Randomized controlled trial of {n} adults treated with zorbanil cream or "
                                     "vehicle for acne. Side effects (redness, peeling) were significantly more "
                                     "common with zorbanil than with vehicle (p < 0.001).",
                            title="Zorbanil cream for acne: a randomized controlled trial")
               for i, n in enumerate((220, 240, 260))}
    for quote in ("zorbanil cream further increases the risk of side effects",
                  "with zorbanil cream the risks of side effects increase several times"):
        _, v = judge(quote, ZOR_HARMS, records, intervention="zorbanil cream", relation="harm", outcome="side effects")
        # before: supported
        assert v.verdict == "partly supported" and v.side == "backs", v.rationale


ZOR_SCARS = Question("q-zor-scars", "Does zorbanil cream improve scar depth?", "zorbanil cream", "scar depth", "efficacy",
                     'zorbanil*[tiab] AND scar*[tiab]')


def test_a_minimiser_claims_a_small_effect_not_none():
    records = {f"s{i}": rec(f"s{i}", f"Randomized controlled trial of {n} adults with atrophic scars treated with "
                                     "zorbanil cream or vehicle. Zorbanil significantly improved scar depth compared "
                                     "with vehicle (p < 0.001).", title="Zorbanil cream for scars: a randomized trial")
               for i, n in enumerate((220, 240, 260))}
    _, v = judge("zorbanil cream does not improve scars", ZOR_SCARS, records, relation="no_effect")
    # VERD3: a plain (not absolute) denial the records refute is not supported, against (README), no longer contradicted
    assert v.verdict == "not supported" and v.side == "against", v.rationale
    _, v = judge("zorbanil cream barely improves scars", ZOR_SCARS, records, relation="no_effect")
    # before: contradicted (against); an effect of unknown size does not refute "barely"
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale


def test_the_arm_a_harm_comparative_is_said_of_is_the_one_nearest_it():
    # "similar in both, but more erythema with quellite": the comparative is said of quellite, not of the arm named first
    records = {"z1": rec("z1", "Randomized trial of 60 adults comparing zorbanil cream with quellite cream for acne. "
                               "Side effects: zorbanil and quellite gave similar dryness, but more erythema occurred "
                               "with quellite.")}
    _, v = judge("zorbanil cream causes fewer side effects than quellite", ZOR_HARMS, records,
                 intervention="zorbanil cream", relation="superior", comparator="quellite", comparator_norm="quellite")
    # before: no evidence found
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
