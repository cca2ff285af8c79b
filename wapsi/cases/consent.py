"""What the client is told for each purpose of their records, kept with the consent they give."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wapsi.cases.models import ConsentScope

EXPLANATIONS = {
    ConsentScope.COUNSELLING: _(
        "The centre keeps a record of your sessions under a code, not your name, so that your "
        "counsellor can follow up with you. Only this centre's staff can read it. You can ask "
        "to see it or to have it erased at any time."
    ),
    ConsentScope.REFERRAL: _(
        "The centre keeps a record of your sessions under a code, not your name, so that your "
        "counsellor can follow up with you. When you are referred to a service, the centre "
        "shares only your code, your age band, your gender and the service asked for with the "
        "provider you agree to below, never the counselling notes. You can withdraw this at "
        "any time."
    ),
}
PROVIDER_EXPLANATION = _(
    "%(provider)s receives your code, your age band, your gender and the service you are "
    "referred to, so that they can help you. They do not receive your counselling notes. You "
    "can withdraw this at any time."
)


def explanation_in(scope: str, language: str) -> str:
    """The explanation exactly as the client heard it, kept with the consent."""
    with translation.override(language):
        return str(EXPLANATIONS[ConsentScope(scope)])


def provider_explanation_in(provider_name: str, language: str) -> str:
    with translation.override(language):
        return str(PROVIDER_EXPLANATION) % {"provider": provider_name}
