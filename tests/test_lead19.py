"""Lead, session 19: rules found while integrating the helpers' work (issue #14).

The sentences are written for these tests; each reads a general construction of English.
"""

from __future__ import annotations

import re

from tracker import verdict
from tracker.claims import load_questions
from tracker.frames import parse_frame
from tracker.paths import QUESTIONS_CSV


def _percents(sentence: str) -> dict[str, bool]:
    question = load_questions(QUESTIONS_CSV)[0]
    return {m.group(0): verdict._strength_after_name(sentence, m, question)
            for m in re.finditer(r"\d+(?:\.\d+)?\s?%", sentence)}


def test_a_concentration_after_at_and_its_coordinated_strengths_are_no_effect_figures():
    # "X at N%" states X's concentration as "X N%" does, and a strength coordinated with it is one too; a
    # change ("rose 20%") or a share of sites stays a figure the verdict compares with the claim's
    got = _percents("In cultured follicles, caffeine at 0.001% and 0.005% reversed the suppression; "
                    "growth rose 20% at 12 weeks.")
    assert got == {"0.001%": True, "0.005%": True, "20%": False}
    assert _percents("Hair density rose by 12% and 18% at weeks 8 and 16.") == {"12%": False, "18%": False}
    assert _percents("Scores improved at 40% of sites.") == {"40%": False}


def test_a_harm_subject_of_a_negated_passive_reporting_verb_is_denied():
    # SIGN7's frames rule (applied by the lead): "were not seen / reported", "have never been recorded" deny the harm
    # that is their subject; a subject that is no harm is left to the other rules
    for text in ("serious side effects were not seen in the trials",
                 "For most adults using the lotion as directed, serious side effects were not seen in the trials",
                 "Side effects have never been reported"):
        assert parse_frame(text, topic="minoxidil").relation == "denies_harm", text
    assert parse_frame("results were not seen until week 12", topic="minoxidil").relation != "denies_harm"


def test_a_comparison_of_harm_with_no_head_to_head_record_is_on_neither_side():
    # SPLIT7 found it on test9: "... and irritates far less" than tretinoin met one record reporting irritation with
    # the treatment alone; a harm reported for one arm says nothing about having less of it than the other (C9: a
    # comparison needs head-to-head evidence), so "contradicted" is no more kept than "supported" is
    from tests.judging import judge, rec
    from tracker.models import Question
    q = Question("q-velto-irritation", "Does velto gel cause irritation?", "velto gel", "irritation", "safety",
                 "velto*[tiab] AND irritat*[tiab]")
    records = {"95000011": rec("95000011", "Case series of 12 adults using velto gel nightly for 8 weeks: 9 reported "
                               "irritation, redness and peeling, severe in two.", title="Velto gel: a case series")}
    _, v = judge("Velto gel irritates far less than tretinoin", q, records, relation="superior", outcome="irritation",
                 comparator="tretinoin")
    assert v.verdict == "no evidence found" and v.side == "unclear", v.rationale
    assert "head-to-head" in v.rationale


def test_a_share_that_did_not_respond_denies_an_effect_not_a_harm():
    # found on dev7 once SPLIT7 and EXT7 made the claim a candidate: responding to a treatment is its effect in a
    # person, so "did not respond" denies the effect; before, the negated verb with no harm word fell back to a
    # denied harm, and the claim met the harm question's records
    for text in ("In one study of men and women who had already failed the pills and the foam, about one in ten did "
                 "not respond at all", "one in ten did not respond"):
        assert parse_frame(text, topic="PRP").relation == "no_effect", text
    assert parse_frame("Most men responded well to the injections", topic="PRP").relation == "benefit"
