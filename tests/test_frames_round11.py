"""Round 11 (FRM11): relations of real-copy styles, each a general rule of English (issue #14).

Every case failed on the round-10 code (d086b50)."""

from __future__ import annotations

import pytest

from tracker.frames import parse_frame, relation_of


@pytest.mark.parametrize("text, relation", [
    # a label naming harms makes its list item a harm, whatever words the item uses
    ("Common side effects: swollen ankles or feet", "harm"),
    ("Possible risks: a fast or pounding heartbeat", "harm"),
    ("Side effects include: extra hair growth on the face", "harm"),
    ("Side effects: none reported", "denies_harm"),
    ("Common side effects swollen ankles or feet", "harm"),  # a list lead-in as the extractor passes it
    # leaving something behind in the body, as a possibility, is a residue: a harm
    ("they can leave hard lumps", "harm"),
    ("the peel may leave dark patches", "harm"),
    # a destructive or obstructive verb on the body's own tissue is an injury; denied, a denial of harm
    ("if the gel ends up in a blood vessel it can kill the skin around it", "harm"),
    ("a heavy balm can block your pores", "harm"),
    ("PRP can't block a blood vessel the way hyaluronic acid can", "denies_harm"),
    # a minimiser quantifying a sensation denies it
    ("Barely a tingle", "denies_harm"),
    ("There was hardly a sting afterwards", "denies_harm"),
    ("Does it hurt Barely a tingle", "denies_harm"),  # a table cell after its row head, a yes/no question
    # "Unlike X, Y never <verb> your N": a denied drawback, X the comparator
    ("Unlike Botox, DotLift never freezes your expressions", "denies_harm"),
    ("Unlike fillers, the serum doesn't puff up your lips", "denies_harm"),
    # a negative quantifier over a harm: "none of the" + a noun whose own form is a harm
    ("it gives a brighter glow than a light peel, with none of the flaking afterwards", "denies_harm"),
    # winning and "N times the X of Y" are superiority
    ("For crepey texture and colour, the plasma wins", "superior"),
    ("When it comes to dark spots, the acid wins hands down", "superior"),
    ("Twice the wrinkle smoothing of a plain hyaluronic patch", "superior"),
    ("three times the brightness of either serum alone", "superior"),
    # a likeness with a privative asserts parity with the treatment named
    ("Think of it as retinol without the irritation", "equivalent"),
    ("it is like a chemical peel minus the downtime", "equivalent"),
    # a superlative of harmlessness asserts it: a denial of harm
    ("For darker skin tones it's one of the safest ways to exfoliate", "denies_harm"),
])
def test_round11_relations(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, relation", [
    # what each rule must leave alone
    ("it can leave your skin glowing", "benefit"),           # a resultative with the body as object
    ("leave it on for ten minutes", "benefit"),              # an instruction, no residue
    ("it kills acne bacteria", "mechanism"),                 # microbes, not the body's tissue
    ("it blocks UV rays", "benefit"),                        # no tissue
    ("It takes twice the dose of minoxidil", "benefit"),     # a dose measures no result
    ("Unlike retinol, it does not irritate your skin", "denies_harm"),
    ("It is as gentle as water without the sting", "denies_harm"),  # a yardstick, not a treatment
    ("Side effects are rare", "denies_harm"),                # a sentence about its subject, not a label
])
def test_round11_rules_stay_in_scope(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_likeness_names_its_comparator() -> None:
    frame = parse_frame("Think of it as retinol without the irritation")
    assert (frame.relation, frame.comparator) == ("equivalent", "retinol")
    frame = parse_frame("Unlike Botox, DotLift never freezes your expressions")
    assert (frame.relation, frame.comparator) == ("denies_harm", "Botox")
