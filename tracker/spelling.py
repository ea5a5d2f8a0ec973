"""British and American spellings of a word: colour/color, ageing/aging, oedema/edema, randomised/randomized.

Popular copy is written in either spelling and the literature mostly in American spelling. PubMed joins such
pairs only for terms its automatic mapping translates; a field-tagged term (`colour[tiab]`) is searched as
written, and so is every term in the local index. So a term written in one spelling misses records written in
the other. The rules below are English orthography (-our/-or, -ise/-ize, -yse/-yze, -re/-er after b or t, the
ligatures ae and oe, the e kept before -ing), not a list of words. They may produce strings that are no word
("contour" -> "contor"); those match nothing, so searching them as well costs nothing.
"""

from __future__ import annotations

import re

# (pattern, replacement) on a lower-case word, tried in order; the first that changes the word gives its variant
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
    # colour, odour, favourable, behaviours <-> color, odor, favorable, behaviors (two letters or more before the
    # ending, the last no a, e, o or u: never "four", "hour", "door", "floor")
    (r"^([a-z]+[^aeou])our(s|ed|ing|ful|able|ably|ite|ites|ation|less)?$", r"\1or\2"),
    (r"^([a-z]+[^aeou])or(s|ed|ing|ful|able|ably|ite|ites|ation|less)?$", r"\1our\2"),
    # randomised, randomisation <-> randomized, randomization; analyse <-> analyze
    (r"^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$", r"\1iz\2"),
    (r"^([a-z]{3,})iz(e|es|ed|ing|ation|ations|er|ers)$", r"\1is\2"),
    (r"^([a-z]{2,})ys(e|es|ed|ing)$", r"\1yz\2"),
    (r"^([a-z]{2,})yz(e|es|ed|ing)$", r"\1ys\2"),
    # ageing <-> aging: British keeps a stem's silent e before -ing after a vowel and g
    (r"^([a-z]*[aeiou])geing$", r"\1ging"),
    (r"^([a-z]*[aeiou])ging$", r"\1geing"),
    # centre, fibre, litre <-> center, fiber, liter
    (r"^([a-z]{2,}[bt])re(s|d)?$", r"\1er\2"),
    (r"^([a-z]{2,}[bt])er(s|ed)?$", r"\1re\2"),
    # the ligatures: anaemia, haematoma, oedema, oestrogen, diarrhoea -> anemia, hematoma, edema, estrogen, diarrhea
    # (one way only: which "e" was once a ligature cannot be told; "oe" before a final s is a verb's ending: "does")
    (r"^([a-z]*?)ae([a-z]+)$", r"\1e\2"),
    (r"^([a-z]*?)oe(?!s?$)([a-z]+)$", r"\1e\2"),
))


def variant(word: str) -> str | None:
    """The word in the other spelling, or None when no rule changes it. Case is kept for an all-lower word
    only; a trailing PubMed truncation `*` is kept."""
    star = word.endswith("*")
    core = word[:-1] if star else word
    if not core.isalpha() or not core.islower() or len(core) < 4:
        return None
    for pattern, repl in _RULES:
        out = pattern.sub(repl, core)
        if out != core:
            return out + ("*" if star else "")
    return None


def phrase_variant(phrase: str) -> str | None:
    """A phrase with every word that has one in its other spelling ("skin of colour" -> "skin of color")."""
    parts = re.split(r"([^\w*]+)", phrase)
    changed = [variant(p) or p if i % 2 == 0 else p for i, p in enumerate(parts)]
    out = "".join(changed)
    return out if out != phrase else None


def forms(word: str) -> tuple[str, ...]:
    """The word and its other spelling, if any."""
    other = variant(word.lower())
    return (word.lower(), other) if other else (word.lower(),)
