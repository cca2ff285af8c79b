"""The roles of DESIGN.md as Django groups, with their permissions, and the page workflow.

roles_sync() makes the groups match this table; it runs after every migrate, so a permission
added here (or a model added later) reaches the groups without a data migration. It also keeps
Wagtail's moderation in step with the roles: one workflow on the root of the page tree (so every
hub page and every translation goes through it) whose one task is approved by the content
editors. A translator edits pages and submits them (Wagtail needs edit permission to submit);
only a content editor approves and publishes. Wagtail's own "Editors" and "Moderators" groups,
made by its first migrations, are folded into the roles and removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from wagtail.models import Page, Workflow

    from wapsi.accounts.types import Actor

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
    # Reads case records or unpublished testimony: the second sign-in step applies.
    sees_case_records: bool = False
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
        # Edit, not publish: a translation goes live when a content editor approves it.
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
    Role(
        "administrator",
        "Administrator",
        _("Administrator"),
        permissions=("*",),
        sees_case_records=True,  # every permission: case records and unpublished testimony
    ),
)

BY_SLUG: dict[str, Role] = {role.slug: role for role in ROLES}

# The page workflow (Wagtail's moderation): its name is also the name of its one task.
PAGE_WORKFLOW = "Content editor approval"
PAGE_APPROVERS = "content_editor"  # the role whose group approves the task
# Made by Wagtail's first migrations; replaced by PAGE_WORKFLOW and the roles.
LEGACY_WORKFLOW = "Moderators approval"
# Wagtail's groups and the role their members move to: Moderators could edit and publish (as a
# content editor does); Editors could edit but not publish (as a translator does).
LEGACY_GROUPS: dict[str, str] = {"Moderators": "content_editor", "Editors": "translator"}


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
    if root_page is not None:
        page_workflow_sync(root_page)
    legacy_groups_fold()
    return groups


def page_workflow_sync(root_page: Page) -> Workflow:
    """One workflow on the root page, with one task approved by the content editors' group.

    Idempotent; like the groups, the workflow is defined here, so a task added to it in the
    admin goes at the next sync (workflows put on other parts of the tree stay). Wagtail's default
    workflow, which waits on its "Moderators" group, is deactivated (cancelling what waited in it:
    no one could approve it) and deleted once nothing refers to it.
    """
    from wagtail.models import GroupApprovalTask, Task, Workflow, WorkflowPage, WorkflowTask

    approvers = Group.objects.get(name=BY_SLUG[PAGE_APPROVERS].group_name)
    task = GroupApprovalTask.objects.filter(name=PAGE_WORKFLOW).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=PAGE_WORKFLOW)
    elif not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.set([approvers])
    workflow, _created = Workflow.objects.get_or_create(name=PAGE_WORKFLOW)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})

    for legacy in Workflow.objects.filter(name=LEGACY_WORKFLOW).exclude(pk=workflow.pk):
        if legacy.active:
            legacy.deactivate()
        if not legacy.workflow_states.exists():
            legacy.delete()
    for legacy_task in Task.objects.filter(name=LEGACY_WORKFLOW).exclude(pk=task.pk):
        if legacy_task.active:
            legacy_task.specific.deactivate()
        if not legacy_task.task_states.exists() and not legacy_task.workflow_tasks.exists():
            legacy_task.delete()
    return workflow


def legacy_groups_fold() -> None:
    """Move the members of Wagtail's "Editors" and "Moderators" into roles, then delete them."""
    for name, slug in LEGACY_GROUPS.items():
        legacy = Group.objects.filter(name=name).first()
        if legacy is None:
            continue
        role_group = Group.objects.get(name=BY_SLUG[slug].group_name)
        role_group.user_set.add(*legacy.user_set.all())
        legacy.delete()  # its page, collection and task links go with it


def _in_step() -> bool:
    from wagtail.models import WorkflowPage

    return (
        Group.objects.filter(name=ROLES[0].group_name).exists()
        and not Group.objects.filter(name__in=LEGACY_GROUPS).exists()
        and WorkflowPage.objects.filter(workflow__name=PAGE_WORKFLOW).exists()
    )


def roles_sync_after_migrate(sender: Any, **kwargs: Any) -> None:
    if kwargs.get("plan") == [] and _in_step():
        return  # nothing migrated and the groups and workflow are in place: keep `migrate` fast
    roles_sync()


def user_roles(user: Actor | None) -> set[str]:
    """The role slugs of a user, from group membership."""
    if user is None or not user.is_authenticated:
        return set()
    names = set(user.groups.values_list("name", flat=True))
    return {role.slug for role in ROLES if role.group_name in names}


def is_administrator(user: Actor | None) -> bool:
    """Administrators (the role, or a superuser) manage people's memberships and sign-in."""
    if user is None or not user.is_authenticated:
        return False
    return bool(user.is_superuser or "administrator" in user_roles(user))
