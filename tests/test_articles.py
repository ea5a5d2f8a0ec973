"""Article loading: formats, decoding, offsets, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.articles import (
    _all_text,
    article_from_bytes,
    html_to_text,
    load_article,
    load_articles,
    markdown_to_text,
    paragraph_around,
)
from tracker.errors import InputError
from tracker.paths import ARTICLES_DIR

SHARED_ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "articles"


def test_corpus_is_the_shared_articles_unchanged():
    names = sorted(p.name for p in SHARED_ARTICLES.iterdir())
    assert names == sorted(p.name for p in ARTICLES_DIR.iterdir())
    for name in names:
        assert (ARTICLES_DIR / name).read_bytes() == (SHARED_ARTICLES / name).read_bytes()


def test_plain_text_is_stored_as_decoded():
    for a in load_articles(ARTICLES_DIR):
        raw = (ARTICLES_DIR / a.name).read_text(encoding="utf-8")
        assert a.text == raw
        assert a.format == "text"
        assert a.title == raw.strip().splitlines()[0].strip()
        assert len(a.sha256) == 64


def test_html_tags_stripped_entities_decoded_scripts_dropped():
    title, text = html_to_text(
        "<html><head><title>Pores &amp; you</title><style>p{}</style></head><body>"
        "<h1>Needling</h1><p>It shrinks pores by 80&nbsp;%.</p><script>alert('x')</script>"
        "<p>Safe &lt;always&gt;</p></body></html>")
    assert title == "Pores & you"
    assert "It shrinks pores by 80 %." in text
    assert "Safe <always>" in text
    assert "alert" not in text and "p{}" not in text


def test_markdown_markup_removed():
    text = markdown_to_text("# Title\n\nIt **really** works, see [the study](http://x.y).\n> quoted *claim*\n")
    assert text == "Title\n\nIt really works, see the study.\nquoted claim\n"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=200))
def test_offsets_are_stable_for_any_text(body):
    data = ("Title\n" + body).encode("utf-8")
    a1 = article_from_bytes("x.txt", data)
    a2 = article_from_bytes("x.txt", data)
    assert a1.text == a2.text
    # plain text keeps every character except normalised newlines
    assert a1.text == ("Title\n" + body).replace("\r\n", "\n").replace("\r", "\n")


def test_utf16_with_bom_and_utf8_bom_decode(tmp_path):
    (tmp_path / "a.txt").write_bytes("Microneedling works.\n".encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbfMicroneedling works.\n")
    assert load_article(tmp_path / "a.txt").text == "Microneedling works.\n"
    assert load_article(tmp_path / "b.txt").text == "Microneedling works.\n"


@pytest.mark.parametrize("data, message", [
    (b"", "is empty"),
    (b"   \n\n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("Caf\u00e9 needling".encode("cp1252"), "is not UTF-8 (byte 0xe9 at offset 3)"),
    (b"<html><script>x()</script></html>", "no readable text"),
])
def test_bad_articles_get_clear_errors(tmp_path, data, message):
    path = tmp_path / ("bad.html" if b"<html>" in data else "bad.txt")
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        load_article(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_size_limit_names_the_file(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(InputError, match=r"huge.txt: is 2,000 bytes; articles are limited to 1,000"):
        load_article(path, max_bytes=1000)


def test_paragraph_around():
    text = "one\ntwo three four\nfive"
    start = text.index("three")
    assert text[slice(*paragraph_around(text, start, start + 5))] == "two three four"


# A news page as it is served: navigation, the article, a related-links sidebar whose headlines
# read like claims, and a footer with a disclaimer.
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Does microneedling really regrow hair? | Glow Daily</title>
<meta name="author" content="Dana Reyes"><meta property="article:published_time" content="2024-05-02">
<script>var x = "Microneedling cures baldness";</script></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/skin">Skin</a></li><li><a href="/hair">Hair</a></li><li><a href="/about">About us</a></li></ul></nav></header>
<div class="layout">
<main><article>
<h1>Does microneedling really regrow hair?</h1>
<p class="byline">By Dana Reyes</p>
<p>Microneedling has become one of the most talked-about treatments for thinning hair. Clinics say that a few sessions can wake up dormant follicles, and home rollers promise similar results for a fraction of the price.</p>
<p>In a 12-week trial, men who combined microneedling with minoxidil grew more hair than men who used minoxidil alone. Dermatologists caution that the treatment is not risk-free: redness and pinpoint bleeding are common for a day or two.</p>
<p>Some practitioners claim that microneedling doubles the absorption of topical serums, although the studies behind that figure were small.</p>
<h2>Is it safe at home?</h2>
<p>Home dermarollers use shorter needles than clinic devices, which lowers the risk of scarring, but they must be disinfected after every use to prevent infection.</p>
</article></main>
<aside class="sidebar related"><h3>Related articles</h3><ul>
<li><a href="/a1">Rosemary oil regrows hair faster than minoxidil</a></li>
<li><a href="/a2">Collagen supplements erase wrinkles in two weeks</a></li>
<li><a href="/a3">Red light therapy reverses balding for good</a></li>
</ul></aside>
</div>
<footer><p>© 2024 Glow Daily. All rights reserved.</p><p>This site does not provide medical advice. Consult a doctor before starting any treatment.</p><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
</body></html>
"""
SIDEBAR = ("Rosemary oil regrows hair faster than minoxidil", "Collagen supplements erase wrinkles in two weeks",
           "Red light therapy reverses balding for good")


def test_html_page_boilerplate_is_not_taken_as_claims():
    import dataclasses

    from tracker.claims import load_questions
    from tracker.extract import extract_claims
    from tracker.paths import QUESTIONS_CSV

    a = article_from_bytes("page.html", PAGE.encode("utf-8"))
    assert a.format == "html" and a.title == "Does microneedling really regrow hair? | Glow Daily"
    assert "In a 12-week trial, men who combined microneedling with minoxidil grew more hair" in a.text
    assert "Is it safe at home?" in a.text
    for boilerplate in (*SIDEBAR, "Related articles", "About us", "Privacy policy", "All rights reserved",
                        "does not provide medical advice", "Microneedling cures baldness"):
        assert boilerplate not in a.text, boilerplate
    questions = load_questions(QUESTIONS_CSV)
    cands = extract_claims(a, questions)
    assert cands and all(a.text[c.claim.start:c.claim.end] == c.claim.quote for c in cands)  # offsets index the text
    assert any("doubles the absorption" in c.claim.quote for c in cands)
    assert not [c.claim.quote for c in cands if any(h in c.claim.quote for h in SIDEBAR)]
    # the reference: the same page with only its tags stripped takes a sidebar headline as a claim
    _, whole = _all_text(PAGE)
    naive = extract_claims(dataclasses.replace(a, text=whole), questions)
    assert [c.claim.quote for c in naive if any(h in c.claim.quote for h in SIDEBAR)]


def test_html_text_is_a_deterministic_function_of_the_bytes():
    a1 = article_from_bytes("page.html", PAGE.encode("utf-8"))
    a2 = article_from_bytes("page.html", PAGE.encode("utf-8"))
    assert a1.text == a2.text and a1.text.endswith("\n") and "\n\n\n" not in a1.text


def test_html_without_main_text_keeps_all_its_text():
    """A fragment trafilatura finds no article in is not emptied: every word is kept."""
    title, text = html_to_text("<div><span>Rollers help serums absorb.</span></div>")
    assert "Rollers help serums absorb." in text


def test_a_pasted_markdown_heading_gives_the_title_without_its_marks():
    art = article_from_bytes("pasted-1.txt", b"# Glow Up: What Light Devices Can Do\n\nBlue light clears acne.\n")
    assert art.title == "Glow Up: What Light Devices Can Do"
    assert article_from_bytes("pasted-2.txt", b"#1 tip: sleep more\n").title == "#1 tip: sleep more"
