"""Redaction suggestions for returnee testimonies, before a moderator publishes them.

suggest_redactions() proposes spans to hide: phone numbers, national ID numbers, e-mail addresses,
links, personal names and places below district level. These are SUGGESTIONS for the moderator,
never a guarantee: the detectors are heuristics and word lists (wapsi/voices/gazetteer.py), and a
story can identify its teller in ways no pattern sees. apply_redactions() replaces accepted spans
with short placeholders such as "[phone]". Framework-free and pure.

How matching works
------------------
The text is folded one character at a time (never changing the order of characters) while
remembering, for every folded character, its index in the original text. Folding turns
Arabic-Indic (٠-٩), Extended Arabic-Indic/Persian (۰-۹) and Bengali (০-৯) digits into 0-9, folds
Arabic-script letter variants (ي/ی/ى/ے → ی, ك/ک → ک, ه/ہ/ە/ة → ه, أ/إ/آ → ا, ...), and drops
diacritics, tatweel, zero-width and bidi control characters. Numbers, names and places are found
in the folded text; spans are mapped back, so every Redaction indexes the original text.
E-mail addresses and links are ASCII and are found in the original text directly.

Numbers (phone, national_id)
----------------------------
A "digit chunk" is a run of digit groups joined by short separators (up to four spaces,
hyphens, dashes or parentheses, or a single dot, so "2019. 0300" is two chunks), with an optional
leading "+". Within a chunk, the longest run of consecutive groups that classifies wins,
scanning from the left, so "born 1990 0300 1234567" still yields the phone number. A run is:

* phone, international: "+" or "00", then 8 to 15 digits (+92, +964, +880, +93 and the rest).
* phone, national: starts with one 0 and has 10 or 11 digits (Pakistan 03xx xxxxxxx and
  landlines such as 051-1234567 or 042-35761234; Iraq 07xx xxx xxxx; Bangladesh 01xxx-xxxxxx;
  Afghanistan 07x xxx xxxx), or 9 digits written in at least two groups (older landlines).
* phone, without the trunk 0 but grouped: 3xx xxxxxxx (Pakistan), 7xx xxx xxxx (Iraq),
  1xxxx-xxxxxx (Bangladesh), 7x xxx xxxx (Afghanistan), or a first group that is exactly a
  country code (92, 964, 880, 93) followed by a mobile number of that country.
* national_id: does not start with 0 and has 10, 12, 13 or 17 digits: Pakistani CNIC
  (12345-1234567-1 or 13 digits unbroken, also Afghan e-tazkira 1400-0101-12345), Bangladeshi
  NID (10, 13 or 17 digits), Iraqi national card (12 digits, usually 1999 1234 5678). Heuristic
  against false positives: the number is unbroken, or its groups are joined by one and the same
  single-character separator and are all at least 3 digits long (except the CNIC's final check
  digit); groups that are all years (2015 2016 2017) and thousands-grouped amounts
  (100 000 000 000) are not an ID.

Never flagged: numbers of up to 8 digits without "+" or a leading 0 (years, ages, amounts, short
hotlines such as 1122 or 5588), comma-grouped amounts (3,000), dates (12.05.2019).

Names and places
----------------
Whole-word matches from the gazetteer, case-insensitive for Latin. Multi-word entries match as a
whole; between their words a space, several spaces, a hyphen or nothing is accepted. Bengali case
endings attached to a word (-এর/-ের, -কে, -তে, -এ/-ে, -ও, -রা, -দের, -য়) are allowed after it and
stay outside the span ("করিমের" → "[name]ের"). Names written next to each other ("Ahmed Ali
Khan") become one span. Arabic prefixes attached to a word (و, ب, ل, ال when not listed) are not
handled: "وأحمد" is not found.

Known limits
------------
Names and places not in the gazetteer, spelled-out numbers ("zero three hundred..."), numbers
typed in reverse order in right-to-left text, e-mail addresses written as "ali at gmail dot com",
social-media handles (@name) and bare domains with uncommon top-level domains are not found. A
digit-only span is labelled phone or national_id by its shape; when in doubt (an unbroken
10-digit number without a leading 0) it is labelled national_id.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from wapsi.voices import gazetteer

__all__ = [
    "KINDS",
    "PLACEHOLDER_LABELS",
    "Redaction",
    "apply_redactions",
    "redactions_from_json",
    "redactions_to_json",
    "suggest_redactions",
]

KINDS = ("phone", "national_id", "email", "url", "name", "place")

# kind -> short English label; the placeholder is "[" + label + "]".
PLACEHOLDER_LABELS: dict[str, str] = {
    "phone": "phone",
    "national_id": "ID number",
    "email": "e-mail",
    "url": "link",
    "name": "name",
    "place": "place",
}

# When two detectors claim overlapping text, the longer span wins; on equal length, this order.
_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(("national_id", "phone", "email", "url", "name", "place"))
}


@dataclass(frozen=True)
class Redaction:
    start: int  # index into the original text
    end: int  # exclusive
    kind: str  # one of KINDS
    text: str  # the original substring text[start:end]


# --- Folding with an index map ---------------------------------------------------------------

_FOLD: dict[str, str] = {
    # yeh: Arabic yeh, alef maksura, yeh barree, yeh with hamza, Pashto and Kurdish forms
    "\u064a": "\u06cc",  # ي
    "\u0649": "\u06cc",  # ى
    "\u06d2": "\u06cc",  # ے
    "\u06d3": "\u06cc",  # ۓ
    "\u0626": "\u06cc",  # ئ
    "\u06d0": "\u06cc",  # ې
    "\u06cd": "\u06cc",  # ۍ
    "\u06ce": "\u06cc",  # ێ (Sorani)
    # kaf
    "\u0643": "\u06a9",  # ك
    "\u06aa": "\u06a9",  # ڪ
    # heh, teh marbuta
    "\u06c1": "\u0647",  # ہ
    "\u06c2": "\u0647",  # ۂ
    "\u06be": "\u0647",  # ھ
    "\u06d5": "\u0647",  # ە (Sorani)
    "\u06c0": "\u0647",  # ۀ
    "\u0629": "\u0647",  # ة
    # alef and waw with hamza or madda; Sorani o
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0622": "\u0627",  # آ
    "\u0671": "\u0627",  # ٱ
    "\u0624": "\u0648",  # ؤ
    "\u06c6": "\u0648",  # ۆ (Sorani)
    # Sorani and Pashto letters often typed without their marks
    "\u0695": "\u0631",  # ڕ
    "\u06b5": "\u0644",  # ڵ
    "\u06ab": "\u06af",  # ګ
    "\u067c": "\u062a",  # ټ
    "\u0689": "\u062f",  # ډ
    "\u0693": "\u0631",  # ړ
    # Bengali: precomposed nukta letters and khanda ta (the decomposed nukta is dropped)
    "\u09dc": "\u09a1",  # ড়
    "\u09dd": "\u09a2",  # ঢ়
    "\u09df": "\u09af",  # য়
    "\u09ce": "\u09a4",  # ৎ
    # fullwidth plus
    "\uff0b": "+",
}
for _base in (0x0660, 0x06F0, 0x09E6):  # Arabic-Indic, Extended Arabic-Indic, Bengali digits
    for _i in range(10):
        _FOLD[chr(_base + _i)] = str(_i)

# Marks that combine with the preceding letter: dropped, and swallowed at the end of a span.
_MARKS = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)]  # Arabic signs above/below
    + [chr(c) for c in range(0x064B, 0x0660)]  # harakat
    + ["\u0670"]  # superscript alef
    + [chr(c) for c in range(0x06D6, 0x06EE)]  # Quranic annotation marks
    + ["\u09bc"]  # Bengali nukta
)
_DROP = _MARKS | frozenset(
    ["\u0640", "\u00ad", "\ufeff"]  # tatweel, soft hyphen, BOM
    + [chr(c) for c in range(0x200B, 0x2010)]  # zero-width space, ZWNJ, ZWJ, LRM, RLM
    + [chr(c) for c in range(0x202A, 0x202F)]  # bidi embeddings
    + [chr(c) for c in range(0x2066, 0x206A)]  # bidi isolates
)


def _fold(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index of the original character."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        chars.append(_FOLD.get(ch, ch))
        index.append(i)
    return "".join(chars), index


def _fold_only(text: str) -> str:
    return _fold(text)[0]


def _original_span(text: str, index: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a folded span back to the original text, keeping combining marks on its last letter."""
    o_start, o_end = index[start], index[end - 1] + 1
    while o_end < len(text) and text[o_end] in _MARKS:
        o_end += 1
    return o_start, o_end


# --- Numbers ---------------------------------------------------------------------------------

_NUM_CHUNK = re.compile(
    r"(?<![0-9A-Za-z])"
    r"(?:\+[ \u00a0]?)?\(?[0-9]+"
    r"(?:(?:[ \u00a0\u2009\u202f()\-\u2010-\u2013]{1,4}|\.)[0-9]+)*"
)
_DIGITS = re.compile(r"[0-9]+")
_MAX_GROUPS = 6  # the most groups tried as one number: +49 30 12 34 56 78

# Mobile numbers written without the trunk 0, in at least two groups.
_NO_TRUNK_MOBILE = re.compile(r"3\d{9}|7[3-9]\d{8}|1[3-9]\d{8}|7\d{8}")
# A first group that is exactly a country code, then that country's mobile number.
_COUNTRY_MOBILE = {
    "92": re.compile(r"3\d{9}"),  # Pakistan
    "964": re.compile(r"7\d{9}"),  # Iraq
    "880": re.compile(r"1\d{9}"),  # Bangladesh
    "93": re.compile(r"7\d{8}"),  # Afghanistan
}
_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_thousands(groups: list[str]) -> bool:
    """100 000 000 or 1.500.000: an amount, not an identifier."""
    return len(groups) > 1 and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _classify_number(groups: list[str], separators: list[str], plus: bool) -> str | None:
    digits = "".join(groups)
    n = len(digits)
    if plus or digits.startswith("00"):
        body = digits if plus else digits[2:]
        return "phone" if 8 <= len(body) <= 15 and not body.startswith("0") else None
    if digits.startswith("0"):
        if n in (10, 11) or (n == 9 and len(groups) > 1):
            return "phone"
        return None
    if len(groups) > 1 and not _is_thousands(groups):
        if _NO_TRUNK_MOBILE.fullmatch(digits):
            return "phone"
        mobile = _COUNTRY_MOBILE.get(groups[0])
        if mobile and mobile.fullmatch(digits[len(groups[0]) :]):
            return "phone"
    if n in (10, 12, 13, 17) and _plausible_id(groups, separators):
        return "national_id"
    return None


def _plausible_id(groups: list[str], separators: list[str]) -> bool:
    if len(groups) == 1:
        return True
    if len(set(separators)) != 1 or len(separators[0]) != 1:
        return False  # an ID is written with one kind of single separator: 12345-1234567-1
    lengths = [len(g) for g in groups]
    if lengths == [5, 7, 1]:  # CNIC 12345-1234567-1
        return True
    if min(lengths) < 3:
        return False
    if all(_YEAR.fullmatch(g) for g in groups):
        return False
    return not _is_thousands(groups)


def _numbers(folded: str) -> Iterable[tuple[int, int, str]]:
    for chunk in _NUM_CHUNK.finditer(folded):
        base = chunk.start()
        groups = [
            (base + m.start(), base + m.end(), m.group()) for m in _DIGITS.finditer(chunk.group())
        ]
        plus = chunk.group().startswith("+")
        counted = list(itertools.accumulate((len(g[2]) for g in groups), initial=0))
        i = 0
        while i < len(groups):
            for j in range(min(len(groups), i + _MAX_GROUPS) - 1, i - 1, -1):
                if not 8 <= counted[j + 1] - counted[i] <= 17:
                    continue  # no phone or ID has fewer than 8 or more than 17 digits
                run = groups[i : j + 1]
                separators = [folded[a[1] : b[0]] for a, b in itertools.pairwise(run)]
                kind = _classify_number([g[2] for g in run], separators, plus and i == 0)
                if kind:
                    start = base if plus and i == 0 else groups[i][0]
                    end = groups[j][1]
                    # "(051) 1234567", "(+92) 300...": take the opening parenthesis too
                    if start > 0 and folded[start - 1] == "(" and ")" in folded[start:end]:
                        start -= 1
                    yield start, end, kind
                    i = j + 1
                    break
            else:
                i += 1


# --- E-mail and links (ASCII, matched on the original text) ---------------------------------

_EMAIL = re.compile(
    r"(?<![\w.+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)
_TLDS = sorted(
    (
        "com",
        "org",
        "net",
        "edu",
        "gov",
        "info",
        "biz",
        "io",
        "me",
        "co",
        "app",
        "dev",
        "page",
        "link",
        "site",
        "online",
        "xyz",
        "live",
        "news",
        "tv",
        "fm",
        "ly",
        "gl",
        "gle",
        "pk",
        "iq",
        "bd",
        "af",
        "ir",
        "ae",
        "sa",
        "qa",
        "kw",
        "tr",
        "gr",
        "de",
        "uk",
        "eu",
        "fr",
        "ru",
        "nl",
        "se",
        "ch",
        "be",
    ),
    key=len,
    reverse=True,
)
_URL_TAIL = r"[^\s<>\"'«»]*"
_URL = re.compile(
    r"(?<![\w@/\-])(?:https?://|www\.)" + _URL_TAIL + r"[^\s<>\"'«»]"
    r"|(?<![\w.@/\-])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:" + "|".join(_TLDS) + r")"
    r"(?![\w\-])(?:[/?#]" + _URL_TAIL + r")?",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:!?'\")]}>»،؛۔…"


def _trim_url(url: str) -> str:
    while url and url[-1] in _URL_TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _emails_and_urls(text: str) -> Iterable[tuple[int, int, str]]:
    for m in _EMAIL.finditer(text):
        yield m.start(), m.end(), "email"
    for m in _URL.finditer(text):
        url = _trim_url(m.group())
        if "." in url:
            yield m.start(), m.start() + len(url), "url"


# --- Names and places ------------------------------------------------------------------------

# A character that continues a word: letters, digits, and the combining marks of Bengali and
# Latin (Python's \w does not include the Bengali vowel signs).
_W = r"[\w\u0300-\u036f\u0981-\u0983\u09bc-\u09d7]"
# Bengali case endings, in folded form (য় folded to য).
_BN_ENDINGS = ("দের", "ের", "এর", "কে", "তে", "রা", "র", "ে", "এ", "ও", "য", "ই")
_SPACE_IN_ENTRY = r"[\s\u00a0\-]*"


def _entry_pattern(entry: str) -> str:
    words = re.split(r"[\s\-]+", _fold_only(entry).strip())
    return _SPACE_IN_ENTRY.join(re.escape(w) for w in words if w)


def _word_list_regex(entries: Iterable[str]) -> re.Pattern[str]:
    patterns = sorted({_entry_pattern(e) for e in entries if e.strip()}, key=len, reverse=True)
    endings = "|".join(_BN_ENDINGS)
    return re.compile(
        rf"(?<!{_W})(?:{'|'.join(patterns)})(?=(?:{endings})?(?!{_W}))",
        re.IGNORECASE,
    )


@cache
def _names_regex() -> re.Pattern[str]:
    return _word_list_regex(gazetteer.NAMES)


@cache
def _places_regex() -> re.Pattern[str]:
    return _word_list_regex(gazetteer.PLACES)


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in text if ch not in _DROP)


_NOT_NAMES = frozenset(_strip_marks(w) for w in gazetteer.NOT_NAMES)
_NAME_JOINER = re.compile(r"[ \u00a0\u200c\-]{1,2}")


def _names(text: str, folded: str, index: list[int]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int]] = []
    for m in _names_regex().finditer(folded):
        start, end = _original_span(text, index, m.start(), m.end())
        if _strip_marks(text[start:end]) in _NOT_NAMES:
            continue
        if spans and _NAME_JOINER.fullmatch(text[spans[-1][1] : start]):
            spans[-1] = (spans[-1][0], end)  # "Ahmed Ali Khan" is one name
        else:
            spans.append((start, end))
    return [(s, e, "name") for s, e in spans]


# --- Public API ------------------------------------------------------------------------------


def suggest_redactions(text: str) -> list[Redaction]:
    """Non-overlapping spans sorted by start; when detectors overlap, the longer span wins (ties: national_id > phone > email > url > name > place)."""
    if not text:
        return []
    folded, index = _fold(text)
    candidates: list[tuple[int, int, str]] = []
    for start, end, kind in _numbers(folded):
        candidates.append((*_original_span(text, index, start, end), kind))
    candidates.extend(_emails_and_urls(text))
    candidates.extend(_names(text, folded, index))
    for m in _places_regex().finditer(folded):
        candidates.append((*_original_span(text, index, m.start(), m.end()), "place"))

    candidates.sort(key=lambda c: (c[0] - c[1], _PRIORITY[c[2]], c[0]))
    chosen: list[tuple[int, int, str]] = []  # kept sorted by start
    for candidate in candidates:
        start, end, _ = candidate
        at = bisect.bisect_left(chosen, candidate)
        if at > 0 and chosen[at - 1][1] > start:
            continue
        if at < len(chosen) and chosen[at][0] < end:
            continue
        chosen.insert(at, candidate)
    return [Redaction(start, end, kind, text[start:end]) for start, end, kind in chosen]


def _spans(text: str, redactions: Any) -> list[tuple[int, int, str]]:
    """Validated (start, end, kind) triples sorted by start; ValueError on anything wrong."""
    if not isinstance(redactions, list | tuple):
        raise ValueError("redactions must be a list")
    # Messages name the position in the list, never the stored text (it is personal data).
    spans: list[tuple[int, int, str]] = []
    for number, item in enumerate(redactions):
        if isinstance(item, Redaction):
            start, end, kind = item.start, item.end, item.kind
        elif isinstance(item, Mapping):
            try:
                start, end, kind = item["start"], item["end"], item["kind"]
            except KeyError as exc:
                raise ValueError(f"redaction {number} has no {exc.args[0]!r}") from None
        else:
            raise ValueError(f"redaction {number} is not an object with start, end and kind")
        if type(start) is not int or type(end) is not int:
            raise ValueError(f"redaction {number}: start and end must be integers")
        if not 0 <= start < end <= len(text):
            raise ValueError(
                f"redaction {number}: span {start}-{end} is empty or outside the text"
                f" (length {len(text)})"
            )
        if kind not in KINDS:
            raise ValueError(f"redaction {number}: unknown kind {kind!r}")
        spans.append((start, end, kind))
    spans.sort()
    for (_, prev_end, _), (start, end, _) in itertools.pairwise(spans):
        if start < prev_end:
            raise ValueError(f"span {start}-{end} overlaps the span ending at {prev_end}")
    return spans


def apply_redactions(text: str, redactions: list[Redaction] | list[dict]) -> str:
    """Replace each span with a placeholder `[phone]`, `[ID number]`, `[e-mail]`, `[link]`, `[name]`, `[place]`.

    The placeholder is "[" + PLACEHOLDER_LABELS[kind] + "]". Spans may be Redaction objects or
    dicts with start/end/kind (as stored in a JSONField; other keys, such as text, are ignored).
    Raises ValueError for spans that overlap, are empty, run outside the text, or have an
    unknown kind.
    """
    parts: list[str] = []
    position = 0
    for start, end, kind in _spans(text, redactions):
        parts.append(text[position:start])
        parts.append(f"[{PLACEHOLDER_LABELS[kind]}]")
        position = end
    parts.append(text[position:])
    return "".join(parts)


def redactions_to_json(redactions: list[Redaction]) -> list[dict]:
    """Plain dicts (start, end, kind, text) for a JSONField."""
    return [asdict(r) for r in redactions]


def redactions_from_json(text: str, data: Any) -> list[Redaction]:
    """Redactions from stored dicts, validated against text; each one's text is taken from text.

    Raises ValueError unless data is a list of dicts with integer start/end inside the text, a
    known kind, and no overlaps. Any stored "text" value is ignored.
    """
    if not isinstance(data, list):
        raise ValueError("redaction data must be a list")
    if not all(isinstance(item, Mapping) for item in data):
        raise ValueError("each redaction must be an object with start, end and kind")
    return [Redaction(start, end, kind, text[start:end]) for start, end, kind in _spans(text, data)]
