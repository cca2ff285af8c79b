"""Directory pages and files run the same number of queries at 10 and at 5,000 services."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wapsi.centres.models import Centre, Provider, Service, ServiceChangeProposal
from wapsi.centres.tests.factories import (
    CentreFactory,
    ProviderFactory,
    ServiceFactory,
    centre_user,
    provider_user,
)

pytestmark = pytest.mark.django_db

PUBLIC_URLS = [
    "/en/help/",
    "/ur/help/?q=ہنر&language=ur",
    "/en/help/?country=PK&category=jobs&page=2",
    "/directory/hsds.json",
    "/directory/services.csv",
]


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def add_services(count: int, *, centre: Centre, provider: Provider) -> None:
    services = []
    for i in range(count):
        service = Service(
            provider=provider if i % 2 else None,
            centre=None if i % 2 else centre,
            name=f"ہنر کی تربیت {i}",
            category="jobs" if i % 3 else "health",
            country="PK",
            district=f"District {i % 40}",
            city="Lahore",
            latitude="31.52040",
            longitude="74.35870",
            hotline="+92 000 0000 001",
            languages="ur,pa,en",
        )
        service.search_text = service.build_search_text()
        services.append(service)
    Service.objects.bulk_create(services, batch_size=500)


def test_public_pages_and_files_do_not_grow_with_the_directory(client: Client) -> None:
    centre, provider = CentreFactory(), ProviderFactory()
    add_services(10, centre=centre, provider=provider)
    for url in PUBLIC_URLS:
        client.get(url)  # warm the header's centre cache
    small = {url: queries(client, url) for url in PUBLIC_URLS}
    detail = Service.objects.first()
    assert detail is not None
    detail_url = f"/en/help/{detail.pk}/"
    client.get(detail_url)  # warm the header's hotline of the service's country
    small[detail_url] = queries(client, detail_url)

    add_services(4_990, centre=centre, provider=provider)
    assert Service.objects.count() == 5_000
    large = {url: queries(client, url) for url in small}
    assert large == small
    assert small["/directory/services.csv"] == 1
    # services with their versions, organisations, locations, taxonomy terms (HSDS 3.0 export)
    assert small["/directory/hsds.json"] == 4
    print("queries:", small)


def test_staff_pages_do_not_grow_with_the_number_of_services(client: Client) -> None:
    centre = CentreFactory()
    provider = ProviderFactory(owning_centre=centre)
    proposer, reviewer = provider_user(provider), centre_user(centre)

    def add(count: int) -> None:
        for _ in range(count):
            service = ServiceFactory(provider=provider)
            ServiceChangeProposal.objects.create(
                service=service, proposed_by=proposer, data={"cost": "Free"}
            )

    def measure() -> dict[str, int]:
        client.force_login(proposer)
        counts = {"services": queries(client, "/staff/directory/")}
        client.force_login(reviewer)
        counts["proposals"] = queries(client, "/staff/directory/proposals/")
        return counts

    add(3)
    measure()  # warm the header's centre cache
    small = measure()
    add(40)
    assert measure() == small
