"""A version's text per language: saved by the secretariat (audited), served to readers in their
language with a notice when it falls back or awaits review, and written into right-to-left DOCX
and PDF documents with the language set (Nastaliq for Urdu)."""

from __future__ import annotations

import re
import subprocess
from io import BytesIO
from typing import Any

import docx
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client as HttpClient
from docx.oxml.ns import qn

from conftest import tool_or_skip
from wapsi.audit.models import AuditEntry
from wapsi.roadmap.services import version_translation_save
from wapsi.roadmap.tests.test_documents import _docx_text, _pdf_text

pytestmark = pytest.mark.django_db

UR_TITLE = "واپسی اور بحالی کا روڈ میپ"
UR_ACTION = "مہاجرین کے لیے معلوماتی اجلاس"


@pytest.fixture
def urdu(small: Any, secretariat: Any) -> Any:
    """Version 1 in Urdu: the title, the objective and two of the three action points."""
    return version_translation_save(
        actor=secretariat,
        version=small.version,
        language="ur",
        title=UR_TITLE,
        objectives={"info": {"title": "معلومات", "description": ""}},
        actions={
            "pk-a": {"title": UR_ACTION, "description": "ہر ماہ"},
            "pk-b": {"title": "ریفرل کا نظام"},
        },
    )


def test_the_secretariat_saves_a_translation_marked_for_review_and_audited(
    small: Any, urdu: Any, secretariat: Any
) -> None:
    assert urdu.needs_review and urdu.actions["pk-a"]["title"] == UR_ACTION
    row = AuditEntry.objects.filter(action="create").order_by("-id").first()
    assert row is not None and row.detail["language"] == "ur" and row.detail["actions"] == 2
    again = version_translation_save(
        actor=secretariat, version=small.version, language="ur", title=UR_TITLE, needs_review=False
    )
    assert again.pk == urdu.pk and not again.needs_review


def test_only_the_secretariat_translates_and_keys_must_exist(small: Any, researcher: Any) -> None:
    with pytest.raises(PermissionDenied):
        version_translation_save(actor=researcher, version=small.version, language="ur", title="x")
    from wapsi.cases.tests.factories import staff

    with pytest.raises(ValidationError) as error:
        version_translation_save(
            actor=staff("secretariat"),
            version=small.version,
            language="ur",
            title="x",
            actions={"no-such-key": {"title": "y"}},
        )
    assert "no-such-key" in str(error.value)


def test_the_urdu_page_serves_the_translation_and_says_it_awaits_review(urdu: Any) -> None:
    page = HttpClient().get("/ur/roadmap/").content.decode()
    assert UR_TITLE in page and UR_ACTION in page
    assert 'class="roadmap-text" lang="ur" dir="rtl"' in page
    assert "lang-notice" in page and 'href="/en/roadmap/v/1/"' in page
    # pk-c has no Urdu text: shown in English, marked so, with lang on it
    block = page[page.index('id="pk-c"') - 60 : page.index('id="pk-c"') + 400]
    assert 'lang="en" dir="ltr"' in block and "Action pk-c" in block and "انگریزی میں" in block


def test_a_language_without_translation_says_it_falls_back_to_english(small: Any) -> None:
    for url in ("/ar/roadmap/", "/ar/roadmap/pk/", "/ar/roadmap/v/1/", "/ar/roadmap/actions/pk-a/"):
        page = HttpClient().get(url).content.decode()
        assert "lang-notice" in page, url
        assert "Action pk-a" in page, url
    page = HttpClient().get("/ar/roadmap/").content.decode()
    assert 'class="roadmap-text" lang="en" dir="ltr"' in page
    english = HttpClient().get("/en/roadmap/").content.decode()
    assert "lang-notice" not in english


def test_the_action_page_is_in_the_readers_language(urdu: Any) -> None:
    page = HttpClient().get("/ur/roadmap/actions/pk-a/").content.decode()
    assert UR_ACTION in page and "lang-notice" in page
    untranslated = HttpClient().get("/ur/roadmap/actions/pk-c/").content.decode()
    assert "Action pk-c" in untranslated and '<bdi lang="en">Action pk-c' in untranslated


def _rtl_paragraph(paragraph: Any, language: str) -> bool:
    ppr = paragraph._p.pPr
    run = paragraph.runs[0]._r.rPr
    lang = run.find(qn("w:lang"))
    return (
        ppr is not None
        and ppr.find(qn("w:bidi")) is not None
        and run.find(qn("w:rtl")) is not None
        and lang is not None
        and lang.get(qn("w:bidi")) == language
    )


def test_the_urdu_docx_is_right_to_left_in_nastaliq_with_the_language_set(urdu: Any) -> None:
    content = HttpClient().get("/ur/roadmap/v/1.docx").content
    document = docx.Document(BytesIO(content))
    title = document.paragraphs[0]
    assert title.text == UR_TITLE and _rtl_paragraph(title, "ur-PK")
    fonts = title.runs[0]._r.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "Noto Nastaliq Urdu"
    text = _docx_text(content)
    assert UR_ACTION in text and "Action pk-c" in text  # untranslated: in English
    english = next(p for p in document.paragraphs if p.text == "Action pk-c")
    assert english._p.pPr is None or english._p.pPr.find(qn("w:bidi")) is None
    assert english.runs[0]._r.rPr.find(qn("w:lang")).get(qn("w:val")) == "en-GB"
    assert document.tables[0]._tbl.tblPr.find(qn("w:bidiVisual")) is not None


def test_documents_are_a4_with_metadata_cover_progress_and_rows_kept_whole(small: Any) -> None:
    content = HttpClient().get("/en/roadmap/v/1.docx").content
    document = docx.Document(BytesIO(content))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    props = document.core_properties
    assert props.title == small.version.title and "Budapest Process" in props.author
    assert props.created.date() == small.version.adopted_on
    text = _docx_text(content)
    assert "Version 1" in text and "Adopted on" in text and "Overall progress: 20%" in text
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Action pk-a" in headings and not any("pk-a:" in h for h in headings)
    for table in document.tables:
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    from wapsi.roadmap.documents import version_html

    html = version_html(small.version, "en")
    assert "size: A4" in html and "break-inside: avoid" in html
    assert '<meta name="author" content="Budapest Process' in html
    assert "<h3>Action pk-a</h3>" in html


def test_the_pdf_has_metadata_and_the_urdu_one_differs_from_the_english(urdu: Any) -> None:
    http = HttpClient()
    english, urdu_pdf = (
        http.get("/en/roadmap/v/1.pdf").content,
        http.get("/ur/roadmap/v/1.pdf").content,
    )
    assert english != urdu_pdf
    pdfinfo = tool_or_skip("pdfinfo")
    info = subprocess.run([pdfinfo, "-"], input=english, capture_output=True, check=True)
    meta = info.stdout.decode()
    assert re.search(r"Title:\s+Roadmap", meta) and "Budapest Process" in meta
    assert "(A4)" in meta
    assert "Overall progress" in _pdf_text(english)
    from wapsi.roadmap.documents import version_html

    html = version_html(urdu.version, "ur")
    assert '<html lang="ur" dir="rtl">' in html and "Noto Nastaliq Urdu" in html
    assert f'<h1 lang="ur" dir="rtl">{UR_TITLE}</h1>' in html


def test_an_arabic_pdf_reads_back_in_arabic(small: Any, secretariat: Any) -> None:
    version_translation_save(
        actor=secretariat,
        version=small.version,
        language="ar",
        title="خارطة الطريق",
        actions={"pk-a": {"title": "جلسات إعلامية"}},
    )
    text = _pdf_text(HttpClient().get("/ar/roadmap/v/1.pdf").content)
    assert "جلسات" in text or "ﺟﻠﺴﺎت" in text or "إعلامية" in text


def test_compare_isolates_titles_and_keys(small: Any, secretariat: Any) -> None:
    from wapsi.roadmap.services import version_adopt
    from wapsi.roadmap.tests.factories import ProposalFactory

    ProposalFactory(meeting=small.meeting, target_key="pk-a", title="Action pk-a widened")
    version_adopt(actor=secretariat, meeting=small.meeting)
    page = HttpClient().get("/ur/roadmap/compare/1/2/").content.decode()
    assert '<bdi lang="en">Action pk-a widened</bdi>' in page
    assert '<bdi class="key" dir="ltr">pk-a</bdi>' in page
    assert "lang-notice" in page


def test_pashto_pages_write_every_number_and_date_in_one_numbering_system(small: Any) -> None:
    page = HttpClient().get("/ps/roadmap/").content.decode()
    start, text_at = page.index("<h1"), page.index('class="roadmap-text"')
    after = page.index("</div>\n\n<h2>", text_at)  # the list of versions, after the text
    outside = page[start:text_at] + page[after : page.index("</ul>", after)]
    text = re.sub(r"<[^>]+>", " ", outside)  # attributes (URLs, values) are machine values
    assert "۲۰٪" in text  # progress
    assert not re.search(r"[0-9]", text), re.findall(r".{0,20}[0-9].{0,20}", text)[:5]
    assert re.search(r"[۰-۹]{4}", text)  # the year of adoption, like every other number


def test_nastaliq_is_not_clipped_in_dropdowns() -> None:
    from pathlib import Path

    css = (Path(__file__).resolve().parents[3] / "static/css/roadmap.css").read_text()
    assert re.search(r"select[^{]*\{[^}]*line-height", css)


def test_the_secretariat_translates_on_the_staff_screen(small: Any, secretariat: Any) -> None:
    http = HttpClient()
    http.force_login(secretariat)
    preview = http.get("/staff/roadmap/versions/1/").content.decode()
    assert 'href="/staff/roadmap/versions/1/translations/ur/"' in preview
    url = "/staff/roadmap/versions/1/translations/ur/"
    form = http.get(url)
    assert form.status_code == 200 and "Action pk-a" in form.content.decode()  # the original
    response = http.post(
        url,
        {"title": UR_TITLE, "needs_review": "on", "a:pk-a:title": UR_ACTION, "o:info:title": ""},
    )
    assert response.status_code == 302
    from wapsi.roadmap.models import VersionTranslation

    saved = VersionTranslation.objects.get(version=small.version, language="ur")
    assert saved.needs_review and saved.actions == {"pk-a": {"title": UR_ACTION}}
    missing = http.post(url, {"title": "", "a:pk-a:description": "بغیر عنوان"})
    assert missing.status_code == 400


def test_researchers_cannot_translate(small: Any, researcher: Any) -> None:
    http = HttpClient()
    http.force_login(researcher)
    assert http.get("/staff/roadmap/versions/1/translations/ur/").status_code == 403
