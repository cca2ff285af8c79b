"""The managed lists' starting entries. Names are msgids: the catalogues translate them, and
entries an administrator adds later show in English until the catalogues catch up."""

from __future__ import annotations

from django.utils.translation import gettext_noop as N_

ROUTES: tuple[tuple[str, str], ...] = (
    ("balkans", N_("Balkans")),
    ("eastern-mediterranean", N_("Eastern Mediterranean")),
    ("central-mediterranean", N_("Central Mediterranean")),
    ("belarus", N_("Belarus")),
    ("gulf-labour", N_("Gulf labour route")),
)

THEMES: tuple[tuple[str, str], ...] = (
    ("journey", N_("Journey")),
    ("smugglers-debt", N_("Smugglers and debt")),
    ("detention", N_("Detention")),
    ("deportation", N_("Deportation")),
    ("life-after-return", N_("Life after return")),
    ("reintegration", N_("Reintegration")),
    ("stigma", N_("Stigma")),
    ("legal-alternatives", N_("Legal alternatives")),
)


def terms_ensure() -> None:
    """Create missing entries (after migrate and in the demo); never renames or deletes."""
    from wapsi.voices.models import Route, Theme

    for model, rows in ((Route, ROUTES), (Theme, THEMES)):
        for order, (slug, name) in enumerate(rows):
            model.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})
