"""Script normalisation for search: fold the many ways one word can be typed.

Readers type Urdu on Arabic keyboards, Dari on Persian ones, Sorani with Arabic kaf; Bengali
arrives in composed and decomposed forms. normalise() is applied to the index and to the query
alike, so any variant finds any other. Framework-free and pure.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

# One canonical letter for each family of variants.
_FOLD = {
    # yeh: Arabic yeh, Farsi yeh, alef maksura, yeh barree, yeh with hamza, Urdu/Pashto forms
    "\u064a": "\u06cc",  # ي -> ی
    "\u0649": "\u06cc",  # ى -> ی
    "\u06d2": "\u06cc",  # ے -> ی
    "\u06d3": "\u06cc",  # ۓ -> ی
    "\u0626": "\u06cc",  # ئ -> ی
    "\u06d0": "\u06cc",  # ې (Pashto) -> ی
    "\u06cd": "\u06cc",  # ۍ (Pashto) -> ی
    # kaf: Arabic kaf, keheh, swash kaf
    "\u0643": "\u06a9",  # ك -> ک
    "\u06aa": "\u06a9",  # ڪ -> ک
    # heh: heh goal, heh doachashmee, ae, heh with yeh above, teh marbuta
    "\u06c1": "\u0647",  # ہ -> ه
    "\u06c2": "\u0647",  # ۂ -> ه
    "\u06be": "\u0647",  # ھ -> ه
    "\u06d5": "\u0647",  # ە -> ه
    "\u06c0": "\u0647",  # ۀ -> ه
    "\u0629": "\u0647",  # ة -> ه
    # hamza on alef and waw
    "\u0623": "\u0627",  # أ -> ا
    "\u0625": "\u0627",  # إ -> ا
    "\u0622": "\u0627",  # آ -> ا
    "\u0671": "\u0627",  # ٱ -> ا
    "\u0624": "\u0648",  # ؤ -> و
    # Bengali: khanda ta and ta with hasant are the same letter to a reader
    "\u09ce": "\u09a4",  # ৎ -> ত
}
# Digits of Arabic-Indic, extended Arabic-Indic (Persian/Urdu) and Bengali to ASCII.
for _base in (0x0660, 0x06F0, 0x09E6):
    for _i in range(10):
        _FOLD[chr(_base + _i)] = str(_i)

_DROP = re.compile(
    "["
    "\u0610-\u061a"  # Arabic signs above/below
    "\u064b-\u065f"  # harakat (diacritics)
    "\u0670"  # superscript alef
    "\u06d6-\u06ed"  # Quranic annotation marks
    "\u0640"  # tatweel
    "\u0621"  # lone hamza
    "\u09bc"  # Bengali nukta, after decomposition
    "\u09cd"  # Bengali hasant (virama): conjunct and split spellings match
    "\u200b-\u200f"  # zero-width space, ZWNJ, ZWJ, LRM, RLM
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings and isolates
    "\ufeff\u00ad"  # BOM, soft hyphen
    "]"
)
_TABLE = str.maketrans(_FOLD)
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Fold script variants, drop marks that readers may or may not type, lowercase Latin."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)  # presentation forms -> letters; nukta split off
    text = _DROP.sub("", text)
    text = text.translate(_TABLE)
    text = unicodedata.normalize("NFC", text).casefold()
    return _SPACE.sub(" ", text).strip()


def search_terms(query: str, *, max_length: int = 200, max_terms: int = 12) -> list[str]:
    """The words of a reader's query, safe for any full-text engine.

    Keeps only letters, marks and digits: quotes, stars, brackets, control characters and
    operators' punctuation become spaces; words are lowercased, so AND, OR, NEAR and NOT lose
    their meaning as operators.
    """
    text = normalise(query[: max_length * 4])[:max_length]
    cleaned = "".join(ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in text)
    words = [w for w in cleaned.split() if w]
    return words[:max_terms]


_DIGITS = str.maketrans(
    {chr(base + i): str(i) for base in (0x0660, 0x06F0, 0x09E6) for i in range(10)}
)


def normalise_digits(text: str) -> str:
    """Arabic-Indic, Persian/Urdu and Bengali digits to ASCII, nothing else changed."""
    return text.translate(_DIGITS)


# Arabic-script words carry their article and one-letter conjunctions and prepositions joined
# to them (العودة، والعودة، بالعودة، للعودة): the index holds each word with and without them,
# and the query asks for both, so "عوده" finds "العودة". Longest first; "لل" is li- + al- with
# the alef elided. What stays must keep at least MIN_STEM letters, so short words stay whole.
ARABIC_PREFIXES = ("وال", "بال", "فال", "کال", "لل", "ال", "و", "ب", "ل", "ف")
MIN_STEM = 3


def _is_arabic_script(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff"


def arabic_stem(word: str) -> str | None:
    """The word without its joined article or one-letter prefix, or None when it has none.

    Takes normalised words (kaf already folded to keheh, as in "کال")."""
    if not word or not _is_arabic_script(word):
        return None
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            return word[len(prefix) :]
    return None


# Sorani writes with ae (ە) the short vowels that Arabic, Persian, Urdu and Pashto leave
# unwritten, so an Arabic loanword is spelled two ways: عەرەب in Sorani, عرب elsewhere. The
# letter folds to heh like the other heh forms, and a word that has it is also known without it.
SORANI_AE = "\u06d5"


def short_vowel_forms(text: str) -> dict[str, str]:
    """Each folded word of ``text`` written with Sorani ae -> the folded word without it (kept
    when at least MIN_STEM letters remain, so short words such as بە do not become one letter)."""
    forms: dict[str, str] = {}
    if SORANI_AE not in text:
        return forms
    for raw in text.split():
        if SORANI_AE not in raw:
            continue
        full = search_terms(raw, max_length=len(raw), max_terms=len(raw))
        bare = search_terms(raw.replace(SORANI_AE, ""), max_length=len(raw), max_terms=len(raw))
        if len(full) != len(bare):
            continue
        for word, without in zip(full, bare, strict=True):
            if word != without and len(without) >= MIN_STEM:
                forms[word] = without
    return forms


# Light stemming where a well-kept Snowball stemmer has the language: English for every
# Latin-script word (the directory, evidence and the default language are English), Arabic for
# the Arabic-script words of Arabic text only (Urdu, Persian, Pashto and Sorani words are not
# Arabic words, and the Arabic stemmer would cut them wrongly). Stemmers keep state while they
# work, so each thread has its own.
_STEMMERS = threading.local()
# The Arabic stemmer knows Arabic yeh and kaf, which the folding turned into their Persian forms.
_TO_ARABIC = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})
STEM_MIN = 3


def _stemmer(name: str) -> snowballstemmer.stemmer:
    found = getattr(_STEMMERS, name, None)
    if found is None:
        found = snowballstemmer.stemmer(name)
        setattr(_STEMMERS, name, found)
    return found


@lru_cache(maxsize=100_000)
def stem(word: str, *, language: str) -> str | None:
    """The Snowball stem of a normalised word (in a text of ``language``), or None when there is
    no stemmer for it or the stem is the word itself or shorter than STEM_MIN letters."""
    if is_latin(word):
        found = str(_stemmer("english").stemWord(word))
    elif language == "ar" and _is_arabic_script(word):
        found = normalise(str(_stemmer("arabic").stemWord(word.translate(_TO_ARABIC))))
    else:
        return None
    return found if found != word and len(found) >= STEM_MIN else None


def index_words(
    text: str, *, language: str = "", max_length: int = 200_000, max_words: int = 50_000
) -> list[str]:
    """The words a document is found by: its normalised words, then (each once) the Sorani words
    without their short vowels, the prefix-free forms of Arabic-script words and the Snowball
    stems (see stem()), as one list in which a word may repeat."""
    words = search_terms(text, max_length=max_length, max_terms=max_words)
    bare = list(dict.fromkeys(short_vowel_forms(text[:max_length]).values()))
    unique = list(dict.fromkeys(words + bare))
    prefixless = [s for word in unique if (s := arabic_stem(word))]
    stems = [s for word in unique if (s := stem(word, language=language))]
    return words + bare + prefixless + list(dict.fromkeys(stems))


def is_latin(word: str) -> bool:
    """Latin letters only (after normalisation): the words that typo tolerance applies to."""
    return bool(word) and all(
        (ch.isascii() and ch.isalpha()) or "\u00c0" <= ch <= "\u024f" for ch in word
    )


def deletes(word: str) -> set[str]:
    """The word with one letter left out, each way: two words one edit apart share one of these
    (or one is the other's), which lets a plain index find near words (symmetric deletion)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def within_one_edit(a: str, b: str) -> bool:
    """True when b is a, or a with one letter inserted, left out, replaced, or two neighbours
    swapped (optimal string alignment distance of at most one)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return short in deletes(long)
