"""The full HSDS 3.0 export at /directory/hsds.json: each collection one Page of full records,
valid against the official schemas, with the same stable UUIDs as the API and no null."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from wapsi.centres.tests.hsds_schemas import (
    assert_page,
    assert_uuids,
    assert_valid,
    nulls,
    schema_validator,
)
from wapsi.centres.tests.test_hsds_api import directory  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

ITEMS = {
    "organizations": "compiled/organization.json",
    "services": "compiled/service.json",
    "service_at_locations": "compiled/service_at_location.json",
    "taxonomies": "taxonomy.json",
    "taxonomy_terms": "taxonomy_term.json",
}


def export(client: Client) -> Any:
    response = client.get("/directory/hsds.json")
    assert response.status_code == 200
    return response.json()


def test_the_export_validates_and_matches_the_api(
    client: Client,
    directory: dict[str, Any],  # noqa: F811
) -> None:
    document = export(client)
    assert not nulls(document), nulls(document)
    for name, schema in ITEMS.items():
        assert_page(document[name])
        for item in document[name]["contents"]:
            assert_valid(schema_validator(schema), item)
        assert_uuids(document[name]["contents"])
    statuses = {s["name"]: s["status"] for s in document["services"]["contents"]}
    assert statuses["Closed course"] == "inactive"
    api = client.get("/api/hsds/services?full=true").json()
    assert api["contents"] == document["services"]["contents"]


def test_a_reexport_keeps_every_id(client: Client, directory: dict[str, Any]) -> None:  # noqa: F811
    first, second = export(client), export(client)
    for name in ITEMS:
        assert first[name] == second[name]


def test_the_demo_export_validates(client: Client, demo: object) -> None:
    document = export(client)
    assert not nulls(document), nulls(document)
    for name, schema in ITEMS.items():
        for item in document[name]["contents"]:
            assert_valid(schema_validator(schema), item)


def test_the_copy_matches_the_standards() -> None:
    """The copy in wapsi/centres/tests/hsds-3.0 is the published schemas, unchanged."""
    from wapsi.centres.tests.hsds_schemas import COPY, schema_files, shared_dir

    shared = shared_dir()
    copy = schema_files(COPY)
    assert "compiled/service.json" in copy and "openapi.json" in copy
    if shared is not None:  # beside the project (always in development): compare every byte
        assert schema_files(shared) == copy
