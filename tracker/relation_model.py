"""A second, learned reader of what a claim asserts: quote -> relation (issue 14, GUARD).

The rule reader (`frames.relation_of`, `polarity`) reads the relation from hand-written
structure. This model reads it independently, from general structure only, so that where the two
readers put a claim on opposite sides the product can say it is unsure instead of placing a
verdict on the wrong side of the claim (a sign error is worse than "unclear").

Features (`features`): word uni- and bigrams in which every token inside the scope of a negation
cue is prefixed (`~`; scope runs to the next clause boundary, and a second cue in the same scope
cancels the first, "not without risks"), privatives ("painless", "risk-free") marked as negated
nouns, comparison markers ("than", "as ... as", "versus", comparatives), epistemic hedges
(modals, "suggest"), a question mark. Words the training articles do not share across several
articles are replaced by `_w_`, so topic words ("rosemary", "melasma") cannot carry a reading.
The claim's own treatment (its frame's intervention, when the caller gives it) is one placeholder,
`_int_`: what the claim is about is never a harm it reports ("chemical peels", "burn cream").

Trained by `benchmarks/train_relation.py` (multinomial logistic regression on the gold claims of
the development splits, the seeds and the dev half of the traps; figures out-of-fold, grouped by
article, in the sidecar). Shipped as `resources/relation_model.json.gz` (plain JSON weights,
checked against the sha256 in `relation_model.meta.json`), loaded with the standard library.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from .polarity import HARM_NOUNS, SYMPTOMS
from .shipped import load_checked

__all__ = ["RELATIONS", "FLIPS", "GUARD_FLIPS", "tokens", "features", "probabilities", "predict", "flips_of",
           "relation_doubt", "RelationModelError", "DOUBT_THRESHOLD", "ngram_features",
           "intervention_words"]

RESOURCES = Path(__file__).resolve().parent / "resources"
MODEL_PATH = RESOURCES / "relation_model.json.gz"
META_PATH = RESOURCES / "relation_model.meta.json"
RELATIONS = ("benefit", "harm", "denies_harm", "no_effect", "superior", "equivalent", "mechanism")
FEATURE_VERSION = 4  # 4: the claim's treatment as `_int_`, two-word harm nouns as one `_harm_`

# Readings that put a claim on opposite sides of the same evidence (what a sign error is): a harm
# and its denial; an effect (benefit, superiority, parity, a mechanism) and "no effect"; a benefit
# and a harm on the same outcome ("reduces hair loss" against "causes hair loss").
FLIPS: dict[str, frozenset[str]] = {
    "harm": frozenset({"denies_harm", "benefit"}),
    "denies_harm": frozenset({"harm"}),
    "benefit": frozenset({"no_effect", "harm"}),
    "superior": frozenset({"no_effect"}),
    "equivalent": frozenset({"no_effect"}),
    "mechanism": frozenset({"no_effect"}),
    "no_effect": frozenset({"benefit", "superior", "equivalent", "mechanism"}),
}
# The flips the guard acts on: those that differ by a negation, which the learned reader reads from
# structure (scope-marked n-grams). Benefit against harm turns on whether the outcome is a problem,
# which it sees only through the harm vocabulary; out-of-fold its doubts there were mostly wrong.
GUARD_FLIPS: dict[str, frozenset[str]] = {r: frozenset(o for o in fl if {r, o} != {"benefit", "harm"})
                                          for r, fl in FLIPS.items()}

# the probability the model must give an opposite reading before the product doubts the rules';
# chosen out-of-fold by benchmarks/train_relation.py (the sidecar records the value used)
DOUBT_THRESHOLD = 0.8

_REASONS = {
    "harm": "as saying it causes the harm",
    "denies_harm": "as denying a harm",
    "benefit": "as claiming a benefit",
    "no_effect": "as saying it has no effect",
    "superior": "as claiming it works better than another treatment",
    "equivalent": "as claiming it works as well as another treatment",
    "mechanism": "as claiming a mechanism",
}

# --- features: general structure of English, no topic words ------------------------------------

_NEG_CUES = frozenset("""not no never without none nobody nothing neither nor cannot hardly
barely zero nowhere fail fails failed unable lack lacks lacking""".split())  # implicative negatives too
# a clause boundary ends a negation's scope ("doesn't irritate, but it dries")
_BOUNDARY_WORDS = frozenset("but however although though yet while whereas which who because unless".split())
_BOUNDARY_PUNCT = frozenset(",;:.!?()\"—–")
_HEDGES = frozenset("""may might can could would should possibly perhaps probably likely unlikely suggest
suggests suggested seem seems appear appears thought believed claimed reportedly potentially""".split())
_COMPARATIVE_WORDS = frozenset("better worse more less fewer greater smaller faster slower stronger weaker".split())
_CMP_WORDS = frozenset("than versus vs compared rival rivals rivalled equal equally same similar match matches".split())
_PRIVATIVE_RE = re.compile(r"^([a-z]{3,})(?:less|-free)$")
# a word naming a harm or symptom is one class, "_harm_" (the shared harm vocabulary and disorder
# morphology, the same for every topic): whether the object is a problem decides harm against benefit
_HARM_WORD_RE = re.compile(rf"(?:{HARM_NOUNS}|{SYMPTOMS})", re.I)
_NOT_PRIVATIVE = frozenset("unless regardless nevertheless doubtless".split())
_TOKEN_RE = re.compile(r"[a-z]+(?:-[a-z]+)*(?:'[a-z]+)?|\d+(?:[.,]\d+)?%?|[,;:.!?()\"—–]")
_CONTRACTIONS = (("can't", "can not"), ("won't", "will not"), ("shan't", "shall not"), ("n't", " not"))


def tokens(text: str) -> list[str]:
    """Lower-cased words and clause punctuation; "doesn't" -> "does not", numbers -> `_num_`."""
    t = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    for a, b in _CONTRACTIONS:
        t = t.replace(a, b)
    out = []
    for tok in _TOKEN_RE.findall(t):
        if tok[0].isdigit():
            out.append("_num_")
        else:
            out.append(tok.split("'")[0] if "'" in tok else tok)
    return out


# words of a treatment's name that do not name it: closed-class words, pronouns, negation and hedges
_NOT_NAME = frozenset("""a an the of and or with for in on to at by from as per your my our their its his her
it they this that these those them you we i""".split()) | _NEG_CUES | _HEDGES
Intervention = str | Iterable[str] | None
_FOCUS = frozenset("only just merely simply".split())  # "not only": additive focus, not a negation


def _key(word: str) -> str:
    """A word for matching a name's words: singular and plural alike ("peel", "peels")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def intervention_words(intervention: Intervention) -> tuple[frozenset[str], frozenset[str]]:
    """The content words of the claim's treatment name(s) and their heads (the last content word
    before a preposition or conjunction: "peel" of "chemical peels", "microneedling" of
    "microneedling with PRP"), as `_key`s; nothing for None or ""."""
    if not intervention:
        return frozenset(), frozenset()
    names = [intervention] if isinstance(intervention, str) else [n for n in intervention if n]
    words: set[str] = set()
    heads: set[str] = set()
    for n in names:
        head = ""
        for w in tokens(n):
            if w in _BOUNDARY_PUNCT or w in _NOT_NAME or w[0].isdigit():
                if head and w not in ("a", "an", "the"):
                    break  # "X with Y": the head is X's
                continue
            words.add(_key(w))
            head = _key(w)
        words |= {_key(w) for w in tokens(n) if w not in _NOT_NAME and not w[0].isdigit() and w not in _BOUNDARY_PUNCT}
        if head:
            heads.add(head)
    return frozenset(words), frozenset(heads)


def _int_mentions(toks: list[str], words: frozenset[str], heads: frozenset[str]) -> list[bool]:
    """Which tokens are a mention of the treatment: a run of its name's words holding a head
    ("chemical peels", "peels"); a modifier alone ("burn" in "burns") is not the treatment."""
    out = [False] * len(toks)
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and _key(toks[j]) in words:
            j += 1
        if j > i and any(_key(toks[k]) in heads for k in range(i, j)):
            out[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    return out


def _word(tok: str, vocab) -> str:
    if _HARM_WORD_RE.fullmatch(tok):
        return "_harm_"
    return tok if vocab is None or tok in vocab else "_w_"


def marked(text: str, vocab: Iterable[str] | None = None, intervention: Intervention = None,
           multiword: bool = False) -> tuple[list[str], dict[str, float]]:
    """The quote's tokens with negation scope marked (`~word`), unknown words as `_w_`, a run of
    the claim's `intervention` words as one `_int_` (before the harm class: a treatment named
    like a harm, "chemical peels", is still the treatment), and the structural flags (negation,
    privative, comparison, hedge, question). `multiword` (this model's features; off for `claim_model`,
    trained without it): a two-word harm noun of the shared vocabulary ("side effects", "adverse
    events") is one `_harm_`, and "not only / not just / not merely" is additive focus ("not only
    X but also Y" asserts X), no negation."""
    vocab = set(vocab) if vocab is not None and not isinstance(vocab, (set, frozenset)) else vocab
    toks = tokens(text)
    int_words, heads = intervention_words(intervention)
    mention = _int_mentions(toks, int_words, heads) if int_words else [False] * len(toks)
    if multiword and vocab is not None:
        # a word no training article shares right before the name is a variant of it, a kind or a
        # brand ("glycolic peels" of "chemical peels"): part of the one mention, not a topic word
        for i in range(len(toks) - 2, -1, -1):
            w = toks[i]
            if mention[i + 1] and not mention[i] and w not in vocab and w.isalpha() and w not in _NOT_NAME \
                    and not _HARM_WORD_RE.fullmatch(w) and not _PRIVATIVE_RE.match(w):
                mention[i] = True
    flags: dict[str, float] = {}
    out: list[str] = []
    neg = False
    n_cues = 0
    second = {i + 1 for i in range(len(toks) - 1) if multiword and not mention[i] and not mention[i + 1]
              and _HARM_WORD_RE.fullmatch(toks[i] + " " + toks[i + 1])}
    for i, tok in enumerate(toks):
        if i in second:
            continue  # the compound's second word: its first stands for both
        if i + 1 in second:
            out.append(("~" if neg else "") + "_harm_")
            continue
        if tok in _BOUNDARY_PUNCT or tok in _BOUNDARY_WORDS:
            neg = False
            if tok == "?":
                flags["f:question"] = 1.0
            out.append("|")
            continue
        if multiword and tok == "not" and i + 1 < len(toks) and toks[i + 1] in _FOCUS:
            continue  # "not only X": X is asserted
        if tok in _NEG_CUES:
            neg = not neg  # a second cue in the same scope cancels the first
            n_cues += 1
            flags["f:neg"] = 1.0
            out.append("NEG" if neg else "NEGNEG")
            continue
        if mention[i]:
            ph = ("~" if neg else "") + "_int_"
            if not (out and out[-1] == ph):  # the name's words together are one mention
                out.append(ph)
            continue
        priv = _PRIVATIVE_RE.match(tok)
        if priv and tok not in _NOT_PRIVATIVE:
            # "painless", "risk-free": the noun, denied (a privative is a negation inside a word)
            flags["f:privative"] = 1.0
            word = _word(priv.group(1), vocab)
            out.append(("" if neg else "~") + word)
            continue
        if tok in _HEDGES:
            flags["f:hedge"] = 1.0
        if tok in _CMP_WORDS or tok in _COMPARATIVE_WORDS:
            flags["f:cmp"] = 1.0
        if tok == "than":
            flags["f:than"] = 1.0
            if neg:
                # "nothing works better than X", "no better than X": a comparison under a negation
                flags["f:neg_than"] = 1.0
        if tok == "as" and any(t == "as" for t in toks[i + 2:i + 4]):
            flags["f:as_as"] = 1.0
        out.append(("~" if neg else "") + _word(tok, vocab))
    if n_cues >= 2:
        flags["f:two_cues"] = 1.0
    if not toks:
        flags["f:empty"] = 1.0
    return out, flags


def features(quote: str, vocab: Iterable[str] | None = None, intervention: Intervention = None) -> dict[str, float]:
    """Sparse features of a claim quote: marked uni- and bigrams plus structural flags."""
    toks, flags = marked(quote, vocab, intervention, multiword=True)
    return ngram_features(toks, flags)


def ngram_features(toks: list[str], flags: Mapping[str, float]) -> dict[str, float]:
    """The flags plus the marked tokens' uni- and bigrams (sentence bounds as `<s>`, `</s>`)."""
    f: dict[str, float] = dict(flags)
    seq = ["<s>"] + toks + ["</s>"]
    for i, tok in enumerate(seq):
        if tok not in ("<s>", "</s>", "|"):
            f["u:" + tok] = 1.0
        if i + 1 < len(seq):
            f["b:" + tok + " " + seq[i + 1]] = 1.0
    return f


# --- the shipped model ----------------------------------------------------------------------------


class RelationModelError(RuntimeError):
    """The shipped relation model is missing, corrupt or does not match its sidecar."""


@lru_cache(maxsize=1)
def _model() -> tuple[tuple[str, ...], dict[str, float], dict[str, dict[str, float]], frozenset[str], float]:
    payload, meta = load_checked(MODEL_PATH, META_PATH, FEATURE_VERSION, RelationModelError, "relation model")
    labels = tuple(payload["labels"])
    return (labels, dict(payload["bias"]), {k: dict(v) for k, v in payload["weights"].items()},
            frozenset(payload["vocab"]), _threshold(meta))


def _threshold(meta: Mapping) -> float:
    """The sidecar's out-of-fold threshold; none found (no t gained) means the guard never fires."""
    t = meta.get("threshold", DOUBT_THRESHOLD)
    return float("inf") if t is None else float(t)


def scores(f: Mapping[str, float], labels: tuple[str, ...], bias: Mapping[str, float],
           weights: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """Softmax of a linear model's scores (shared with the trainer, which checks they agree)."""
    z = {lab: bias.get(lab, 0.0) for lab in labels}
    for k, v in f.items():
        w = weights.get(k)
        if w:
            for lab, wl in w.items():
                z[lab] += v * wl
    top = max(z.values())
    e = {lab: math.exp(s - top) for lab, s in z.items()}
    total = sum(e.values())
    return {lab: e[lab] / total for lab in labels}


@lru_cache(maxsize=4096)
def _probabilities(quote: str, int_names: tuple[str, ...] = ()) -> tuple[tuple[str, float], ...]:
    labels, bias, weights, vocab, _ = _model()
    return tuple(scores(features(quote, vocab, int_names), labels, bias, weights).items())


def _names(intervention: Intervention) -> tuple[str, ...]:
    if not intervention:
        return ()
    return (intervention,) if isinstance(intervention, str) else tuple(n for n in intervention if n)


def probabilities(quote: str, intervention: Intervention = None) -> dict[str, float]:
    """P(relation) for each of the seven relations, by the learned reader alone (`intervention`:
    the claim's treatment name or names, read as `_int_`; None masks nothing)."""
    return dict(_probabilities(quote, _names(intervention)))


def predict(quote: str, intervention: Intervention = None) -> tuple[str, float]:
    """The learned reader's relation and its probability."""
    p = probabilities(quote, intervention)
    best = max(p, key=lambda r: p[r])
    return best, p[best]


def flips_of(relation: str, guard: bool = False) -> frozenset[str]:
    """The readings that would put a claim read as `relation` on the other side of its evidence
    (`guard`: only those the guard acts on, the ones a negation separates)."""
    return (GUARD_FLIPS if guard else FLIPS).get(relation, frozenset())


def relation_doubt(quote: str, relation: str, context: str = "", threshold: float | None = None,
                   intervention: Intervention = None) -> str | None:
    """Why the claim's side is in doubt, or None: the learned reader puts the claim on the other
    side of the rules' `relation` with probability >= the threshold chosen out-of-fold.
    `intervention`: the frame's intervention (and its normalised name), masked as `_int_`.

    `context` (the sentence before) is accepted for callers that have it; the shipped model reads
    the quote alone (cross-validation found no gain from the sentence before)."""
    if not quote or not quote.strip() or relation not in FLIPS:
        return None
    t = _model()[4] if threshold is None else threshold
    p = probabilities(quote, intervention)
    other = max(flips_of(relation, guard=True), key=lambda r: p.get(r, 0.0))
    if p.get(other, 0.0) < t:
        return None
    return (f"the claim could also be read {_REASONS[other]} (a second, learned reader gives that reading "
            f"{p[other]:.0%}), which would put it on the other side of the evidence")
