"""Train the topic ranker (`tracker/topic_model.py`): which candidate treatment an article is about.

Data: the development articles of `benchmarks/devset/gold_claims.csv`, splits dev, dev2..dev15,
test, test2..test19 only (rows of any other split are dropped as the CSV is read: test20
and anything newer, held out, are never looked at; test13 and dev9 are spent since session 18, test14
and dev10 since session 19, test15 and dev11 since session 20, test16 and dev12 since session 21, test17 and dev13
since session 22, test18 and dev14 since session 23, test19 and dev15 since session 24). An article's label is the most common gold
`intervention` of its claims; a candidate is positive when `claims.same_phrase(label,
f"{concept.label} {concept.key}")`, the benchmark's own test.

Model: logistic regression on `topic_model.candidates` features (general only), one row per
candidate. Evaluation is leave-one-split-out (each split's articles scored by a model trained on the
other splits): the ranker's own pick, the rules' pick and the combination the product uses (the
ranker's pick replaces the rules' when its probability is higher by a margin, and the best candidate
the sentences are about replaces a pick the rules are not confident of, `extract.confident_pick`).
C, the margin and `topic_model._acted_instead`'s thresholds (least count, margin over the rules' pick,
least probability) are chosen together on those out-of-fold figures, scoring the product's whole choice
(`pick`, then `acted_pick`), one global value each (ties go to the better ranker alone, the smaller C, the
larger margin, the stricter thresholds); the figure with every setting chosen without the split it scores
(nested) is printed and kept in the sidecar (TOPIC8: the thresholds chosen on an older ranker's
probabilities did not fit a retrained one).

Writes `tracker/resources/topic_model.json.gz` and `topic_model.meta.json` (or into --out) unless --no-write.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from claims import same_phrase  # noqa: E402

PROBE_KINDS = ("label",)  # `topic_model.PROBE_KINDS` (`--probes label,context` adds the name in its clause)

GOLD = HERE / "devset" / "gold_claims.csv"
ARTICLES = HERE / "devset" / "articles"
TRAIN_SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13",
                "dev14", "dev15", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8",
                "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16",
                "test17", "test18", "test19")  # never test20+, dev16+ or held
C_GRID = (0.1, 0.3, 1.0, 3.0)
MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# `topic_model._acted_instead`'s thresholds, chosen with C and the margin (TOPIC8): least count, margin
# over the rules' pick, least probability (min inf: not used)
ACTED_GRID = tuple((mn, mg, p) for mn in (2, 3, 4, 5) for mg in (1, 2, 3, 4) for p in (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4)) + \
    ((float("inf"), 0, 0.0),)


def article_labels(rows: Iterable[dict], splits: Iterable[str] = TRAIN_SPLITS) -> dict[tuple[str, str], str]:
    """(split, article) -> the most common gold intervention of its claims (first met wins a tie);
    rows of other splits are skipped before anything else is read from them."""
    wanted = set(splits)
    seen: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in rows:
        if r.get("split", "") not in wanted:
            continue
        seen[(r["split"], r["article"])].append(r["intervention"])
    return {k: Counter(v).most_common(1)[0][0] for k, v in seen.items()}


@dataclass
class Example:
    split: str
    article: str
    gold: str
    n_sentences: int
    features: list[dict[str, float]]
    positive: list[bool]
    labels: list[str]
    rules: int | None  # index of the rules' pick
    confident: bool = True  # `extract.confident_pick`: else the ranker's best is taken
    acted: list[int] = field(default_factory=list)  # `topic_model._acted_with`: how often the sentences act with each
    generic: list[bool] = field(default_factory=list)  # a noun phrase (not the rules' or a table's concept)
    contexts: list[str] = field(default_factory=list)  # `TopicCandidate.context`: the words around its first mention


def load_examples() -> list[Example]:
    from tracker.articles import load_article
    from tracker.extract import sentences
    from tracker.topic_model import _acted_with, candidates, confident_pick  # (TOPIC11: as `choose` reads it)

    with GOLD.open(newline="", encoding="utf-8") as fh:
        labels = article_labels(csv.DictReader(fh))
    out = []
    for (split, name), gold in sorted(labels.items()):
        article = load_article(ARTICLES / name)
        cands = candidates(article)
        confident = confident_pick(cands[0].concept, article)
        starts = [x.start for x in sentences(article.text)]
        out.append(Example(split, name, gold, len(sentences(article.text)), [dict(c.features) for c in cands],
                           [same_phrase(gold, f"{c.concept.label} {c.concept.key}") for c in cands],
                           [c.concept.label for c in cands], next((i for i, c in enumerate(cands) if c.rules), None),
                           confident, [_acted_with(c.concept.regex, article.text, starts)[0] for c in cands],
                           [c.generic for c in cands], [c.context or c.concept.label for c in cands]))
        print(f"  {split:6} {name:30} {len(cands):3} candidates, positive: "
              f"{[c.concept.label for c, p in zip(cands, out[-1].positive) if p][:3]}", file=sys.stderr)
    return out


DROP: tuple[str, ...] = ("rules", "shares_rules_word")  # the ranker reads the article, not the rules


PROBE_C = 1.0  # the treatment probe's regularisation (balanced classes: few candidates are the topic)


# the inner folds of the nested probe: the training rows of the ranker scored on split `held` read a probe
# trained without `held` and without their own split's group (consecutive splits, 4 a group)
INNER_GROUPS = tuple(TRAIN_SPLITS[i:i + 4] for i in range(0, len(TRAIN_SPLITS), 4))


def _group(split: str) -> tuple[str, ...]:
    return next(g for g in INNER_GROUPS if split in g)


def _inner_excluded(held: str, split: str) -> tuple[str, ...]:
    return tuple(s for s in TRAIN_SPLITS if s == held or s in _group(split))


def _probe_fit(X, y, start=None):
    from sklearn.linear_model import LogisticRegression
    clf = LogisticRegression(C=PROBE_C, max_iter=3000, class_weight="balanced", warm_start=start is not None)
    if start is not None:  # (from the probe on every split: the same optimum, reached in fewer steps)
        clf.coef_, clf.intercept_ = start.coef_.copy(), start.intercept_.copy()
    return clf.fit(X, y)


@dataclass
class Probes:
    """The treatment probes' logits for every candidate, each from a probe that never saw its article's
    split (TOPIC9): `outer[kind][split]` from the probe trained without that split (what the ranker
    reads at test time, and on its training rows when the ranker is trained on every split), and
    `inner[kind][(held, article)]` from the probe trained without `held` and the article's split's group
    (`INNER_GROUPS`; the training rows of the ranker
    that scores `held`: nested, so the held split's labels reach its features by no path)."""

    kinds: tuple[str, ...]
    outer: dict[str, dict[tuple[str, str], list[float]]] = field(default_factory=dict)
    inner: dict[str, dict[tuple[str, tuple[str, str]], list[float]]] = field(default_factory=dict)
    shipped: dict[str, dict] = field(default_factory=dict)

    def features(self, e: Example, held: str | None) -> list[dict[str, float]]:
        """`e`'s candidates' features with the probes' as the ranker that scores split `held` (None: the
        ranker trained on every split) sees them."""
        from tracker.topic_model import probe_feature
        k = (e.split, e.article)
        out = [dict(f) for f in e.features]
        for kind in self.kinds:
            z = self.outer[kind][k] if held is None or held == e.split else self.inner[kind][(held, k)]
            for f, v in zip(out, z):
                f["probe_" + kind] = probe_feature(v)
        return out


def train_probes(examples: list[Example], kinds: tuple[str, ...], cache: Path | None = None) -> Probes:
    import numpy as np

    from tracker import semantic
    probes = Probes(kinds)
    if not kinds:
        return probes
    y = np.array([int(p) for e in examples for p in e.positive])
    splits = np.array([e.split for e in examples for _ in e.positive])
    bounds, i = {}, 0
    for e in examples:
        bounds[(e.split, e.article)] = (i, i + len(e.positive))
        i += len(e.positive)
    for kind in kinds:
        texts = [t for e in examples for t in (e.labels if kind == "label" else e.contexts)]
        X = semantic.encode(texts)
        cache_file = cache.with_suffix(f".probe_{kind}.json") if cache is not None else None
        if cache_file is not None and cache_file.exists():
            saved = json.loads(cache_file.read_text())
            weights = {tuple(k.split("|")) if k else (): (b, np.array(w)) for k, (b, w) in saved.items()}
        else:
            full = _probe_fit(X, y)
            weights = {(): (float(full.intercept_[0]), full.coef_[0].astype(float))}
            wanted = {(s,) for s in TRAIN_SPLITS} | {_inner_excluded(h, s) for h in TRAIN_SPLITS for s in TRAIN_SPLITS if s != h}
            for excl in sorted(wanted):
                keep = ~np.isin(splits, list(excl))
                clf = _probe_fit(X[keep], y[keep], full)
                weights[excl] = (float(clf.intercept_[0]), clf.coef_[0].astype(float))
            print(f"  probe {kind}: {len(weights)} fits", file=sys.stderr)
            if cache_file is not None:
                cache_file.write_text(json.dumps({"|".join(k): (b, w.tolist()) for k, (b, w) in weights.items()}))
        z_by = {excl: X @ w + b for excl, (b, w) in weights.items()}
        probes.outer[kind] = {k: [float(v) for v in z_by[(k[0],)][a:b]] for k, (a, b) in bounds.items()}
        probes.inner[kind] = {}
        for held in TRAIN_SPLITS:
            for k, (a, b) in bounds.items():
                if k[0] != held:
                    excl = _inner_excluded(held, k[0])
                    probes.inner[kind][(held, k)] = [float(v) for v in z_by[excl][a:b]]
        b0, w0 = weights[()]
        probes.shipped[kind] = {"bias": b0, "weights": [float(v) for v in w0]}
    return probes


def fit(examples: list[Example], C: float, probes: Probes | None = None, held: str | None = None
        ) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [f for e in examples for f in (probes.features(e, held) if probes is not None else e.features)]
    X = [{k: v for k, v in f.items() if k not in DROP} for f in rows]
    y = [int(p) for e in examples for p in e.positive]
    vec = DictVectorizer()
    clf = LogisticRegression(C=C, max_iter=5000)
    clf.fit(vec.fit_transform(X), y)
    weights = {k: float(w) for k, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if w != 0.0}
    return float(clf.intercept_[0]), weights


def predict(e: Example, bias: float, weights: dict[str, float], probes: Probes | None = None,
            held: str | None = None) -> list[float]:
    from tracker.topic_model import score
    return [score(f, bias, weights) for f in (probes.features(e, held) if probes is not None else e.features)]


def choice(e: Example, probs: list[float], margin: float | None,
           acted: tuple[float, float, float] | None = None) -> int | None:
    """The index the product would choose (margin None: the ranker alone): `topic_model.pick`, then,
    when that keeps the rules' pick, `topic_model.acted_pick` at the thresholds `acted` (min, margin,
    min_p; None: not used)."""
    from tracker.topic_model import acted_pick, fit, pick, plays_role
    if not probs:
        return None
    if margin is None:
        return max(range(len(probs)), key=lambda i: (probs[i], -i))
    roles = [plays_role(f, label) for f, label in zip(e.features, e.labels)]
    i = pick(e.labels, probs, e.rules, margin, roles, e.confident, [fit(f) for f in e.features])
    if acted is not None and i == e.rules:
        j = acted_pick(e.labels, probs, e.acted, e.generic, roles, e.rules, *acted)
        return i if j is None else j
    return i


def loso(examples: list[Example], C: float, probes: Probes | None = None) -> dict[tuple[str, str], list[float]]:
    out = {}
    for split in TRAIN_SPLITS:
        train = [e for e in examples if e.split != split]
        bias, weights = fit(train, C, probes, split)
        for e in examples:
            if e.split == split:
                out[(e.split, e.article)] = predict(e, bias, weights, probes, split)
    return out


def accuracy(examples: list[Example], picks: dict[tuple[str, str], int | None]) -> dict[str, tuple[int, int]]:
    per: dict[str, list[int]] = {s: [0, 0] for s in TRAIN_SPLITS}
    for e in examples:
        i = picks[(e.split, e.article)]
        per[e.split][0] += int(i is not None and e.positive[i])
        per[e.split][1] += 1
    return {s: (a, b) for s, (a, b) in per.items() if b}


def total(acc: dict[str, tuple[int, int]]) -> int:
    return sum(a for a, _ in acc.values())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--out", type=Path, help="write the model and sidecar to this directory instead of tracker/resources")
    ap.add_argument("--verbose", action="store_true", help="name the articles each reader gets wrong")
    ap.add_argument("--keep-rules-feature", action="store_true", help="let the ranker see which candidate the rules picked")
    ap.add_argument("--drop", default="", help="comma-separated features to leave out (an ablation)")
    ap.add_argument("--cache", type=Path, help="read the candidates from this pickle, or write them there (experiments)")
    ap.add_argument("--probes", default=",".join(PROBE_KINDS), help="the treatment probes the ranker reads "
                    "(comma-separated, of label,context; empty: none)")
    args = ap.parse_args(argv)
    global DROP
    if args.keep_rules_feature:
        DROP = ()
    DROP = DROP + tuple(x for x in args.drop.split(",") if x)
    if args.cache is not None and args.cache.exists():
        import pickle
        examples = pickle.loads(args.cache.read_bytes())
    else:
        examples = load_examples()
        if args.cache is not None:
            import pickle
            args.cache.write_bytes(pickle.dumps(examples))
    kinds = tuple(k for k in args.probes.split(",") if k)
    probes = train_probes(examples, kinds, args.cache)
    n = len(examples)
    reachable = sum(any(e.positive) for e in examples)
    rules_picks = {(e.split, e.article): e.rules for e in examples}
    rules_acc = accuracy(examples, rules_picks)
    print(f"{n} articles; a positive candidate exists for {reachable}; rules right on {total(rules_acc)}")

    # the joint grid (TOPIC8): C, the margin and the acted thresholds together, on out-of-fold
    # probabilities; `pick` depends on C and the margin only, `acted_pick` on C and its thresholds only
    from tracker.topic_model import acted_pick, plays_role
    keys = [(e.split, e.article) for e in examples]
    configs = [(c, m, a) for c in C_GRID for m in MARGINS for a in ACTED_GRID]
    right: dict[tuple, dict[str, int]] = {}
    grid = {}
    for C in C_GRID:
        probs = loso(examples, C, probes)
        alone_right = sum(e.positive[choice(e, probs[k], None)] for e, k in zip(examples, keys))
        picked = {m: [choice(e, probs[k], m) for e, k in zip(examples, keys)] for m in MARGINS}
        roles = [[plays_role(f, label) for f, label in zip(e.features, e.labels)] for e in examples]
        for a in ACTED_GRID:
            acted = [acted_pick(e.labels, probs[k], e.acted, e.generic, r, e.rules, *a)
                     for e, k, r in zip(examples, keys, roles)]
            for m in MARGINS:
                per: dict[str, int] = defaultdict(int)
                for e, i, j in zip(examples, picked[m], acted):
                    final = j if (i == e.rules and j is not None) else i
                    per[e.split] += int(final is not None and e.positive[final])
                right[(C, m, a)] = per
        grid[C] = (alone_right, probs)
        row = {m: sum(right[(C, m, ACTED_GRID[-1])].values()) for m in MARGINS}
        best_a = max(sum(right[(C, m, a)].values()) for m in MARGINS for a in ACTED_GRID)
        print(f"C={C:<4} ranker alone {alone_right}/{n}; rules + ranker at margin (no acted) " +
              " ".join(f"{m}:{row[m]}" for m in MARGINS) + f"; best with acted {best_a}")

    def tie(cfg: tuple, splits: set[str]) -> tuple:
        c, m, a = cfg
        return (sum(v for s_, v in right[cfg].items() if s_ in splits), grid[c][0], -c, m, a[0], a[1], a[2])

    # nested: each split scored by the settings chosen on the other splits (the whole procedure, out of fold)
    nested = {}
    for held in TRAIN_SPLITS:
        others = set(TRAIN_SPLITS) - {held}
        cfg = max(configs, key=lambda cf: tie(cf, others))
        nested[held] = (right[cfg].get(held, 0), cfg)
    print("nested leave-one-split-out (settings chosen without the split): " +
          f"{sum(v for v, _ in nested.values())}/{n}")
    for held, (v, cfg) in nested.items():
        print(f"  {held:6} {v}  C={cfg[0]} margin={cfg[1]} acted={cfg[2]}")
    C, margin, acted_cfg = max(configs, key=lambda cf: tie(cf, set(TRAIN_SPLITS)))
    probs = grid[C][1]
    combined = {(e.split, e.article): choice(e, probs[(e.split, e.article)], margin, acted_cfg) for e in examples}
    alone = {(e.split, e.article): choice(e, probs[(e.split, e.article)], None) for e in examples}
    acc_c, acc_a = accuracy(examples, combined), accuracy(examples, alone)
    print(f"\nchosen C={C}, margin={margin}, acted={acted_cfg}; leave-one-split-out accuracy per split "
          "(rules / ranker / product / product with settings chosen without the split):")
    for s in rules_acc:
        print(f"  {s:6} {rules_acc[s][0]}/{rules_acc[s][1]}  {acc_a[s][0]}/{acc_a[s][1]}  {acc_c[s][0]}/{acc_c[s][1]}  "
              f"{nested[s][0]}/{rules_acc[s][1]}")
    print(f"  total  {total(rules_acc)}/{n}  {total(acc_a)}/{n}  {total(acc_c)}/{n}  {sum(v for v, _ in nested.values())}/{n}")
    changed = []
    for e in examples:
        k = (e.split, e.article)
        if combined[k] != e.rules:
            before = e.rules is not None and e.positive[e.rules]
            after = combined[k] is not None and e.positive[combined[k]]
            changed.append(f"{e.split}/{e.article}: {e.labels[e.rules] if e.rules is not None else None!r} -> "
                           f"{e.labels[combined[k]]!r} (gold {e.gold!r}) {'fixed' if after and not before else 'broken' if before and not after else 'same'}")
    print("out-of-fold changes to the rules' pick:\n  " + "\n  ".join(changed or ["none"]))
    if args.verbose:
        for e in examples:
            k = (e.split, e.article)
            if alone[k] is not None and not e.positive[alone[k]]:
                p = probs[k]
                top = sorted(range(len(p)), key=lambda i: -p[i])[:4]
                print(f"  ranker miss {e.split}/{e.article} (gold {e.gold!r}): " +
                      ", ".join(f"{e.labels[i]!r} {p[i]:.2f}{'+' if e.positive[i] else ''}" for i in top) +
                      (f"; rules {e.labels[e.rules]!r} {p[e.rules]:.2f}" if e.rules is not None else ""))

    bias, weights = fit(examples, C, probes)
    if args.no_write:
        return 0
    from tracker import topic_model as tm
    # the shortest training article: the product keeps the rules' pick below it (outside the data)
    min_sentences = min(e.n_sentences for e in examples)
    payload = {"feature_version": tm.FEATURE_VERSION, "bias": bias, "weights": weights, "margin": margin,
               "min_sentences": min_sentences,
               "acted": {"min": acted_cfg[0], "margin": acted_cfg[1], "min_p": acted_cfg[2]}}
    blob = gzip.compress(json.dumps(payload, sort_keys=True).encode(), mtime=0)
    model_path, meta_path = tm.MODEL_PATH, tm.META_PATH
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        model_path, meta_path = args.out / tm.MODEL_PATH.name, args.out / tm.META_PATH.name
    model_path.write_bytes(blob)
    import sklearn
    probe_path, probe_meta_path = tm.PROBE_PATH, tm.PROBE_META_PATH
    if args.out is not None:
        probe_path, probe_meta_path = args.out / tm.PROBE_PATH.name, args.out / tm.PROBE_META_PATH.name
    if kinds:
        probe_blob = gzip.compress(json.dumps({"feature_version": tm.FEATURE_VERSION, "probes": probes.shipped,
                                               "context_words": tm.CONTEXT_WORDS}, sort_keys=True).encode(), mtime=0)
        probe_path.write_bytes(probe_blob)
        probe_meta = {"model_file": tm.PROBE_PATH.name, "model_sha256": hashlib.sha256(probe_blob).hexdigest(),
                      "format": "gzip JSON: per kind, a logistic probe (bias, 384 weights) over semantic.encode (no pickle)",
                      "feature_version": tm.FEATURE_VERSION, "trained": dt.date.today().isoformat(),
                      "kinds": {"label": "the candidate's name alone",
                                "context": f"the name with up to {tm.CONTEXT_WORDS} words either side of its first mention in prose"},
                      "encoder": "all-MiniLM-L6-v2 (tracker.semantic)",
                      "data": "candidates of topic_model.candidates on benchmarks/devset/gold_claims.csv splits " +
                              ", ".join(TRAIN_SPLITS) + "; positive: names the article's most common gold intervention",
                      "data_sha256": hashlib.sha256(GOLD.read_bytes()).hexdigest(),
                      "hyperparameters": {"C": PROBE_C, "class_weight": "balanced"},
                      "out_of_fold": "the ranker's features come from probes trained without the article's split, and "
                                     "(nested) without the split its ranker is scored on; this file holds the probe "
                                     "trained on every split, for the product",
                      "versions": {"python": sys.version.split()[0], "scikit-learn": sklearn.__version__}}
        probe_meta_path.write_text(json.dumps(probe_meta, indent=2) + "\n")
    meta = {"model_file": tm.MODEL_PATH.name, "model_sha256": hashlib.sha256(blob).hexdigest(),
            "format": "gzip JSON: bias, per-feature weights, margin (no pickle)",
            "feature_version": tm.FEATURE_VERSION, "trained": dt.date.today().isoformat(),
            "data": "benchmarks/devset/gold_claims.csv splits " + ", ".join(TRAIN_SPLITS) +
                    " (other splits dropped as read); label: each article's most common gold intervention",
            "data_sha256": hashlib.sha256(GOLD.read_bytes()).hexdigest(),
            "probes": list(kinds), "n_articles": n, "n_candidates": sum(len(e.features) for e in examples), "n_reachable": reachable,
            "hyperparameters": {"C": C, "margin": margin, "min_sentences": min_sentences,
                                "acted": {"min": acted_cfg[0], "margin": acted_cfg[1], "min_p": acted_cfg[2]},
                                "acted_grid": "least count 2-5, margin 1-4, least probability 0-0.4, or off", "features_left_out": list(DROP), "C_grid": list(C_GRID), "margins": list(MARGINS),
                                "selection": "leave-one-split-out total accuracy of the product's choice (pick, then acted_pick), C, margin and acted thresholds chosen together (ties: ranker alone, smaller C, larger margin, stricter acted thresholds)"},
            "leave_one_split_out": {s: {"rules": list(rules_acc[s]), "ranker": list(acc_a[s]), "product": list(acc_c[s])}
                                    for s in rules_acc},
            "leave_one_split_out_total": {"rules": total(rules_acc), "ranker": total(acc_a), "product": total(acc_c), "n": n,
                                          "product_nested": sum(v for v, _ in nested.values())},
            "oof_changes": changed,
            "note": "the rules were tuned on these same articles, so their figure is in-sample",
            "versions": {"python": sys.version.split()[0], "scikit-learn": sklearn.__version__}}
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    print(f"wrote {model_path} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
