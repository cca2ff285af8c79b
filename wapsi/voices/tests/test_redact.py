"""Redaction suggestions (wapsi/voices/redact.py): detection, placeholders, stored spans.

Plain pytest, no database. Numbers are written in every digit script a story may use.
"""

from __future__ import annotations

import itertools

import pytest

from wapsi.voices import gazetteer
from wapsi.voices.redact import (
    KINDS,
    PLACEHOLDER_LABELS,
    Redaction,
    _fold,
    apply_redactions,
    redactions_from_json,
    redactions_to_json,
    suggest_redactions,
)

SCRIPTS = {
    "latin": "0123456789",
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
    "persian": "۰۱۲۳۴۵۶۷۸۹",
    "bengali": "০১২৩৪৫৬৭৮৯",
}


def in_script(text: str, script: str) -> str:
    return text.translate(str.maketrans("0123456789", SCRIPTS[script]))


def found(text: str) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in suggest_redactions(text)]


# --- Phones ------------------------------------------------------------------------------------

PHONES = [
    "0300 1234567",  # Pakistan mobile
    "0300-1234567",
    "03001234567",
    "0304 1112123",
    "+92 300 1234567",
    "+92-300-1234567",
    "+923001234567",
    "0092 300 1234567",
    "(+92) 300 1234567",
    "051-1234567",  # Pakistan landlines
    "042-35761234",
    "(051) 1234567",
    "0750 123 4567",  # Iraq
    "0770.123.4567",
    "+964 750 123 4567",
    "+9647501234567",
    "01712-345678",  # Bangladesh
    "01712 345 678",
    "+880 1712-345678",
    "+8801712345678",
    "070 123 4567",  # Afghanistan
    "0701234567",
    "+93 70 123 4567",
    "+49 151 12345678",  # international
    "+30 210 1234567",
    "+90 (532) 123-45-67",
    "300 1234567",  # without the trunk 0, grouped
    "92 300 1234567",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("phone", PHONES)
def test_phone_in_every_digit_script(phone: str, script: str) -> None:
    number = in_script(phone, script)
    assert found(f"My number is {number}, call me.") == [("phone", number)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("میرا نمبر ۰۳۰۰ ۱۲۳۴۵۶۷ ہے، شام کو فون کریں۔", "۰۳۰۰ ۱۲۳۴۵۶۷"),
        ("میرا نمبر ۰۳۰۰-۱۲۳۴۵۶۷ ہے۔", "۰۳۰۰-۱۲۳۴۵۶۷"),
        ("رقم هاتفي ٠٧٥٠ ١٢٣ ٤٥٦٧ شكراً", "٠٧٥٠ ١٢٣ ٤٥٦٧"),
        ("ژمارەم ٠٠٩٦٤٧٥٠١٢٣٤٥٦٧ە", "٠٠٩٦٤٧٥٠١٢٣٤٥٦٧"),
        ("شمارهٔ من ۰۷۰ ۱۲۳ ۴۵۶۷ است", "۰۷۰ ۱۲۳ ۴۵۶۷"),
        ("আমার নম্বর ০১৭১২-৩৪৫৬৭৮, ফোন করবেন।", "০১৭১২-৩৪৫৬৭৮"),
        ("ফোন: +৮৮০ ১৭১২ ৩৪৫৬৭৮।", "+৮৮০ ১৭১২ ৩৪৫৬৭৮"),
        ("call \u200e+92 300 1234567\u200e today", "+92 300 1234567"),
    ],
)
def test_phone_in_urdu_arabic_kurdish_dari_and_bengali_text(text: str, number: str) -> None:
    assert found(text) == [("phone", number)]


# --- National ID numbers -----------------------------------------------------------------------

IDS = [
    "35202-1234567-1",  # Pakistan CNIC
    "3520212345671",
    "35202 1234567 1",
    "1234567890",  # Bangladesh NID, 10 digits
    "1990123456789",  # Bangladesh NID, 13 digits
    "19901234567890123",  # Bangladesh NID, 17 digits
    "1999 1234 5678",  # Iraqi national card, 12 digits
    "1999-1234-5678",
    "199912345678",
    "1400-0101-12345",  # Afghan e-tazkira
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("number", IDS)
def test_national_id_in_every_digit_script(number: str, script: str) -> None:
    number = in_script(number, script)
    assert found(f"My card: {number}.") == [("national_id", number)]


def test_cnic_in_urdu_text() -> None:
    text = "میرا شناختی کارڈ نمبر ۳۵۲۰۲-۱۲۳۴۵۶۷-۱ ہے۔"
    assert found(text) == [("national_id", "۳۵۲۰۲-۱۲۳۴۵۶۷-۱")]


# --- Not flagged -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I left in 2019.",
        "میں ۲۰۱۹ میں گیا۔",
        "في عام ٢٠١٩",
        "২০১৯ সালে",
        "Call the hotline 5588 or 1122.",
        "It cost 3,000 euros.",
        "It cost 3.000 euros, then 1,500,000 rupees, then 12 500 000 000 rials.",
        "I was 23 when I left.",
        "I was 23. 0 people helped.",
        "We moved in 2015 2016 2017 and again.",
        "On 12.05.2019 and 2019-05-12 at 10:30.",
        "Room 305, bus 42, 18 months, 7 days.",
        "The bus left at 0930 from gate 012345678.",
        "Pages 1200 1234-1250 of the file.",
        "e.g. this, i.e. that, etc.",
        "I went home.Then I slept.",
    ],
)
def test_numbers_and_words_that_are_not_personal(text: str) -> None:
    assert found(text) == []


KEEP = [
    "Gujrat",
    "Sialkot",
    "Mandi Bahauddin",
    "Erbil",
    "Sulaymaniyah",
    "Baghdad",
    "Zakho",
    "Sylhet",
    "Cumilla",
    "Dhaka",
    "Kabul",
    "Nangarhar",
    "Pakistan",
    "Iraq",
    "Bangladesh",
    "Afghanistan",
    "Germany",
    "Greece",
    "Türkiye",
    "گجرات",
    "بغداد",
    "کابل",
    "ঢাকা",
    "সিলেট",
]


@pytest.mark.parametrize("place", KEEP)
def test_district_and_country_names_are_kept(place: str) -> None:
    assert found(f"I came back to {place} from Greece.") == []


# --- E-mail and links --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Write to ali.khan@gmail.com.", [("email", "ali.khan@gmail.com")]),
        (
            "mail: Bilal_2020+wapsi@mail.example.com.pk",
            [("email", "Bilal_2020+wapsi@mail.example.com.pk")],
        ),
        ("See https://example.org/a?b=1.", [("url", "https://example.org/a?b=1")]),
        ("See http://example.org/x_(y) now", [("url", "http://example.org/x_(y)")]),
        ("(see https://facebook.com/some.person)", [("url", "https://facebook.com/some.person")]),
        ("www.wapsi.org, then", [("url", "www.wapsi.org")]),
        ("page example.com/path/to?x=1 here", [("url", "example.com/path/to?x=1")]),
        ("join t.me/returnees_group!", [("url", "t.me/returnees_group")]),
        ("whatsapp wa.me/923001234567.", [("url", "wa.me/923001234567")]),
        (
            "form forms.gle/AbC123 or bit.ly/xyz",
            [("url", "forms.gle/AbC123"), ("url", "bit.ly/xyz")],
        ),
        ("ویب سائٹ www.example.pk ہے۔", [("url", "www.example.pk")]),
    ],
)
def test_email_and_url(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# --- Names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My brother Bilal stayed.", ["Bilal"]),
        ("IMRAN and fatima came.", ["IMRAN", "fatima"]),
        ("Ahmed Ali Khan met us.", ["Ahmed Ali Khan"]),
        ("Mohammed's shop", ["Mohammed"]),
        ("میرے بھائی عمران اور بہن فاطمہ", ["عمران", "فاطمہ"]),
        ("احمد نے کہا", ["احمد"]),
        ("اخي علي وأختي فاطمة", ["علي", "فاطمة"]),
        ("ناوم کاروان و خوشکم شیلان", ["کاروان", "شیلان"]),
        ("اسمي حسين", ["حسين"]),
        ("আমার ভাই রহিম আর করিম", ["রহিম", "করিম"]),
        ("নাসরিন ও সুমন এসেছিল", ["নাসরিন", "সুমন"]),
        ("করিমের বাড়ি", ["করিম"]),  # the genitive ending stays outside the span
    ],
)
def test_names_in_three_scripts(text: str, expected: list[str]) -> None:
    spans = suggest_redactions(text)
    assert [r.kind for r in spans] == ["name"] * len(expected)
    assert [r.text for r in spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فاطمة", "فاطمہ"),  # teh marbuta / heh goal
        ("علي", "علی"),  # Arabic / Farsi yeh
        ("كاروان", "کاروان"),  # Arabic / Persian kaf
        ("عائشة", "عائشہ"),
        ("أحمد", "احمد"),
        ("عَلِيٌّ", "علی"),  # diacritics
    ],
)
def test_arabic_script_variants_fold_onto_the_listed_name(text: str, expected: str) -> None:
    assert found(f"قال {text} ذلك") == [("name", text)]


@pytest.mark.parametrize(
    "text",
    [
        "Alibaba",
        "Karimabad",
        "Khanate",
        "Salibi",
        "محمدی ها",
        "رحیمہ",
        "রহিমা",
        "على الطاولة",
        "عَلَى",
    ],
)
def test_names_match_whole_words_only(text: str) -> None:
    assert [r for r in suggest_redactions(text) if r.kind == "name"] == []


# --- Places ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I grew up in Kharian, near Gujrat.", ["Kharian"]),
        ("from Lala Musa and Lalamusa", ["Lala Musa", "Lalamusa"]),
        ("Sarai Alamgir is by the river", ["Sarai Alamgir"]),
        ("We lived in Daska, Sialkot.", ["Daska"]),
        ("a shop in Hayatabad, Peshawar", ["Hayatabad"]),
        ("Ranya and Qaladiza are in Sulaymaniyah", ["Ranya", "Qaladiza"]),
        ("Sadr City, Baghdad", ["Sadr City"]),
        ("in al-Karrada", ["Karrada"]),
        ("Beanibazar and Golapganj in Sylhet", ["Beanibazar", "Golapganj"]),
        ("Chauddagram, Cumilla", ["Chauddagram"]),
        ("Surkh Rod in Nangarhar", ["Surkh Rod"]),
        ("Surkh-Rod and Surkhrod", ["Surkh-Rod", "Surkhrod"]),
        ("میں کھاریاں سے ہوں، ضلع گجرات", ["کھاریاں"]),
        ("سرائے عالمگیر میں", ["سرائے عالمگیر"]),
        ("لالہ موسیٰ کا اسٹیشن", ["لالہ موسیٰ"]),
        ("من رانية إلى السليمانية", ["رانية"]),
        ("لە سۆران و سوران", ["سۆران", "سوران"]),
        ("سكنت في مدينة الصدر ببغداد", ["مدينة الصدر"]),
        ("زه د سرخ رود یم", ["سرخ رود"]),
        ("আমি বিয়ানীবাজারে থাকতাম", ["বিয়ানীবাজার"]),
        ("চৌদ্দগ্রাম থেকে ঢাকা", ["চৌদ্দগ্রাম"]),
    ],
)
def test_places_in_latin_and_local_scripts(text: str, expected: list[str]) -> None:
    spans = suggest_redactions(text)
    assert [r.kind for r in spans] == ["place"] * len(expected)
    assert [r.text for r in spans] == expected


@pytest.mark.parametrize("text", ["Sadr party", "Sarai", "the city", "Surkh", "مدينة"])
def test_multi_word_places_match_only_as_a_whole(text: str) -> None:
    assert found(text) == []


def test_longer_span_wins_over_the_names_inside_it() -> None:
    assert found("Kotla Arab Ali Khan") == [("place", "Kotla Arab Ali Khan")]
    assert found("wa.me/923001234567") == [("url", "wa.me/923001234567")]
    assert found("bilal.khan@example.com") == [("email", "bilal.khan@example.com")]


# --- Gazetteer ---------------------------------------------------------------------------------


def _folded(word: str) -> str:
    return " ".join(_fold(word)[0].casefold().split())


def test_gazetteer_keeps_district_and_country_names_out() -> None:
    kept = {_folded(w) for w in gazetteer.KEEP_PLACES}
    assert kept.isdisjoint(_folded(w) for w in gazetteer.PLACES)
    assert kept.isdisjoint(_folded(w) for w in gazetteer.NAMES)
    assert {_folded(w) for w in gazetteer.PLACES}.isdisjoint(_folded(w) for w in gazetteer.NAMES)


def test_gazetteer_has_names_in_three_scripts() -> None:
    assert len(gazetteer.NAMES) >= 60
    assert any("a" <= w[0].lower() <= "z" for w in gazetteer.NAMES)
    assert any("\u0600" <= w[0] <= "\u06ff" for w in gazetteer.NAMES)
    assert any("\u0980" <= w[0] <= "\u09ff" for w in gazetteer.NAMES)


@pytest.mark.parametrize("name", gazetteer.NAMES)
def test_every_listed_name_is_found(name: str) -> None:
    assert found(f"( {name} )") == [("name", name)]


@pytest.mark.parametrize("place", gazetteer.PLACES)
def test_every_listed_place_is_found(place: str) -> None:
    assert found(f"( {place} )") == [("place", place)]


@pytest.mark.parametrize("place", gazetteer.KEEP_PLACES)
def test_no_kept_place_is_suggested(place: str) -> None:
    assert found(f"( {place} )") == []


# --- Shape of the result -----------------------------------------------------------------------

STORY = (
    "My name is Bilal Ahmed and I am from Kharian, district Gujrat. In 2019 I paid 3,000 euros "
    "to an agent in Greece; I was 23. Call me on +92 300 1234567 or write to bilal.a@gmail.com. "
    "My CNIC 35202-1234567-1 was taken. The helpline is 5588 and the group is t.me/wapsi_help.\n"
    "میرا دوست عمران سرائے عالمگیر سے ہے، اس کا نمبر ۰۳۰۴ ۱۱۱۲۱۲۳ ہے۔\n"
    "هاوڕێکەم کاروان لە ڕانیە، ژمارەی ٠٧٥٠ ١٢٣ ٤٥٦٧ و کارتی نیشتمانی ١٩٩٩ ١٢٣٤ ٥٦٧٨.\n"
    "আমার বন্ধু করিম বিয়ানীবাজারে থাকে, তার ফোন ০১৭১২-৩৪৫৬৭৮, সিলেট।"
)
STORY_SPANS = [
    ("name", "Bilal Ahmed"),
    ("place", "Kharian"),
    ("phone", "+92 300 1234567"),
    ("email", "bilal.a@gmail.com"),
    ("national_id", "35202-1234567-1"),
    ("url", "t.me/wapsi_help"),
    ("name", "عمران"),
    ("place", "سرائے عالمگیر"),
    ("phone", "۰۳۰۴ ۱۱۱۲۱۲۳"),
    ("name", "کاروان"),
    ("place", "ڕانیە"),
    ("phone", "٠٧٥٠ ١٢٣ ٤٥٦٧"),
    ("national_id", "١٩٩٩ ١٢٣٤ ٥٦٧٨"),
    ("name", "করিম"),
    ("place", "বিয়ানীবাজার"),
    ("phone", "০১৭১২-৩৪৫৬৭৮"),
]
STORY_REDACTED = (
    "My name is [name] and I am from [place], district Gujrat. In 2019 I paid 3,000 euros "
    "to an agent in Greece; I was 23. Call me on [phone] or write to [e-mail]. "
    "My CNIC [ID number] was taken. The helpline is 5588 and the group is [link].\n"
    "میرا دوست [name] [place] سے ہے، اس کا نمبر [phone] ہے۔\n"
    "هاوڕێکەم [name] لە [place]، ژمارەی [phone] و کارتی نیشتمانی [ID number].\n"
    "আমার বন্ধু [name] [place]ে থাকে, তার ফোন [phone], সিলেট।"
)


def test_mixed_language_story() -> None:
    spans = suggest_redactions(STORY)
    assert [(r.kind, r.text) for r in spans] == STORY_SPANS
    assert apply_redactions(STORY, spans) == STORY_REDACTED


def test_story_spans_are_sorted_disjoint_and_index_the_original() -> None:
    spans = suggest_redactions(STORY)
    for r in spans:
        assert r.kind in KINDS
        assert STORY[r.start : r.end] == r.text
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start


def test_applied_story_keeps_no_flagged_text() -> None:
    spans = suggest_redactions(STORY)
    redacted = apply_redactions(STORY, spans)
    for r in spans:
        assert r.text not in redacted
    for kind in {r.kind for r in spans}:
        assert f"[{PLACEHOLDER_LABELS[kind]}]" in redacted
    for kept in ("Gujrat", "Greece", "2019", "3,000 euros", "I was 23", "5588", "সিলেট"):
        assert kept in redacted


def test_empty_text() -> None:
    assert suggest_redactions("") == []
    assert apply_redactions("", []) == ""


# --- apply_redactions --------------------------------------------------------------------------


def test_placeholders() -> None:
    assert set(PLACEHOLDER_LABELS) == set(KINDS)
    text = "abcdefghijkl"
    spans = [{"start": 2 * i, "end": 2 * i + 2, "kind": kind} for i, kind in enumerate(KINDS)]
    assert apply_redactions(text, spans) == "[phone][ID number][e-mail][link][name][place]"


def test_apply_accepts_dicts_in_any_order_and_adjacent_spans() -> None:
    text = "Ali Khan, 0300 1234567"
    spans = [
        {"start": 10, "end": 22, "kind": "phone", "text": "ignored"},
        {"start": 0, "end": 3, "kind": "name"},
        {"start": 3, "end": 8, "kind": "name"},
    ]
    assert apply_redactions(text, spans) == "[name][name], [phone]"


def test_apply_with_no_spans_returns_the_text() -> None:
    assert apply_redactions("nothing to hide", []) == "nothing to hide"


BAD_SPANS = {
    "overlap": [{"start": 0, "end": 5, "kind": "name"}, {"start": 4, "end": 8, "kind": "place"}],
    "duplicate": [{"start": 0, "end": 5, "kind": "name"}, {"start": 0, "end": 5, "kind": "name"}],
    "end past text": [{"start": 5, "end": 99, "kind": "name"}],
    "negative start": [{"start": -1, "end": 3, "kind": "name"}],
    "empty span": [{"start": 3, "end": 3, "kind": "name"}],
    "reversed span": [{"start": 5, "end": 3, "kind": "name"}],
    "unknown kind": [{"start": 0, "end": 3, "kind": "address"}],
    "missing kind": [{"start": 0, "end": 3}],
    "missing start": [{"end": 3, "kind": "name"}],
    "string start": [{"start": "0", "end": 3, "kind": "name"}],
    "float end": [{"start": 0, "end": 3.0, "kind": "name"}],
    "bool start": [{"start": True, "end": 3, "kind": "name"}],
    "not a dict": [[0, 3, "name"]],
    "not a list": {"start": 0, "end": 3, "kind": "name"},
    "none": None,
}


@pytest.mark.parametrize("data", BAD_SPANS.values(), ids=BAD_SPANS.keys())
def test_bad_spans_raise_value_error(data: object) -> None:
    text = "Ali Khan lives here"
    with pytest.raises(ValueError):
        redactions_from_json(text, data)
    with pytest.raises(ValueError):
        apply_redactions(text, data)  # type: ignore[arg-type]


def test_overlapping_redaction_objects_raise() -> None:
    text = "Ali Khan"
    with pytest.raises(ValueError):
        apply_redactions(text, [Redaction(0, 3, "name", "Ali"), Redaction(2, 8, "name", "i Khan")])


# --- JSON --------------------------------------------------------------------------------------


def test_json_round_trip() -> None:
    spans = suggest_redactions(STORY)
    data = redactions_to_json(spans)
    assert all(set(item) == {"start", "end", "kind", "text"} for item in data)
    assert redactions_from_json(STORY, data) == spans
    assert apply_redactions(STORY, data) == STORY_REDACTED


def test_json_recomputes_text_from_the_original_and_sorts() -> None:
    text = "Ali and Fatima"
    data = [
        {"start": 8, "end": 14, "kind": "name", "text": "stale"},
        {"start": 0, "end": 3, "kind": "name"},
    ]
    assert redactions_from_json(text, data) == [
        Redaction(0, 3, "name", "Ali"),
        Redaction(8, 14, "name", "Fatima"),
    ]


def test_redaction_is_frozen() -> None:
    r = Redaction(0, 3, "name", "Ali")
    with pytest.raises(AttributeError):
        r.start = 1  # type: ignore[misc]


def test_redacted_text_needs_no_further_redaction() -> None:
    # services.story_redact re-runs the suggestions on the moderator's public text.
    assert suggest_redactions(STORY_REDACTED) == []


def test_errors_do_not_repeat_the_stored_text() -> None:
    data = [{"start": 0, "end": 99, "kind": "phone", "text": "0300 1234567"}]
    with pytest.raises(ValueError) as error:
        redactions_from_json("0300 1234567", data)
    assert "1234567" not in str(error.value)
