"""What each dashboard shows: its measures and the breakdowns a reader may choose.

A measure reads one rollup subject's field (`count` or `people`), optionally only the rows whose
subject value `a` or `b` is given; a breakdown is a column of the rollup (`Fact`). The labels of
values come from the owning app's choices.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from wapsi.campaigns.models import AgeBand as ReachAgeBand
from wapsi.campaigns.models import Channel as CampaignChannel
from wapsi.campaigns.models import Gender as ReachGender
from wapsi.cases.models import AgeBand, Channel, ClientType, Dimension, Gender, ReferralStatus
from wapsi.centres.models import Provider, ServiceCategory
from wapsi.lib.countries import country_name
from wapsi.lib.languages import BY_CODE
from wapsi.stats.geo import district_name
from wapsi.voices.models import Status as StoryStatus


def _choices(choices: type) -> Callable[[str], str]:
    labels = dict(choices.choices)  # type: ignore[attr-defined]

    def label(value: str) -> str:
        return str(labels.get(value, value)) if value else str(_("Not recorded"))

    return label


def _plain(value: str) -> str:
    return value or str(_("Not recorded"))


def _language(value: str) -> str:
    lang = BY_CODE.get(value)
    return lang.name_local if lang else value


def _new(value: str) -> str:
    return str(_("New client")) if value == "new" else str(_("Returning client"))


def _useful(value: str) -> str:
    return str(_("Useful")) if value == "yes" else str(_("Not useful"))


def _provider_kind(value: str) -> str:
    if value == "centre":
        return str(_("Migrant Resource Centre"))
    return _choices(Provider.Kind)(value)


@dataclass(frozen=True)
class Breakdown:
    slug: str
    label: str | Promise
    column: str  # a field of Fact
    value_label: Callable[[str], str] = _plain
    subject: str = ""  # read another rollup subject for this breakdown (topics, themes)


@dataclass(frozen=True)
class Measure:
    slug: str
    label: str | Promise
    subject: str
    field: str = "count"
    where: dict[str, str] = dataclasses.field(default_factory=dict)
    hxl: str = "#indicator+num"  # the count column's hashtag in the downloads


@dataclass(frozen=True)
class Subject:
    slug: str
    title: str | Promise
    sources: tuple[str, ...]  # Refresh.source names whose stamp the figures carry
    measures: tuple[Measure, ...]
    breakdowns: tuple[Breakdown, ...]
    method: str | Promise
    people: bool = True  # whether the counts are of people (else of answers, views ...)

    def breakdown_of(self, slug: str) -> Breakdown:
        """The named breakdown (the filters form has checked it is one of the subject's)."""
        found = self.breakdown(slug)
        if found is None:
            raise ValueError(f"{slug!r} is not a breakdown of {self.slug}")
        return found

    def measure_of(self, slug: str) -> Measure:
        found = self.measure(slug)
        if found is None:
            raise ValueError(f"{slug!r} is not a figure of {self.slug}")
        return found

    def breakdown(self, slug: str) -> Breakdown | None:
        return next((b for b in self.breakdowns if b.slug == slug), None)

    def measure(self, slug: str) -> Measure | None:
        return next((m for m in self.measures if m.slug == slug), None)


COUNTRY = Breakdown("country", _("Country"), "country", country_name)
CENTRE = Breakdown("centre", _("Centre"), "centre_id")  # labels: centre names, per request
DISTRICT = Breakdown("district", _("District"), "district", district_name)
PEOPLE = (
    Breakdown("client_type", _("Client type"), "client_type", _choices(ClientType)),
    Breakdown("gender", _("Gender"), "gender", _choices(Gender)),
    Breakdown("age_band", _("Age band"), "age_band", _choices(AgeBand)),
)
NONE = Breakdown("none", _("No breakdown"), "")

SUBJECTS: dict[str, Subject] = {
    s.slug: s
    for s in (
        Subject(
            "sessions",
            _("Counselling sessions"),
            ("sessions",),
            (
                Measure("sessions", _("Sessions"), "sessions"),
                Measure("people", _("People counselled (new clients)"), "sessions", "people"),
            ),
            (
                NONE,
                COUNTRY,
                CENTRE,
                DISTRICT,
                *PEOPLE,
                Breakdown("channel", _("Channel"), "a", _choices(Channel)),
                Breakdown("new", _("New or returning"), "b", _new),
                Breakdown("topic", _("Topic"), "a", _plain, subject="topics"),
            ),
            _(
                "A session is counted in the month it was held, at the centre that held it, "
                "with the client's district, type, gender and age band. A session is new when it "
                "is the first one recorded for its client; people counselled are new clients, "
                "so they add up across months. A session with several topics counts once under "
                "each of them."
            ),
        ),
        Subject(
            "referrals",
            _("Referrals"),
            ("referrals",),
            (
                Measure("referrals", _("Referrals"), "referrals"),
                Measure(
                    "completed", _("Referrals completed"), "referrals", where={"a": "completed"}
                ),
            ),
            (
                NONE,
                COUNTRY,
                CENTRE,
                DISTRICT,
                *PEOPLE,
                Breakdown("status", _("Status"), "a", _choices(ReferralStatus)),
                Breakdown("category", _("Service category"), "b", _choices(ServiceCategory)),
                Breakdown("provider_type", _("Provider type"), "c", _provider_kind),
            ),
            _(
                "A referral is counted in the month it was made, by the referring centre, with "
                "its status today. Days from sent to completed are counted from the referral's "
                "history; a median is shown only when at least the threshold number of referrals "
                "were completed."
            ),
        ),
        Subject(
            "assessments",
            _("Reintegration assessments"),
            ("assessments",),
            (Measure("assessments", _("Assessments"), "assessments"),),
            (Breakdown("dimension", _("Dimension"), "a", _choices(Dimension)),),
            _(
                "Each assessment scores its indicators from 0 to 4; a dimension's score is the "
                "mean of its indicators on a 0–100 scale. Means are of all assessments of a kind "
                "in the period (not only of people assessed twice); the change is the follow-up "
                "mean minus the intake mean. A mean is shown only when at least the threshold "
                "number of assessments are behind it."
            ),
        ),
        Subject(
            "testimonies",
            _("Testimonies"),
            ("stories",),
            (
                Measure("submitted", _("Stories submitted"), "stories"),
                Measure("published", _("Stories published"), "stories", where={"a": "published"}),
                Measure("withdrawn", _("Stories withdrawn"), "stories", where={"a": "withdrawn"}),
            ),
            (
                NONE,
                COUNTRY,
                CENTRE,
                Breakdown("status", _("Status"), "a", _choices(StoryStatus)),
                Breakdown("route", _("Route"), "b"),
                Breakdown("theme", _("Theme"), "b", subject="story_themes"),
            ),
            _(
                "A story is counted in the month it was submitted, in its country of return, "
                "with its status today: submitted counts every story, published and withdrawn "
                "those in that state now. A story with several themes counts once under each."
            ),
        ),
        Subject(
            "campaigns",
            _("Campaign reach"),
            ("campaigns",),
            (
                Measure(
                    "reached",
                    _("People reached in person"),
                    "campaign_reach",
                    hxl="#reached+ind",
                ),
                Measure("impressions", _("Media impressions"), "campaign_media"),
                Measure("views", _("Media views"), "campaign_media", "total"),
            ),
            (
                NONE,
                COUNTRY,
                DISTRICT,
                Breakdown("gender", _("Gender"), "gender", _choices(ReachGender)),
                Breakdown("age_band", _("Age band"), "age_band", _choices(ReachAgeBand)),
                Breakdown("channel", _("Channel"), "a", _choices(CampaignChannel)),
            ),
            _(
                "People reached in person are those counted present at a campaign's town halls, "
                "school sessions, screenings and counselling, in the month of the activity, in "
                "the district where it was held, by gender and age band; a person at two "
                "activities is counted twice. Impressions and views are the figures reported "
                "for media and broadcasts; they count views, not people, and have no gender or "
                "age band."
            ),
        ),
        Subject(
            "feedback",
            _("Reader feedback"),
            ("feedback",),
            (
                Measure("answers", _("Answers to “Was this useful?”"), "feedback"),
                Measure("useful", _("Answered “useful”"), "feedback", where={"b": "yes"}),
            ),
            (
                NONE,
                Breakdown("language", _("Language"), "a", _language),
                Breakdown("useful", _("Answer"), "b", _useful),
            ),
            _(
                "Answers readers gave to “Was this useful?” on hub pages, by the month given and "
                "the page's language. Comments are never counted or shown here."
            ),
            people=False,
        ),
        Subject(
            "hub",
            _("Hub use"),
            ("pageviews",),
            (Measure("views", _("Page views"), "pageviews"),),
            (NONE, Breakdown("language", _("Language"), "a", _language)),
            _("Page views of hub pages, counted without cookies, addresses or any personal data."),
            people=False,
        ),
    )
}

GRAINS = ("month", "quarter", "year")
