from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from wapsi.cases.tests.factories import (
    CentreFactory,
    ClientFactory,
    ProviderFactory,
    ServiceFactory,
    consent_to,
    staff,
)


@dataclass
class World:
    centre_a: Any
    centre_b: Any
    provider_x: Any
    provider_y: Any
    service_x: Any
    service_y: Any
    counsellor_a: Any
    counsellor_b: Any
    provider_user_x: Any
    provider_user_y: Any
    government: Any
    client_a: Any
    client_b: Any


@pytest.fixture
def world(db: Any) -> World:
    """Two centres, two providers, their staff, and one client at each centre."""
    centre_a, centre_b = CentreFactory(), CentreFactory()
    provider_x, provider_y = (
        ProviderFactory(owning_centre=centre_a),
        ProviderFactory(owning_centre=centre_b),
    )
    client_a, client_b = ClientFactory(centre=centre_a), ClientFactory(centre=centre_b)
    consent_to(client_a, provider_x)
    consent_to(client_b, provider_y)
    return World(
        centre_a=centre_a,
        centre_b=centre_b,
        provider_x=provider_x,
        provider_y=provider_y,
        service_x=ServiceFactory(provider=provider_x),
        service_y=ServiceFactory(provider=provider_y),
        counsellor_a=staff("counsellor", centre=centre_a),
        counsellor_b=staff("counsellor", centre=centre_b),
        provider_user_x=staff("provider_staff", provider=provider_x),
        provider_user_y=staff("provider_staff", provider=provider_y),
        government=staff("government_viewer"),
        client_a=client_a,
        client_b=client_b,
    )
