"""Admin-side template tags: the review bar in wagtail-localize's translation editor."""

from __future__ import annotations

from typing import Any

from django import template

from wapsi.hub.translations import translation_can_submit, translation_for

register = template.Library()


@register.inclusion_tag("hub/admin/translation_review_bar.html", takes_context=True)
def translation_review_bar(context: dict[str, Any], page: Any) -> dict[str, Any]:
    """Where the translation stands in review, and "Submit for review" for who may submit."""
    user = context["request"].user
    state = page.current_workflow_state
    comment = ""
    if state is not None and state.current_task_state is not None:
        comment = state.current_task_state.specific.get_comment()
    return {
        "page": page,
        "translation": translation_for(page),
        "state": state,
        "comment": comment,
        "can_submit": translation_can_submit(page=page, user=user),
        "csrf_token": context.get("csrf_token"),
    }
