"""Free-text districts and countries of return become codes of the managed lists.

A value is matched to a list entry by name, older spelling or code, ignoring case, spaces,
dashes, dots and apostrophes ("comilla" -> BD-B-CML, "UAE" -> AE); a district first within
the client's centre's country, then anywhere if exactly one district has the name. A value
that matches nothing is never dropped: it moves to ``district_unlisted`` /
``country_returned_from_unlisted``, which the client page shows for the counsellor to pick
the right entry, and the migration prints how many (counts only: values stay out of logs).
Going back writes the names (or the unlisted text) into the free-text fields again.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

from wapsi.lib.countries import (
    country_name,
    district_find,
    district_name,
    return_country_find,
)


def forwards(apps: Any, schema_editor: Any) -> None:
    Client = apps.get_model("cases", "Client")
    tally = {"district": [0, 0], "country_returned_from": [0, 0]}  # [matched, kept unlisted]
    rows = Client.objects.exclude(district="", country_returned_from="").select_related("centre")
    for client in rows.iterator():
        changed = []
        district = client.district.strip()
        if district:
            code = district_find(district, country=client.centre.country) or district_find(
                district
            )
            client.district = code or ""
            if code is None:
                client.district_unlisted = district[:100]
                changed.append("district_unlisted")
            tally["district"][code is None] += 1
            changed.append("district")
        country = client.country_returned_from.strip()
        if country:
            code = return_country_find(country)
            client.country_returned_from = code or ""
            if code is None:
                client.country_returned_from_unlisted = country[:60]
                changed.append("country_returned_from_unlisted")
            tally["country_returned_from"][code is None] += 1
            changed.append("country_returned_from")
        client.save(update_fields=changed)
    for field, (matched, unlisted) in tally.items():
        if matched or unlisted:
            print(  # the migration reports to whoever runs it
                f"\n  cases.Client.{field}: {matched} matched to the list, "
                f"{unlisted} kept in {field}_unlisted for a counsellor to choose"
            )


def backwards(apps: Any, schema_editor: Any) -> None:
    Client = apps.get_model("cases", "Client")
    for client in Client.objects.all().iterator():
        client.district = (
            district_name(client.district) if client.district else client.district_unlisted
        )
        client.country_returned_from = (
            country_name(client.country_returned_from)
            if client.country_returned_from
            else client.country_returned_from_unlisted
        )
        client.save(update_fields=["district", "country_returned_from"])


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0004_client_places_unlisted"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
