from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def get_rows(mapping: dict[Any, Any], key: Any) -> Any:
    return mapping.get(key, [])
