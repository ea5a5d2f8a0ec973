"""HRM16 (issue 14): a safety claim faced with a serious harm that only a case report documents.

- Search: PubMed indexes a harm of a treatment as the subheading "adverse effects" on the treatment's heading
  ("Chemexfoliation/adverse effects"), often the only harm word a case report has; the general harms block of a
  safety question searches that subheading beside the text words, and relevance reads [sh] as the subheading of a
  heading (not a word of the text).
- Severity (ICH E2A): damage to the structure of an organ that serves a vital or sensory function, or the loss of that
  function ("corneal damage", "reduced visual acuity", "liver failure", "hearing loss"), is a persistent disability,
  so a serious harm; not when it is the condition treated or the patient's history.
- Verdict (C8b): a plain, ungraded "safe"/"gentle" says the treatment causes no serious harm, so a serious harm reported
  in people who had it leaves the claim not supported: on the side against when a study counted it, on neither side
  when only case reports show it (they show that it can happen, not how often); a graded or hedged safety claim
  ("low risk", "generally safe") keeps its cap (partly supported).

Real extraction, local index, appraisal, grading and verdict on hand-written records (topics no development article
uses: at-home glycolic acid peels, ear candling, a herbal supplement). Every test fails on 3decb92."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.appraisal import QueryDoc, appraise, matches_query, parse_question_query
from tracker.extract import extract_claims
from tracker.harms import harm_severities, read_harm
from tracker.local_index import LocalIndex
from tracker.models import AbstractSection, Article, MeshHeading, Question, Record

PEEL_TRIALS = {
    "93000001": rec("93000001", "Randomised controlled trial in 40 women with melasma: glycolic acid chemical peels every "
                    "two weeks lightened pigmentation more than a cleanser alone. Adverse effects were mild and transient: "
                    "erythema in 5 of 20 patients.", title="Glycolic acid chemical peels for melasma: a randomised trial"),
    "93000002": rec("93000002", "Split-face randomised trial in 30 adults: chemical peels with glycolic acid improved "
                    "photoageing scores; side effects were mild, with transient burning in 4 of 30.",
                    title="Glycolic acid peels for photoageing"),
}
# a case report whose only harm indexing is the MeSH subheading: no harm word of the text block in it
CORNEA = Record(
    pmid="93000003", title="Corneal damage after an at-home glycolic acid chemical peel",
    abstract=(AbstractSection(None, "Case report of a 31-year-old woman who developed corneal damage and reduced visual "
                                    "acuity in the left eye after a glycolic acid chemical peel done at home."),),
    publication_types=("Case Reports",),
    mesh=(MeshHeading("Chemexfoliation", True, ("adverse effects",)), MeshHeading("Corneal Injuries", True, ("etiology",)),
          MeshHeading("Humans")),
    text_kind="synopsis")
# indexed with another subheading only: no harm of the treatment
ACNE = Record(pmid="93000004", title="Glycolic acid chemical peel series for comedonal acne",
              abstract=(AbstractSection(None, "Open trial of glycolic acid chemical peels in 25 adults with acne."),),
              mesh=(MeshHeading("Chemexfoliation", False, ("methods",)), MeshHeading("Acne Vulgaris", True, ("therapy",))))
ARTICLE = ("Glycolic Peels at Home\n\nA glycolic acid chemical peel evens out dull skin in a few weeks. "
           "Chemical peels are a safe way to brighten your skin at home.\n")


def _safety_question() -> Question:
    article = Article("peel.txt", "Glycolic Peels at Home", ARTICLE, "text", "0" * 64)
    cands = [c for c in extract_claims(article, []) if "safe way" in c.claim.quote]
    assert cands and cands[0].new_question is not None
    return cands[0].new_question


def test_the_harms_block_of_a_safety_question_searches_the_adverse_effects_subheading(tmp_path):
    # before: the block searched text words only, and the case report indexed by its subheading was not found
    q = _safety_question()
    assert q.kind == "safety" and '"adverse effects"[sh]' in q.query, q.query
    idx = LocalIndex(tmp_path / "index.db")
    try:
        idx.add([*PEEL_TRIALS.values(), CORNEA, ACNE])
        found = set(idx.search(q.query).pmids)
    finally:
        idx.close()
    assert CORNEA.pmid in found and ACNE.pmid not in found, found


def test_relevance_reads_a_subheading_as_the_qualifier_of_a_heading():
    # before: "adverse effects"[sh] was looked for among the heading names, and the case report did not address the harm
    node = parse_question_query('"adverse effects"[sh]')
    assert node is not None
    assert matches_query(node, QueryDoc.of_record(CORNEA))
    assert not matches_query(node, QueryDoc.of_record(ACNE))
    a = appraise(CORNEA, _safety_question())
    assert a.included and a.relevance == "both", a.exclusion_reason


def test_damage_to_an_organ_or_the_loss_of_its_function_is_a_serious_harm():
    # before: none of these was read as serious (no "severe", "serious" or "permanent" next to a harm word)
    for text, words in (
            ("Case report: a 41-year-old man developed hearing loss in the left ear after ear candling.", "hearing loss"),
            ("Acute liver failure was reported in two users of the herbal slimming supplement.", "liver failure"),
            (CORNEA.abstract_text, "corneal damage")):
        found = harm_severities(text)
        assert (words, False) in [(w.lower(), m) for w, m in found], (text, found)
    assert read_harm(CORNEA).severity == "serious"
    # a serious harm ruled out reassures
    assert harm_severities("No retinal damage was observed in any participant.") == [("No retinal damage", True)]
    # the condition treated, or the patient's history, is no harm of the treatment
    assert harm_severities("Photobiomodulation for diabetic retinopathy was well tolerated; no adverse events "
                           "were reported.") == [("well tolerated", True)]
    assert harm_severities("Case report of a man without prior kidney disease or heart failure who developed a "
                           "pericardial effusion after the supplement.") == []


def test_an_ungraded_safety_claim_is_not_supported_when_people_had_a_serious_harm():
    # before: supported (the case report was excluded as not addressing the outcome, and its harm not read as serious)
    q = _safety_question()
    records = {**PEEL_TRIALS, CORNEA.pmid: CORNEA}
    for quote in ("A glycolic peel is a safe, drug-free way to brighten dull skin",
                  "Glycolic peels are gentle, so you can do one every week",
                  "Chemical peels are a safe way to brighten your skin at home"):
        _, v = judge(quote, q, records, relation="denies_harm", outcome="adverse effects")
        # a case report shows that it can happen, not how often: not supported, on neither side
        assert v.verdict == "not supported" and v.side == "unclear", (quote, v.rationale)
        assert CORNEA.pmid in v.rationale and "ungraded" in v.rationale
    # a serious harm counted in a trial goes against the claim
    trial = rec("93000005", "Randomised controlled trial in 60 adults: glycolic acid chemical peels improved skin tone; "
                "adverse effects were mild erythema, but 2 of 30 patients developed corneal damage after splashes.",
                title="Glycolic acid chemical peels for skin tone")
    _, v = judge("Glycolic peels are gentle, so you can do one every week", q, {**records, trial.pmid: trial},
                 relation="denies_harm", outcome="adverse effects")
    assert v.verdict == "not supported" and v.side == "against", v.rationale
    # a claim that grades the risk, or hedges the safety word, allows a rare serious harm: capped, not refuted
    for quote in ("Chemical peels are a safe treatment with a low risk of side effects",
                  "Chemical peels are generally safe at home"):
        _, v = judge(quote, q, records, relation="denies_harm", outcome="adverse effects")
        if "a second, learned reader gives that reading" in v.rationale:
            # (session 16: the retrained relation reader doubts "a low risk of side effects" as a harm report at 34%,
            # one of its measured false doubts; a doubted claim is placed on neither side, never on the wrong one)
            assert v.verdict == "not supported" and v.side == "unclear", (quote, v.rationale)
        else:
            assert v.verdict == "partly supported", (quote, v.rationale)
        assert "serious harms reported: corneal damage" in v.rationale and "ungraded" not in v.rationale
