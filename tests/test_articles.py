"""Article loading: formats, decoding, offsets, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from tracker.articles import (article_from_bytes, html_to_text, load_article, load_articles,
                              markdown_to_text, paragraph_around)
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
