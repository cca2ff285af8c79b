"""XLSForm export and import, checked with pyxform and by reading the XForm it makes."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from wapsi.campaigns import xlsform
from wapsi.campaigns.xlsform import (
    Choice,
    Question,
    Questionnaire,
    build_xlsform,
    language_column,
    parse_xlsform,
    xlsform_to_xform,
)

NS = {
    "h": "http://www.w3.org/1999/xhtml",
    "x": "http://www.w3.org/2002/xforms",
}

YES_NO = [
    Choice("yes", {"en": "Yes", "ur": "ہاں", "ar": "نعم"}),
    Choice("no", {"en": "No", "ur": "نہیں", "ar": "لا"}),
    Choice("dont_know", {"en": "Don't know", "ur": "معلوم نہیں", "ar": "لا أعرف"}),
]


def sample() -> Questionnaire:
    return Questionnaire(
        form_id="punjab_baseline",
        title="Town-hall baseline (illustrative)",
        version="2026120101",
        languages=["en", "ur", "ar"],
        respondent_code=True,
        questions=[
            Question(
                "heard_legal",
                "select_one",
                {
                    "en": "Have you heard of legal work visas?",
                    "ur": "کیا آپ نے قانونی ورک ویزا کے بارے میں سنا ہے؟",
                    "ar": "هل سمعت عن تأشيرات العمل القانونية؟",
                },
                YES_NO,
                required=True,
                group="knowledge",
            ),
            Question(
                "sources",
                "select_multiple",
                {"en": "Whom do you trust?", "ur": "آپ کس پر بھروسہ کرتے ہیں؟", "ar": "بمن تثق؟"},
                [
                    Choice(
                        "returnees", {"en": "Returnees", "ur": "واپس آنے والے", "ar": "العائدون"}
                    ),
                    Choice("family", {"en": "Family", "ur": "خاندان", "ar": "العائلة"}),
                ],
                group="knowledge",
            ),
            Question("age", "integer", {"en": "Age", "ur": "عمر", "ar": "العمر"}, required=True),
            Question(
                "comment", "text", {"en": "Anything else?", "ur": "کچھ اور؟", "ar": "شيء آخر؟"}
            ),
        ],
    )


def test_parse_of_build_is_the_same_questionnaire() -> None:
    q = sample()
    assert parse_xlsform(build_xlsform(q)) == q


def test_the_exported_xlsform_is_a_valid_xform_with_every_language() -> None:
    q = sample()
    root = ET.fromstring(xlsform_to_xform(build_xlsform(q)))
    model = root.find("h:head/x:model", NS)
    assert model is not None
    instance = model.find("x:instance/*", NS)  # the first instance is the form's own
    assert instance is not None and instance.get("id") == "punjab_baseline"
    top = "/" + instance.tag.rpartition("}")[2]
    assert instance.get("version") == "2026120101"
    binds = {b.get("nodeset"): b for b in model.findall("x:bind", NS)}
    assert binds[f"{top}/knowledge/heard_legal"].get("required") == "true()"
    assert binds[f"{top}/knowledge/sources"].get("type") == "string"
    assert binds[f"{top}/age"].get("type") == "int"
    assert binds[f"{top}/respondent_code"].get("required") == "true()"
    assert binds[f"{top}/comment"].get("required") is None
    translations = {t.get("lang"): t for t in model.findall("x:itext/x:translation", NS)}
    assert set(translations) == {language_column(c) for c in q.languages}
    assert translations["English (en)"].get("default") == "true()"
    for code in q.languages:
        texts = {
            t.get("id"): t.findtext("x:value", namespaces=NS)
            for t in translations[language_column(code)].findall("x:text", NS)
        }
        for question in q.questions:
            path = f"{top}/{question.group + '/' if question.group else ''}{question.name}"
            assert texts[f"{path}:label"] == question.labels[code]
        choice_texts = set(texts.values())
        for question in q.questions:
            for choice in question.choices or []:
                assert choice.labels[code] in choice_texts
    body = root.find("h:body", NS)
    assert body is not None
    assert body.find("x:group/x:select1", NS) is not None
    assert body.find("x:group/x:select", NS) is not None


def test_a_split_group_or_a_bad_name_is_refused_before_export() -> None:
    q = sample()
    split = Questionnaire(
        q.form_id, q.title, q.version, q.languages,
        [q.questions[0], q.questions[2], q.questions[1]],
    )  # fmt: skip
    with pytest.raises(ValueError, match="split"):
        build_xlsform(split)
    bad = Questionnaire("f", "t", "1", ["en"], [Question("2 words", "text", {"en": "x"})])
    with pytest.raises(ValueError, match="names"):
        build_xlsform(bad)


def workbook(survey: list[list[str]], choices: list[list[str]] | None = None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    for row in survey:
        sheet.append(row)
    if choices:
        sheet = book.create_sheet("choices")
        for row in choices:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def messages(error: ValidationError) -> list[str]:
    return [str(m) for m in error.messages]


def test_an_xlsform_made_elsewhere_reads_with_kobos_metadata_skipped() -> None:
    data = workbook(
        [
            ["type", "name", "label::English (en)", "label::Pashto (ps)", "required"],
            ["start", "start", "", "", ""],
            ["end", "end", "", "", ""],
            ["select_one yn", "q1", "Plan to go?", "د تلو پلان لرئ؟", "yes"],
            ["integer", "q2", "Age", "عمر", ""],
        ],
        [
            ["list_name", "name", "label::English (en)", "label::Pashto (ps)"],
            ["yn", "yes", "Yes", "هو"],
            ["yn", "no", "No", "نه"],
        ],
    )
    q = parse_xlsform(data)
    assert q.languages == ["en", "ps"]
    assert [x.name for x in q.questions] == ["q1", "q2"]
    assert q.questions[0].choices == [
        Choice("yes", {"en": "Yes", "ps": "هو"}),
        Choice("no", {"en": "No", "ps": "نه"}),
    ]
    assert q.questions[0].required and not q.questions[1].required
    assert not q.respondent_code


def test_a_malformed_xlsform_is_refused_with_every_row_named() -> None:
    data = workbook(
        [
            ["type", "name", "label::English (en)", "relevant"],
            ["select_one yn", "q1", "Plan to go?", ""],
            ["geopoint", "where", "Where are you?", ""],
            ["integer", "q1", "Age", ""],
            ["text", "q3", "Why?", "${q1} = 'yes'"],
            ["begin_repeat", "kids", "Children", ""],
            ["end_repeat", "", "", ""],
        ],
        [["list_name", "name", "label::English (en)"], ["yn", "yes", "Yes"]],
    )
    with pytest.raises(ValidationError) as caught:
        parse_xlsform(data)
    found = messages(caught.value)
    assert any("Row 3" in m and "geopoint" in m for m in found)
    assert any("Row 5" in m and "relevant" in m for m in found)
    assert any("Row 6" in m and "repeats" in m for m in found)
    # pyxform's own verdict, naming the row of the duplicated name.
    assert any("pyxform" in m and "row : 4" in m and "q1" in m for m in found)
    assert {e.code for e in caught.value.error_list} >= {
        "xlsform_type", "xlsform_logic", "xlsform_nesting", "xlsform_rejected"
    }  # fmt: skip


def test_refusals_go_through_gettext(monkeypatch: pytest.MonkeyPatch) -> None:
    # The catalogues get these strings after merge; here a stand-in translation shows that
    # every message is translated when it is made, in the language active for the person.
    monkeypatch.setattr(xlsform, "_", lambda text: f"[{translation.get_language()}] {text}")
    data = workbook([["type", "name", "label"], ["geopoint", "where", "Where?"]])
    with translation.override("ur"), pytest.raises(ValidationError) as caught:
        parse_xlsform(data)
    assert messages(caught.value) == [
        '[ur] Row 2 of the survey sheet: Wapsi cannot hold a question of type "geopoint" '
        "(only select_one, select_multiple, integer and text)."
    ]


def test_a_file_that_is_not_an_xlsform_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_xlsform(b"not a workbook at all")
    assert caught.value.error_list[0].code in {"xlsform_unreadable", "xlsform_rejected"}
