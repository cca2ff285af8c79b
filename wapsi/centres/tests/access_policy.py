"""The directory's own staff routes added with the centre's editor and the people screens: this
app's part of the access policy (the older directory routes are in wapsi/tests/access_policy.py)."""

from __future__ import annotations

from typing import Any

from wapsi.tests.access_policy_base import DENIED, HIDDEN, LOGIN, OK, Rule, _roles

ADMINISTRATORS = {"administrator"}

POLICY: list[tuple[str, Rule]] = [
    (
        r"^staff/directory/centre-services/<int:pk>/$",
        Rule(
            url="/staff/directory/centre-services/{centre_service}/",
            default=HIDDEN,
            outcomes={"anonymous": LOGIN, "counsellor": OK, "centre_manager": OK},
            note="a service of centre A: its staff edit it, anyone else gets a 404",
        ),
    ),
    (
        r"^staff/directory/people/$",
        Rule(
            url="/staff/directory/people/",
            default=DENIED,
            outcomes={"anonymous": LOGIN, **_roles(ADMINISTRATORS, OK)},
        ),
    ),
    (
        r"^staff/directory/people/<int:pk>/$",
        Rule(
            url="/staff/directory/people/{person}/",
            default=DENIED,
            outcomes={"anonymous": LOGIN, **_roles(ADMINISTRATORS, OK)},
        ),
    ),
]


def world(users: dict[str, Any]) -> dict[str, Any]:
    from wapsi.centres.models import Centre
    from wapsi.centres.tests.factories import ServiceFactory

    centre = Centre.objects.get(memberships__user=users["counsellor"])
    service = ServiceFactory(provider=None, centre=centre)
    return {"centre_service": service.pk, "person": users["counsellor"].pk}
