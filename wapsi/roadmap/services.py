"""Writes to the roadmap. Each one checks permission, validates, saves and audits in one transaction."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wapsi.accounts.models import User
from wapsi.accounts.types import Actor, actor_user
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.evidence.models import Study
from wapsi.lib.languages import BY_CODE
from wapsi.roadmap.models import (
    ActionPoint,
    ChangeProposal,
    Decision,
    Indicator,
    Meeting,
    Objective,
    Participation,
    Presentation,
    ProgressUpdate,
    ProposalKind,
    Roadmap,
    RoadmapVersion,
    VersionStatus,
    VersionTranslation,
)
from wapsi.roadmap.permissions import is_secretariat, require_dialogue_staff, require_secretariat
from wapsi.roadmap.selectors import version_current

PROPOSED_FIELDS = ("title", "description", "responsible", "country", "starts_on", "ends_on")
MEETING_FIELDS = (
    "title",
    "held_on",
    "is_online",
    "place",
    "co_chairs",
    "participants_total",
    "participants_note",
    "agenda",
    "decisions",
    "source_url",
    "is_illustrative",
)


def _version_holding(*, roadmap: Roadmap, key: str) -> RoadmapVersion | None:
    return (
        RoadmapVersion.objects.filter(roadmap=roadmap, actions__key=key).order_by("-number").first()
    )


def proposal_target_check(*, proposal: ChangeProposal) -> None:
    """The action a proposal changes must still be in the roadmap's current adopted version."""
    current = version_current(roadmap=proposal.roadmap)
    if current is None:
        raise ValidationError(_("The roadmap has no adopted version to change yet."))
    in_current = current.actions.filter(key=proposal.target_key).exists()
    if proposal.kind == ProposalKind.ADD:
        if _version_holding(roadmap=proposal.roadmap, key=proposal.target_key):
            raise ValidationError(
                {"target_key": _("This key is already used by an action point; choose a new one.")}
            )
        if not current.objectives.filter(key=proposal.objective_key).exists():
            raise ValidationError(
                {"objective_key": _("The current version has no objective with this key.")}
            )
        return
    if in_current:
        if (
            proposal.objective_key
            and not current.objectives.filter(key=proposal.objective_key).exists()
        ):
            raise ValidationError(
                {"objective_key": _("The current version has no objective with this key.")}
            )
        return
    last = _version_holding(roadmap=proposal.roadmap, key=proposal.target_key)
    if last is None:
        raise ValidationError({"target_key": _("No action point has this key.")})
    retired_in = (
        RoadmapVersion.objects.filter(roadmap=proposal.roadmap, number__gt=last.number)
        .order_by("number")
        .first()
    )
    raise ValidationError(
        {
            "target_key": _(
                "Action point “%(key)s” was retired in version %(number)s, so it can no longer "
                "be modified or retired."
            )
            % {"key": proposal.target_key, "number": retired_in.number if retired_in else "?"}
        }
    )


@transaction.atomic
def proposal_submit(
    *,
    actor: Actor,
    roadmap: Roadmap,
    kind: str,
    target_key: str,
    rationale: str,
    meeting: Meeting | None = None,
    recommendations: Iterable[Any] = (),
    findings: Iterable[Any] = (),
    request: HttpRequest | None = None,
    **fields: Any,
) -> ChangeProposal:
    require_dialogue_staff(actor)
    base = version_current(roadmap=roadmap)
    if base is None:
        raise ValidationError(_("The roadmap has no adopted version to change yet."))
    proposal = ChangeProposal(
        roadmap=roadmap,
        base_version=base,
        meeting=meeting,
        kind=kind,
        target_key=target_key,
        rationale=rationale,
        submitted_by=actor_user(actor),
        **fields,
    )
    proposal.full_clean()
    proposal_target_check(proposal=proposal)
    proposal.save()
    proposal.recommendations.set(list(recommendations))
    proposal.findings.set(list(findings))
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        target=proposal,
        request=request,
        detail={"kind": kind, "key": target_key},
    )
    return proposal


@transaction.atomic
def proposal_decide(
    *,
    actor: Actor,
    proposal: ChangeProposal,
    decision: str,
    meeting: Meeting | None = None,
    note: str = "",
    request: HttpRequest | None = None,
) -> ChangeProposal:
    require_secretariat(actor)
    # Re-read under the roadmap's lock, as adoption holds it: never decide on a stale copy.
    Roadmap.objects.select_for_update().filter(pk=proposal.roadmap_id).first()
    proposal = ChangeProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.applied_in_id:
        raise ValidationError(_("This proposal is already part of an adopted version."))
    if decision == Decision.ADOPTED:
        proposal_target_check(proposal=proposal)
    proposal.decision = decision
    proposal.decision_note = note
    proposal.meeting = meeting or proposal.meeting
    if proposal.meeting is None:
        raise ValidationError(_("A decision is taken at a meeting: choose the meeting."))
    proposal.full_clean()
    proposal.save(update_fields=["decision", "decision_note", "meeting"])
    audit_record(
        actor=actor,
        action=AuditAction.DECIDE,
        target=proposal,
        request=request,
        detail={"decision": decision, "meeting": proposal.meeting_id},
    )
    return proposal


def version_copy(*, source: RoadmapVersion, number: int, **values: Any) -> RoadmapVersion:
    """A new version holding copies of the source's objectives, action points and indicators."""
    version = RoadmapVersion(
        roadmap=source.roadmap,
        number=number,
        title=values.pop("title", source.title),
        language=source.language,
        summary=values.pop("summary", source.summary),
        previous=source,
        is_illustrative=values.pop("is_illustrative", source.is_illustrative),
        **values,
    )
    version.full_clean()
    version.save()
    objectives = {}
    for objective in source.objectives.all():
        objectives[objective.pk] = Objective.objects.create(
            version=version,
            key=objective.key,
            position=objective.position,
            title=objective.title,
            description=objective.description,
        )
    skip = {"id", "version", "objective"}
    for old in source.actions.prefetch_related("indicators", "recommendations", "findings"):
        new = ActionPoint.objects.create(
            version=version,
            objective=objectives[old.objective_id],
            **{
                f.attname: getattr(old, f.attname)
                for f in ActionPoint._meta.concrete_fields
                if f.name not in skip
            },
        )
        new.recommendations.set(old.recommendations.all())
        new.findings.set(old.findings.all())
        Indicator.objects.bulk_create(
            Indicator(action=new, name=i.name, baseline=i.baseline, target=i.target)
            for i in old.indicators.all()
        )
    return version


def proposal_apply(*, version: RoadmapVersion, proposal: ChangeProposal) -> None:
    """Apply one adopted proposal to a version being built (inside version_adopt's transaction)."""
    action: ActionPoint | None
    if proposal.kind == ProposalKind.ADD:
        objective = version.objectives.filter(key=proposal.objective_key).first()
        if objective is None:
            raise ValidationError(
                _("The version has no objective “%(key)s”.") % {"key": proposal.objective_key}
            )
        action = ActionPoint(version=version, objective=objective, key=proposal.target_key)
    else:
        action = version.actions.filter(key=proposal.target_key).first()
        if action is None:
            raise ValidationError(
                _("Action point “%(key)s” is no longer in the roadmap.")
                % {"key": proposal.target_key}
            )
        if proposal.kind == ProposalKind.RETIRE:
            action.delete()
            return
        if proposal.objective_key:
            action.objective = version.objectives.get(key=proposal.objective_key)
    for name in PROPOSED_FIELDS:
        value = getattr(proposal, name)
        if value not in ("", None):
            setattr(action, name, value)
    action.is_illustrative = action.is_illustrative or proposal.is_illustrative
    action.full_clean()
    action.save()
    action.recommendations.add(*proposal.recommendations.all())
    action.findings.add(*proposal.findings.all())


@transaction.atomic
def version_adopt(
    *,
    actor: Actor,
    meeting: Meeting,
    title: str = "",
    request: HttpRequest | None = None,
) -> RoadmapVersion:
    """The meeting's adopted proposals become the roadmap's next version, all or nothing."""
    require_secretariat(actor)
    # One adoption at a time per roadmap: the lock serialises version numbers and keeps a
    # decision taken meanwhile from slipping in (or out) half-way.
    roadmap = Roadmap.objects.select_for_update().get(pk=meeting.roadmap_id)
    current = version_current(roadmap=roadmap)
    if current is None:
        raise ValidationError(_("The roadmap has no adopted version to build on."))
    proposals = list(
        meeting.proposals.select_for_update()
        .filter(decision=Decision.ADOPTED, applied_in__isnull=True)
        .order_by("id")
    )
    if not proposals:
        raise ValidationError(_("This meeting adopted no proposal that is not yet applied."))
    for proposal in proposals:
        proposal_target_check(proposal=proposal)
    number = (roadmap.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    version = version_copy(
        source=current,
        number=number,
        title=title or current.title,
        status=VersionStatus.ADOPTED,
        adopted_on=meeting.held_on,
        adopted_by_meeting=meeting,
        is_illustrative=current.is_illustrative or meeting.is_illustrative,
    )
    for proposal in proposals:
        proposal_apply(version=version, proposal=proposal)
        proposal.applied_in = version
        proposal.save(update_fields=["applied_in"])
    audit_record(
        actor=actor,
        action=AuditAction.ADOPT,
        target=version,
        request=request,
        detail={
            "meeting": meeting.pk,
            "previous": current.pk,
            "proposals": [p.pk for p in proposals],
        },
    )
    return version


def _may_report(actor: User, action: ActionPoint) -> bool:
    return is_secretariat(actor) or (action.owner_id is not None and action.owner_id == actor.pk)


@transaction.atomic
def progress_record(
    *,
    actor: Actor,
    action: ActionPoint,
    reported_on: datetime.date,
    text: str,
    progress: int,
    status: str,
    evidence_links: str = "",
    evidence_file: Any = None,
    request: HttpRequest | None = None,
) -> ProgressUpdate:
    """A six-monthly progress report; it moves the action point's status and progress too."""
    from django.core.exceptions import PermissionDenied

    if not actor.is_authenticated or not _may_report(actor, action):
        raise PermissionDenied(_("Only the action's owner or the secretariat may report progress."))
    if (
        not action.version.is_adopted
        or version_current(roadmap=action.version.roadmap) != action.version
    ):
        raise ValidationError(_("Progress is reported on the current adopted version only."))
    update = ProgressUpdate(
        action=action,
        reported_on=reported_on,
        text=text,
        progress=progress,
        status=status,
        reported_by=actor,
        reported_by_label=actor.get_username(),
        evidence_links=evidence_links,
    )
    if evidence_file:
        update.evidence_file = evidence_file
    update.full_clean()
    action.progress, action.status = progress, status
    action.full_clean()
    update.save()
    action.save(update_fields=["progress", "status", "modified"])
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        target=update,
        request=request,
        detail={"action": action.key, "progress": progress, "status": status},
    )
    return update


def _meeting_slug(meeting: Meeting) -> str:
    """A readable, unique address for a new meeting; it never changes afterwards."""
    base = slugify(meeting.title)[:60].strip("-")
    if not base and meeting.held_on:
        base = f"meeting-{meeting.held_on.isoformat()}"
    base = base or "meeting"
    slug, n = base, 1
    while Meeting.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _participations_check(rows: Iterable[tuple[str, str, int]]) -> list[Participation]:
    """Counts by country and organisation type: each pair once, no negative counts, no names."""
    found: list[Participation] = []
    seen: set[tuple[str, str]] = set()
    for country, organisation_type, count in rows:
        if count is None or count < 0:
            raise ValidationError(_("Participant counts cannot be negative."))
        if (country, organisation_type) in seen:
            row = Participation(country=country, organisation_type=organisation_type)
            raise ValidationError(
                _("%(country)s, %(type)s is given twice: give each country and type once.")
                % {
                    "country": row.get_country_display(),
                    "type": row.get_organisation_type_display(),
                }
            )
        seen.add((country, organisation_type))
        row = Participation(country=country, organisation_type=organisation_type, count=count)
        try:
            row.full_clean(exclude=["meeting"], validate_constraints=False)
        except ValidationError as exc:
            # The form has no per-row fields to attach these to: say them at the top.
            raise ValidationError(exc.messages) from exc
        found.append(row)
    return found


def _presentations_sync(*, meeting: Meeting, studies: list[Study]) -> None:
    """One presentation per chosen study; presentations without a study are left alone."""
    wanted = {s.pk: s for s in studies}
    meeting.presentations.filter(study__isnull=False).exclude(study__in=wanted).delete()
    have = set(meeting.presentations.values_list("study_id", flat=True))
    Presentation.objects.bulk_create(
        Presentation(meeting=meeting, study=s, title=s.title)
        for pk, s in wanted.items()
        if pk not in have
    )


@transaction.atomic
def meeting_save(
    *,
    actor: Actor,
    meeting: Meeting,
    participations: Iterable[tuple[str, str, int]] = (),
    studies: Iterable[Study] = (),
    request: HttpRequest | None = None,
    **fields: Any,
) -> Meeting:
    """Create (meeting not yet saved) or update a working-group meeting, its counts and
    presentations. Participations are replaced as a whole by the rows given."""
    require_secretariat(actor)
    unknown = set(fields) - set(MEETING_FIELDS)
    if unknown:
        raise TypeError(f"meeting_save() got unexpected fields: {sorted(unknown)}")
    creating = meeting.pk is None
    if not creating:
        # Lock the row so two secretaries saving at once do not interleave counts.
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    changed = [name for name, value in fields.items() if getattr(meeting, name) != value]
    for name, value in fields.items():
        setattr(meeting, name, value)
    rows = _participations_check(participations)
    studies = list(studies)
    if creating:
        meeting.slug = _meeting_slug(meeting)
    meeting.full_clean()
    if creating:
        meeting.save()
    elif changed:
        meeting.save(update_fields=[*changed, "modified"])
    meeting.participations.all().delete()
    for row in rows:
        row.meeting = meeting
    Participation.objects.bulk_create(rows)
    _presentations_sync(meeting=meeting, studies=studies)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if creating else AuditAction.UPDATE,
        target=meeting,
        request=request,
        detail={
            "fields": list(MEETING_FIELDS) if creating else changed,
            "participation_rows": len(rows),
            "studies": sorted(s.pk for s in studies),
        },
    )
    return meeting


def _texts_clean(
    texts: dict[str, dict[str, str]], *, keys: set[str], fields: tuple[str, ...], name: str
) -> dict[str, dict[str, str]]:
    """Only known keys and fields, stripped; an entry without a title is left out (it falls back)."""
    unknown = sorted(set(texts) - keys)
    if unknown:
        raise ValidationError(
            {name: _("No such key in this version: %(keys)s") % {"keys": ", ".join(unknown)}},
            code="unknown_key",
        )
    cleaned: dict[str, dict[str, str]] = {}
    for key, entry in texts.items():
        row = {f: str(entry.get(f, "") or "").replace("\x00", "").strip() for f in fields}
        if row["title"]:
            cleaned[key] = {f: v for f, v in row.items() if v}
        elif any(row.values()):
            raise ValidationError(
                {name: _("Give a title for %(key)s, or leave it all empty.") % {"key": key}},
                code="title_missing",
            )
    return cleaned


@transaction.atomic
def version_translation_save(
    *,
    actor: Actor,
    version: RoadmapVersion,
    language: str,
    title: str,
    summary: str = "",
    objectives: dict[str, dict[str, str]] | None = None,
    actions: dict[str, dict[str, str]] | None = None,
    needs_review: bool = True,
    request: HttpRequest | None = None,
) -> VersionTranslation:
    """Save a version's text in another language (secretariat only, audited). A draft stays
    marked for review until a native speaker has checked it (needs_review=False)."""
    require_secretariat(actor)
    if language not in BY_CODE or language == version.language:
        raise ValidationError(
            {"language": _("Choose a language other than the version's own.")}, code="language"
        )
    title = title.replace("\x00", "").strip()
    if not title:
        raise ValidationError({"title": _("Give the translated title.")}, code="required")
    objectives_clean = _texts_clean(
        objectives or {},
        keys=set(version.objectives.values_list("key", flat=True)),
        fields=VersionTranslation.OBJECTIVE_FIELDS,
        name="objectives",
    )
    actions_clean = _texts_clean(
        actions or {},
        keys=set(version.actions.values_list("key", flat=True)),
        fields=VersionTranslation.ACTION_FIELDS,
        name="actions",
    )
    found = (
        VersionTranslation.objects.select_for_update()
        .filter(version=version, language=language)
        .first()
    )
    created = found is None
    translation = found or VersionTranslation(version=version, language=language)
    translation.title = title
    translation.summary = summary.replace("\x00", "").strip()
    translation.objectives = objectives_clean
    translation.actions = actions_clean
    translation.needs_review = needs_review
    translation.updated_by = actor_user(actor)
    translation.full_clean()
    translation.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if created else AuditAction.UPDATE,
        target=translation,
        request=request,
        detail={
            "version": version.number,
            "language": language,
            "needs_review": needs_review,
            "objectives": len(objectives_clean),
            "actions": len(actions_clean),
        },
    )
    return translation
