"""Import survey responses as KoboToolbox and ODK Central export them (CSV or XLSX).

Three steps, each a plain function:

1. `read_table(data)`: the file's header and rows as text. XLSX (the first sheet) or CSV in
   UTF-8 with `,` or `;` between fields (KoboToolbox's legacy CSV uses `;`). Numbers that Excel
   stored as 5.0 read as "5"; dates as ISO 8601.
2. `suggest_mapping(headers, questionnaire)`: which column holds what. A column name is
   matched with its group prefixes stripped (`group_knowledge/q1`, `group_knowledge-q1` and
   `q1` all map to question `q1`), per-choice columns of a select_multiple (`q1/returnees`,
   KoboToolbox's "1"/"0" columns) to that choice, the respondent code, and the metadata
   (`_uuid` or `meta/instanceID`, `_submission_time` or ODK Central's `SubmissionDate`).
   Known bookkeeping columns (`start`, `end`, `_id`, `_index`, `KEY`, ...) map to `IGNORE`.
   A column the suggestion cannot place is left out; the person maps it or ignores it.
3. `responses_import(data=..., questionnaire=..., mapping=..., existing_codes=...)`: checks
   the whole file and either returns every response, or raises one ValidationError listing
   every problem by row and column, in the person's language, and imports nothing.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import openpyxl
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from wapsi.campaigns.xlsform import RESPONDENT_CODE, Question, Questionnaire

#: Mapping targets besides question names and `question/choice`.
IGNORE = ""
TARGET_RESPONDENT_CODE = "@respondent_code"
TARGET_SUBMITTED_AT = "@submitted_at"
TARGET_UUID = "@uuid"

_UUID_COLUMNS = ("_uuid", "meta/instanceid", "meta-instanceid", "instanceid")
_SUBMITTED_COLUMNS = ("_submission_time", "submissiondate")
# Bookkeeping that KoboToolbox and ODK Central add to every export.
_BOOKKEEPING = frozenset(
    {"start", "end", "today", "deviceid", "_id", "_index", "_status", "_validation_status",
     "_submitted_by", "__version__", "_version_", "_tags", "_notes", "_attachments",
     "_geolocation", "_parent_index", "_parent_table_name", "key", "submitterid",
     "submittername", "attachmentspresent", "attachmentsexpected", "status", "reviewstate",
     "edits", "formversion", "meta/instancename", "meta-instancename", "meta/rootuuid",
     "meta-rootuuid", "meta/deprecatedid", "meta-deprecatedid"}
)  # fmt: skip

Answer = str | int | list[str] | None
_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no", ""}
_INTEGER_RE = re.compile(r"^[+-]?\d+(?:\.0+)?$")


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]


@dataclass(frozen=True)
class Response:
    respondent_code: str | None
    submitted_at: datetime | None
    uuid: str | None
    answers: dict[str, Answer]


# --- reading --------------------------------------------------------------------------


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()


def _read_xlsx(data: bytes) -> list[list[str]]:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _read_csv(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            _("The file is neither an XLSX workbook nor a CSV file in UTF-8."), code="unreadable"
        ) from error
    first_line = text.split("\n", 1)[0]
    widths = {d: len(next(csv.reader([first_line], delimiter=d), [])) for d in (",", ";", "\t")}
    delimiter = max(widths, key=lambda d: widths[d])
    return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def read_table(data: bytes) -> Table:
    """The header and the non-empty rows of a CSV or XLSX export, as text."""
    if data[:4] == b"PK\x03\x04":
        try:
            rows = _read_xlsx(data)
        except Exception as error:  # openpyxl raises many kinds for a damaged workbook
            raise ValidationError(
                _("The workbook cannot be read: %(error)s"),
                code="unreadable",
                params={"error": str(error)},
            ) from error
    else:
        rows = _read_csv(data)
    if not rows or not any(rows[0]):
        raise ValidationError(_("The file has no header row."), code="no_header")
    headers = rows[0]
    while headers and not headers[-1]:
        headers = headers[:-1]
    body = [(r + [""] * len(headers))[: len(headers)] for r in rows[1:]]
    return Table(headers, body)


# --- mapping --------------------------------------------------------------------------


def _keys(questionnaire: Questionnaire) -> dict[str, str]:
    """Lower-cased column names (without group prefixes) and what they hold."""
    keys: dict[str, str] = {RESPONDENT_CODE: TARGET_RESPONDENT_CODE}
    for question in questionnaire.questions:
        keys[question.name.lower()] = question.name
        if question.kind == "select_multiple":
            for choice in question.choices or []:
                for sep in ("/", "-", "."):
                    keys[f"{question.name}{sep}{choice.name}".lower()] = (
                        f"{question.name}/{choice.name}"
                    )
    return keys


def _suffixes(header: str) -> Iterable[str]:
    """The header, then the header with ever more of its group prefixes stripped."""
    yield header
    for i, char in enumerate(header):
        if char in "/-":
            yield header[i + 1 :]


def suggest_mapping(headers: list[str], questionnaire: Questionnaire) -> dict[str, str]:
    """A column -> target mapping suggested from the names, each target used once."""
    keys = _keys(questionnaire)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for header in headers:
        lowered = header.strip().lower()
        target: str | None = None
        if lowered in _UUID_COLUMNS:
            target = TARGET_UUID
        elif lowered in _SUBMITTED_COLUMNS:
            target = TARGET_SUBMITTED_AT
        elif lowered in _BOOKKEEPING:
            target = IGNORE
        else:
            target = next((keys[s] for s in _suffixes(lowered) if s in keys), None)
        if target is None:
            continue
        if target != IGNORE and target in used:
            target = IGNORE  # e.g. both _uuid and meta/instanceID: the first one wins
        used.add(target)
        mapping[header] = target
    return mapping


def mapping_targets(questionnaire: Questionnaire) -> list[tuple[str, str]]:
    """Every target a column can be mapped to, with a label, for a mapping form."""
    targets = [
        (IGNORE, _("(ignore this column)")),
        (TARGET_RESPONDENT_CODE, _("Respondent code")),
        (TARGET_SUBMITTED_AT, _("Submitted at")),
        (TARGET_UUID, _("Submission identifier (uuid)")),
    ]
    for question in questionnaire.questions:
        targets.append((question.name, question.name))
        if question.kind == "select_multiple":
            for choice in question.choices or []:
                targets.append((f"{question.name}/{choice.name}", f"{question.name}/{choice.name}"))
    return targets


# --- validation -----------------------------------------------------------------------


class _Problems:
    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def add(self, code: str, message: str, **params: Any) -> None:
        self.errors.append(ValidationError(message, code=code, params=params))


def _check_mapping(
    table: Table, questionnaire: Questionnaire, mapping: Mapping[str, str], problems: _Problems
) -> dict[str, int]:
    """Target -> column index, after listing every column problem."""
    valid = {value for value, _label in mapping_targets(questionnaire)}
    position = {header: i for i, header in enumerate(table.headers)}
    columns: dict[str, int] = {}
    for header, target in mapping.items():
        if header not in position:
            problems.add(
                "missing_column", _('Column "%(column)s" is not in the file.'), column=header
            )
        elif target not in valid:
            problems.add(
                "unknown_target",
                _('Column "%(column)s": "%(target)s" is not a question of this questionnaire.'),
                column=header,
                target=target,
            )
        elif target != IGNORE and target in columns:
            problems.add(
                "duplicate_column",
                _('Column "%(column)s": "%(target)s" is already read from column "%(other)s".'),
                column=header,
                target=target,
                other=table.headers[columns[target]],
            )
        elif target != IGNORE:
            columns[target] = position[header]
    for header in table.headers:
        if header and header not in mapping:
            problems.add(
                "unmapped_column",
                _(
                    'Column "%(column)s" matches no question of this questionnaire; map it to one or ignore it.'
                ),
                column=header,
            )
    for question in questionnaire.questions:
        per_choice = any(t.startswith(question.name + "/") for t in columns)
        if question.name not in columns and not per_choice:
            problems.add(
                "no_column",
                _('No column holds the answers to question "%(question)s".'),
                question=question.name,
            )
    if questionnaire.respondent_code and TARGET_RESPONDENT_CODE not in columns:
        problems.add("no_column", _("No column holds the respondent codes."))
    return columns


def _integer(text: str) -> int | None:
    return int(float(text)) if _INTEGER_RE.match(text) else None


@dataclass
class _Row:
    number: int
    cells: list[str]
    headers: list[str]
    columns: dict[str, int]
    problems: _Problems

    def get(self, target: str) -> str | None:
        index = self.columns.get(target)
        return None if index is None else self.cells[index]

    def problem(self, code: str, target: str, message: str, **params: Any) -> None:
        column = self.headers[self.columns[target]] if target in self.columns else target
        self.problems.add(code, message, row=self.number, column=column, **params)


def _select_multiple(question: Question, row: _Row) -> list[str] | None:
    names = [c.name for c in question.choices or []]
    text = row.get(question.name)
    if text is not None:
        picked = text.split()
        for name in picked:
            if name not in names:
                row.problem(
                    "not_a_choice", question.name,
                    _('Row %(row)s, column "%(column)s": "%(value)s" is not one of the choices of this question.'),
                    value=name,
                )  # fmt: skip
        return [n for n in names if n in picked] if text else None
    chosen = []
    for name in names:
        target = f"{question.name}/{name}"
        value = (row.get(target) or "").lower()
        if value in _TRUE:
            chosen.append(name)
        elif value not in _FALSE:
            row.problem(
                "not_a_flag", target,
                _('Row %(row)s, column "%(column)s": "%(value)s" should be 1 (chosen) or 0 (not chosen).'),
                value=value,
            )  # fmt: skip
    return chosen or None


def _answer(question: Question, row: _Row) -> Answer:
    if question.kind == "select_multiple":
        return _select_multiple(question, row)
    text = row.get(question.name) or ""
    if not text:
        return None
    if question.kind == "integer":
        number = _integer(text)
        if number is None:
            row.problem(
                "not_a_number", question.name,
                _('Row %(row)s, column "%(column)s": "%(value)s" is not a whole number.'),
                value=text,
            )  # fmt: skip
        return number
    if question.kind == "select_one" and text not in [c.name for c in question.choices or []]:
        row.problem(
            "not_a_choice", question.name,
            _('Row %(row)s, column "%(column)s": "%(value)s" is not one of the choices of this question.'),
            value=text,
        )  # fmt: skip
    return text


def _submitted_at(row: _Row) -> datetime | None:
    text = row.get(TARGET_SUBMITTED_AT)
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        row.problem(
            "not_a_date", TARGET_SUBMITTED_AT,
            _('Row %(row)s, column "%(column)s": "%(value)s" is not a date and time.'),
            value=text,
        )  # fmt: skip
        return None
    # KoboToolbox writes _submission_time in UTC without saying so.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _response(row: _Row, questionnaire: Questionnaire) -> Response:
    answers: dict[str, Answer] = {}
    for question in questionnaire.questions:
        before = len(row.problems.errors)
        answers[question.name] = _answer(question, row)
        unreadable = len(row.problems.errors) > before  # already listed: say it once
        if question.required and answers[question.name] is None and not unreadable:
            missing = question.name if question.name in row.columns else next(
                t for t in row.columns if t.startswith(question.name + "/")
            )  # fmt: skip
            row.problem(
                "required", missing,
                _('Row %(row)s, column "%(column)s": this question must be answered.'),
            )  # fmt: skip
    uuid = row.get(TARGET_UUID) or None
    if uuid and uuid.startswith("uuid:"):
        uuid = uuid[len("uuid:") :]
    code = row.get(TARGET_RESPONDENT_CODE) or None
    return Response(code, _submitted_at(row), uuid, answers)


def _check_codes(
    responses: list[tuple[int, Response]], questionnaire: Questionnaire,
    existing: frozenset[str], columns: dict[str, int], table: Table, problems: _Problems,
) -> None:  # fmt: skip
    if TARGET_RESPONDENT_CODE not in columns:
        return
    column = table.headers[columns[TARGET_RESPONDENT_CODE]]
    seen: dict[str, int] = {}
    for number, response in responses:
        code = response.respondent_code
        if code is None:
            if questionnaire.respondent_code:
                problems.add(
                    "required",
                    _('Row %(row)s, column "%(column)s": the respondent code is missing.'),
                    row=number,
                    column=column,
                )
        elif code in seen:
            problems.add(
                "duplicate_code",
                _('Row %(row)s, column "%(column)s": respondent code "%(respondent)s" is also in row %(other)s.'),
                row=number, column=column, respondent=code, other=seen[code],
            )  # fmt: skip
        elif code in existing:
            problems.add(
                "existing_code",
                _('Row %(row)s, column "%(column)s": respondent code "%(respondent)s" has already been imported for this survey.'),
                row=number, column=column, respondent=code,
            )  # fmt: skip
        else:
            seen[code] = number


def responses_import(
    *,
    data: bytes,
    questionnaire: Questionnaire,
    mapping: Mapping[str, str] | None = None,
    existing_codes: Iterable[str] = (),
) -> list[Response]:
    """Every response of the file, or a ValidationError listing every problem (nothing imported)."""
    table = read_table(data)
    if mapping is None:
        mapping = suggest_mapping(table.headers, questionnaire)
    problems = _Problems()
    columns = _check_mapping(table, questionnaire, mapping, problems)
    if problems.errors:
        raise ValidationError(problems.errors)  # rows cannot be read without their columns
    responses: list[tuple[int, Response]] = []
    for index, cells in enumerate(table.rows):
        if not any(cells):
            continue
        row = _Row(index + 2, cells, table.headers, columns, problems)  # the header is row 1
        responses.append((row.number, _response(row, questionnaire)))
    _check_codes(responses, questionnaire, frozenset(existing_codes), columns, table, problems)
    if problems.errors:
        raise ValidationError(problems.errors)
    return [response for _number, response in responses]


# --- from responses to the numbers of campaigns.effect ----------------------------------


def _chosen(answer: Answer) -> set[str]:
    if answer is None:
        return set()
    return set(answer) if isinstance(answer, list) else {str(answer)}


def outcome_count(
    responses: Iterable[Response],
    *,
    question: str,
    outcome: Iterable[str],
    exclude: Iterable[str] = (),
) -> tuple[int, int]:
    """(respondents whose answer is among `outcome`, respondents who answered).

    Unanswered questions and answers in `exclude` (say "dont_know", when the analysis should
    leave it out) count in neither. A select_multiple counts when any chosen answer is in
    `outcome`.
    """
    wanted, left_out = set(outcome), set(exclude)
    successes = n = 0
    for response in responses:
        chosen = _chosen(response.answers.get(question))
        if not chosen or chosen <= left_out:
            continue
        n += 1
        successes += bool(chosen & wanted)
    return successes, n


def answer_scores(
    responses: Iterable[Response], *, question: str, scores: Mapping[str, int]
) -> list[float]:
    """The scores of the answers that have one (an ordered scale; "don't know" has none)."""
    values = []
    for response in responses:
        answer = response.answers.get(question)
        if isinstance(answer, int):
            values.append(float(answer))
        elif isinstance(answer, str) and answer in scores:
            values.append(float(scores[answer]))
    return values


def matched(
    baseline: Iterable[Response], endline: Iterable[Response]
) -> list[tuple[Response, Response]]:
    """(baseline, endline) responses of the same respondent code, in code order."""
    before = {r.respondent_code: r for r in baseline if r.respondent_code}
    after = {r.respondent_code: r for r in endline if r.respondent_code}
    return [(before[code], after[code]) for code in sorted(before.keys() & after.keys())]
