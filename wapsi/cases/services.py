"""Writes of case records. Each runs in one transaction, validates, and audits in it."""

from __future__ import annotations

import datetime
import secrets
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wapsi.accounts.access import Scope
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.cases import crypto
from wapsi.cases.models import (
    FINAL_STATUSES,
    Assessment,
    AssessmentScore,
    Client,
    ConsentScope,
    CounsellingSession,
    Indicator,
    Referral,
    ReferralEvent,
    ReferralStatus,
    SessionTopic,
    SharingConsent,
)
from wapsi.centres.models import Centre, Provider, Service

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over a hotline


class CaseError(Exception):
    """A refused write, with a message for the person who tried it."""


def client_code_new(centre: Centre) -> str:
    prefix = f"{centre.country}-{centre.city[:3].upper()}"
    while True:
        code = f"{prefix}-{''.join(secrets.choice(CODE_ALPHABET) for _ in range(6))}"
        if not Client.objects.filter(code=code).exists():
            return code


@transaction.atomic
def client_create(
    *,
    actor: Any,
    centre: Centre,
    client_type: str,
    gender: str,
    age_band: str,
    district: str,
    consent_given_on: datetime.date,
    consent_scope: str,
    country_returned_from: str = "",
    phone: str = "",
    sharing_provider_ids: list[int] | None = None,
    request: Any = None,
) -> Client:
    Scope.for_user(actor).require_centre(centre.pk)
    if consent_given_on > timezone.localdate():
        raise CaseError(_("The consent date cannot be in the future."))
    client = Client(
        code=client_code_new(centre),
        centre=centre,
        client_type=client_type,
        gender=gender,
        age_band=age_band,
        district=district.strip(),
        country_returned_from=country_returned_from.strip(),
        consent_given_on=consent_given_on,
        consent_scope=consent_scope,
        phone_encrypted=crypto.encrypt(phone.strip()),
        created_by=actor,
    )
    client.full_clean()
    client.save()
    for provider in Provider.objects.filter(pk__in=sharing_provider_ids or []):
        SharingConsent.objects.create(
            client=client, provider=provider, given_on=consent_given_on, recorded_by=actor
        )
    audit_record(actor=actor, action=AuditAction.CREATE, target=client, request=request)
    return client


@transaction.atomic
def session_log(
    *,
    actor: Any,
    client: Client,
    held_on: datetime.date,
    channel: str,
    duration_minutes: int,
    topic_ids: list[int] | None = None,
    referral_made: bool = False,
    notes: str = "",
    request: Any = None,
) -> CounsellingSession:
    Scope.for_user(actor).require_centre(client.centre_id)
    if held_on > timezone.localdate():
        raise CaseError(_("A session cannot be dated in the future."))
    if client.anonymised_at:
        raise CaseError(_("This client's records were anonymised; no new session can be added."))
    session = CounsellingSession(
        client=client,
        centre_id=client.centre_id,
        counsellor=actor,
        held_on=held_on,
        channel=channel,
        duration_minutes=duration_minutes,
        referral_made=referral_made,
        notes=notes.strip(),
    )
    session.full_clean()
    session.save()
    topics = list(SessionTopic.objects.filter(pk__in=topic_ids or [], is_active=True))
    session.topics.set(topics)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        target=session,
        request=request,
        detail={"client": client.pk},
    )
    return session


@transaction.atomic
def session_quick_log(
    *,
    actor: Any,
    centre: Centre,
    client_fields: dict[str, Any],
    session_fields: dict[str, Any],
    request: Any = None,
) -> CounsellingSession:
    """A new client and their first session in one step: the counsellor's one-minute form."""
    if session_fields["held_on"] > timezone.localdate():
        raise CaseError(_("A session cannot be dated in the future."))
    client = client_create(actor=actor, centre=centre, request=request, **client_fields)
    return session_log(actor=actor, client=client, request=request, **session_fields)


def referral_consent_ok(*, client: Client, service: Service) -> bool:
    if service.centre_id is not None:
        return service.centre_id == client.centre_id  # the client's own centre: no sharing
    if client.consent_scope != ConsentScope.REFERRAL:
        return False
    return SharingConsent.objects.filter(client=client, provider_id=service.provider_id).exists()


@transaction.atomic
def referral_create(
    *, actor: Any, client: Client, service: Service, due_on: datetime.date, request: Any = None
) -> Referral:
    Scope.for_user(actor).require_centre(client.centre_id)
    if not service.is_active:
        raise CaseError(_("This service is closed and takes no referrals. Choose another service."))
    if client.anonymised_at:
        raise CaseError(_("This client's records were anonymised; no referral can be made."))
    if not referral_consent_ok(client=client, service=service):
        raise CaseError(
            _(
                "The client has not consented to sharing with %(provider)s. Record their consent first."
            )
            % {"provider": service.organisation.name}
        )
    if due_on < timezone.localdate():
        raise CaseError(_("The follow-up date cannot be in the past."))
    referral = Referral(
        client=client,
        service=service,
        referring_centre_id=client.centre_id,
        created_by=actor,
        due_on=due_on,
    )
    referral.full_clean()
    referral.save()
    ReferralEvent.objects.create(referral=referral, status=referral.status, by_user=actor)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        target=referral,
        request=request,
        detail={"client": client.pk, "service": service.pk},
    )
    return referral


# Who may move a referral where: the referring centre sends and closes; the provider answers.
CENTRE_MOVES = {
    ReferralStatus.PROPOSED: {ReferralStatus.SENT, ReferralStatus.CLOSED},
    ReferralStatus.SENT: {ReferralStatus.CLOSED},
    ReferralStatus.ACCEPTED: {ReferralStatus.CLOSED},
    ReferralStatus.IN_PROGRESS: {ReferralStatus.CLOSED},
}
PROVIDER_MOVES = {
    ReferralStatus.SENT: {ReferralStatus.ACCEPTED, ReferralStatus.DECLINED},
    ReferralStatus.ACCEPTED: {ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED},
    ReferralStatus.IN_PROGRESS: {ReferralStatus.COMPLETED},
}
NEEDS_REASON = {ReferralStatus.DECLINED, ReferralStatus.CLOSED}


def referral_moves(*, referral: Referral, side: str) -> set[str]:
    table = CENTRE_MOVES if side == "centre" else PROVIDER_MOVES
    return set(table.get(referral.status, set()))


@transaction.atomic
def referral_move(
    *,
    referral: Referral,
    to_status: str,
    side: str,
    actor: Any = None,
    reason: str = "",
    via_link: bool = False,
    request: Any = None,
) -> Referral:
    """Change a referral's status. `side` is "centre" or "provider", already access-checked."""
    referral = Referral.objects.select_for_update().get(pk=referral.pk)
    if to_status not in referral_moves(referral=referral, side=side):
        raise CaseError(
            _("This referral cannot move from “%(old)s” to “%(new)s”.")
            % {
                "old": ReferralStatus(referral.status).label,
                "new": ReferralStatus(to_status).label
                if to_status in ReferralStatus.values
                else to_status,
            }
        )
    reason = reason.strip()
    if to_status in NEEDS_REASON and not reason:
        raise CaseError(_("Please give a reason."))
    referral.status = to_status
    if to_status == ReferralStatus.COMPLETED and reason:
        referral.outcome_note = reason[:2000]
    fields = ["status", "outcome_note", "updated_at"]
    if to_status in FINAL_STATUSES:
        referral.link_nonce = ""  # any provider link dies with the referral's last answer
        fields.append("link_nonce")
    referral.save(update_fields=fields)
    ReferralEvent.objects.create(
        referral=referral, status=to_status, reason=reason[:1000], by_user=actor, via_link=via_link
    )
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        target=referral,
        request=request,
        detail={"status": to_status, "via_link": via_link},
    )
    return referral


@transaction.atomic
def assessment_record(
    *,
    actor: Any,
    client: Client,
    kind: str,
    held_on: datetime.date,
    scores: dict[int, int],
    request: Any = None,
) -> Assessment:
    Scope.for_user(actor).require_centre(client.centre_id)
    if held_on > timezone.localdate():
        raise CaseError(_("An assessment cannot be dated in the future."))
    indicators = {i.pk: i for i in Indicator.objects.filter(is_active=True)}
    if set(scores) != set(indicators):
        raise CaseError(_("Please score every indicator."))
    if any(not 0 <= value <= 4 for value in scores.values()):
        raise CaseError(_("Scores go from 0 to 4."))
    assessment = Assessment(client=client, kind=kind, held_on=held_on, by_user=actor)
    assessment.full_clean()
    assessment.save()
    AssessmentScore.objects.bulk_create(
        [
            AssessmentScore(assessment=assessment, indicator_id=pk, score=value)
            for pk, value in scores.items()
        ]
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        target=assessment,
        request=request,
        detail={"client": client.pk},
    )
    return assessment


def _anonymise(client: Client) -> None:
    client.code = f"ANON-{secrets.token_hex(6).upper()}"
    client.district = ""
    client.country_returned_from = ""
    client.phone_encrypted = ""
    client.anonymised_at = timezone.now()
    client.save(
        update_fields=[
            "code",
            "district",
            "country_returned_from",
            "phone_encrypted",
            "anonymised_at",
        ]
    )
    client.sessions.update(notes="")
    client.referrals.update(outcome_note="", link_nonce="")
    ReferralEvent.objects.filter(referral__client=client).update(reason="")
    client.sharing_consents.all().delete()


@transaction.atomic
def client_erase(*, actor: Any, client: Client, request: Any = None) -> Client:
    """Erase on request: anonymise, keeping type, gender, age band and dates so counts stay right."""
    Scope.for_user(actor).require_centre(client.centre_id)
    if client.anonymised_at:
        raise CaseError(_("This client's records are already anonymised."))
    _anonymise(client)
    audit_record(
        actor=actor,
        action=AuditAction.ANONYMISE,
        target=client,
        request=request,
        detail={"reason": "request"},
    )
    return client


def client_export(*, actor: Any, client: Client, request: Any = None) -> dict[str, Any]:
    """Everything held about one client, for a subject-access request."""
    Scope.for_user(actor).require_centre(client.centre_id)
    with transaction.atomic():
        audit_record(actor=actor, action=AuditAction.EXPORT, target=client, request=request)
    return {
        "client": {
            "code": client.code,
            "centre": client.centre.name,
            "client_type": client.client_type,
            "gender": client.gender,
            "age_band": client.age_band,
            "district": client.district,
            "country_returned_from": client.country_returned_from,
            "consent_given_on": client.consent_given_on.isoformat(),
            "consent_scope": client.consent_scope,
            "phone": crypto.decrypt(client.phone_encrypted),
            "sharing_consents": [
                {"provider": c.provider.name, "given_on": c.given_on.isoformat()}
                for c in client.sharing_consents.select_related("provider")
            ],
        },
        "sessions": [
            {
                "date": s.held_on.isoformat(),
                "channel": s.channel,
                "topics": [t.name for t in s.topics.all()],
                "duration_minutes": s.duration_minutes,
                "referral_made": s.referral_made,
                "notes": s.notes,
            }
            for s in client.sessions.prefetch_related("topics")
        ],
        "referrals": [
            {
                "service": r.service.name,
                "status": r.status,
                "due_on": r.due_on.isoformat(),
                "events": [
                    {"status": e.status, "at": e.at.isoformat(), "reason": e.reason}
                    for e in r.events.all()
                ],
            }
            for r in client.referrals.select_related("service").prefetch_related("events")
        ],
        "assessments": [
            {
                "kind": a.kind,
                "date": a.held_on.isoformat(),
                "scores": {
                    s.indicator.label: s.score for s in a.scores.select_related("indicator")
                },
            }
            for a in client.assessments.all()
        ],
    }


def clients_due_for_anonymisation(*, years: int, today: datetime.date | None = None) -> list[int]:
    """Clients whose referrals are all closed, the last one more than `years` ago."""
    from django.db.models import Exists, Max, OuterRef

    today = today or timezone.localdate()
    cutoff = timezone.make_aware(
        datetime.datetime.combine(today.replace(year=today.year - years), datetime.time.min)
    )
    open_referrals = Referral.objects.filter(client=OuterRef("pk")).exclude(
        status__in=FINAL_STATUSES
    )
    return list(
        Client.objects.filter(anonymised_at__isnull=True)
        .annotate(last_closed=Max("referrals__updated_at"), has_open=Exists(open_referrals))
        .filter(last_closed__lt=cutoff, has_open=False)
        .values_list("pk", flat=True)
    )


def clients_anonymise_due(*, years: int) -> int:
    done = 0
    for pk in clients_due_for_anonymisation(years=years):
        with transaction.atomic():
            client = Client.objects.select_for_update().get(pk=pk)
            if client.anonymised_at:
                continue
            _anonymise(client)
            audit_record(
                actor=None,
                action=AuditAction.ANONYMISE,
                target=client,
                detail={"reason": "retention", "years": years},
            )
            done += 1
    return done
