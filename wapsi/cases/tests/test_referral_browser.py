"""Issue 12, must hold: a counsellor registers a new client, records their consent to share with
a provider, refers them, and the provider (signed in in a second browser) accepts — all through
the screens. The fixtures create only the centre, the provider, its service and the two users."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client as HttpClient

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def signed_in_context(browser: Any, live_server: Any, user: Any) -> Any:
    http = HttpClient()
    http.force_login(user)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    host = live_server.url.split("//", 1)[1].split(":")[0]
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": http.cookies[settings.SESSION_COOKIE_NAME].value,
                "domain": host,
                "path": "/",
            }
        ]
    )
    return context


def submit(page: Any) -> None:
    with page.expect_navigation():
        page.locator("form.staff-form button[type=submit]").click()


def test_register_consent_refer_and_the_provider_accepts(
    live_server: Any, browser: Any, artifacts_dir: Path
) -> None:
    from wapsi.cases.models import Client, Referral, SharingConsent
    from wapsi.cases.tests.factories import CentreFactory, ProviderFactory, ServiceFactory, staff

    centre = CentreFactory(city="Islamabad")
    provider = ProviderFactory(owning_centre=centre, name="Skills Trust")
    service = ServiceFactory(provider=provider, name="Tailoring course", city="Rawalpindi")
    counsellor = staff("counsellor", centre=centre)
    provider_user = staff("provider_staff", provider=provider)

    counsellor_context = signed_in_context(browser, live_server, counsellor)
    page = counsellor_context.new_page()

    # 1. Register a new client.
    page.goto(f"{live_server.url}/staff/clients/new/")
    page.get_by_label("Returnee", exact=True).check()
    page.locator("select[name=gender]").select_option("female")
    page.locator("select[name=age_band]").select_option("25-34")
    page.locator("select[name=district]").select_option("PK-PB-ATK")
    page.locator("input[name=consent]").check()
    submit(page)
    page.wait_for_url("**/staff/clients/*/")
    client = Client.objects.get()
    assert client.code in page.content()

    # 2. Refer: refused without consent, the form offers to record it.
    page.get_by_role("link", name="Refer to a service").click()
    page.wait_for_url("**/referrals/new/")
    assert page.locator(f'optgroup[label="Skills Trust"] option[value="{service.pk}"]').count() == 1
    page.locator("select[name=service]").select_option(str(service.pk))
    submit(page)
    assert "has not consented to sharing with Skills Trust" in page.content()
    page.get_by_role("link", name="Record the client's consent to this provider").click()
    page.wait_for_url(lambda url: "/consent/" in url)

    # 3. Record the consent to share with the provider, reading the client the explanation.
    assert "never the counselling notes" in page.content()
    page.locator("input[name=scope][value=referral]").check()
    assert page.locator(f'input[name=providers][value="{provider.pk}"]').is_checked()
    page.screenshot(path=str(artifacts_dir / "referral-consent.png"), full_page=True)
    submit(page)
    assert f"/staff/clients/{client.pk}/referrals/new/?service={service.pk}" in page.url
    consent = SharingConsent.objects.get(client=client, provider=provider)
    assert consent.recorded_by_id == counsellor.pk and "Skills Trust" in consent.explanation

    # 4. Back on the referral form, the service still chosen: save, then send.
    assert page.locator("select[name=service]").input_value() == str(service.pk)
    submit(page)
    page.wait_for_url("**/staff/referrals/*/")
    assert "saved" in page.content() and "Skills Trust" in page.content()
    page.locator("select[name=to_status]").select_option("sent")
    submit(page)
    referral = Referral.objects.get(client=client)
    assert referral.status == "sent"

    # 5. The provider, signed in in another browser, finds it in their list and accepts.
    provider_context = signed_in_context(browser, live_server, provider_user)
    provider_page = provider_context.new_page()
    provider_page.goto(f"{live_server.url}/staff/referrals/?status=sent")
    provider_page.get_by_role("link", name=client.code).click()
    provider_page.wait_for_url(f"**/staff/referrals/{referral.pk}/")
    provider_page.locator("select[name=to_status]").select_option("accepted")
    submit(provider_page)
    assert "Accepted" in provider_page.content()
    provider_page.screenshot(path=str(artifacts_dir / "referral-accepted.png"), full_page=True)
    referral.refresh_from_db()
    assert referral.status == "accepted"
    assert list(referral.events.values_list("status", flat=True)) == [
        "proposed",
        "sent",
        "accepted",
    ]
    provider_context.close()
    counsellor_context.close()
