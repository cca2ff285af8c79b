"""Search folds script variants, falls back to English, and survives any input."""

from __future__ import annotations

import pytest
from django.test import Client

from wapsi.hub.selectors import hub_search
from wapsi.hub.tests.factories import home_for, topic, translate
from wapsi.lib.scripts import normalise, search_terms

pytestmark = pytest.mark.django_db

# Urdu as Urdu keyboards write it: Farsi yeh (U+06CC) and keheh (U+06A9).
URDU_FARSI_FORMS = "ملازمت کے لیے ویزا"
# The same words typed on an Arabic keyboard: Arabic yeh (U+064A) and kaf (U+0643).
URDU_ARABIC_FORMS = "ملازمت كے ليے ويزا"


def test_normalise_folds_yeh_kaf_heh_hamza_diacritics_tatweel_and_zero_width() -> None:
    assert URDU_FARSI_FORMS != URDU_ARABIC_FORMS
    assert normalise(URDU_FARSI_FORMS) == normalise(URDU_ARABIC_FORMS)
    assert normalise("ہجرت") == normalise("هجرت") == normalise("ھجرت")
    assert normalise("أمان") == normalise("امان") == normalise("إمان")
    assert normalise("مُهَاجِر") == normalise("مهاجر")
    assert normalise("مـــهاجر") == normalise("مهاجر")
    assert normalise("می\u200cکنند") == normalise("میکنند")
    assert normalise("١٢٣") == normalise("۱۲۳") == normalise("১২৩") == "123"


def test_normalise_bengali_composed_and_decomposed() -> None:
    composed = "\u09dc"  # ড়
    decomposed = "\u09a1\u09bc"
    assert normalise(f"বা{composed}ি") == normalise(f"বা{decomposed}ি")
    assert normalise("উৎস") == normalise("উত্স")


def test_search_with_arabic_forms_finds_urdu_page_with_farsi_forms() -> None:
    urdu_home = home_for("ur")
    page = topic(title=URDU_FARSI_FORMS, slug="visa", home=urdu_home)
    results = hub_search(query="ويزا", language="ur")
    assert [c.title for c in results.local] == [page.title]
    assert hub_search(query="ليے", language="ur").local


def test_search_with_farsi_forms_finds_page_written_with_arabic_forms() -> None:
    topic(title=URDU_ARABIC_FORMS, slug="visa-ar", home=home_for("ur"))
    assert hub_search(query="ویزا کے", language="ur").local


def test_search_falls_back_to_english_for_untranslated_pages() -> None:
    english_only = topic(title="Contract checks before you travel", slug="contracts")
    translated = topic(title="Visa scams", slug="scams", text="contract")
    translate(translated, "ur", title="ویزا فراڈ", text="contract")
    results = hub_search(query="contract", language="ur")
    assert [c.title for c in results.local] == ["ویزا فراڈ"]
    assert [c.title for c in results.fallback] == [english_only.title]
    assert results.fallback[0].url == "/ur/contracts/"


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "visa\x00\x01\x1b[31m\x7f",
        '"unterminated',
        "visa*",
        "NEAR(visa contract)",
        "AND(",
        "visa OR",
        "-visa ^ : { } [ ]",
        "' OR 1=1 --",
        "\u202e\u200f",
    ],
)
def test_bad_queries_give_a_normal_page(client: Client, query: str) -> None:
    topic(title="Visa help", slug="visa-help")
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert b"<h1>" in response.content


def test_long_query_is_shortened_with_a_message(client: Client) -> None:
    response = client.get("/en/search/", {"q": "visa " * 3000})
    assert "only its first 200 characters" in response.content.decode()


def test_query_without_letters_asks_for_a_word(client: Client) -> None:
    home_for("en")
    response = client.get("/en/search/", {"q": '"*()'})
    assert "at least one word" in response.content.decode()


def test_search_terms_strip_operators_and_cap_length() -> None:
    assert search_terms('"NEAR AND( *') == ["near", "and"]
    assert len("".join(search_terms("a" * 10_000))) <= 200
