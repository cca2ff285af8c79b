"""Version documents: DOCX read back by python-docx, PDF by pdftotext, JSON; RTL where needed."""

from __future__ import annotations

import subprocess
from io import BytesIO
from typing import Any

import docx
import pytest
from django.test import Client as HttpClient

from conftest import tool_or_skip
from wapsi.roadmap.tests.factories import ActionFactory, ObjectiveFactory, VersionFactory

pytestmark = pytest.mark.django_db


def _norm(text: str) -> str:
    return " ".join(text.split())


def _docx_text(content: bytes) -> str:
    document = docx.Document(BytesIO(content))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return _norm("\n".join(parts))


def _pdf_text(content: bytes) -> str:
    pdftotext = tool_or_skip("pdftotext")
    out = subprocess.run([pdftotext, "-", "-"], input=content, capture_output=True, check=True)
    return _norm(out.stdout.decode())


def test_the_docx_holds_the_title_and_every_action_point(small: Any) -> None:
    response = HttpClient().get("/en/roadmap/v/1.docx")
    assert response.status_code == 200
    text = _docx_text(response.content)
    assert small.version.title in text
    for action in small.actions:
        assert action.title in text


def test_the_pdf_holds_the_title_and_every_action_point(small: Any) -> None:
    response = HttpClient().get("/en/roadmap/v/1.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = _pdf_text(response.content)
    assert small.version.title in text
    for action in small.actions:
        assert action.title in text


def test_the_json_lists_every_action_point(small: Any) -> None:
    data = HttpClient().get("/en/roadmap/v/1.json").json()
    assert data["title"] == small.version.title and data["version"] == 1
    keys = [a["key"] for o in data["objectives"] for a in o["actions"]]
    assert sorted(keys) == ["pk-a", "pk-b", "pk-c"]


@pytest.fixture
def urdu(db: Any) -> Any:
    version = VersionFactory(number=1, language="ur", title="واپسی اور بحالی کا روڈ میپ")
    objective = ObjectiveFactory(version=version, title="معلومات")
    ActionFactory(objective=objective, key="pk-ur", title="مہاجرین کے لیے معلوماتی اجلاس")
    return version


def test_an_urdu_version_is_a_right_to_left_docx(urdu: Any) -> None:
    content = HttpClient().get("/en/roadmap/v/1.docx").content
    document = docx.Document(BytesIO(content))
    heading = document.paragraphs[0]
    assert heading.text == urdu.title
    assert heading._p.pPr.find(docx.oxml.ns.qn("w:bidi")) is not None
    assert heading.runs[0]._r.rPr.find(docx.oxml.ns.qn("w:rtl")) is not None
    assert "مہاجرین کے لیے معلوماتی اجلاس" in _docx_text(content)


def test_an_urdu_version_is_a_right_to_left_pdf(urdu: Any) -> None:
    from wapsi.roadmap.documents import version_html

    assert 'dir="rtl"' in version_html(urdu, "ur")
    text = _pdf_text(HttpClient().get("/ur/roadmap/v/1.pdf").content)
    assert "pk-ur" not in text  # no internal keys in headings
    assert len(text) > 20
