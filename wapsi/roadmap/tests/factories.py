"""Factories for the roadmap: a roadmap with an adopted version, its objectives and action points."""

from __future__ import annotations

import datetime

import factory

from wapsi.roadmap.models import (
    ActionPoint,
    ChangeProposal,
    Indicator,
    Meeting,
    Objective,
    Roadmap,
    RoadmapVersion,
)


class RoadmapFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Roadmap
        django_get_or_create = ("slug",)

    title = "Roadmap on Return and Reintegration"
    slug = "return-reintegration"


class VersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoadmapVersion

    roadmap = factory.SubFactory(RoadmapFactory)
    number = factory.Sequence(lambda n: n + 1)
    title = "Roadmap on Return and Reintegration"
    status = "adopted"
    adopted_on = datetime.date(2023, 11, 15)


class ObjectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Objective

    version = factory.SubFactory(VersionFactory)
    key = factory.Sequence(lambda n: f"objective-{n}")
    title = factory.Sequence(lambda n: f"Objective {n}")


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionPoint

    objective = factory.SubFactory(ObjectiveFactory)
    version = factory.SelfAttribute("objective.version")
    key = factory.Sequence(lambda n: f"action-{n}")
    country = "PK"
    title = factory.Sequence(lambda n: f"Action point {n}")
    responsible = "MRC Lahore"
    starts_on = datetime.date(2024, 1, 1)
    ends_on = datetime.date(2025, 12, 31)
    status = "ongoing"
    progress = 20


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator

    action = factory.SubFactory(ActionFactory)
    name = "Sessions held"
    baseline = "0"
    target = "10"


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    roadmap = factory.SubFactory(RoadmapFactory)
    title = factory.Sequence(lambda n: f"Working-group meeting {n}")
    slug = factory.Sequence(lambda n: f"meeting-{n}")
    held_on = datetime.date(2025, 5, 20)
    is_online = True
    co_chairs = "Türkiye, Bangladesh"


class ProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChangeProposal

    meeting = factory.SubFactory(MeetingFactory)
    roadmap = factory.SelfAttribute("meeting.roadmap")
    base_version = factory.LazyAttribute(
        lambda o: o.meeting.roadmap.versions.filter(status="adopted").order_by("-number").first()
    )
    kind = "modify"
    rationale = "Because the study says so."
    decision = "adopted"
