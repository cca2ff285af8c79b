"""The seven languages of Wapsi, their scripts and directions.

Django lacks language info for Pashto (ps) and Dari (fa-af); EXTRA_LANG_INFO supplies it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in English, for staff screens and logs
    name_local: str  # in itself, for the language switcher
    rtl: bool
    script: str  # ISO 15924


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", rtl=False, script="Latn"),
    Language("ur", "Urdu", "اردو", rtl=True, script="Arab"),
    Language("ar", "Arabic", "العربية", rtl=True, script="Arab"),
    Language("ckb", "Sorani Kurdish", "کوردی", rtl=True, script="Arab"),
    Language("bn", "Bengali", "বাংলা", rtl=False, script="Beng"),
    Language("ps", "Pashto", "پښتو", rtl=True, script="Arab"),
    Language("fa-af", "Dari", "دری", rtl=True, script="Arab"),
)

BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}
CODES: tuple[str, ...] = tuple(BY_CODE)
RTL_CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES if lang.rtl)
DEFAULT = "en"

# Added to django.conf.locale.LANG_INFO by the settings module.
EXTRA_LANG_INFO: dict[str, dict[str, object]] = {
    "ps": {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"},
    "fa-af": {"bidi": True, "code": "fa-af", "name": "Dari", "name_local": "دری"},
}


def is_rtl(code: str) -> bool:
    lang = BY_CODE.get(code)
    return bool(lang and lang.rtl)
