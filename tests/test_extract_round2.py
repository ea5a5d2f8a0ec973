"""Extraction on unseen articles, round 2 (issue #14, EXT5): a product searched as the technique
it uses, the other names an article gives its topic, the clause subject against fronted
contrasts and comparators, passives of association, comparisons of tolerance, perceived changes,
mastheads, trailing sources. The texts are made up for these tests (no development article)."""

from __future__ import annotations

from tests.extracting import article, claim_with, question_of
from tracker.extract import _subject, detect_intervention, extract_claims

LASER_BRUSH = """Laser Brushes for Thinning Hair: Worth the Money?

Laser brushes are everywhere this year. Laser brushes use low-level laser therapy (LLLT): weak red light that does not heat the scalp. Laser brushes increase hair density in men after six months.
Low-level lasers are painless.
"""


def test_a_product_is_searched_as_the_technique_it_says_it_uses() -> None:
    a = article(LASER_BRUSH)
    concept = detect_intervention(a)
    assert concept.label == "low-level laser therapy"
    cands = extract_claims(a)
    c = claim_with(cands, "increase hair density")
    q = question_of(cands, c)
    assert q.intervention == "low-level laser therapy"
    # the technique's abbreviation and the product's own name are both searched
    assert "LLLT[tiab]" in q.query and '"laser brush' in q.query
    assert claim_with(cands, "painless").claim.frame.intervention_norm == "low-level laser therapy"


LASER_HAT = """Laser Hats for Hair Loss

Laser hats are the latest gadget. A laser hat shines red light on the scalp for twenty minutes.
Laser hats increase hair counts in women with thinning hair. Low-level laser therapy is a sensible option for people who cannot use minoxidil, one dermatologist said.
"""


def test_a_device_is_an_instance_of_the_therapy_named_with_its_own_word() -> None:
    assert detect_intervention(article(LASER_HAT)).label == "low-level laser therapy"


COLD = """The Plunge: What Cold Water Immersion Really Does

Cold water immersion is the wellness trend of the year.

Cold exposure trains your immune system. A cold plunge raises dopamine by 250%.
Lavender oil calms the mind, some say.
"""


def test_other_names_that_keep_the_topics_distinguishing_word_are_the_topic() -> None:
    a = article(COLD)
    cands = extract_claims(a)
    for words in ("Cold exposure trains", "cold plunge raises dopamine"):
        assert claim_with(cands, words).claim.frame.intervention_norm == "cold water immersion"
    # sharing only a head noun ("oil") makes no variant: not the topic
    assert all("avender" not in p for p in detect_intervention(a).subject_patterns)


TRAPS = """Retinol: A Dermatologist's Honest Guide

Retinol smooths fine lines. Retinol fades dark spots.

Unlike tretinoin, retinol doesn't cause dryness or peeling. Red light therapy is better tolerated than blue light.
Most users see brighter skin within 3 days of starting vitamin C.
"""


def test_the_clause_subject_decides_not_a_fronted_contrast_or_a_shared_table_entry() -> None:
    cands = extract_claims(article(TRAPS))
    unlike = claim_with(cands, "doesn't cause dryness").claim.frame
    assert unlike.intervention.lower() == "retinol" and unlike.relation == "denies_harm"
    tolerated = claim_with(cands, "better tolerated")
    # both arms are light therapies: the subject, never the article's topic, is the intervention
    assert tolerated.claim.frame.intervention.lower() == "red light therapy"
    # a comparison of tolerance compares harms, not the paragraph's benefit
    assert question_of(cands, tolerated).kind == "safety"


def test_a_perceived_change_is_a_claim_about_the_treatment_used() -> None:
    cands = extract_claims(article(TRAPS))
    c = claim_with(cands, "see brighter skin")
    assert c.claim.frame.intervention_norm == "topical vitamin C"


HAIR = """Minoxidil and Microneedling for Thinning Hair

Microneedling thickens hair. Microneedling boosts hair growth in men.

Minoxidil isn't as effective as microneedling for regrowing hair. Minoxidil has been linked to unwanted facial hair in women.
There is no scientific evidence that rosemary oil causes hair loss.
"""


def test_the_comparator_is_never_the_intervention_and_an_association_names_its_harm() -> None:
    cands = extract_claims(article(HAIR))
    cmp = claim_with(cands, "isn't as effective").claim.frame
    assert cmp.intervention_norm == "minoxidil" and cmp.comparator.lower() == "microneedling"
    linked = claim_with(cands, "linked to unwanted facial hair")
    assert linked.claim.frame.intervention_norm == "minoxidil"
    q = question_of(cands, linked)
    assert q.kind == "safety" and "facial hair" in q.outcome
    # an existential frame of evidence: the claim is about its complement clause's subject
    rosemary = claim_with(cands, "rosemary oil causes hair loss").claim.frame
    assert rosemary.intervention_norm == "rosemary oil"


def test_a_noun_ending_in_s_before_a_verb_stays_in_the_subject() -> None:
    assert _subject("Hair loss is common in older men") == "Hair loss"
    assert _subject("Unlike tretinoin, retinol doesn't cause dryness") == "retinol"


NEWSLETTER = """THE SATURDAY HEALTH LETTER
Issue #12

Hi friends, this week's letter is about zinc. Zinc shortens colds by two days. Zinc soothes a sore throat.
Zinc helps wounds heal. See you in next week's letter.
"""


def test_a_masthead_is_not_the_topic_when_the_sentences_are_about_a_treatment() -> None:
    assert detect_intervention(article(NEWSLETTER)).label == "zinc"


LIGHT = """Laser Combs for Hair Loss

Laser combs increase hair density in men compared with sham devices, according to a pooled analysis of trials of FDA-cleared devices. Laser combs are FDA-cleared. Laser combs are safe and effective.
Cold water immersion is popular, but people with heart conditions should check with a doctor first.
"""


def test_a_trailing_source_is_no_part_of_the_claim_and_a_hyphenated_word_is_no_verb() -> None:
    cands = extract_claims(article(LIGHT))
    c = claim_with(cands, "increase hair density")
    assert c.claim.quote == "Laser combs increase hair density in men compared with sham devices"
    # "FDA-cleared" is a compound adjective, not the verb "clear"
    assert not any(x.claim.quote == "Laser combs are FDA-cleared" for x in cands)
    # the benefit half of "safe and effective" is a claim of its own
    assert any(x.claim.quote == "effective" and x.claim.frame.relation == "benefit" for x in cands)
    # a group of people is never a treatment
    assert not any("heart conditions" in (x.claim.frame.intervention_norm or "") for x in cands)


MAGNESIUM = """Magnesium Citrate: What It Can and Cannot Do

Magnesium citrate is a popular supplement. Magnesium citrate helps your body build and keep muscle.
Magnesium citrate cuts your risk of getting migraines by a third. Magnesium citrate eases cramping in pregnant women.
Magnesium citrate is not risk-free. Watch out for these downsides:
- High doses cause diarrhoea and stomach cramps
- Supplements can make kidney problems worse
"""


def test_outcomes_are_what_changes_not_a_person_a_measure_or_a_group() -> None:
    cands = extract_claims(article(MAGNESIUM))
    # a verb of enabling with a person: the infinitive's object changes
    assert question_of(cands, claim_with(cands, "build and keep muscle")).outcome == "muscle"
    # a noun of likelihood gives way to what it measures; reducing a risk is a benefit
    risk = question_of(cands, claim_with(cands, "risk of getting migraines"))
    assert risk.outcome == "migraines" and risk.kind == "efficacy"
    # "pregnant women" is the population, never the outcome "pregnancy"
    assert "pregnan" not in question_of(cands, claim_with(cands, "eases cramping")).outcome
    # the list's lead-in is the sentence its colon ends: the items assert harms
    harm = claim_with(cands, "diarrhoea and stomach cramps")
    assert harm.claim.frame.relation == "harm"
    q = question_of(cands, harm)
    assert q.kind == "safety" and "diarrhoea[tiab]" in q.query and '"stomach cramp*"[tiab]' in q.query
    kidney = question_of(cands, claim_with(cands, "kidney problems worse"))
    assert kidney.outcome == "kidney problems"


SCALP = """Scalp Microneedling for Hair Loss

Scalp microneedling thickens hair in men with hair loss. Microneedling also boosts the results of PRP.
Paired with minoxidil it quadruples your results. Scalp microneedling rivals minoxidil on its own.
"""


def test_a_treatment_enhancing_another_is_the_combination_and_an_idiom_is_no_outcome() -> None:
    cands = extract_claims(article(SCALP))
    assert claim_with(cands, "boosts the results of PRP").claim.frame.intervention_norm == \
        "microneedling plus platelet-rich plasma"
    assert claim_with(cands, "quadruples").claim.frame.intervention_norm == "microneedling plus minoxidil"
    rivals = question_of(cands, claim_with(cands, "rivals minoxidil")) if claim_with(
        cands, "rivals minoxidil").new_question else None
    assert rivals is None or "own" not in rivals.outcome


ELDERFLOWER = """Elderflower Lozenges for the Common Cold

Elderflower lozenges shorten colds by two days. Elderflower lozenges ease a sore throat in a day.
Elderflower lozenges are just as effective in children as in adults.
"""


def test_a_group_of_people_compared_is_the_population_never_the_outcome() -> None:
    cands = extract_claims(article(ELDERFLOWER))
    q = question_of(cands, claim_with(cands, "in children as in adults"))
    assert "children" not in q.outcome and "adults" not in q.outcome


PRP_SAFETY = """Is PRP Safe? What Patients Should Know

PRP injections use your own blood. PRP injections are popular for thinning hair.

Side effects of minoxidil include scalp itching and unwanted facial hair.

Infections after microneedling are extremely rare.
"""


def test_the_source_of_a_harm_in_the_subject_is_the_claims_intervention() -> None:
    cands = extract_claims(article(PRP_SAFETY))
    assert "minoxidil" in claim_with(cands, "Side effects of minoxidil").claim.frame.intervention_norm.lower()
    assert "microneedling" in claim_with(cands, "Infections after microneedling").claim.frame.intervention_norm.lower()


def test_the_restatement_keeps_the_comparison_and_words_a_harm_as_a_harm() -> None:
    text = ("Home Microneedling: The Truth\n\nMicroneedling works better than laser treatment for acne scars. "
            "There is no scientific evidence that microneedling causes hair loss.\n")
    cands = extract_claims(article(text))
    assert "more than laser treatment" in claim_with(cands, "better than laser").claim.claim
    harm = claim_with(cands, "causes hair loss")
    assert "hair growth" not in harm.claim.claim and "hair loss" in harm.claim.claim
    assert "hair growth" not in question_of(cands, harm).statement


def test_a_dosage_form_of_a_listed_ingredient_is_that_ingredient() -> None:
    text = ("Vitamin C Serum: Hype or Help?\n\nVitamin C serum fades dark spots. A vitamin C serum is easy to use. "
            "Many people like vitamin C serum.\n")
    assert "vitamin c" in detect_intervention(article(text)).label.lower()
    assert "serum" not in detect_intervention(article(text)).key
