"""The "Audit an article" page and its jobs, through Streamlit's AppTest on real SQLite stores and
the embedded snapshot: paste and upload, the review step, grading in a worker thread, results,
and the plain messages for bad uploads, claim-less articles and searches that find nothing.

Until app.py registers the page, `entry` runs a copy of the dashboard with the page added to its
navigation (the same views, so the links between pages are real).
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tracker import jobs, paths
from tracker.claims import load_questions
from tracker.extract import extract_claims
from tracker.store import Store

ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = ROOT / "tracker" / "dashboard"
EXAMPLES = ROOT / "data" / "examples"
AUDIT = "views/audit.py"
TIMEOUT = 30

# Microneedling claims: the embedded snapshot holds studies for most of them.
MICRONEEDLING = """Microneedling at home: what the science says

Microneedling pricks the skin with fine needles to trigger repair.
Microneedling improves atrophic acne scars after a few sessions.
Microneedling also reduces stretch marks.
Regular microneedling stimulates new collagen in the skin.
Some people worry that it causes infections, but redness after microneedling lasts only a day or two.
"""
NO_CLAIMS = "A walk by the sea\n\nWe went for a walk by the sea on Sunday. The weather was lovely and the cafe was open.\n"


@pytest.fixture(scope="module")
def entry() -> Path:
    app = DASHBOARD / "app.py"
    assert "ui.AUDIT" in app.read_text(encoding="utf-8"), "the audit page is in the dashboard's navigation"
    return app


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "tracker.db"
    monkeypatch.setenv("TRACKER_DB", str(path))
    for var in ("NCBI_EMAIL", "NCBI_API_KEY", "TRACKER_SOURCE", "TRACKER_MIRROR", "TRACKER_MAX_UPLOAD_BYTES"):
        monkeypatch.delenv(var, raising=False)
    return path


def open_page(entry: Path, **query) -> AppTest:
    at = AppTest.from_file(str(entry), default_timeout=TIMEOUT)
    at.switch_page(AUDIT)
    at.query_params.update(query)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def rerun_until(at: AppTest, done, timeout: float = 20.0) -> AppTest:
    """Rerun the page (as its polling fragment would) until `done(at)`."""
    deadline = time.monotonic() + timeout
    while True:
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        if done(at):
            return at
        assert time.monotonic() < deadline, "the page never reached the expected step"
        time.sleep(0.05)


def in_review(at: AppTest) -> bool:
    return bool(at.data_editor) or any("No checkable claims" in i.value for i in at.info)


def graded(at: AppTest) -> bool:
    return bool(at.success)


def paste(at: AppTest, text: str, title: str = "") -> AppTest:
    at.text_input(key="paste_title").set_value(title)
    at.text_area(key="paste_text").set_value(text)
    at.button(key="paste_go").click().run()
    return at


def upload(at: AppTest, name: str, content: bytes, mime: str = "text/plain") -> AppTest:
    at.file_uploader(key="upload_file").set_value((name, content, mime))
    at.button(key="upload_go").click().run()
    return at


def bodies(at: AppTest) -> str:
    return "\n".join(str(n.value) for kind in ("markdown", "caption", "info", "error", "warning", "success",
                                               "subheader", "title")
                     for n in getattr(at, kind))


def job_of(at: AppTest, db: Path) -> jobs.Job:
    job = jobs.get_job(db, at.query_params["job"][0] if isinstance(at.query_params["job"], list)
                       else at.query_params["job"])
    assert job is not None
    return job


def expected_candidates(text: str, name: str = "pasted text"):
    """What the extractor finds on its own, for comparison with what the page offers."""
    art = jobs.read_article(name, text.encode("utf-8"))
    return extract_claims(art, load_questions(paths.QUESTIONS_CSV), min_score=jobs.DEFAULT_MIN_SCORE)


# ---- the page ---------------------------------------------------------------------------


def test_paste_review_edit_grade_and_results(entry, db):
    at = open_page(entry)
    assert "embedded snapshot" in bodies(at) and "Evidence source for new audits" in bodies(at)
    paste(at, MICRONEEDLING, title="Needling at home")
    rerun_until(at, in_review)
    job = job_of(at, db)
    assert job.article.title == "Needling at home" and job.status == "review"
    editor = at.data_editor[0]
    rows = editor.value
    expected = expected_candidates(MICRONEEDLING)
    assert list(rows["quote"]) == [c.claim.quote for c in expected]
    assert set(rows["origin"]) == {"auto"} and rows["keep"].all()
    assert at.button(key="grade").label.startswith(f"Grade {len(rows)} claims on the embedded snapshot")

    # Drop the first claim, reword the second, rephrase the third one's question.
    reworded = "Microneedling improves atrophic acne scars (reworded)"
    at.session_state[editor.key] = {"edited_rows": {0: {"keep": False}, 1: {"claim": reworded}},
                                    "added_rows": [], "deleted_rows": []}
    at.run()
    third_q = rows["question_id"][2]
    at.text_input(key=f"q_statement_{job.job_id}_{third_q}").set_value("Does needling fade stretch marks?")
    at.run()
    assert at.button(key="grade").label.startswith(f"Grade {len(rows) - 1} claims")
    # A question used only by the dropped claim is no longer listed for editing.
    if rows["question_id"][0] not in set(rows["question_id"][1:]):
        assert not any(w.key == f"q_statement_{job.job_id}_{rows['question_id'][0]}" for w in at.text_input)
    at.button(key="grade").click()
    rerun_until(at, graded)

    job = job_of(at, db)
    assert job.status == "complete" and job.run_id is not None
    kept_ids = list(rows["claim_id"][1:])
    with Store(db, readonly=True) as s:
        claims = s.claims_frame()
        mine = claims[claims["article"] == job.article.name]
        verdicts = s.run_verdicts_frame(job.run_id)
        qs = s.questions_frame().set_index("question_id")
        article = s.article(job.article.name)
    assert list(mine["claim_id"]) == kept_ids and set(mine["origin"]) == {"auto"}
    assert mine.set_index("claim_id").loc[rows["claim_id"][1], "claim"] == reworded
    assert sorted(verdicts["claim_id"]) == sorted(kept_ids)  # the run graded exactly the reviewed claims
    edited = jobs.edited_id(third_q, job.job_id)
    assert qs.loc[edited, "statement"] == "Does needling fade stretch marks?"
    assert mine.set_index("claim_id").loc[rows["claim_id"][2], "question_id"] == edited
    original = {q.question_id: q for q in load_questions(paths.QUESTIONS_CSV)}.get(third_q)
    if third_q in qs.index:  # the question it was copied from is never changed
        assert qs.loc[third_q, "statement"] == (original.statement if original else job.question(third_q).statement)
    assert original is None or original.statement != "Does needling fade stretch marks?"
    assert article is not None and article.sha256 == jobs.read_article("x", MICRONEEDLING.encode()).sha256

    # Results: the verdicts of this run, the counts and the link to the article view.
    table = next(df.value for df in at.dataframe if df.key == f"audit_results_{job.job_id}")
    assert sorted(table["url"]) == sorted(f"claim?claim={c}" for c in kept_ids)
    by_claim = verdicts.set_index("claim_id")["verdict"]
    for url, badge in zip(table["url"], table["badge"]):
        assert badge.endswith(by_claim[url.split("=", 1)[1]])
    assert f"**Graded {len(kept_ids)} claims**" in at.success[0].value
    link = next(p for p in at.get("page_link") if "highlighted" in p.proto.label)
    assert link.proto.page == "article" and link.proto.query_string == f"article={job.article.name}"

    # The article view shows every claim of the new article highlighted.
    at.switch_page("views/article.py")
    at.query_params.clear()
    at.query_params["article"] = job.article.name
    at.run()
    assert not at.exception
    text_html = "\n".join(h.proto.body for h in at.get("html"))
    for cid in kept_ids:
        assert f'href="claim?claim={cid}"' in text_html


def test_upload_html_is_stripped_and_never_rendered(entry, db):
    at = open_page(entry)
    data = (EXAMPLES / "led_face_masks.html").read_bytes()
    hostile = data.replace(b"</body>", b"<script>alert('x')</script><img src=x onerror=alert(1)></body>")
    upload(at, "led <b>masks</b>.html", hostile, "text/html")
    rerun_until(at, in_review)
    job = job_of(at, db)
    assert job.article.format == "html" and job.article.title == "LED Face Masks: Do They Actually Work?"
    assert "<" not in job.article.text and "alert" not in job.article.text
    assert job.article.name.startswith("led-b-masks-b-") and job.article.name.endswith(".html")
    assert not [h for h in at.get("html") if "alert" in h.proto.body]
    assert list(at.data_editor[0].value["quote"]) == [c.claim.quote for c in extract_claims(
        job.article, load_questions(paths.QUESTIONS_CSV), min_score=job.min_score)]


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"", "is empty"),
    ("blank.md", b"  \n\n \t\n", "is empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "is a binary file"),
    ("latin1.txt", "Caf\xe9 cr\xe8me: retinol works".encode("latin-1"), "is not UTF-8"),
    ("big.txt", b"Retinol reduces wrinkles. " * 80, "limited to 1,000 bytes"),
])
def test_bad_uploads_get_a_plain_message(entry, db, monkeypatch, name, content, message):
    monkeypatch.setenv("TRACKER_MAX_UPLOAD_BYTES", "1000")
    at = open_page(entry)
    upload(at, name, content)
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and name.split(".")[0] in errors[0].replace("\\", "")
    assert message in errors[0].replace("\\", ""), errors
    assert "job" not in at.query_params and not at.data_editor
    assert not db.exists()  # nothing was stored


def test_empty_paste_and_missing_file(entry, db):
    at = open_page(entry)
    paste(at, "   \n ")
    assert [e.value.replace("\\", "") for e in at.error] == ["pasted text: is empty: there is no text to audit"]
    at.button(key="upload_go").click().run()
    assert [e.value for e in at.error] == ["Choose a file to upload first."]


def test_article_without_checkable_claims(entry, db):
    assert expected_candidates(NO_CLAIMS) == []
    at = open_page(entry)
    paste(at, NO_CLAIMS)
    rerun_until(at, in_review)
    assert any("No checkable claims found" in i.value for i in at.info)
    assert not at.data_editor and not [b for b in at.button if b.key == "grade"]
    at.button(key="extract_again").click().run()  # looks again, less strictly
    rerun_until(at, in_review)
    job = job_of(at, db)
    assert job.min_score == jobs.LENIENT_MIN_SCORE and job.items == ()
    assert not [b for b in at.button if b.key == "extract_again"]  # nothing lower to try
    at.button(key="new_audit_empty").click().run()
    assert "job" not in at.query_params and at.text_area(key="paste_text")


def test_questions_whose_search_finds_nothing(entry, db):
    text = (EXAMPLES / "retinol.txt").read_text(encoding="utf-8")
    at = open_page(entry)
    paste(at, text)
    rerun_until(at, in_review)
    at.button(key="grade").click()
    rerun_until(at, graded)
    job = job_of(at, db)
    res = jobs.results(db, job)
    empty = [s for s in res.searches if s.count == 0]
    assert empty, "the snapshot was expected to hold no retinol studies"
    note = next(i.value for i in at.info if "found nothing" in i.value)
    assert f"found nothing for {len(empty)} of {len(res.searches)} questions" in note
    assert "no evidence found" in note and "not disproved" in note
    assert set(res.verdicts[res.verdicts["question_id"].isin({s.question_id for s in empty})]["verdict"]) \
        == {"no evidence found"}
    assert [c.value for c in at.code] == [s.query for s in empty]


def test_a_refresh_shows_the_same_job_and_unknown_links_say_so(entry, db):
    at = open_page(entry)
    paste(at, MICRONEEDLING)
    rerun_until(at, in_review)
    rows = at.data_editor[0].value
    # A new session: the browser was refreshed (its owner cookie brings the owner token back;
    # AppTest has no cookies, so the token is handed over directly).
    again = _as_owner(entry, job_of(at, db))
    rerun_until(again, in_review)
    pd.testing.assert_frame_equal(again.data_editor[0].value, rows)
    lost = open_page(entry, job="0" * 32)
    assert any("no audit with this link" in w.value for w in lost.warning)
    assert lost.text_area(key="paste_text")


def test_bad_query_edit_is_refused_with_the_question_named(entry, db):
    at = open_page(entry)
    paste(at, MICRONEEDLING)
    rerun_until(at, in_review)
    job = job_of(at, db)
    qid = at.data_editor[0].value["question_id"][1]
    at.text_area(key=f"q_query_{job.job_id}_{qid}").set_value('(microneedl*[tiab] AND "acne')
    at.button(key="grade").click().run()
    errors = [e.value.replace("\\", "") for e in at.error]
    assert len(errors) == 1 and f"question {qid}" in errors[0] and "not valid" in errors[0]
    assert jobs.get_job(db, job.job_id).status == "review"


def test_same_text_twice_is_stored_once_and_curated_articles_are_pointed_to(entry, demo_db_copy, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db_copy))
    for var in ("NCBI_EMAIL", "NCBI_API_KEY", "TRACKER_SOURCE", "TRACKER_MIRROR"):
        monkeypatch.delenv(var, raising=False)
    with Store(demo_db_copy, readonly=True) as s:
        curated = s.articles_frame()["name"][0]
        text = s.article(curated).text
        n_articles = len(s.articles_frame())
    at = open_page(entry)
    paste(at, text)
    assert not at.exception and "job" not in at.query_params
    assert any("already audited" in i.value for i in at.info)
    link = next(p for p in at.get("page_link") if "highlighted" in p.proto.label)
    assert f"article={curated}" in link.proto.query_string

    first = jobs.create_job(demo_db_copy, "pasted text", MICRONEEDLING.encode(), owner="a")
    jobs.wait(demo_db_copy, first.job_id)
    jobs.wait(demo_db_copy, jobs.submit_review(demo_db_copy, first.job_id, jobs.Review()).job_id)
    second = jobs.create_job(demo_db_copy, "needling.txt", MICRONEEDLING.encode(), owner="b")
    # The same text again is a new version of the article, never a takeover of its claims (#20 item 2).
    assert second.existing and second.article.name != first.article.name
    with Store(demo_db_copy, readonly=True) as s:
        assert len(s.articles_frame()) == n_articles + 1


# ---- jobs -------------------------------------------------------------------------------


def test_two_audits_at_once_do_not_mix(demo_any_db):
    with Store(demo_any_db, readonly=True) as s:
        before = s.claims_frame()
    texts = {"a": MICRONEEDLING, "b": (EXAMPLES / "led_face_masks.html").read_text(encoding="utf-8")}
    started = {k: jobs.create_job(demo_any_db, f"{k}.html" if k == "b" else "pasted text", t.encode(), owner=k)
               for k, t in texts.items()}
    ready = {k: jobs.wait(demo_any_db, j.job_id) for k, j in started.items()}
    # Both reviews are submitted from two threads at the same moment.
    barrier = threading.Barrier(2)

    def submit(job):
        barrier.wait()
        jobs.submit_review(demo_any_db, job.job_id, jobs.Review())
    threads = [threading.Thread(target=submit, args=(j,)) for j in ready.values()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done = {k: jobs.wait(demo_any_db, j.job_id) for k, j in ready.items()}
    assert {j.status for j in done.values()} == {"complete"}
    assert done["a"].run_id != done["b"].run_id
    with Store(demo_any_db, readonly=True) as s:
        after = s.claims_frame()
        runs = s.runs_frame().set_index("run_id")
        for job in done.values():
            v = s.run_verdicts_frame(job.run_id)
            assert set(v["claim_id"]) == {i.claim.claim_id for i in job.items}
            assert set(after[after["claim_id"].isin(v["claim_id"])]["article"]) == {job.article.name}
            assert runs.loc[job.run_id, "status"] == "complete"
    # The curated claims keep their verdicts; the new articles' claims sit next to them.
    old = after[after["claim_id"].isin(before["claim_id"])].set_index("claim_id")
    pd.testing.assert_series_equal(old["verdict"].sort_index(), before.set_index("claim_id")["verdict"].sort_index())
    assert len(after) == len(before) + sum(len(j.items) for j in done.values())


def test_a_second_submit_of_the_same_review_is_refused(db):
    job = jobs.wait(db, jobs.create_job(db, "pasted text", MICRONEEDLING.encode(), owner="x").job_id)
    jobs.submit_review(db, job.job_id, jobs.Review(), start=False)
    with pytest.raises(jobs.InputError, match="already running"):
        jobs.submit_review(db, job.job_id, jobs.Review())


def test_a_stalled_job_resumes_when_its_page_is_opened(entry, db):
    job = jobs.create_job(db, "pasted text", MICRONEEDLING.encode(), owner="x", start=False)
    assert job.status == "extracting" and jobs.is_stalled(job)  # no worker: as after a restart
    at = _as_owner(entry, job)  # its owner's browser (owner cookie)
    rerun_until(at, in_review)
    job = jobs.get_job(db, job.job_id)
    jobs.submit_review(db, job.job_id, jobs.Review(), start=False)
    with Store(db) as s:  # a run that its process left behind
        stale_run = s.start_run("snapshot", "x")
        s.update_audit_job(job.job_id, run_id=stale_run, worker="999999999:deadbeef")
    assert jobs.is_stalled(jobs.get_job(db, job.job_id))
    at = _as_owner(entry, job)  # its owner's browser (owner cookie)
    rerun_until(at, graded)
    with Store(db, readonly=True) as s:
        assert s.runs_frame().set_index("run_id").loc[stale_run, "status"] == "interrupted"


def test_review_rules():
    art = jobs.read_article("t.txt", MICRONEEDLING.encode())
    found = extract_claims(art, load_questions(paths.QUESTIONS_CSV))
    qs = {c.claim.question_id: next(q for q in load_questions(paths.QUESTIONS_CSV) if q.question_id == c.claim.question_id)
          for c in found if c.new_question is None}
    job = jobs.Job("f" * 32, "o", art, False, "review", "", 0, 0,
                   tuple(jobs.ReviewItem(c.claim, c.score, c.reasons) for c in found), tuple(qs.values()),
                   frozenset(), 0.5, jobs.SourceChoice("snapshot"), "", None, None, None, "", "")
    first = found[0].claim
    with pytest.raises(jobs.ReviewError) as err:
        jobs.apply_review(job, jobs.Review(
            tuple(jobs.ClaimEdit(c.claim.claim_id, False) for c in found[1:]) + (jobs.ClaimEdit(first.claim_id, True, "  "),),
            (jobs.QuestionEdit(first.question_id, query="a[tiab] AND ("), jobs.QuestionEdit("nope", "x", "y"))))
    problems = " | ".join(err.value.problems)
    assert f"claim {first.claim_id}: the normalised claim is empty" in problems
    assert f"question {first.question_id}: the PubMed query is not valid" in problems
    assert "question nope: not in this audit" in problems
    with pytest.raises(jobs.ReviewError, match="keep at least one claim"):
        jobs.apply_review(job, jobs.Review(tuple(jobs.ClaimEdit(c.claim.claim_id, False) for c in found)))
    # Unchanged text is not an edit; an edit makes a private copy of the question.
    items, questions, proposed = jobs.apply_review(job, jobs.Review(questions=(
        jobs.QuestionEdit(first.question_id, qs[first.question_id].statement, qs[first.question_id].query),)))
    assert [i.claim for i in items] == [c.claim for c in found] and proposed == frozenset()
    items, questions, proposed = jobs.apply_review(job, jobs.Review(questions=(
        jobs.QuestionEdit(first.question_id, "  Does it   work? "),)))
    new_id = jobs.edited_id(first.question_id, job.job_id)
    assert items[0].claim.question_id == new_id and proposed == {new_id}
    assert {q.question_id: q.statement for q in questions}[new_id] == "Does it work?"
    assert jobs.edited_id(new_id, job.job_id) == new_id  # editing again keeps one copy


def test_active_source_follows_the_environment(entry, db, monkeypatch):
    assert jobs.active_source({}) == jobs.SourceChoice("snapshot")
    assert jobs.active_source({"NCBI_EMAIL": "a@b.org"}) == jobs.SourceChoice("entrez")
    assert jobs.active_source({"NCBI_API_KEY": "k", "TRACKER_MIRROR": "m.db"}).source == "entrez"
    assert jobs.active_source({"TRACKER_MIRROR": "m.db"}) == jobs.SourceChoice("mirror", "m.db")
    assert jobs.active_source({"TRACKER_SOURCE": "snapshot", "NCBI_EMAIL": "a@b.org"}).source == "snapshot"
    with pytest.raises(jobs.InputError, match="TRACKER_MIRROR"):
        jobs.active_source({"TRACKER_SOURCE": "mirror"})
    # The page names live PubMed when an email is configured (nothing is searched until grading).
    monkeypatch.setenv("NCBI_EMAIL", "writer@example.org")
    monkeypatch.setenv("NCBI_EUTILS_URL", "http://127.0.0.1:9/")
    at = open_page(entry)
    assert re.search(r"Evidence source for new audits:\*\* live PubMed", bodies(at))
    assert "To search live PubMed instead" not in bodies(at)
    monkeypatch.setenv("TRACKER_SOURCE", "mirror")
    monkeypatch.setenv("TRACKER_MIRROR", str(db.parent / "missing-mirror.db"))
    at = open_page(entry)
    assert any("New audits cannot search" in e.value and "missing" in e.value for e in at.error)


def test_titles_and_names_stay_text(entry, db):
    at = open_page(entry)
    paste(at, MICRONEEDLING, title="<script>alert(1)</script> **bold** :red[x]")
    rerun_until(at, in_review)
    heading = next(h.value for h in at.subheader if "script" in h.value)
    assert re.search(r"\\<script\\>", heading) and "\\*\\*bold\\*\\*" in heading and "\\:red\\[x\\]" in heading
    assert not [h for h in at.get("html") if "alert" in h.proto.body]


def test_progress_is_read_from_the_store_while_another_process_works(entry, db):
    """A job another dashboard process is running shows its stored stage and counts; when that
    process dies, opening the page carries the job on here."""
    job = jobs.wait(db, jobs.create_job(db, "pasted text", MICRONEEDLING.encode(), owner="x").job_id)
    jobs.submit_review(db, job.job_id, jobs.Review(), start=False)
    n_questions = len(jobs.job_inputs(jobs.get_job(db, job.job_id)).questions)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        with Store(db) as s:
            s.update_audit_job(job.job_id, worker=f"{other.pid}:elsewhere", stage="appraising", done=2,
                               total=n_questions)
        assert not jobs.is_stalled(jobs.get_job(db, job.job_id))
        at = _as_owner(entry, job)  # its owner's browser (owner cookie)
        # The box appears once the job has been seen working for a moment (fast steps never flash it).
        rerun_until(at, lambda a: bool(a.status), timeout=10)
        assert [(s.label, s.state) for s in at.status] == [("Appraising the studies found…", "running")]
        lines = next(m.value for m in at.markdown if "Extracting claims" in m.value)
        assert re.search(r"check_circle:\] Extracting claims.*check_circle:\] Searching each question", lines, re.S)
        assert f"**Appraising the studies found** (question 3 of {n_questions})" in lines
        assert "radio_button_unchecked:] Grading the claims" in lines
        progress = at.get("progress")[0].proto
        assert progress.value == int(100 * (2 + 2 / n_questions) / 4)
        assert jobs.get_job(db, job.job_id).status == "running"  # nothing here touched it
    finally:
        other.kill()
        other.wait()
    assert jobs.is_stalled(jobs.get_job(db, job.job_id))
    at = _as_owner(entry, job)  # its owner's browser (owner cookie)
    rerun_until(at, graded)


# ---- #19: edits kept as made, candidates below the cut-off, deleting an audit --------------------


def _as_owner(entry: Path, job: jobs.Job) -> AppTest:
    """The job's page opened afresh (a refresh) by the session that owns the job."""
    at = AppTest.from_file(str(entry), default_timeout=TIMEOUT)
    at.switch_page(AUDIT)
    at.session_state["audit_owner"] = job.owner
    at.query_params["job"] = job.job_id
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_review_edits_are_kept_in_the_job_and_survive_a_refresh(entry, db):
    at = open_page(entry)
    paste(at, MICRONEEDLING)
    rerun_until(at, in_review)
    job = job_of(at, db)
    editor = at.data_editor[0]
    rows = editor.value
    at.session_state[editor.key] = {"edited_rows": {0: {"keep": False}, 1: {"claim": "Reworded by hand"}},
                                    "added_rows": [], "deleted_rows": []}
    at.run()
    qid = rows["question_id"][2]
    at.text_input(key=f"q_statement_{job.job_id}_{qid}").set_value("Does needling fade stretch marks?")
    at.run()
    stored = jobs.get_job(db, job.job_id)  # saved without grading
    assert stored.status == "review"
    assert [i.keep for i in stored.items][:2] == [False, True] and stored.items[1].claim.claim == "Reworded by hand"
    assert "Does needling fade stretch marks?" in {q.statement for q in stored.questions}
    again = _as_owner(entry, stored)  # a refresh: a new session reads the job
    shown = again.data_editor[0].value
    assert list(shown["keep"])[:2] == [False, True] and shown["claim"][1] == "Reworded by hand"
    assert any(w.value == "Does needling fade stretch marks?" for w in again.text_input)


def test_candidates_below_the_cut_off_are_offered_and_can_be_added(entry, db):
    # (a development article: in the examples, every passage between the two thresholds is now kept by the learned
    # claim scorer, CHECKW, so they have none left to fold; since CLAIM9's claim probe, of the seeds only 000 had one,
    # and since the scorer's retraining in session 22 none has; the development article prp-1.txt had one until the
    # retraining in session 23, creatine-1.md has one since)
    text = (ROOT / "benchmarks" / "devset" / "articles" / "creatine-1.md").read_text(encoding="utf-8")
    job = jobs.wait(db, jobs.create_job(db, "creatine.md", text.encode(), owner="o").job_id)
    below = jobs.below_cutoff(db, job)
    assert below, "this article has candidates between the lenient and the default threshold"
    assert all(jobs.LENIENT_MIN_SCORE <= c.score < job.min_score for c in below)
    have = {(i.claim.start, i.claim.end) for i in job.items}
    assert not have & {(c.claim.start, c.claim.end) for c in below}
    assert len({c.claim.claim_id for c in below} | {i.claim.claim_id for i in job.items}) == len(below) + len(job.items)
    at = _as_owner(entry, job)
    assert any("just below the cut-off" in e.label for e in at.expander)
    added = jobs.add_candidates(db, job.job_id, below[:1], owner="o")
    assert len(added.items) == len(job.items) + 1 and below[0].claim.claim_id in {i.claim.claim_id for i in added.kept}
    assert len(jobs.below_cutoff(db, added)) == len(below) - 1


def test_an_audit_is_deleted_with_its_run(entry, db):
    job = jobs.wait(db, jobs.create_job(db, "pasted text", MICRONEEDLING.encode(), owner="o").job_id)
    job = jobs.wait(db, jobs.submit_review(db, job.job_id, jobs.Review(), owner="o").job_id)
    assert job.status == "complete"
    with pytest.raises(jobs.InputError):
        jobs.delete_job(db, job.job_id, owner="someone else")
    at = _as_owner(entry, job)
    at.button(key="delete_audit").click().run()
    assert not at.exception and "job" not in at.query_params
    assert any("Deleted the audit" in s.value for s in at.success)
    assert jobs.get_job(db, job.job_id) is None
    with Store(db, readonly=True) as s:
        assert job.run_id not in set(s.runs_frame()["run_id"])
        assert s.article(job.article.name) is None
        assert not len(s.frame("SELECT * FROM claim_verdicts WHERE run_id=?", [job.run_id]))
        assert not len(s.claims_frame())
