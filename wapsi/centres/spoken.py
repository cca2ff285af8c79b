"""Languages a service may be offered in (DOMAIN.md's codes), with their own names.

Wider than the seven interface languages of wapsi.lib.languages: a counsellor in Lahore may
speak Punjabi or Saraiki although the site has no Punjabi interface. Readers see each language
by its own name (an autonym is understood by its speakers whatever the page language).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Spoken:
    code: str
    name: str | Promise  # in the reader's language, for staff forms
    name_local: str  # in itself, for the public pages
    rtl: bool


SPOKEN: tuple[Spoken, ...] = (
    Spoken("ur", _("Urdu"), "اردو", rtl=True),
    Spoken("pa", _("Punjabi"), "پنجابی", rtl=True),
    Spoken("ps", _("Pashto"), "پښتو", rtl=True),
    Spoken("sd", _("Sindhi"), "سنڌي", rtl=True),
    Spoken("skr", _("Saraiki"), "سرائیکی", rtl=True),
    Spoken("ar", _("Arabic"), "العربية", rtl=True),
    Spoken("ckb", _("Sorani Kurdish"), "کوردی", rtl=True),
    Spoken("kmr", _("Kurmanji Kurdish"), "Kurmancî", rtl=False),
    Spoken("bn", _("Bengali"), "বাংলা", rtl=False),
    Spoken("prs", _("Dari"), "دری", rtl=True),
    Spoken("en", _("English"), "English", rtl=False),
)
SPOKEN_BY_CODE: dict[str, Spoken] = {lang.code: lang for lang in SPOKEN}


def spoken_list(codes: list[str]) -> list[Spoken]:
    """The languages of a comma list, in its order; an unknown code is shown as itself."""
    return [SPOKEN_BY_CODE.get(code) or Spoken(code, code, code, rtl=False) for code in codes]


def spoken_codes_clean(raw: str) -> str:
    """A comma list as stored: lower case, no spaces, no duplicates, order kept."""
    seen: list[str] = []
    for code in raw.replace(" ", "").lower().split(","):
        if code and code not in seen:
            seen.append(code)
    return ",".join(seen)
