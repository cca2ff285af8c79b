"""Story references: what a counsellor reads over the phone to find a story, e.g. ``K7QX-M2PD``.

Capitals and digits without look-alikes (no 0/O, 1/I/L), in two groups of four, like the
withdrawal code; typed in any case, with or without the dash or spaces, in Latin or
Eastern digits. They stay random, so stories can't be counted or walked by number.

References made before this form (random URL-safe text such as ``w2k29l_Flxfj``, and the demo's
``demo-story-01``) are kept as they are rather than migrated: they are in public addresses,
feeds, partners' copies of the API and on the slips storytellers took home. They are still
found by their exact text, and can never be mistaken for a new one (they are longer).
"""

from __future__ import annotations

import re
import secrets
from typing import TYPE_CHECKING, Any, TypeVar

from wapsi.lib.scripts import normalise_digits

if TYPE_CHECKING:
    from django.db.models import QuerySet

M = TypeVar("M", bound=Any)

# The withdrawal code's alphabet (consent.py reads it from here).
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GROUPS, GROUP_LENGTH = 2, 4  # 31**8, about 40 bits: references are not secrets, only unguessable
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212]+")  # spaces and any dash


def reference_new() -> str:
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LENGTH))
    return "-".join(symbols[i : i + GROUP_LENGTH] for i in range(0, len(symbols), GROUP_LENGTH))


def reference_canonical(typed: str) -> str | None:
    """The stored form of a reference as typed or read out (``k7qx m2pd`` -> ``K7QX-M2PD``);
    None when it is not one of the current form."""
    symbols = _SEPARATORS.sub("", normalise_digits(typed or "")).upper()
    if len(symbols) != GROUPS * GROUP_LENGTH or any(ch not in ALPHABET for ch in symbols):
        return None
    return "-".join(symbols[i : i + GROUP_LENGTH] for i in range(0, len(symbols), GROUP_LENGTH))


def reference_candidates(typed: str) -> list[str]:
    """The stored references a typed one may mean: its canonical form, and the exact text for
    a reference of the older form, exact text first (an old one may, by chance, also read as a
    new one). Empty for nothing usable (a NUL byte never reaches SQL)."""
    raw = (typed or "").strip()
    if not raw or "\x00" in raw or len(raw) > 64:
        return []
    canonical = reference_canonical(raw)
    return [raw] if canonical is None or canonical == raw else [raw, canonical]


def reference_find(queryset: QuerySet[M], typed: str) -> M | None:
    """The row of ``queryset`` a typed reference means, in one query (none for nothing usable)."""
    candidates = reference_candidates(typed)
    if not candidates:
        return None
    found = {row.reference: row for row in queryset.filter(reference__in=candidates)}
    return next((found[c] for c in candidates if c in found), None)
