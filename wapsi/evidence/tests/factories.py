"""Factories for the evidence base."""

from __future__ import annotations

import factory

from wapsi.evidence.models import Finding, Project, Recommendation, Study


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    name = factory.Sequence(lambda n: f"Project {n}")
    slug = factory.Sequence(lambda n: f"project-{n}")
    countries = "PK"


class StudyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Study

    title = factory.Sequence(lambda n: f"Study {n}")
    slug = factory.Sequence(lambda n: f"study-{n}")
    project = factory.SubFactory(ProjectFactory)
    year = 2024


class FindingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Finding

    study = factory.SubFactory(StudyFactory)
    statement = factory.Sequence(lambda n: f"Finding number {n}.")
    theme = "information"
    country = "PK"
    strength = "moderate"


class RecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recommendation

    key = factory.Sequence(lambda n: f"rec-{n}")
    text = factory.Sequence(lambda n: f"Recommendation number {n}.")
    addressee = "mrcs"
    theme = "information"
    priority = "high"
    study = factory.SubFactory(StudyFactory)
