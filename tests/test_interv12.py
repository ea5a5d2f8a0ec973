"""INTERV12 (issue #14): each claim's own treatment on pages about several treatments.

A person's report ("Maggie swears ...", "Ros said (that) ...", a speaker label "Clare: ...", "Aled disagreed: ...")
names who speaks, never the agent of the claim: the reported clause's own subject is, when it is a noun phrase that
names a treatment (a person's own "her X patch", a definite description with a name among its modifiers), on the
page's treatment or not; a bare definite head ("the tablets") is left to reference, and resolves to the earlier
treatment given in that form. A brand in title case names what the text defines it as. A preposition, relative or
participle opens no subject, and a lower-case fragment outside a report has none. Short synthetic articles on made-up material, so no devset article is fitted."""
from __future__ import annotations

from tests.extracting import article, claim_with
from tracker.extract import (
    Candidate,
    _generic_concept,
    _reported_clause,
    _reported_subject,
    extract_claims,
)


def _arm(c: Candidate) -> str:
    frame = c.claim.frame
    assert frame is not None
    return f"{frame.intervention} {frame.intervention_norm}".lower()


_MINUTES = (
    "Knee Club: minutes of the March meeting\n\n"
    "Present: Dora (chair), Wyn, Petra, Lola and six other members.\n\n"
    "1. Stiff knees\n\n"
    "Several members said their knees ache on the stairs. Wyn said hydrotherapy sessions at the leisure "
    "centre ease knee pain in most people. Petra said she takes low-dose minoxidil tablets. Dora said the tablets "
    "can upset your stomach, so take them with food.\n\n"
    "2. What has helped\n\n"
    "- Petra: her magnet bracelet stopped her knee pain within a week.\n"
    "- Lola swears nettle capsules cut her morning stiffness by half.\n"
    "- Wyn said the NHS CBT course made the pain bother him less.\n\n"
    "One member said arnica gel is natural, so it cannot hurt. Dora disagreed: arnica gel has been linked to "
    "skin rashes.\n")


def test_a_reported_clause_is_read_without_its_reporter() -> None:
    text = _MINUTES
    assert _reported_clause("Lola swears nettle capsules cut her morning stiffness by half", text) == \
        "nettle capsules cut her morning stiffness by half"
    assert _reported_clause("Wyn said that the NHS CBT course made the pain bother him less", text) == \
        "the NHS CBT course made the pain bother him less"
    # a source of evidence or a treatment before the verb is no person's report
    assert _reported_clause("The trial said nettle capsules cut stiffness", text) is None
    assert _reported_clause("Nettle capsules cut stiffness by half", text) is None


def test_the_reported_subject_names_the_claims_treatment() -> None:
    text, page = _MINUTES, _generic_concept("hydrotherapy")
    subj = _reported_subject("nettle capsules cut her morning stiffness by half", page, text)
    assert subj is not None and "nettle" in subj.label.lower()
    own = _reported_subject("her magnet bracelet stopped her knee pain within a week", page, text)
    assert own is not None and "magnet bracelet" in own.label.lower()
    named = _reported_subject("the NHS CBT course made the pain bother him less", page, text)
    assert named is not None and "cbt course" in named.label.lower()
    # a bare definite head refers back; a person, an outcome or a fronted preposition is no treatment
    assert _reported_subject("the tablets can upset your stomach", page, text) is None
    assert _reported_subject("the second drug barely helped", page, text) is None
    assert _reported_subject("Several members said their knees ache", page, text) is None
    assert _reported_subject("For most members it helped", page, text) is None


def test_claims_in_reports_take_their_own_treatment() -> None:
    cands = extract_claims(article(_MINUTES))
    assert "nettle" in _arm(claim_with(cands, "nettle capsules cut her morning stiffness"))
    assert "magnet bracelet" in _arm(claim_with(cands, "magnet bracelet stopped her knee pain"))
    assert "cbt course" in _arm(claim_with(cands, "CBT course made the pain bother him less"))
    assert "arnica" in _arm(claim_with(cands, "has been linked to skin rashes"))
    # "the tablets" in a report: the treatment given earlier in tablets
    assert "minoxidil" in _arm(claim_with(cands, "can upset your stomach"))
