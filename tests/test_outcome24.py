"""OUTCOME24: the outcome a claim is about, read from English structure over a caller's label the clause
does not use: a fronted "for X" topic adjunct, the complement of an adjective of gentleness ("kinder to your
gums"), and a genitive whose apostrophe was lost ("son s patches")."""

from tracker.frames import fronted_topic, outcome_of, parse_frame


def _frame(text: str, outcome: str | None = None, **kw):
    return parse_frame(text, topic="the product", outcome=outcome, **kw)


def test_a_fronted_for_topic_names_the_outcome_over_a_label_the_clause_does_not_use():
    assert _frame("For tension headaches it is not inferior to a massage", "sleep depth").outcome == "tension headaches"
    assert _frame("For tennis elbow it is not inferior to deep massage", "plantar fasciitis").outcome == "tennis elbow"
    assert _frame("For acne scars the trials agree it works").outcome == "acne scars"
    assert _frame("For flakes, onion juice is no better than rinsing with plain water", "hair growth").outcome == "flakes"


def test_a_fronted_for_topic_strips_determiners_parentheses_and_a_trailing_adverb():
    assert fronted_topic("For his tired eyes, lenses with a blue filter work no better than clear lenses") == "tired eyes"
    assert fronted_topic("For total loss of scalp hair (alopecia totalis), needling did nothing") == "total loss of scalp hair"
    assert fronted_topic("For moisture it did seem to matter.") == "moisture"


def test_a_fronted_for_of_persons_time_or_discourse_is_no_topic():
    for text in ("For most people, yes.", "For women, adding weekly needling lifted the response rate",
                 "For darker skin tones it's one of the safest ways to exfoliate", "For an hour, maybe.",
                 "For me it did nothing in the first two weeks", "For example, it helps", "For everyone else, it is",
                 "for people with arthritis of the knee it usually eases pain and stiffness",
                 "For stubborn cases, needling followed by light therapy gave the best results"):
        assert fronted_topic(text) == "", text


def test_a_fronted_topic_leaves_the_object_the_clause_names_and_harm_claims():
    # the clause's own object, a word of the sentence, stands
    assert _frame("For patchy hair loss, alopecia areata, it regrows hair roughly as well as steroid injections",
                  "hair").outcome == "hair"
    # not a fronted adjunct: a "for" after the verb is left to the comparison reader
    assert fronted_topic("It works faster than painkillers for tension headaches.") == ""


def test_an_adjective_of_gentleness_names_the_harm_to_its_complement():
    assert _frame("The foam is kinder to your blood pressure than the tablets.", "adverse effects",
                  outcome_kind="safety").outcome == "blood pressure damage"
    assert _frame("it's kinder to receding gums than scrubbing with a hard manual brush", "adverse effects",
                  outcome_kind="safety").outcome == "receding gum damage"
    assert _frame("The salt water is gentler on eczema than a chlorinated pool.", "adverse effects",
                  outcome_kind="safety").outcome == "eczema damage"


def test_gentleness_keeps_a_specific_label_a_population_and_a_denial():
    # a label naming a harm stands
    assert _frame("Retinol is kinder to your skin than tretinoin", "skin irritation", outcome_kind="safety").outcome == \
        "skin irritation"
    # "gentler on darker skin": for whom, not what is harmed
    assert "damage" not in _frame("It is gentler on darker skin than a laser facial.", "adverse effects",
                                  outcome_kind="safety").outcome
    # no comparison: "gentler on the body" denies harm in general
    assert _frame("it is gentler on the body", "adverse effects", outcome_kind="safety").outcome == "adverse effects"


def test_a_genitive_that_lost_its_apostrophe_names_the_possessed_noun():
    assert _frame("My son's patches came back after three sessions of PRP.", "son s patches").outcome == "patches"
    # a split clitic not from a genitive in the sentence stays as the caller gave it
    assert _frame("Her patches came back after three sessions.", "patches").outcome == "patches"


def test_an_existential_there_takes_the_compared_quantity_not_a_predicate_adjective():
    assert _frame("so there's far less downtime than laser", "acne scar").outcome == "downtime"
    # the copula of a subject still makes the comparative a predicate adjective
    assert _frame("it's far less painful than laser", "pain").outcome == "pain"


def test_the_particle_of_grow_back_is_no_object_and_names_regrowth():
    assert outcome_of("your hair will not grow back thicker or darker", "benefit", strict=True) == \
        "thicker or darker regrowth"
    assert outcome_of("It doesn't: it grows back exactly the same, soft and fine.", "benefit", strict=True) == "regrowth"
    # "back" after any other verb is left alone
    assert "regrowth" not in outcome_of("It brings back the glow", "benefit", strict=True)


def test_the_complement_of_a_comparative_adjective_is_the_outcome_compared():
    assert outcome_of("it's no less effective for low mood than a talking therapy", "equivalent", strict=True) == "low mood"
    assert outcome_of("a medicated shampoo will do far more for dandruff than any kitchen remedy", "superior",
                      strict=True) == "dandruff"
    assert _frame("A 10,000 mcg gummy is no better for your hair than the 30 mcg in a basic multivitamin").outcome == "hair"
    # a complement of persons says for whom, not what
    assert _frame("The 5% foam or liquid works better for women than the old 2% liquid.").outcome == ""


def test_adverbs_of_a_following_phrase_and_particles_are_no_part_of_the_object():
    assert outcome_of("In the 0.1% cream trial, the results kept improving right up to week 36", "benefit", strict=True) == ""
    assert outcome_of("Forty minutes of singing lowers your stress hormones straight away.", "benefit",
                      strict=True) == "stress hormones"
    assert outcome_of("It lifts away dead skin", "benefit", strict=True) == "dead skin"
    assert outcome_of("It wards off colds", "benefit", strict=True) == "colds"
    # a particle is no verb of a process: "calm down faster" grades no "downing"
    assert "downing" not in outcome_of("Adding PRP to a laser treatment helps the skin calm down faster", "benefit",
                                       strict=True)
    assert outcome_of("Adding PRP to a laser treatment helps the skin calm down faster", "benefit", strict=True) == ""
