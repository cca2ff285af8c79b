"""The roles of DESIGN.md as Django groups, with their permissions.

roles_sync() makes the groups match this table; it runs after every migrate, so a permission
added here (or a model added later) reaches the groups without a data migration.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

ADMIN_ACCESS = "wagtailadmin.access_admin"
PAGE_EDIT = ("wagtailcore.add_page", "wagtailcore.change_page")
PAGE_PUBLISH = (
    *PAGE_EDIT,
    "wagtailcore.publish_page",
    "wagtailcore.lock_page",
    "wagtailcore.unlock_page",
)
MEDIA_EDIT = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
)


@dataclass(frozen=True)
class Role:
    slug: str
    group_name: str  # stable key: the Django group's name
    label: str | Promise
    permissions: tuple[str, ...] = ()
    page_permissions: tuple[str, ...] = ()  # granted on the root of the page tree
    collection_permissions: tuple[str, ...] = ()  # granted on the root collection
    sees_case_records: bool = False  # two-factor sign-in and no-store pages apply
    extra: dict[str, Any] = field(default_factory=dict)


ROLES: tuple[Role, ...] = (
    Role(
        "counsellor",
        "Counsellor",
        _("Counsellor"),
        permissions=(ADMIN_ACCESS, "centres.view_centre", "centres.view_provider"),
        sees_case_records=True,
    ),
    Role(
        "centre_manager",
        "Centre manager",
        _("Centre manager"),
        permissions=(
            ADMIN_ACCESS,
            "centres.view_centre",
            "centres.change_centre",
            "centres.view_provider",
            "accounts.view_centremembership",
        ),
        sees_case_records=True,
    ),
    Role(
        "provider_staff",
        "Service-provider staff",
        _("Service-provider staff"),
        permissions=(ADMIN_ACCESS, "centres.view_provider"),
        sees_case_records=True,
    ),
    Role(
        "content_editor",
        "Content editor",
        _("Content editor"),
        permissions=(ADMIN_ACCESS,),
        page_permissions=PAGE_PUBLISH,
        collection_permissions=MEDIA_EDIT,
    ),
    Role(
        "translator",
        "Translator",
        _("Translator"),
        permissions=(ADMIN_ACCESS, "wagtail_localize.submit_translation"),
        page_permissions=PAGE_EDIT,
    ),
    Role(
        "testimony_moderator",
        "Testimony moderator",
        _("Testimony moderator"),
        permissions=(ADMIN_ACCESS,),
        sees_case_records=True,  # unpublished testimonies are as sensitive as case records
    ),
    Role(
        "campaign_manager",
        "Campaign manager",
        _("Campaign manager"),
        permissions=(ADMIN_ACCESS,),
        collection_permissions=MEDIA_EDIT,
    ),
    Role("researcher", "Researcher", _("Researcher"), permissions=(ADMIN_ACCESS,)),
    Role("secretariat", "Secretariat", _("Dialogue secretariat"), permissions=(ADMIN_ACCESS,)),
    Role(
        "government_viewer",
        "Government viewer",
        _("Government viewer"),
        permissions=(ADMIN_ACCESS,),
    ),
    Role("administrator", "Administrator", _("Administrator"), permissions=("*",)),
)

BY_SLUG: dict[str, Role] = {role.slug: role for role in ROLES}


def _permissions(names: tuple[str, ...]) -> list[Permission]:
    if "*" in names:
        return list(Permission.objects.all())
    found: list[Permission] = []
    for name in names:
        app_label, codename = name.split(".", 1)
        perm = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if perm is not None:  # a model of a later part may not exist yet
            found.append(perm)
    return found


@transaction.atomic
def roles_sync() -> list[Group]:
    """Create or update one group per role so its permissions match ROLES exactly."""
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    groups = []
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.group_name)
        group.permissions.set(_permissions(role.permissions))
        if root_page is not None:
            GroupPagePermission.objects.filter(group=group).delete()
            for perm in _permissions(role.page_permissions):
                GroupPagePermission.objects.create(group=group, page=root_page, permission=perm)
        if root_collection is not None:
            GroupCollectionPermission.objects.filter(group=group).delete()
            for perm in _permissions(role.collection_permissions):
                GroupCollectionPermission.objects.create(
                    group=group, collection=root_collection, permission=perm
                )
        groups.append(group)
    return groups


def roles_sync_after_migrate(sender: Any, **kwargs: Any) -> None:
    if kwargs.get("plan") == [] and Group.objects.filter(name=ROLES[0].group_name).exists():
        return  # nothing migrated and the groups exist: keep `migrate` fast
    roles_sync()


def user_roles(user: Any) -> set[str]:
    """The role slugs of a user, from group membership."""
    if not getattr(user, "is_authenticated", False):
        return set()
    names = set(user.groups.values_list("name", flat=True))
    return {role.slug for role in ROLES if role.group_name in names}
