"""VERD4 (issue 14): a search for a treatment's harms includes the harms that are serious by definition (ICH E2A:
hospitalisation, a threat to life, the loss of a sense), the words a case report of one is titled by when it names no
"adverse event" or "complication". Tests whose comments say "before:" fail on 9615e59."""

from __future__ import annotations

from tracker.evidence_words import HARMS_IN_GENERAL, SERIOUS_HARMS, record_matches
from tracker.extract import OUTCOMES
from tracker.harms import SERIOUS_HARM_TERMS
from tracker.models import AbstractSection, Record

CASE = Record(pmid="94000001", title="Irreversible Blindness Following Periocular Filler Injection",
              abstract=(AbstractSection(None, "Case report of a 52-year-old woman who lost vision in the left eye after "
                                                "cosmetic filler injections into the forehead."),), text_kind="synopsis")


def test_a_harm_search_finds_a_case_report_titled_by_a_serious_harm():
    # before: no match (the harm block named only adverse events, complications and safety)
    adverse = next(c for c in OUTCOMES if c.key == "adverse-effects")
    query = f'filler*[tiab] AND ({" OR ".join(adverse.terms)})'
    assert record_matches(query, CASE)
    assert record_matches(f'filler*[tiab] AND ({" OR ".join(HARMS_IN_GENERAL + SERIOUS_HARMS)})', CASE)


def test_the_serious_harm_vocabulary_is_general_and_never_matches_a_blinded_trial():
    assert "blindness" in SERIOUS_HARM_TERMS and "hospitali*" in SERIOUS_HARM_TERMS
    trial = Record(pmid="94000002", title="A double-blind trial of filler injection",
                   abstract=(AbstractSection(None, "Double-blind randomised trial of filler in 40 women."),),
                   text_kind="synopsis")
    assert not record_matches(f'filler*[tiab] AND ({" OR ".join(SERIOUS_HARMS)})', trial)
