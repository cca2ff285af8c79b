"""Published data of every kind the partner API answers, made through the apps' factories and
services, and bulk copies for the query-count tests."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from wapsi.campaigns.models import Campaign
from wapsi.campaigns.tests.factories import campaign_make
from wapsi.centres.models import Centre, Provider, Service
from wapsi.centres.tests.factories import CentreFactory, ServiceFactory
from wapsi.evidence.models import Finding, Recommendation, Study
from wapsi.evidence.tests.factories import FindingFactory, RecommendationFactory
from wapsi.hub.tests.factories import home_for, topic, translate
from wapsi.roadmap.models import ActionPoint, Meeting, Participation, ProgressUpdate
from wapsi.roadmap.tests.factories import ActionFactory, MeetingFactory, VersionFactory
from wapsi.voices.models import Story, StoryConsent
from wapsi.voices.tests.factories import published_story


def make_world() -> dict[str, Any]:
    """One published thing of each kind, linked as on the site."""
    home_for("en")
    page = topic(title="Legal pathways to work abroad", summary="Visas, contracts, fees.")
    translate(page, "ur", title="بیرون ملک کام کے قانونی راستے")
    topic(title="Only in English")
    service = ServiceFactory(opening_hours="Mon-Fri 9-17", eligibility="Returnees")
    centre = CentreFactory()
    finding = FindingFactory()
    recommendation = RecommendationFactory(study=finding.study)
    recommendation.findings.add(finding)
    meeting = MeetingFactory()
    Participation.objects.create(
        meeting=meeting, country="PK", organisation_type="government", count=4
    )
    action = ActionFactory(objective__version__adopted_by_meeting=meeting)
    version = action.version
    newer = VersionFactory(roadmap=version.roadmap, previous=version)
    ActionFactory(objective__version=newer, key=action.key, title="Changed title")
    ProgressUpdate.objects.create(
        action=action,
        reported_on=datetime.date(2025, 6, 1),
        text="Ten sessions",
        progress=40,
        status="ongoing",
    )
    campaign = campaign_make(status="published")
    story = published_story(title="Road home")
    return {
        "page": page,
        "service": service,
        "centre": centre,
        "study": finding.study,
        "version": version,
        "newer": newer,
        "meeting": meeting,
        "campaign": campaign,
        "story": story,
    }


def _clone(obj: Any, count: int, **unique: Callable[[int], Any]) -> list[Any]:
    """Unsaved copies of a row with the unique fields made from the copy's number."""
    model = type(obj)
    fields = [
        f.attname
        for f in model._meta.concrete_fields
        if not f.primary_key and f.attname not in unique
    ]
    start = model.objects.count()
    copies = []
    for i in range(start, start + count):
        copy = model(**{name: getattr(obj, name) for name in fields})
        for name, make in unique.items():
            setattr(copy, name, make(i))
        copies.append(copy)
    return copies


def bulk(kind: str, world: dict[str, Any], count: int) -> None:
    """Add ``count`` more rows of a list endpoint's kind, in a few queries."""
    if kind == "centres":
        Centre.objects.bulk_create(_clone(world["centre"], count, slug=lambda i: f"c{i}"))
    elif kind == "providers":
        provider = world["service"].provider
        Provider.objects.bulk_create(_clone(provider, count, slug=lambda i: f"p{i}"))
    elif kind in {"services", "locations"}:
        unique: dict[str, Callable[[int], Any]] = {"key": lambda i: None}
        if kind == "locations":
            unique["city"] = lambda i: f"City {i}"
        Service.objects.bulk_create(_clone(world["service"], count, **unique))
    elif kind == "studies":
        Study.objects.bulk_create(_clone(world["study"], count, slug=lambda i: f"s{i}"))
    elif kind == "findings":
        finding = world["study"].findings.first()
        Finding.objects.bulk_create(_clone(finding, count))
    elif kind == "recommendations":
        rec = world["study"].recommendations.first()
        made = Recommendation.objects.bulk_create(_clone(rec, count, key=lambda i: f"r{i}"))
        finding = world["study"].findings.first()
        through = Recommendation.findings.through
        through.objects.bulk_create(
            through(recommendation_id=r.pk, finding_id=finding.pk) for r in made
        )
    elif kind == "actions":
        action = world["version"].actions.first()
        ActionPoint.objects.bulk_create(_clone(action, count, key=lambda i: f"a{i}"))
    elif kind == "progress":
        update = ProgressUpdate.objects.first()
        ProgressUpdate.objects.bulk_create(_clone(update, count))
    elif kind == "meetings":
        meeting = world["meeting"]
        made = Meeting.objects.bulk_create(_clone(meeting, count, slug=lambda i: f"m{i}"))
        Participation.objects.bulk_create(
            Participation(meeting=m, country="IQ", organisation_type="government", count=3)
            for m in made
        )
    elif kind == "versions":
        version = world["newer"]
        made = list(
            type(version).objects.bulk_create(_clone(version, count, number=lambda i: 100 + i))
        )
        for v in made:
            v.objectives.create(key="o", title="An objective")
    elif kind == "campaigns":
        Campaign.objects.bulk_create(_clone(world["campaign"], count, slug=lambda i: f"k{i}"))
    elif kind == "stories":
        story = world["story"]
        themes = list(story.themes.all())
        made = Story.objects.bulk_create(
            _clone(
                story, count, reference=lambda i: f"copy{i:06d}", withdrawal_digest=lambda i: None
            )
        )
        StoryConsent.objects.bulk_create(
            StoryConsent(
                story=m,
                purpose=c.purpose,
                granted=c.granted,
                explanation=c.explanation,
                language=c.language,
            )
            for m in made
            for c in story.consents.all()
        )
        through = Story.themes.through
        through.objects.bulk_create(
            through(story_id=m.pk, theme_id=t.pk) for m in made for t in themes
        )
    elif kind == "hub":
        home = home_for("en")
        first = home.get_children().count()  # called twice: new slugs the second time
        for i in range(first, first + count):
            topic(title=f"Topic {i}", slug=f"bulk-topic-{i}", home=home)
    else:
        raise ValueError(kind)


LISTS = {
    "hub": "/api/v1/hub/pages?language=ur",
    "centres": "/api/v1/directory/centres",
    "providers": "/api/v1/directory/providers",
    "services": "/api/v1/directory/services",
    "locations": "/api/v1/directory/locations",
    "stories": "/api/v1/stories",
    "studies": "/api/v1/evidence/studies",
    "findings": "/api/v1/evidence/findings",
    "recommendations": "/api/v1/evidence/recommendations",
    "versions": "/api/v1/roadmap/versions",
    "actions": "/api/v1/roadmap/versions/{version}/actions",
    "progress": "/api/v1/roadmap/progress",
    "meetings": "/api/v1/roadmap/meetings",
    "campaigns": "/api/v1/campaigns",
}
