"""Checks for files and links that staff attach to studies and progress reports.

Files are served from the site's own address, so a file that a browser would run (HTML, SVG,
scripts) must never get in: the type is decided by the first bytes, not by the name.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DOCUMENT_MAGIC = (b"%PDF-", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


def validate_document(upload: Any) -> None:
    """PDF, PNG or JPEG only, at most 20 MB."""
    if upload is None or upload is False:
        return
    if upload.size > MAX_DOCUMENT_BYTES:
        raise ValidationError(_("The file is larger than 20 MB."))
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not head.startswith(DOCUMENT_MAGIC):
        raise ValidationError(_("Please attach a PDF, PNG or JPEG file."))


def validate_links(value: str) -> None:
    """One web address per line, http or https only (no javascript: or data: links)."""
    for line in (value or "").splitlines():
        link = line.strip()
        if not link:
            continue
        parts = urlsplit(link)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValidationError(
                _("“%(link)s” is not a web address starting with https:// or http://.")
                % {"link": link[:80]}
            )
