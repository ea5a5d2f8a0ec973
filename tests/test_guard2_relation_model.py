"""GUARD2: the learned relation reader reads the claim's own treatment as `_int_`, never as a harm.

The claim's intervention is what the claim is about; a treatment named like a harm ("chemical
peels", "burn cream") must not make the second reader see a harm the claim reports. Real shipped
model, no mocks."""

from __future__ import annotations

from tracker import relation_model as rm


def test_the_claims_treatment_is_one_placeholder_before_the_harm_class():
    toks, _ = rm.marked("Chemical peels are generally safe at home", None, ("Chemical peels", "chemical peel"))
    assert toks[0] == "_int_" and "_harm_" not in toks
    # the name's head alone is still the treatment; a modifier alone is not ("chemical burns")
    toks, _ = rm.marked("Peels are safe, but chemical burns happen", None, "chemical peels")
    assert toks == ["_int_", "are", "safe", "|", "|", "_harm_", "_harm_", "happen"]
    toks, _ = rm.marked("Burn cream does not cause burns", None, "burn cream")
    assert toks == ["_int_", "does", "NEG", "~cause", "~_harm_"]


def test_no_intervention_masks_nothing_so_other_callers_are_unchanged():
    quote = "Chemical peels are generally safe at home"
    assert rm.marked(quote, None) == rm.marked(quote, None, None) == rm.marked(quote, None, "")
    assert rm.probabilities(quote) == rm.probabilities(quote, None)
    assert rm.predict(quote) == rm.predict(quote, ())


def test_a_safety_claim_about_a_treatment_named_like_a_harm_is_not_read_as_causing_it():
    quote = "Chemical peels are generally safe at home"
    p = rm.probabilities(quote, ("Chemical peels", "chemical peel"))
    assert max(p, key=p.get) == "denies_harm"
    assert p["harm"] < 0.3
    assert rm.relation_doubt(quote, "denies_harm", intervention=("Chemical peels", "chemical peel")) is None


def test_the_model_reads_multiword_units_the_claim_model_does_not():
    v = rm._model()[3]
    # a two-word harm noun of the shared vocabulary is one harm; "not only" asserts, it does not deny
    assert rm.marked("zorbanil cream causes side effects", v, "zorbanil cream", multiword=True)[0] == \
        ["_int_", "causes", "_harm_"]
    toks, flags = rm.marked("Microneedling not only improves collagen", v, "microneedling", multiword=True)
    assert toks[:3] == ["_int_", "only", "improves"] and "f:neg" not in flags
    # a word no training article shares right before the name is a variant of it ("glycolic peels")
    assert rm.marked("Glycolic peels are gentle", v, "chemical peels", multiword=True)[0][:2] == ["_int_", "are"]
    # claim_model calls marked(text, None): none of this applies there
    assert rm.marked("it causes side effects, not only redness", None)[0] == \
        ["it", "causes", "side", "effects", "|", "NEG", "~only", "~_harm_"]


def test_a_plain_harm_claim_about_a_named_cream_is_not_doubted():
    quote = "zorbanil cream causes side effects"
    assert rm.predict(quote, "zorbanil cream")[0] == "harm"
    assert rm.relation_doubt(quote, "harm", intervention="zorbanil cream") is None
