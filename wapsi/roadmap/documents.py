"""A roadmap version as a document: DOCX (python-docx), PDF (WeasyPrint) and JSON.

Documents are written in the reader's language: the labels in it, the text in it where the
version has a translation (else in the version's own language, said so on the cover). Urdu,
Arabic, Sorani, Pashto and Dari documents are right to left: in DOCX `w:bidi` on paragraphs,
`w:rtl` on runs and `w:lang w:bidi=` with the language; Urdu is set in Noto Nastaliq Urdu. Both
are A4 with the title, the dialogue as author and the adoption date in their metadata, a cover
block (title, version, where and when adopted, overall progress) and table rows that never split
across pages (`w:cantSplit`, `break-inside: avoid`).
"""

from __future__ import annotations

import datetime
from io import BytesIO
from typing import Any

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from wapsi.lib.languages import BY_CODE, DOCUMENT_FONTS, is_rtl
from wapsi.roadmap import formats
from wapsi.roadmap.models import ActionPoint, RoadmapVersion
from wapsi.roadmap.selectors import Localised, VersionView, version_view

AUTHOR = "Budapest Process: Working Group on Return and Reintegration"
LOCALES = {"en": "en-GB", "ur": "ur-PK", "ar": "ar-IQ", "ckb": "ckb-IQ", "bn": "bn-BD",
           "ps": "ps-AF", "fa-af": "fa-AF"}  # fmt: skip


def _language(language: str | None, version: RoadmapVersion) -> str:
    return language if language in BY_CODE else version.language


def _date(value: datetime.date | None, language: str) -> str:
    return formats.date_long(value, language)


def language_notice(text: Localised) -> str:
    """What the cover says about the document's language (empty when all is translated)."""
    if text.fallback:
        asked = BY_CODE[text.asked].name_local
        original = _("English") if text.original == "en" else BY_CODE[text.original].name_local
        return _(
            "This part of the Roadmap is not yet translated into %(asked)s: it is shown in "
            "%(original)s."
        ) % {"asked": asked, "original": original}
    if text.needs_review:
        head = _("Draft translation to review")
        rest = _(
            "this translation was machine-assisted and awaits review by a native speaker; "
            "the original text is the reference."
        )
        return f"{head}: {rest}"
    return ""


def version_meta_lines(version: RoadmapVersion, language: str | None = None) -> list[str]:
    language = _language(language, version)
    lines = [_("Version %(number)s") % {"number": formats.digits(version.number, language)}]
    if version.adopted_on:
        lines.append(_("Adopted on %(date)s") % {"date": _date(version.adopted_on, language)})
    else:
        lines.append(_("Draft: not adopted"))
    if version.adopted_by_meeting is not None:
        lines.append(_("Adopted at: %(meeting)s") % {"meeting": version.adopted_by_meeting.title})
    if version.is_illustrative:
        lines.append(_("Illustrative: invented for demonstration, not a fact."))
    return lines


def _progress_lines(view: VersionView, language: str) -> list[str]:
    lines = [
        _("Overall progress: %(percent)s of %(count)s action points")
        % {
            "percent": formats.percent(view.total.progress, language),
            "count": formats.digits(view.total.count, language),
        }
    ]
    for _code, label, rollup in view.countries:
        lines.append(
            f"{label}: {formats.percent(rollup.progress, language)}"
        )  # one line per country
    return lines


def _action_rows(action: ActionPoint, language: str) -> list[tuple[str, str]]:
    rows = [
        (_("Country"), str(action.get_country_display())),
        (_("Responsible"), action.responsible),
        (_("Start"), _date(action.starts_on, language)),
        (_("End"), _date(action.ends_on, language)),
        (_("Status"), str(action.get_status_display())),
        (_("Progress"), formats.percent(action.progress, language)),
    ]
    for indicator in action.indicators.all():
        rows.append(
            (
                _("Indicator"),
                _("%(name)s (baseline: %(baseline)s; target: %(target)s)")
                % {
                    "name": indicator.name,
                    "baseline": indicator.baseline or "–",
                    "target": indicator.target or "–",
                },
            )
        )
    return rows


# --- DOCX -------------------------------------------------------------------------------------


def _run_language(run: Any, language: str) -> None:
    rpr = run._r.get_or_add_rPr()
    rtl = is_rtl(language)
    font = DOCUMENT_FONTS.get(language)
    if font:
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        fonts.set(qn("w:cs"), font)
        if language != "bn":
            fonts.set(qn("w:ascii"), font)
            fonts.set(qn("w:hAnsi"), font)
        if rtl:
            rpr.append(OxmlElement("w:cs"))  # complex-script formatting applies
    if rtl:
        rpr.append(OxmlElement("w:rtl"))
    lang = OxmlElement("w:lang")
    locale = LOCALES.get(language, language)
    lang.set(qn("w:val"), LOCALES["en"] if rtl else locale)
    if rtl or language == "bn":
        lang.set(qn("w:bidi"), locale)
    rpr.append(lang)


def _paragraph_language(paragraph: Any, language: str) -> None:
    if is_rtl(language):
        ppr = paragraph._p.get_or_add_pPr()
        ppr.insert(0, OxmlElement("w:bidi"))
    for run in paragraph.runs:
        _run_language(run, language)


def _row_keep(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _keep_with_next(paragraph: Any) -> None:
    paragraph.paragraph_format.keep_with_next = True


def version_docx(version: RoadmapVersion, language: str | None = None) -> bytes:
    """The version as a Word document in `language` (the reader's), A4, right to left if needed."""
    language = _language(language, version)
    with translation.override(language):
        view = version_view(version=version, language=language)
        text = view.text
        ui, body = language, text.language  # labels are in the reader's language, text may not be
        doc = Document()
        section = doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(18)
        section.top_margin = section.bottom_margin = Mm(18)
        doc.styles["Normal"].font.size = Pt(10.5)
        props = doc.core_properties
        props.title = text.title
        props.author = AUTHOR
        props.language = LOCALES.get(ui, ui)
        props.subject = _("Version %(number)s") % {"number": version.number}
        props.keywords = "roadmap, return, reintegration"
        if version.adopted_on:
            adopted = datetime.datetime.combine(version.adopted_on, datetime.time(12))
            props.created = props.modified = adopted
        if is_rtl(ui):
            section._sectPr.append(OxmlElement("w:bidi"))

        def para(content: str, lang: str, style: str | None = None) -> Any:
            p = doc.add_paragraph(content, style=style)
            _paragraph_language(p, lang)
            return p

        def heading(content: str, lang: str, level: int) -> Any:
            h = doc.add_heading(content, level=level)
            _paragraph_language(h, lang)
            _keep_with_next(h)
            return h

        # Cover block: title, version, adopted at and on, overall progress, language notice
        heading(text.title, body, 0)
        for line in version_meta_lines(version, ui):
            para(line, ui)
        for line in _progress_lines(view, ui):
            para(line, ui)
        notice = language_notice(text)
        if notice:
            para(notice, ui, style="Intense Quote")
        if text.summary:
            para(text.summary, body)
        for block in view.blocks:
            objective_lang = (
                text.original if block.objective.key in text.untranslated_objectives else body
            )
            heading(block.objective.title, objective_lang, 1)
            if block.objective.description:
                para(block.objective.description, objective_lang)
            para(f"{_('Progress')}: {formats.percent(block.rollup.progress, ui)}", ui)
            for action in block.actions:
                action_lang = text.original if action.key in text.untranslated_actions else body
                heading(action.title, action_lang, 2)
                if action.description:
                    para(action.description, action_lang)
                rows = _action_rows(action, ui)
                table = doc.add_table(rows=len(rows), cols=2)
                table.style = "Light List Accent 1"
                if is_rtl(ui):
                    table._tbl.tblPr.append(OxmlElement("w:bidiVisual"))
                for row, (label, value) in zip(table.rows, rows, strict=True):
                    _row_keep(row)
                    row.cells[0].text, row.cells[1].text = label, value
                    _paragraph_language(row.cells[0].paragraphs[0], ui)
                    value_lang = action_lang if label in (_("Responsible"), _("Indicator")) else ui
                    _paragraph_language(row.cells[1].paragraphs[0], value_lang)
        out = BytesIO()
        doc.save(out)
    return out.getvalue()


# --- PDF --------------------------------------------------------------------------------------


def version_html(version: RoadmapVersion, language: str | None = None) -> str:
    language = _language(language, version)
    with translation.override(language):
        view = version_view(version=version, language=language)
        return render_to_string(
            "roadmap/document.html",
            {
                "view": view,
                "text": view.text,
                "version": version,
                "language": language,
                "author": AUTHOR,
                "date": version.adopted_on.isoformat() if version.adopted_on else "",
                "meta": version_meta_lines(version, language),
                "progress": _progress_lines(view, language),
                "notice": language_notice(view.text),
                "objective_progress": {
                    b.objective.pk: formats.percent(b.rollup.progress, language)
                    for b in view.blocks
                },
                "rows": {a.pk: _action_rows(a, language) for b in view.blocks for a in b.actions},
                "rtl": is_rtl(language),
                "font": DOCUMENT_FONTS.get(language, ""),
            },
        )


def version_pdf(version: RoadmapVersion, language: str | None = None) -> bytes:
    from weasyprint import HTML  # heavy import: only when a PDF is asked for

    return bytes(HTML(string=version_html(version, language)).write_pdf())


# --- JSON -------------------------------------------------------------------------------------


def version_json(version: RoadmapVersion) -> dict[str, Any]:
    """Machine values: the version's own text, keys, ISO dates and Latin digits."""
    view = version_view(version=version)
    return {
        "roadmap": version.roadmap.title,
        "version": version.number,
        "title": version.title,
        "language": version.language,
        "status": version.status,
        "adopted_on": version.adopted_on.isoformat() if version.adopted_on else None,
        "adopted_by_meeting": version.adopted_by_meeting.slug
        if version.adopted_by_meeting is not None
        else None,
        "previous": version.previous.number if version.previous is not None else None,
        "is_illustrative": version.is_illustrative,
        "progress": view.total.progress,
        "objectives": [
            {
                "key": b.objective.key,
                "title": b.objective.title,
                "progress": b.rollup.progress,
                "actions": [
                    {
                        "key": a.key,
                        "country": a.country,
                        "title": a.title,
                        "description": a.description,
                        "responsible": a.responsible,
                        "starts_on": a.starts_on.isoformat() if a.starts_on else None,
                        "ends_on": a.ends_on.isoformat() if a.ends_on else None,
                        "status": a.status,
                        "progress": a.progress,
                        "indicators": [
                            {"name": i.name, "baseline": i.baseline, "target": i.target}
                            for i in a.indicators.all()
                        ],
                        "recommendations": [r.key for r in a.recommendations.all()],
                        "is_illustrative": a.is_illustrative,
                    }
                    for a in b.actions
                ],
            }
            for b in view.blocks
        ],
    }
