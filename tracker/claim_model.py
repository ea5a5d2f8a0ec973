"""A learned scorer of which sentence units are check-worthy claims (CHECKW, issue 14).

The extractor's rules (`extract._score`: additive cues, a threshold) miss claims written in ways
the cues do not list ("Month 6: baby hairs everywhere", "Leave lighter."). This model reads each
unit that reaches the rules' gate from general structure only and gives P(the unit holds a claim);
`keep` lets it keep a unit the rules drop when it is sure, and drop a unit the rules keep when it is
very sure it is none. Disclaimers, steps, history and rebutted beliefs are filtered before the gate
and never reach it.

Features (`features`): the unit's word uni- and bigrams with negation scope marked and harm words
as one class (`relation_model.marked`), the article's main intervention as `_int_`, the outcomes the
tables find as `_out_`, words few training articles share as `_w_`; the rule cues and reasons
(their quoted words dropped) and the rule score; numbers and percents; first and second person;
imperative, question, exclamation, quotation; heading, list item, first clause, lead-in; length; a negative
quantifier or minimiser ("nothing", "barely anyone", "not one"), a share of a counted group ("13 of the 30",
"one in three", an average), a question just before the unit (its elliptical answer); what a claim's structure
says (`structure_features`, CLAIM8): a denial of evidence, the treatment or its anaphor as subject, the condition
as subject with no treatment, a predicate of feeling, a sensory property or price, a degree of change, an
association or possible effect, an evaluative predicate, an answer particle, and the rules' relation reading; and
what the unit MEANS (`meaning_features`, CLAIM9): the logit of a logistic probe over its sentence embedding
(`semantic`, the unit after its lead-in), trained on which development units hold a claim, shipped as
`resources/claim_probe.json.gz` and loaded only for a model that weighs it.

Trained by `benchmarks/train_claims.py` (L2 logistic regression on the units of the development
articles, labelled by the benchmark's matcher; thresholds chosen leave-one-split-out, figures in the
sidecar). Shipped as `resources/claim_model.json.gz` (plain JSON weights, checked against the
sha256 in `claim_model.meta.json`), loaded with the standard library; the claim probe beside it
(`claim_probe.json.gz`) is read through `semantic.Probe` only when the scorer weighs it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import semantic
from .frames import relation_of
from .polarity import HARM_NOUNS
from .relation_model import marked, ngram_features
from .shipped import load_checked
from .text import NUMBER_WORD

__all__ = ["ClaimUnit", "ArticleContext", "features", "probability", "keep", "ClaimModelError", "RECORDER",
           "probe_text", "probe_logits", "meaning_features"]

RESOURCES = Path(__file__).resolve().parent / "resources"
MODEL_PATH = RESOURCES / "claim_model.json.gz"
META_PATH = RESOURCES / "claim_model.meta.json"
FEATURE_VERSION = 5  # 2: negative quantifiers, shares of a counted group, the reply after a question; 3: time
# course, aspect and persistence, a clause of consequence, a signed quotation; 4: CLAIM8's "s:" structure features;
# 5: what the unit MEANS, the claim probe's logit over its sentence embedding ("m:", CLAIM9)
# a model of the version before the probe reads every feature it knows as it did (it has no "m:" weight, and the
# probe is not even loaded for it): it is accepted, so the tree runs between this change and the retrain
_COMPATIBLE_VERSIONS = (FEATURE_VERSION, 4)
# what a unit MEANS (CLAIM9): a logistic probe over its sentence embedding (`semantic`), trained by
# `benchmarks/train_claims.py` on which units hold a gold claim, leave one split out for the scorer
PROBE_PATH = RESOURCES / "claim_probe.json.gz"
PROBE_META_PATH = RESOURCES / "claim_probe.meta.json"
MIN_RESCUE_WORDS = 3

# When a list, every unit reaching the gate is appended (with its context) and the rules alone
# decide: the trainer's view of the extractor. None in the product.
RECORDER: list[tuple[ClaimUnit, ArticleContext]] | None = None


@dataclass(frozen=True)
class ClaimUnit:
    """A candidate unit at the extractor's gate, with what the rules read from it."""

    text: str
    sentence: str
    start: int
    end: int
    rule_score: float
    reasons: tuple[str, ...] = ()
    lead_in: str = ""
    heading: bool = False
    list_item: bool = False
    first_clause: bool = True
    mentions_intervention: bool = False
    outcome_spans: tuple[tuple[int, int], ...] = ()  # outcome hits, offsets into `text`
    predicate: bool = False
    answers_question: bool = False
    diary_entry: bool = False
    evidence: bool = False
    imperative: bool = False
    meta: bool = False
    rhetorical: bool = False
    testimony_time: bool = False


@dataclass(frozen=True)
class ArticleContext:
    """What the scorer knows of the article: its main intervention's pattern (and, for the
    trainer, the text the units' offsets index into)."""

    intervention: re.Pattern[str] | None = None
    text: str = ""


# --- features: general structure of English, no topic words ------------------------------------

_INT, _OUT = "qqintqq", "qqoutqq"  # placeholders that survive tokenisation as words
_PLACEHOLDERS = {_INT: "_int_", _OUT: "_out_"}
_FIRST_RE = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|mine|we|our|us)\b", re.I)
_SECOND_RE = re.compile(r"\b(?:you|your|you're|yours)\b", re.I)
_QUOTED_RE = re.compile(r"\s*\(?'[^']*'\)?|\s*\"[^\"]*\"")
_DIGIT_RE = re.compile(r"\d")
# English's negative quantifiers and minimisers as determiner or pronoun ("nothing reaches", "adds
# nothing", "Barely anyone reacts", "Not one since I started"): a claim of no effect, no harm or no exposure
_NEG_QUANTIFIER_RE = re.compile(
    r"\b(?:nothing|none|nobody|no[\s-]one|not\s+(?:one|a\s+single|any)|(?:barely|hardly|scarcely|almost)\s+"
    r"(?:anyone|anybody|anything|any|no|none|nothing|nobody))\b", re.I)
# a share of a counted group, the way a study's result is reported ("Thirteen of the 30 people", "9 out of 10",
# "one in three", "two thirds of", "half of", "roughly a third of men"), or a group's average
_SHARE_RE = re.compile(
    rf"\b(?:(?:\d+|{NUMBER_WORD})\s+(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+|all\s+)?(?:\d+|{NUMBER_WORD})\b"
    rf"|(?:one|1)\s+in\s+(?:\d+|{NUMBER_WORD})\b|(?:\w+\s+)?(?:halves|thirds|quarters|fifths)\b|half\s+(?:of|the)\b"
    r"|\b(?:a|one)\s+(?:third|quarter|fifth|tenth)\s+of\b"
    r"|(?:average|median)\b|(?<!\bi\s)(?<!\byou\s)(?<!\bwe\s)(?<!\bthey\s)mean\b)", re.I)
_TIME_NOUN = r"(?:second|minute|hour|day|night|morning|evening|week|fortnight|month|year|session|treatment|course|use|wash|dose)s?"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# a time course: an adjunct placing a change on a timeline ("by month six", "within days", "for the first three
# months", "between months 4 and 6", "Three weeks in", "By June", "for at least a year", "until lunch")
_TIME_COURSE_RE = re.compile(
    rf"\b(?:by|within|after|from|since|until|till|between|for|over|before)\s+(?:(?:at\s+least|about|around|"
    rf"nearly|almost|just|only|the|a|an|my|your|their|our|every|each|first|next|last|few|couple\s+of|of|"
    rf"\d+|{NUMBER_WORD}|\w+(?:st|nd|rd|th))\s+){{0,4}}(?:{_TIME_NOUN}|{_MONTH})\b(?:\s+(?:\d+|{NUMBER_WORD}))?"
    rf"|\bin\s+(?:just\s+|only\s+|under\s+|about\s+)?(?:\d+|{NUMBER_WORD}|a|a\s+few|a\s+couple\s+of)\s+{_TIME_NOUN}\b"
    rf"|\b(?:\d+|{NUMBER_WORD}|a\s+few|a\s+couple\s+of)\s+{_TIME_NOUN}\s+in\b"
    rf"|\b(?:by|within|until|till)\s+(?:{_MONTH}|lunch|bedtime|morning|tomorrow|then|now)\b", re.I)
# English marks the course of an effect by an aspectual verb with a gerund ("Gains keep building", "my scalp
# stopped itching", "hair started falling") or a verb of persistence ("the glow stayed", "results last")
_ASPECT_RE = re.compile(
    r"\b(?:keeps?|kept|keeping|continues?|continued|stops?|stopped|starts?|started|begins?|began|quits?|ceased?)"
    r"\s+(?!(?:using|taking|applying|adding|trying|doing|wearing|drinking|eating)\b)[a-z]+ing\b"
    r"|\b(?:lasts?|lasted|lasting|stays?|stayed|remains?|remained|persists?|persisted|wears?\s+off|wore\s+off)\b", re.I)
# a clause of consequence: what the writer concludes follows ("so there's nothing to worry about", "which is why
# the scales move", "therefore ...")
_CONSEQUENCE_RE = re.compile(r"^\W*(?:and\s+)?(?:so|therefore|thus|hence|which\s+(?:is\s+why|means)|that['’]s\s+why|"
                             r"as\s+a\s+result|meaning)\b(?![-'’])", re.I)
# a line quoted whole and signed by a name: a testimonial ('"My curls have never been this defined." - Keisha')
_SIGNED_LINE_RE = re.compile(r"[\"”’][ \t]+[-–—]+[ \t]*[A-Z][\w'’.-]*(?:,?[ \t]+[\w'’.-]+){0,5}[ \t]*$", re.M)
# CLAIM8: what makes a sentence a claim, by structure (a claim asserts an effect of a treatment on a health outcome)
# a denial of evidence: a negative over an evidential noun or verb ("No trial has shown that", "There is no good
# evidence for that", "a claim that is also unproven", "Not that anyone has shown"): GRADE reads it as a claim about
# what the evidence shows, though the unit may end at the anaphor that carries its content
_EVIDENCE_DENIED_RE = re.compile(
    r"\b(?:no|little|not\s+any|lack\s+of|absence\s+of|without)\s+(?:[\w-]+\s+){0,2}?(?:evidence|proof|data|trials?|"
    r"stud(?:y|ies)|research)\b"
    r"|\b(?:no|not\s+a\s+single|not\s+one|nobody|no[\s-]one|not\s+that\s+any(?:one|body)|hardly\s+any)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:has|have|had|did|ever)\s+)?(?:ever\s+|yet\s+)?(?:shown|proven|proved|found|"
    r"demonstrated|confirmed|show|prove)\b"
    r"|(?:n['’]t|\bnot|\bnever)\s+(?:yet\s+|been\s+|ever\s+|really\s+|clearly\s+)*(?:shown|proven|proved|demonstrated|"
    r"confirmed|established|supported|backed)\b"
    r"|\b(?:unproven|unsupported|unsubstantiated|untested)\b", re.I)
# the treatment, or an anaphor standing for it, as the clause's subject: its first noun phrase
_TREATMENT_SUBJECT_RE = re.compile(
    rf"^\W*(?:(?:and|but|so|or|also|then|yet|plus|the|a|an|this|that|these|those|your|our|my|their|its)\s+)*"
    rf"(?:{_INT}|it|they|this|these)\b", re.I)
# the outcome (the condition) as the clause's subject
_OUTCOME_SUBJECT_RE = re.compile(
    rf"^\W*(?:(?:and|but|so|or|also|then|the|a|an|this|that|these|those|your|our|my|their|its|any|some)\s+)*"
    rf"(?:[\w'’-]+\s+){{0,2}}{_OUT}\b", re.I)
# a predicate of the person's feelings about a condition, English's closed class of adjectives of self-regard
# and distress ("can make anyone self-conscious", "is so frustrating"): a problem described, no effect asserted
_FEELING_RE = re.compile(
    r"\b(?:self[\s-]conscious|embarrass\w*|frustrat\w*|upsetting|distress\w*|anxious|worr(?:y|ied|ying)|"
    r"ashamed|insecure|stressful|annoying|miserable|lonely|confidence)\b", re.I)
# a sensory property or the price of the product: what it smells, tastes or costs ("It smells like fresh
# oranges", "£24.99 for 30 ml"); an attribute of the product, no effect on its user's health
_ATTRIBUTE_RE = re.compile(
    r"\b(?:smell(?:s|ed|y)?|smelt|tastes?|tasted|tasty|scented|fragran(?:t|ce)|flavou?r(?:s|ed)?|costs?|"
    r"price[ds]?|priced)\b|[$£€]\s?\d|\d\s?(?:usd|gbp|eur|dollars|pounds|euros)\b", re.I)
# a comparison or multiple of degree, verbless or not ("Hair more thick and more dense", "the effect is double",
# "Way less dribble", "twice as fast"): the change the claim asserts
_DEGREE_RE = re.compile(
    r"\b(?:more|less|fewer)\s+[a-z]{3,}|\b[a-z]{3,}er\s+than\b|\b(?:doubles?|doubled|double|triples?|tripled|twice|"
    r"halve[sd]?|halving)\b|\b(?:\d+(?:\.\d+)?|two|three|four|five|ten)\s*(?:x|times|fold)\b", re.I)
# an association or a possibility of effect ("have been linked to", "can overload", "may make ... unreliable")
_ASSOCIATION_RE = re.compile(r"\b(?:linked|associated|tied|connected)\s+(?:to|with)\b|\blinks?\s+(?:to|with)\b", re.I)
_MODAL_EFFECT_RE = re.compile(
    r"\b(?:can|could|may|might)\s+(?:also\s+|even\s+|sometimes\s+|still\s+|actually\s+)?(?!be\b|not\b|never\b)[a-z]+\b",
    re.I)
# an evaluative predicate of effect: the treatment works, helps, does nothing, is useless ("the amber necklace
# worked for our son", "doesn't hold up")
_EVALUATIVE_RE = re.compile(
    r"\b(?:works?|worked|helps?|helped|does\s+nothing|did\s+nothing|(?:in)?effective|useless|pointless|worthless|"
    r"holds?\s+up|held\s+up|overrated|worth\s+it|waste\s+of)\b", re.I)
# an elliptical answer: it opens with an answer particle or a modal adverb standing for the whole clause
# ("Honestly? No.", "Possibly, for older members", "Only if you are deficient", "Not that anyone has shown")
_ANSWER_PARTICLE_RE = re.compile(
    r"^\W*(?:(?:honestly|frankly|well|sadly|in\s+short)\W+)?(?:(?:yes|no|nope|yep)(?=\s*(?:[.,!;:?\u2013\u2014-]|$))|possibly|probably|maybe|perhaps|"
    r"not\s+really|not\s+that|not\s+usually|not\s+much|only\s+if|only\s+for|sometimes|rarely|unlikely|likely|"
    r"partly|definitely|absolutely|certainly|temporarily)\b", re.I)
# a question just before the unit in its paragraph: the unit may be its elliptical answer ("Sore legs after
# leg day? Gone by the next morning.")
_QUESTION_BEFORE_RE = re.compile(r"\?[\"'”’)*_]*[ \t]*\n?[ \t]*(?:[-*•>][ \t]*)?$")


def _masked(unit: ClaimUnit, ctx: ArticleContext) -> str:
    """The unit's text with its outcome hits and the main intervention's mentions as placeholders."""
    t = unit.text
    spans = sorted((a, b, _OUT) for a, b in unit.outcome_spans if 0 <= a < b <= len(t))
    if ctx.intervention is not None:
        spans += [(m.start(), m.end(), _INT) for m in ctx.intervention.finditer(t) if m.end() > m.start()]
    out, at = [], 0
    for a, b, ph in sorted(spans):
        if a < at:
            continue  # overlapping hits: the first wins
        out += [t[at:a], f" {ph} "]
        at = b
    out.append(t[at:])
    return "".join(out)


def _token(tok: str, vocab: Iterable[str] | None) -> str:
    """A marked token with placeholders named and words the vocabulary lacks as `_w_`."""
    neg = "~" if tok.startswith("~") else ""
    word = tok[len(neg):]
    if word in _PLACEHOLDERS:
        return neg + _PLACEHOLDERS[word]
    if vocab is None or word in vocab or word in ("|", "NEG", "NEGNEG", "_harm_", "_num_"):
        return tok
    return neg + "_w_"


def _length_bin(n: int) -> str:
    return "1-2" if n <= 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11-20" if n <= 20 else "21+"


def features(unit: ClaimUnit, ctx: ArticleContext, vocab: Iterable[str] | None = None,
             meaning: float | None = None) -> dict[str, float]:
    """Sparse features of a unit: marked uni- and bigrams, rule cues and structural flags, and with `meaning` (the
    claim probe's logit over the unit's embedding, `probe_logits`) what it means (`meaning_features`)."""
    if vocab is not None and not isinstance(vocab, (set, frozenset)):
        vocab = set(vocab)
    raw, flags = marked(_masked(unit, ctx), None)
    f = ngram_features([_token(t, vocab) for t in raw], flags)
    s = unit.rule_score
    f["r:score"] = s
    f["r:bin=" + ("0" if s <= 0 else "<.1" if s < 0.1 else "<.2" if s < 0.2 else "<.35" if s < 0.35 else ">=.35")] = 1.0
    for r in unit.reasons:
        f["r:" + _QUOTED_RE.sub("", r).strip()] = 1.0
    for name in ("heading", "list_item", "first_clause", "mentions_intervention", "predicate", "answers_question",
                 "diary_entry", "evidence", "imperative", "meta", "rhetorical", "testimony_time"):
        if getattr(unit, name):
            f["c:" + name] = 1.0
    if unit.lead_in:
        f["c:lead_in"] = 1.0
    if unit.outcome_spans:
        f["c:outcome"] = 1.0
    text = unit.text
    if _DIGIT_RE.search(text):
        f["c:number"] = 1.0
    if "%" in text:
        f["c:percent"] = 1.0
    if _FIRST_RE.search(text.replace("\u2019", "'")):
        f["c:first_person"] = 1.0
    if _SECOND_RE.search(text.replace("\u2019", "'")):
        f["c:second_person"] = 1.0
    if unit.sentence.rstrip().endswith("!"):
        f["c:exclaim"] = 1.0
    if re.search(r"[\"“”]", unit.sentence):
        f["c:quotation"] = 1.0
    at = unit.sentence.find(text[:20]) if text else -1
    if at > 0 and ":" in unit.sentence[:at]:
        f["c:after_colon"] = 1.0  # the clause after a label or a lead-in
    f["c:len=" + _length_bin(len(text.split()))] = 1.0
    if _NEG_QUANTIFIER_RE.search(text):
        f["c:neg_quantifier"] = 1.0
    if _SHARE_RE.search(text):
        f["c:share"] = 1.0
    if 0 < unit.start <= len(ctx.text) and _QUESTION_BEFORE_RE.search(ctx.text, max(0, unit.start - 8), unit.start):
        f["c:after_question"] = 1.0
    if not unit.first_clause:
        f["c:len_sent=" + _length_bin(len(unit.sentence.split()))] = 1.0
    if _TIME_COURSE_RE.search(text):
        f["c:time_course"] = 1.0
    if _ASPECT_RE.search(text):
        f["c:aspect"] = 1.0
    if _CONSEQUENCE_RE.match(text):
        f["c:consequence"] = 1.0
    masked = _masked(unit, ctx)
    f.update(structure_features(text, masked))
    if 0 <= unit.end <= len(ctx.text):
        eol = ctx.text.find("\n", unit.end)
        line = ctx.text[unit.end:eol if eol >= 0 else len(ctx.text)]
        if len(line) < 80 and _SIGNED_LINE_RE.search(line):
            f["c:signed"] = 1.0
    if meaning is not None:
        f.update(meaning_features(meaning))
    return f


# --- what a unit means (CLAIM9) -----------------------------------------------------------------------
# The n-grams and cues see words: a problem described ("Fine lines around the eyes, a bit of dullness"), a feeling
# ("Thinning hair can feel like it is taking your confidence with it"), a heading ("How it works") or the product's
# logistics ("the mask charges by USB in two hours") share a claim's words (an outcome, a modal, a time span) and
# pass. A sentence encoder places a sentence near sentences that mean the same kind of thing, so a logistic probe
# over the embedding, trained on which development units hold a gold claim, asks the general question "does this
# unit assert what a treatment does to health?" of copy whose words no cue lists.


def probe_text(unit: ClaimUnit) -> str:
    """What the claim probe reads of a unit: its own words, after its list lead-in when it has one (an item's
    claim is made with its lead-in, "Benefits include: - thicker hair"), whitespace folded."""
    text = " ".join(unit.text.split())
    lead = " ".join(unit.lead_in.split())
    return f"{lead} {text}" if lead else text


def meaning_features(logit: float) -> dict[str, float]:
    """The claim probe's logit as scorer features: clipped and scaled to [-1, 1] (`semantic.scaled_logit`), and its sign
    (the probe's own call, yes or no)."""
    return {"m:claim": semantic.scaled_logit(logit), "m:says_claim" if logit >= 0 else "m:says_none": 1.0}


@lru_cache(maxsize=1)
def _probe() -> semantic.Probe:
    payload, _ = load_checked(PROBE_PATH, PROBE_META_PATH, FEATURE_VERSION, ClaimModelError, "claim probe")
    return semantic.Probe.from_payload(payload["probe"])


def probe_logits(units: list[ClaimUnit]) -> list[float]:
    """The shipped claim probe's logits, one per unit (`probe_text` embedded)."""
    return _probe().logit([probe_text(u) for u in units])


def structure_features(text: str, masked: str) -> dict[str, float]:
    """What a claim's structure says (CLAIM8): a denial of evidence, the treatment or its anaphor as subject,
    the condition as subject with no treatment in the clause, a predicate of feeling, a sensory property or
    price, a degree of change, an association or possible effect, an evaluative predicate, an answer
    particle; `masked` is `text` with the treatment and outcomes as placeholders."""
    f: dict[str, float] = {}
    t = text.replace("\u2019", "'")
    has_int = _INT in masked
    int_subject = bool(_TREATMENT_SUBJECT_RE.match(masked))
    if _EVIDENCE_DENIED_RE.search(t):
        f["s:evidence_denied"] = 1.0
    if has_int:
        f["s:treatment_in_clause"] = 1.0
    if int_subject:
        f["s:treatment_subject"] = 1.0
    if _OUTCOME_SUBJECT_RE.match(masked) and not has_int:
        f["s:outcome_subject"] = 1.0
    if _FEELING_RE.search(t):
        f["s:feeling"] = 1.0
    if _ATTRIBUTE_RE.search(t):
        f["s:attribute"] = 1.0
        if int_subject:
            f["s:attribute_of_treatment"] = 1.0
    if _DEGREE_RE.search(t):
        f["s:degree"] = 1.0
    if _ASSOCIATION_RE.search(t):
        f["s:association"] = 1.0
    if _MODAL_EFFECT_RE.search(t):
        f["s:modal_effect"] = 1.0
    if _EVALUATIVE_RE.search(t):
        f["s:evaluative"] = 1.0
        if int_subject:
            f["s:evaluative_treatment"] = 1.0
    if _ANSWER_PARTICLE_RE.match(t):
        f["s:answer_particle"] = 1.0
    f["s:rel=" + _relation(text)] = 1.0
    return f


@lru_cache(maxsize=1 << 16)  # (the trainer reads every unit once per fold: a smaller cache would thrash)
def _relation(text: str) -> str:
    """The rules' frame reading of the unit's relation (`frames.relation_of`): which side of its evidence a claim
    would stand on, or none."""
    return relation_of(text)


# --- the shipped model ----------------------------------------------------------------------------


class ClaimModelError(RuntimeError):
    """The shipped claim model is missing, corrupt or does not match its sidecar."""


@dataclass(frozen=True)
class _Model:
    bias: float
    weights: Mapping[str, float]
    vocab: frozenset[str]
    keep_threshold: float  # a unit the rules drop is kept at P >= this (inf: never)
    drop_threshold: float  # a unit the rules keep is dropped at P < this (0: never)


    reads_meaning: bool = False  # it weighs the claim probe's "m:" features (the probe is loaded only then)


@lru_cache(maxsize=1)
def _model() -> _Model:
    payload: dict[str, Any] | None = None
    meta: dict[str, Any] = {}
    for version in _COMPATIBLE_VERSIONS:
        try:
            payload, meta = load_checked(MODEL_PATH, META_PATH, version, ClaimModelError, "claim model")
            break
        except ClaimModelError as e:
            if "feature version" not in str(e) or version == _COMPATIBLE_VERSIONS[-1]:
                raise
    assert payload is not None
    keep_t, drop_t = meta.get("keep_threshold"), meta.get("drop_threshold")
    weights = dict(payload["weights"])
    return _Model(float(payload["bias"]), weights, frozenset(payload["vocab"]),
                  float("inf") if keep_t is None else float(keep_t), 0.0 if drop_t is None else float(drop_t),
                  any(k.startswith("m:") for k in weights))


def linear_probability(f: Mapping[str, float], bias: float, weights: Mapping[str, float]) -> float:
    """The logistic of a linear model's score (shared with the trainer, which checks they agree)."""
    z = bias + sum(v * weights.get(k, 0.0) for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def probability(unit: ClaimUnit, ctx: ArticleContext) -> float:
    """P(the unit holds a check-worthy claim), by the learned scorer alone."""
    m = _model()
    return linear_probability(_features(m, unit, ctx), m.bias, m.weights)


def _features(m: _Model, unit: ClaimUnit, ctx: ArticleContext) -> dict[str, float]:
    """The unit's features as model `m` reads them: with the claim probe's reading when it weighs it."""
    return features(unit, ctx, m.vocab, probe_logits([unit])[0] if m.reads_meaning else None)


# a copular clause classifying its subject by a determined noun phrase ("Fine wrinkles are the first sign of ageing")
_CLASSIFYING_RE = re.compile(r"^\W*(?:[\w'’-]+\s+){1,5}?(?:is|are|was|were)\s+(?:the|a|an|one)\b", re.I)


# a graded predicate makes a classification an evaluation ("one of the gentlest supplements", "the best option",
# "one of the gentler ingredients")
_GRADED_RE = re.compile(r"\b(?:the|its|their|our|your)\s+(?:very\s+)?(?:most|least|best|worst|[a-z]+est)\b"
                        r"|\bone\s+of\s+the\s+(?:[a-z]+\s+)?(?:[a-z]+er|better|worse)\b"
                        r"|\b[a-z]+er\s+than\b|\b(?:more|less)\s+[\w-]+\s+than\b", re.I)
_HARM_NOUN_RE = re.compile(rf"\b(?:{HARM_NOUNS})\b", re.I)


def rescuable(unit: ClaimUnit) -> bool:
    """Whether the model may keep a unit the rules drop: not one of fewer than three words (a bare noun
    phrase, "Minoxidil injections", asserts nothing; out-of-fold every such rescue was no claim), nor a
    copular clause that classifies a subject other than the treatment (it defines or describes that subject
    and says nothing of what the treatment does; out-of-fold the one such rescue was no claim), nor one that
    classifies the treatment itself by a kind ("Turmeric is a food", "Glutathione is an antioxidant your body
    makes") with no outcome, harm or grading in it: it says what the treatment is, not what it does (CLAIM8;
    out-of-fold 6 of the 7 such rescues at P >= 0.45 were no claim, the seventh graded, "one of the gentlest")."""
    if _CLASSIFYING_RE.match(unit.text) and (not unit.mentions_intervention or not (
            unit.outcome_spans or _GRADED_RE.search(unit.text) or _HARM_NOUN_RE.search(unit.text))):
        return False
    return len(unit.text.split()) >= MIN_RESCUE_WORDS


def keep(unit: ClaimUnit, ctx: ArticleContext, min_score: float) -> bool:
    """Whether the extractor keeps the unit: the rules' score against `min_score`, overruled by the
    model when it is sure (thresholds from the sidecar). With `RECORDER` set, the rules alone."""
    ruled = unit.rule_score >= min_score
    if RECORDER is not None:
        RECORDER.append((unit, ctx))
        return ruled
    if not ruled and not rescuable(unit):
        return False
    if ruled and unit.answers_question:
        return True  # an elliptical answer ("Yes.") is read as the question it restates: the rules' call
    m = _model()
    if ruled and m.drop_threshold <= 0.0:
        return True
    if not ruled and not math.isfinite(m.keep_threshold):
        return False
    p = linear_probability(_features(m, unit, ctx), m.bias, m.weights)
    return p >= m.drop_threshold if ruled else p >= m.keep_threshold
