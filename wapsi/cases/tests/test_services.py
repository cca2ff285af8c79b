"""Case services: validation, consent, transitions, erasure, retention, audit in the same transaction."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone

from wapsi.audit.models import AuditEntry
from wapsi.cases import crypto, services
from wapsi.cases.models import Client, ConsentScope, CounsellingSession, Referral
from wapsi.cases.tests.factories import ClientFactory, ServiceFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def new_client(world, **overrides):
    fields = {
        "client_type": "returnee",
        "gender": "male",
        "age_band": "25-34",
        "district": "PK-PB-SKT",
        "consent_given_on": TODAY,
        "consent_scope": ConsentScope.REFERRAL,
    }
    fields.update(overrides)
    return services.client_create(actor=world.counsellor_a, centre=world.centre_a, **fields)


def test_client_gets_a_code_and_an_audit_row(world) -> None:
    client = new_client(world)
    assert client.code.startswith("PK-LAH-")
    assert (
        AuditEntry.objects.filter(
            object_type="cases.client", object_id=str(client.pk), action="create"
        ).count()
        == 1
    )


def test_phone_is_encrypted_at_rest(world) -> None:
    client = new_client(world, phone="0300 1234567")
    stored = Client.objects.get(pk=client.pk).phone_encrypted
    assert "1234567" not in stored
    assert crypto.decrypt(stored) == "0300 1234567"


def test_age_band_outside_the_list_saves_nothing(world) -> None:
    before = Client.objects.count()
    with pytest.raises(Exception, match="age_band"):
        new_client(world, age_band="99-120")
    assert Client.objects.count() == before
    assert (
        not AuditEntry.objects.filter(action="create", object_type="cases.client")
        .exclude(object_id__in=[])
        .exists()
    )


def test_session_in_the_future_is_refused(world) -> None:
    with pytest.raises(ValidationError, match="future"):
        services.session_log(
            actor=world.counsellor_a,
            client=world.client_a,
            held_on=TODAY + datetime.timedelta(days=1),
            channel="walk_in",
            duration_minutes=10,
        )
    assert CounsellingSession.objects.count() == 0


def test_counsellor_cannot_write_for_another_centre(world) -> None:
    with pytest.raises(Http404):
        services.session_log(
            actor=world.counsellor_a,
            client=world.client_b,
            held_on=TODAY,
            channel="walk_in",
            duration_minutes=10,
        )


def test_referral_to_a_closed_service_is_refused(world) -> None:
    closed = ServiceFactory(provider=world.provider_x, is_active=False)
    with pytest.raises(ValidationError, match="closed"):
        services.referral_create(
            actor=world.counsellor_a, client=world.client_a, service=closed, due_on=TODAY
        )
    assert Referral.objects.count() == 0


def test_referral_without_sharing_consent_is_refused(world) -> None:
    other = ServiceFactory()  # a provider the client never agreed to
    with pytest.raises(ValidationError, match="not consented"):
        services.referral_create(
            actor=world.counsellor_a, client=world.client_a, service=other, due_on=TODAY
        )
    counselling_only = ClientFactory(centre=world.centre_a, consent_scope=ConsentScope.COUNSELLING)
    with pytest.raises(ValidationError, match="not consented"):
        services.referral_create(
            actor=world.counsellor_a, client=counselling_only, service=world.service_x, due_on=TODAY
        )
    assert Referral.objects.count() == 0


def test_referral_lifecycle_and_who_may_move_it(world) -> None:
    referral = services.referral_create(
        actor=world.counsellor_a, client=world.client_a, service=world.service_x, due_on=TODAY
    )
    with pytest.raises(ValidationError):
        services.referral_accept(referral=referral, actor=world.counsellor_a)
    services.referral_send(referral=referral, actor=world.counsellor_a)
    with pytest.raises(ValidationError, match="reason"):
        services.referral_decline(referral=referral, actor=world.provider_user_x, reason="")
    services.referral_accept(referral=referral, actor=world.provider_user_x)
    services.referral_complete(referral=referral, actor=world.provider_user_x, outcome="Enrolled")
    referral.refresh_from_db()
    assert referral.status == "completed" and referral.outcome_note == "Enrolled"
    assert list(referral.events.values_list("status", flat=True)) == [
        "proposed",
        "sent",
        "accepted",
        "completed",
    ]


def test_erase_keeps_counts_and_drops_personal_data(world) -> None:
    client = new_client(world, phone="0300 7654321")
    services.session_log(
        actor=world.counsellor_a,
        client=client,
        held_on=TODAY,
        channel="hotline",
        duration_minutes=5,
        notes="private",
    )
    services.client_erase(actor=world.counsellor_a, client=client)
    client.refresh_from_db()
    assert (
        client.code.startswith("ANON-") and client.district == "" and client.phone_encrypted == ""
    )
    assert client.sessions.get().notes == ""
    assert Client.objects.filter(centre=world.centre_a, age_band="25-34").count() >= 1
    assert AuditEntry.objects.filter(object_id=str(client.pk), action="anonymise").exists()


def test_export_holds_everything_and_is_audited(world) -> None:
    client = new_client(world, phone="0300 1111111")
    services.session_log(
        actor=world.counsellor_a,
        client=client,
        held_on=TODAY,
        channel="walk_in",
        duration_minutes=5,
        notes="n",
    )
    data = services.client_export(actor=world.counsellor_a, client=client)
    assert data["client"]["phone"] == "0300 1111111"
    assert data["sessions"][0]["notes"] == "n"
    assert AuditEntry.objects.filter(object_id=str(client.pk), action="export").exists()


def test_retention_anonymises_only_clients_closed_long_ago(world) -> None:
    old = services.referral_create(
        actor=world.counsellor_a, client=world.client_a, service=world.service_x, due_on=TODAY
    )
    services.referral_close(referral=old, actor=world.counsellor_a, reason="moved away")
    Referral.objects.filter(pk=old.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=6 * 366)
    )
    fresh_client = ClientFactory(centre=world.centre_a)
    assert services.clients_due_for_anonymisation(years=5) == [world.client_a.pk]
    assert services.clients_anonymise_due(years=5) == 1
    world.client_a.refresh_from_db()
    fresh_client.refresh_from_db()
    assert world.client_a.anonymised_at is not None and fresh_client.anonymised_at is None


def test_assessment_scores_and_change(world) -> None:
    from wapsi.cases.models import Indicator
    from wapsi.cases.selectors import assessments_with_change

    indicators = list(Indicator.objects.filter(is_active=True))
    services.assessment_record(
        actor=world.counsellor_a,
        client=world.client_a,
        kind="intake",
        held_on=TODAY,
        scores={i.pk: 1 for i in indicators},
    )
    services.assessment_record(
        actor=world.counsellor_a,
        client=world.client_a,
        kind="follow_up",
        held_on=TODAY,
        scores={i.pk: 3 for i in indicators},
    )
    rows = assessments_with_change(client=world.client_a)
    assert rows[0]["scores"]["economic"] == 25.0 and rows[1]["scores"]["economic"] == 75.0
    assert rows[1]["change"] == {"economic": 50.0, "social": 50.0, "psychosocial": 50.0}
    with pytest.raises(ValidationError, match="0 to 4"):
        services.assessment_record(
            actor=world.counsellor_a,
            client=world.client_a,
            kind="intake",
            held_on=TODAY,
            scores={i.pk: 9 for i in indicators},
        )
