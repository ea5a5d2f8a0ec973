"""Round 14 (QST14): a bare head noun as the main intervention ("pen") gives way to the compound
the labels name and the text repeats in any spelling, its clipped modifier written out in full."""

from __future__ import annotations

from tests.extracting import article
from tracker.extract import detect_intervention

_CLIP = """TRANSCRIPT: @glowwithjo, short video, 0:40
Caption: I tried the viral face stick so you don't have to #peptidstick #glow

[0:00] ON SCREEN TEXT: I tried the viral PEPTID STICK at home
[0:02] JO: Okay so this is the GlowMax stick, thirty dollars online. You click in a cartridge of peptide serum and rub it on.
[0:08] JO: The peptide serum in the cartridge also smooths my forehead lines.
[0:12] ON SCREEN TEXT: 2x smoother skin in ONE week
[0:15] JO: Honestly the stick doesn't sting at all.
[0:20] JO: The stick is gentle, and these sticks are cheap.
"""


def test_a_bare_head_takes_the_labelled_compound_the_text_repeats():
    # "face stick" is said once (a description); "PEPTID STICK" recurs as "#peptidstick";
    # "peptid" clips "peptide", the word the text repeats in full ("peptide serum" is no treatment)
    assert detect_intervention(article(_CLIP)).label == "peptide stick"


def test_a_compound_said_once_leaves_the_head_alone():
    text = _CLIP.replace("#peptidstick ", "")
    assert detect_intervention(article(text)).label == "stick"
