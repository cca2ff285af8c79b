"""StreamField blocks of the hub's pages."""

from __future__ import annotations

from typing import Any

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=200)
    text = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES)

    class Meta:
        template = "hub/blocks/section.html"
        icon = "doc-full"


class CalloutBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES)

    class Meta:
        template = "hub/blocks/callout.html"
        icon = "warning"


class CentresBlock(blocks.StructBlock):
    """The centres of the page's country, with hotlines, from the directory."""

    heading = blocks.CharBlock(label=_("heading"), max_length=200)

    class Meta:
        template = "hub/blocks/centres.html"
        icon = "site"

    def get_context(
        self, value: Any, parent_context: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        from wapsi.centres.selectors import centres_public

        context = super().get_context(value, parent_context=parent_context)
        page = (parent_context or {}).get("page")
        country = getattr(page, "country", "")
        context["centres"] = [c for c in centres_public() if not country or c.country == country]
        return context


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=300)
    anchor = blocks.CharBlock(
        label=_("anchor"),
        max_length=60,
        required=False,
        help_text=_("Optional; made from the question if empty."),
    )
    answer = blocks.RichTextBlock(label=_("answer"), features=TEXT_FEATURES)

    class Meta:
        template = "hub/blocks/question.html"
        icon = "help"

    def get_context(
        self, value: Any, parent_context: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        context = super().get_context(value, parent_context=parent_context)
        context["anchor"] = question_anchor(value)
        return context


def question_anchor(value: Any) -> str:
    anchor = value.get("anchor") or slugify(value.get("question", ""), allow_unicode=True)[:60]
    return anchor or "question"


GUIDE_BLOCKS = [
    ("legal_pathways", SectionBlock(label=_("Legal pathways"))),
    ("risks", SectionBlock(label=_("Risks of irregular migration"))),
    ("return_reintegration", SectionBlock(label=_("Return and reintegration options"))),
    ("rights_help", SectionBlock(label=_("Rights and where to get help"))),
    ("centres", CentresBlock(label=_("Centres and hotlines"))),
    ("callout", CalloutBlock(label=_("Callout"))),
]
TOPIC_BLOCKS = [
    ("section", SectionBlock(label=_("Section"))),
    ("callout", CalloutBlock(label=_("Callout"))),
]
FAQ_BLOCKS = [("qa", QuestionBlock(label=_("Question and answer")))]
