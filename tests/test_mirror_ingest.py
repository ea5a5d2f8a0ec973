"""`tracker mirror ingest`: PubMed baseline/update files into the local index, streamed,
DeleteCitation honoured, newest version wins, resumable after SIGKILL.

Input files are made from the real PubMed records in ../shared/fixtures/entrez, replicated
with new PMIDs.
"""

from __future__ import annotations

import copy
import gzip
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from lxml import etree

from tracker.local_index import IngestProgress, LocalIndex, ingest, open_mirror_backend
from tracker.models import Record
from tracker.pubmed_xml import parse

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXTURES = SHARED / "fixtures" / "entrez"
ROOT = Path(__file__).resolve().parents[1]

HEADER = (
    b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
    b'1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
    b"<PubmedArticleSet>\n"
)


def fixture_articles() -> list[etree._Element]:
    """Every PubmedArticle of the real fixture files."""
    if not FIXTURES.is_dir():
        pytest.fail(f"{FIXTURES} is missing: tests read fixtures from ../shared beside the project")
    out = []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    for path in sorted(FIXTURES.glob("pubmed*.xml")):
        root = etree.parse(str(path), parser).getroot()
        out.extend(root.iter("PubmedArticle"))
    assert len(out) >= 5
    return out


def article_xml(template: etree._Element, pmid: int, title: str | None = None) -> bytes:
    el = copy.deepcopy(template)
    el.find("MedlineCitation/PMID").text = str(pmid)
    for aid in el.iterfind("PubmedData/ArticleIdList/ArticleId"):
        if aid.get("IdType") == "pubmed":
            aid.text = str(pmid)
    if title is not None:
        node = el.find("MedlineCitation/Article/ArticleTitle")
        for child in list(node):  # inline markup (<i>, <sup>) would otherwise stay in the title
            node.remove(child)
        node.text = title
    el.tail = "\n"
    return etree.tostring(el)


def write_file(path: Path, articles: list[tuple[int, str | None]], deletes: list[int] = (),
               templates=None) -> Path:
    templates = templates or fixture_articles()
    body = [HEADER]
    for i, (pmid, title) in enumerate(articles):
        body.append(article_xml(templates[i % len(templates)], pmid, title))
    if deletes:
        body.append(b"<DeleteCitation>\n")
        body += [f'<PMID Version="1">{p}</PMID>\n'.encode() for p in deletes]
        body.append(b"</DeleteCitation>\n")
    body.append(b"</PubmedArticleSet>\n")
    data = b"".join(body)
    if path.suffix == ".gz":
        data = gzip.compress(data, compresslevel=1)
    path.write_bytes(data)
    return path


def titles(index_path: Path) -> dict[str, str]:
    with LocalIndex(index_path, create=False) as idx:
        pmids = [str(r[0]) for r in idx.db.execute("SELECT pmid FROM records")]
        return {r.pmid: r.title for r in idx.fetch(pmids)}


def assert_index_consistent(index_path: Path, expected: dict[str, str]) -> None:
    """Records table == expected, and the FTS index holds each PMID exactly once."""
    assert titles(index_path) == expected
    with LocalIndex(index_path, create=False) as idx:
        every = idx.search("1800:3000[dp]", max_ids=10**7)
        undated = idx.db.execute("SELECT count(*) FROM records WHERE year IS NULL").fetchone()[0]
        assert every.count == len(expected) - undated
        assert len(set(every.pmids)) == len(every.pmids)
        # a duplicated or missing FTS row shows up when every PMID is looked up by [pmid]
        for pmid in list(expected)[:: max(1, len(expected) // 50)]:
            assert idx.search(f"{pmid}[pmid]").pmids == [pmid]
        idx.db.execute("INSERT INTO fts(fts, rank) VALUES ('integrity-check', 0)")


def test_baseline_then_update(tmp_path):
    baseline = write_file(tmp_path / "pubmed25n0001.xml.gz", [(1000 + i, None) for i in range(40)])
    update = write_file(
        tmp_path / "pubmed25n0002.xml",
        [(1005, "Revised title of 1005"), (2000, "A brand new record")],
        deletes=[1010, 1011, 999999],
    )
    seen: list[IngestProgress] = []
    index_path = tmp_path / "mirror.db"
    report = ingest(index_path, [baseline, update], progress=seen.append, commit_every=7)
    assert report.added == 42 and report.deleted == 2 and report.total_records == 39
    assert [f.skipped for f in report.files] == [False, False]
    assert seen and seen[-1].file_number == 2 and seen[-1].bytes_done == seen[-1].bytes_total

    got = titles(index_path)
    assert set(got) == {str(1000 + i) for i in range(40)} - {"1010", "1011"} | {"2000"}
    assert got["1005"] == "Revised title of 1005" and got["2000"] == "A brand new record"
    assert_index_consistent(index_path, got)

    backend = open_mirror_backend(index_path)
    try:
        r = backend.search('"brand new"[ti]')
        assert r.source == "mirror" and r.pmids == ("2000",)
        parsed = {r.pmid: r for r in parse(str(update)) if isinstance(r, Record)}
        assert list(backend.fetch(["2000", "1005"])) == [parsed["2000"], parsed["1005"]]
        assert parsed["2000"].text_kind == "abstract"
        assert backend.search("revised[ti]").pmids == ("1005",)
    finally:
        backend.close()

    # Running again changes nothing: both files are recorded as complete.
    again = ingest(index_path, [baseline, update])
    assert [f.skipped for f in again.files] == [True, True] and again.added == 0
    assert titles(index_path) == got


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(Exception, match="no such file to ingest"):
        ingest(tmp_path / "m.db", [tmp_path / "nope.xml.gz"])


def test_resumes_after_sigkill_without_duplicates_or_gaps(tmp_path):
    templates = fixture_articles()
    n = 1500
    baseline = write_file(tmp_path / "base.xml.gz", [(10_000 + i, None) for i in range(n)], templates=templates)
    update = write_file(
        tmp_path / "upd.xml",
        [(10_000 + i, f"Updated {i}") for i in range(0, n, 10)] + [(50_000 + i, None) for i in range(100)],
        deletes=list(range(10_001, 10_000 + n, 10)),
        templates=templates,
    )
    files = [baseline, update]
    index_path = tmp_path / "mirror.db"

    # The child ingests with small commits and pauses at every commit, so the kill lands mid-file.
    script = textwrap.dedent(f"""
        import time
        from tracker.local_index import ingest
        ingest({str(index_path)!r}, {[str(f) for f in files]!r}, commit_every=40,
               progress=lambda p: time.sleep(0.03))
    """)
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        done = 0
        while time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
            if not index_path.exists():
                continue
            try:
                db = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True, timeout=5)
                row = db.execute("SELECT sum(items_done) FROM ingested_files").fetchone()
                db.close()
            except sqlite3.OperationalError:
                continue
            done = row[0] or 0
            if done >= 400:
                break
        assert child.poll() is None, "the ingest finished before it could be killed"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert 0 < done < n

    report = ingest(index_path, files)
    assert report.files[0].resumed_from > 0 and not report.files[0].skipped

    expected = {str(10_000 + i): None for i in range(n)}
    for i in range(0, n, 10):
        expected[str(10_000 + i)] = f"Updated {i}"
    for p in range(10_001, 10_000 + n, 10):
        del expected[str(p)]
    got = titles(index_path)
    assert set(got) == set(expected) | {str(50_000 + i) for i in range(100)}
    for pmid, title in expected.items():
        if title is not None:
            assert got[pmid] == title
    assert_index_consistent(index_path, got)
    with LocalIndex(index_path, create=False) as idx:
        updated = {p for p, t in expected.items() if t is not None}
        assert set(idx.search('"updated"[ti]', max_ids=10**6).pmids) == updated
        # replaced versions left no stale words behind in the contentless FTS index
        for template in templates:
            words = " ".join("".join(template.find("MedlineCitation/Article/ArticleTitle").itertext()).split()[:3])
            stale = set(idx.search(f'"{words.replace(chr(34), "")}"[ti]', max_ids=10**6).pmids) & updated
            assert not stale, words
