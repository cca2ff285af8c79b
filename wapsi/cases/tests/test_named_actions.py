"""Every referral step is its own service that checks who may take it, without a view."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError

from wapsi.cases import links, services
from wapsi.cases.models import Referral, ReferralStatus

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def new_referral(world) -> Referral:
    return services.referral_create(
        actor=world.counsellor_a, client=world.client_a, service=world.service_x, due_on=TODAY
    )


def status(referral: Referral) -> str:
    return Referral.objects.get(pk=referral.pk).status


@pytest.mark.parametrize("who", ["counsellor_b", "provider_user_x", "government"])
def test_only_the_referring_centre_sends_a_referral(world, who) -> None:
    referral = new_referral(world)
    with pytest.raises((PermissionDenied, ValidationError)):
        services.referral_send(actor=getattr(world, who), referral=referral)
    assert status(referral) == ReferralStatus.PROPOSED
    assert referral.events.count() == 1


def test_another_centre_or_anonymous_is_refused_outright(world) -> None:
    referral = new_referral(world)
    for actor in (world.counsellor_b, world.provider_user_y, AnonymousUser()):
        with pytest.raises(PermissionDenied):
            services.referral_send(actor=actor, referral=referral)
        with pytest.raises(PermissionDenied):
            services.referral_close(actor=actor, referral=referral, reason="no")
    assert status(referral) == ReferralStatus.PROPOSED


def test_only_the_provider_answers(world) -> None:
    referral = services.referral_send(actor=world.counsellor_a, referral=new_referral(world))
    with pytest.raises(PermissionDenied):
        services.referral_accept(actor=world.provider_user_y, referral=referral)
    with pytest.raises(ValidationError):  # the centre is on the wrong side of this step
        services.referral_accept(actor=world.counsellor_a, referral=referral)
    assert status(referral) == ReferralStatus.SENT
    services.referral_accept(actor=world.provider_user_x, referral=referral)
    services.referral_start(actor=world.provider_user_x, referral=referral)
    services.referral_complete(actor=world.provider_user_x, referral=referral, outcome="Done")
    assert status(referral) == ReferralStatus.COMPLETED


def test_a_signed_link_stands_for_the_provider_of_its_own_referral_only(world) -> None:
    referral = services.referral_send(actor=world.counsellor_a, referral=new_referral(world))
    other = services.referral_create(
        actor=world.counsellor_b, client=world.client_b, service=world.service_y, due_on=TODAY
    )
    token = links.provider_link_make(actor=world.counsellor_a, referral=referral)
    with pytest.raises(PermissionDenied):
        services.referral_accept(actor=AnonymousUser(), referral=other, link_token=token)
    with pytest.raises(ValidationError):
        services.referral_accept(actor=AnonymousUser(), referral=referral, link_token="forged")
    services.referral_decline(
        actor=AnonymousUser(), referral=referral, reason="Full", link_token=token
    )
    assert status(referral) == ReferralStatus.DECLINED
    assert referral.events.last().via_link


def test_only_the_referring_centre_makes_a_provider_link(world) -> None:
    referral = services.referral_send(actor=world.counsellor_a, referral=new_referral(world))
    for actor in (world.counsellor_b, world.provider_user_x, world.government):
        with pytest.raises(PermissionDenied):
            links.provider_link_make(actor=actor, referral=referral)
    assert Referral.objects.get(pk=referral.pk).link_nonce == ""
    assert links.provider_link_make(actor=world.counsellor_a, referral=referral)
