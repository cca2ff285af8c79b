"""Questionnaires as XLSForms, for KoboToolbox and ODK Collect, checked by pyxform.

`build_xlsform` writes the workbook (survey, choices and settings sheets; one
`label::<Language> (<code>)` column per language, as the XLSForm specification names
multilingual columns; `default_language` in settings) and converts it with pyxform, the
XLSForm reference library, so that a form pyxform would reject is never handed out.

`parse_xlsform` reads an XLSForm made elsewhere with pyxform's reader, converts it with
pyxform, and refuses, listing every problem by row, what pyxform rejects and what a Wapsi
questionnaire cannot hold: question types other than select_one, select_multiple, integer and
text (metadata rows such as `start`, `end` or `deviceid`, which KoboToolbox adds to every form,
are skipped), nested groups and repeats, and skip logic or constraints (a questionnaire that
silently lost its `relevant` column would ask different questions).

Respondent codes: with `respondent_code=True` the form begins with a required text question
named `respondent_code` (the anonymous code that matches a respondent's baseline and endline
answers); a form with such a question reads back with `respondent_code=True`.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any, Literal

import openpyxl
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from pyxform.errors import PyXFormError
from pyxform.xls2json_backends import get_xlsform
from pyxform.xls2xform import convert

Kind = Literal["select_one", "select_multiple", "integer", "text"]
KINDS: tuple[Kind, ...] = ("select_one", "select_multiple", "integer", "text")

#: XLSForm names are XML element names; Wapsi keeps to the plain ASCII subset.
NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")

#: The names written in the XLSForm's language columns, e.g. `label::Urdu (ur)`.
LANGUAGE_NAMES = {
    "en": "English",
    "ur": "Urdu",
    "ar": "Arabic",
    "ckb": "Central Kurdish",
    "bn": "Bangla",
    "ps": "Pashto",
    "fa-af": "Dari",
}
_NAME_TO_CODE = {name.lower(): code for code, name in LANGUAGE_NAMES.items()} | {
    "bengali": "bn",
    "sorani": "ckb",
    "kurdish": "ckb",
    "farsi": "fa-af",
    "persian": "fa-af",
}

RESPONDENT_CODE = "respondent_code"
#: The label of the respondent-code question (drafts, for native review like the question bank).
RESPONDENT_CODE_LABELS = {
    "en": "Respondent code (from your card)",
    "ur": "جواب دہندہ کا کوڈ (آپ کے کارڈ سے)",
    "ar": "رمز المشارك (من بطاقتك)",
    "ckb": "کۆدی بەشداربوو (لە کارتەکەتەوە)",
    "bn": "উত্তরদাতার কোড (আপনার কার্ড থেকে)",
    "ps": "د ځواب ورکوونکي کوډ (ستاسو له کارت څخه)",
    "fa-af": "کود پاسخ‌دهنده (از کارت شما)",
}

# Rows KoboToolbox and ODK add for metadata; they hold no answer of the respondent.
METADATA_TYPES = frozenset(
    {"start", "end", "today", "deviceid", "phonenumber", "username", "email", "audit",
     "simserial", "subscriberid", "start-geopoint", "background-audio", "calculate"}
)  # fmt: skip
_UNSUPPORTED_COLUMNS = ("relevant", "constraint", "choice_filter", "repeat_count", "calculation")


@dataclass(frozen=True)
class Choice:
    name: str
    labels: dict[str, str]


@dataclass(frozen=True)
class Question:
    name: str
    kind: Kind
    labels: dict[str, str]
    choices: list[Choice] | None = None
    required: bool = False
    group: str | None = None


@dataclass(frozen=True)
class Questionnaire:
    form_id: str
    title: str
    version: str
    languages: list[str]
    questions: list[Question] = field(default_factory=list)
    respondent_code: bool = False


def language_column(code: str) -> str:
    return f"{LANGUAGE_NAMES.get(code, code)} ({code})"


# --- building -------------------------------------------------------------------------


def _check_buildable(q: Questionnaire) -> None:
    if not q.languages:
        raise ValueError("a questionnaire needs at least one language")
    names = [RESPONDENT_CODE] if q.respondent_code else []
    closed: set[str] = set()
    current: str | None = None
    for question in q.questions:
        names.append(question.name)
        if question.group != current:
            if question.group in closed:
                raise ValueError(f"group {question.group!r} is split; keep its questions together")
            if current is not None:
                closed.add(current)
            current = question.group
        if (question.kind in ("select_one", "select_multiple")) != bool(question.choices):
            raise ValueError(f"question {question.name!r}: choices go with select questions only")
    bad = [n for n in names + sorted(closed) if not NAME_RE.match(n)]
    if bad:
        raise ValueError(f"not valid XLSForm names: {bad}")
    if len(set(names)) != len(names):
        raise ValueError("question names must be unique")


def _survey_rows(q: Questionnaire) -> list[list[Any]]:
    rows: list[list[Any]] = []

    def labels(texts: dict[str, str]) -> list[str]:
        return [texts.get(code, "") for code in q.languages]

    if q.respondent_code:
        rows.append(["text", RESPONDENT_CODE, *labels(RESPONDENT_CODE_LABELS), "yes"])
    current: str | None = None
    for question in q.questions:
        if question.group != current:
            if current is not None:
                rows.append(["end_group", "", *labels({}), ""])
            if question.group is not None:
                rows.append(["begin_group", question.group, *labels({}), ""])
            current = question.group
        kind = question.kind
        if question.choices:
            kind = f"{question.kind} {question.name}"  # type: ignore[assignment]
        required = "yes" if question.required else ""
        rows.append([kind, question.name, *labels(question.labels), required])
    if current is not None:
        rows.append(["end_group", "", *labels({}), ""])
    return rows


def build_xlsform(q: Questionnaire) -> bytes:
    """The questionnaire as an XLSForm workbook, checked by converting it with pyxform."""
    _check_buildable(q)
    label_columns = [f"label::{language_column(code)}" for code in q.languages]
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", *label_columns, "required"])
    for row in _survey_rows(q):
        survey.append(row)
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", *label_columns])
    for question in q.questions:
        for choice in question.choices or []:
            texts = [choice.labels.get(code, "") for code in q.languages]
            choices.append([question.name, choice.name, *texts])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "form_title", "version", "default_language"])
    settings.append([q.form_id, q.title, q.version, language_column(q.languages[0])])
    out = io.BytesIO()
    book.save(out)
    data = out.getvalue()
    xlsform_to_xform(data)  # raises if pyxform would reject what we hand out
    return data


def xlsform_to_xform(data: bytes) -> str:
    """The XForm XML pyxform makes of an XLSForm; PyXFormError if it rejects it."""
    return str(convert(xlsform=data, file_type=".xlsx").xform)


# --- parsing --------------------------------------------------------------------------

_LANG_RE = re.compile(r"^(?P<name>.*?)\s*\((?P<code>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\)\s*$")


class _Problems:
    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def add(self, code: str, message: str, **params: Any) -> None:
        self.errors.append(ValidationError(message, code=code, params=params))


def _language_code(column: str, default: str) -> str | None:
    """`label::Urdu (ur)` -> "ur"; `label::Urdu` -> "ur"; `label` -> the default language."""
    _, sep, language = column.partition("::") if "::" in column else column.partition(":")
    if not sep:
        return default
    match = _LANG_RE.match(language)
    if match:
        return match["code"].lower().replace("_", "-")
    return _NAME_TO_CODE.get(language.strip().lower())


def _label_columns(
    headers: list[str], default: str, problems: _Problems, sheet: str
) -> dict[str, str]:
    columns: dict[str, str] = {}
    for header in headers:
        if header != "label" and not header.startswith("label:"):
            continue
        code = _language_code(header, default)
        if code is None:
            problems.add(
                "xlsform_language",
                _(
                    'Sheet "%(sheet)s", column "%(column)s": Wapsi cannot tell which language this is; write it as "label::Urdu (ur)".'
                ),
                sheet=sheet,
                column=header,
            )
        else:
            columns[header] = code
    return columns


def _headers(rows: Any) -> list[str]:
    return list(rows[0].keys()) if rows else []


def _default_language(settings: dict[str, str]) -> str:
    value = settings.get("default_language", "")
    if value:
        code = _language_code(f"label::{value}", "en")
        if code:
            return code
    return "en"


def _read_choices(book: Any, default: str, problems: _Problems) -> dict[str, list[Choice]]:
    columns = _label_columns(_headers(book.choices_header), default, problems, "choices")
    lists: dict[str, list[Choice]] = {}
    for row in book.choices or []:
        if not row.get("list_name") or not row.get("name"):
            continue
        labels = {code: row[col] for col, code in columns.items() if row.get(col)}
        lists.setdefault(row["list_name"], []).append(Choice(row["name"], labels))
    return lists


def _read_question(
    row: dict[str, str], row_number: int, group: str | None, columns: dict[str, str],
    lists: dict[str, list[Choice]], problems: _Problems,
) -> Question | None:  # fmt: skip
    kind, _sep, list_name = row.get("type", "").strip().partition(" ")
    kind = kind.replace("select1", "select_one")
    name = row.get("name", "")
    if kind not in KINDS:
        problems.add(
            "xlsform_type",
            _(
                'Row %(row)s of the survey sheet: Wapsi cannot hold a question of type "%(type)s" (only select_one, select_multiple, integer and text).'
            ),
            row=row_number,
            type=row.get("type", ""),
        )
        return None
    for column in _UNSUPPORTED_COLUMNS:
        if row.get(column):
            problems.add(
                "xlsform_logic",
                _(
                    'Row %(row)s of the survey sheet: Wapsi cannot keep the "%(column)s" column; remove it or ask the questions without it.'
                ),
                row=row_number,
                column=column,
            )
    choices = None
    if kind in ("select_one", "select_multiple"):
        choices = list(lists.get(list_name.strip(), []))
    labels = {code: row[col] for col, code in columns.items() if row.get(col)}
    required = row.get("required", "").strip().lower() in ("yes", "true", "true()", "1")
    return Question(name, kind, labels, choices, required, group)  # type: ignore[arg-type]


def _read_survey(
    book: Any, default: str, lists: dict[str, list[Choice]], problems: _Problems
) -> tuple[list[Question], bool]:
    columns = _label_columns(_headers(book.survey_header), default, problems, "survey")
    questions: list[Question] = []
    respondent_code = False
    group: str | None = None
    for index, row in enumerate(book.survey or []):
        row_number = index + 2  # the header is row 1
        kind = row.get("type", "").strip().lower().replace(" ", "_")
        if not kind or kind in METADATA_TYPES:
            continue
        if kind in ("begin_group", "begin_repeat"):
            if group is not None or kind == "begin_repeat":
                problems.add(
                    "xlsform_nesting",
                    _(
                        "Row %(row)s of the survey sheet: Wapsi holds groups one level deep and no repeats."
                    ),
                    row=row_number,
                )
            group = row.get("name") or group
            continue
        if kind in ("end_group", "end_repeat"):
            group = None
            continue
        if kind == "text" and row.get("name") == RESPONDENT_CODE:
            respondent_code = True
            continue
        question = _read_question(row, row_number, group, columns, lists, problems)
        if question is not None:
            questions.append(question)
    return questions, respondent_code


def parse_xlsform(data: bytes) -> Questionnaire:
    """A questionnaire from an XLSForm made elsewhere; ValidationError listing every problem."""
    problems = _Problems()
    try:
        book = get_xlsform(xlsform=data)
    except PyXFormError as error:
        raise ValidationError(
            _("This file cannot be read as an XLSForm: %(error)s"),
            code="xlsform_unreadable",
            params={"error": str(error)},
        ) from error
    settings = (book.settings or [{}])[0]
    default = _default_language(settings)
    lists = _read_choices(book, default, problems)
    questions, respondent_code = _read_survey(book, default, lists, problems)
    try:
        xlsform_to_xform(data)
    except PyXFormError as error:
        problems.add(
            "xlsform_rejected", _("pyxform rejects this XLSForm: %(error)s"), error=str(error)
        )
    if problems.errors:
        raise ValidationError(problems.errors)
    languages = _languages(book, default)
    return Questionnaire(
        form_id=settings.get("form_id", "") or "form",
        title=settings.get("form_title", "") or settings.get("form_id", "") or "form",
        version=settings.get("version", ""),
        languages=languages,
        questions=questions,
        respondent_code=respondent_code,
    )


def _languages(book: Any, default: str) -> list[str]:
    ignore = _Problems()
    codes = list(_label_columns(_headers(book.survey_header), default, ignore, "survey").values())
    ordered = list(dict.fromkeys(codes))
    if default in ordered:
        ordered.remove(default)
        ordered.insert(0, default)
    return ordered or [default]
