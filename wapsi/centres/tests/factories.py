"""Factories for the directory: centres, providers, services, staff with memberships."""

from __future__ import annotations

import datetime
from typing import Any

import factory

from wapsi.accounts.models import CentreMembership, ProviderMembership, User
from wapsi.centres.models import Centre, Provider, Service, ServiceChangeProposal


class CentreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Centre

    name = factory.Sequence(lambda n: f"MRC Test {n}")
    slug = factory.Sequence(lambda n: f"mrc-test-{n}")
    country = "PK"
    city = "Islamabad"
    host_institution = "Test ministry"


class ProviderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Provider

    name = factory.Sequence(lambda n: f"Provider {n}")
    slug = factory.Sequence(lambda n: f"provider-{n}")
    kind = Provider.Kind.NGO
    country = "PK"
    city = "Lahore"
    owning_centre = factory.SubFactory(CentreFactory)


class ServiceFactory(factory.django.DjangoModelFactory):
    """A provider's open service. Its search text is built as the service functions build it."""

    class Meta:
        model = Service

    provider = factory.SubFactory(ProviderFactory)
    name = factory.Sequence(lambda n: f"Service {n}")
    category = "vocational"
    country = "PK"
    province = "Punjab"
    district = "Lahore"
    city = "Lahore"
    languages = "ur,en"
    last_verified = datetime.date(2026, 10, 1)

    @classmethod
    def _create(cls, model_class: type[Service], *args: Any, **kwargs: Any) -> Service:
        service = model_class(*args, **kwargs)
        service.search_text = service.build_search_text()
        service.save()
        return service


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"staff-{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    first_name = "Test"
    password = factory.django.Password("a-long-test-password")


class ProviderMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProviderMembership

    user = factory.SubFactory(UserFactory)
    provider = factory.SubFactory(ProviderFactory)


class CentreMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CentreMembership

    user = factory.SubFactory(UserFactory)
    centre = factory.SubFactory(CentreFactory)


class ServiceChangeProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServiceChangeProposal

    service = factory.SubFactory(ServiceFactory)
    data = factory.LazyFunction(lambda: {"cost": "Free"})


def provider_user(provider: Provider) -> User:
    user = UserFactory()
    ProviderMembershipFactory(user=user, provider=provider)
    return user


def centre_user(centre: Centre) -> User:
    user = UserFactory()
    CentreMembershipFactory(user=user, centre=centre)
    return user
