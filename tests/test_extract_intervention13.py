"""Round 13 (INT13, issue #14): the main intervention in real copy (crowdfunding pages, reviews).

What a brand is comes from its definition ("BRAND: NP", "BRAND, a NP,", "BRAND (NP)", "BRAND is a NP");
number does not change what a title's noun phrase names; a title that names its product once still
names the topic; a gerund whose object refers back ("Using both together") and an appositive after
the subject ("Minoxidil, the only drug ..., works") name no new treatment. (The time-of-day, "mine",
"a course of six" and "ear seeds" cases of dev7 are QST13's.) Short synthetic articles on made-up
topics, so no devset article is fitted."""
from __future__ import annotations

from tests.extracting import frame_intervention as _frame_intervention
from tests.extracting import titled_article as _article
from tracker.articles import article_from_bytes
from tracker.extract import _defined_brand, detect_intervention


def _main(title: str, body: str) -> str:
    return detect_intervention(_article(title, body)).label.lower()




def test_a_title_phrase_is_read_in_the_singular_too() -> None:
    # the phrase model reads "Kelp Gummies" as an outcome (0.3) and "kelp gummy" as a treatment; the
    # old code fell back to the brand-like title word and took its form, "gummie", for the treatment
    label = _main("Kelp Gummies, Reviewed", "Kelp gummies are everywhere this winter. They won't fix your "
                  "thyroid, whatever the label says. I did like the taste.")
    assert label == "kelp gummies"


def test_a_brand_is_the_listed_treatment_its_label_line_defines() -> None:
    # the old code took the brand's device, "roller", for the treatment
    body = ("NEEDLORA: microneedling at home, one pocket roller\n\nOur story\n"
            "Mia had acne scars for years. Clinic sessions cost a fortune, so we built our own.\n"
            "NEEDLORA is a hand-held roller with 540 fine needles. The needles make tiny channels in the skin.\n"
            "In our own test of 30 backers, the roller smoothed scars within eight weeks.\n"
            "NEEDLORA never causes infection when you clean it after use.\n\n"
            "Rewards\n- Early bird: one NEEDLORA roller, £39\n- Duo pack: two rollers, £70")
    art = article_from_bytes("n.txt", f"NEEDLORA: the pocket roller for scars | FundThis\n\n{body}".encode())
    concept = detect_intervention(art)
    assert concept.key == "microneedling"
    assert any("NEEDLORA" in p for p in concept.subject_patterns)  # the brand still names it as a subject


def test_a_gerund_whose_object_refers_back_names_no_new_treatment() -> None:
    body = ("Our story\nLena had spots all through school, so we built our own kit.\n"
            "GLOWKIT: tea tree gel and zinc cream, one travel pouch\n"
            "The tea tree gel calms redness, and the zinc cream dries spots. Using both together clears spots "
            "faster than either one alone.\n\nRewards\n- Early bird: one GLOWKIT, £19")
    art = _article("GLOWKIT | FundThis", body, title_in_text=False)
    got = _frame_intervention(art, "Using both together clears spots")
    assert "using" not in got and "together" not in got


def test_a_brand_defined_by_a_copula_or_parenthesis_but_not_an_alternative() -> None:
    def main(body: str) -> str:
        return detect_intervention(_article("Why Everyone Loves ZENTRA", body)).key
    # "ZENTRA is a 0.2 mm facial microneedling pen": the listed treatment modifies a device head
    assert main("ZENTRA is a 0.2 mm facial microneedling pen sold for home use. ZENTRA is not painless. "
                "ZENTRA leaves some redness.") == "microneedling"
    assert main("ZENTRA (5% minoxidil foam) stopped my shedding. ZENTRA works in months. "
                "ZENTRA is easy to use.") == "minoxidil"
    # two listed treatments coordinated are a combination, never one of them alone
    assert _defined_brand("ZENTRA", "ZENTRA: retinol and vitamin C, one night pouch\nZENTRA smooths lines.") is None
    # "an alternative to minoxidil" is another thing, never minoxidil
    assert main("ZENTRA is a plant alternative to minoxidil. ZENTRA stopped my shedding. "
                "ZENTRA is easy to use.") != "minoxidil"


def test_a_title_naming_a_product_once_still_names_the_topic() -> None:
    # nothing repeats in a one-line review: the old code fell back to the title's label word ("reviews")
    label = _main("Reviews: Wildcrafted Kelp Gel", "Five stars. Tastes salty. Calmed my rosacea in a week.")
    assert "kelp" in label and "review" not in label


def test_an_appositive_after_the_subject_leaves_the_subject_the_claims_treatment() -> None:
    art = _article("Tea Tree Oil Versus the Pharmacy Shelf", (
        "Benzoyl peroxide, the classic over-the-counter spot cream, works far better than tea tree oil. "
        "I bought both anyway."))
    got = _frame_intervention(art, "works far better than tea tree oil")
    assert "benzoyl" in got and "tea tree" not in got.split("|")[1]
