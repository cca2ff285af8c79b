"""Activities and their reach: a quick form, or an import from CSV/XLSX with column mapping.

An import is all or nothing: every problem is listed by row and column, and nothing is saved
while any remains.
"""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass, field
from typing import IO

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from wapsi.accounts.types import Actor, actor_user
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.campaigns.models import (
    Activity,
    AgeBand,
    Attendance,
    Campaign,
    Channel,
    Gender,
    Messenger,
    PlaceType,
)
from wapsi.campaigns.permissions import require_manager

MEDIA_FIELDS = ("impressions", "views", "shares", "replies")
CELLS: tuple[tuple[str, str], ...] = tuple((g, a) for g in Gender.values for a in AgeBand.values)


def cell_column(gender: str, age_band: str) -> str:
    return f"{gender}_{age_band}"


@dataclass
class ActivityInput:
    held_on: datetime.date
    channel: str
    district: str
    place_type: str
    messenger_ids: list[int] = field(default_factory=list)
    attendance: dict[tuple[str, str], int] = field(default_factory=dict)
    media: dict[str, int | None] = field(default_factory=dict)


def _messengers_check(campaign: Campaign, data: ActivityInput) -> list[Messenger]:
    messengers = list(Messenger.objects.filter(pk__in=data.messenger_ids))
    unable = [m.pseudonym for m in messengers if not m.can_take_part(data.held_on)]
    if unable:
        raise ValidationError(
            {
                "messengers": ValidationError(
                    _("Not active or without consent on that date: %(names)s.")
                    % {"names": ", ".join(unable)},
                    code="messenger_unavailable",
                )
            }
        )
    return messengers


def _create(actor: Actor, campaign: Campaign, data: ActivityInput) -> Activity:
    activity = Activity(
        campaign=campaign,
        held_on=data.held_on,
        channel=data.channel,
        district=data.district,
        place_type=data.place_type,
        recorded_by=actor_user(actor),
        **{name: data.media.get(name) for name in MEDIA_FIELDS},
    )
    activity.full_clean()
    activity.save()
    activity.messengers.set(_messengers_check(campaign, data))
    Attendance.objects.bulk_create(
        Attendance(activity=activity, gender=g, age_band=a, count=n)
        for (g, a), n in data.attendance.items()
        if n
    )
    return activity


@transaction.atomic
def activity_record(
    *, actor: Actor, campaign: Campaign, data: ActivityInput, request: HttpRequest | None = None
) -> Activity:
    require_manager(actor)
    activity = _create(actor, campaign, data)
    audit_record(actor=actor, action=AuditAction.CREATE, target=activity, request=request)
    return activity


# --- Import -------------------------------------------------------------------------------

# The fields an import fills, with the column name expected by default.
IMPORT_FIELDS: tuple[str, ...] = (
    "date", "channel", "district", "place_type", "messengers",
    *MEDIA_FIELDS, *(cell_column(g, a) for g, a in CELLS),
)  # fmt: skip
REQUIRED = ("date", "channel", "district", "place_type")


@dataclass(frozen=True)
class Problem:
    row: int  # 1 = the header row, as a spreadsheet numbers it
    column: str
    message: str

    def __str__(self) -> str:
        return _("Row %(row)s, column “%(column)s”: %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


class ImportRejected(ValidationError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__([str(p) for p in problems], code="import_rejected")
        self.problems = problems


def table_read(upload: IO[bytes], name: str) -> tuple[list[str], list[list[str]]]:
    """Headers and rows of a CSV (UTF-8, with or without BOM) or XLSX upload, as text."""
    if name.lower().endswith(".xlsx"):
        from openpyxl import load_workbook

        sheet = load_workbook(upload, read_only=True, data_only=True).worksheets[0]
        rows = [
            ["" if v is None else _text(v) for v in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    else:
        text = upload.read().decode("utf-8-sig", errors="replace")
        rows = list(csv.reader(io.StringIO(text)))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return [], []
    return [h.strip() for h in rows[0]], rows[1:]


def _text(value: object) -> str:
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _parse_row(
    number: int,
    values: dict[str, str],
    mapping: dict[str, str],
    messengers: dict[str, Messenger],
    problems: list[Problem],
) -> ActivityInput | None:
    def col(name: str) -> str:
        return mapping.get(name) or name

    before = len(problems)
    held_on: datetime.date | None = None
    try:
        held_on = datetime.date.fromisoformat(values.get("date", "").strip())
    except ValueError:
        problems.append(Problem(number, col("date"), _("not a date (write YYYY-MM-DD).")))
    choices = {"channel": Channel.values, "place_type": PlaceType.values}
    for name, allowed in choices.items():
        if values.get(name, "").strip() not in allowed:
            problems.append(
                Problem(
                    number, col(name), _("not one of: %(values)s.") % {"values": ", ".join(allowed)}
                )
            )
    if not values.get("district", "").strip():
        problems.append(Problem(number, col("district"), _("empty.")))
    numbers: dict[str, int | None] = {}
    for name in (*MEDIA_FIELDS, *(cell_column(g, a) for g, a in CELLS)):
        raw = values.get(name, "").strip()
        if not raw:
            numbers[name] = None
            continue
        if not raw.isdigit():
            problems.append(Problem(number, col(name), _("not a whole number.")))
            continue
        numbers[name] = int(raw)
    ids = []
    for pseudonym in filter(None, (p.strip() for p in values.get("messengers", "").split(";"))):
        messenger = messengers.get(pseudonym.casefold())
        if messenger is None:
            problems.append(
                Problem(
                    number, col("messengers"), _("no messenger “%(name)s”.") % {"name": pseudonym}
                )
            )
        elif held_on and not messenger.can_take_part(held_on):
            problems.append(
                Problem(
                    number,
                    col("messengers"),
                    _("“%(name)s” was not active or without consent then.") % {"name": pseudonym},
                )
            )
        else:
            ids.append(messenger.pk)
    if len(problems) > before or held_on is None:
        return None
    return ActivityInput(
        held_on=held_on,
        channel=values["channel"].strip(),
        district=values["district"].strip(),
        place_type=values["place_type"].strip(),
        messenger_ids=ids,
        attendance={(g, a): numbers.get(cell_column(g, a)) or 0 for g, a in CELLS},
        media={name: numbers.get(name) for name in MEDIA_FIELDS},
    )


def activities_parse(
    *, headers: list[str], rows: list[list[str]], mapping: dict[str, str] | None = None
) -> tuple[list[ActivityInput], list[Problem]]:
    """Rows to inputs. ``mapping`` names, for a field, the column holding it (default: the
    column with the field's own name)."""
    mapping = {k: v for k, v in (mapping or {}).items() if v}
    problems: list[Problem] = []
    index = {h: i for i, h in enumerate(headers)}
    for name in REQUIRED:
        if (mapping.get(name) or name) not in index:
            problems.append(Problem(1, mapping.get(name) or name, _("this column is missing.")))
    for name, column in mapping.items():
        if column not in index and name not in REQUIRED:
            problems.append(Problem(1, column, _("this column is missing.")))
    if problems:
        return [], problems
    messengers = {m.pseudonym.casefold(): m for m in Messenger.objects.all()}
    inputs: list[ActivityInput] = []
    for offset, row in enumerate(rows):
        values = {}
        for name in IMPORT_FIELDS:
            i = index.get(mapping.get(name) or name)
            values[name] = row[i] if i is not None and i < len(row) else ""
        parsed = _parse_row(offset + 2, values, mapping, messengers, problems)
        if parsed is not None:
            inputs.append(parsed)
    if not rows:
        problems.append(Problem(2, "", _("the file has no rows.")))
    return inputs, problems


def activities_import(
    *,
    actor: Actor,
    campaign: Campaign,
    upload: IO[bytes],
    name: str,
    mapping: dict[str, str] | None = None,
    request: HttpRequest | None = None,
) -> list[Activity]:
    """All rows or none: ImportRejected lists every problem by row and column."""
    require_manager(actor)
    headers, rows = table_read(upload, name)
    inputs, problems = activities_parse(headers=headers, rows=rows, mapping=mapping)
    if problems:
        raise ImportRejected(problems)
    with transaction.atomic():
        created = [_create(actor, campaign, data) for data in inputs]
        audit_record(
            actor=actor,
            action=AuditAction.CREATE,
            object_type="campaigns.activity",
            request=request,
            detail={"imported": len(created), "campaign": campaign.pk},
        )
    return created
