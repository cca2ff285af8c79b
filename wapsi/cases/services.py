"""Writes of case records. Each runs in one transaction, validates, and audits in it."""

from __future__ import annotations

import datetime
import secrets
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wapsi.accounts.access import Scope
from wapsi.accounts.types import Actor, actor_user
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.cases import crypto
from wapsi.cases.consent import explanation_in, provider_explanation_in
from wapsi.cases.links import provider_link_resolve
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
from wapsi.lib import countries

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over a hotline


def client_code_new(centre: Centre) -> str:
    prefix = f"{centre.country}-{centre.city[:3].upper()}"
    while True:
        code = f"{prefix}-{''.join(secrets.choice(CODE_ALPHABET) for _ in range(6))}"
        if not Client.objects.filter(code=code).exists():
            return code


def _places_check(*, centre: Centre, district: str, country_returned_from: str) -> None:
    """District and country of return are codes of the managed lists (wapsi.lib.countries);
    the district is needed wherever the centre's country has a list."""
    if not district and countries.districts_of(centre.country):
        raise ValidationError(
            {"district": ValidationError(_("Please give the district."), code="district_required")}
        )
    if district and district not in countries.DISTRICTS:
        raise ValidationError(
            {
                "district": ValidationError(
                    _("Choose the district from the list."), code="district_unknown"
                )
            }
        )
    if country_returned_from and country_returned_from not in countries.RETURN_COUNTRIES:
        raise ValidationError(
            {
                "country_returned_from": ValidationError(
                    _("Choose the country from the list."), code="country_unknown"
                )
            }
        )


@transaction.atomic
def client_create(
    *,
    actor: Actor,
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
    language: str = "",
    request: HttpRequest | None = None,
) -> Client:
    Scope.for_user(actor).require_centre(centre.pk)
    if consent_given_on > timezone.localdate():
        raise ValidationError(_("The consent date cannot be in the future."), code="future_consent")
    district, country_returned_from = district.strip(), country_returned_from.strip()
    _places_check(centre=centre, district=district, country_returned_from=country_returned_from)
    language = language or translation.get_language() or "en"
    client = Client(
        code=client_code_new(centre),
        centre=centre,
        client_type=client_type,
        gender=gender,
        age_band=age_band,
        district=district,
        country_returned_from=country_returned_from,
        consent_given_on=consent_given_on,
        consent_scope=consent_scope,
        consent_explanation=explanation_in(consent_scope, language),
        consent_language=language,
        consent_recorded_by=actor_user(actor),
        phone_encrypted=crypto.encrypt(phone.strip()),
        created_by=actor_user(actor),
    )
    client.full_clean()
    client.save()
    for provider in Provider.objects.filter(pk__in=sharing_provider_ids or []):
        SharingConsent.objects.create(
            client=client,
            provider=provider,
            given_on=consent_given_on,
            recorded_by=actor_user(actor),
            explanation=provider_explanation_in(provider.name, language),
            language=language,
        )
    audit_record(actor=actor, action=AuditAction.CREATE, target=client, request=request)
    return client


@transaction.atomic
def session_log(
    *,
    actor: Actor,
    client: Client,
    held_on: datetime.date,
    channel: str,
    duration_minutes: int,
    topic_ids: list[int] | None = None,
    referral_made: bool = False,
    notes: str = "",
    request: HttpRequest | None = None,
) -> CounsellingSession:
    Scope.for_user(actor).require_centre(client.centre_id)
    if held_on > timezone.localdate():
        raise ValidationError(_("A session cannot be dated in the future."), code="future_session")
    if client.anonymised_at:
        raise ValidationError(
            _("This client's records were anonymised; no new session can be added."),
            code="anonymised",
        )
    session = CounsellingSession(
        client=client,
        centre_id=client.centre_id,
        counsellor=actor_user(actor),
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
    actor: Actor,
    centre: Centre,
    client_fields: dict[str, Any],
    session_fields: dict[str, Any],
    request: HttpRequest | None = None,
) -> CounsellingSession:
    """A new client and their first session in one step: the counsellor's one-minute form."""
    if session_fields["held_on"] > timezone.localdate():
        raise ValidationError(_("A session cannot be dated in the future."), code="future_session")
    client = client_create(actor=actor, centre=centre, request=request, **client_fields)
    return session_log(actor=actor, client=client, request=request, **session_fields)


def _require_open(client: Client) -> None:
    if client.anonymised_at:
        raise ValidationError(
            _("This client's records were anonymised; they cannot be changed."), code="anonymised"
        )


@transaction.atomic
def client_update(
    *,
    actor: Actor,
    client: Client,
    district: str,
    country_returned_from: str = "",
    phone: str = "",
    request: HttpRequest | None = None,
) -> Client:
    """Edit a client's district, country of return (codes of the managed lists) and contact
    phone (stored encrypted). Choosing a district or country clears what was kept unlisted."""
    Scope.for_user(actor).require_centre(client.centre_id)
    client = Client.objects.select_for_update().get(pk=client.pk)
    _require_open(client)
    district, country_returned_from, phone = (
        district.strip(),
        country_returned_from.strip(),
        phone.strip(),
    )
    _places_check(
        centre=client.centre, district=district, country_returned_from=country_returned_from
    )
    changed = []
    if district != client.district:
        client.district = district
        changed.append("district")
    if district and client.district_unlisted:
        client.district_unlisted = ""
        changed.append("district_unlisted")
    if country_returned_from != client.country_returned_from:
        client.country_returned_from = country_returned_from
        changed.append("country_returned_from")
    if country_returned_from and client.country_returned_from_unlisted:
        client.country_returned_from_unlisted = ""
        changed.append("country_returned_from_unlisted")
    if phone != crypto.decrypt(client.phone_encrypted):
        client.phone_encrypted = crypto.encrypt(phone)
        changed.append("phone_encrypted")
    if not changed:
        return client
    client.full_clean(exclude=["created_by"], validate_unique=False)
    client.save(update_fields=changed)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        target=client,
        request=request,
        detail={"fields": changed},  # names only: the values stay in the record
    )
    return client


@transaction.atomic
def client_consent_record(
    *,
    actor: Actor,
    client: Client,
    scope: str,
    given_on: datetime.date,
    provider_ids: list[int] | None = None,
    language: str = "",
    request: HttpRequest | None = None,
) -> Client:
    """Record the client's consent as they gave it: the purpose (counselling records only, or
    also sharing for referrals), the providers they agreed may receive the minimum, the date,
    who took it and the explanation exactly as shown, in the language it was shown in.
    Providers already consented to and not named again stay as they are (withdraw them one by
    one); choosing "counselling only" withdraws every provider."""
    Scope.for_user(actor).require_centre(client.centre_id)
    client = Client.objects.select_for_update().get(pk=client.pk)
    _require_open(client)
    if scope not in ConsentScope.values:
        raise ValidationError(_("Choose what the client agreed to."), code="bad_scope")
    if given_on > timezone.localdate():
        raise ValidationError(_("The consent date cannot be in the future."), code="future_consent")
    provider_ids = list(provider_ids or [])
    if provider_ids and scope != ConsentScope.REFERRAL:
        raise ValidationError(
            _(
                "Sharing with a provider needs the client's consent to sharing for referrals. "
                "Choose that purpose, or leave the providers unticked."
            ),
            code="scope_counselling",
        )
    providers = list(Provider.objects.filter(pk__in=provider_ids))
    if len(providers) != len(set(provider_ids)):
        raise ValidationError(_("Choose providers from the list."), code="bad_provider")
    language = language or translation.get_language() or "en"
    user = actor_user(actor)
    client.consent_scope = scope
    client.consent_given_on = given_on
    client.consent_explanation = explanation_in(scope, language)
    client.consent_language = language
    client.consent_recorded_by = user
    client.full_clean(exclude=["created_by"], validate_unique=False)
    client.save(
        update_fields=[
            "consent_scope",
            "consent_given_on",
            "consent_explanation",
            "consent_language",
            "consent_recorded_by",
        ]
    )
    withdrawn: list[int] = []
    if scope != ConsentScope.REFERRAL:
        withdrawn = list(
            client.sharing_consents.filter(withdrawn_on__isnull=True).values_list(
                "provider_id", flat=True
            )
        )
        client.sharing_consents.filter(withdrawn_on__isnull=True).update(withdrawn_on=given_on)
    for provider in providers:
        SharingConsent.objects.update_or_create(
            client=client,
            provider=provider,
            defaults={
                "given_on": given_on,
                "recorded_by": user,
                "explanation": provider_explanation_in(provider.name, language),
                "language": language,
                "withdrawn_on": None,
            },
        )
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        target=client,
        request=request,
        detail={
            "consent": scope,
            "given_on": given_on.isoformat(),
            "providers": sorted(p.pk for p in providers),
            "withdrawn": sorted(withdrawn),
            "language": language,
        },
    )
    return client


@transaction.atomic
def client_consent_withdraw(
    *,
    actor: Actor,
    client: Client,
    provider_id: int,
    request: HttpRequest | None = None,
) -> SharingConsent:
    """The client withdraws their consent to sharing with one provider (kept, marked withdrawn:
    no new referral to it can be made)."""
    Scope.for_user(actor).require_centre(client.centre_id)
    _require_open(client)
    consent = (
        SharingConsent.objects.select_for_update()
        .filter(client=client, provider_id=provider_id, withdrawn_on__isnull=True)
        .first()
    )
    if consent is None:
        raise ValidationError(
            _("The client has no consent to sharing with this provider."), code="no_consent"
        )
    consent.withdrawn_on = timezone.localdate()
    consent.save(update_fields=["withdrawn_on", "recorded_at"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        target=client,
        request=request,
        detail={"consent_withdrawn": provider_id},
    )
    return consent


def referral_consent_ok(*, client: Client, service: Service) -> bool:
    if service.centre_id is not None:
        return service.centre_id == client.centre_id  # the client's own centre: no sharing
    if client.consent_scope != ConsentScope.REFERRAL or service.provider_id is None:
        return False
    return SharingConsent.objects.filter(
        client=client, provider_id=service.provider_id, withdrawn_on__isnull=True
    ).exists()


@transaction.atomic
def referral_create(
    *,
    actor: Actor,
    client: Client,
    service: Service,
    due_on: datetime.date,
    request: HttpRequest | None = None,
) -> Referral:
    Scope.for_user(actor).require_centre(client.centre_id)
    if not service.is_active:
        raise ValidationError(
            _("This service is closed and takes no referrals. Choose another service."),
            code="service_closed",
        )
    if client.anonymised_at:
        raise ValidationError(
            _("This client's records were anonymised; no referral can be made."), code="anonymised"
        )
    if not referral_consent_ok(client=client, service=service):
        raise ValidationError(
            _(
                "The client has not consented to sharing with %(provider)s. Record their consent first."
            ),
            code="no_consent",
            params={"provider": service.organisation.name},
        )
    if due_on < timezone.localdate():
        raise ValidationError(_("The follow-up date cannot be in the past."), code="past_due")
    referral = Referral(
        client=client,
        service=service,
        referring_centre_id=client.centre_id,
        created_by=actor_user(actor),
        due_on=due_on,
    )
    referral.full_clean()
    referral.save()
    ReferralEvent.objects.create(
        referral=referral, status=referral.status, by_user=actor_user(actor)
    )
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
    """The statuses one side may move this referral to next (for the screens' choices)."""
    table = CENTRE_MOVES if side == "centre" else PROVIDER_MOVES
    return set(table.get(ReferralStatus(referral.status), set()))


def _referral_side(*, actor: Actor, referral: Referral, link_token: str | None) -> tuple[str, bool]:
    """Which side the person acts on, checked here rather than trusted from the caller:
    ("centre" | "provider", via_link). A signed provider link stands for the provider."""
    if link_token is not None:
        if provider_link_resolve(link_token).pk != referral.pk:
            raise PermissionDenied(_("This link is for another referral."))
        return "provider", True
    scope = Scope.for_user(actor)
    if referral.referring_centre_id in scope.centre_ids:
        return "centre", False
    provider_id = (
        Service.objects.filter(pk=referral.service_id).values_list("provider_id", flat=True).first()
    )
    if provider_id is not None and provider_id in scope.provider_ids:
        return "provider", False
    raise PermissionDenied(_("This referral is not one of your centre's or your provider's."))


@transaction.atomic
def _referral_move(
    *,
    actor: Actor,
    referral: Referral,
    to_status: str,
    side: str,
    reason: str = "",
    link_token: str | None = None,
    request: HttpRequest | None = None,
) -> Referral:
    """Move a referral one step, for the side that may take it; the public referral_<action>
    services below are the only callers."""
    referral = Referral.objects.select_for_update().get(pk=referral.pk)
    acting_side, via_link = _referral_side(actor=actor, referral=referral, link_token=link_token)
    if acting_side != side or to_status not in referral_moves(referral=referral, side=side):
        raise ValidationError(
            _("This referral cannot move from “%(old)s” to “%(new)s”."),
            code="bad_move",
            params={
                "old": ReferralStatus(referral.status).label,
                "new": ReferralStatus(to_status).label,
            },
        )
    reason = reason.strip()
    if to_status in NEEDS_REASON and not reason:
        raise ValidationError(_("Please give a reason."), code="reason_required")
    by_user = actor if actor.is_authenticated and not via_link else None
    referral.status = to_status
    if to_status == ReferralStatus.COMPLETED and reason:
        referral.outcome_note = reason[:2000]
    fields = ["status", "outcome_note", "updated_at"]
    if to_status in FINAL_STATUSES:
        referral.link_nonce = ""  # any provider link dies with the referral's last answer
        fields.append("link_nonce")
    referral.save(update_fields=fields)
    ReferralEvent.objects.create(
        referral=referral,
        status=to_status,
        reason=reason[:1000],
        by_user=by_user,
        via_link=via_link,
    )
    audit_record(
        actor=by_user,
        action=AuditAction.UPDATE,
        target=referral,
        request=request,
        detail={"status": to_status, "via_link": via_link},
    )
    return referral


def referral_send(
    *, actor: Actor, referral: Referral, request: HttpRequest | None = None
) -> Referral:
    """The referring centre sends a proposed referral to the service."""
    return _referral_move(
        actor=actor,
        referral=referral,
        to_status=ReferralStatus.SENT,
        side="centre",
        request=request,
    )


def referral_close(
    *, actor: Actor, referral: Referral, reason: str, request: HttpRequest | None = None
) -> Referral:
    """The referring centre closes a referral without service, saying why."""
    return _referral_move(
        actor=actor,
        referral=referral,
        to_status=ReferralStatus.CLOSED,
        side="centre",
        reason=reason,
        request=request,
    )


def referral_accept(
    *,
    actor: Actor,
    referral: Referral,
    link_token: str | None = None,
    request: HttpRequest | None = None,
) -> Referral:
    """The provider (its staff, or whoever holds its signed link) accepts a sent referral."""
    return _referral_move(
        actor=actor,
        referral=referral,
        to_status=ReferralStatus.ACCEPTED,
        side="provider",
        link_token=link_token,
        request=request,
    )


def referral_decline(
    *,
    actor: Actor,
    referral: Referral,
    reason: str,
    link_token: str | None = None,
    request: HttpRequest | None = None,
) -> Referral:
    """The provider declines a sent referral, saying why."""
    return _referral_move(
        actor=actor,
        referral=referral,
        to_status=ReferralStatus.DECLINED,
        side="provider",
        reason=reason,
        link_token=link_token,
        request=request,
    )


def referral_start(
    *,
    actor: Actor,
    referral: Referral,
    link_token: str | None = None,
    request: HttpRequest | None = None,
) -> Referral:
    """The provider has started the service for an accepted referral."""
    return _referral_move(
        actor=actor,
        referral=referral,
        to_status=ReferralStatus.IN_PROGRESS,
        side="provider",
        link_token=link_token,
        request=request,
    )


def referral_complete(
    *,
    actor: Actor,
    referral: Referral,
    outcome: str = "",
    link_token: str | None = None,
    request: HttpRequest | None = None,
) -> Referral:
    """The provider reports the service delivered, with what came of it."""
    return _referral_move(
        actor=actor,
        referral=referral,
        to_status=ReferralStatus.COMPLETED,
        side="provider",
        reason=outcome,
        link_token=link_token,
        request=request,
    )


@transaction.atomic
def assessment_record(
    *,
    actor: Actor,
    client: Client,
    kind: str,
    held_on: datetime.date,
    scores: dict[int, int],
    request: HttpRequest | None = None,
) -> Assessment:
    Scope.for_user(actor).require_centre(client.centre_id)
    if held_on > timezone.localdate():
        raise ValidationError(
            _("An assessment cannot be dated in the future."), code="future_assessment"
        )
    indicators = {i.pk: i for i in Indicator.objects.filter(is_active=True)}
    if set(scores) != set(indicators):
        raise ValidationError(_("Please score every indicator."), code="scores_missing")
    if any(not 0 <= value <= 4 for value in scores.values()):
        raise ValidationError(_("Scores go from 0 to 4."), code="score_range")
    assessment = Assessment(client=client, kind=kind, held_on=held_on, by_user=actor_user(actor))
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
    client.district_unlisted = ""
    client.country_returned_from_unlisted = ""
    client.phone_encrypted = ""
    client.anonymised_at = timezone.now()
    client.save(
        update_fields=[
            "code",
            "district",
            "country_returned_from",
            "district_unlisted",
            "country_returned_from_unlisted",
            "phone_encrypted",
            "anonymised_at",
        ]
    )
    client.sessions.update(notes="")
    client.referrals.update(outcome_note="", link_nonce="")
    ReferralEvent.objects.filter(referral__client=client).update(reason="")
    client.sharing_consents.all().delete()


@transaction.atomic
def client_erase(*, actor: Actor, client: Client, request: HttpRequest | None = None) -> Client:
    """Erase on request: anonymise, keeping type, gender, age band and dates so counts stay right."""
    Scope.for_user(actor).require_centre(client.centre_id)
    if client.anonymised_at:
        raise ValidationError(_("This client's records are already anonymised."), code="anonymised")
    _anonymise(client)
    audit_record(
        actor=actor,
        action=AuditAction.ANONYMISE,
        target=client,
        request=request,
        detail={"reason": "request"},
    )
    return client


def client_export(
    *, actor: Actor, client: Client, request: HttpRequest | None = None
) -> dict[str, Any]:
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
            "district": client.district,  # the list's code; the name follows
            "district_name": client.district_label(),
            "province": countries.DISTRICTS[client.district].province
            if client.district in countries.DISTRICTS
            else "",
            "province_name": client.province_label(),
            "district_unlisted": client.district_unlisted,
            "country_returned_from": client.country_returned_from,
            "country_returned_from_name": client.country_returned_from_label(),
            "country_returned_from_unlisted": client.country_returned_from_unlisted,
            "consent_given_on": client.consent_given_on.isoformat(),
            "consent_scope": client.consent_scope,
            "consent_explanation": client.consent_explanation,
            "consent_language": client.consent_language,
            "phone": crypto.decrypt(client.phone_encrypted),
            "sharing_consents": [
                {
                    "provider": c.provider.name,
                    "given_on": c.given_on.isoformat(),
                    "withdrawn_on": c.withdrawn_on.isoformat() if c.withdrawn_on else None,
                    "explanation": c.explanation,
                    "language": c.language,
                }
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
