"""Claim extraction on the seed articles, the three example articles and small hand-made texts."""

from __future__ import annotations

import csv
import dataclasses
import importlib.util
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.extracting import article
from tracker.articles import article_from_bytes, load_article
from tracker.claims import CLAIM_COLUMNS, load_claims
from tracker.extract import DEFAULT_MIN_SCORE, Candidate, detect_intervention, extract_claims, write_candidates
from tracker.models import CLAIM_TYPES, STRENGTHS, Article, Question

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "data" / "articles").glob("*.txt"))
EXAMPLES = sorted((ROOT / "data" / "examples").glob("*.*"))
ALL_ARTICLES = SEED + EXAMPLES

MN_TERMS = '(microneedl*[tiab] OR "micro-needling"[tiab] OR dermaroller*[tiab])'
MN_QUESTIONS = (
    Question("mn-acne-scars", "Does microneedling improve atrophic acne scars?", "microneedling",
             "atrophic acne scars", "efficacy", f'{MN_TERMS} AND ("acne scar*"[tiab] OR "atrophic scar*"[tiab])'),
    Question("mn-wrinkles", "Does microneedling reduce wrinkles?", "microneedling", "wrinkles and fine lines",
             "efficacy", f'{MN_TERMS} AND (wrinkl*[tiab] OR "fine lines"[tiab])'),
    Question("mn-infection-risk", "Does microneedling cause skin infection?", "microneedling", "skin infection",
             "safety", f"{MN_TERMS} AND infect*[tiab]"),
)


def quotes(cands: list[Candidate]) -> list[str]:
    return [c.claim.quote for c in cands]


def find(cands: list[Candidate], fragment: str) -> Candidate:
    hits = [c for c in cands if fragment.lower() in c.claim.quote.lower()]
    assert hits, f"no candidate quotes {fragment!r}; quotes: {quotes(cands)}"
    return hits[0]


@pytest.fixture(scope="module")
def extracted() -> dict[str, tuple[Article, list[Candidate]]]:
    out = {}
    for path in ALL_ARTICLES:
        a = load_article(path)
        out[path.name] = (a, extract_claims(a, MN_QUESTIONS))
    return out


def test_all_seven_articles_are_present():
    assert len(SEED) == 4 and len(EXAMPLES) == 3
    assert {p.suffix for p in EXAMPLES} == {".md", ".html", ".txt"}


@pytest.mark.parametrize("path", ALL_ARTICLES, ids=lambda p: p.name)
def test_every_quote_equals_its_offsets(path, extracted):
    a, cands = extracted[path.name]
    assert cands, f"{path.name}: no claims found"
    ids = [c.claim.claim_id for c in cands]
    assert len(set(ids)) == len(ids)
    assert [(c.claim.start, c.claim.end) for c in cands] == sorted((c.claim.start, c.claim.end) for c in cands)
    stem = re.escape(path.name)  # ids carry the whole file name (issue #20, item 1)
    known = {q.question_id for q in MN_QUESTIONS}
    for c in cands:
        cl = c.claim
        assert a.text[cl.start:cl.end] == cl.quote, cl.claim_id
        assert cl.quote == cl.quote.strip() and cl.quote
        assert re.fullmatch(rf"auto-{stem}-\d\d", cl.claim_id)
        assert cl.origin == "auto" and cl.article == a.name
        assert cl.claim_type in CLAIM_TYPES and cl.strength in STRENGTHS
        assert DEFAULT_MIN_SCORE <= c.score <= 1.0 and c.reasons
        if c.new_question is None:
            assert cl.question_id in known
        else:
            assert cl.question_id == c.new_question.question_id and cl.question_id not in known


def test_compound_list_is_split_into_narrow_quotes():
    text = "Microneedling Explained\n\nMicroneedling is beneficial for treating acne scars, stretch marks, and hair loss.\n"
    cands = extract_claims(article(text))
    assert quotes(cands) == ["treating acne scars", "stretch marks", "hair loss"]
    outcomes = [c.new_question.outcome for c in cands]
    assert len(set(outcomes)) == 3
    assert all("list item" in " ".join(c.reasons) for c in cands)


def test_coordinated_verb_phrases_are_split():
    text = "Retinol guide\n\nRetinol boosts collagen production, fades dark spots and evens out skin tone.\n"
    cands = extract_claims(article(text))
    assert quotes(cands) == ["Retinol boosts collagen production", "fades dark spots", "evens out skin tone"]
    assert cands[0].claim.claim_type == "mechanism"


def test_synonyms_of_one_outcome_stay_one_claim():
    text = "Retinol guide\n\nRetinol reduces wrinkles and fine lines.\n"
    assert quotes(extract_claims(article(text))) == ["Retinol reduces wrinkles and fine lines"]


def test_questions_advice_headings_and_fluff_are_rejected():
    text = (
        "Retinol: the facts\n\n"
        "How retinol works\n\n"
        "Does retinol really reduce wrinkles?\n"
        "Apply a pea-sized amount of retinol to dry skin every night.\n"
        "If your skin stings, use retinol every other night.\n"
        "You should always wear sunscreen with retinol.\n"
        "Shop now and save 20% on our retinol serum!\n"
        "Retinol reduces fine lines within 12 weeks.\n"
    )
    a = article(text)
    cands = extract_claims(a)
    assert quotes(cands) == ["Retinol reduces fine lines within 12 weeks"]
    assert cands[0].claim.claim_type == "quantitative"


@pytest.mark.parametrize("sentence,strength", [
    ("Retinol may reduce wrinkles.", "hedged"),
    ("Retinol can help fade dark spots.", "hedged"),
    ("Retinol reduces wrinkles.", "plain"),
    ("Retinol dramatically reduces wrinkles.", "strong"),
    ("Retinol is clinically proven to reduce wrinkles.", "strong"),
    ("Retinol completely erases wrinkles.", "absolute"),
    ("Retinol will always clear acne.", "absolute"),
])
def test_strength_cues(sentence, strength):
    cands = extract_claims(article(f"Retinol notes\n\n{sentence}\n"))
    assert len(cands) == 1, quotes(cands)
    assert cands[0].claim.strength == strength


@pytest.mark.parametrize("sentence,ctype", [
    ("Retinol reduces wrinkles by 40%.", "quantitative"),
    ("Retinol can cause skin irritation.", "safety"),
    ("Retinol reduces wrinkles better than vitamin C serum.", "comparative"),
    ("Retinol stimulates collagen production.", "mechanism"),
    ("Retinol clears acne.", "efficacy"),
])
def test_claim_types(sentence, ctype):
    cands = extract_claims(article(f"Retinol notes\n\n{sentence}\n"))
    assert len(cands) == 1, quotes(cands)
    assert cands[0].claim.claim_type == ctype


def test_existing_question_is_reused_for_the_same_test():
    text = "Microneedling notes\n\nMicroneedling improves acne scars.\nMicroneedling can cause skin infections.\n"
    cands = extract_claims(article(text), MN_QUESTIONS)
    assert [c.claim.question_id for c in cands] == ["mn-acne-scars", "mn-infection-risk"]
    assert all(c.new_question is None for c in cands)


def test_other_intervention_gets_its_own_question(extracted):
    a, cands = extracted["collagen_supplements.md"]
    assert detect_intervention(a).key == "collagen-supplements"
    c = find(cands, "reduces wrinkles")
    assert c.new_question is not None, "a collagen claim must not reuse the microneedling wrinkle question"
    assert "collagen peptide" in c.new_question.query and "microneedl" not in c.new_question.query
    assert "wrinkl" in c.new_question.query
    assert c.claim.claim_type == "efficacy" and c.claim.strength == "plain"


def test_collagen_example_claims(extracted):
    _, cands = extracted["collagen_supplements.md"]
    safe = find(cands, "completely safe")
    assert (safe.claim.claim_type, safe.claim.strength) == ("safety", "absolute")
    assert find(cands, "20% reduction").claim.claim_type == "quantitative"
    assert find(cands, "more efficiently than").claim.claim_type == "comparative"
    assert "nail" in find(cands, "brittle nails").new_question.query
    assert "allerg" in find(cands, "allergic reactions").new_question.query
    joined = " ".join(quotes(cands))
    for non_claim in ("Mix 10 grams", "Pair it with", "Be patient", "Subscribe today", "Ready to glow",
                      "do they work"):
        assert non_claim not in joined


def test_led_example_claims(extracted):
    a, cands = extracted["led_face_masks.html"]
    assert detect_intervention(a).key == "led-therapy"
    acne = find(cands, "reduced acne lesions by 60%")
    assert acne.claim.claim_type == "quantitative"
    assert "light-emitting diode" in acne.new_question.query and "acne" in acne.new_question.query
    eyes = find(cands, "do not damage the eyes")
    assert (eyes.claim.claim_type, eyes.claim.strength) == ("safety", "absolute")
    assert "retina" in eyes.new_question.query
    assert find(cands, "may also help with hair loss").claim.strength == "hedged"
    joined = " ".join(quotes(cands))
    for non_claim in ("Cleanse your face", "Use the mask", "Wear the goggles", "Shop now", "LumiGlow",
                      "All rights reserved", "what does the science say"):
        assert non_claim not in joined


def test_retinol_example_claims(extracted):
    a, cands = extracted["retinol.txt"]
    assert detect_intervention(a).key == "retinoids"
    # A list of harms is one safety claim (its harms are appraised together as adverse events),
    # as the gold rows write them: "can cause dryness, redness and peeling" is not split.
    harms = find(cands, "can cause dryness")
    assert "redness" in harms.claim.quote and "peeling" in harms.claim.quote
    assert harms.claim.frame.relation == "harm" and harms.claim.claim_type == "safety"
    assert not [c for c in cands if c.claim.quote in ("redness", "peeling")]
    birth = find(cands, "birth defects")
    assert birth.claim.claim_type == "safety" and "teratogen" in birth.new_question.query
    assert find(cands, "completely erase sun damage").claim.strength == "absolute"
    assert "retinol[tiab]" in find(cands, "reduces fine lines and wrinkles").new_question.query
    joined = " ".join(quotes(cands))
    for non_claim in ("Start with a low concentration", "Always wear sunscreen", "Talk to your dermatologist",
                      "affiliate links", "is it right for you"):
        assert non_claim not in joined


def test_unknown_intervention_falls_back_to_the_title_phrase():
    text = ("Cryotherapy Facials: The Cold Truth\n\n"
            "Cryotherapy facials use liquid nitrogen vapour to cool the skin. "
            "A cryotherapy facial tightens pores and reduces puffiness within minutes.\n")
    a = article(text)
    concept = detect_intervention(a)
    assert concept.label in ("cryotherapy", "cryotherapy facials")
    cands = extract_claims(a)
    assert quotes(cands) == ["A cryotherapy facial tightens pores", "reduces puffiness within minutes"]
    for c in cands:
        block, outcome = c.new_question.query.split(" AND ", 1)
        assert "cryotherapy" in block and "microneedl" not in block
    assert "pore" in cands[0].new_question.query and "puffiness" in cands[1].new_question.query


def test_new_questions_are_shared_within_an_article(extracted):
    _, cands = extracted["retinol.txt"]
    by_id: dict[str, Question] = {}
    for c in cands:
        if c.new_question:
            assert by_id.setdefault(c.new_question.question_id, c.new_question) == c.new_question


def test_generated_queries_parse(extracted):
    if importlib.util.find_spec("tracker.pubmed_query") is None:
        pytest.skip("tracker/pubmed_query.py (parse_query) is not written yet")
    from tracker.pubmed_query import BoolOp, iter_terms, parse_query

    seen = 0
    for _, cands in extracted.values():
        for c in cands:
            if c.new_question is None:
                continue
            node = parse_query(c.new_question.query)
            assert isinstance(node, BoolOp) and node.op == "AND", c.new_question.query
            # text words, and the subheading PubMed indexes harms under (HRM16: "adverse effects"[sh])
            assert all(t.field == "tiab" or (t.field, t.text) == ("sh", "adverse effects") for t in iter_terms(node))
            seen += 1
    assert seen > 20


def test_write_candidates_round_trips_through_load_claims(tmp_path, extracted):
    a, cands = extracted["retinol.txt"]
    out = tmp_path / "candidates.csv"
    write_candidates(out, cands)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    header = list(rows[0])
    assert header[:len(CLAIM_COLUMNS)] == list(CLAIM_COLUMNS) and header[-2:] == ["check_worthiness", "reasons"]
    assert [r["claim_id"] for r in rows] == [c.claim.claim_id for c in cands]
    assert all(DEFAULT_MIN_SCORE <= float(r["check_worthiness"]) <= 1 and r["reasons"] for r in rows)
    questions = {q.question_id: q for q in MN_QUESTIONS} | {
        c.new_question.question_id: c.new_question for c in cands if c.new_question}
    loaded = load_claims(out, {a.name: a}, questions)
    assert loaded == [dataclasses.replace(c.claim, origin="curated") for c in cands]


def test_min_score_filters_and_is_monotonic(extracted):
    a, cands = extracted[SEED[0].name]
    loose = extract_claims(a, MN_QUESTIONS, min_score=0.2)  # (0.3 keeps as many as the default since session 22)
    strict = extract_claims(a, MN_QUESTIONS, min_score=0.8)
    spans = lambda cs: {(c.claim.start, c.claim.end) for c in cs}  # noqa: E731
    assert spans(strict) <= spans(cands) <= spans(loose)
    assert len(strict) < len(cands) < len(loose)


def test_extraction_is_deterministic(extracted):
    a, cands = extracted["led_face_masks.html"]
    assert extract_claims(a, MN_QUESTIONS) == cands


def test_article_without_claims_gives_nothing():
    assert extract_claims(article("Hello\n\nWhat is this? Click here to subscribe.\n")) == []


_NOISE = st.sampled_from([
    "Retinol reduces wrinkles", "and fades dark spots", "Does it work?", "- ", "🌟 ", "Apply nightly.",
    "It can cause redness, peeling and dryness", "by up to 44%", ", which", ". ", "\n", "\n\n", ": ",
    "e.g. ", "vitamin A. ", "Microneedling (RF) treats acne scars, stretch marks and hair loss", "“quoted”",
    "\u00a0", "  ", ";", "Mr. X", "because it stimulates collagen",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_NOISE, st.text(max_size=12)), min_size=1, max_size=25))
def test_quotes_equal_offsets_on_arbitrary_text(parts):
    text = "".join(parts)
    if not text.strip():
        return
    a = Article("fuzz.txt", "Fuzz", text, "text", "0")
    for c in extract_claims(a, MN_QUESTIONS, min_score=0.0):
        assert text[c.claim.start:c.claim.end] == c.claim.quote and c.claim.quote.strip()


@pytest.mark.parametrize("sentence,question,stance", [
    ("LED masks do not damage the eyes.", "led-eyes", "denies"),
    ("LED masks are completely safe.", "led-eyes", "denies"),
    ("LED masks can damage the eyes.", "led-eyes", "affirms"),
    ("If goggles are not worn, LED masks can damage the eyes.", "led-eyes", "affirms"),
    ("LED masks will not help with wrinkles.", None, "denies"),
    ("LED masks reduce wrinkles.", None, "affirms"),
])
def test_stance_against_the_question(sentence, question, stance):
    eyes = Question("led-eyes", "Does LED light therapy cause eye damage?", "LED light therapy", "eye damage",
                    "safety", '"light-emitting diode*"[tiab] AND retina*[tiab]')
    cands = extract_claims(article(f"LED masks\n\n{sentence}\n"), [eyes])
    assert len(cands) == 1, quotes(cands)
    if question:
        assert cands[0].claim.question_id == question
    assert cands[0].claim.stance == stance


def test_no_field_tag_trap_and_no_prose_outcomes():
    """Issue #14: `LED[tiab]` would match the verb "led"; leftover prose never becomes an outcome;
    an intervention outside the synonym tables is the article's own ("rosemary oil"), and the
    comparator ("rivals minoxidil") is never the intervention."""
    from tracker.extract import INTERVENTIONS
    from tracker.models import Article

    led = next(c for c in INTERVENTIONS if c.key == "led-therapy")
    assert "LED[tiab]" not in led.terms
    text = ("Rosemary oil rivals minoxidil for regrowing thinning hair. Rosemary oil is cheap. "
            "Rosemary oil gave an excellent response patient after patient. "
            "Rosemary oil never irritates the scalp.")
    art = Article("rosemary.txt", "Rosemary Oil: The Herb That Rivals Minoxidil", text, "text", "0" * 64)
    cands = extract_claims(art, [])
    assert cands and all(c.claim.frame.intervention_norm == "rosemary oil" for c in cands)
    queries = " ".join(c.new_question.query for c in cands if c.new_question)
    assert '"rosemary oil"' in queries and "patient" not in queries and "minoxidil" not in queries.split(" AND ")[0]
    painless = next(c for c in cands if "irritates" in c.claim.quote)
    assert painless.claim.frame.relation == "denies_harm" and painless.claim.stance == "denies"


# --- issue 14 (A3): the claim's intervention, list lead-ins, clauses that assert nothing ------


def _frame_of(cands: list[Candidate], fragment: str):
    hits = [c for c in cands if fragment in c.claim.quote]
    assert hits, f"no candidate quotes {fragment!r}: {quotes(cands)}"
    return hits[0].claim.frame


def test_pronoun_resolves_to_the_last_subject_not_the_comparator():
    text = ("Tretinoin versus tazarotene\n\n"
            "Tretinoin (retinoic acid) is the form your skin uses. It reliably reduces fine wrinkles.\n\n"
            "Tazarotene is another prescription retinoid. In one trial it worked better than tretinoin "
            "for fine wrinkles.\n")
    cands = extract_claims(article(text))
    assert _frame_of(cands, "reliably reduces").intervention.lower() == "tretinoin"
    # "better than tretinoin": tretinoin is the comparator, the pronoun stands for tazarotene
    assert _frame_of(cands, "worked better").intervention.lower() == "tazarotene"


def test_gerund_subject_names_another_treatment_and_its_pronoun_follows():
    text = ("Turmeric for joints\n\nTurmeric is a popular spice and turmeric is sold everywhere; turmeric "
            "fans love it.\n\nStudies suggest that taking curcumin every day may reduce joint pain by 50%. "
            "It also eases morning stiffness.\n")
    cands = extract_claims(article(text))
    assert _frame_of(cands, "reduce joint pain").intervention.lower() == "curcumin"
    assert _frame_of(cands, "eases morning stiffness").intervention.lower() == "curcumin"


def test_lead_in_governs_only_the_first_sentence_of_a_bullet():
    text = ("Microneedling guide\n\nMicroneedling is popular. A course of microneedling is aimed at eliminating:\n"
            "- Age-related changes. Fine wrinkles are the first sign of ageing in the outer layer.\n"
            "- Acne scars. Microneedling reduces acne scars in most people.\n")
    cands = extract_claims(article(text), MN_QUESTIONS)
    qs = quotes(cands)
    # a description inside the bullet is not read as "eliminating fine wrinkles"
    assert not any(q.startswith("Fine wrinkles are the first sign") for q in qs), qs
    assert any("reduces acne scars" in q for q in qs), qs


def test_means_relative_and_definition_clauses_are_not_claims():
    text = ("Microneedling explained\n\nMicroneedling is a procedure that uses thin needles to puncture the skin. "
            "Microneedling improves acne scars by stimulating collagen production. "
            "It treats the cheeks, which are the hardest hit areas. "
            "Rosemary oil works by boosting circulation to the scalp.\n")
    qs = quotes(extract_claims(article(text), MN_QUESTIONS))
    assert not any(q.startswith(("by stimulating", "which are", "Microneedling is a procedure")) for q in qs), qs
    assert any("improves acne scars" in q for q in qs), qs
    # "works by boosting X": the main verb asserts nothing, so the means clause carries the claim
    assert any("boosting circulation" in q for q in qs), qs


def test_comparative_without_outcome_takes_the_articles_main_outcome():
    text = ("Minoxidil for hair loss\n\nMinoxidil treats hair loss. Minoxidil slows hair loss in men and women. "
            "Hair loss returns when you stop.\n\nOral minoxidil is just as effective as the topical solution.\n")
    frame = _frame_of(extract_claims(article(text)), "just as effective")
    assert frame.relation == "equivalent"
    assert "hair" in (frame.outcome or "").lower(), frame


def test_object_glossed_by_an_apposition_stays_the_outcome():
    text = ("Rosemary oil for hair\n\nRosemary oil is popular. Rosemary oil is cheap. Rosemary oil smells nice.\n\n"
            "Rosemary oil blocks DHT, the hormone behind pattern baldness.\n")
    frame = _frame_of(extract_claims(article(text)), "blocks DHT")
    assert "dht" in (frame.outcome or "").lower(), frame


def test_a_question_about_at_risk_people_is_not_reused_for_a_general_claim():
    at_risk = Question("mn-at-risk", "Does microneedling cause complications in people with diabetes or impaired "
                       "wound healing?",
                       "microneedling in at-risk patients", "complications", "safety",
                       f"{MN_TERMS} AND complication*[tiab]")
    general = Question("mn-harms", "Does microneedling cause adverse effects such as redness or irritation?",
                       "microneedling", "adverse effects (redness, irritation, peeling, infection)", "safety",
                       f'{MN_TERMS} AND ("adverse effect*"[tiab] OR redness[tiab])')
    text = "Microneedling at home\n\nMicroneedling is a safe procedure with a low risk of complications.\n"
    cands = extract_claims(article(text), (at_risk, general))
    c = [c for c in cands if "safe procedure" in c.claim.quote][0]
    assert c.claim.question_id != "mn-at-risk"
    text2 = "Microneedling at home\n\nMicroneedling can cause complications in people with diabetes.\n"
    c2 = [c for c in extract_claims(article(text2), (at_risk, general)) if "complications" in c.claim.quote][0]
    assert c2.claim.question_id == "mn-at-risk"
    # a group the question does not name is another population: "sensitive skin" is not diabetes
    text3 = "Microneedling at home\n\nMicroneedling can cause complications in people with sensitive skin.\n"
    c3 = [c for c in extract_claims(article(text3), (at_risk, general)) if "complications" in c.claim.quote][0]
    assert c3.claim.question_id != "mn-at-risk"


def test_intervention_wording_is_a_noun_phrase():
    text = ("Collagen supplements\n\nCollagen supplements are popular.\n\n"
            "Taking collagen peptides every day reduces wrinkles.\n")
    frame = _frame_of(extract_claims(article(text)), "reduces wrinkles")
    assert frame.intervention.lower() == "collagen", frame.intervention


# --- interventions never seen: structure, not a table (issue 14, dev2) --------------------------


def test_title_subject_after_a_question_auxiliary_and_a_head_the_table_does_not_cover():
    a = article("Can a Caffeine Shampoo Really Save Your Hairline?\n\nA caffeine shampoo is cheap. Caffeine shampoo "
                "slows shedding. Many swap minoxidil for caffeine shampoo. Minoxidil is a drug. Minoxidil works.\n")
    assert detect_intervention(a).label == "caffeine shampoo"  # not the table's minoxidil, named more often
    b = article("Laser Caps: Can a Helmet Regrow Hair?\n\nLaser caps shine light on the scalp. A laser cap is worn "
                "daily. Laser caps regrow hair.\n")
    c = detect_intervention(b)
    assert c.label == "laser caps" and "resurfacing" not in " ".join(c.terms)
    assert c.regex.search("a laser cap")  # the singular is the same name


def test_the_article_gives_its_own_synonyms():
    a = article("Cold Plunges: Worth the Shiver?\n\nCold plunges, also called cold water immersion, are everywhere. "
                "Cold plunges reduce soreness. Cold plunges boost mood.\n")
    c = detect_intervention(a)
    assert '"cold water immersion"[tiab]' in c.terms and c.regex.search("cold water immersion helps")


@pytest.mark.parametrize("choice, other", [("onion juice or minoxidil for thinning hair.", "minoxidil"),
                                           ("onion juice, or minoxidil, for thinning hair?", "minoxidil"),
                                           ("onion juice (or minoxidil) for thinning hair.", "minoxidil"),
                                           ("onion juice (or garlic oil) for thinning hair.", "garlic oil"),
                                           ("onion juice (not garlic oil) for thinning hair.", "garlic oil")])
def test_an_alternative_treatment_is_not_another_name(choice, other):
    """Issue #14: "X or Y" offers a choice, "(not Y)" a contrast, and a treatment the table knows
    is another treatment, so Y's trials never become evidence for X."""
    a = article("Onion Juice: A Kitchen Cure for Hair Loss?\n\nOnion juice is popular. People choose "
                f"{choice} Onion juice regrows hair. Onion juice smells.\n")
    c = detect_intervention(a)
    assert c.label == "onion juice" and not any(other in t for t in c.terms), c.terms
    assert not c.regex.search(f"topical {other}")
    named = article("Onion Juice: A Kitchen Cure?\n\nOnion juice (Allium cepa juice) is popular. "
                    "Onion juice regrows hair. Onion juice smells.\n")
    assert '"allium cepa juice"[tiab]' in detect_intervention(named).terms  # a real second name still counts


def test_a_title_combination_is_searched_as_both_parts():
    text = ("The TXA Facial: Microneedling With Tranexamic Acid for Melasma\n\n"
            "Microneedling with tranexamic acid fades melasma. Tranexamic acid calms pigment cells. "
            "Tranexamic acid is gentle.\n")
    c = detect_intervention(article(text))
    assert c.label == "microneedling plus tranexamic acid"
    (block,) = c.terms
    assert " AND " in block and "microneedl" in block and "tranexamic" in block
    cand = find(extract_claims(article(text), MN_QUESTIONS), "fades melasma")
    # no microneedling-only question tests a combined treatment; the claim's own word names the outcome
    assert cand.new_question is not None and "tranexamic" in cand.new_question.query
    assert "melasma" in cand.new_question.outcome


def test_a_clause_whose_subject_is_the_treatment_is_a_claim_whatever_its_verb():
    text = ("Zinc Lozenges: Your Best Defence?\n\nZinc lozenges are sold everywhere. Zinc lozenges shorten a cold "
            "by up to 40 percent. Zinc lozenges come in many flavours.\n")
    cands = extract_claims(article(text))
    f = _frame_of(cands, "shorten a cold")
    assert f.outcome == "cold" and f.magnitude_value == 40.0
    assert not any("flavours" in q for q in quotes(cands))  # "come in" describes, it asserts no effect
    # the active ingredient alone, as a subject, stands for the product
    more = extract_claims(article(text + "\nBut if you start early, zinc can knock a few days off your misery.\n"))
    assert any("knock a few days off" in q for q in quotes(more))


def test_coordinated_verbs_outside_any_list_are_split():
    text = ("Creatine: 7 Things to Know\n\nCreatine builds strength, sharpens your memory and is safe for your "
            "kidneys.\n")
    cands = extract_claims(article(text))
    rels = {c.claim.quote: c.claim.frame.relation for c in cands}
    assert rels.get("Creatine builds strength") == "benefit", rels
    assert rels.get("sharpens your memory") == "benefit", rels
    kidney = [c for c in cands if "kidneys" in c.claim.quote]
    assert kidney and kidney[0].claim.frame.relation == "denies_harm"
    assert kidney[0].claim.frame.outcome == "kidney damage"


def test_a_new_referent_and_a_definite_description():
    text = ("Ashwagandha: The Ancient Root\n\nAshwagandha is an adaptogenic herb. Ashwagandha lowers cortisol. "
            "The root extract increases muscle strength in men.\n\n"
            "Magnesium glycinate is another supplement that people take for sleep. It relaxes the muscles and calms "
            "the nervous system.\n")
    cands = extract_claims(article(text))
    # "The root extract" points back to the topic; it is no new treatment
    assert _frame_of(cands, "muscle strength").intervention_norm == "ashwagandha"
    # a copular introduction makes the next pronoun's referent
    assert _frame_of(cands, "relaxes the muscles").intervention.lower() == "magnesium glycinate"
    assert _frame_of(cands, "calms the nervous system").outcome == "nervous system"


def test_a_testimonial_of_change_is_a_claim_and_reported_claims_are_hedged():
    text = ("Biotin Gummies: Do They Work?\n\nBiotin gummies are popular. Biotin gummies contain sugar. "
            "Two months after I started biotin gummies, my hair looked thicker.\n\n"
            "Fans say biotin gummies regrow hair. Users on forums report that biotin gummies stop shedding.\n")
    cands = extract_claims(article(text))
    assert any("looked thicker" in q for q in quotes(cands))
    assert find(cands, "stop shedding").claim.strength == "hedged"


@pytest.mark.parametrize("sentence, benefit, denial", [
    ("Niacinamide serum is effective and well tolerated in people with acne.",
     "Niacinamide serum is effective", "well tolerated in people with acne"),
    ("Azelaic acid cream is safe and effective for rosacea.", "effective for rosacea", "Azelaic acid cream is safe"),
    # the complement after the second predicate belongs to both: the benefit half is about warts
    ("Salicylic acid is effective and safe for treating warts.", "Salicylic acid is effective",
     "safe for treating warts"),
])
def test_two_part_claim_gets_a_benefit_and_a_harm_reading(sentence, benefit, denial):
    """Issue #16: "effective and safe" is two claims, each tested by its own kind of question."""
    art = article_from_bytes("two-part.txt", f"A guide\n\n{sentence} Many people use it.\n".encode())
    by_quote = {c.claim.quote: c for c in extract_claims(art)}
    assert benefit in by_quote and denial in by_quote, sorted(by_quote)
    assert by_quote[benefit].claim.claim_type != "safety"
    assert by_quote[denial].claim.claim_type == "safety"
    if "warts" in sentence:
        assert by_quote[benefit].claim.frame.outcome == "warts"


def test_coordinated_benefits_are_not_split_as_two_part():
    art = article_from_bytes("one.txt", b"A guide\n\nRetinol is effective and popular for fine lines.\n")
    quotes = [c.claim.quote for c in extract_claims(art)]
    assert not any(q.startswith("popular") for q in quotes)


def test_relative_clause_giving_a_time_course_stays_with_its_claim():
    text = ("Aftercare\n\nAfter the procedure, redness may appear on the skin, which usually subsides within "
            "3 hours. Microneedling boosts collagen, which reduces wrinkles.\n")
    quotes = [c.claim.quote for c in extract_claims(article_from_bytes("course.txt", text.encode()))]
    assert any(q.endswith("which usually subsides within 3 hours") for q in quotes), quotes
    assert not any(q.startswith("which usually subsides") for q in quotes)


def test_a_long_comma_chained_sentence_is_read_in_time_linear_in_its_length():
    """A pasted page without full stops is one long sentence. Asking at every comma whether the
    whole prefix has a finite verb, and rescanning the prefix for every verb's preceding word,
    made this cubic (8 kB took 60 s); reading each claim's whole sentence prefix again for its
    report frame and population made it quadratic. Scaling, not a wall-clock limit, is checked, so
    a loaded machine does not fail it: four times the clauses may take at most about six times as
    long (linear gives about 4, quadratic 16)."""
    import time

    def seconds(n: int) -> float:
        text = "A guide\n\nZinc relaxes the muscles, calms the mind" + ", calms the mind" * n + ".\n"
        best = float("inf")
        for _ in range(2):  # the faster of two runs: a burst of load on the machine slows one, rarely both
            started = time.perf_counter()
            cands = extract_claims(article_from_bytes("long.txt", text.encode()))
            best = min(best, time.perf_counter() - started)
        assert len(cands) > n // 2  # the coordinated clauses are still split into claims
        return best

    seconds(20)  # warm the module-level caches
    # both lengths beyond the bounded windows a claim's context is read in (2,000 characters)
    small, large = seconds(150), seconds(600)
    assert large / small < 6.5, (small, large)


# --- issue 14 (EXT3): structure instead of fitted phrases; the table never overrides the article --


def test_a_bare_table_word_inside_another_devices_name_is_not_that_treatment():
    # "laser" alone once mapped laser combs to laser resurfacing: a device the table does not
    # list is searched by its own name, singular and plural
    text = ("Laser Combs for Thinning Hair\n\n"
            "A laser comb shines red light onto the scalp while you brush. Laser combs are sold for home use.\n"
            "The laser comb reduces shedding within eight weeks.\n")
    a = article(text)
    concept = detect_intervention(a)
    assert "laser comb" in concept.label.lower() and concept.key != "laser-resurfacing"
    c = find(extract_claims(a), "reduces shedding")
    query = c.new_question.query
    assert '"laser comb' in query and "resurfacing" not in query
    # the title gives no name: the treatment the sentences have as subject, never a pronoun
    b = article(text.replace("Laser Combs for Thinning Hair", "Do They Work? A Review"))
    assert "laser comb" in detect_intervention(b).label.lower()


@pytest.mark.parametrize("sentence, found", [
    # a comparative adjective complement after any verb states a change
    ("Most users say they wake up more refreshed after a week.", True),
    ("My nails stopped splitting by the second month.", True),
    ("My hair count went up 150% in a year.", True),
    # a reason given by an imperative sentence is asserted
    ("Do not take it for months, because long-term use can lower copper levels.", True),
    ("The clinic is open on Saturdays.", False),
])
def test_change_and_reason_clauses_are_claims(sentence, found):
    # the article's main outcome (named thrice) is what a claim without its own outcome is about
    text = (f"Zinc Lozenges for Colds\n\nZinc lozenges shorten colds. A cold lasts a week. Colds are common. "
            f"{sentence}\n")
    quotes_ = " ".join(quotes(extract_claims(article(text))))
    key = sentence.split(",")[-1].strip(" .")[-20:]
    assert (key in quotes_) == found, quotes_


def test_reported_speech_quotes_what_is_said_without_the_framing():
    text = ("Caffeine Shampoo for Hair Loss\n\nCaffeine shampoo is sold for hair loss. Hair loss is common. "
            "I also like that the label says the shampoo is especially effective for women over 40.\n")
    c = find(extract_claims(article(text)), "especially effective")
    assert c.claim.quote.startswith("the shampoo is especially effective")


@pytest.mark.parametrize("text, non_claim", [
    ("Zinc Lozenges\n\nZinc lozenges shorten colds. Zinc lozenges are not a cure for the common cold, "
     "and they will not stop you catching one.\n", "not a cure"),
    ("Ashwagandha\n\nAshwagandha eases stress. Ashwagandha has been used in Ayurvedic medicine for around "
     "3,000 years.\n", "Ayurvedic"),
    ("Ketoconazole Shampoo\n\nKetoconazole shampoo clears dandruff. Many people think medicated shampoo will "
     "make their hair fall out. That fear is unfounded: it does not cause hair loss.\n", "fall out"),
])
def test_disclaimers_history_and_rebutted_beliefs_are_not_claims(text, non_claim):
    joined = " ".join(quotes(extract_claims(article(text))))
    assert non_claim not in joined, joined
    assert extract_claims(article(text)), "the article's real claim is still found"


def test_a_belief_that_is_not_rebutted_stays_a_claim():
    text = ("Green Tea Extract\n\nGreen tea extract may help weight loss. "
            "Some experts believe it may also lower cholesterol. Studies are small.\n")
    assert "lower cholesterol" in " ".join(quotes(extract_claims(article(text))))


def test_a_list_of_harms_is_one_claim_and_a_list_of_benefits_is_one_per_outcome():
    text = ("Microneedling\n\nPoor depth control can lead to redness, blistering, infection and scarring. "
            "Microneedling treats acne scars, stretch marks and hair loss.\n")
    qs = quotes(extract_claims(article(text)))
    assert len([q for q in qs if "redness" in q or "blistering" in q or "infection" in q]) == 1, qs
    assert {"stretch marks", "hair loss"} <= set(qs), qs


def test_a_combination_named_in_a_claim_is_the_claims_intervention():
    text = ("Minoxidil for Hair Loss\n\nMinoxidil slows hair loss in many men. Hair loss is common. "
            "It can be combined with microneedling for faster results.\n")
    c = find(extract_claims(article(text)), "combined with microneedling")
    assert c.claim.frame.intervention_norm == "minoxidil plus microneedling"
    assert " AND " in c.new_question.query and "microneedl" in c.new_question.query.lower()


def test_empty_outcome_nouns_fall_back_to_the_articles_main_outcome():
    text = ("Microneedling for Melasma\n\nMicroneedling fades melasma. Melasma returns in summer. "
            "Melasma is common in women.\nMost of my patients see a clear difference after three sessions.\n")
    c = find(extract_claims(article(text)), "clear difference")
    assert "difference" not in c.new_question.query and "melasma" in c.new_question.query


def test_a_treatment_named_only_as_the_comparator_does_not_hide_the_clauses_subject():
    # in an article about something else, "Peppermint oil rivals minoxidil" is about peppermint oil:
    # minoxidil (a listed treatment) is the comparator, never the reason to fall back to the topic
    text = ("Home Microneedling and Peppermint Oil: What Works?\n\n"
            "Home microneedling is popular. Peppermint oil rivals minoxidil for regrowing thinning hair.\n")
    c = find(extract_claims(article(text)), "rivals minoxidil")
    frame = c.claim.frame
    assert frame is not None and frame.intervention_norm == "peppermint oil"
    assert frame.comparator and "minoxidil" in frame.comparator.lower()
    assert "microneedl" not in c.claim.question_id and c.new_question is not None
    assert "peppermint" in c.new_question.intervention.lower()


def test_a_result_clause_keeps_the_cause_of_the_clause_before_it():
    # "..., so you burn more calories": the reader is the grammatical subject, the cause is the
    # treatment of the clause before; an unrelated article topic must not take its place
    text = ("Home Microneedling: A Guide\n\nHome microneedling is popular. "
            "Green tea extract speeds up your metabolism, so you burn more calories.\n")
    cands = extract_claims(article(text), min_score=0.3)
    c = find(cands, "burn more calories")
    assert c.claim.frame is not None and c.claim.frame.intervention_norm == "green tea extract"
    assert "microneedl" not in c.claim.question_id
