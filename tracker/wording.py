"""The certainty sentence: one wording shared by the dashboard, reports and ClaimReview (W1).

Certainty describes the evidence, not the verdict. "Not supported, certainty High" reads to a
writer as "certainly false"; GRADE's own phrasing says what the evidence is and which way it
points: "High-certainty evidence that the claim is wrong", "Low-certainty evidence for the
claim". A certainty level is only given when the evidence sits on a side of the claim: when
the studies do not test the claim (no head-to-head trial, a figure the rules could not check)
there is no certainty to state, so "not supported" never comes with "High" there.
"""

from __future__ import annotations

from .models import ClaimVerdict

_LEVEL = {"High": "High", "Moderate": "Moderate", "Low": "Low", "Very low": "Very low"}


def certainty_sentence(verdict: str, certainty: str, side: str | None = None) -> str:
    """The one sentence for a claim's verdict, certainty and side (backs / against / unclear).

    Without a side (older stores) it is read from the verdict: supported and partly
    supported back the claim, contradicted goes against it, anything else is unclear."""
    if side is None:
        side = "backs" if verdict in ("supported", "partly supported") else "against" if verdict == "contradicted" else "unclear"
    if verdict == "no evidence found" or certainty not in _LEVEL:
        return "No studies found that test this claim"
    level = f"{_LEVEL[certainty]}-certainty evidence"
    if side == "backs":
        if verdict == "supported":
            return f"{level} for the claim"
        return f"{level} that partly backs the claim"
    if side == "against":
        if verdict == "contradicted":
            return f"{level} that the claim is wrong"
        return f"{level} against the claim: the studies do not back it"
    # a verdict that no study sits behind: say what is missing, not how certain
    return "The studies do not test this claim as worded; no certainty can be given"


def for_verdict(v: ClaimVerdict) -> str:
    """`certainty_sentence` for a stored verdict."""
    return certainty_sentence(v.verdict, v.certainty, v.side or None)
