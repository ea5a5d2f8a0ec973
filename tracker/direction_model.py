"""The learned direction model: evidence text -> increased / decreased / no difference.

Three linear models, trained by `benchmarks/train_direction.py` on the train split of
Evidence Inference 2.0 only, and shipped as one small JSON file in `tracker/resources/`
(weights and vocabulary written out by us, not a pickle: it loads with the standard library,
cannot run code, and does not depend on the scikit-learn version that fitted it):

- `evidence`: multinomial logistic regression on n-grams of the text, in which the words of
  the intervention, comparator and outcome are replaced by placeholders (`_i_`, `_c_`, `_o_`)
  so that "lower in the _c_ group" generalises across trials, plus the rule features of
  `tracker.effects` (the rules' call, its benefit and scope, p-values, null cues, numeric
  comparison of the arms). This is rules and model combined: the model learns when to trust
  the rules' call.
- `ngram`: the same n-grams without rule features (the "model only" ablation).
- `ranker`: a logistic sentence ranker that scores how likely a sentence of an abstract is the
  evidence for the outcome (outcome overlap, section, arm mentions, significance cues, n-grams);
- `abstract`: for the abstract-only reading, a second stage over the three best-ranked
  sentences (their evidence features averaged with weights rising steeply with the ranker's
  score, the evidence model's probabilities for the best one, the best score), used when
  cross-validation on train found it better than pooling the evidence model's readings.

The evidence features are word n-grams, the rules' reading and the arm-attributed
directions (`arm_direction_features`: which arm placeholder precedes and follows each
direction word, negation, comparison pivot), so "_c_ ... lower than _i_" and "_i_ ... lower
than _c_" differ even when the words between are many.

The product never downloads anything: the file is package data, checked against the sha256
its sidecar records (`direction_model.meta.json`).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import effects
from .effects import classify_effect
from .text import content_words, split_sentences, stem

LABELS = ("increased", "decreased", "no difference")
RESOURCES = Path(__file__).resolve().parent / "resources"
MODEL_PATH = RESOURCES / "direction_model.json.gz"
META_PATH = RESOURCES / "direction_model.meta.json"


# what `abstract_features` computes; a model whose second stage was fitted on other
# features is refused (1: best sentence's n-grams; 2: ranker-weighted mean of the top three)
FEATURE_VERSION = 2


class ModelError(RuntimeError):
    """The shipped model file is missing, corrupt or does not match its sidecar."""


# --- features ---------------------------------------------------------------------------------

_P_RE = re.compile(r"\bp\s*(?:-?\s*values?\s*)?(<=|>=|<|>|=|≤|≥)\s*(0?[.·]\d+|\d(?:[.·]\d+)?)", re.I)
_CI_RE = re.compile(r"\b(?:95\s*%\s*)?(?:ci|confidence intervals?)\b", re.I)
_TOKEN_RE = re.compile(r"[a-z][a-z'-]*|\d+(?:[.,·]\d+)*|[%<>=;:±]")
# words that name the control arm in any trial ("placebo group", "controls")
_GENERIC_C = frozenset("placebo control controls sham usual vehicle untreated standard conventional".split())
_GENERIC_I = frozenset("intervention experimental treated active".split())


def _p_token(m: re.Match[str]) -> str:
    op, raw = m.group(1), m.group(2).replace("·", ".")
    try:
        value = float(raw)
    except ValueError:
        return " _p_ "
    if op in ("<", "<=", "≤"):
        return " _psig_ " if value <= 0.05 else " _pns_ "
    if op in (">", ">=", "≥"):
        return " _pns_ " if value >= 0.05 else " _p_ "
    return " _psig_ " if value < 0.05 else " _pborder_ " if value <= 0.1 else " _pns_ "


@lru_cache(maxsize=4096)
def _role_stems(intervention: str, comparator: str, outcome: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    wi, wc = effects._arm_stems(intervention, comparator)
    wo = {stem(w) for w in content_words(outcome)} - wi - wc
    return frozenset(wi), frozenset(wc), frozenset(wo)


@lru_cache(maxsize=4096)
def _arm_labels(intervention: str, comparator: str) -> dict[str, str]:
    li, lc = effects._group_label(intervention), effects._group_label(comparator)
    return {li: "_i_", lc: "_c_"} if li and lc and li != lc else {}


def tokens(text: str, intervention: str = "", comparator: str = "", outcome: str = "") -> list[str]:
    """Lower-cased tokens with the trial's own words replaced by role placeholders, numbers by
    `_num_` and p-values by their significance (`_psig_`, `_pns_`, `_pborder_`)."""
    low = _P_RE.sub(_p_token, (text or "").lower())
    low = _CI_RE.sub(" _ci_ ", low)
    wi, wc, wo = _role_stems(intervention, comparator, outcome)
    generic_c_ok = not (set(_GENERIC_C) & {w.lower() for w in re.findall(r"[A-Za-z]+", intervention)})
    # trials that name their arms by letter or number ("group B", "group 2"): the label after
    # "group"/"arm" is that arm's placeholder
    labels = _arm_labels(intervention, comparator)
    out: list[str] = []
    for tok in re.findall(r"_[a-z]+_|" + _TOKEN_RE.pattern, low):
        if labels and tok in labels and out and out[-1] in ("group", "groups", "arm", "arms"):
            tok = labels[tok]
        elif tok[0].isdigit():
            tok = "_num_"
        elif tok[0] != "_" and len(tok) > 2:
            s = stem(tok.replace("-", "").replace("'", ""))
            if s in wi:
                tok = "_i_"
            elif s in wc or (generic_c_ok and tok in _GENERIC_C):
                tok = "_c_"
            elif s in wo:
                tok = "_o_"
            elif tok in _GENERIC_I:
                tok = "_i_"
        if out and tok == out[-1] and tok[0] == "_":
            continue  # "_o_ _o_ _o_": one mention
        out.append(tok)
    return out


def ngram_features(toks: list[str], prefix: str = "") -> dict[str, float]:
    feats: dict[str, float] = {}
    for i, t in enumerate(toks):
        feats[f"{prefix}u:{t}"] = 1.0
        if i + 1 < len(toks):
            feats[f"{prefix}b:{t} {toks[i + 1]}"] = 1.0
            if i + 2 < len(toks):
                feats[f"{prefix}t:{t} {toks[i + 1]} {toks[i + 2]}"] = 1.0
    return feats


def _cue_kind(call: effects.EffectCall) -> str:
    cue = call.cue.lower()
    if "assumed" in cue:
        return "assumed"
    if "values" in cue:
        return "values"
    if "p-value" in cue or cue.startswith("p ="):
        return "pvalue"
    if effects._NULL_RE.search(cue):
        return "nullcue"
    return "word"


def rule_features(text: str, intervention: str, comparator: str, outcome: str,
                  call: effects.EffectCall | None | bool = False) -> dict[str, float]:
    """The rules' reading as features: their call (label, benefit, scope, kind of cue),
    significance and null cues, and whether less of the outcome is better."""
    if call is False:
        call = classify_effect(text, intervention=intervention, comparator=comparator, outcome=outcome)
    feats: dict[str, float] = {}
    bad = bool(effects._HARMFUL_OUTCOME_RE.search(outcome or ""))
    low = (text or "").lower()
    sig, nonsig = effects._p_values(low)
    feats["r:psig"] = float(sig)
    feats["r:pns"] = float(nonsig)
    feats["r:null"] = float(bool(effects._NULL_RE.search(low)))
    feats["r:sigword"] = float(bool(re.search(r"(?<!not )(?<!no )\bsignifican", low)))
    feats["r:outcome_bad"] = float(bad)
    if call is None:
        feats["r:none"] = 1.0
        return feats
    assert isinstance(call, effects.EffectCall)
    lab = call.label.replace(" ", "_")
    feats[f"r:{lab}"] = 1.0
    feats[f"r:{lab}&{call.scope}"] = 1.0
    feats[f"r:{lab}&ben={call.benefit}"] = 1.0
    feats[f"r:{lab}&cue={_cue_kind(call)}"] = 1.0
    feats[f"r:{lab}&bad={bad}"] = 1.0
    feats[f"r:{lab}&sig={sig or feats['r:sigword'] > 0}"] = 1.0
    return feats


_ARM_TOKENS = ("_i_", "_c_")
_PIVOT_TOKENS = frozenset("than versus vs compared relative".split())
_NEGATION_TOKENS = frozenset("not no nor neither without".split())
# comparatives of amount: applied to a change ("a greater reduction", "less decline", "a
# decrease ... more than"), they scale the change and keep (more) or reverse (less) its sign
_AMOUNT_SIGN = {**dict.fromkeys("more greater larger bigger".split(), 1), **dict.fromkeys("less smaller fewer".split(), -1)}
_FLIP_KIND = {"inc": "dec", "dec": "inc", "ben": "wor", "wor": "ben"}
_KIND_OF_WORD: dict[str, str | None] = {}  # token -> "inc"/"dec"/"ben"/"wor"/None, filled as met


def _word_kind(tok: str) -> str | None:
    """Which way a word points, from the rules' own lexicon (`tracker.effects`)."""
    kind = _KIND_OF_WORD.get(tok, "")
    if kind == "":
        kind = ("inc" if effects._INC_RE.fullmatch(tok) else "dec" if effects._DEC_RE.fullmatch(tok)
                else "ben" if effects._BEN_RE.fullmatch(tok) else "wor" if effects._WOR_RE.fullmatch(tok) else None)
        if len(_KIND_OF_WORD) < 100_000:  # bounded: tokens of unseen text must not grow it forever
            _KIND_OF_WORD[tok] = kind
    return kind


def arm_direction_features(toks: Sequence[str], window: int = 8) -> dict[str, float]:
    """Arm-attributed directions: for each direction word, the nearest arm placeholder before
    it (its subject, in English word order) and after it (what it is compared with), whether
    a comparison pivot ("than", "versus") follows, whether a negation precedes it, and
    whether the outcome is near. "_c_ ... lower than _i_" and "_i_ ... lower than _c_" then
    differ, which word n-grams a few tokens long cannot see. A change word with an amount
    comparative beside it also gives the composed direction (`d:amt:`): "a greater reduction"
    and "a decrease ... more than" point down, "less decline" up."""
    feats: dict[str, float] = {}
    n = len(toks)
    for i, t in enumerate(toks):
        if t[0] == "_":
            continue
        kind = _word_kind(t)
        if kind is None:
            continue
        before = next((toks[j] for j in range(i - 1, max(-1, i - window - 1), -1) if toks[j] in _ARM_TOKENS), "-")
        after = next((toks[j] for j in range(i + 1, min(n, i + window + 1)) if toks[j] in _ARM_TOKENS), "-")
        pivot = any(toks[j] in _PIVOT_TOKENS for j in range(i + 1, min(n, i + window + 1)))
        feats[f"d:{kind}|{before}|{after}"] = 1.0
        feats[f"d:{kind}|{before}|{after}|piv={pivot}"] = 1.0
        if any(toks[j] in _NEGATION_TOKENS for j in range(max(0, i - 4), i)):
            feats[f"d:{kind}|neg"] = 1.0
        near_o = any(toks[j] == "_o_" for j in range(max(0, i - 6), min(n, i + 7)))
        feats[f"d:{kind}|o={near_o}"] = 1.0
        if t not in _AMOUNT_SIGN:
            # an amount comparative just before the change word or a few words after it
            amount = next((_AMOUNT_SIGN[toks[j]] for j in [*range(max(0, i - 2), i), *range(i + 1, min(n, i + 5))]
                           if toks[j] in _AMOUNT_SIGN), 0)
            if amount:
                composed = kind if amount > 0 else _FLIP_KIND[kind]
                feats[f"d:amt:{composed}|{before}|{after}"] = 1.0
                feats[f"d:amt:{composed}"] = 1.0
    return feats


def evidence_features(text: str, intervention: str = "", comparator: str = "", outcome: str = "", *,
                      rules: bool = True, call: effects.EffectCall | None | bool = False) -> dict[str, float]:
    toks = tokens(text, intervention, comparator, outcome)
    feats = ngram_features(toks)
    if rules:
        feats.update(rule_features(text, intervention, comparator, outcome, call))
        feats.update(arm_direction_features(toks))
    return feats


# --- sentence ranker features -----------------------------------------------------------------

_WORD = re.compile(r"[a-z]+|\d+(?:\.\d+)?")


def is_evidence_sentence(sentence: str, evidence: str) -> bool:
    """A sentence of an abstract is (part of) an annotated evidence span: most of the shorter
    one's words are in the other. The ranker's training label, and its recall in the benchmark."""
    s, e = set(_WORD.findall(sentence.lower())), set(_WORD.findall(evidence.lower()))
    if len(s) < 3 or len(e) < 3:
        return False
    return len(s & e) / min(len(s), len(e)) >= 0.7


@dataclass(frozen=True)
class AbstractSentence:
    sentence: str
    section: str  # "results", "conclusions", "methods", "background", "title", ""
    index: int
    n: int


_SECTION_KIND = (
    (r"MEASURE|REGISTRATION|FUNDING|SUPPLEMENT", "methods"),
    (r"RESULT|FINDING|OUTCOME", "results"),
    (r"CONCLU|INTERPRET|DISCUSS", "conclusions"),
    (r"TITLE", "title"),
    (r"METHOD|DESIGN|INTERVENTION|PARTICIPANT|PATIENT|SETTING", "methods"),
    (r"BACKGROUND|INTRO|OBJECTIVE|AIM|PURPOSE|CONTEXT", "background"),
)


def abstract_sentences(text: str) -> list[AbstractSentence]:
    """The sentences of an abstract with the section each sits in (headings such as
    "ABSTRACT.RESULTS:" or "RESULTS:"; none for unstructured abstracts)."""
    parts = effects._SECTION_RE.split(text or "")
    heads = effects._SECTION_RE.findall(text or "")
    rows: list[tuple[str, str]] = []
    for head, body in [("", parts[0])] + list(zip(heads, parts[1:])):
        kind = ""
        for pattern, k in _SECTION_KIND:
            if re.search(pattern, head or ""):
                kind = k
                break
        for chunk in split_sentences(body):
            for sentence in effects._GROUP_LETTER_SPLIT.split(chunk):
                if sentence.strip():
                    rows.append((kind, sentence.strip()))
    return [AbstractSentence(s, k, i, len(rows)) for i, (k, s) in enumerate(rows)]


def ranker_features(sentences: list[AbstractSentence], intervention: str, comparator: str, outcome: str,
                    full_text: str = "") -> list[dict[str, float]]:
    """Features of each sentence for "is this the evidence about the outcome?"."""
    defs = effects._definitions(outcome) | effects._definitions(full_text)
    stems_of = []
    for s in sentences:
        expanded = s.sentence + " " + " ".join(
            long for abbr, long in defs.items() if re.search(rf"\b{re.escape(abbr)}\b", s.sentence, re.I))
        stems_of.append({effects._word_stem(w) for w in content_words(expanded)})
    o_text = outcome + " " + " ".join(long for abbr, long in defs.items() if re.search(rf"\b{re.escape(abbr)}\b", outcome, re.I))
    o_stems = list(dict.fromkeys(effects._word_stem(w) for w in content_words(o_text)))
    n = max(len(sentences), 1)
    weights = [(w, 1.0 / (1.0 + 2.0 * sum(1 for st in stems_of if w in st) / n)) for w in o_stems]
    i_stems = {effects._word_stem(w) for w in content_words(intervention)}
    c_stems = {effects._word_stem(w) for w in content_words(comparator)}
    overlaps = [effects._weighted_overlap(st, weights) for st in stems_of]
    best = max(overlaps, default=0.0)
    out = []
    for s, st, o in zip(sentences, stems_of, overlaps):
        f: dict[str, float] = {
            "k:overlap": o,
            "k:overlap_sq": o * o,
            "k:best": float(o >= best and o > 0),
            "k:rel_best": o / best if best else 0.0,
            f"k:sec={s.section}": 1.0,
            f"k:sec={s.section}&o>.5": float(o > 0.5),
            "k:arm_i": float(bool(i_stems & st)),
            "k:arm_c": float(bool(c_stems & st)),
            "k:cue": float(bool(effects._EFFECT_CUE_RE.search(s.sentence))),
            "k:p": float(bool(effects._P_RE.search(s.sentence))),
            "k:aim": float(bool(effects._AIM_RE.search(s.sentence))),
            "k:background": float(bool(effects._BACKGROUND_RE.search(s.sentence))),
            "k:within": float(bool(effects._WITHIN_RE.search(s.sentence) and not effects._BETWEEN_RE.search(s.sentence))),
            "k:pos": s.index / n,
            "k:last": float(s.index == s.n - 1),
            "k:bias": 1.0,
        }
        toks = tokens(s.sentence, intervention, comparator, outcome)
        for t in set(toks):
            f[f"ku:{t}"] = 1.0
        for a, b in zip(toks, toks[1:]):
            f[f"kb:{a} {b}"] = 1.0
        out.append(f)
    return out


ABSTRACT_TOP = 3  # sentences the second stage reads
ABSTRACT_ALPHA = 2.0  # their weight: ranker score ** alpha (CV on train: 3 and 2 beat 5 and 1)


def abstract_features(ranked: Sequence[tuple[float, str]], sentence_feats: Sequence[Mapping[str, float]],
                      evidence_probs: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """Abstract only, second stage: the evidence features (n-grams, rule and arm-direction
    features) of the best-ranked sentences averaged with weights rising steeply with the
    ranker's score, the evidence model's probabilities for the best one, and the best
    score itself (an outcome the abstract hardly mentions is more often a null). Trained on
    train abstracts ranked out of fold, so it learns what the pipeline sees (a conclusion
    instead of the result sentence, a sentence about another outcome)."""
    if not ranked:
        return {"a:empty": 1.0}
    top = list(zip(ranked, sentence_feats))[:ABSTRACT_TOP]
    weights = [max(w, 1e-6) ** ABSTRACT_ALPHA for (w, _), _ in top]
    z = sum(weights)
    f: dict[str, float] = {}
    for weight, (_, feats) in zip(weights, top):
        for name, v in feats.items():
            f[name] = f.get(name, 0.0) + v * weight / z
    for c in LABELS:
        f[f"a:p1={c}"] = evidence_probs[0][c]
    f["a:w1"] = ranked[0][0]
    return f


# --- the fitted model -------------------------------------------------------------------------

@dataclass(frozen=True)
class LinearModel:
    """Weights per feature (one per class, or one for a binary ranker) and intercepts."""

    classes: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]
    intercept: tuple[float, ...]

    def scores(self, feats: Mapping[str, float]) -> list[float]:
        get = self.weights.get
        if len(self.intercept) == 3:  # the direction models: unrolled, the hot loop of reading
            a, b, c = self.intercept
            for name, value in feats.items():
                w = get(name)
                if w is not None:
                    a += w[0] * value
                    b += w[1] * value
                    c += w[2] * value
            return [a, b, c]
        out = list(self.intercept)
        for name, value in feats.items():
            w = get(name)
            if w is not None:
                for k, wk in enumerate(w):
                    out[k] += wk * value
        return out

    def proba(self, feats: Mapping[str, float]) -> dict[str, float]:
        s = self.scores(feats)
        if len(self.classes) == 1:  # binary: P(positive)
            return {self.classes[0]: 1.0 / (1.0 + math.exp(-s[0]))}
        top = max(s)
        e = [math.exp(v - top) for v in s]
        z = sum(e)
        return {c: v / z for c, v in zip(self.classes, e)}

    def to_json(self) -> dict:
        # columns (names, then all weights in one flat list) parse faster than a dict of lists
        names = sorted(self.weights)
        return {"classes": list(self.classes), "intercept": [round(v, 6) for v in self.intercept],
                "names": names, "weights": [round(x, 5) for n in names for x in self.weights[n]]}

    @classmethod
    def from_json(cls, raw: dict) -> LinearModel:
        classes = tuple(raw["classes"])
        if isinstance(raw["weights"], dict):  # format 1: {name: [weights]}
            weights = {k: tuple(v) for k, v in raw["weights"].items()}
        else:
            k, flat, names = len(classes), raw["weights"], raw["names"]
            if len(flat) != k * len(names):
                raise ValueError(f"{len(flat)} weights for {len(names)} features x {k} classes")
            weights = dict(zip(names, zip(*[iter(flat)] * k)))
        return cls(classes, weights, tuple(raw["intercept"]))


@dataclass(frozen=True)
class DirectionModel:
    evidence: LinearModel
    ngram: LinearModel
    ranker: LinearModel
    top_k: int  # sentences the abstract-only reading pools
    low_confidence: float  # below this probability a direction counts as unclear
    meta: Mapping[str, object]
    # abstract only: a second-stage model over the ranked sentences (None: pool them instead)
    abstract: LinearModel | None = None


@dataclass(frozen=True)
class DirectionPrediction:
    label: str  # one of LABELS
    confidence: float  # the model's probability of `label`
    proba: Mapping[str, float]
    sentence: str | None = None  # for abstract-only readings, the best evidence sentence


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_model(model: DirectionModel, path: Path = MODEL_PATH) -> bytes:
    body = {
        "format": "tracker-direction-model/2",
        "feature_version": FEATURE_VERSION,
        "labels": list(LABELS),
        "evidence": model.evidence.to_json(),
        "ngram": model.ngram.to_json(),
        "ranker": model.ranker.to_json(),
        "top_k": model.top_k,
        "low_confidence": model.low_confidence,
        "abstract": model.abstract.to_json() if model.abstract else None,
    }
    raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    data = gzip.compress(raw, compresslevel=9, mtime=0)  # mtime=0: same weights, same bytes
    path.write_bytes(data)
    return data


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH, meta_path: Path = META_PATH) -> DirectionModel:
    """Load the shipped model, checking its sha256 against the sidecar written by training."""
    if not path.exists():
        raise ModelError(f"{path}: direction model missing; run benchmarks/train_direction.py")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"{meta_path}: unreadable model sidecar ({exc})") from exc
    digest = sha256(path)
    if meta.get("model_sha256") != digest:
        raise ModelError(f"{path}: sha256 {digest} does not match {meta_path.name} ({meta.get('model_sha256')})")
    try:
        body = json.loads(gzip.decompress(path.read_bytes()))
        if body.get("abstract") and body.get("feature_version", 1) != FEATURE_VERSION:
            raise ModelError(f"{path}: its abstract stage was trained on feature version {body.get('feature_version', 1)}, "
                             f"this code computes version {FEATURE_VERSION}; run benchmarks/train_direction.py")
        return DirectionModel(
            LinearModel.from_json(body["evidence"]), LinearModel.from_json(body["ngram"]),
            LinearModel.from_json(body["ranker"]), int(body["top_k"]), float(body["low_confidence"]), meta,
            LinearModel.from_json(body["abstract"]) if body.get("abstract") else None,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path}: not a direction model ({exc})") from exc


def _predict(lm: LinearModel, feats: Mapping[str, float], sentence: str | None = None) -> DirectionPrediction:
    p = lm.proba(feats)
    label = max(LABELS, key=lambda c: p[c])
    return DirectionPrediction(label, p[label], p, sentence)


def predict_evidence(text: str, intervention: str = "", comparator: str = "", outcome: str = "", *,
                     model: DirectionModel | None = None, rules: bool = True,
                     call: effects.EffectCall | None | bool = False) -> DirectionPrediction:
    """Evidence given: what `text` says happened to `outcome` with `intervention` against
    `comparator`. `rules=False` is the n-gram-only model (the ablation). Pass the rules'
    `call` when it is already known to save classifying twice."""
    m = model or load_model()
    feats = evidence_features(text, intervention, comparator, outcome, rules=rules, call=call)
    return _predict(m.evidence if rules else m.ngram, feats)


def rank_sentences(text: str, intervention: str, comparator: str, outcome: str, *,
                   model: DirectionModel | None = None) -> list[tuple[float, str]]:
    """The abstract's sentences with the ranker's probability that each is the outcome's
    evidence, best first."""
    m = model or load_model()
    sents = abstract_sentences(text)
    feats = ranker_features(sents, intervention, comparator, outcome, text)
    scored = [(m.ranker.proba(f)[m.ranker.classes[0]], s.sentence) for f, s in zip(feats, sents)]
    scored.sort(key=lambda t: -t[0])
    return scored


def pool(preds: Iterable[tuple[float, Mapping[str, float]]]) -> dict[str, float]:
    """Probabilities of several sentences pooled, each weighted by its ranker score."""
    total = {c: 0.0 for c in LABELS}
    wsum = 0.0
    for w, p in preds:
        wsum += w
        for c in LABELS:
            total[c] += w * p[c]
    return {c: v / wsum for c, v in total.items()} if wsum else {c: 1.0 / len(LABELS) for c in LABELS}


def predict_abstract(text: str, intervention: str, comparator: str, outcome: str, *,
                     model: DirectionModel | None = None, rules: bool = True) -> DirectionPrediction | None:
    """Abstract only: rank the sentences, classify the best `top_k` and pool them."""
    m = model or load_model()
    ranked = rank_sentences(text, intervention, comparator, outcome, model=m)
    if not ranked:
        return None
    if rules and m.abstract is not None:
        top = ranked[:ABSTRACT_TOP]
        feats = [evidence_features(s, intervention, comparator, outcome) for _, s in top]
        probs = [m.evidence.proba(f) for f in feats]
        return _predict(m.abstract, abstract_features(top, feats, probs), ranked[0][1])
    top = ranked[: m.top_k]
    preds = [(w, predict_evidence(s, intervention, comparator, outcome, model=m, rules=rules).proba) for w, s in top]
    p = pool(preds)
    label = max(LABELS, key=lambda c: p[c])
    return DirectionPrediction(label, p[label], p, ranked[0][1])
