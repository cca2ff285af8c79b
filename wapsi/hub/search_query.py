"""One search over the index, on the database's own full-text engine.

A reader's words come from wapsi.lib.scripts.search_terms (letters, marks and digits only,
folded like the index). Each word becomes a group of alternatives: the word as a prefix, its
form without an Arabic-script prefix (also as a prefix), and for a Latin-script word that is
not in the index, the indexed words one typo away. Groups are joined with AND, and the engine
ranks every page holding all of them: no per-word cap can drop one.

The engine's query is built from those words only, each quoted ("word"* for FTS5, 'word':*
for tsquery), and passed as a parameter: the reader's quotes, stars, NEAR, AND(, :*, &, ! and
brackets never reach it as syntax.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection

from wapsi.lib.scripts import arabic_stem, deletes, is_latin, stem, within_one_edit

TYPO_MIN = 4  # shorter words have too many neighbours one edit away
TYPO_MAX_WORDS = 5  # corrections kept per query word
PREFIX_MIN = 2  # a single letter is matched as a whole word, not as a prefix
WORD_MAX = 64  # as search_index.WORD_MAX: indexed words are cut there


@dataclass(frozen=True)
class Hit:
    # local, fallback (a page in the default language), or the source: service, story, study,
    # recommendation, action
    group: str
    source: str
    object_id: int
    kind: str
    language: str
    title: str
    summary: str
    path: str


@dataclass(frozen=True)
class Alternative:
    word: str
    prefix: bool


def corrections(terms: list[str]) -> dict[str, list[str]]:
    """Indexed words one edit away from each Latin-script query word that is not itself an
    indexed word. One query for all the words (none when no word qualifies)."""
    latin = [t for t in dict.fromkeys(terms) if len(t) >= TYPO_MIN and is_latin(t)]
    if not latin:
        return {}
    near: dict[str, set[str]] = {t: set() for t in latin}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT t.term, w.word FROM unnest(%s::text[]) AS t(term)"
                " CROSS JOIN LATERAL (SELECT word FROM hub_searchword"
                " WHERE word %% t.term ORDER BY word <-> t.term, word LIMIT 20) AS w",
                [latin],
            )
            for term, word in cursor.fetchall():
                near[term].add(word)
        else:
            keys = {t: {t} | deletes(t) for t in latin}
            wanted = sorted(set().union(*keys.values()))
            marks = ", ".join(["%s"] * len(wanted))
            cursor.execute(
                # Placeholders only: the words are parameters.
                f"SELECT key, word FROM hub_searchwordvariant WHERE key IN ({marks})",  # noqa: S608
                wanted,
            )
            for key, word in cursor.fetchall():
                for term, term_keys in keys.items():
                    if key in term_keys:
                        near[term].add(word)
    found: dict[str, list[str]] = {}
    for term, words in near.items():
        if term in words:
            continue  # a known word: the reader meant it
        close = sorted(
            (w for w in words if within_one_edit(term, w)),
            key=lambda w: (abs(len(w) - len(term)), w),
        )
        if close:
            found[term] = close[:TYPO_MAX_WORDS]
    return found


def alternatives(
    terms: list[str],
    fixes: dict[str, list[str]],
    variants: dict[str, str] | None = None,
    *,
    language: str = "",
) -> list[list[Alternative]]:
    """Per query word, what may stand for it: itself, its form without Sorani short vowels
    (``variants``, from scripts.short_vowel_forms of the raw query), its form without an
    Arabic-script prefix and its typo corrections, each as a prefix (a corrected "contrcat"
    finds "contracts" too), and its Snowball stem in the reader's ``language`` as a whole word
    (the index holds the stems of its words: "returned" finds "returning"). Words are cut like
    the index's (WORD_MAX)."""
    groups = []
    variants = variants or {}
    for term in dict.fromkeys(terms):
        group = [Alternative(term[:WORD_MAX], len(term) >= PREFIX_MIN)]
        forms = [term, variants[term]] if term in variants else [term]
        for form in forms[1:]:
            group.append(Alternative(form[:WORD_MAX], True))
        for form in forms:
            prefixless = arabic_stem(form)
            if prefixless:
                group.append(Alternative(prefixless[:WORD_MAX], True))
        for form in dict.fromkeys(s for f in forms if (s := stem(f, language=language))):
            group.append(Alternative(form[:WORD_MAX], False))
        group += [Alternative(w, True) for w in fixes.get(term, [])]
        groups.append(group)
    return groups


def fts5_match(groups: list[list[Alternative]]) -> str:
    def one(a: Alternative) -> str:
        quoted = '"' + a.word.replace('"', '""') + '"'
        return quoted + "*" if a.prefix else quoted

    return " AND ".join("(" + " OR ".join(one(a) for a in g) + ")" for g in groups)


def tsquery(groups: list[list[Alternative]]) -> str:
    def one(a: Alternative) -> str:
        quoted = "'" + a.word.replace("\\", "\\\\").replace("'", "''") + "'"
        return quoted + ":*" if a.prefix else quoted

    return " & ".join("(" + " | ".join(one(a) for a in g) + ")" for g in groups)


# Where each document goes: a page in the reader's language, a page in the default language
# (kept only when the reader's language has no live translation of it), or its own kind.
_GROUP = (
    "CASE WHEN d.source = 'page' AND d.language = %s THEN 'local'"
    " WHEN d.source = 'page' THEN 'fallback' ELSE d.source END"
)
_FILTER = (
    "(d.source <> 'page' OR d.language = %s OR (d.language = %s AND NOT EXISTS ("
    "SELECT 1 FROM hub_searchdocument t WHERE t.source = 'page' AND t.group_key = d.group_key"
    " AND t.language = %s)))"
)
_COLUMNS = "d.id, d.source, d.object_id, d.kind, d.language, d.title, d.summary, d.path"
_OUTER = (
    "SELECT grp, source, object_id, kind, language, title, summary, path FROM ("
    # Within a kind, items in the reader's language first (stories, actions), then by rank.
    " SELECT m.*, ROW_NUMBER() OVER (PARTITION BY grp"
    " ORDER BY CASE WHEN language = %s THEN 0 ELSE 1 END, score, id) AS rn FROM ({inner}) m"
    ") r WHERE rn <= %s ORDER BY grp, rn"
)


def search_hits(
    *, groups: list[list[Alternative]], language: str, default: str, limit: int
) -> list[Hit]:
    """The best ``limit`` documents of each group holding every word group. One query."""
    if not groups:
        return []
    params: list[str | int]
    if connection.vendor == "postgresql":
        inner = (
            # Constant fragments only; the reader's words are the tsquery parameter.
            f"SELECT {_COLUMNS}, {_GROUP} AS grp, -ts_rank(d.vector, q.query) AS score"  # noqa: S608
            " FROM hub_searchdocument d, (SELECT %s::tsquery AS query) q"
            f" WHERE d.vector @@ q.query AND {_FILTER}"
        )
        params = [language, language, tsquery(groups), language, default, language, limit]
    else:
        inner = (
            # Constant fragments only; the reader's words are the MATCH parameter.
            f"SELECT {_COLUMNS}, {_GROUP} AS grp, hub_search_fts.rank AS score"  # noqa: S608
            " FROM hub_search_fts JOIN hub_searchdocument d ON d.id = hub_search_fts.rowid"
            f" WHERE hub_search_fts MATCH %s AND {_FILTER}"
        )
        params = [language, language, fts5_match(groups), language, default, language, limit]
    with connection.cursor() as cursor:
        cursor.execute(_OUTER.format(inner=inner), params)
        return [Hit(*row) for row in cursor.fetchall()]
