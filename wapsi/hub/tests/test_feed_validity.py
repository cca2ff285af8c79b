"""Every Atom feed, in every language, checked against RFC 4287's essentials by a real checker.

The checker parses the feed (defusedxml: a feed is input to partners' parsers, so it must parse
with a hardened one too) and enforces what the W3C feed validator reports as errors: exactly one
feed id, title and updated; an author on the feed or on every entry; a rel="self" link equal to
the feed's own address; every entry with exactly one id, title, updated and an alternate link;
ids absolute IRIs; updated values RFC 3339 timestamps; no two entries of one feed with one id.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from defusedxml.ElementTree import fromstring
from django.test import Client

from wapsi.lib.languages import CODES

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LANGUAGES = ("en", "ur", "ar", "ckb", "bn", "ps", "fa-af")
FEEDS = (
    "/{lang}/feed.atom",
    "/{lang}/stories/feed.atom",
    "/{lang}/roadmap/feed.atom",
    "/{lang}/evidence/feed.atom",
)

# RFC 3339 section 5.6 date-time (Atom's Date construct, RFC 4287 section 3.3): a "T", seconds,
# and a time-offset; upper case T and Z as RFC 4287 requires.
RFC3339 = re.compile(
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
    r"(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$"
)
# An absolute IRI (RFC 3987): a scheme, a colon, something; no spaces.
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$")


def _one(element: ET.Element, name: str, where: str) -> ET.Element:
    found = element.findall(f"{ATOM}{name}")
    assert len(found) == 1, f"{where}: {len(found)} atom:{name}, RFC 4287 wants exactly one"
    return found[0]


def _text_construct(element: ET.Element, name: str, where: str) -> str:
    found = _one(element, name, where)
    assert found.get("type", "text") in {"text", "html", "xhtml"}, f"{where}: {name} type"
    assert (found.text or "").strip(), f"{where}: atom:{name} is empty"
    return found.text or ""


def _date(element: ET.Element, name: str, where: str) -> str:
    value = (_one(element, name, where).text or "").strip()
    assert RFC3339.match(value), f"{where}: atom:{name} {value!r} is not an RFC 3339 timestamp"
    return value


def _iri(element: ET.Element, where: str) -> str:
    value = (_one(element, "id", where).text or "").strip()
    assert ABSOLUTE_IRI.match(value), f"{where}: atom:id {value!r} is not an absolute IRI"
    return value


def _has_author(element: ET.Element) -> bool:
    return any((a.findtext(f"{ATOM}name") or "").strip() for a in element.findall(f"{ATOM}author"))


def _links(element: ET.Element, rel: str) -> list[ET.Element]:
    return [link for link in element.findall(f"{ATOM}link") if link.get("rel", "alternate") == rel]


def atom_check(body: bytes, *, feed_url: str) -> ET.Element:
    """Check one feed document: its parsed root when valid, an AssertionError naming the first
    error otherwise."""
    root = fromstring(body)
    assert root.tag == f"{ATOM}feed", f"root element {root.tag}, not atom:feed"
    _iri(root, "feed")
    _text_construct(root, "title", "feed")
    _date(root, "updated", "feed")
    selves = _links(root, "self")
    assert len(selves) == 1, "feed: RFC 4287 section 4.1.1 wants one link rel=self"
    assert selves[0].get("href") == feed_url, f"feed: self {selves[0].get('href')} != {feed_url}"
    for link in root.iter(f"{ATOM}link"):
        assert ABSOLUTE_IRI.match(link.get("href") or ""), "a link href is not absolute"
    alternates = _links(root, "alternate")
    pairs = [(a.get("type"), a.get("hreflang")) for a in alternates]
    assert len(pairs) == len(set(pairs)), "feed: two alternate links of one type and hreflang"
    feed_author = _has_author(root)
    ids = []
    for index, entry in enumerate(root.findall(f"{ATOM}entry")):
        where = f"entry {index}"
        ids.append(_iri(entry, where))
        _text_construct(entry, "title", where)
        _date(entry, "updated", where)
        if entry.find(f"{ATOM}published") is not None:
            _date(entry, "published", where)
        assert _links(entry, "alternate"), f"{where}: no alternate link (and no content)"
        assert feed_author or _has_author(entry), f"{where}: no author, none on the feed"
        assert entry.get(XML_LANG), f"{where}: no xml:lang for its content language"
        assert entry.get(XML_LANG) in CODES, f"{where}: xml:lang {entry.get(XML_LANG)}"
    assert len(ids) == len(set(ids)), "two entries of one feed share an id"
    return root


def _feed(client: Client, path: str) -> bytes:
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/atom+xml")
    return response.content


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("template", FEEDS)
def test_every_feed_passes_the_atom_checker_in_every_language(
    demo: object, client: Client, template: str, lang: str
) -> None:
    path = template.format(lang=lang)
    root = atom_check(_feed(client, path), feed_url=f"http://testserver{path}")
    assert root.findall(f"{ATOM}entry"), f"{path} has no entry: the checker would prove nothing"
    assert root.get(XML_LANG) == lang


def _ids_by_title(client: Client, path: str) -> dict[str, str]:
    root = fromstring(_feed(client, path))
    return {
        entry.findtext(f"{ATOM}title") or "": entry.findtext(f"{ATOM}id") or ""
        for entry in root.findall(f"{ATOM}entry")
    }


def test_one_story_has_one_atom_id_in_every_languages_feed(demo: object, client: Client) -> None:
    feeds = {lang: _ids_by_title(client, f"/{lang}/stories/feed.atom") for lang in LANGUAGES}
    assert feeds["en"], "the demo publishes stories to the hub"
    for lang, ids in feeds.items():
        assert ids == feeds["en"], f"story ids in the {lang} feed differ from the English feed"
    assert not any("/en/" in atom_id for atom_id in feeds["en"].values())


def test_a_story_entry_says_the_language_it_is_written_in(demo: object, client: Client) -> None:
    from wapsi.voices.selectors import stories_public

    languages = {s.public_title: s.language for s in stories_public()}
    root = fromstring(_feed(client, "/ar/stories/feed.atom"))
    entries = root.findall(f"{ATOM}entry")
    assert {e.findtext(f"{ATOM}title"): e.get(XML_LANG) for e in entries} == languages
    assert len(set(languages.values())) > 1  # so a feed-wide language could not pass


def test_page_translations_keep_their_own_ids_which_survive_a_new_slug(
    demo: object, client: Client
) -> None:
    from wapsi.hub.models import TopicPage

    english = TopicPage.objects.live().filter(locale__language_code="en").first()
    assert english is not None
    urdu = english.get_translation(english.locale.__class__.objects.get(language_code="ur"))
    before = {lang: _ids_by_title(client, f"/{lang}/feed.atom") for lang in ("en", "ur")}
    english_id, urdu_id = before["en"][english.title], before["ur"][urdu.title]
    # A translation is another document, in another language: its own entry, not a duplicate.
    assert english_id != urdu_id
    english.slug = "renamed-topic"
    english.save_revision().publish()
    assert _ids_by_title(client, "/en/feed.atom")[english.title] == english_id


VALID = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>t</title>
<link href="http://x.test/en/" rel="alternate"/><link href="http://x.test/f" rel="self"/>
<id>urn:uuid:00217b93-4985-4c7f-8d3f-5485411a77bc</id><updated>2026-01-02T03:04:05Z</updated>
<author><name>Wapsi</name></author>
<entry xml:lang="ur"><title>e</title><link href="http://x.test/ur/e/" rel="alternate"/>
<updated>2026-01-02T03:04:05+05:00</updated><id>urn:uuid:1</id></entry></feed>"""


@pytest.mark.parametrize(
    ("broken", "error"),
    [
        (VALID.replace(b"<author><name>Wapsi</name></author>", b""), "no author"),
        (VALID.replace(b"03:04:05+05:00", b"03:04+05:00"), "RFC 3339"),
        (VALID.replace(b"2026-01-02T03:04:05Z", b"Fri, 02 Jan 2026 03:04:05 GMT"), "RFC 3339"),
        (VALID.replace(b"<id>urn:uuid:1</id>", b"<id>/ur/e/</id>"), "absolute IRI"),
        (VALID.replace(b"<id>urn:uuid:1</id>", b""), "atom:id"),
        (VALID.replace(b' rel="self"', b' rel="related"'), "rel=self"),
        (VALID.replace(b"http://x.test/f", b"http://x.test/g"), "self"),
        (VALID.replace(b'<entry xml:lang="ur">', b"<entry>"), "xml:lang"),
        (VALID.replace(b"<title>e</title>", b"<title>e</title><title>f</title>"), "exactly one"),
        (VALID.replace(b"</entry>", b"</entry>" + VALID[VALID.index(b"<entry") :][:-7]), "share"),
    ],
)
def test_the_checker_refuses_what_rfc_4287_forbids(broken: bytes, error: str) -> None:
    assert atom_check(VALID, feed_url="http://x.test/f") is not None
    with pytest.raises(AssertionError, match=error):
        atom_check(broken, feed_url="http://x.test/f")
