"""What the storyteller is told for each purpose, and the private withdrawal code."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wapsi.lib.scripts import normalise_digits
from wapsi.voices.models import Purpose
from wapsi.voices.references import ALPHABET

EXPLANATIONS = {
    Purpose.HUB: _(
        "Your story, with names, numbers and small places removed, is shown on this website "
        "so that people thinking of migrating can learn from it."
    ),
    Purpose.CAMPAIGNS: _(
        "Migrant Resource Centres may use your story in awareness campaigns: in leaflets, "
        "town-hall meetings, radio or social media."
    ),
    Purpose.PARTNERS: _(
        "Partner websites and apps may show your story through our open data service. "
        "They must remove it when you withdraw."
    ),
    Purpose.VOICE_FACE: _(
        "Your recording or photo is shown. People who know you may recognise your voice or face, "
        "even if we disguise your voice. If you say no, only the text is shown."
    ),
    Purpose.FIRST_NAME: _(
        "Your first name is shown with the story. If you say no, the story is anonymous."
    ),
}


def explanation_in(purpose: str, language: str) -> str:
    """The explanation exactly as the storyteller read it, kept with the consent."""
    with translation.override(language):
        return str(EXPLANATIONS[Purpose(purpose)])


# Unambiguous letters and digits (no 0/O, 1/I/L), as for story references: read aloud or copied
# by hand without mistakes.
CODE_GROUPS, GROUP_LENGTH = 4, 4  # 16 symbols, about 78 bits: guessing is hopeless


def code_new() -> str:
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(CODE_GROUPS * GROUP_LENGTH))
    return "-".join(symbols[i : i + GROUP_LENGTH] for i in range(0, len(symbols), GROUP_LENGTH))


def code_clean(raw: str) -> str:
    """What the reader typed, without spaces and dashes, in capitals and ASCII digits."""
    text = normalise_digits(raw or "").upper()
    return "".join(ch for ch in text if ch in ALPHABET)[:64]


def _digest(code: str, secret: str) -> str:
    key = hashlib.sha256(("wapsi.voices.withdrawal:" + secret).encode()).digest()
    return hmac.new(key, code_clean(code).encode(), hashlib.sha256).hexdigest()


def code_digest(code: str) -> str:
    # A keyed hash: the code has ample entropy, so a fast HMAC is safe and lets the lookup be
    # one indexed query instead of checking every story's password hash.
    return _digest(code, settings.SECRET_KEY)


def code_digests(code: str) -> list[str]:
    """The digests to look a code up by: the current key and the ones it replaced, so that a
    key rotation (SECRET_KEY_FALLBACKS) does not lock storytellers out of their stories."""
    secrets_ = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return [_digest(code, secret) for secret in secrets_]
