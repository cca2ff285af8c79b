"""Keep Wagtail's locales and tree roots in step with the settings, after every migrate.

Wagtail's own migrations create the root page and root collection once; a database flushed by
a transactional test (or restored without them) would otherwise be left without a tree.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings


def locales_sync() -> None:
    from wagtail.models import Locale

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def tree_roots_ensure() -> None:
    from wagtail.models import Collection, Locale, Page

    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def hub_initial_data_after_migrate(sender: Any, **kwargs: Any) -> None:
    locales_sync()
    tree_roots_ensure()
