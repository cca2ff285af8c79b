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
    babel: str  # the locale name Babel (CLDR) knows it by
    digits: str  # CLDR default numbering system: latn, arab, arabext, beng


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", rtl=False, script="Latn", babel="en", digits="latn"),
    Language("ur", "Urdu", "اردو", rtl=True, script="Arab", babel="ur", digits="latn"),
    Language("ar", "Arabic", "العربية", rtl=True, script="Arab", babel="ar", digits="arab"),
    Language("ckb", "Sorani Kurdish", "کوردی", rtl=True, script="Arab", babel="ckb", digits="arab"),
    Language("bn", "Bengali", "বাংলা", rtl=False, script="Beng", babel="bn", digits="beng"),
    Language("ps", "Pashto", "پښتو", rtl=True, script="Arab", babel="ps", digits="arabext"),
    Language("fa-af", "Dari", "دری", rtl=True, script="Arab", babel="fa_AF", digits="arabext"),
)

BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}
CODES: tuple[str, ...] = tuple(BY_CODE)
RTL_CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES if lang.rtl)
DEFAULT = "en"
# The complex-script font of each language for printed documents (PDF, Word): Debian's Noto fonts.
DOCUMENT_FONTS: dict[str, str] = {
    "ur": "Noto Nastaliq Urdu",
    "ar": "Noto Naskh Arabic",
    "ckb": "Noto Naskh Arabic",
    "ps": "Noto Naskh Arabic",
    "fa-af": "Noto Naskh Arabic",
    "bn": "Noto Sans Bengali",
}

# Added to django.conf.locale.LANG_INFO by the settings module.
EXTRA_LANG_INFO: dict[str, dict[str, object]] = {
    "ps": {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"},
    "fa-af": {"bidi": True, "code": "fa-af", "name": "Dari", "name_local": "دری"},
}


def is_rtl(code: str) -> bool:
    lang = BY_CODE.get(code)
    return bool(lang and lang.rtl)


_DIGIT_ZERO = {"arab": 0x0660, "arabext": 0x06F0, "beng": 0x09E6}


def localise_digits(text: str, code: str) -> str:
    """Write ASCII digits in the language's own numbering system (CLDR default)."""
    lang = BY_CODE.get(code)
    zero = _DIGIT_ZERO.get(lang.digits) if lang else None
    if zero is None:
        return text
    return text.translate({ord(str(i)): chr(zero + i) for i in range(10)})
