"""OUTC2 (issue 14): the outcome a claim names, read from English structure over a caller's label the
clause does not use: the quantity a comparative quantifier compares, coordinated comparatives as
properties, coordinated objects kept whole, clitics split from their host, "hypo-" and "-prone"."""

from tracker.frames import denied_harm, object_list, parse_frame, predicate_object, structural_outcome


def _out(text: str, outcome: str | None = None, **kw) -> str:
    return parse_frame(text, topic="the product", outcome=outcome, **kw).outcome


def test_comparative_quantifier_names_the_quantity_over_an_unsaid_label():
    assert _out("PRP microneedling has much less downtime than laser resurfacing", "skin texture and quality") == "downtime"
    assert _out("Our silk has up to 43% less friction than a cotton pillowcase", "breakout-prone kindness") == "friction"
    assert _out("It gives me more energy than my pre-workout powder did", "acne") == "energy"


def test_comparative_quantifier_keeps_a_label_it_shares_and_skips_predicate_adjectives():
    assert _out("the 5% lotion regrows more hair than the 2% one", "hair growth") == "hair growth"
    assert structural_outcome("mine are far less angry than they were") == ""
    assert structural_outcome("patients found it less painful than the needle") == ""


def test_coordinated_comparatives_name_their_properties():
    assert _out("Six weeks in and my cheeks feel bouncier and firmer", "skin laxity, firmness and elasticity") == \
        "cheek bounciness and firmness"
    assert _out("Instantly brighter, more hydrated skin", "hyperpigmentation and dark spots") == \
        "skin brightness and hydration"
    assert structural_outcome("Within a week most readers tell me they feel lighter and less puffy") == \
        "lightness and puffiness"
    assert structural_outcome("my skin looks brighter") == ""  # one comparative: the extractor's own reading


def test_coordinated_objects_stay_whole_when_the_label_names_one():
    text = "tazarotene 0.1% cream improved fine wrinkles, mottled pigmentation and pore size compared with a vehicle cream"
    assert _out(text, "wrinkles and fine lines") == "fine wrinkles, mottled pigmentation and pore size"
    assert object_list("it reduces redness and your skin looks better", "redness") == ""
    assert _out("It smooths wrinkles and fine lines in four weeks", "wrinkles and fine lines") == "wrinkles and fine lines"


def test_split_clitics_and_own_are_no_outcome():
    assert _out("also it doesn't dry you out like the benzoyl wash did", "doesn t dry") != "doesn t dry"
    assert _out("it can't tan you bc there's no UV in it", "t tan bc") != "t tan bc"
    assert _out("Blue light on its own can darken skin a little") != "own"


def test_denied_harm_by_hypo_prone_and_the_organ_spared():
    assert denied_harm("Naturally hypoallergenic.") == "allergy"
    assert denied_harm("Gentle enough for eczema-prone skin.") == "eczema"
    assert denied_harm("Customers find the gummies gentle on the stomach, with barely any side effects") == \
        "stomach side effects"


def test_a_one_word_label_before_the_object_is_its_verb():
    assert _out("lighten dark circles under the eyes", "lighten") == "dark circles lightening"


def test_a_prepositional_after_inside_the_subject_and_a_versus_comparison():
    assert _out("Muscle soreness after training drops by up to 50%") == "muscle soreness"
    assert structural_outcome("blue light beat a clindamycin lotion, 34% fewer inflamed spots vs 14%") == "inflamed spots"


def test_a_harm_named_before_the_commonest_side_effect():
    text = "Tablets: a little extra hair on the face or arms is the commonest side effect"
    assert _out(text, "adverse effects", outcome_kind="safety") == "extra hair"  # (the extractor's safety label)
    # a specific label stands: "an itchy, scaly scalp is its most common side effect" under skin irritation
    assert _out("an itchy, scaly scalp is its most common side effect", "skin irritation", outcome_kind="safety") == \
        "skin irritation"


def test_the_subject_of_a_comparative_predicate_when_no_treatment():
    assert _out("recovery is faster than with an ice bath, without the misery", "cortisol") == "recovery"
    assert structural_outcome("Tea tree oil is gentler than benzoyl peroxide") == ""


def test_a_verbless_claim_after_a_lead_in_is_read_alone():
    text = "Never read out the whole list Instantly brighter, more hydrated skin"
    assert _out(text, "hyperpigmentation and dark spots", quote="Instantly brighter, more hydrated skin") == \
        "skin brightness and hydration"


def test_what_a_verb_of_giving_gives_and_a_parenthetical_gloss():
    assert _out("The liver powder gives you steady energy all day, with none of the caffeine jitters") == "steady energy"
    text = "rarer risks include darkening of the skin (post-inflammatory hyperpigmentation), which is commoner in darker skin"
    assert _out(text, "darkening").endswith("(post-inflammatory hyperpigmentation)")


def test_a_label_that_is_one_item_of_the_list_stands():
    text = "It's beneficial for treating acne scars, stretch marks, and hair loss"
    assert [_out(text, o) for o in ("acne scars", "stretch marks", "hair loss")] == ["acne scars", "stretch marks", "hair loss"]


def test_a_verb_label_is_nominalised_from_its_inflected_form_and_giving_skips_adjective_lists():
    assert _out("tightens the junctions between intestinal cells", "tightens") == "junctions tightening"
    assert predicate_object("nose breathing gives you deeper, more restful sleep") == ""


def test_structure_is_read_in_the_claims_own_words_and_a_free_relative_is_given_nothing():
    text = "Less redness than my clinic treatments and my skin texture is so much better"
    assert _out(text, "skin texture", quote="my skin texture is so much better") == "skin texture"
    assert predicate_object("Bakuchiol gives you everything retinol does, minus the redness") == ""
