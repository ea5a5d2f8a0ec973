"""How the article's main treatment and each claim's subject are found in real-world copy (GOLD9, issue 14).

dev5 (written blind: a Reddit AMA, a video transcript, a patient leaflet, a celebrity feature, a brand
comparison table, a marketing e-mail) showed the product naming the wrong subject: a speaker ("PAIGE:",
"Quinn says"), a forum's name or a sender line taken as the title, a brand instead of the kind of product
it names, a table cell's column ignored, an ingredient inside a product or a yardstick ("think of it as
retinol") taken as the subject. Each test states the English principle with made-up text of its own (other
words, other topics), so a rule fitted to one article would fail; one test checks the dev5 articles
themselves. Real components only: the extractor on article text, no mocks.
"""

from __future__ import annotations

from pathlib import Path

from tests.extracting import article, claim_with
from tracker.claims import load_questions
from tracker.extract import detect_intervention, extract_claims

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = load_questions(ROOT / "questions.csv")


def _claims(text: str, name: str = "t.txt"):
    return extract_claims(article(text, name), QUESTIONS)


def test_a_speaker_is_never_the_treatment():
    # A transcript's line labels and the subject of a verb of saying name people.
    text = ("Oil pulling, explained\n\n"
            "MARCO: So this is oil pulling. You swish coconut oil round your mouth for ten minutes.\n"
            "MARCO: Oil pulling whitens teeth in a week, honestly.\n"
            "MARCO: And oil pulling freshens breath all day.\n"
            "MARCO: My dentist was not impressed, but oil pulling is cheap.\n")
    assert "marco" not in detect_intervention(article(text)).label.lower()
    feature = ("Inside Dana Reyes's night routine: the \"sleeping beauty\" mask she loves\n\n"
               "Dana Reyes swears by one step. \"It changed my skin,\" Reyes says. Reyes says she sleeps in it "
               "twice a week, and Reyes laughs about the smell. What her aesthetician calls \"the sleeping "
               "beauty\": a thick overnight layer of topical retinol cream under a silk mask.\n")
    concept = detect_intervention(article(feature))
    assert "reyes" not in concept.label.lower() and "retin" in concept.label.lower()


def test_a_label_line_is_not_the_headline():
    # A first line none of whose words the text uses again (a forum's name) labels the post; the
    # headline is the next line that names what the text repeats. An e-mail's headline is its Subject.
    post = ("r/HairCareTalk\n\nI'm a trichologist who has done 2,000 scalp steaming sessions. Ask me anything!\n"
            "Posted by u/someone\n\nQ: Does scalp steaming regrow hair?\nA: Scalp steaming loosens buildup a little, "
            "and scalp steaming feels great.\n")
    assert "steaming" in detect_intervention(article(post)).label.lower()
    mail = ("From: Brightside <news@brightside.example>\nTo: you\nSubject: Meet our new azelaic acid gel\n\n"
            "Hi! Azelaic acid calms redness. Our azelaic acid gel fades marks in weeks. "
            "Azelaic acid is gentle. The gel is $20.\n")
    assert "azelaic" in detect_intervention(article(mail)).label.lower()


def test_a_title_naming_a_listed_treatment_stays_the_headline():
    # A short page whose body never repeats its title's words is still headed by that title when it
    # names a treatment ("The At-Home Microneedling Pen ..." over "This pen is painless ...").
    text = ("The At-Home Microneedling Pen Everyone Is Buying\n\nIt plugs into a USB port and has five depth "
            "settings. This pen is painless and it fades acne scars.\n")
    assert detect_intervention(article(text)).key == "microneedling"


def test_a_brand_names_a_kind_of_product():
    # "ZenPatch Hydrocolloid Patch": a proper noun modifying the common noun that says what it is.
    text = ("ZenPatch vs squeezing | ZenPatch Hydrocolloid Patches\n\n"
            "Each ZenPatch Hydrocolloid Patch draws fluid out of a spot overnight. ZenPatch flattens spots by "
            "morning. ZenPatch never irritates. Squeezing spreads bacteria. ZenPatch works on whiteheads.\n")
    concept = detect_intervention(article(text))
    assert concept.label == "hydrocolloid patch"
    assert "ZenPatch" in concept.subject_patterns


def test_a_defined_nickname_names_the_treatment_its_definition_names():
    text = ("The \"glass skin shot\" everyone is booking\n\n"
            "It is what clinics call \"the glass skin shot\": tiny injections of platelet-rich plasma across the "
            "cheeks. Fans say the glass skin shot gives a glow for months.\n")
    assert detect_intervention(article(text)).key == "prp"


def test_a_table_cell_is_about_its_column_head():
    # A comparison table's column heads name the subjects; the row head says what each cell is about.
    text = ("PeelPad vs the rest\n\nHow they compare:\n\n"
            "| | PeelPad pads | Tretinoin | Dermabrasion |\n|---|---|---|---|\n"
            "| Fades acne marks | In 3 weeks | In about 12 weeks | After one session |\n"
            "| Irritation | Never stings | Redness and peeling early on | Raw skin for a week |\n\n"
            "PeelPad pads fade acne marks. PeelPad pads are gentle. PeelPad pads work on all skin types.\n")
    cands = _claims(text)
    tretinoin = claim_with(cands, "In about 12 weeks")
    assert "retin" in (tretinoin.claim.frame.intervention_norm or "").lower()
    assert "peelpad" not in tretinoin.claim.frame.intervention.lower()
    peel = claim_with(cands, "Redness and peeling early on")
    assert "retin" in (peel.claim.frame.intervention_norm or "").lower()
    own = claim_with(cands, "In 3 weeks")
    assert "tretin" not in (own.claim.frame.intervention_norm or "").lower()
    # the head row and the row heads are labels, never claims of their own
    assert not [c for c in cands if c.claim.quote in ("Fades acne marks", "Tretinoin", "PeelPad pads")]


def test_an_ingredient_in_the_topic_product_keeps_the_topic_as_subject():
    text = ("Why we love the HydraMist face spray\n\n"
            "The HydraMist face spray is our bestseller. The hyaluronic acid in every spray plumps fine lines. "
            "The HydraMist face spray soothes redness. The HydraMist face spray is alcohol-free.\n")
    c = claim_with(_claims(text), "in every spray plumps fine lines")
    assert "mist" in c.claim.frame.intervention_norm.lower() and "hyaluronic" not in c.claim.frame.intervention_norm.lower()


def test_a_likened_treatment_is_a_yardstick_not_the_subject():
    text = ("Squalane oil, the gentle one\n\n"
            "Squalane oil softens dry skin. Squalane oil suits every skin type. "
            "Think of it as retinol that never stings. Squalane oil absorbs fast.\n")
    c = claim_with(_claims(text), "never stings")
    assert "squalane" in c.claim.frame.intervention_norm.lower()


def test_dev5_articles_name_their_own_subjects():
    # The six dev5 articles' main treatments, named as the evidence names them.
    devset = ROOT / "benchmarks" / "devset" / "articles"
    from tracker.articles import load_article
    got = {n: detect_intervention(load_article(devset / n)).label.lower() for n in (
        "dermaplaning-1.txt", "hyaluronpen-1.txt", "prpundereye-1.md", "microneedlepatch-1.html", "copperpeptide-1.txt")}
    assert got["dermaplaning-1.txt"] == "dermaplaning"
    assert "pen" in got["hyaluronpen-1.txt"] and "paige" not in got["hyaluronpen-1.txt"]
    assert got["prpundereye-1.md"] == "platelet-rich plasma"
    assert got["microneedlepatch-1.html"] == "microneedle patch"
    assert "copper" in got["copperpeptide-1.txt"]
