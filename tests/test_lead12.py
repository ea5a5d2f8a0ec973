"""Lead, session 12: failures of the lead's trap article (a pharmacist's Q/A column on a derma
roller), fixed by their mechanism: research as the subject of a verb of attention ("Studies of X
look at scars, not pores") says what was studied, not what was found; a minimiser answer
("Hardly at all with a 0.25 mm roller.") answers its question with a small degree, not "no", and
a pain claim in a minimiser is about how much it hurts, judged on the severity reported."""

from __future__ import annotations

from tests.extracting import article, claim_with
from tracker.extract import _declarative, _generic_concept, _not_a_claim, extract_claims
from tracker.models import Claim, Question
from tracker.verdict import denies_severity

COLUMN = """Ask the Therapist: is cupping worth a try?

Our physiotherapist answers your questions every month.

Q: My neighbour swears cupping cleared her cellulite. Does it?

A: Not that anyone has shown. Trials of cupping look at neck pain and back pain, not cellulite.

Q: Is cupping at home painful?

A: Hardly at all with soft silicone cups. Most people feel a pulling sensation.
"""


def test_what_research_studied_is_no_claim():
    cands = extract_claims(article(COLUMN, "cupping.txt"))
    assert not [c for c in cands if "look at neck pain" in c.claim.quote]
    assert _not_a_claim("Most trials tested it against a dummy device")
    assert not _not_a_claim("Studies have looked at acne scars and found clear gains")
    assert not _not_a_claim("Research shows it eases back pain")


def test_a_minimiser_answer_with_a_phrase_after_it_answers_its_question():
    cands = extract_claims(article(COLUMN, "cupping.txt"))
    c = claim_with(cands, "Hardly at all")
    assert c.claim.frame is not None and c.claim.frame.relation == "denies_harm"
    assert c.claim.stance == "denies"


def test_a_minimiser_answer_keeps_its_degree_and_a_gerund_subject_its_adjuncts():
    primary = _generic_concept("cupping")
    assert _declarative("Is cupping at home painful?", True, primary, "hardly") == "Cupping at home is hardly painful"
    assert _declarative("Is it painful?", True, primary) == "It is not painful"


def test_a_minimised_pain_claim_is_about_how_much_it_hurts():
    q = Question("q-pain", "Does cupping cause pain?", "cupping", "pain", "safety", "cupping[tiab] AND pain[tiab]")
    claim = Claim("c1", "a.txt", "Hardly at all with soft silicone cups", 0, 37, "Cupping does not cause pain",
                  "q-pain", "safety", "plain", origin="auto", stance="denies")
    assert denies_severity(claim, q)
    plain = Claim("c2", "a.txt", "It never hurts", 0, 14, "Cupping does not cause pain", "q-pain", "safety", "absolute",
                  origin="auto", stance="denies")
    assert not denies_severity(plain, q)


def test_a_superlative_of_safety_is_judged_on_how_serious_the_harms_are():
    from tracker.verdict import denies_risk

    q = Question("q-ae", "Does cupping cause adverse effects?", "cupping", "adverse effects", "safety",
                 "cupping[tiab] AND adverse[tiab]")
    claim = Claim("c1", "a.txt", "Cupping is one of the safest therapies we have", 0, 46, "Cupping does not cause adverse effects",
                  "q-ae", "safety", "plain", origin="auto", stance="denies")
    assert denies_risk(claim, q)


def test_a_denied_rise_in_a_harm_is_not_refuted_by_reports_that_the_harm_occurs():
    from tests.judging import judge, rec

    pain = Question("q-pain", "Does cupping cause pain?", "cupping", "pain", "safety", "cupping[tiab] AND pain[tiab]")
    records = {"91000001": rec("91000001", "Randomized controlled trial of 120 adults treated with cupping. Pain was "
                               "reported by most patients during treatment."),
               "91000002": rec("91000002", "Randomized trial of 200 participants given cupping. Mild pain and bruising "
                               "occurred in 60% of patients.")}
    quote = "The cups don't make the massage more painful"
    _, v = judge(quote, pain, records, relation="denies_harm")
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    assert "rise in pain" in v.rationale
    _, plain = judge("The cups don't hurt", pain, records, relation="denies_harm")
    assert plain.side == "against", plain.rationale


def test_a_lone_adverb_after_a_comma_is_no_list_member():
    text = "Our verdict\n\nCupping is a cheap habit that eases neck pain, slowly.\n"
    cands = extract_claims(article(text, "cupping.txt"))
    assert [c.claim.quote for c in cands if "neck pain" in c.claim.quote]
    assert not [c for c in cands if c.new_question is not None and "slowly" in c.new_question.statement.lower()]
    assert not [c for c in cands if "slowly" in c.claim.question_id]


def test_a_harm_denied_beside_a_comparison_is_not_refuted_by_reports_that_it_occurs():
    from tests.judging import judge, rec

    itch = Question("q-itch", "Does castor oil cause itching?", "castor oil", "itching", "safety",
                    "castor oil[tiab] AND itch*[tiab]")
    records = {"91000003": rec("91000003", "Randomized controlled trial of 120 adults comparing castor oil with "
                               "bimatoprost for 12 weeks. Itching was reported by most patients in both groups.")}
    _, v = judge("without the itchy eyelids", itch, records, relation="denies_harm", comparator="bimatoprost",
                 comparator_norm="bimatoprost")
    assert v.side != "against", v.rationale
    _, bare = judge("without the itchy eyelids", itch, records, relation="denies_harm")
    assert bare.side == "against", bare.rationale


def test_a_hedged_gentle_with_an_article_between_stays_graded():
    from tracker.verdict import ungraded_safety

    def claim(q: str) -> Claim:
        return Claim("c", "a.txt", q, 0, len(q), q, "q", "safety", "plain")
    assert ungraded_safety(claim("Cupping is considered a gentle therapy")) is None
    assert ungraded_safety(claim("Cupping is a gentle therapy")) == "gentle"
