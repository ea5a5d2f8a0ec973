"""APPR15: a design label ("placebo-controlled") or a design heading ("trial of X versus placebo:")
describes the trial, not which arm is the subject of its result; "significantly more than placebo"
is the intervention arm's advantage. The control arm named as the subject still reverses the
direction. Sentences written for these tests."""

from __future__ import annotations

from tracker.appraisal import classify_direction
from tracker.effects import classify_effect
from tracker.models import AbstractSection, Question, Record

MELASMA = Question("qm", "Does oral tranexamic acid reduce melasma severity?", "tranexamic acid", "melasma severity",
                   "efficacy", '"tranexamic acid"[tiab] AND melasma[tiab]')
DENSITY = Question("qd", "Does topical minoxidil increase hair density?", "minoxidil", "hair density", "efficacy",
                   "minoxidil[tiab] AND hair[tiab]")


def _direction(text: str, question: Question) -> str:
    record = Record(pmid="1", title="", abstract=(AbstractSection(None, text),), text_kind="synopsis")
    return classify_direction(record, question).direction


def test_a_placebo_controlled_label_is_not_the_subject_of_the_result():
    text = ("Randomised placebo-controlled trial of oral tranexamic acid in 60 adults with melasma: tranexamic acid "
            "reduced melasma severity significantly more than placebo.")
    assert _direction(text, MELASMA) == "supports"
    # the same sentence without the design label was already read so
    assert _direction(text.replace("placebo-controlled ", ""), MELASMA) == "supports"


def test_a_device_controlled_label_and_an_unhyphenated_label():
    assert _direction("Randomised sham device-controlled trial of minoxidil in 90 men: minoxidil increased hair "
                      "density significantly more than sham.", DENSITY) == "supports"
    assert _direction("Randomised placebo controlled trial of minoxidil in 90 men: minoxidil increased hair "
                      "density significantly.", DENSITY) == "supports"


def test_a_heading_naming_both_arms_names_no_subject():
    assert _direction("Randomised trial of minoxidil versus placebo in 90 men: hair density increased "
                      "significantly.", DENSITY) == "supports"
    assert _direction("Randomised trial of minoxidil versus placebo in 90 men: minoxidil increased hair density "
                      "significantly more than placebo.", DENSITY) == "supports"


def test_the_effect_classifier_reads_the_intervention_arm():
    call = classify_effect("Double-blind placebo-controlled trial of ketorolac in 80 adults: ketorolac reduced pain "
                           "scores significantly more than placebo.", intervention="ketorolac", comparator="placebo",
                           outcome="pain scores")
    assert call is not None and call.label == "decreased"


# guards: the control arm as the subject still reverses the direction


def test_the_control_arm_as_subject_still_reverses():
    assert _direction("Randomised placebo-controlled trial of oral tranexamic acid in 60 adults: placebo reduced "
                      "melasma severity significantly more than tranexamic acid.", MELASMA) == "contradicts"
    assert _direction("Randomised placebo-controlled trial of minoxidil in 90 men: the placebo group gained "
                      "significantly more hair density than the minoxidil group.", DENSITY) == "contradicts"
    call = classify_effect("Double-blind placebo-controlled trial of ketorolac in 80 adults: pain scores fell "
                           "significantly more with placebo than with ketorolac.", intervention="ketorolac",
                           comparator="placebo", outcome="pain scores")
    assert call is not None and call.label == "increased"


def test_a_heading_that_labels_one_arm_keeps_that_arm_as_subject():
    call = classify_effect("Placebo group: pain scores decreased significantly from baseline.", intervention="ketorolac",
                           comparator="placebo", outcome="pain scores")
    assert call is not None and call.label == "increased"
