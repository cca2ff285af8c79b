"""Issue 12: Viber and Telegram beside WhatsApp, as links (item 5); the same service change cannot
be proposed twice while the first waits (item 28)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from wapsi.cases.tests.factories import staff
from wapsi.centres.forms import ServiceEditForm, ServiceProposalForm
from wapsi.centres.models import ServiceChangeProposal
from wapsi.centres.services import service_change_propose, service_create, service_edit
from wapsi.centres.tests.factories import (
    CentreFactory,
    ProviderFactory,
    ServiceFactory,
    provider_user,
)

pytestmark = pytest.mark.django_db


# --- Viber and Telegram --------------------------------------------------------------------------


def test_viber_and_telegram_are_shown_as_links(client: Client) -> None:
    service = ServiceFactory(
        country="PK", whatsapp="0300 1234567", viber="0300 7654321", telegram="@mrc_example"
    )
    html = client.get(f"/en/help/{service.pk}/").content.decode()
    assert 'href="https://wa.me/923001234567"' in html
    assert 'href="viber://chat?number=%2B923007654321"' in html
    assert 'href="https://t.me/mrc_example"' in html
    assert "0300 7654321" in html and "@mrc_example" in html


def test_viber_link_uses_the_country_code_and_arabic_pages_keep_ascii_digits(
    client: Client,
) -> None:
    service = ServiceFactory(
        country="IQ", city="Erbil", provider__country="IQ", viber="07501234567"
    )
    html = client.get(f"/ar/help/{service.pk}/").content.decode()
    assert 'href="viber://chat?number=%2B9647501234567"' in html


def test_a_service_without_messaging_shows_no_empty_links(client: Client) -> None:
    service = ServiceFactory(hotline="0300 1111111")
    html = client.get(f"/en/help/{service.pk}/").content.decode()
    assert "viber://" not in html and "https://t.me/" not in html


def test_editor_forms_offer_viber_and_telegram() -> None:
    service = ServiceFactory()
    for form_class in (ServiceProposalForm, ServiceEditForm):
        form = form_class(service=service)
        assert "viber" in form.fields and "telegram" in form.fields
        assert form.fields["viber"].widget.attrs["dir"] == "ltr"


def test_a_centre_saves_its_services_telegram_and_viber() -> None:
    centre = CentreFactory()
    service = service_create(
        actor=None,
        organisation=centre,
        fields={"name": "Counselling", "category": "counselling", "country": "PK", "city": "X"},
    )
    counsellor = staff("counsellor", centre=centre)
    service = service_edit(
        actor=counsellor,
        service=service,
        values={**_values(service), "telegram": "@mrc_kabul", "viber": "+93 700 000 000"},
    )
    assert (service.telegram, service.viber, service.version) == (
        "@mrc_kabul",
        "+93 700 000 000",
        2,
    )


@pytest.mark.parametrize("handle", ["@ab", "not a name", "https://evil.example/x", "@" + "a" * 40])
def test_a_telegram_value_that_is_no_username_is_refused(handle: str) -> None:
    centre = CentreFactory()
    service = service_create(
        actor=None,
        organisation=centre,
        fields={"name": "Counselling", "category": "counselling", "country": "PK", "city": "X"},
    )
    with pytest.raises(ValidationError) as excinfo:
        service_edit(
            actor=staff("counsellor", centre=centre),
            service=service,
            values={**_values(service), "telegram": handle},
        )
    assert "telegram" in excinfo.value.error_dict


def _values(service: Any) -> dict[str, Any]:
    return {"name": service.name, "category": service.category, "city": service.city}


# --- the same change twice ------------------------------------------------------------------------


@pytest.fixture
def provider_world() -> dict[str, Any]:
    centre = CentreFactory()
    provider = ProviderFactory(owning_centre=centre)
    service = service_create(
        actor=None,
        organisation=provider,
        fields={"name": "Tailoring", "category": "vocational", "country": "PK", "city": "Lahore"},
    )
    return {"service": service, "staff": provider_user(provider)}


def _form_data(service: Any, **changes: Any) -> dict[str, Any]:
    form = ServiceProposalForm(service=service)
    data = {name: form[name].value() for name in form.fields}
    data = {k: v for k, v in data.items() if v is not None}
    if not data.get("is_active"):
        data.pop("is_active", None)
    data.update(changes)
    return data


def test_the_same_change_cannot_be_proposed_twice(provider_world: dict[str, Any]) -> None:
    service, person = provider_world["service"], provider_world["staff"]
    service_change_propose(actor=person, service=service, values={"cost": "Free"})
    with pytest.raises(ValidationError) as excinfo:
        service_change_propose(actor=person, service=service, values={"cost": "Free"})
    assert excinfo.value.code == "duplicate"
    assert ServiceChangeProposal.objects.count() == 1
    # A different change is another proposal.
    service_change_propose(actor=person, service=service, values={"cost": "100 rupees"})
    assert ServiceChangeProposal.objects.count() == 2


def test_a_second_identical_proposal_shows_a_form_error(
    client: Client, provider_world: dict[str, Any]
) -> None:
    service = provider_world["service"]
    client.force_login(provider_world["staff"])
    url = f"/staff/directory/services/{service.pk}/"
    assert client.post(url, _form_data(service, cost="Free")).status_code == 302
    response = client.post(url, _form_data(service, cost="Free"))
    assert response.status_code == 200
    assert "already waiting for the centre" in response.content.decode()
    assert response.context["form"].non_field_errors()
    assert ServiceChangeProposal.objects.count() == 1


def test_the_same_change_may_be_sent_again_once_the_first_is_decided(
    provider_world: dict[str, Any],
) -> None:
    service, person = provider_world["service"], provider_world["staff"]
    first = service_change_propose(actor=person, service=service, values={"cost": "Free"})
    ServiceChangeProposal.objects.filter(pk=first.pk).update(status="rejected", reason="unclear")
    service_change_propose(actor=person, service=service, values={"cost": "Free"})
    assert ServiceChangeProposal.objects.filter(status="pending").count() == 1
