"""This app's part of the access policy (wapsi/tests/access_policy.py adds it to POLICY)."""

from __future__ import annotations

from typing import Any

from wapsi.tests.access_policy_base import DENIED, LOGIN, OK, Rule

DIALOGUE = {"anonymous": LOGIN, "researcher": OK, "secretariat": OK, "administrator": OK}
SECRETARIAT = {"anonymous": LOGIN, "secretariat": OK, "administrator": OK}


def _dialogue(url: str) -> Rule:
    return Rule(url=url, default=DENIED, outcomes=DIALOGUE)


def _secretariat(url: str, note: str = "") -> Rule:
    return Rule(url=url, default=DENIED, outcomes=SECRETARIAT, note=note)


POLICY: list[tuple[str, Rule]] = [
    # Public: adopted versions only (drafts answer 404, see test_public_pages)
    (r"^[a-z-]+/roadmap/$", Rule(url="/{lang}/roadmap/", default=OK)),
    (r"^[a-z-]+/roadmap/feed\.atom$", Rule(url="/{lang}/roadmap/feed.atom", default=OK)),
    (r"^[a-z-]+/roadmap/v/<int:number>/$", Rule(url="/{lang}/roadmap/v/{rm_version}/", default=OK)),
    (
        r"^[a-z-]+/roadmap/v/<int:number>\.docx$",
        Rule(url="/{lang}/roadmap/v/{rm_version}.docx", default=OK),
    ),
    (
        r"^[a-z-]+/roadmap/v/<int:number>\.pdf$",
        Rule(url="/{lang}/roadmap/v/{rm_version}.pdf", default=OK),
    ),
    (
        r"^[a-z-]+/roadmap/v/<int:number>\.json$",
        Rule(url="/{lang}/roadmap/v/{rm_version}.json", default=OK),
    ),
    (
        r"^[a-z-]+/roadmap/compare/<int:a>/<int:b>/$",
        Rule(url="/{lang}/roadmap/compare/{rm_version}/{rm_version}/", default=OK),
    ),
    (
        r"^[a-z-]+/roadmap/actions/<slug:key>/$",
        Rule(url="/{lang}/roadmap/actions/{rm_action}/", default=OK),
    ),
    (r"^[a-z-]+/roadmap/meetings/$", Rule(url="/{lang}/roadmap/meetings/", default=OK)),
    (
        r"^[a-z-]+/roadmap/meetings/<slug:slug>/$",
        Rule(url="/{lang}/roadmap/meetings/{rm_meeting}/", default=OK),
    ),
    (r"^[a-z-]+/roadmap/\^\(\?P<country>", Rule(url="/{lang}/roadmap/pk/", default=OK)),
    # Staff: researchers and the secretariat; decisions and adoption by the secretariat only
    (r"^staff/roadmap/$", _dialogue("/staff/roadmap/")),
    (r"^staff/roadmap/versions/<int:number>/$", _dialogue("/staff/roadmap/versions/{rm_version}/")),
    (
        r"^staff/roadmap/versions/<int:number>/translations/<slug:language>/$",
        _secretariat("/staff/roadmap/versions/{rm_version}/translations/ur/"),
    ),
    (r"^staff/roadmap/gaps/$", _dialogue("/staff/roadmap/gaps/")),
    (r"^staff/roadmap/overdue/$", _dialogue("/staff/roadmap/overdue/")),
    (
        r"^staff/roadmap/actions/<int:pk>/progress/$",
        Rule(
            url="/staff/roadmap/actions/{rm_action_pk}/progress/",
            default=DENIED,
            outcomes=DIALOGUE,
            note="the service lets only the action's owner or the secretariat save",
        ),
    ),
    (r"^staff/roadmap/proposals/new/$", _dialogue("/staff/roadmap/proposals/new/")),
    (
        r"^staff/roadmap/proposals/<int:pk>/decide/$",
        _secretariat("/staff/roadmap/proposals/{rm_proposal}/decide/"),
    ),
    (r"^staff/roadmap/meetings/$", _dialogue("/staff/roadmap/meetings/")),
    (r"^staff/roadmap/meetings/new/$", _secretariat("/staff/roadmap/meetings/new/")),
    (r"^staff/roadmap/meetings/<int:pk>/$", _dialogue("/staff/roadmap/meetings/{rm_meeting_pk}/")),
    (
        r"^staff/roadmap/meetings/<int:pk>/edit/$",
        _secretariat("/staff/roadmap/meetings/{rm_meeting_pk}/edit/"),
    ),
    (
        r"^staff/roadmap/meetings/<int:pk>/adopt/$",
        _secretariat("/staff/roadmap/meetings/{rm_meeting_pk}/adopt/"),
    ),
]


def world(users: dict[str, Any]) -> dict[str, Any]:
    """Objects the URLs above need, as format values ({story}, {action}, ...)."""
    from wapsi.roadmap.tests.factories import ActionFactory, MeetingFactory, ProposalFactory

    action = ActionFactory(objective__version__number=1)
    meeting = MeetingFactory(roadmap=action.version.roadmap)
    proposal = ProposalFactory(meeting=meeting, target_key=action.key, decision="pending")
    return {
        "rm_version": action.version.number,
        "rm_action": action.key,
        "rm_action_pk": action.pk,
        "rm_meeting": meeting.slug,
        "rm_meeting_pk": meeting.pk,
        "rm_proposal": proposal.pk,
    }
