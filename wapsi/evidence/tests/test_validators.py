"""Files and links staff attach: a page a browser would run, or a javascript: link, is refused."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from wapsi.evidence.validators import validate_document, validate_links


def test_a_pdf_and_a_photo_are_accepted() -> None:
    validate_document(SimpleUploadedFile("report.pdf", b"%PDF-1.7\n..."))
    validate_document(SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(20)))


@pytest.mark.parametrize(
    "content",
    [b"<html><script>alert(1)</script>", b"<svg onload=alert(1)>", b"MZ\x90\x00", b"PK\x03\x04"],
)
def test_files_a_browser_or_computer_would_run_are_refused_whatever_their_name(
    content: bytes,
) -> None:
    with pytest.raises(ValidationError, match="PDF, PNG or JPEG"):
        validate_document(SimpleUploadedFile("report.pdf", content))


@pytest.mark.parametrize("link", ["javascript:alert(1)", "data:text/html,x", "ftp://x.org/a", "x"])
def test_only_web_links_are_accepted(link: str) -> None:
    with pytest.raises(ValidationError):
        validate_links(f"https://example.org/ok\n{link}")
    validate_links("https://example.org/a\n\nhttp://example.org/b")
