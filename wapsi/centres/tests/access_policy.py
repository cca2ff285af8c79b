"""The directory's own staff routes added with the centre's editor and the people screens: this
app's part of the access policy (the older directory routes are in wapsi/tests/access_policy.py)."""

from __future__ import annotations

from typing import Any

from wapsi.tests.access_policy_base import DENIED, HIDDEN, LOGIN, OK, Rule, _roles

ADMINISTRATORS = {"administrator"}

POLICY: list[tuple[str, Rule]] = [
    # The directory as the HSDS 3.0 API: public, no key.
    (r"^api/hsds/$", Rule(url="/api/hsds/", default=OK)),
    *[
        (rf"^api/hsds/{name}$", Rule(url=f"/api/hsds/{name}", default=OK))
        for name in (
            "services",
            "organizations",
            "service_at_locations",
            "taxonomies",
            "taxonomy_terms",
        )
    ],
    *[
        (
            rf"^api/hsds/{name}/<str:hsds_id>$",
            Rule(url=f"/api/hsds/{name}/{{hsds_{name}}}", default=OK),
        )
        for name in (
            "services",
            "organizations",
            "service_at_locations",
            "taxonomies",
            "taxonomy_terms",
        )
    ],
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
    from wapsi.centres.hsds import hsds_uuid, taxonomies, terms

    service.address = "1 Road"
    service.save(update_fields=["address"])
    return {
        "centre_service": service.pk,
        "person": users["counsellor"].pk,
        "hsds_services": hsds_uuid("service", service.pk),
        "hsds_organizations": hsds_uuid("centre", centre.pk),
        "hsds_service_at_locations": hsds_uuid("service_at_location", service.pk),
        "hsds_taxonomies": taxonomies()[0]["id"],
        "hsds_taxonomy_terms": terms()[0].id,
    }
