"""A roadmap version as a document: DOCX (python-docx), PDF (WeasyPrint) and JSON.

Labels are written in the version's own language; Urdu, Arabic, Sorani, Pashto and Dari
versions are laid out right to left (w:bidi / w:rtl in DOCX, dir="rtl" in the PDF).
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from docx import Document
from docx.oxml import OxmlElement
from docx.shared import Pt

from wapsi.lib.languages import is_rtl
from wapsi.roadmap.models import RoadmapVersion
from wapsi.roadmap.selectors import VersionView, version_view


def _version_view(version: RoadmapVersion) -> VersionView:
    return version_view(version=version)


def version_meta_lines(version: RoadmapVersion) -> list[str]:
    lines = [_("Version %(number)s") % {"number": version.number}]
    if version.adopted_on:
        lines.append(_("Adopted on %(date)s") % {"date": version.adopted_on.isoformat()})
    else:
        lines.append(_("Draft: not adopted"))
    if version.adopted_by_meeting is not None:
        lines.append(_("Adopted at: %(meeting)s") % {"meeting": version.adopted_by_meeting.title})
    if version.is_illustrative:
        lines.append(_("Illustrative: invented for demonstration, not a fact."))
    return lines


def _action_rows(action: Any) -> list[tuple[str, str]]:
    rows = [
        (_("Country"), str(action.get_country_display())),
        (_("Responsible"), action.responsible),
        (_("Start"), action.starts_on.isoformat() if action.starts_on else ""),
        (_("End"), action.ends_on.isoformat() if action.ends_on else ""),
        (_("Status"), str(action.get_status_display())),
        (_("Progress"), f"{action.progress}%"),
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


def _set_rtl(paragraph: Any) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    ppr.insert(0, bidi)
    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:rtl"))


def version_docx(version: RoadmapVersion) -> bytes:
    rtl = is_rtl(version.language)
    with translation.override(version.language):
        view = _version_view(version)
        doc = Document()
        doc.styles["Normal"].font.size = Pt(10.5)
        paragraphs = [doc.add_heading(version.title, level=0)]
        paragraphs += [doc.add_paragraph(line) for line in version_meta_lines(version)]
        for block in view.blocks:
            paragraphs.append(doc.add_heading(block.objective.title, level=1))
            if block.objective.description:
                paragraphs.append(doc.add_paragraph(block.objective.description))
            for action in block.actions:
                paragraphs.append(doc.add_heading(f"{action.key}: {action.title}", level=2))
                if action.description:
                    paragraphs.append(doc.add_paragraph(action.description))
                rows = _action_rows(action)
                table = doc.add_table(rows=len(rows), cols=2)
                table.style = "Light List Accent 1"
                if rtl:
                    table._tbl.tblPr.append(OxmlElement("w:bidiVisual"))
                for row, (label, value) in zip(table.rows, rows, strict=True):
                    row.cells[0].text, row.cells[1].text = label, value
                    paragraphs += [row.cells[0].paragraphs[0], row.cells[1].paragraphs[0]]
        if rtl:
            for paragraph in paragraphs:
                _set_rtl(paragraph)
        out = BytesIO()
        doc.save(out)
    return out.getvalue()


def version_html(version: RoadmapVersion) -> str:
    with translation.override(version.language):
        view = _version_view(version)
        return render_to_string(
            "roadmap/document.html",
            {
                "view": view,
                "version": version,
                "meta": version_meta_lines(version),
                "rows": {a.pk: _action_rows(a) for b in view.blocks for a in b.actions},
                "rtl": is_rtl(version.language),
            },
        )


def version_pdf(version: RoadmapVersion) -> bytes:
    from weasyprint import HTML  # heavy import: only when a PDF is asked for

    return HTML(string=version_html(version)).write_pdf()


def version_json(version: RoadmapVersion) -> dict[str, Any]:
    view = _version_view(version)
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
