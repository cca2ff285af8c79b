"""Issue 12, item 1: a client's consent, per purpose and per provider, recorded and edited on
the client page (date, who took it, the explanation as shown), offered from the referral form;
client details editable with an audit row."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.test import Client as HttpClient
from django.urls import reverse

from wapsi.audit.models import AuditEntry
from wapsi.cases import crypto, services
from wapsi.cases.consent import explanation_in, provider_explanation_in
from wapsi.cases.models import Client, ConsentScope, Referral, SharingConsent
from wapsi.cases.tests.factories import ClientFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def as_user(user) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def updates(client: Client) -> int:
    return AuditEntry.objects.filter(
        object_type="cases.client", object_id=str(client.pk), action="update"
    ).count()


# --- services -------------------------------------------------------------------------------


def test_consent_record_keeps_purpose_providers_date_taker_and_explanation(world) -> None:
    client = ClientFactory(centre=world.centre_a, consent_scope=ConsentScope.COUNSELLING)
    before = updates(client)
    services.client_consent_record(
        actor=world.counsellor_a,
        client=client,
        scope=ConsentScope.REFERRAL,
        given_on=TODAY,
        provider_ids=[world.provider_x.pk],
        language="ur",
    )
    client.refresh_from_db()
    assert client.consent_scope == ConsentScope.REFERRAL
    assert client.consent_recorded_by == world.counsellor_a
    assert client.consent_explanation == explanation_in(ConsentScope.REFERRAL, "ur")
    assert client.consent_language == "ur"
    consent = SharingConsent.objects.get(client=client, provider=world.provider_x)
    assert (consent.given_on, consent.recorded_by, consent.language) == (
        TODAY,
        world.counsellor_a,
        "ur",
    )
    assert consent.explanation == provider_explanation_in(world.provider_x.name, "ur")
    assert world.provider_x.name in consent.explanation
    assert updates(client) == before + 1


def test_consent_makes_the_referral_possible_and_withdrawal_stops_it(world) -> None:
    client = ClientFactory(centre=world.centre_a)
    with pytest.raises(ValidationError) as refused:
        services.referral_create(
            actor=world.counsellor_a, client=client, service=world.service_x, due_on=TODAY
        )
    assert refused.value.code == "no_consent"
    services.client_consent_record(
        actor=world.counsellor_a,
        client=client,
        scope=ConsentScope.REFERRAL,
        given_on=TODAY,
        provider_ids=[world.provider_x.pk],
    )
    assert services.referral_create(
        actor=world.counsellor_a, client=client, service=world.service_x, due_on=TODAY
    )
    services.client_consent_withdraw(
        actor=world.counsellor_a, client=client, provider_id=world.provider_x.pk
    )
    consent = SharingConsent.objects.get(client=client, provider=world.provider_x)
    assert consent.withdrawn_on == TODAY  # kept, marked withdrawn
    with pytest.raises(ValidationError) as again:
        services.referral_create(
            actor=world.counsellor_a, client=client, service=world.service_x, due_on=TODAY
        )
    assert again.value.code == "no_consent"


def test_counselling_only_withdraws_every_provider(world) -> None:
    client = world.client_a  # consented to provider_x
    services.client_consent_record(
        actor=world.counsellor_a, client=client, scope=ConsentScope.COUNSELLING, given_on=TODAY
    )
    assert not SharingConsent.objects.filter(client=client, withdrawn_on__isnull=True).exists()


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"given_on": TODAY + datetime.timedelta(days=1)}, "future_consent"),
        ({"scope": ConsentScope.COUNSELLING}, "scope_counselling"),
        ({"scope": "everything"}, "bad_scope"),
        ({"provider_ids": [999999]}, "bad_provider"),
    ],
)
def test_bad_consent_is_refused_and_nothing_saved(world, kwargs, code) -> None:
    client = ClientFactory(centre=world.centre_a, consent_scope=ConsentScope.COUNSELLING)
    fields = {
        "scope": ConsentScope.REFERRAL,
        "given_on": TODAY,
        "provider_ids": [world.provider_x.pk],
    }
    fields.update(kwargs)
    with pytest.raises(ValidationError) as error:
        services.client_consent_record(actor=world.counsellor_a, client=client, **fields)
    assert error.value.code == code
    client.refresh_from_db()
    assert client.consent_scope == ConsentScope.COUNSELLING
    assert not SharingConsent.objects.filter(client=client).exists()
    assert updates(client) == 0


def test_consent_and_update_check_the_centre_themselves(world) -> None:
    for actor in (world.counsellor_b, world.provider_user_x):
        with pytest.raises((PermissionDenied, Http404)):
            services.client_consent_record(
                actor=actor, client=world.client_a, scope=ConsentScope.REFERRAL, given_on=TODAY
            )
        with pytest.raises((PermissionDenied, Http404)):
            services.client_update(actor=actor, client=world.client_a, district="X")
        with pytest.raises((PermissionDenied, Http404)):
            services.client_consent_withdraw(
                actor=actor, client=world.client_a, provider_id=world.provider_x.pk
            )


def test_client_update_saves_the_details_with_an_audit_row_naming_the_fields(world) -> None:
    client = world.client_a
    services.client_update(
        actor=world.counsellor_a, client=client, district="PK-PB-SKT", phone="+92 300 1234567"
    )
    client.refresh_from_db()
    assert client.district == "PK-PB-SKT"
    assert crypto.decrypt(client.phone_encrypted) == "+92 300 1234567"
    entry = AuditEntry.objects.filter(
        object_type="cases.client", object_id=str(client.pk), action="update"
    ).get()
    assert set(entry.detail["fields"]) == {"district", "phone_encrypted"}
    assert "1234567" not in str(entry.detail)
    with pytest.raises(ValidationError):
        services.client_update(actor=world.counsellor_a, client=client, district="  ")
    client.refresh_from_db()
    assert client.district == "PK-PB-SKT"


# --- screens --------------------------------------------------------------------------------


def test_the_client_page_offers_editing_and_consent(world) -> None:
    body = (
        as_user(world.counsellor_a)
        .get(reverse("cases:client_detail", args=[world.client_a.pk]))
        .content.decode()
    )
    assert reverse("cases:client_edit", args=[world.client_a.pk]) in body
    assert reverse("cases:client_consent", args=[world.client_a.pk]) in body


def test_consent_screen_shows_the_explanation_and_records_it(world) -> None:
    client = ClientFactory(centre=world.centre_a, consent_scope=ConsentScope.COUNSELLING)
    http = as_user(world.counsellor_a)
    url = reverse("cases:client_consent", args=[client.pk])
    page = http.get(url).content.decode()
    assert world.provider_x.name in page
    assert "never the counselling notes" in page  # the explanation read to the client
    response = http.post(
        url,
        {"scope": "referral", "providers": [world.provider_x.pk], "given_on": TODAY.isoformat()},
    )
    assert response.status_code == 302
    consent = SharingConsent.objects.get(client=client, provider=world.provider_x)
    assert consent.recorded_by == world.counsellor_a and consent.explanation


def test_consent_screen_bad_input_is_a_form_error_and_saves_nothing(world) -> None:
    client = ClientFactory(centre=world.centre_a, consent_scope=ConsentScope.COUNSELLING)
    http = as_user(world.counsellor_a)
    url = reverse("cases:client_consent", args=[client.pk])
    tomorrow = (TODAY + datetime.timedelta(days=1)).isoformat()
    for data in (
        {"scope": "referral", "providers": [world.provider_x.pk], "given_on": tomorrow},
        {"scope": "counselling", "providers": [world.provider_x.pk], "given_on": TODAY},
        {"scope": "", "given_on": TODAY},
    ):
        response = http.post(url, data)
        assert response.status_code == 400
        assert 'role="alert"' in response.content.decode()
    assert not SharingConsent.objects.filter(client=client).exists()
    assert updates(client) == 0


def test_withdraw_screen(world) -> None:
    http = as_user(world.counsellor_a)
    url = reverse("cases:client_consent_withdraw", args=[world.client_a.pk, world.provider_x.pk])
    assert http.get(url).status_code == 405
    assert http.post(url).status_code == 302
    assert SharingConsent.objects.get(client=world.client_a).withdrawn_on == TODAY
    assert as_user(world.counsellor_b).post(url).status_code == 404


def test_edit_screen_saves_with_audit_and_refuses_bad_input(world) -> None:
    http = as_user(world.counsellor_a)
    url = reverse("cases:client_edit", args=[world.client_a.pk])
    assert http.get(url).status_code == 200
    response = http.post(url, {"district": "", "phone": "123"})
    assert response.status_code == 400
    world.client_a.refresh_from_db()
    assert world.client_a.district == "PK-PB-GRW" and updates(world.client_a) == 0
    assert http.post(url, {"district": "PK-PB-JLM", "phone": ""}).status_code == 302
    world.client_a.refresh_from_db()
    assert world.client_a.district == "PK-PB-JLM" and updates(world.client_a) == 1
    assert as_user(world.counsellor_b).get(url).status_code == 404


def test_referral_form_offers_consent_when_missing_and_returns_to_the_referral(world) -> None:
    client = ClientFactory(centre=world.centre_a)
    http = as_user(world.counsellor_a)
    refer = reverse("cases:referral_create", args=[client.pk])
    due = (TODAY + datetime.timedelta(days=7)).isoformat()
    refused = http.post(refer, {"service": world.service_x.pk, "due_on": due})
    assert refused.status_code == 400
    body = refused.content.decode()
    consent_url = (
        reverse("cases:client_consent", args=[client.pk])
        + f"?provider={world.provider_x.pk}&amp;service={world.service_x.pk}"
    )
    assert consent_url in body
    assert not Referral.objects.filter(client=client).exists()
    page = http.get(consent_url.replace("&amp;", "&")).content.decode()
    assert f'name="providers" value="{world.provider_x.pk}"' in page and "checked" in page
    back = http.post(
        consent_url.replace("&amp;", "&"),
        {"scope": "referral", "providers": [world.provider_x.pk], "given_on": TODAY.isoformat()},
    )
    assert back.status_code == 302
    assert back["Location"] == refer + f"?service={world.service_x.pk}"
    again = http.get(back["Location"]).content.decode()
    assert f'<option value="{world.service_x.pk}" selected>' in again
    saved = http.post(refer, {"service": world.service_x.pk, "due_on": due}, follow=True)
    assert Referral.objects.filter(client=client).count() == 1
    assert "saved" in saved.content.decode()


def test_export_keeps_the_consent_explanations(world) -> None:
    services.client_consent_record(
        actor=world.counsellor_a,
        client=world.client_a,
        scope=ConsentScope.REFERRAL,
        given_on=TODAY,
        provider_ids=[world.provider_x.pk],
        language="en",
    )
    world.client_a.refresh_from_db()
    data = services.client_export(actor=world.counsellor_a, client=world.client_a)
    assert data["client"]["consent_explanation"]
    assert data["client"]["sharing_consents"][0]["explanation"]
