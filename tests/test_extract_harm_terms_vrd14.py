"""VRD14: the general harm block searches the names trials report harms under.

"Adverse reaction" is, beside "adverse event" and "adverse effect", one of the standard names for a
treatment's harms (pharmacovigilance and CONSORT-harms use all three): a trial that reports only
"treatment-related adverse reactions" must be found by a question about adverse effects.
"""

from tracker.appraisal import QueryDoc, matches_query, parse_question_query
from tracker.extract import _OUTCOME_BY_KEY
from tracker.models import AbstractSection, Record


def test_harm_block_finds_a_trial_that_reports_adverse_reactions():
    block = " OR ".join(_OUTCOME_BY_KEY["adverse-effects"].terms)
    record = Record(pmid="1", title="Comparison of two light therapies for acne: a randomized trial",
                    abstract=(AbstractSection(None, "Treatment-related adverse reactions were more frequent in one group."),))
    node = parse_question_query(f"(light[tiab]) AND ({block})")
    assert node is not None and matches_query(node, QueryDoc.of_record(record))
