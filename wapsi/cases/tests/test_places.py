"""Issue 12, item 28: district and country of return come from managed lists (codes of
wapsi.lib.countries), so that totals do not split on spelling; the screens show the names in
the reader's language, never the codes."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient
from django.urls import reverse

from wapsi.audit.models import AuditEntry
from wapsi.cases import services
from wapsi.cases.models import Client
from wapsi.cases.tests.factories import CentreFactory, ClientFactory, staff
from wapsi.lib import countries
from wapsi.lib.disclosure import Dimension

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def as_user(user) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def quick(district: str, country: str = "") -> dict[str, str]:
    return {
        "client_type": "returnee",
        "gender": "male",
        "age_band": "25-34",
        "district": district,
        "country_returned_from": country,
        "consent": "on",
        "held_on": TODAY.isoformat(),
        "channel": "walk_in",
        "duration_minutes": "10",
    }


# --- the lists --------------------------------------------------------------------------------


def test_every_district_sits_in_a_province_within_a_country() -> None:
    assert countries.district_parent("PK-PB-LHR") == "PK-PB"
    assert countries.province_country("PK-PB") == "PK"
    assert countries.district_country("IQ-SU-RNY") == "IQ"
    assert countries.district_name("BD-B-CML") == "Cumilla"
    for code, district in countries.DISTRICTS.items():
        assert code.startswith(district.province + "-")
        assert countries.province_country(district.province) in countries.PLACE_COUNTRIES
    parents = countries.place_parents()
    assert parents["PK-PB-SKT"] == "PK-PB" and parents["PK-PB"] == "PK" and parents["PK"] is None
    Dimension(name="place", parents=parents)  # the hierarchy statistics build on


def test_lists_hold_the_places_mrcs_work_in() -> None:
    punjab = {d.name for d in countries.districts_of("PK", "PK-PB")}
    assert {"Lahore", "Gujranwala", "Sialkot", "Mandi Bahauddin", "Gujrat"} <= punjab
    assert len(punjab) == 36
    assert {p.code for p in countries.provinces_of("IQ")} >= {
        "IQ-AR", "IQ-DA", "IQ-SU", "IQ-BG", "IQ-NI", "IQ-BA",
    }  # fmt: skip
    assert len(countries.districts_of("BD")) == 64
    assert len(countries.provinces_of("BD")) == 8
    assert {
        "SA",
        "AE",
        "QA",
        "KW",
        "OM",
        "BH",
        "GR",
        "IT",
        "DE",
        "TR",
        "IR",
        "LY",
        "MY",
        "GB",
    } <= set(countries.RETURN_COUNTRIES)
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in countries.RETURN_COUNTRIES)


@pytest.mark.parametrize(
    ("written", "country", "code"),
    [
        ("comilla", "BD", "BD-B-CML"),
        ("Cumilla", "", "BD-B-CML"),
        ("  LAHORE ", "PK", "PK-PB-LHR"),
        ("mandi baha-ud-din", "PK", "PK-PB-MBD"),
        ("Hawler", "IQ", "IQ-AR-ERB"),
        ("pk-pb-skt", "", "PK-PB-SKT"),
        ("Lahore", "IQ", None),  # not in that country
        ("Gulf", "", None),
    ],
)
def test_written_names_are_matched_to_the_list(written: str, country: str, code: str) -> None:
    assert countries.district_find(written, country=country) == code


def test_written_countries_are_matched_to_the_list() -> None:
    assert countries.return_country_find("uae") == "AE"
    assert countries.return_country_find("Turkey") == "TR"
    assert countries.return_country_find("saudi arabia") == "SA"
    assert countries.return_country_find("the Gulf") is None


# --- forms and screens ------------------------------------------------------------------------


def test_registration_offers_the_centres_districts_grouped_by_province(world) -> None:
    body = as_user(world.counsellor_a).get(reverse("cases:session_quick")).content.decode()
    select = body[
        body.index('name="district"') : body.index("</select>", body.index('name="district"'))
    ]
    assert '<optgroup label="Punjab">' in select
    assert '<optgroup label="Khyber Pakhtunkhwa">' in select
    assert '<option value="PK-PB-LHR">Lahore</option>' in select
    assert "IQ-AR-ERB" not in select and "BD-C-DHA" not in select  # another country's
    countries_select = body[body.index('name="country_returned_from"') :]
    assert '<option value="SA">Saudi Arabia</option>' in countries_select


def test_an_iraqi_centre_offers_governorates_and_their_districts() -> None:
    centre = CentreFactory(country="IQ", city="Erbil")
    body = (
        as_user(staff("counsellor", centre=centre))
        .get(reverse("cases:client_create"))
        .content.decode()
    )
    assert '<optgroup label="Erbil">' in body and '<optgroup label="Sulaymaniyah">' in body
    assert '<option value="IQ-SU-RNY">Ranya</option>' in body
    assert "PK-PB-LHR" not in body


def test_registration_stores_the_codes_and_the_page_shows_the_names(world) -> None:
    http = as_user(world.counsellor_a)
    response = http.post(reverse("cases:session_quick"), quick("PK-PB-MBD", "GR"))
    assert response.status_code == 302
    client = Client.objects.latest("pk")
    assert (client.district, client.country_returned_from) == ("PK-PB-MBD", "GR")
    body = http.get(reverse("cases:client_detail", args=[client.pk])).content.decode()
    assert "Mandi Bahauddin" in body and "Punjab" in body and "Greece" in body
    assert "PK-PB-MBD" not in body and ">GR<" not in body
    listing = http.get(reverse("cases:client_list")).content.decode()
    assert "<bdi>Mandi Bahauddin</bdi>" in listing and "PK-PB-MBD</bdi>" not in listing


def test_names_are_shown_in_the_readers_language(world) -> None:
    client = ClientFactory(centre=world.centre_a, country_returned_from="TR")
    http = as_user(world.counsellor_a)
    http.get("/ur/staff/clients/")  # remembers the language
    body = http.get(reverse("cases:client_detail", args=[client.pk])).content.decode()
    assert '<html lang="ur" dir="rtl">' in body
    assert "<bdi>ترکیہ</bdi>" in body and "Türkiye" not in body


@pytest.mark.parametrize(
    ("district", "country", "field"),
    [
        ("Lahore", "", "district"),  # a name, not a code of the list
        ("IQ-AR-ERB", "", "district"),  # another country's district
        ("", "", "district"),  # needed
        ("PK-PB-LHR", "Gulf", "country_returned_from"),
    ],
)
def test_a_place_not_in_the_list_is_refused_on_its_field(world, district, country, field) -> None:
    before = Client.objects.count()
    response = as_user(world.counsellor_a).post(
        reverse("cases:session_quick"), quick(district, country)
    )
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {field}
    assert Client.objects.count() == before


def test_the_services_refuse_codes_outside_the_lists(world) -> None:
    with pytest.raises(ValidationError) as refused:
        services.client_create(
            actor=world.counsellor_a,
            centre=world.centre_a,
            client_type="returnee",
            gender="male",
            age_band="25-34",
            district="Lahore",
            consent_given_on=TODAY,
            consent_scope="counselling",
        )
    assert refused.value.error_dict["district"][0].code == "district_unknown"
    with pytest.raises(ValidationError) as refused:
        services.client_update(
            actor=world.counsellor_a,
            client=world.client_a,
            district="PK-PB-LHR",
            country_returned_from="Greece",
        )
    assert refused.value.error_dict["country_returned_from"][0].code == "country_unknown"


def test_text_kept_from_before_the_lists_is_shown_and_cleared_once_chosen(world) -> None:
    client = ClientFactory(
        centre=world.centre_a,
        district="",
        district_unlisted="Jehlum tehsil",
        country_returned_from="",
    )
    Client.objects.filter(pk=client.pk).update(country_returned_from_unlisted="the Gulf")
    http = as_user(world.counsellor_a)
    body = http.get(reverse("cases:client_detail", args=[client.pk])).content.decode()
    assert "Written before the lists: <bdi>Jehlum tehsil</bdi>." in body
    edit = reverse("cases:client_edit", args=[client.pk])
    assert "Jehlum tehsil" in http.get(edit).content.decode()  # beside the select
    assert (
        http.post(edit, {"district": "PK-PB-JLM", "country_returned_from": "SA"}).status_code == 302
    )
    client.refresh_from_db()
    assert (client.district, client.district_unlisted) == ("PK-PB-JLM", "")
    assert (client.country_returned_from, client.country_returned_from_unlisted) == ("SA", "")
    entry = AuditEntry.objects.filter(object_id=str(client.pk), action="update").get()
    assert set(entry.detail["fields"]) == {
        "district", "district_unlisted", "country_returned_from", "country_returned_from_unlisted",
    }  # fmt: skip


def test_list_filter_offers_the_centres_districts_and_reads_codes(world) -> None:
    ClientFactory(centre=world.centre_a, code="PK-LAH-SKTSKT", district="PK-PB-SKT")
    http = as_user(world.counsellor_a)
    body = http.get(reverse("cases:client_list"), {"district": "PK-PB-SKT"}).content.decode()
    assert "PK-LAH-SKTSKT" in body and world.client_a.code not in body
    assert '<optgroup label="Punjab">' in body and "IQ-AR-ERB" not in body
    refused = http.get(reverse("cases:client_list"), {"district": "Atlantis"}).content.decode()
    assert 'class="error"' in refused and world.client_a.code in refused  # ignored, shown


def test_export_gives_codes_and_names(world) -> None:
    client = ClientFactory(centre=world.centre_a, district="PK-PB-SKT", country_returned_from="AE")
    data = services.client_export(actor=world.counsellor_a, client=client)["client"]
    assert (data["district"], data["district_name"]) == ("PK-PB-SKT", "Sialkot")
    assert (data["province"], data["province_name"]) == ("PK-PB", "Punjab")
    assert (data["country_returned_from"], data["country_returned_from_name"]) == (
        "AE",
        "United Arab Emirates",
    )


def test_anonymising_clears_the_kept_text(world) -> None:
    client = ClientFactory(centre=world.centre_a, district_unlisted="Jehlum tehsil")
    services.client_erase(actor=world.counsellor_a, client=client)
    client.refresh_from_db()
    assert (client.district, client.district_unlisted) == ("", "")
