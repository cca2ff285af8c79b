"""Importing KoboToolbox and ODK Central response exports back into a questionnaire."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from wapsi.campaigns import effect, responses
from wapsi.campaigns.responses import (
    IGNORE,
    TARGET_RESPONDENT_CODE,
    TARGET_SUBMITTED_AT,
    TARGET_UUID,
    Response,
    answer_scores,
    matched,
    outcome_count,
    read_table,
    responses_import,
    suggest_mapping,
)
from wapsi.campaigns.tests.test_xlsform import sample
from wapsi.campaigns.xlsform import Questionnaire, build_xlsform, xlsform_to_xform

XF = "{http://www.w3.org/2002/xforms}"


def kobo_columns(q: Questionnaire) -> list[str]:
    """Data columns as KoboToolbox names them: the XForm's instance paths below the root,
    joined with "/", and one extra "1"/"0" column per choice of a select_multiple."""
    root = ET.fromstring(xlsform_to_xform(build_xlsform(q)))
    instance = root.find(f".//{XF}instance/*")
    assert instance is not None
    multiple = {x.name: x for x in q.questions if x.kind == "select_multiple"}
    columns: list[str] = []

    def walk(element: ET.Element, prefix: str) -> None:
        for child in element:
            name = child.tag.removeprefix(XF)
            if name == "meta":
                continue
            path = f"{prefix}{name}"
            if len(child):
                walk(child, path + "/")
                continue
            columns.append(path)
            for choice in multiple[name].choices or [] if name in multiple else []:
                columns.append(f"{path}/{choice.name}")

    walk(instance, "")
    return columns


ANSWERS: list[dict[str, object]] = [
    {
        "respondent_code": "PB-0001",
        "heard_legal": "yes",
        "sources": ["returnees", "family"],
        "age": 23,
        "comment": "بہت اچھا سیشن",
    },
    {
        "respondent_code": "PB-0002",
        "heard_legal": "dont_know",
        "sources": [],
        "age": 31,
        "comment": "",
    },
    {
        "respondent_code": "PB-0003",
        "heard_legal": "no",
        "sources": ["family"],
        "age": 19,
        "comment": 'Semi; colon, and "quotes"',
    },
]


def kobo_rows(
    q: Questionnaire, answers: list[dict[str, object]]
) -> tuple[list[str], list[list[str]]]:
    headers = ["start", "end", *kobo_columns(q), "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"]  # fmt: skip
    rows = []
    for i, answer in enumerate(answers, start=1):
        row = []
        for header in headers:
            leaf = header.split("/")
            value: object = ""
            if header == "start":
                value = "2026-11-20T09:00:00.000+05:00"
            elif header == "end":
                value = "2026-11-20T09:05:00.000+05:00"
            elif header == "_id":
                value = str(1000 + i)
            elif header == "_uuid":
                value = f"5b1e0000-0000-4000-8000-00000000000{i}"
            elif header == "_submission_time":
                value = f"2026-11-20T04:0{i}:00"
            elif header == "_index":
                value = str(i)
            elif header == "_status":
                value = "submitted_via_web"
            elif leaf[-1] in answer:
                value = answer[leaf[-1]]
                if isinstance(value, list):
                    value = " ".join(value)
            elif len(leaf) >= 2 and leaf[-2] == "sources":
                value = "1" if leaf[-1] in answer["sources"] else "0"  # type: ignore[operator]
            row.append(str(value))
        rows.append(row)
    return headers, rows


def as_csv(headers: list[str], rows: list[list[str]], delimiter: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def as_xlsx(headers: list[str], rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Town-hall baseline"
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def expected(answers: list[dict[str, object]]) -> list[Response]:
    result = []
    for i, answer in enumerate(answers, start=1):
        sources = answer["sources"]
        result.append(
            Response(
                respondent_code=str(answer["respondent_code"]),
                submitted_at=datetime(2026, 11, 20, 4, i, tzinfo=UTC),
                uuid=f"5b1e0000-0000-4000-8000-00000000000{i}",
                answers={
                    "heard_legal": answer["heard_legal"],
                    "sources": sources or None,
                    "age": answer["age"],
                    "comment": answer["comment"] or None,
                },  # type: ignore[dict-item]
            )
        )
    return result


@pytest.mark.parametrize("form", ["csv;", "csv,", "xlsx"])
def test_a_kobo_export_round_trips_with_every_answer_in_place(form: str) -> None:
    q = sample()
    headers, rows = kobo_rows(q, ANSWERS)
    assert "knowledge/heard_legal" in headers and "knowledge/sources/returnees" in headers
    if form == "xlsx":
        typed: list[list[object]] = [[int(c) if c.isdigit() else c for c in r] for r in rows]
        data = as_xlsx(headers, typed)
    else:
        data = as_csv(headers, rows, form[-1])
    assert responses_import(data=data, questionnaire=q) == expected(ANSWERS)


def test_per_choice_columns_alone_are_enough() -> None:
    q = sample()
    headers, rows = kobo_rows(q, ANSWERS)
    drop = headers.index("knowledge/sources")
    headers.pop(drop)
    for row in rows:
        row.pop(drop)
    assert responses_import(data=as_csv(headers, rows, ","), questionnaire=q) == expected(ANSWERS)


def test_an_odk_central_export_with_dash_separated_groups_imports() -> None:
    q = sample()
    headers = ["SubmissionDate", "start", "end", "respondent_code", "knowledge-heard_legal", "knowledge-sources", "age", "comment", "meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion"]  # fmt: skip
    row = ["2026-11-20T04:01:00.000Z", "", "", "PB-0001", "yes", "returnees family", "23", "بہت اچھا سیشن", "uuid:5b1e0000-0000-4000-8000-000000000001", "uuid:5b1e0000-0000-4000-8000-000000000001", "5", "field", "0", "0", "", "", "", "0", "2026120101"]  # fmt: skip
    mapping = suggest_mapping(headers, q)
    assert mapping["knowledge-heard_legal"] == "heard_legal"
    assert mapping["meta-instanceID"] == TARGET_UUID
    assert mapping["SubmissionDate"] == TARGET_SUBMITTED_AT
    assert mapping["KEY"] == IGNORE
    assert responses_import(data=as_csv([*headers], [row], ","), questionnaire=q) == expected(
        ANSWERS[:1]
    )


def test_suggestion_strips_group_prefixes_and_a_person_can_override_it() -> None:
    q = sample()
    headers = [
        "group_abc/knowledge/heard_legal",
        "Respondent_Code",
        "how_old",
        "comment",
        "_uuid",
        "meta/instanceID",
    ]
    mapping = suggest_mapping(headers, q)
    assert mapping == {
        "group_abc/knowledge/heard_legal": "heard_legal",
        "Respondent_Code": TARGET_RESPONDENT_CODE,
        "comment": "comment",
        "_uuid": TARGET_UUID,
        "meta/instanceID": IGNORE,
    }
    data = as_csv([*headers, "sources"], [["no", "X-9", "40", "", "u-1", "uuid:u-1", ""]], ",")
    with pytest.raises(ValidationError) as caught:
        responses_import(data=data, questionnaire=q)  # how_old and sources have no home
    assert {e.code for e in caught.value.error_list} >= {"unmapped_column", "no_column"}
    result = responses_import(
        data=data,
        questionnaire=q,
        mapping={**mapping, "how_old": "age", "sources": "sources"},
    )
    assert result == [
        Response(
            "X-9", None, "u-1", {"heard_legal": "no", "sources": None, "age": 40, "comment": None}
        )
    ]


def problems(data: bytes, q: Questionnaire, **kwargs: object) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        responses_import(data=data, questionnaire=q, **kwargs)  # type: ignore[arg-type]
    return [(str(e.code), str(e.messages[0])) for e in caught.value.error_list]


def test_wrong_and_missing_columns_are_each_listed() -> None:
    q = sample()
    headers = ["respondent_code", "knowledge/heard_legal", "favourite_colour", "age"]
    found = problems(as_csv(headers, [["A", "yes", "blue", "3"]], ";"), q)
    assert (
        "unmapped_column",
        'Column "favourite_colour" matches no question of this questionnaire; map it to one or ignore it.',
    ) in found
    assert ("no_column", 'No column holds the answers to question "sources".') in found
    assert ("no_column", 'No column holds the answers to question "comment".') in found
    assert len(found) == 3


def test_a_mapping_to_a_missing_column_or_an_unknown_question_is_refused() -> None:
    q = sample()
    headers = ["respondent_code", "heard_legal", "sources", "age", "comment"]
    data = as_csv(headers, [["A", "yes", "", "3", ""]], ",")
    mapping = {h: h for h in headers} | {"respondent_code": TARGET_RESPONDENT_CODE}
    found = problems(data, q, mapping={**mapping, "ghost": "age", "comment": "colour"})
    codes = [code for code, _message in found]
    assert codes.count("missing_column") == 1 and codes.count("unknown_target") == 1
    found = problems(data, q, mapping={**mapping, "comment": "age"})
    assert [c for c, _m in found] == ["duplicate_column", "no_column"]


def test_every_bad_answer_is_listed_by_row_and_column_and_nothing_is_imported() -> None:
    q = sample()
    headers, rows = kobo_rows(q, ANSWERS)
    col = {h: i for i, h in enumerate(headers)}
    rows.append(list(rows[0]))  # row 5: duplicates PB-0001 of row 2
    rows[0][col["age"]] = "twenty"  # row 2
    rows[1][col["knowledge/heard_legal"]] = "maybe"  # row 3
    rows[1][col["knowledge/sources"]] = "returnees agents"  # row 3
    rows[2][col["knowledge/heard_legal"]] = ""  # row 4: required
    rows[2][col["age"]] = "19.5"  # row 4
    rows[2][col["respondent_code"]] = "PB-0900"  # row 4: imported before
    rows[3][col["_submission_time"]] = "last Tuesday"  # row 5
    found = problems(as_csv(headers, rows, ";"), q, existing_codes={"PB-0900"})
    assert found == [
        ("not_a_number", 'Row 2, column "age": "twenty" is not a whole number.'),
        (
            "not_a_choice",
            'Row 3, column "knowledge/heard_legal": "maybe" is not one of the choices of this question.',
        ),
        (
            "not_a_choice",
            'Row 3, column "knowledge/sources": "agents" is not one of the choices of this question.',
        ),
        ("required", 'Row 4, column "knowledge/heard_legal": this question must be answered.'),
        ("not_a_number", 'Row 4, column "age": "19.5" is not a whole number.'),
        ("not_a_date", 'Row 5, column "_submission_time": "last Tuesday" is not a date and time.'),
        (
            "existing_code",
            'Row 4, column "respondent_code": respondent code "PB-0900" has already been imported for this survey.',
        ),
        (
            "duplicate_code",
            'Row 5, column "respondent_code": respondent code "PB-0001" is also in row 2.',
        ),
    ]


def test_a_missing_respondent_code_and_a_bad_choice_flag_are_listed() -> None:
    q = sample()
    headers, rows = kobo_rows(q, ANSWERS[:1])
    col = {h: i for i, h in enumerate(headers)}
    rows[0][col["respondent_code"]] = ""
    rows[0][col["knowledge/sources"]] = ""
    rows[0][col["knowledge/sources/family"]] = "maybe"
    headers.pop(col["knowledge/sources"])
    rows[0].pop(col["knowledge/sources"])
    found = problems(as_csv(headers, rows, ","), q)
    assert found == [
        (
            "not_a_flag",
            'Row 2, column "knowledge/sources/family": "maybe" should be 1 (chosen) or 0 (not chosen).',
        ),
        ("required", 'Row 2, column "respondent_code": the respondent code is missing.'),
    ]


def test_problems_are_in_the_persons_language(monkeypatch: pytest.MonkeyPatch) -> None:
    # The catalogues get these strings after merge; a stand-in translation shows each message
    # is translated when it is made, in the language active for the person.
    monkeypatch.setattr(responses, "_", lambda text: f"[{translation.get_language()}] {text}")
    q = sample()
    headers, rows = kobo_rows(q, ANSWERS[:1])
    rows[0][headers.index("age")] = "x"
    with translation.override("ps"):
        found = problems(as_csv(headers, rows, ","), q)
    assert found == [("not_a_number", '[ps] Row 2, column "age": "x" is not a whole number.')]


def test_unreadable_files_are_refused() -> None:
    with pytest.raises(ValidationError):
        read_table(b"\xff\xfe\x00bad")
    with pytest.raises(ValidationError):
        read_table(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ValidationError):
        read_table(b"")


def test_blank_rows_are_skipped_and_a_semicolon_file_is_detected() -> None:
    table = read_table(b"a;b\n1;2\n;\n3;4\n")
    assert table.headers == ["a", "b"]
    assert [r for r in table.rows if any(r)] == [["1", "2"], ["3", "4"]]


def _r(code: str | None, **answers: object) -> Response:
    return Response(code, None, None, answers)  # type: ignore[arg-type]


def test_outcome_counts_leave_out_unanswered_and_excluded_answers() -> None:
    rows = [
        _r("a", know="yes", sources=["returnees", "family"]),
        _r("b", know="no", sources=["family"]),
        _r("c", know="dont_know", sources=None),
        _r("d", know=None, sources=["mrc"]),
    ]
    assert outcome_count(rows, question="know", outcome={"yes"}) == (1, 3)
    assert outcome_count(rows, question="know", outcome={"yes"}, exclude={"dont_know"}) == (1, 2)
    assert outcome_count(rows, question="sources", outcome={"returnees", "mrc"}) == (2, 3)
    assert outcome_count([], question="know", outcome={"yes"}) == (0, 0)


def test_scores_and_matched_pairs_feed_the_effect_statistics() -> None:
    scale = {"low": 1, "medium": 2, "high": 3}
    before = [
        _r("a", risk="low", age=20),
        _r("b", risk="dont_know"),
        _r("c", risk="medium"),
        _r(None, risk="high"),
    ]
    after = [_r("c", risk="high"), _r("a", risk="high", age=21), _r("z", risk="low")]
    assert answer_scores(before, question="risk", scores=scale) == [1.0, 2.0, 3.0]
    assert answer_scores(after, question="age", scores={}) == [21.0]
    pairs = matched(before, after)
    assert [(b.respondent_code, a.respondent_code) for b, a in pairs] == [("a", "a"), ("c", "c")]
    result = effect.paired_mean_difference(
        pairs=[(scale[str(b.answers["risk"])], scale[str(a.answers["risk"])]) for b, a in pairs]
    )
    assert result.estimate == 1.5 and result.n == (2,) and result.too_small
