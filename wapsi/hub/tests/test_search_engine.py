"""Search on the database's own full-text engine (FTS5 on SQLite, tsvector + pg_trgm on
PostgreSQL): folding in the index and the query, Arabic prefixes, prefixes, one typo, AND over
many pages, every kind of item, hostile input, a fixed number of queries. Runs on whichever
database the suite runs on (PostgreSQL when DATABASE_URL is set)."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wapsi.centres.tests.factories import CentreFactory, ServiceFactory
from wapsi.evidence.tests.factories import StudyFactory
from wapsi.hub.models import SearchDocument, SearchWord, SearchWordVariant
from wapsi.hub.search_index import Document, search_documents_save
from wapsi.hub.selectors import hub_search
from wapsi.hub.tests.factories import home_for, topic, translate
from wapsi.lib import scripts
from wapsi.lib.scripts import arabic_stem, index_words, search_terms, within_one_edit

pytestmark = pytest.mark.django_db

# Every folding pair of scripts.py (variant -> canonical) and a sample of what it drops.
FOLD_PAIRS = sorted(scripts._FOLD.items())
DROPPED = ["\u064e", "\u0651", "\u0670", "\u0640", "\u200c", "\u200d", "\u00ad", "\ufeff"]


def study_doc(object_id: int, text: str, *, title: str = "", language: str = "en") -> Document:
    return Document(
        source=SearchDocument.Source.STUDY,
        object_id=object_id,
        kind="study",
        language=language,
        title=title or f"doc {object_id}",
        summary="",
        path=f"evidence/studies/doc-{object_id}/",
        text=text,
    )


def page_doc(object_id: int, text: str, *, title: str = "", language: str = "en") -> Document:
    return Document(
        source=SearchDocument.Source.PAGE,
        object_id=object_id,
        kind="topic",
        language=language,
        title=title or f"page {object_id}",
        summary="",
        path=f"page-{object_id}/",
        text=text,
        group_key=f"key-{object_id}",
    )


def found(query: str, *, language: str = "en") -> list[str]:
    results = hub_search(query=query, language=language)
    cards = results.local + results.fallback + results.services + results.studies
    return sorted(c.title for c in cards)


def _word(i: int, ch: str) -> str:
    # A word of its own per pair: qaf, the letter, qaf, a number (never a prefix of another).
    return f"ق{ch}ق{i:03d}"


def test_each_folding_pair_matches_in_the_index_and_in_the_query() -> None:
    docs = []
    pairs = [*FOLD_PAIRS, *[(ch, "") for ch in DROPPED]]
    for i, (variant, canonical) in enumerate(pairs):
        docs.append(study_doc(2 * i, _word(i, variant), title=f"variant {i}"))
        docs.append(study_doc(2 * i + 1, _word(500 + i, canonical), title=f"canonical {i}"))
    search_documents_save(docs)
    for i, (variant, canonical) in enumerate(pairs):
        # The index folded the variant: the canonical form finds it...
        assert found(_word(i, canonical)) == [f"variant {i}"], (variant, canonical)
        # ...and the query is folded: the variant finds the canonical form.
        assert found(_word(500 + i, variant)) == [f"canonical {i}"], (variant, canonical)


def test_taa_marbuta_alef_maqsura_and_bengali_forms() -> None:
    search_documents_save(
        [
            study_doc(1, "برنامج العودة الطوعية", title="return"),
            study_doc(2, "مستشفى", title="hospital"),
            study_doc(3, "বাড\u09bcি উত্স", title="bengali"),
        ]
    )
    assert found("عوده") == ["return"]
    assert found("العودة") == ["return"]
    assert found("مستشفي") == ["hospital"]
    assert found("বা\u09dcি উৎস") == ["bengali"]


def test_a_title_match_ranks_above_a_body_only_match() -> None:
    search_documents_save(
        [
            page_doc(1, "visa " * 12 + "rules", title="rules"),
            page_doc(2, "rules of entry", title="visa"),
            page_doc(3, "visa rules", title="other"),
            # Pages without the word: in a corpus where every page holds it, bm25 gives the
            # word no weight at all (its inverse document frequency is floored near zero).
            *[page_doc(10 + i, f"entry rules {i}") for i in range(20)],
        ]
    )
    assert [c.title for c in hub_search(query="visa", language="en").local] == [
        "visa",  # in the title, once
        "rules",  # in the body, twelve times
        "other",  # in the body, once
    ]


# Bengali words whose vowel signs (and a virama, dropped by the folding) sit inside them.
BENGALI = "ভিসা স্বাস্থ্য কেন্দ্রে বিদেশে চাকরি"


def test_bengali_words_with_vowel_signs_stay_whole_in_the_index() -> None:
    search_documents_save([study_doc(1, BENGALI, title="ভিসা"), study_doc(2, "বাসা", title="home")])
    assert found("ভিসা") == ["ভিসা"]
    assert found("ভি") == ["ভিসা"]  # a prefix up to the vowel sign
    # Pieces a vowel sign would leave if it cut the word: "সা" must not match inside "ভিসা".
    assert found("সা") == []
    assert found("চাকরি") == ["ভিসা"]
    if connection.vendor == "postgresql":
        # The tsvector's lexemes are exactly the folded words: the parser split none of them.
        row = SearchDocument.objects.get(object_id=1)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT tsvector_to_array(vector) FROM hub_searchdocument WHERE id = %s", [row.pk]
            )
            lexemes = set(cursor.fetchone()[0])
        assert lexemes == set(f"{row.title_words} {row.body_words}".split())
        assert "ভিসা" in lexemes


def test_sorani_short_vowels_match_the_spelling_without_them_in_the_index_and_the_query() -> None:
    search_documents_save(
        [
            study_doc(1, "عەرەبستانی سعودی", title="ckb"),  # Sorani writes the vowels
            study_doc(2, "متحدہ عرب امارات", title="urdu"),  # Urdu leaves them out
            study_doc(3, "بە کار", title="short"),
        ]
    )
    assert found("سعودی عرب") == ["ckb"]  # index: عەرەبستانی is also known as عربستانی
    assert found("عەرەب") == ["ckb", "urdu"]  # query: عەرەب also asks for عرب
    assert found("عەرەبستانی") == ["ckb"]
    assert found("عهرهب") == ["ckb"]  # ae folds to heh like the other heh forms
    assert found("عرب امارات") == ["urdu"]  # every word is still required
    assert scripts.short_vowel_forms("بە کار") == {}  # too short to lose a letter


def test_arabic_prefixes_are_found_without_and_with_them() -> None:
    search_documents_save(
        [
            study_doc(1, "شبكات المهربين على الحدود", title="smugglers"),
            study_doc(2, "عودة آمنة", title="return"),
            study_doc(3, "خدمات للمهاجرين", title="migrants"),
            study_doc(4, "وظيفة", title="job"),
        ]
    )
    assert found("مهرب") == ["smugglers"]  # prefix of the word without its article
    assert found("المهربين") == ["smugglers"]
    assert found("بالعودة") == ["return"]  # the query's prefix goes too
    assert found("والعوده") == ["return"]
    assert found("مهاجرين") == ["migrants"]  # li- + al- written لل
    assert found("وظیفه") == ["job"]  # a word that merely starts with waw still matches whole
    assert arabic_stem("وقت") is None  # too short to lose a letter
    assert "مهربین" in index_words("المهربين")


def test_light_stemming_in_english_and_arabic_in_the_index_and_the_query() -> None:
    search_documents_save(
        [
            study_doc(1, "Migrants returning from the Gulf", title="english"),
            study_doc(2, "برامج دعم المهاجرين", title="arabic", language="ar"),
            study_doc(3, "مهاجرین کی مدد", title="urdu", language="ur"),
        ]
    )
    # Neither a prefix nor one typo: only the stems (return, مهاجر) join these.
    assert found("returned migrant") == ["english"]
    assert found("RETURNS") == ["english"]
    assert found("مهاجرون", language="ar") == ["arabic"]
    # The Arabic stemmer is for Arabic text only: Urdu words are not cut by it.
    assert scripts.stem("مهاجرین", language="ur") is None
    assert "مهاجر" not in index_words("مهاجرین کی مدد", language="ur")
    assert "مهاجر" in index_words("المهاجرين", language="ar")
    assert scripts.stem("visa", language="en") is None  # a stem equal to the word adds nothing
    assert found("returned", language="ur") == ["english"]  # English stems for every reader


def test_prefix_finds_longer_words_in_every_script() -> None:
    search_documents_save(
        [
            study_doc(1, "Safe migration routes", title="latin"),
            study_doc(2, "ملازمت کے لیے ویزا", title="urdu"),
            study_doc(3, "প্রশিক্ষণ কেন্দ্র", title="bengali"),
        ]
    )
    assert found("migra") == ["latin"]
    assert found("MIGRA") == ["latin"]
    assert found("ویز") == ["urdu"]
    assert found("ويز") == ["urdu"]  # Arabic yeh in the query
    assert found("প্রশি") == ["bengali"]
    assert found("grat") == []  # a prefix, not any substring


def test_one_typo_in_latin_script_is_forgiven() -> None:
    search_documents_save(
        [
            study_doc(1, "Safe migration routes", title="migration"),
            study_doc(2, "Contract checks", title="contract"),
            study_doc(3, "a word of advice", title="word"),
            study_doc(4, "work abroad", title="work"),
        ]
    )
    assert found("migrtion") == ["migration"]  # a letter left out
    assert found("migrattion") == ["migration"]  # one too many
    assert found("migrasion") == ["migration"]  # one replaced
    assert found("imgration") == ["migration"]  # two swapped
    assert found("contarct checks") == ["contract"]
    assert found("mgrtion") == []  # two typos are too many
    assert found("work") == ["work"]  # a word in the index is not "corrected" to a neighbour
    assert within_one_edit("visa", "vias") and not within_one_edit("visa", "avis")


def test_a_page_with_both_words_is_found_among_2000_where_each_word_is_common() -> None:
    filler = " ".join(f"filler{n}" for n in range(30))
    docs = [
        page_doc(
            i,
            f"{'visa ' * 8 if i % 2 else 'contract ' * 8} {filler}",
            title=f"common {i}",
        )
        for i in range(2000)
    ]
    # The only page holding both words, each once, deep in a long text and not in its title.
    docs.append(page_doc(5000, f"{filler} {filler} visa {filler} contract", title="both"))
    search_documents_save(docs)
    with CaptureQueriesContext(connection) as ctx:
        results = hub_search(query="visa contract", language="en")
    assert [c.title for c in results.local] == ["both"]
    assert len(ctx.captured_queries) == 2  # the typo look-up and one search
    # Ranked: the title counts more than the body, and more occurrences more than one.
    search_documents_save([page_doc(6000, "visa", title="visa contract")])
    assert [c.title for c in hub_search(query="visa contract", language="en").local] == [
        "visa contract",
        "both",
    ]
    assert len(hub_search(query="visa", language="en").local) == 20  # a page of the best


def test_services_studies_and_pages_are_found_and_a_withdrawn_story_never() -> None:
    from wapsi.cases.tests.factories import staff
    from wapsi.voices import services as voices
    from wapsi.voices.tests.factories import published_story

    home_for("en")
    ServiceFactory(name="Skills training", description="Welding for returnees")
    closed = ServiceFactory(name="Old welding course", is_active=False)
    study = StudyFactory(title="Welding and reintegration", summary="A survey")
    topic(title="Welding jobs in the Gulf", slug="welding")
    story = published_story(title="My welding shop", text="I opened a welding shop in Lahore.")
    results = hub_search(query="welding", language="ur")
    assert [c.title for c in results.services] == ["Skills training"]
    assert results.services[0].url.startswith("/ur/help/") and results.services[0].is_fallback
    assert [c.title for c in results.studies] == ["Welding and reintegration"]
    assert results.studies[0].url == f"/ur/evidence/studies/{study.slug}/"
    assert [c.title for c in results.fallback] == ["Welding jobs in the Gulf"]
    assert [s.pk for s in results.stories] == [story.pk]
    assert closed.name not in found("welding")

    assert voices.story_withdraw(story=story, actor=staff("counsellor"), via="staff")
    assert hub_search(query="welding", language="ur").stories == []
    assert not SearchDocument.objects.filter(source="story").exists()
    assert hub_search(query="shop Lahore", language="en").count == 0


def test_recommendations_and_the_current_roadmap_actions_are_found_grouped_by_kind() -> None:
    from wapsi.evidence.tests.factories import RecommendationFactory
    from wapsi.roadmap.models import VersionTranslation
    from wapsi.roadmap.tests.factories import ActionFactory, ObjectiveFactory, VersionFactory

    recommendation = RecommendationFactory(text="Train counsellors on remittance advice.")
    v1 = VersionFactory(number=1)
    old = ActionFactory(
        objective=ObjectiveFactory(version=v1), key="remit", title="Remittance desk"
    )
    results = hub_search(query="remittance", language="en")
    assert [c.title for c in results.recommendations] == [recommendation.text]
    assert results.recommendations[0].url == (
        f"/en/evidence/recommendations/?theme={recommendation.theme}#{recommendation.key}"
    )
    assert [c.title for c in results.actions] == ["Remittance desk"]
    assert results.actions[0].url == "/en/roadmap/actions/remit/"
    assert results.local == results.studies == []

    # A draft's points are not what the roadmap says: not found, until the draft is adopted.
    v2 = VersionFactory(number=2, roadmap=v1.roadmap, status="draft", adopted_on=None)
    ActionFactory(objective=ObjectiveFactory(version=v2), key="remit", title="Remittance centre")
    assert [c.title for c in hub_search(query="remittance", language="en").actions] == [
        "Remittance desk"
    ]
    v2.status = "adopted"
    v2.save()
    assert [c.title for c in hub_search(query="remittance", language="en").actions] == [
        "Remittance centre"
    ]
    assert not SearchDocument.objects.filter(source="action", object_id=old.pk).exists()
    # A translation's text finds the point in the reader's language.
    VersionTranslation.objects.create(
        version=v2, language="ur", title="روڈ میپ", actions={"remit": {"title": "ترسیلات زر"}}
    )
    assert [c.title for c in hub_search(query="ترسیلات", language="ur").actions] == [
        "Remittance centre"
    ]
    recommendation.delete()
    assert hub_search(query="counsellors remittance", language="en").count == 0


def test_within_a_kind_items_in_the_readers_language_come_first() -> None:
    from wapsi.voices.tests.factories import published_story

    english = published_story(title="Boat", text="The boat to Greece was overcrowded.")
    urdu = published_story(title="کشتی", text="overcrowded کشتی", language="ur")
    assert [s.pk for s in hub_search(query="overcrowded", language="ur").stories] == [
        urdu.pk,
        english.pk,
    ]
    assert [s.pk for s in hub_search(query="overcrowded", language="en").stories] == [
        english.pk,
        urdu.pk,
    ]


def test_a_closed_centre_takes_its_services_out_of_search() -> None:
    centre = CentreFactory()
    ServiceFactory(centre=centre, provider=None, name="Counselling at the centre")
    assert found("counselling") == ["Counselling at the centre"]
    centre.is_active = False
    centre.save()
    assert found("counselling") == []


def test_a_story_whose_hub_consent_lapsed_is_not_shown_even_before_reindexing() -> None:
    from wapsi.voices.models import Purpose, StoryConsent
    from wapsi.voices.tests.factories import published_story

    story = published_story(title="Boat", text="The boat to Greece was overcrowded.")
    assert [s.pk for s in hub_search(query="overcrowded", language="en").stories] == [story.pk]
    # A change behind the services' back (no save signal): the display check still holds.
    StoryConsent.objects.filter(story=story, purpose=Purpose.HUB).update(granted=False)
    assert hub_search(query="overcrowded", language="en").stories == []


def test_unpublished_and_translated_pages_follow_the_index() -> None:
    home_for("en")
    page = topic(title="Visa scams", slug="scams", text="fraud")
    translate(page, "ur", title="ویزا فراڈ", text="fraud")
    english_only = topic(title="Fraud reporting", slug="report", text="fraud")
    results = hub_search(query="fraud", language="ur")
    assert [c.title for c in results.local] == ["ویزا فراڈ"]
    assert [c.title for c in results.fallback] == [english_only.title]
    english_only.unpublish()
    assert hub_search(query="fraud", language="ur").fallback == []


def test_search_rebuild_fills_the_index_again() -> None:
    home_for("en")
    topic(title="Gulf contracts", slug="gulf")
    ServiceFactory(name="Contract advice")
    SearchDocument.objects.all().delete()
    SearchWord.objects.all().delete()
    SearchWordVariant.objects.all().delete()
    assert found("contract") == []
    call_command("search_rebuild", stdout=io.StringIO())
    assert found("contract") == ["Contract advice", "Gulf contracts"]
    assert found("contrcat") == ["Contract advice", "Gulf contracts"]  # the spelling table too
    # --if-empty (the benchmark's cached databases): a filled index is left alone.
    SearchDocument.objects.filter(source="service").delete()
    out = io.StringIO()
    call_command("search_rebuild", "--if-empty", stdout=out)
    assert "nothing to do" in out.getvalue()
    assert found("contract") == ["Gulf contracts"]


HOSTILE = [
    "x" * 10_000,
    "visa " * 2_000,
    "visa\x00contract",
    "\x00",
    '"visa',
    'visa"',
    '"""',
    "visa*",
    "*",
    "NEAR(visa contract, 2)",
    "visa NEAR contract",
    "AND(",
    "visa AND( contract",
    "visa:*",
    ":*",
    "visa & contract",
    "&",
    "!visa",
    "!",
    "(visa",
    "(",
    ")",
    "-visa",
    "-",
    "visa | contract <-> work",
    "'visa'",
    "\\",
    "visa^2 {a} [b] title_words:visa body_words : x",
    "' OR 1=1 --",
    "%",
    "\u202e\u200f",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_give_a_normal_page(client: Client, query: str) -> None:
    topic(title="Visa help", slug="visa-help", text="visa contract work")
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert b"<h1>" in response.content
    terms = set(search_terms(query))
    if terms and terms <= {"visa", "contract", "work"} and "\x00" not in query:
        assert b"Visa help" in response.content, query  # the words in it are still searched


def test_search_page_runs_the_same_queries_at_10_and_at_2000_items(client: Client) -> None:
    from wapsi.voices.tests.factories import published_story

    topic(title="Visa and work", slug="visa", text="visa work contract")
    ServiceFactory(name="Work visa advice")
    published_story(title="Work", text="Work and visa troubles.")
    search_documents_save([page_doc(10_000 + i, "visa work") for i in range(10)])
    urls = ["/en/search/?q=visa+work", "/ur/search/?q=ویزا", "/en/search/?q=wrok+visas"]
    for url in urls:
        client.get(url)

    def count(url: str) -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    small = {url: count(url) for url in urls}
    search_documents_save([page_doc(20_000 + i, "visa work contract") for i in range(2000)])
    assert {url: count(url) for url in urls} == small
    # The typo look-up, the search and the stories' consent check; the Urdu word needs no
    # look-up and finds no story.
    assert small["/en/search/?q=visa+work"] == 3
    assert small["/ur/search/?q=ویزا"] == 1
