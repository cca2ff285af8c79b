"""What every media module shares: the refusal (a ValidationError with a reason code) and new
file names."""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path

from django.core.exceptions import ValidationError

CODES = frozenset({"unknown_type", "not_allowed", "corrupt", "too_long", "tool_missing"})


def refusal(code: str, message: str) -> ValidationError:
    """A refused upload, in the project's one error convention: ``ValidationError`` whose
    ``.code`` is one of ``unknown_type``, ``not_allowed``, ``corrupt``, ``too_long``,
    ``tool_missing``. ``.message`` is English for logs, never for the uploader (the form maps
    the code to a translated sentence)."""
    if code not in CODES:
        raise ValueError(f"unknown media refusal code {code!r}")
    return ValidationError(message, code=code)


def new_path(dst_dir: Path, extension: str) -> Path:
    return Path(dst_dir) / f"{secrets.token_hex(16)}{extension}"


def unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
