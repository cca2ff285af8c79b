"""Issue 12, item 28: assessment scores carry meanings; saving a referral or an assessment is
confirmed; a printable page of the client's records."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client as HttpClient
from django.urls import reverse

from wapsi.audit.models import AuditEntry
from wapsi.cases.models import Assessment, Indicator

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def as_user(user) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def test_assessment_buttons_have_meanings_and_saving_is_confirmed(world) -> None:
    Indicator.objects.create(dimension="economic", label="Income")
    http = as_user(world.counsellor_a)
    url = reverse("cases:assessment_create", args=[world.client_a.pk])
    body = http.get(url).content.decode()
    assert "Very poor" in body and "Very good" in body and "Fair" in body
    data = {"kind": "intake", "held_on": TODAY.isoformat()}
    data |= {f"i{i.pk}": "2" for i in Indicator.objects.filter(is_active=True)}
    saved = http.post(url, data, follow=True)
    assert Assessment.objects.filter(client=world.client_a).count() == 1
    assert "Assessment saved." in saved.content.decode()


def test_saving_a_referral_is_confirmed(world) -> None:
    http = as_user(world.counsellor_a)
    due = (TODAY + datetime.timedelta(days=3)).isoformat()
    saved = http.post(
        reverse("cases:referral_create", args=[world.client_a.pk]),
        {"service": world.service_x.pk, "due_on": due},
        follow=True,
    )
    body = saved.content.decode()
    assert 'role="status"' in body and world.service_x.name in body and "saved" in body


def test_printable_records_in_the_language_asked_and_audited(world) -> None:
    http = as_user(world.counsellor_a)
    url = reverse("cases:client_print", args=[world.client_a.pk])
    page = http.get(url)
    assert page.status_code == 200
    body = page.content.decode()
    assert world.client_a.code in body and "Gujranwala" in body
    assert world.provider_x.name in body
    assert AuditEntry.objects.filter(
        action="export", object_type="cases.client", object_id=str(world.client_a.pk)
    ).exists()
    urdu = http.get(url, {"lang": "ur"}).content.decode()
    assert 'lang="ur"' in urdu and 'dir="rtl"' in urdu
    assert as_user(world.counsellor_b).get(url).status_code == 404
