"""The normalised claim (extract._normalised_claim): it says what the claim asserts, amount and time
included, so a reader sees why a claim with the right direction can still be "not supported"."""

from __future__ import annotations

from tracker.articles import article_from_bytes
from tracker.extract import extract_claims

TEXT = """# Light at Home

Blue light clears acne overnight. Blue light gives fewer breakouts in 95% of users.
Laser caps don't cause any side effects. Retinoids reduce wrinkles by up to 40% in 12 weeks.
"""


def restated() -> dict[str, str]:
    cands = extract_claims(article_from_bytes("light.md", TEXT.encode("utf-8")))
    return {c.claim.quote: c.claim.claim for c in cands}


def test_the_restatement_keeps_the_claimed_time_and_share():
    r = restated()
    assert r["Blue light clears acne overnight"].endswith("acne overnight")
    assert r["Blue light gives fewer breakouts in 95% of users"].endswith("in 95% of people")
    assert r["Retinoids reduce wrinkles by up to 40% in 12 weeks"].endswith("by up to 40% in 12 weeks")


def test_a_plural_subject_takes_a_plural_verb():
    assert restated()["Laser caps don't cause any side effects"] == "Laser caps do not cause adverse effects"
