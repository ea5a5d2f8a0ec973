"""SPLIT7 (issue #14): sentence boundaries after reference marks, and coordinated clauses as claim units.

A reference mark after a full stop (".[3] Next ...", ".² Next ...") ends the sentence before it, so the
next claim does not take the previous sentence's treatment. After "and"/"but", a determined noun
phrase with a finite verb of its own (an auxiliary, a negated one too, or tense/agreement after a
comma) is the subject of a coordinated clause: a unit of its own, so each clause gets its own outcome
and polarity. "With fewer/less/none of" + a harm after a comparison is a harm claim of its own, as
"with no X" is. Synthetic articles, no devset text."""
from __future__ import annotations

from tests.extracting import article, claim_with
from tracker.extract import _clause_units, extract_claims, sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


def _units(text: str) -> list[str]:
    return [text[u.start:u.end] for u in _clause_units(text, 0, len(text))]


def test_a_bracketed_reference_after_a_full_stop_ends_the_sentence() -> None:
    text = ("In a trial of 800 adults it improved the skin's overall appearance.[3] Retinol smooths fine lines "
            "and irritates far less.[4] Vitamin C does nothing for wrinkles.[citation needed]")
    assert _sentences(text) == ["In a trial of 800 adults it improved the skin's overall appearance",
                                "Retinol smooths fine lines and irritates far less",
                                "Vitamin C does nothing for wrinkles"]


def test_a_superscript_reference_and_an_unspaced_one_end_the_sentence_too() -> None:
    text = "Caffeine reached the roots in two minutes.² Niacinamide calms redness.[5]Zinc clears spots."
    assert _sentences(text) == ["Caffeine reached the roots in two minutes", "Niacinamide calms redness",
                                "Zinc clears spots"]


def test_no_reference_mark_no_new_boundary() -> None:
    # (old and new agree) a bracket inside the sentence, a decimal, an abbreviation
    text = "Vitamin A [retinol] at 0.5% helps, e.g. on the forehead."
    assert _sentences(text) == ["Vitamin A [retinol] at 0.5% helps, e.g. on the forehead"]


def test_a_coordinated_clause_with_its_own_subject_and_negated_auxiliary_is_a_unit() -> None:
    # the old unit ran both clauses together, so the second one was read about itching, a denied harm
    text = "Honestly, the rosemary never gave me a single itch, and my hair wasn't greasy either"
    assert _units(text) == ["Honestly, the rosemary never gave me a single itch", "my hair wasn't greasy either"]


def test_a_determined_subject_with_an_agreeing_verb_after_a_comma_opens_a_clause() -> None:
    text = "Caffeine stimulates hair follicles to grow, and a caffeine shampoo reduces hair shedding in women"
    assert _units(text) == ["Caffeine stimulates hair follicles to grow",
                            "a caffeine shampoo reduces hair shedding in women"]


def test_without_a_comma_only_an_auxiliary_or_linking_verb_marks_the_clause() -> None:
    assert _units("My face looks more rested and my jawline looks slightly sharper") == [
        "My face looks more rested", "my jawline looks slightly sharper"]
    assert _units("Low-level lasers are painless and there are no reported side effects") == [
        "Low-level lasers are painless", "there are no reported side effects"]
    # (old and new agree) a coordinated object is no clause: no verb follows the noun phrase
    one = "Retinol improves fine lines and the texture of sun-damaged skin over six months"
    assert _units(one) == [one]


def test_a_denied_harm_after_and_is_a_claim_of_its_own() -> None:
    assert _units("Probiotics are safe for babies and cannot cause an infection") == [
        "Probiotics are safe for babies", "cannot cause an infection"]


def test_fewer_harms_after_a_comparison_is_a_claim_of_its_own() -> None:
    assert _units("Red light works as well as blue light on spots, with fewer side effects") == [
        "Red light works as well as blue light on spots", "with fewer side effects"]
    assert _units("In trials it worked as well as blue light with fewer reactions") == [
        "In trials it worked as well as blue light", "with fewer reactions"]


def test_the_denied_harm_candidate_ends_where_its_clause_does() -> None:
    # the old candidate ran on into "and my hair wasn't greasy either", whose reading was then the denied itch
    art = article("Rosemary oil for hair\n\nI used rosemary oil for six months. Honestly, rosemary oil never gave me "
                  "a single itch, and my hair wasn't greasy either.\n")
    c = claim_with(extract_claims(art), "never gave me a single itch")
    assert "greasy" not in c.claim.quote


def test_a_comparative_ending_its_clause_takes_the_coordinated_clause_s_comparator() -> None:
    # the old frame read "irritates far less" as an absolute benefit, which any report of irritation contradicts
    art = article("Retinal creams\n\nRetinaldehyde smooths crow's feet about as well as tretinoin and irritates far less.\n")
    c = claim_with(extract_claims(art), "irritates far less")
    assert c.claim.frame is not None
    assert (c.claim.frame.relation, c.claim.frame.comparator) == ("superior", "tretinoin")
