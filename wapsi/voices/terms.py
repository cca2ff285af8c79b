"""The managed lists' starting entries. Names are msgids: the catalogues translate them, and
entries an administrator adds later show in English until the catalogues catch up."""

from __future__ import annotations

from django.utils.translation import gettext_noop

ROUTES: tuple[tuple[str, str], ...] = (
    ("balkans", gettext_noop("Balkans")),
    ("eastern-mediterranean", gettext_noop("Eastern Mediterranean")),
    ("central-mediterranean", gettext_noop("Central Mediterranean")),
    ("belarus", gettext_noop("Belarus")),
    ("gulf-labour", gettext_noop("Gulf labour route")),
)

THEMES: tuple[tuple[str, str], ...] = (
    ("journey", gettext_noop("Journey")),
    ("smugglers-debt", gettext_noop("Smugglers and debt")),
    ("detention", gettext_noop("Detention")),
    ("deportation", gettext_noop("Deportation")),
    ("life-after-return", gettext_noop("Life after return")),
    ("reintegration", gettext_noop("Reintegration")),
    ("stigma", gettext_noop("Stigma")),
    ("legal-alternatives", gettext_noop("Legal alternatives")),
)


def terms_ensure() -> None:
    """Create missing entries (after migrate and in the demo); never renames or deletes."""
    from wapsi.voices.models import Route, Theme

    for model, rows in ((Route, ROUTES), (Theme, THEMES)):
        for order, (slug, name) in enumerate(rows):
            model.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})
