"""The question bank: seven languages everywhere, valid names, a valid XLSForm."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from wapsi.campaigns.question_bank import (
    BANK,
    DRAFT_LANGUAGES,
    LANGUAGES,
    NEEDS_NATIVE_REVIEW,
    THEMES,
    bank_question,
    bank_questionnaire,
)
from wapsi.campaigns.xlsform import (
    NAME_RE,
    build_xlsform,
    language_column,
    parse_xlsform,
    xlsform_to_xform,
)

SEVEN = {"en", "ur", "ar", "ckb", "bn", "ps", "fa-af"}
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
BENGALI_SCRIPT = re.compile(r"[\u0980-\u09FF]")
LATIN = re.compile(r"[A-Za-z]")


def all_texts() -> list[tuple[str, dict[str, str]]]:
    texts = []
    for entry in BANK:
        texts.append((entry.question.name, entry.question.labels))
        for choice in entry.question.choices or []:
            texts.append((f"{entry.question.name}/{choice.name}", choice.labels))
    return texts


def test_every_question_and_choice_is_in_all_seven_languages() -> None:
    assert set(LANGUAGES) == SEVEN
    for where, labels in all_texts():
        assert set(labels) == SEVEN, where
        assert all(text.strip() for text in labels.values()), where


def test_each_translation_is_in_its_own_script() -> None:
    # A guard against a label pasted into the wrong language, not a review of the wording.
    for where, labels in all_texts():
        for code in ("ur", "ar", "ckb", "ps", "fa-af"):
            assert ARABIC_SCRIPT.search(labels[code]) and not LATIN.search(labels[code]), (
                where,
                code,
            )
        assert BENGALI_SCRIPT.search(labels["bn"]) and not LATIN.search(labels["bn"]), where
        assert not ARABIC_SCRIPT.search(labels["en"]), where


def test_translations_are_flagged_as_drafts_for_native_review() -> None:
    assert NEEDS_NATIVE_REVIEW
    assert SEVEN - {"en"} == DRAFT_LANGUAGES


def test_every_theme_has_three_to_five_questions() -> None:
    for theme in THEMES:
        count = sum(1 for e in BANK if e.theme == theme)
        assert 3 <= count <= 5, theme
    assert {e.theme for e in BANK} == set(THEMES)


def test_names_are_valid_xlsform_names_and_unique() -> None:
    names = [e.question.name for e in BANK]
    assert len(names) == len(set(names))
    for entry in BANK:
        assert NAME_RE.match(entry.question.name)
        choice_names = [c.name for c in entry.question.choices or []]
        assert len(choice_names) == len(set(choice_names))
        assert all(NAME_RE.match(n) for n in choice_names)


def test_outcomes_and_scores_name_real_choices() -> None:
    for entry in BANK:
        names = {c.name for c in entry.question.choices or []}
        assert entry.outcome and entry.outcome <= names, entry.question.name
        if entry.scores is not None:
            assert set(entry.scores) <= names
            assert sorted(entry.scores.values()) == list(range(1, len(entry.scores) + 1))


def test_the_whole_bank_exports_as_a_valid_xlsform_in_seven_languages() -> None:
    q = bank_questionnaire()
    data = build_xlsform(q)
    root = ET.fromstring(xlsform_to_xform(data))
    translations = root.findall(".//{http://www.w3.org/2002/xforms}translation")
    assert {t.get("lang") for t in translations} == {language_column(c) for c in LANGUAGES}
    for translation in translations:
        # every question label and every choice label, plus the respondent-code question
        texts = translation.findall("{http://www.w3.org/2002/xforms}text")
        labels = [t for t in texts if (t.get("id") or "").endswith(":label")]
        assert len(labels) == len(BANK) + 1
    assert parse_xlsform(data) == q


def test_a_questionnaire_of_chosen_questions() -> None:
    q = bank_questionnaire(names=["risk_life", "know_mrc"], languages=["en", "ur"])
    assert [x.name for x in q.questions] == ["know_mrc", "risk_life"]
    assert q.respondent_code
    assert parse_xlsform(build_xlsform(q)) == q
    with pytest.raises(KeyError):
        bank_questionnaire(names=["no_such_question"])
    with pytest.raises(KeyError):
        bank_questionnaire(languages=["en", "fr"])
    assert bank_question("trust_mrc").theme == "trust"
