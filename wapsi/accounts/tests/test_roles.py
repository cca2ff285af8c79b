"""One group per person in DESIGN.md, with the permissions that role needs and no more."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page

from wapsi.accounts.models import User
from wapsi.accounts.roles import BY_SLUG, ROLES, roles_sync, user_roles
from wapsi.accounts.selectors import centre_ids_for_user, provider_ids_for_user

pytestmark = pytest.mark.django_db

EXPECTED_ROLES = {
    "counsellor",
    "centre_manager",
    "provider_staff",
    "content_editor",
    "translator",
    "testimony_moderator",
    "campaign_manager",
    "researcher",
    "secretariat",
    "government_viewer",
    "administrator",
}


def page_perms(group_name: str) -> set[str]:
    return set(
        GroupPagePermission.objects.filter(group__name=group_name).values_list(
            "permission__codename", flat=True
        )
    )


def test_every_role_of_the_design_has_a_group() -> None:
    roles_sync()
    assert {role.slug for role in ROLES} == EXPECTED_ROLES
    assert set(Group.objects.values_list("name", flat=True)) >= {role.group_name for role in ROLES}


def test_roles_sync_is_idempotent() -> None:
    roles_sync()
    before = (Group.objects.count(), GroupPagePermission.objects.count())
    roles_sync()
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == before


def test_editor_publishes_translator_only_edits_counsellor_has_no_pages() -> None:
    roles_sync()
    assert "publish_page" in page_perms("Content editor")
    assert page_perms("Translator") == {"add_page", "change_page"}
    assert page_perms("Counsellor") == set()


def test_demo_has_one_user_per_role(demo: object) -> None:
    for role in ROLES:
        user = User.objects.get(username=role.slug)
        assert user_roles(user) == {role.slug}
        assert user.check_password("wapsi-demo-2026")
        assert user.first_name == "Demo"  # no real person's name


def test_staff_roles_may_enter_the_admin(demo: object) -> None:
    for slug in ("counsellor", "content_editor", "government_viewer"):
        assert User.objects.get(username=slug).has_perm("wagtailadmin.access_admin")


def test_government_viewer_cannot_change_centres(demo: object) -> None:
    viewer = User.objects.get(username="government_viewer")
    manager = User.objects.get(username="centre_manager")
    assert not viewer.has_perm("centres.change_centre")
    assert manager.has_perm("centres.change_centre")


def test_memberships_link_users_to_centres_and_providers(demo: object) -> None:
    counsellor = User.objects.get(username="counsellor")
    provider_staff = User.objects.get(username="provider_staff")
    assert len(centre_ids_for_user(user=counsellor)) == 1
    assert centre_ids_for_user(user=provider_staff) == set()
    assert len(provider_ids_for_user(user=provider_staff)) == 1


def test_case_record_roles_are_flagged_for_two_factor() -> None:
    flagged = {role.slug for role in ROLES if role.sees_case_records}
    # Administrators hold every permission, case records and unpublished testimony included.
    assert flagged == {
        "counsellor",
        "centre_manager",
        "provider_staff",
        "testimony_moderator",
        "administrator",
    }
    assert not BY_SLUG["government_viewer"].sees_case_records


def test_root_page_exists_for_page_permissions() -> None:
    """The roles' page permissions hang on the root page, so they cover every page below."""
    root = Page.get_first_root_node()
    assert root is not None
    roles_sync()
    granted = GroupPagePermission.objects.filter(group__name__in=[r.group_name for r in ROLES])
    assert granted.exists()
    assert set(granted.values_list("page_id", flat=True)) == {root.pk}
