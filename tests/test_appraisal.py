"""Rules of tracker.appraisal (docs/grading.md): one test per rule, small hand-made
records, plus assertions on real snapshot records."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.appraisal import (
    QueryDoc,
    appraise,
    classify_direction,
    classify_population,
    conjuncts,
    count_participants,
    matches_query,
    parse_question_query,
    positive_terms,
    question_terms,
    term_text,
)
from tracker.models import DESIGNS, DIRECTIONS, AbstractSection, MeshHeading, Question, Record
from tracker.snapshot import iter_records
from tracker.text import figure_values, figures, split_sentences, words_to_int

MN = '(microneedl*[tiab] OR "micro-needling"[tiab] OR needling[tiab] OR dermaroller*[tiab] OR "collagen induction therapy"[tiab])'
ACNE = Question(
    "q-acne", "Does microneedling improve atrophic acne scars?", "microneedling", "atrophic acne scars",
    "efficacy", f'{MN} AND ((acne[tiab] AND (scar[tiab] OR scars[tiab])) OR "atrophic scars"[tiab])',
)
HAIR = Question(
    "q-hair", "Does microneedling promote hair regrowth?", "microneedling", "hair regrowth in alopecia",
    "efficacy", f'{MN} AND (alopeci*[tiab] OR "hair loss"[tiab] OR "hair growth"[tiab] OR "hair count"[tiab])',
)
INFECTION = Question(
    "q-inf", "Does microneedling cause skin infections?", "microneedling", "skin infection", "safety",
    f"{MN} AND (infect*[tiab] OR abscess*[tiab] OR sepsis[tiab])",
)
PENETRATION = Question(
    "q-pen", "Does microneedling increase penetration of topical products?", "microneedling",
    "penetration of topical products", "mechanism",
    f"{MN} AND (penetrat*[tiab] OR permeat*[tiab] OR delivery[tiab] OR flux[tiab])",
)
COMPARATIVE = Question(
    "q-cmp", "Is microneedling more effective for hair growth than other hair-loss treatments?",
    "microneedling", "hair growth compared with other hair-loss treatments", "efficacy",
    f'{MN} AND (alopeci*[tiab] OR "hair growth"[tiab] OR "hair count"[tiab])',
)


def rec(text: str, *, title: str = "", pmid: str = "1", pt: tuple[str, ...] = (), mesh: tuple[str, ...] = (),
        complete: bool = True) -> Record:
    return Record(
        pmid=pmid, title=title, abstract=(AbstractSection(None, text),), publication_types=pt,
        mesh=tuple(MeshHeading(m) for m in mesh), text_kind="synopsis", text_complete=complete,
    )


@pytest.fixture(scope="module")
def snapshot() -> dict[str, Record]:
    return {r.pmid: r for r in iter_records()}


# --- text utilities ----------------------------------------------------------------------

def test_sentences_survive_p_values_and_abbreviations():
    text = ("The microneedle side improved sooner (log-rank P = .007) vs. sham. No adverse effects "
            "were seen, e.g. erythema. 115 participants completed the trial.")
    assert split_sentences(text) == [
        "The microneedle side improved sooner (log-rank P = .007) vs. sham.",
        "No adverse effects were seen, e.g. erythema.",
        "115 participants completed the trial.",
    ]


@given(st.lists(st.text(alphabet="abc XYZ.,;()0123456789", min_size=0, max_size=40), max_size=6))
def test_sentence_splitting_keeps_every_character(parts):
    text = " ".join(parts)
    assert "".join(split_sentences(text)).replace(" ", "") == "".join(text.split()).replace(" ", "")


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _spell(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    rest = n % 100
    return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + _spell(rest))


@given(st.integers(min_value=0, max_value=999))
def test_number_words_round_trip(n):
    assert words_to_int(_spell(n)) == n
    assert words_to_int(_spell(n).capitalize()) == n


def test_number_words_digits_and_junk():
    assert words_to_int("1,127") == 1127
    assert words_to_int("Sixty-eight") == 68
    assert words_to_int("several") is None


def test_figures_and_fold_changes_as_percent():
    assert figures("rose 6.74-fold and 80.64% improved; close to 80 percent") == ["6.74-fold", "80.64%", "80 percent"]
    assert figure_values("6.74-fold") == [574.0]
    assert figure_values("2- to 22-fold") == [100.0, 2100.0]


# --- the PubMed query (parsed by tracker.pubmed_query, evaluated here) -------------------

def _q(query: str):
    node = parse_question_query(query)
    assert node is not None
    return node


def test_query_parts_and_terms_skip_exclusions():
    tree = _q('("acne scar"[tiab] OR cicatrix[mh]) AND microneedl* NOT rat[tiab] AND 2015:2020[dp]')
    parts = conjuncts(tree)
    assert [[term_text(t) for t in positive_terms(p)] for p in parts] == [["acne scar", "cicatrix"], ["microneedl*"], []]
    assert [term_text(t) for t in positive_terms(tree)] == ["acne scar", "cicatrix", "microneedl*"]
    assert parse_question_query("") is None and parse_question_query("   ") is None


def test_query_evaluation_wildcards_hyphens_and_mesh_fallback():
    tree = _q('(microneedl*[tiab] OR "micro-needling"[tiab]) AND Cicatrix[mh]')
    assert matches_query(tree, QueryDoc.of("Micro-needling for cicatrix of the face"))
    assert matches_query(tree, QueryDoc.of("Microneedling treatment", mesh="Cicatrix / therapy"))
    assert not matches_query(tree, QueryDoc.of("Laser treatment of cicatrix"))


def test_query_operators_read_left_to_right():
    # PubMed: "a OR b AND c" is "(a OR b) AND c", not "a OR (b AND c)"
    tree = _q("scar OR acne AND laser")
    assert not matches_query(tree, QueryDoc.of("scar"))
    assert matches_query(tree, QueryDoc.of("scar laser"))
    assert not matches_query(_q("scar NOT laser"), QueryDoc.of("scar after laser"))
    assert matches_query(_q("scar NOT laser"), QueryDoc.of("scar after needling"))


def test_publication_type_tag_uses_the_text_only_without_publication_types():
    tree = _q('microneedl*[tiab] AND "Randomized Controlled Trial"[pt]')
    text = "A randomized controlled trial of microneedling"
    assert matches_query(tree, QueryDoc.of(text))
    assert not matches_query(tree, QueryDoc.of(text, publication_types="Case Reports"))
    assert matches_query(tree, QueryDoc.of("Microneedling", publication_types="Randomized Controlled Trial"))


def test_author_date_language_and_untagged_mesh():
    assert matches_query(_q('scar[tiab] AND smith j[au] AND 2020[dp] AND english[la]'), QueryDoc.of("acne scar"))
    # untagged terms search all fields, MeSH included; [tiab] does not search MeSH
    assert matches_query(_q("cicatrix"), QueryDoc.of("a trial", mesh="Cicatrix"))
    assert not matches_query(_q("cicatrix[tiab]"), QueryDoc.of("a trial", mesh="Cicatrix"))


_WORDS = st.sampled_from(["scar", "acne", "hair", "laser", "needl*", "collagen"])


@settings(deadline=None)  # a shared, loaded machine makes timings meaningless here
@given(_WORDS, _WORDS, st.sampled_from(["AND", "OR", "NOT"]), st.lists(_WORDS, max_size=4))
def test_query_operators_match_boolean_logic(a, b, op, doc_words):
    doc = QueryDoc.of(" ".join(doc_words))
    left, right = matches_query(_q(a), doc), matches_query(_q(b), doc)
    expected = {"AND": left and right, "OR": left or right, "NOT": left and not right}[op]
    assert matches_query(_q(f"{a} {op} {b}"), doc) == expected


def test_query_the_offline_parser_cannot_read_falls_back_to_the_wording():
    q = Question("q-ad", "Does microneedling improve acne scars?", "microneedling", "acne scars", "efficacy",
                 "microneedl*[tiab] AND scar*[tiab] AND harvard[ad]")
    assert parse_question_query(q.query) is None
    assert question_terms(q).intervention_expr == ()
    assert appraise(rec("Trial of microneedling for acne scars in 40 patients; scars improved."), q).relevance == "both"
    assert appraise(rec("Trial of microneedling for melasma in 40 patients."), q).relevance == "intervention"


# --- relevance ---------------------------------------------------------------------------

def test_relevance_both_kept_and_irrelevant_excluded_with_reason():
    both = appraise(rec("Randomised trial of 40 patients with atrophic acne scars treated with microneedling; scars improved significantly."), ACNE)
    assert both.relevance == "both" and both.included and both.exclusion_reason is None
    other = appraise(rec("Randomised trial of microneedling for melasma in 40 women; MASI fell."), ACNE)
    assert other.relevance == "intervention" and not other.included
    assert "atrophic acne scars" in (other.exclusion_reason or "")
    laser = appraise(rec("Fractional laser for atrophic acne scars in 30 patients."), ACNE)
    assert laser.relevance == "outcome" and not laser.included
    none = appraise(rec("A survey of sunscreen use."), ACNE)
    assert none.relevance == "neither" and none.direction == "unclear"


# --- design --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "pt", "mesh", "design"),
    [
        ("Trial of microneedling for acne scars in 40 patients.", ("Randomized Controlled Trial",), (), "RCT"),
        ("Systematic review and meta-analysis of 12 RCTs of microneedling.", ("Review",), (), "meta-analysis"),
        ("Randomized split-face trial in 30 patients with acne scars.", (), (), "RCT"),
        ("Split-face comparative study of 30 subjects with acne scars.", (), (), "non-randomised controlled"),
        ("Prospective study (titled randomized, though no comparison arm is described) of 50 patients.", (), (), "case series"),
        ("Retrospective review of 31 patients treated for acne scars.", (), (), "case series"),
        ("Ex vivo study on excised human skin in Franz cells.", (), (), "in vitro"),
        ("Rat study of needling in 56 rats.", (), (), "animal"),
        ("Case report of a 59-year-old woman with a facial eruption after microneedling.", (), (), "case report"),
        ("Narrative review of microneedling in skin of color.", (), (), "narrative review"),
        ("Needling of skin.", (), ("Animals", "Rats"), "animal"),
    ],
)
def test_design_from_publication_types_mesh_and_text(text, pt, mesh, design):
    a = appraise(rec(text, pt=pt, mesh=mesh), ACNE)
    assert a.design == design and a.design in DESIGNS


def test_text_overrides_wrong_publication_type_and_says_so():
    r = rec("Prospective, single-centre, evaluator-blinded randomized trial in 120 Chinese women with hair loss "
            "comparing minoxidil with minoxidil plus microneedling.", pt=("Case Reports",))
    a = appraise(r, HAIR)
    assert a.design == "RCT"
    assert "Case Reports" in (a.design_note or "") and "text wins" in (a.design_note or "")


# --- population and size --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Randomized trial in Sixty-eight men with hair loss treated with microneedling.", 68),
        ("Systematic review of 22 clinical studies with 1,127 subjects on microneedling for alopecia.", 1127),
        ("Meta-analysis: Twelve studies with 459 patients on microneedling for alopecia were pooled.", 459),
        ("Patients with alopecia were randomly divided into microneedling (n = 9), PDT (n = 15) or both (n = 17).", 41),
        ("Pilot study in six middle-aged men given microneedling for hair loss.", 6),
    ],
)
def test_participants_digits_words_reviews_and_arms(text, n):
    assert appraise(rec(text), HAIR).n_participants == n


def test_animal_and_in_vitro_have_no_participants_and_population():
    a = appraise(rec("Animal study in 30 Sprague Dawley rats given microneedling; hair growth increased."), HAIR)
    assert a.population == "animal" and a.n_participants is None
    v = appraise(rec("In vitro study of porcine skin pretreated with microneedles; flux of the drug rose 6.74-fold."), PENETRATION)
    assert v.population == "in vitro" and v.n_participants is None


def test_case_report_counts_one_person():
    a = appraise(rec("Case report of a 59-year-old woman who developed an abscess (infection) after microneedling."), INFECTION)
    assert a.design == "case report" and a.n_participants == 1 and a.population == "human"


# --- direction ----------------------------------------------------------------------------------

def _direction(text: str, question: Question = ACNE, **kw) -> tuple[str, str | None]:
    a = appraise(rec(text, **kw), question)
    assert a.direction in DIRECTIONS
    return a.direction, a.deciding_sentence


def test_improvement_supports_and_deciding_sentence_is_stored():
    d, s = _direction("Randomized trial of microneedling in 40 patients with acne scars. "
                      "Mean scar scores fell significantly after microneedling (p < 0.01).")
    assert d == "supports" and s == "Mean scar scores fell significantly after microneedling (p < 0.01)."


def test_did_not_significantly_improve_is_no_effect():
    d, s = _direction("Randomized trial of 120 patients with acne scars: microneedling alone, peel alone or both. "
                      "Only the combination improved significantly, so microneedling alone did not significantly improve the scar grade.")
    assert d == "no effect" and "microneedling alone did not significantly improve" in (s or "")


def test_no_added_benefit_is_no_effect():
    d, _ = _direction("Trial of 20 patients with hair loss given minoxidil alone or minoxidil plus microneedling. "
                      "Microneedling gave no added benefit over minoxidil alone for hair count.", HAIR)
    assert d == "no effect"


def test_rose_but_not_significant_is_no_effect():
    d, _ = _direction("Randomized study of 29 patients with hair loss: microneedle device, device plus minoxidil, or minoxidil alone. "
                      "Hair counts rose in the combination group, but differences were not statistically significant within or between groups.", HAIR)
    assert d == "no effect"


def test_comparable_to_active_treatment_supports_but_comparable_to_sham_does_not():
    active = ("Randomized trial of 40 patients with acne scars comparing microneedling with fractional laser. "
              "Scar scores were comparable between the two groups (p > 0.05).")
    sham = ("Randomized trial of 40 patients with acne scars comparing microneedling with a sham device. "
            "Scar scores were comparable between the two groups (p > 0.05).")
    # arm attribution: a tie with another treatment says how the two compare, not whether
    # microneedling works; only a change within the arms says that
    assert _direction(active)[0] == "unclear"
    both = active.replace("Scar scores were", "Scar scores improved significantly from baseline in both groups and were")
    assert _direction(both)[0] == "supports"
    assert _direction(sham)[0] == "no effect"


def test_control_side_null_is_not_the_interventions_null():
    # significance scope: significant on one side, not on the other, with no test between
    # the sides, is not a significant difference (unclear, never a side)
    d, _ = _direction("Split-face placebo-controlled randomized trial of microneedling in 20 adults with acne scars. "
                      "The treated side's scar score was significantly lower than baseline (P = .03), "
                      "whereas the control side did not change significantly (P = .96).")
    assert d == "unclear"
    d, _ = _direction("Split-face placebo-controlled randomized trial of microneedling in 20 adults with acne scars. "
                      "The treated side's scar score was significantly lower than on the control side (P = .03).")
    assert d == "supports"


def test_worse_contradicts_but_without_worsening_does_not():
    assert _direction("Trial of microneedling in 30 patients with acne scars. Acne scars worsened after microneedling.")[0] == "contradicts"
    assert _direction("Series of 18 patients with acne scars given microneedling. "
                      "The authors conclude it helps acne scars without worsening active lesions.")[0] == "supports"


def test_incomplete_synopsis_without_results_is_unclear_and_says_so():
    a = appraise(rec("Randomized trial of 120 women with hair loss comparing minoxidil with minoxidil plus microneedling. "
                     "115 participants completed the trial.", complete=False), HAIR)
    assert a.direction == "unclear" and a.deciding_sentence is None
    assert "synopsis incomplete" in (a.direction_note or "")


def test_unreported_own_effect_is_unclear():
    d, s = _direction("Patients with alopecia were randomly divided into microneedling alone, PDT alone or both. "
                      "The combination gave the best regrowth. No separate results for microneedling alone were given in the abstract.", HAIR)
    assert d == "unclear" and "No separate results" in (s or "")


def test_safety_case_of_harm_supports_and_absence_is_no_effect():
    case = _direction("Case report of a 40-year-old woman. She developed a facial abscess (infection) after microneedling.", INFECTION)
    assert case[0] == "supports"
    none = _direction("Meta-analysis of 12 RCTs of microneedling with 414 participants. No secondary scarring or infection was reported.", INFECTION)
    assert none[0] == "no effect"
    risk = _direction("Systematic review of microneedling adverse events. Active infection and metal allergy were identified as risk factors.", INFECTION)
    assert risk[0] == "unclear"


def test_comparative_question_uses_head_to_head_sentences():
    win = _direction("Review of microneedling trials for alopecia. Microneedling monotherapy increased total hair count "
                     "significantly more than topical 5% minoxidil (p < 0.001).", COMPARATIVE)
    assert win[0] == "supports"
    loss = _direction("Trial of 30 men with alopecia. Microneedling plus PRP increased hair count more than microneedling alone.", COMPARATIVE)
    assert loss[0] == "contradicts"
    tie = _direction("Randomized study of 40 adults with alopecia given PRP injections or microneedling. "
                     "Between-group differences in hair count were not significant (p > 0.05).", COMPARATIVE)
    assert tie[0] == "no effect"
    none = _direction("Case series of 50 patients with alopecia given microneedling; hair density improved.", COMPARATIVE)
    assert none[0] == "unclear"


# --- indirectness -----------------------------------------------------------------------------

def test_indirectness_reasons():
    vitro = appraise(rec("In vitro study of porcine skin pretreated with microneedles; flux rose 6-fold."), PENETRATION)
    assert vitro.indirect and "in vitro" in (vitro.indirectness or "")
    rf = appraise(rec("Retrospective series of 31 patients with acne scars treated with microneedling fractional radiofrequency; scars improved."), ACNE)
    assert rf.indirect and "radiofrequency" in (rf.indirectness or "")
    delivery = appraise(rec("Randomized study of 60 patients with alopecia areata comparing triamcinolone delivered through microneedling "
                            "with intralesional triamcinolone; regrowth was similar."), HAIR)
    assert delivery.indirect and "deliver" in (delivery.indirectness or "")
    plain = appraise(rec("Randomized trial of 68 men with alopecia: microneedling plus minoxidil versus minoxidil alone; hair count rose more with the combination."), HAIR)
    assert not plain.indirect and plain.indirectness is None


def test_reported_figures_are_quoted():
    a = appraise(rec("Case series of 31 patients with acne scars given microneedling: 80.64% improved by 2 grades."), ACNE)
    assert "80.64%" in a.reported_figures


# --- real snapshot records -----------------------------------------------------------------------

def test_snapshot_case_reports_tag_overridden_by_text(snapshot):
    a = appraise(snapshot["35899211"], HAIR)
    assert a.design == "RCT" and "Case Reports" in (a.design_note or "")
    assert a.n_participants == 120
    assert a.direction == "unclear"  # synopsis stops before the results


def test_snapshot_directions(snapshot):
    assert appraise(snapshot["24919799"], ACNE).direction == "supports"
    assert appraise(snapshot["34658706"], ACNE).direction == "no effect"
    assert appraise(snapshot["32516497"], HAIR).direction == "no effect"
    assert appraise(snapshot["31469914"], HAIR).direction == "unclear"
    granuloma = Question("q-gran", "Does microneedling cause granulomatous reactions?", "microneedling",
                         "granulomatous reactions", "safety", f"{MN} AND granulom*[tiab]")
    case = appraise(snapshot["33816735"], granuloma)
    assert case.design == "case report" and case.direction == "supports"


def test_stated_limitations_are_recorded_as_caveats(snapshot):
    assert any("Jadad scores were 1 to 3" in c for c in appraise(snapshot["34854067"], HAIR).caveats)
    assert any("I2 = 88%" in c for c in appraise(snapshot["40056230"], HAIR).caveats)
    open_label = appraise(rec("Randomised, open-label study of 60 patients with alopecia comparing microneedling with minoxidil."), HAIR)
    assert open_label.caveats == ("risk of bias: is an open-label trial",)


def test_results_disagreeing_are_settled_by_the_conclusion_or_mixed():
    settled = _direction("Randomized trial of microneedling in 40 patients with acne scars. Acne scar scores improved significantly. "
                         "Acne scar volume did not change significantly. The authors conclude microneedling improves acne scars.")
    assert settled[0] == "supports" and "conclude" in (settled[1] or "")
    mixed = _direction("Randomized trial of microneedling in 40 patients with acne scars. Acne scar scores improved significantly. "
                       "Acne scar volume did not change significantly.")
    assert mixed[0] == "mixed"


HAIR_MECHANISM = Question(
    "q-hmech", "Does microneedling act on hair follicles through growth factors and blood flow?", "microneedling",
    "follicle stimulation: growth factors, blood flow, Wnt signalling", "mechanism",
    f'{MN} AND (alopeci*[tiab] OR "hair growth"[tiab] OR "hair count"[tiab]) '
    'AND ("growth factor"[tiab] OR "growth factors"[tiab] OR "blood flow"[tiab] OR VEGF[tiab] OR Wnt[tiab] OR mechanism*[tiab])',
)


def test_mechanism_question_needs_the_mechanism_not_a_clinical_result():
    clinical = appraise(rec("Systematic review of 12 studies of microneedling for alopecia, with 400 patients. "
                            "Microneedling improved hair counts significantly when paired with minoxidil or growth factor serums."),
                        HAIR_MECHANISM)
    assert clinical.direction == "supports"
    assert clinical.indirect and "not the mechanism" in (clinical.indirectness or "")
    measured = appraise(rec("Randomized trial of 40 patients with alopecia treated with microneedling. "
                            "Scalp blood flow and VEGF expression increased significantly after microneedling (p < 0.01)."),
                        HAIR_MECHANISM)
    assert measured.direction == "supports" and not measured.indirect
    # with a single outcome part, that part is the mechanism
    pen = appraise(rec("Randomized split-face trial in 20 volunteers. Penetration of the serum rose significantly after microneedling."),
                   PENETRATION)
    assert not pen.indirect


# --- issue 16: appraisal that generalises beyond microneedling ----------------------------------

@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Of 90 enrolled patients with acne, 82 completed the study.", 90),
        ("Ninety were enrolled at one clinic; 82 completed the trial.", 90),
        ("Fifty were assigned to microneedling and 50 to placebo.", 100),
        ("In this trial, 45 were randomized to A, 44 to B and 46 to C.", 135),
        ("We studied 128 men and 141 women with acne scars.", 269),
        ("One hundred twenty patients (50 men and 70 women) were randomized.", 120),
        ("We enrolled 68 women with melasma.", 68),
        ("A total of 60 patients completed the trial.", 60),
        ("Forty subjects were randomly assigned to oral minoxidil and forty to topical minoxidil.", 80),
        ("The study was done in 2 centres with 45 patients.", 45),
        ("We randomised 52 patients; 48 completed 24 weeks.", 52),
    ],
)
def test_participants_enrolled_arms_sexes_and_completers(text, n):
    assert count_participants(rec(text), "RCT") == n


def test_one_clinic_is_not_one_participant():
    assert count_participants(rec("The trial ran at one clinic in Cairo; patients with melasma improved."), "RCT") is None


def test_review_without_person_nouns_is_about_humans():
    r = rec("Meta-analysis of 12 randomized controlled trials of microneedling for melasma; MASI fell significantly.")
    assert classify_population(r, "meta-analysis") == "human"
    assert classify_population(rec("Review of microneedle patch designs."), "other") == "unknown"


def test_mesh_qualifier_must_be_on_the_heading():
    q = _q('"Minoxidil/adverse effects"[mh]')
    plain = Record(pmid="1", title="t", mesh=(MeshHeading("Minoxidil", True, ("therapeutic use",)),))
    harmed = Record(pmid="2", title="t", mesh=(MeshHeading("Minoxidil", True, ("adverse effects", "therapeutic use")),))
    assert not matches_query(q, QueryDoc.of_record(plain))
    assert matches_query(q, QueryDoc.of_record(harmed))
    assert matches_query(_q("Minoxidil/ae[mh]"), QueryDoc.of_record(harmed))  # PubMed's abbreviation
    assert matches_query(_q("Minoxidil[mh]"), QueryDoc.of_record(plain))
    # no MeSH at all: the text has to name both the drug and the qualifier's words
    assert not matches_query(q, QueryDoc.of_record(rec("Oral minoxidil regrew hair.")))
    assert matches_query(q, QueryDoc.of_record(rec("Adverse effects of oral minoxidil were hypertrichosis and edema.")))


ACNE_LESIONS = Question("q-acv", "Does microneedling improve acne?", "microneedling", "active acne lesions", "efficacy",
                        f"{MN} AND acne[tiab]")
HAIR_SHED = Question("q-shed", "Does microneedling stop hair shedding?", "microneedling", "hair loss", "efficacy",
                     f'{MN} AND (alopeci*[tiab] OR "hair loss"[tiab] OR shedding[tiab])')


def test_falls_in_undesirable_quantities_are_improvements():
    lesions = _direction("Randomized trial of microneedling in 30 patients with acne. "
                         "Inflammatory lesion counts fell significantly after microneedling (p < 0.01).", ACNE_LESIONS)
    assert lesions[0] == "supports"
    number = _direction("Randomized trial of microneedling in 30 patients with acne. "
                        "The number of inflammatory lesions decreased significantly (p < 0.01).", ACNE_LESIONS)
    assert number[0] == "supports"
    shedding = _direction("Randomized trial of microneedling in 30 patients with alopecia. "
                          "Microneedling produced a significant decrease in hair shedding (p = 0.02).", HAIR_SHED)
    assert shedding[0] == "supports"
    counts = _direction("Randomized trial of microneedling in 30 patients with alopecia. "
                        "Hair counts fell significantly after microneedling (p = 0.02).", HAIR)
    assert counts[0] == "contradicts"  # a fall in a desirable quantity stays a worsening


def test_went_from_and_beat_are_results():
    went = _direction("Randomized trial of microneedling in 30 patients with alopecia. "
                      "Hair count went from 12 to 21 hairs/cm2 with microneedling (p < 0.01).", HAIR)
    assert went[0] == "supports" and "went from" in (went[1] or "")
    beat = _direction("Randomized trial of microneedling in 30 patients with alopecia. "
                      "Microneedling beat topical minoxidil on hair regrowth (p = 0.03).", HAIR)
    assert beat[0] == "supports"


def test_safety_and_histology_nulls_do_not_decide_efficacy():
    d = _direction("Randomized trial of microneedling in 40 patients with acne scars. "
                   "Acne scar scores improved significantly with microneedling (p < 0.01). "
                   "Adverse events did not differ between the groups.")
    assert d[0] == "supports"
    d = _direction("Randomized trial of microneedling in 40 patients with acne scars. "
                   "Acne scar grades improved significantly (p < 0.01); histology did not differ significantly.")
    assert d[0] == "supports"


def test_comparator_type_is_read_per_comparison():
    # the record has a sham arm, but this comparison is with an active treatment
    active = _direction("Randomized trial of microneedling, laser and sham in 60 patients with acne scars. "
                        "Improvement of acne scars with microneedling was comparable to that of fractional laser.")
    assert active[0] == "unclear"  # a tie with an active treatment, not an effect against nothing
    sham = _direction("Randomized trial of microneedling, laser and sham in 60 patients with acne scars. "
                      "Improvement of acne scars with microneedling was comparable to sham.")
    assert sham[0] == "no effect"


def test_control_arm_as_subject_is_read_for_the_intervention():
    # "higher in the sham group than with microneedling": the scars are worse without it
    d = _direction("Randomized trial of microneedling in 40 patients with acne scars. "
                   "Acne scar scores were significantly higher in the sham group than with microneedling (p < 0.01).")
    assert d[0] == "supports"
    d = _direction("Randomized trial of microneedling in 40 patients with acne scars. "
                   "Acne scar scores were significantly higher with microneedling than with sham (p < 0.01).")
    assert d[0] == "contradicts"


def test_add_on_beating_the_intervention_alone_is_not_against_it():
    # the intervention is the reference arm: the sentence is about the add-on, not a reason to
    # say microneedling worsened scars
    d = _direction("Randomized trial of microneedling with or without a peel in 40 patients with acne scars. "
                   "The decrease from baseline in acne scar score was greater with the combination than with "
                   "microneedling alone (P < .001).")
    assert d[0] != "contradicts"


def test_case_report_narrative_reads_as_harm_occurring():
    r = rec("A 45-year-old woman presented with erythematous papules two weeks after microneedling. "
            "Biopsy revealed a skin infection with atypical mycobacteria.", pt=("Case Reports",))
    a = appraise(r, INFECTION)
    assert a.design == "case report" and a.direction == "supports" and "revealed" in (a.deciding_sentence or "")


def test_direction_confidence_comes_from_the_learned_model():
    a = appraise(rec("Randomized trial of microneedling in 40 patients with acne scars. "
                     "Acne scar scores were significantly lower after microneedling than after sham (p < 0.01)."), ACNE)
    assert a.direction == "supports"
    assert a.direction_confidence is not None and 0.0 <= a.direction_confidence <= 1.0
    safety = appraise(rec("Case report: a woman developed an abscess (infection) after microneedling.", pt=("Case Reports",)),
                      INFECTION)
    assert safety.direction_confidence is None  # the model was not trained on harm narratives


EDU = Question("q-edu", "Does an educational program lower HbA1c?", "educational program", "HbA1c", "efficacy",
               '"educational program"[tiab] AND HbA1c[tiab]')


SWEAT = Question("q-sweat", "Does microneedling reduce sweating?", "microneedling", "sweating", "efficacy",
                 f"{MN} AND (sweat*[tiab] OR hyperhidros*[tiab])")


@pytest.mark.parametrize("question, sentence", [
    (EDU, "EG had a decrease in 11% more (effect-size r2 = .11) than CG for HbA1c (p < .001)."),
    (SWEAT, "At 6-month follow-up, 27 patients had less sweating."),
    (ACNE, "Acne scar scores were significantly lower after microneedling than after sham (p < 0.01)."),
    (HAIR, "Hair counts rose in the treated group."),
])
def test_low_confidence_disagreement_counts_as_unclear(question, sentence):
    """The gate's contract, whatever the shipped model reads (it is retrained): a reading the
    model is unsure of (below the threshold training chose) AND reads differently from the
    rules counts as unclear, with a note naming both readings; any other reading stands."""
    from tracker.appraisal import classify_direction, comparator_for, direction_confidence, question_terms
    from tracker.direction_model import load_model, predict_evidence
    from tracker.effects import classify_effect

    text = (f"Randomized trial of {question.intervention} for {question.outcome} in 120 adults, assigned to an "
            "experimental group (EG) or a control group (CG). " + sentence)
    rules = classify_direction(rec(text), question, question_terms(question))
    a = appraise(rec(text), question)
    comparator = comparator_for(sentence, question_terms(question))
    call = classify_effect(sentence, intervention=question.intervention, comparator=comparator, outcome=question.outcome)
    assert a.included and rules.sentence == sentence and call is not None
    model = load_model()
    pred = predict_evidence(sentence, question.intervention, comparator, question.outcome, model=model, call=call)
    conf = direction_confidence(rules.direction, sentence, question)
    expected_low = call.benefit is None and conf.confidence is not None and conf.confidence < model.low_confidence \
        and pred.label != call.label
    assert conf.low is expected_low
    if expected_low:
        assert a.direction == "unclear" and (a.direction_note or "").startswith("low confidence")
        assert f"'{pred.label}'" in (a.direction_note or "") and f"'{call.label}'" in (a.direction_note or "")
        assert a.deciding_sentence == sentence and a.direction_confidence == conf.confidence
    else:
        assert a.direction == rules.direction and a.direction_confidence == conf.confidence


def test_the_gate_acts_on_at_least_one_shipped_reading():
    """The gate is not dead code: on these sentences the shipped model doubts some reading."""
    from tracker.appraisal import direction_confidence

    sentences = [(SWEAT, "At 6-month follow-up, 27 patients had less sweating."),
                 (EDU, "EG had a decrease in 11% more (effect-size r2 = .11) than CG for HbA1c (p < .001)."),
                 (RETINOID_Q := Question("q-r2", "Do topical retinoids improve photoaged skin?", "topical retinoids",
                                         "photoaging", "efficacy", "tretinoin[tiab]"),
                  "Biopsies showed thicker epidermis, less melanin and a compacted stratum corneum."),
                 (ACNE_Q := Question("q-a2", "Does microneedling improve acne?", "microneedling", "acne", "efficacy",
                                     "microneedl*[tiab]"),
                  "Treatment selectively destroyed sebaceous glands, reduced TNF-alpha release and appeared to inhibit comedone formation.")]
    assert RETINOID_Q and ACNE_Q
    lows = [direction_confidence(d, s, q).low for q, s in sentences for d in ("supports", "contradicts")]
    assert any(lows)


# --- issue 16: direction on new topics (engineer EVD; developed on the dev half of the labels) ---

RETINOID = Question("q-ret", "Do topical retinoids improve photoaged skin?", "topical retinoids",
                    "signs of photoaging (wrinkles, pigmentation)", "efficacy",
                    "(tretinoin[tiab] OR retinol[tiab] OR adapalene[tiab]) AND (photoag*[tiab] OR wrinkl*[tiab] OR keratos*[tiab])")
IRRITATION = Question("q-irr", "Do topical retinoids cause skin irritation?", "topical retinoids", "local skin irritation",
                      "safety", "(tretinoin[tiab] OR retinol[tiab] OR retinaldehyde[tiab] OR \"retinoic acid\"[tiab]) AND "
                      "(irritat*[tiab] OR tolera*[tiab] OR pruritus[tiab] OR \"adverse events\"[tiab])")
BLUE = Question("q-blue", "Does blue light therapy reduce acne lesions?", "blue light", "acne lesion counts",
                "efficacy", '"blue light"[tiab] AND acne[tiab]')
MINOX = Question("q-minox", "Does topical minoxidil improve hair growth?", "topical minoxidil", "hair count", "efficacy",
                 'minoxidil[tiab] AND ("hair count"[tiab] OR "hair growth"[tiab])')
TRIAL = "Randomized, double-blind, vehicle-controlled trial of tretinoin in 60 adults with photoaged skin. "


def _d(text: str, q: Question) -> str:
    return appraise(rec(text), q).direction


def test_an_outcome_word_is_not_a_prefix_of_significance():
    # "signs of photoaging" must not make "significant" an outcome mention, so this tissue null
    # (and the unrelated marker) cannot outvote the wrinkle result
    assert _d(TRIAL + "Wrinkles improved significantly with tretinoin versus vehicle (p < 0.01). "
              "Histologic gains in melanin were not statistically significant.", RETINOID) == "supports"


def test_subgroup_dose_and_inactive_arm_nulls_are_not_the_interventions_effect():
    assert _d(TRIAL + "Tretinoin significantly improved wrinkles versus vehicle (p < 0.001). For wrinkles there was "
              "no significant difference by product source (p = 0.21).", RETINOID) == "supports"
    assert _d(TRIAL + "Both strengths produced significant improvement of wrinkles versus vehicle, with no significant "
              "difference between them.", RETINOID) == "supports"
    # ... but significant on one arm and not on the other is no test between them: unclear
    assert _d(TRIAL + "Wrinkles improved significantly on the tretinoin forearm but not on the vehicle forearm.",
              RETINOID) == "unclear"
    # without a dose comparison the same null is the intervention's: no effect
    assert _d(TRIAL + "There was no significant difference in wrinkles between tretinoin and vehicle.", RETINOID) == "no effect"


def test_aims_outlooks_and_absent_evidence_are_not_findings():
    assert _d(TRIAL + "The aim was to test effectiveness in improving wrinkles.", RETINOID) == "unclear"
    assert _d(TRIAL + "Further controlled studies of wrinkles are still needed to confirm efficacy.", RETINOID) == "unclear"
    assert _d(TRIAL + "There is very little trustworthy evidence that retinol improves wrinkles.", RETINOID) == "unclear"
    # the finding before an outlook clause still counts
    assert _d(TRIAL + "Tretinoin significantly improved wrinkles versus vehicle, but larger trials are needed.",
              RETINOID) == "supports"


def test_a_fall_in_a_disease_is_an_improvement_and_gains_are_gains():
    # medical word formation: a keratosis is a disease, whatever the topic
    assert _d(TRIAL + "Actinic keratosis counts fell significantly with adapalene versus vehicle (P < .05).",
              RETINOID) == "supports"
    assert _d(TRIAL + "A second trial with 0.04% retinol gave smaller gains in fine wrinkling.", RETINOID) == "supports"


def test_no_sham_arm_makes_a_tie_a_comparison_with_an_active_treatment():
    text = ("Randomized trial of 28 people with acne assigned to red light or blue light; there was no untreated or sham arm. "
            "Acne lesion improvement was 36.2% with red light and 30.7% with blue light (p > .05).")
    assert _d(text, BLUE) == "supports"  # as good as an active treatment (the within-arm improvement is shown)
    sham = text.replace("there was no untreated or sham arm", "a sham arm was included").replace("red light", "sham light")
    assert _d(sham, BLUE) == "no effect"


def test_the_intervention_as_reference_arm_says_nothing_about_it():
    text = ("Randomized trial of 40 women with hair loss given minoxidil alone or microneedling plus minoxidil. "
            "The mean increase in hair count was significantly greater with the combination than with minoxidil alone.")
    assert _d(text, MINOX) == "unclear"


def test_safety_reports_monitoring_tolerability_and_harms_in_other_arms():
    base = "Randomized trial of retinol cream in 60 adults. "
    assert _d(base + "Local irritation and adverse events were monitored.", IRRITATION) == "unclear"
    assert _d(base + "The cream was well tolerated with a favourable safety profile.", IRRITATION) == "no effect"
    assert _d(base + "Retinaldehyde was well tolerated, whereas retinoic acid caused more local irritation.",
              IRRITATION) == "supports"
    assert _d(base + "Three women withdrew because of irritation.", IRRITATION) == "supports"
    assert _d(base + "The only adverse event was mild, transient pruritus in one placebo-only user.", IRRITATION) != "supports"


def test_losing_to_an_active_treatment_is_not_evidence_against_the_intervention():
    base = "Randomized trial of 60 adults with hair loss given topical minoxidil or an oral tablet. "
    # worse than another active treatment says nothing about minoxidil against nothing
    assert _d(base + "Hair count was significantly lower with minoxidil than with finasteride (p < 0.01).", MINOX) == "unclear"
    placebo = "Randomized trial of 60 adults with hair loss given topical minoxidil or placebo. "
    assert _d(placebo + "Hair count was significantly lower with minoxidil than with placebo (p < 0.01).", MINOX) == "contradicts"


def test_no_evidence_of_a_difference_is_a_null_result_not_absent_evidence():
    """A trial that reports "no evidence of a difference" reports a null in statistical words
    (it was "no effect" before absent evidence was skipped); a lament that evidence is lacking
    stays uncertain, and is never read as the benefit it names."""
    assert _d(TRIAL + "There was no evidence of a difference in wrinkles between tretinoin and vehicle.",
              RETINOID) == "no effect"
    assert _d(TRIAL + "There was no evidence of an effect of tretinoin on wrinkles compared with vehicle (p = 0.6).",
              RETINOID) == "no effect"
    assert _d(TRIAL + "We found no evidence that tretinoin improved wrinkles compared with vehicle.", RETINOID) == "unclear"


def test_a_combination_question_is_answered_directly_by_drug_delivery_trials():
    """I3: microneedling that delivers a drug is indirect for plain microneedling, direct for
    a question about the combination."""
    from tracker.appraisal import classify_indirectness as indirectness
    from tracker.models import AbstractSection, Question, Record

    record = Record(pmid="9", title="Microneedling with tranexamic acid for melasma", text_kind="synopsis",
                    abstract=(AbstractSection(None, "Randomized trial of 60 women with melasma: tranexamic acid "
                                                    "delivered by microneedling improved melasma scores."),))
    plain = Question("q1", "Does microneedling improve melasma?", "microneedling", "melasma", "efficacy",
                     "microneedl*[tiab] AND melasma[tiab]")
    combo = Question("q2", "Does microneedling plus tranexamic acid improve melasma?",
                     "microneedling plus tranexamic acid", "melasma", "efficacy",
                     "microneedl*[tiab] AND tranexamic[tiab] AND melasma[tiab]")
    assert "deliver a drug" in (indirectness(record, plain, "RCT", "human") or "")
    assert indirectness(record, combo, "RCT", "human") is None


@pytest.mark.parametrize("word, disease", [
    ("keratosis", True), ("dermatitis", True), ("melanoma", True), ("neuralgia", True), ("anaemia", True),
    ("apoptosis", False), ("mitosis", False), ("stroma", False), ("homeopathy", False), ("naturopathy", False),
    ("sympathy", False), ("academia", False), ("diagnosis", False),
])
def test_disease_suffixes_name_diseases_not_ordinary_words(word, disease):
    from tracker.appraisal import _DISEASE_MORPH_RE

    assert bool(_DISEASE_MORPH_RE.fullmatch(word)) is disease


# --- APR3: principles that hold on topics the rules were not developed on ---


def test_a_win_over_an_active_treatment_is_a_comparison_not_an_effect():
    base = "Randomized trial of 60 adults with hair loss given topical minoxidil or an oral tablet. "
    assert _d(base + "Hair count was significantly higher with minoxidil than with finasteride (p < 0.01).", MINOX) == "unclear"
    placebo = "Randomized trial of 60 adults with hair loss given topical minoxidil or placebo. "
    assert _d(placebo + "Hair count was significantly higher with minoxidil than with placebo (p < 0.01).", MINOX) == "supports"
    # a question that itself compares the two forms is answered by the comparison
    forms = Question("q-forms", "Is oral minoxidil better than topical minoxidil?", "oral minoxidil (comparator: topical minoxidil)",
                     "hair count", "efficacy", "minoxidil[tiab]")
    assert _d("Randomized trial of 60 adults given oral or topical minoxidil. Hair count was significantly higher "
              "with oral minoxidil than with topical minoxidil (p < 0.01).", forms) == "supports"


def test_abbreviations_are_read_from_their_definition_not_a_list():
    from tracker.appraisal import expand_abbreviations

    text = "Adults were assigned to a control group (CG) or an experimental group (EG). CG did not change."
    assert "control group did not change" in expand_abbreviations(text, text)
    assert expand_abbreviations("CG did not change.", "no definition here") == "CG did not change."


@pytest.mark.parametrize("clause, subgroup", [
    ("no significant difference between men and women", True),
    ("response did not differ between atrophic and hypertrophic scars", True),
    ("no significant difference between the treated and control sides", False),
    ("no significant difference between minoxidil and placebo", False),
    ("no significant difference between 0.1% and 0.025%", False),
])
def test_a_null_between_two_kinds_of_patient_is_a_subgroup_comparison(clause, subgroup):
    from tracker.appraisal import _between_subgroups

    assert _between_subgroups(clause, MINOX) is subgroup


def test_a_tolerability_sentence_does_not_decide_efficacy():
    text = ("Randomized trial of 60 adults with hair loss given topical minoxidil or finasteride. "
            "Tolerability was similar except for a higher rate of itching with minoxidil.")
    assert _d(text, MINOX) == "unclear"


def test_an_active_comparator_trial_is_indirect():
    from tracker.appraisal import classify_indirectness

    active = rec("Randomized trial of 60 adults with hair loss comparing topical minoxidil with finasteride. "
                 "Hair count rose in both groups.")
    placebo = rec("Randomized trial of 60 adults with hair loss comparing topical minoxidil with placebo. "
                  "Hair count rose more with minoxidil than with placebo.")
    assert "another active treatment" in (classify_indirectness(active, MINOX, "RCT", "human") or "")
    assert classify_indirectness(placebo, MINOX, "RCT", "human") is None
    # a question naming its comparator is answered directly by the comparison
    forms = Question("q-forms", "Is topical minoxidil better than finasteride?", "topical minoxidil (comparator: finasteride)",
                     "hair count", "efficacy", "minoxidil[tiab]")
    assert classify_indirectness(active, forms, "RCT", "human") is None


def test_stated_biases_and_subgroup_differences_are_caveats():
    from tracker.appraisal import stated_caveats

    r = rec("Meta-analysis of 26 RCTs of oral collagen. The hydration effect differed by collagen source. "
            "The authors flagged several biases in the included trials.")
    caveats = stated_caveats(r, "meta-analysis")
    assert any(c.startswith("risk of bias") and "several biases" in c for c in caveats)
    assert any(c.startswith("heterogeneity") and "differed by" in c for c in caveats)
    plain = rec("Meta-analysis of 26 RCTs of oral collagen. There was no significant difference by source (p = 0.21).")
    assert stated_caveats(plain, "meta-analysis") == []


def test_a_comparison_with_baseline_is_not_a_comparator_arm():
    from tracker.appraisal import classify_indirectness

    text = ("Non-randomised study of 8 patients with acne scars treated with microneedling. "
            "Acne scars significantly worsened compared with baseline.")
    assert _direction(text)[0] == "contradicts"  # a worsening within the only arm stays a worsening
    trial = rec("Randomized controlled trial of 150 patients with acne scars. Microneedling significantly "
                "improved acne scars compared with baseline.")
    assert classify_indirectness(trial, ACNE, "RCT", "human") is None


def test_a_conclusion_that_endorses_the_intervention_is_positive():
    """Results that disagree (a side null on "dry hair") are settled by a conclusion endorsing the
    intervention ("supports X as a treatment"); one that withholds endorsement is not read as one."""
    results = ("Randomized trial of 100 patients with androgenetic alopecia given microneedling or minoxidil. "
               "Hair counts rose significantly with microneedling at 6 months versus baseline (P < .05). "
               "Dry hair and dandruff did not change significantly. ")
    a = appraise(rec(results + "The authors conclude the trial supports microneedling as a treatment for hair loss."), HAIR)
    assert a.direction == "supports"
    b = appraise(rec(results + "The authors conclude the trial does not support microneedling as a treatment for hair loss."), HAIR)
    assert b.direction != "supports" or b.deciding_sentence != (
        "The authors conclude the trial does not support microneedling as a treatment for hair loss.")


HAIR_LOSS_HARM = Question(
    "q-hl-risk", "Does microneedling cause hair loss, and how often?", "microneedling", "hair loss", "safety",
    f'{MN} AND (alopeci*[tiab] OR "hair loss"[tiab] OR "hair density"[tiab])',
)


def test_the_condition_a_study_treats_is_no_harm_it_reports():
    # an alopecia trial read for "does microneedling cause hair loss?": its results on hair are
    # the treatment's target, not a harm (issue #14: a denial flipped into a green harm)
    trial = rec("Randomized trial of 60 patients with androgenetic alopecia. Hair density increased significantly "
                "with microneedling, with mild side effects.",
                title="Efficacy and safety of microneedling for androgenetic alopecia")
    assert appraise(trial, HAIR_LOSS_HARM).direction == "unclear"
    # the same condition, newly appearing or worse, is the harm
    worse = rec("Case series of 20 patients with androgenetic alopecia. Hair loss worsened in three patients after "
                "microneedling.", title="Microneedling for androgenetic alopecia: a case series")
    assert appraise(worse, HAIR_LOSS_HARM).direction == "supports"
    # a study of the harm itself ("increase in pain") is not treating it
    pain_q = Question("q-pain", "Does microneedling cause pain?", "microneedling", "pain", "safety",
                      f"{MN} AND pain*[tiab]")
    measured = rec("Experimental study in 14 volunteers. Pain during the procedure was reported by most volunteers.",
                   title="Microneedle pre-treatment without increase in pain")
    assert appraise(measured, pain_q).direction == "supports"


# --- APR5: reading records on topics the rules were not built on ---------------------------------

def test_another_procedure_or_a_worn_patch_does_not_count_for_plain_needling():
    """R3: radiofrequency microneedling is another procedure (an energy device), a dissolving
    patch a device worn: neither is included for a plain-microneedling question, whatever the
    question's kind; a microneedle array pressed on before a topical is still needling."""
    rf = appraise(rec("Retrospective series of 31 patients with acne scars treated with fractional microneedle "
                      "radiofrequency; scars improved in 80%.", title="Microneedle radiofrequency for acne scars"), ACNE)
    assert not rf.included and rf.relevance == "both"
    assert "does not isolate" in (rf.exclusion_reason or "") and "radiofrequency" in (rf.exclusion_reason or "")
    patch = appraise(rec("Randomized trial of 40 adults with alopecia: a dissolving minoxidil-loaded microneedle "
                         "patch was worn for 4 hours weekly; hair count rose."), HAIR)
    assert not patch.included and "patch" in (patch.exclusion_reason or "")
    array = appraise(rec("Randomized split-face trial in 30 women with acne scars: one side was pretreated with a "
                         "functional microneedle microarray before a serum, the other with a sham device; acne scars "
                         "improved more on the microneedle side."), ACNE)
    assert array.included
    # the reverse is not excluded: a record the query found for radiofrequency that pools it with
    # plain devices stays, as indirect evidence (the labels' convention for pooled records)
    rfq = Question("q-rf", "Does fractional radiofrequency microneedling improve acne scars?",
                   "fractional radiofrequency microneedling", "acne scars", "efficacy",
                   f"{MN} AND radiofrequenc*[tiab] AND acne[tiab]")
    pooled = appraise(rec("Review of dermaroller and fractional microneedle radiofrequency treatments in 300 patients "
                          "with acne scars; scars improved with both.", pt=("Review",)), rfq)
    assert pooled.included and "not radiofrequency" in (pooled.indirectness or "")


def test_needling_that_only_delivers_a_drug_counts_only_in_an_add_on_design():
    """R3: triamcinolone through microneedling against intralesional triamcinolone isolates
    nothing about the needling (excluded); with an arm that has the drug without the needling
    it does (included, indirect); a safety question keeps the record for its harms."""
    text = ("Randomized study of 60 patients with alopecia areata comparing triamcinolone delivered through "
            "microneedling with intralesional triamcinolone; regrowth was similar.")
    delivery = appraise(rec(text), HAIR)
    assert not delivery.included and "deliver" in (delivery.exclusion_reason or "")
    add_on = appraise(rec("Split-scalp study of 8 patients with alopecia: one side was pretreated with a microneedle "
                          "roller before methyl aminolevulinate, the other had photodynamic therapy alone; none grew hair."), HAIR)
    assert add_on.included and add_on.indirect
    harm = Question("q-h", "Does microneedling cause infection?", "microneedling", "infection", "safety",
                    f"{MN} AND (infect*[tiab] OR alopeci*[tiab])")
    assert appraise(rec(text + " No infection occurred."), harm).included


def test_a_treatment_given_only_inside_a_regimen_is_not_isolated():
    """R3: an uncontrolled study whose design sentence joins the intervention to another
    treatment ("alternating blue and red light", "PRP plus microneedling") does not count for
    the intervention alone; a controlled, an add-on or a "with topical X" treatment sentence,
    a review, and a question about the combination itself are left alone."""
    from tracker.appraisal import combined_regimen

    blue = Question("q-b", "Does blue light reduce acne lesions?", "blue light", "acne lesions", "efficacy",
                    '("blue light"[tiab] OR "415 nm"[tiab]) AND acne[tiab]')
    regimen = rec("Uncontrolled study of 24 patients with acne treated with alternating 415 nm blue and 633 nm red "
                  "light twice weekly. Inflammatory lesions fell by 77.9%.")
    a = appraise(regimen, blue)
    assert not a.included and "another treatment" in (a.exclusion_reason or "")
    plus = rec("Uncontrolled study of 60 patients with alopecia treated with PRP plus microneedling every 4 weeks. "
               "Hair counts rose; only 10 patients needed more than four sessions.")
    assert combined_regimen(plus, HAIR)  # "more than four", "only 10 patients": no arms compared
    saline = rec("Split-face study in 30 volunteers: conditioned media plus microneedling on one side, saline plus "
                 "microneedling on the other. Texture improved more on the conditioned-media side.")
    assert combined_regimen(saline, HAIR) is None
    add_on = rec("Pilot study in 22 women with hair loss who each had three sessions of laser; 11 of them also received "
                 "topical PRP combined with the laser. Hair counts rose more with PRP.", title="PRP combined with laser for hair loss")
    prp = Question("q-p", "Does PRP promote hair regrowth?", "PRP", "hair regrowth", "efficacy",
                   'PRP[tiab] AND (alopeci*[tiab] OR "hair loss"[tiab] OR "hair counts"[tiab])')
    assert combined_regimen(add_on, prp) is None  # "also received": an add-on design isolates PRP
    alone = rec("Uncontrolled study of 24 patients with acne treated with 415 nm blue light twice weekly. Lesions fell.")
    assert appraise(alone, blue).included
    controlled = rec("Randomized trial of 41 adults with acne: 415 nm blue light plus a cream versus the cream alone. "
                     "Lesions fell more with light.")
    assert combined_regimen(controlled, blue) is None
    treated_with = rec("Long-term treatment of photoaged skin with topical tretinoin in 20 adults. Wrinkles improved.")
    tretinoin = Question("q-t", "Does tretinoin improve photoaging?", "tretinoin", "photoaging", "efficacy",
                         "tretinoin[tiab] AND (photoaged[tiab] OR photoaging[tiab])")
    assert combined_regimen(treated_with, tretinoin) is None
    review = rec("Systematic review of 12 studies. Level 1 evidence indicated that needling combined with silicone gel "
                 "improves acne scars.", pt=("Systematic Review",))
    assert combined_regimen(review, ACNE) is None
    combo_q = Question("q-c", "Does microneedling plus PRP promote hair regrowth?", "microneedling plus PRP",
                       "hair regrowth", "efficacy", HAIR.query)
    assert combined_regimen(plus, combo_q) is None


def test_reducing_a_fall_in_a_good_thing_is_an_improvement():
    """E6 by structure: "reduced hair fall" lowers a loss (the head noun "fall"), which supports a
    hair-growth question; the sign error issue 16 reported (record 38021422's wording)."""
    saw = Question("q-s", "Does saw palmetto promote hair growth?", "saw palmetto", "hair growth", "efficacy",
                   '"saw palmetto"[tiab] AND ("hair growth"[tiab] OR "hair loss"[tiab] OR alopecia[tiab])')
    a = appraise(rec("Randomized placebo-controlled trial of saw palmetto in 80 adults with hair loss. Saw palmetto "
                     "reduced hair fall by up to 29% after 16 weeks."), saw)
    assert a.direction == "supports"
    b = appraise(rec("Randomized trial of saw palmetto in 80 adults with hair loss. Saw palmetto reduced hair "
                     "thinning significantly."), saw)
    assert b.direction == "supports"


def test_the_comparator_doing_better_is_a_loss_in_head_to_head():
    """E12: "38% of the saw palmetto group versus 68% of the finasteride group" and "finasteride was
    more effective" are losses for saw palmetto, never wins; the larger share is a win; a
    harm's smaller share is a win; one sentence gives one finding of a kind."""
    from tracker.appraisal import head_to_head

    saw = Question("q-s", "Is saw palmetto as effective as finasteride?", "saw palmetto", "hair growth", "efficacy",
                   '"saw palmetto"[tiab] AND (alopecia[tiab] OR hair[tiab])')
    text = ("Open-label comparison in 100 men with alopecia given either saw palmetto 320 mg daily or finasteride "
            "1 mg daily. Hair growth increased in {a}% of the saw palmetto group versus {b}% of the finasteride group.")
    loss = head_to_head(rec(text.format(a=38, b=68)), saw)
    assert [h.outcome for h in loss] == ["loss"]
    win = head_to_head(rec(text.format(a=68, b=38)), saw)
    assert [h.outcome for h in win] == ["win"]
    subject = head_to_head(rec("Open-label comparison in 100 men with alopecia given either saw palmetto daily or "
                               "finasteride daily. Finasteride was more effective in 33 of 50 patients."), saw)
    assert [h.outcome for h in subject] == ["loss"]
    harm = Question("q-v", "Does vitamin C cause side effects?", "vitamin C", "side effects", "safety",
                    '("vitamin C"[tiab] OR "ascorbic acid"[tiab]) AND ("side effects"[tiab] OR adverse[tiab])')
    split = rec("Randomized split-face trial of 5% ascorbic acid vs. 4% hydroquinone in 16 women with melasma. Good "
                "improvement was reported on 93% of hydroquinone sides versus 62.5% of ascorbic acid sides. Side effects "
                "occurred in 68.7% (11/16) with hydroquinone versus 6.2% (1/16) with ascorbic acid.")
    assert [h.outcome for h in head_to_head(split, harm)] == ["win"]


def test_a_title_that_names_what_was_measured_reports_no_harm():
    preg = Question("q-preg", "Do topical retinoids cause birth defects?", "topical retinoids", "birth defects", "safety",
                    '(retinoid*[tiab] OR tretinoin[tiab]) AND ("birth defect*"[tiab] OR pregnan*[tiab])')
    topic = rec("Prospective cohort of 235 women exposed to topical retinoids in the first trimester and 444 controls.",
                title="Pregnancy outcome following exposure to topical retinoids: a prospective study")
    assert appraise(topic, preg).direction != "supports"
    case = rec("A woman developed a rash.", title="Birth defects following exposure to topical tretinoin: a case report")
    assert appraise(case, preg).direction == "supports"  # a harm the title reports as having happened


# --- APR6: direction read like the blind labels, by structure ------------------------------

PAIN = Question(
    "q-pain", "How painful is microneedling?", "microneedling", "procedural pain", "safety",
    f"{MN} AND (pain*[tiab] OR discomfort[tiab])",
)
PIH = Question(
    "q-pih", "Does microneedling cause post-inflammatory hyperpigmentation?", "microneedling",
    "post-inflammatory hyperpigmentation", "safety",
    f'{MN} AND ("post-inflammatory hyperpigmentation"[tiab] OR PIH[tiab] OR (pigmentation[tiab] AND adverse[tiab]))',
)
COMBO = Question(
    "q-combo", "Does minoxidil plus microneedling improve hair growth?", "minoxidil plus microneedling",
    "hair growth in hair loss", "efficacy",
    f'minoxidil*[tiab] AND {MN} AND (alopeci*[tiab] OR "hair growth"[tiab] OR "hair count"[tiab])',
)
BLUE_PIGMENT = Question(
    "q-blue", "Does exposure to blue light cause skin hyperpigmentation?", "blue light exposure", "skin pigmentation",
    "safety", '("blue light"[tiab] OR "blue-light"[tiab]) AND (pigment*[tiab] OR hyperpigment*[tiab] OR melanin[tiab])',
)


def test_a_part_alone_is_the_add_on_control_for_a_combination_question():
    design = "Randomized trial in 60 men with androgenetic alopecia comparing microneedling plus minoxidil with minoxidil alone. "
    tested = rec(design + "The mean increase in hair count was significantly greater with the combination (12.5/cm2) "
                          "than with minoxidil alone (1.9/cm2).")
    a = appraise(tested, COMBO)
    assert a.direction == "supports"  # before: the part alone was read as the intervention, unclear
    # figures for the two arms with no test between them, and a conclusion that ranks the arms
    untested = rec(design + "The effective rate was 85% with the combination versus 45% with minoxidil alone. "
                            "The authors conclude the combination was more effective.")
    assert appraise(untested, COMBO).direction == "unclear"
    assert appraise(untested, HAIR).direction == "unclear"  # before: supports (85% vs 45%, never tested)


def test_a_hedged_conclusion_does_not_outweigh_the_results():
    null = rec("Randomized study of 29 patients with hair loss assigned to a microneedle device plus minoxidil or "
               "minoxidil alone. Hair counts rose by month 6, but differences were not statistically significant "
               "within or between groups. The authors conclude the device may enhance minoxidil penetration to "
               "stimulate hair growth.")
    assert appraise(null, COMBO).direction == "no effect"  # before: supports, from the hedge
    scope = rec("Randomized split-face trial in 29 women with atrophic acne scars: microneedling on one side, no "
                "treatment on the control side. After 12 weeks the treated side showed a significant fall in the "
                "scar score from 4.6 to 2.8 (p = 0.002), whereas the control side changed from 4.5 to 3.9 "
                "(p = 0.142). The authors conclude microneedling may be an effective treatment for acne scars.")
    assert appraise(scope, ACNE).direction == "unclear"  # before: supports, from the hedge
    assert "hedged conclusion" in (classify_direction(scope, ACNE).note or "")
    # a firm conclusion still decides; a hedge inside a "with" phrase does not hedge the claim
    firm = rec(scope.abstract_text.replace("may be an effective treatment for acne scars",
                                           "is an effective treatment for acne scars with a potentially good safety profile"))
    assert appraise(firm, ACNE).direction == "supports"


def test_modifiers_histology_and_conditional_effects_do_not_decide():
    modifier = rec("Review of trials of microneedling for hair loss. Longer overall treatment duration and less "
                   "frequent sessions may favour hair count gains. Larger randomized trials are needed.")
    assert appraise(modifier, HAIR).direction == "unclear"  # before: supports
    conditional = rec("Literature review of microneedling for alopecia areata. The authors conclude that the evidence "
                      "suggests microneedling may be effective when coupled with topical agents.")
    assert appraise(conditional, HAIR).direction == "unclear"  # before: supports
    # a tissue finding is a surrogate: the clinical result decides
    histology = rec("Randomized vehicle-controlled trial of microneedling in 60 adults with acne scars. Overall "
                    "improvement was seen in 79% with microneedling versus 48% with the sham device, and scar "
                    "scores fell significantly more than with sham (p < 0.01). Biopsies showed a thicker "
                    "epidermis and fewer inflammatory cells.")
    a = appraise(histology, ACNE)
    assert a.direction == "supports" and not a.deciding_sentence.startswith("Biopsies")


def test_a_change_from_baseline_shown_in_the_reference_arm_is_a_within_arm_improvement():
    r = rec("Randomized controlled trial of 60 patients with atrophic acne scars: microneedling alone or microneedling "
            "plus glycolic acid peels. The decrease from baseline in mean ECCA score was greater with the combination "
            "than with microneedling alone (39.65 vs 29.58; P<.001).")
    a = appraise(r, ACNE)
    assert a.direction == "supports"  # before: unclear (the intervention as the reference arm)
    # the reference arm's change read only when it is an improvement: a rise in a scar score says nothing
    worse = rec(r.abstract_text.replace("The decrease from baseline", "The increase from baseline"))
    assert appraise(worse, ACNE).direction == "unclear"


def test_relative_harms_complete_lists_and_privative_words():
    split = "Randomized split-face trial in 30 patients with acne scars, fractional laser on one side and microneedling on the other. "
    less = rec(split + "Both sides improved (P<0.001); the microneedled side was less painful and had higher satisfaction.")
    assert appraise(less, PAIN).direction == "unclear"  # before: supports (less pain than laser is no pain rate)
    more = rec(split + "Laser sides had significantly lower pain scores, whereas total downtime was significantly "
                       "shorter on the microneedling sides.")
    assert appraise(more, PAIN).direction == "supports"  # before: unclear (microneedling hurt more)
    painless = rec(split + "The authors conclude that microneedle pretreatment allowed a shorter, practically painless procedure.")
    assert appraise(painless, PAIN).direction == "no effect"  # before: unclear
    favoured = rec(split + "The pooled post-inflammatory hyperpigmentation result significantly favoured microneedling.")
    assert appraise(favoured, PIH).direction == "unclear"  # before: supports
    only = rec(split + "Pigmentation improved on both sides. The only adverse event was mild desquamation in one participant.")
    assert appraise(only, PIH).direction == "no effect"  # before: unclear
    only_pih = rec(split + "The only adverse event was post-inflammatory hyperpigmentation in one participant.")
    assert appraise(only_pih, PIH).direction == "supports"


def test_a_causative_verb_reports_the_harm_unless_it_protects():
    caused = rec("Observational study exposing the skin of 21 women to blue light. Blue light produced varying degrees "
                 "of pigmentation in both groups.", complete=False)
    assert appraise(caused, BLUE_PIGMENT).direction == "supports"  # before: unclear
    protects = rec("Observational study exposing the skin of 21 women to blue light. Vitamin C protected the skin "
                   "from blue light that would otherwise produce pigmentation.")
    assert appraise(protects, BLUE_PIGMENT).direction != "supports"
