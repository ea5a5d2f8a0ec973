"""Extraction recall (issue #14, REC14): claims in copy styles the rules were not written on. A verbless
comparative phrase standing as a bullet or a line of its own ("A softer heel", "Kinder to your skin than
a metal grater"), comparison marked by a phrase between the comparative and "than", by a comparative in a predicate
nominal or by a ranking verb, a negative quantifier as the object of "do" ("does little for"), and "None." as
the answer to an existential question. The texts are made up for these tests (no development article)."""

from __future__ import annotations

from tests.extracting import article, no_claim
from tests.extracting import claim_with as quoting
from tracker.extract import Candidate, extract_claims


def relation(c: Candidate) -> str:
    assert c.claim.frame is not None
    return c.claim.frame.relation


PEEL_SOCKS = """HEELSOFT: exfoliating foot peel socks

The exfoliating foot peel sock that gives you baby-soft feet in a week.

Foot peel socks soak your feet in fruit acids for an hour, and the dead skin sheds over the following days.

What you'll notice
- Visibly smoother heels after a single treatment
- A softer heel
- Smoother cracked skin on the toes
Kinder to your skin than a metal grater.

Lavender oil scents the gel.
Speaker names as shown on the box.
"""


def test_verbless_comparative_line_or_bullet_is_a_claim():
    cands = extract_claims(article(PEEL_SOCKS))
    assert relation(quoting(cands, "A softer heel")) == "benefit"
    quoting(cands, "Kinder to your skin than a metal grater")
    # an -er word naming a treatment, or followed by a participle, is no comparative
    no_claim(cands, "Lavender oil")
    no_claim(cands, "Speaker names")


SAUNA_BLANKET = """Do infrared sauna blankets help you recover?

An infrared sauna blanket wraps you in a heated sleeve for half an hour. Sauna blankets are sold for recovery after exercise.

An infrared sauna blanket is kinder to your joints than a hot bath. A sauna blanket may be a gentler alternative to an ice bath. One review of recovery methods ranked infrared sauna blankets above ice baths for muscle soreness.

The blankets do little for muscle strength, doctors say.
"""


def test_comparison_marked_outside_the_bare_than_predicate():
    cands = extract_claims(article(SAUNA_BLANKET))
    quoting(cands, "kinder to your joints than a hot bath")
    quoting(cands, "may be a gentler alternative")
    quoting(cands, "ranked infrared sauna blankets above ice baths")


def test_negative_quantifier_object_of_do_denies_an_effect():
    cands = extract_claims(article(SAUNA_BLANKET))
    assert relation(quoting(cands, "do little for muscle strength")) == "no_effect"


OXYGEN_FACIAL = """<html><head><title>Oxygen facial | Bloom Skin Studio</title></head><body>
<main>
<h1>Oxygen facial</h1>
<p>A jet of pressurised oxygen and a hyaluronic serum, sprayed over the face for 40 minutes.</p>
<h2>Frequently asked questions</h2>
<p>Does it sting?</p>
<p>Not at all. Most guests find it cooling.</p>
<p>Is there any downtime?</p>
<p>None whatsoever. You can go straight back to the office.</p>
</main>
</body></html>
"""


def test_none_answers_an_existential_question():
    cands = extract_claims(article(OXYGEN_FACIAL, "oxygen.html"))
    assert relation(quoting(cands, "None whatsoever")) == "denies_harm"
