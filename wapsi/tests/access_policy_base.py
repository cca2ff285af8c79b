"""The vocabulary of the access policy: principals, outcomes, Rule and the common rules."""

from __future__ import annotations

from dataclasses import dataclass, field

PRINCIPALS = (
    "anonymous",
    "counsellor",
    "centre_manager",
    "provider_staff",
    "content_editor",
    "translator",
    "testimony_moderator",
    "campaign_manager",
    "researcher",
    "secretariat",
    "government_viewer",
    "administrator",
    "other_centre",  # a counsellor of another centre
)
CENTRE = {"counsellor", "centre_manager"}
NO_CASE_SCOPE = set(PRINCIPALS) - CENTRE - {"anonymous", "provider_staff", "other_centre"}

# Outcomes: an HTTP status, or "login" (a redirect to sign-in).
OK, LOGIN, DENIED, HIDDEN, GONE, NOT_ALLOWED = 200, "login", 403, 404, 410, 405
REDIRECT, NO_CONTENT = 302, 204


@dataclass(frozen=True)
class Rule:
    """Expected outcome of a GET per principal; `default` covers those not named."""

    url: str | None  # the URL to request ({client}, {referral}, ... filled from the test world)
    default: int | str
    outcomes: dict[str, int | str] = field(default_factory=dict)
    note: str = ""

    def expect(self, principal: str) -> int | str:
        return self.outcomes.get(principal, self.default)


def _roles(names: set[str], outcome: int | str) -> dict[str, int | str]:
    return dict.fromkeys(names, outcome)


PUBLIC = Rule(url=None, default=OK)


def client_route(path: str) -> Rule:
    """A page about one client of centre A."""
    return Rule(
        url=path,
        default=DENIED,
        outcomes={
            "anonymous": LOGIN,
            **_roles(CENTRE, OK),
            "other_centre": HIDDEN,
            "provider_staff": HIDDEN,
        },
    )


CENTRE_LIST = Rule(
    url=None,
    default=DENIED,
    outcomes={
        "anonymous": LOGIN,
        **_roles(CENTRE, OK),
        "other_centre": OK,
        "provider_staff": HIDDEN,
    },
)
CASE_STAFF = Rule(
    url=None,
    default=DENIED,
    outcomes={"anonymous": LOGIN, **_roles(CENTRE, OK), "other_centre": OK, "provider_staff": OK},
)
# The workspace's home: every signed-in person, listing the areas they may open.
SIGNED_IN = Rule(url=None, default=OK, outcomes={"anonymous": LOGIN})
ADMIN = Rule(
    url=None,
    default="wagtail",
    outcomes={"anonymous": LOGIN},
    note="Wagtail admin: anonymous readers are sent to sign-in; Wagtail's own permissions decide the rest",
)
