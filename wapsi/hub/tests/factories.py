"""Builders for hub pages in tests (Wagtail pages need the tree, so no factory_boy here)."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth.models import Group
from wagtail.models import Locale

from wapsi.accounts.models import User
from wapsi.accounts.roles import BY_SLUG, roles_sync
from wapsi.hub.models import CountryGuidePage, FaqPage, HomePage, TopicPage
from wapsi.hub.services import home_pages_ensure


def home_for(code: str = "en") -> HomePage:
    english = (
        HomePage.objects.filter(locale__language_code="en", depth=2).first()
        or home_pages_ensure().home
    )
    if code == "en":
        return english
    return english.get_translation(Locale.objects.get(language_code=code)).specific


def section(heading: str, text: str) -> dict[str, Any]:
    return {"type": "section", "value": {"heading": heading, "text": f"<p>{text}</p>"}}


def topic(
    *,
    title: str,
    text: str = "",
    slug: str | None = None,
    summary: str = "",
    home: HomePage | None = None,
    **fields: Any,
) -> TopicPage:
    home = home or home_for("en")
    page = TopicPage(
        title=title,
        slug=slug or f"topic-{TopicPage.objects.count() + 1}",
        summary=summary,
        body=[section("Section", text or title)],
        locale=home.locale,
        **fields,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate(page: Any, code: str, *, title: str, text: str = "", **fields: Any) -> Any:
    translated = page.copy_for_translation(Locale.objects.get(language_code=code)).specific
    translated.title = title
    translated.body = [section("Section", text or title)]
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


def guide(
    *, country: str = "PK", title: str = "Pakistan", home: HomePage | None = None
) -> CountryGuidePage:
    home = home or home_for("en")
    page = CountryGuidePage(
        title=title,
        slug=title.lower(),
        country=country,
        summary="Guide summary",
        locale=home.locale,
        body=[
            {
                "type": "legal_pathways",
                "value": {"heading": "Legal pathways", "text": "<p>Register first.</p>"},
            },
            {"type": "risks", "value": {"heading": "Risks", "text": "<p>Smugglers lie.</p>"}},
            {"type": "centres", "value": {"heading": "Centres and hotlines"}},
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def faq(*, home: HomePage | None = None) -> FaqPage:
    home = home or home_for("en")
    page = FaqPage(
        title="Questions",
        slug="questions",
        locale=home.locale,
        body=[
            {
                "type": "qa",
                "value": {
                    "question": "Is counselling free?",
                    "anchor": "",
                    "answer": "<p>Yes.</p>",
                },
            },
            {
                "type": "qa",
                "value": {
                    "question": "Can you check my contract?",
                    "anchor": "contract",
                    "answer": "<p>Yes.</p>",
                },
            },
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def days_ago(days: int) -> datetime.date:
    return datetime.date.today() - datetime.timedelta(days=days)


def staff(role: str, username: str | None = None) -> User:
    """A user holding one role (a group kept by roles_sync), e.g. staff("translator")."""
    group_name = BY_SLUG[role].group_name
    if not Group.objects.filter(name=group_name).exists():
        roles_sync()
    user = User.objects.create_user(
        username=username or role, email=f"{username or role}@example.org", password="x" * 12
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user
