"""The hub's services: what changes the site's structure."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction

from wapsi.accounts.roles import roles_sync
from wapsi.hub.home_text import HOME
from wapsi.hub.locales import locales_sync, tree_roots_ensure
from wapsi.hub.models import HomePage

SITE_NAME = "Wapsi"
DEFAULT_HOSTNAME = "localhost"  # a Site made without a hostname (the demo's)


@dataclass
class SiteSetup:
    """What `site_setup` did; empty lists and False everywhere when it found everything in place."""

    home: HomePage
    pages_created: list[str] = field(default_factory=list)  # language codes
    placeholder_removed: bool = False
    site_created: bool = False
    site_changed: list[str] = field(default_factory=list)  # the Site's fields it changed

    @property
    def changed(self) -> bool:
        return bool(
            self.pages_created or self.placeholder_removed or self.site_created or self.site_changed
        )


def _home_content(code: str) -> dict[str, str]:
    return HOME.get(code, HOME[settings.LANGUAGE_CODE])


@transaction.atomic
def site_setup(*, hostname: str | None = None, port: int | None = None) -> SiteSetup:
    """Give a migrated database the site's structure, with no content beyond the home pages.

    The role groups and their workflow (roles_sync), a Wagtail locale per language in
    settings.LANGUAGES, the tree roots, the home page in the default language and its translation
    in every other language (published, with the neutral text of hub/home_text.py), and the
    default Site on that home page, named "Wapsi". Wagtail's placeholder "Welcome" page (from its
    first migration) goes, with its Site, unless someone has put pages under it.

    Idempotent and safe on a live site: pages that exist are never changed (an editor's title,
    text or unpublishing stays), so a second run, or a run on a database with the demo loaded,
    creates no page and no revision. The Site's hostname and port change only when given.
    Run by an operator (manage.py site_setup) or by load_demo, not by a person in the web
    interface, so there is no actor whose permission to check.
    """
    roles_sync()
    return home_pages_ensure(hostname=hostname, port=port)


@transaction.atomic
def home_pages_ensure(*, hostname: str | None = None, port: int | None = None) -> SiteSetup:
    """site_setup without the role groups (which migrate already syncs): the tests' home pages."""
    from wagtail.models import Locale, Page, Site

    locales_sync()
    tree_roots_ensure()
    root = Page.get_first_root_node()
    placeholder = Page.objects.filter(
        depth=2, numchild=0, content_type__model="page", content_type__app_label="wagtailcore"
    )
    placeholder_removed = placeholder.exists()
    if placeholder_removed:
        placeholder.delete()  # its Site goes with it

    default_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    created: list[str] = []
    home = HomePage.objects.filter(locale=default_locale, depth=2).first()
    if home is None:
        home = HomePage(
            slug="home", locale=default_locale, **_home_content(default_locale.language_code)
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        created.append(default_locale.language_code)
    result = SiteSetup(home=home, pages_created=created, placeholder_removed=placeholder_removed)

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname or DEFAULT_HOSTNAME,
            port=port or 80,
            root_page=home,
            is_default_site=True,
            site_name=SITE_NAME,
        )
        result.site_created = True
    else:
        wanted: dict[str, object] = {"root_page_id": home.pk}
        if hostname:
            wanted["hostname"] = hostname
        if port:
            wanted["port"] = port
        if not site.site_name:
            wanted["site_name"] = SITE_NAME
        changed = [name for name, value in wanted.items() if getattr(site, name) != value]
        for name in changed:
            setattr(site, name, wanted[name])
        if changed:
            site.save(update_fields=[name.removesuffix("_id") for name in changed])
        result.site_changed = [name.removesuffix("_id") for name in changed]

    for code, _name in settings.LANGUAGES:
        if code == default_locale.language_code:
            continue
        locale = Locale.objects.get(language_code=code)
        if home.get_translation_or_none(locale) is not None:
            continue
        translated = home.copy_for_translation(locale).specific
        content = _home_content(code)
        translated.title = content["title"]
        translated.intro = content["intro"]
        translated.save_revision().publish()
        created.append(code)
    return result
