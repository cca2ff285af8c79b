"""Keep the public search index (SearchDocument and its spelling tables) in step with what
readers may find: live hub pages, open directory services, stories whose consent for the hub
stands, evidence studies and recommendations, and the action points of the roadmap's current
version.

Hub pages follow Wagtail's publish and unpublish signals; services, stories, studies,
recommendations and the roadmap follow their models' saves and deletes (apps.py), so every
service of the owning apps that writes them, a withdrawal or an adoption included, changes the
index in its own transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator

from wapsi.hub.models import SearchDocument, SearchWord, SearchWordVariant
from wapsi.lib.scripts import deletes, index_words, is_latin

Source = SearchDocument.Source

SUMMARY_MAX = 300
WORD_MAX = 64  # longer "words" (a pasted address, a hash) are cut: nobody types them
TITLE_WORDS_MAX = 100
BODY_WORDS_MAX = 50_000
RECOMMENDATION_TITLE_MAX = 160
SPELLING_MIN = 3  # shorter Latin words get no typo tolerance (see search_query)


@dataclass(frozen=True)
class Document:
    source: str
    object_id: int
    kind: str
    language: str
    title: str
    summary: str
    path: str
    text: str
    group_key: str = ""

    def row(self) -> SearchDocument:
        title_words = index_words(
            self.title, language=self.language, max_length=2000, max_words=TITLE_WORDS_MAX
        )
        body_words = index_words(
            self.text, language=self.language, max_length=400_000, max_words=BODY_WORDS_MAX
        )
        return SearchDocument(
            source=self.source,
            object_id=self.object_id,
            kind=self.kind,
            language=self.language,
            group_key=self.group_key,
            title=self.title[:300],
            summary=self.summary[:SUMMARY_MAX],
            path=self.path[:300],
            title_words=" ".join(w[:WORD_MAX] for w in title_words),
            body_words=" ".join(w[:WORD_MAX] for w in body_words),
        )


def _path(name: str, *args: Any) -> str:
    """A public address without its language prefix (added for the reader's language)."""
    with translation.override("en"):
        url = reverse(name, args=args)
    return url.removeprefix("/en/")


def _chunks(items: list[Any], size: int = 500) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def spelling_remember(words: Iterable[str]) -> int:
    """Add the new Latin-script words to the spelling tables. Returns how many were new."""
    latin = sorted({w for w in words if SPELLING_MIN <= len(w) <= WORD_MAX and is_latin(w)})
    new: list[str] = []
    for chunk in _chunks(latin):
        known = set(SearchWord.objects.filter(word__in=chunk).values_list("word", flat=True))
        new += [w for w in chunk if w not in known]
    if not new:
        return 0
    SearchWord.objects.bulk_create(
        [SearchWord(word=w) for w in new], batch_size=1000, ignore_conflicts=True
    )
    if connection.vendor != "postgresql":  # PostgreSQL finds near words with pg_trgm
        variants = [SearchWordVariant(key=key, word=w) for w in new for key in ({w} | deletes(w))]
        SearchWordVariant.objects.bulk_create(variants, batch_size=2000, ignore_conflicts=True)
    return len(new)


@transaction.atomic
def search_documents_save(documents: list[Document]) -> int:
    """Put documents in the index, replacing the ones they update."""
    rows = [d.row() for d in documents]
    by_source: dict[str, list[int]] = {}
    for d in documents:
        by_source.setdefault(d.source, []).append(d.object_id)
    for source, ids in by_source.items():
        for chunk in _chunks(ids):
            SearchDocument.objects.filter(source=source, object_id__in=chunk).delete()
    SearchDocument.objects.bulk_create(rows, batch_size=500)
    words = {w for row in rows for w in (row.title_words + " " + row.body_words).split()}
    spelling_remember(words)
    return len(rows)


def search_documents_remove(*, source: str, object_ids: Iterable[int]) -> None:
    ids = list(object_ids)
    for chunk in _chunks(ids):
        SearchDocument.objects.filter(source=source, object_id__in=chunk).delete()


# --- hub pages -----------------------------------------------------------------------------------


def _is_hub_page(page: Any) -> bool:
    from wapsi.hub.models import ReviewedPage

    return isinstance(page, ReviewedPage)


def page_document(page: Any) -> Document:
    from wapsi.hub.selectors import KIND

    return Document(
        source=Source.PAGE,
        object_id=page.pk,
        kind=KIND.get(page._meta.model_name, "page"),
        language=page.locale.language_code,
        title=page.title,
        summary=getattr(page, "summary", "") or "",
        path=f"{page.slug}/",
        text=page.search_text(),
        group_key=str(page.translation_key),
    )


@transaction.atomic
def search_index_page(page: Any) -> int:
    """(Re)index one page: a live hub page gets its document, anything else loses it."""
    page = page.specific
    if not (_is_hub_page(page) and page.live):
        search_documents_remove(source=Source.PAGE, object_ids=[page.pk])
        return 0
    return search_documents_save([page_document(page)])


# --- the directory, stories, evidence -------------------------------------------------------------


def service_document(service: Any) -> Document:
    organisation = service.organisation
    return Document(
        source=Source.SERVICE,
        object_id=service.pk,
        kind="service",
        language="en",  # directory text is kept in English
        title=service.name,
        summary=service.description,
        path=_path("help:detail", service.pk),
        text=" ".join(
            p
            for p in [
                service.description,
                organisation.name if organisation else "",
                service.city,
                service.district,
                service.province,
            ]
            if p
        ),
    )


def story_document(story: Any) -> Document:
    return Document(
        source=Source.STORY,
        object_id=story.pk,
        kind="story",
        language=story.language,
        title=story.public_title,
        summary=story.public_text[:SUMMARY_MAX],
        path=_path("voices:detail", story.reference),
        text=" ".join(p for p in [story.public_text, story.public_transcript] if p),
    )


def study_document(study: Any) -> Document:
    return Document(
        source=Source.STUDY,
        object_id=study.pk,
        kind="study",
        language="en",
        title=study.title,
        summary=study.summary,
        path=_path("evidence:study", study.slug),
        text=" ".join(p for p in [study.summary, study.authors, study.publisher] if p),
    )


def recommendation_document(recommendation: Any) -> Document:
    study = recommendation.study
    return Document(
        source=Source.RECOMMENDATION,
        object_id=recommendation.pk,
        kind="recommendation",
        language="en",
        title=Truncator(recommendation.text).chars(RECOMMENDATION_TITLE_MAX),
        summary=study.title if study else "",
        path=f"{_path('evidence:recommendations')}?theme={recommendation.theme}"
        f"#{recommendation.key}",
        text=" ".join(p for p in [recommendation.text, study.title if study else ""] if p),
    )


def action_document(found: Any) -> Document:
    action = found.action
    return Document(
        source=Source.ACTION,
        object_id=action.pk,
        kind="action",
        language=found.language,
        title=action.title,
        summary=action.description,
        path=_path("roadmap:action", action.key),
        text=" ".join(p for p in [action.description, action.responsible, *found.translated] if p),
    )


@transaction.atomic
def search_index_services(pks: Iterable[int]) -> int:
    """(Re)index services: open ones get their document, closed or deleted ones lose it."""
    from wapsi.centres.selectors import services_for_search

    pks = list(pks)
    services = list(services_for_search(pks=pks))
    found = {s.pk for s in services}
    search_documents_remove(source=Source.SERVICE, object_ids=[p for p in pks if p not in found])
    return search_documents_save([service_document(s) for s in services])


@transaction.atomic
def search_index_stories(pks: Iterable[int]) -> int:
    """(Re)index stories: only those whose consent for the hub stands are findable."""
    from wapsi.voices.selectors import stories_for_search

    pks = list(pks)
    stories = list(stories_for_search(pks=pks))
    found = {s.pk for s in stories}
    search_documents_remove(source=Source.STORY, object_ids=[p for p in pks if p not in found])
    return search_documents_save([story_document(s) for s in stories])


@transaction.atomic
def search_index_studies(pks: Iterable[int]) -> int:
    from wapsi.evidence.selectors import studies_for_search

    pks = list(pks)
    studies = list(studies_for_search(pks=pks))
    found = {s.pk for s in studies}
    search_documents_remove(source=Source.STUDY, object_ids=[p for p in pks if p not in found])
    return search_documents_save([study_document(s) for s in studies])


@transaction.atomic
def search_index_recommendations(pks: Iterable[int]) -> int:
    from wapsi.evidence.selectors import recommendations_for_search

    pks = list(pks)
    found = list(recommendations_for_search(pks=pks))
    gone = {r.pk for r in found}
    search_documents_remove(
        source=Source.RECOMMENDATION, object_ids=[p for p in pks if p not in gone]
    )
    return search_documents_save([recommendation_document(r) for r in found])


@transaction.atomic
def search_index_actions() -> int:
    """(Re)index the roadmap's action points: those of each roadmap's current adopted version,
    so an adoption replaces the points of the version before it. A roadmap holds tens of
    points, so all of them are written again."""
    from wapsi.roadmap.selectors import actions_for_search

    SearchDocument.objects.filter(source=Source.ACTION).delete()
    return search_documents_save([action_document(a) for a in actions_for_search()])


@transaction.atomic
def search_rebuild(*, only_if_empty: bool = False) -> dict[str, int] | None:
    """Empty the index and fill it again from everything findable (``manage.py search_rebuild``).
    With ``only_if_empty``, only when it holds no document (returns None when it does)."""
    from wagtail.models import Page

    from wapsi.centres.selectors import services_for_search
    from wapsi.evidence.selectors import recommendations_for_search, studies_for_search
    from wapsi.hub.models import ReviewedPage
    from wapsi.voices.selectors import stories_for_search

    if only_if_empty and SearchDocument.objects.exists():
        return None
    SearchDocument.objects.all().delete()
    SearchWordVariant.objects.all().delete()
    SearchWord.objects.all().delete()
    counts = {"page": 0}
    pages = Page.objects.live().specific().select_related("locale").iterator(chunk_size=500)
    batch: list[Document] = []
    for page in pages:
        if isinstance(page, ReviewedPage):
            batch.append(page_document(page))
        if len(batch) >= 500:
            counts["page"] += search_documents_save(batch)
            batch = []
    counts["page"] += search_documents_save(batch)
    counts["service"] = search_documents_save([service_document(s) for s in services_for_search()])
    counts["story"] = search_documents_save([story_document(s) for s in stories_for_search()])
    counts["study"] = search_documents_save([study_document(s) for s in studies_for_search()])
    counts["recommendation"] = search_documents_save(
        [recommendation_document(r) for r in recommendations_for_search()]
    )
    counts["action"] = search_index_actions()
    return counts


# --- signal receivers (connected in apps.py) -------------------------------------------------------


def on_page_published(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_index_page(instance)


def on_page_unpublished(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_documents_remove(source=Source.PAGE, object_ids=[instance.pk])


def on_page_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_documents_remove(source=Source.PAGE, object_ids=[instance.pk])


def on_service_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_index_services([instance.pk])


def on_organisation_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A centre or provider closed, reopened or renamed: its services follow."""
    from wapsi.centres.selectors import service_pks_of

    search_index_services(service_pks_of(organisation=instance))


def on_service_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_documents_remove(source=Source.SERVICE, object_ids=[instance.pk])


def on_story_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_index_stories([instance.pk])


def on_story_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_documents_remove(source=Source.STORY, object_ids=[instance.pk])


def on_consent_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_index_stories([instance.story_id])


def on_study_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_index_studies([instance.pk])


def on_study_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_documents_remove(source=Source.STUDY, object_ids=[instance.pk])


def on_recommendation_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_index_recommendations([instance.pk])


def on_recommendation_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_documents_remove(source=Source.RECOMMENDATION, object_ids=[instance.pk])


def on_action_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    """Only the current adopted version's points are in the index, so a draft's (an import, a
    proposal being applied) change nothing."""
    from wapsi.roadmap.models import VersionStatus

    if instance.version.status == VersionStatus.ADOPTED:
        search_index_actions()


def on_action_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_documents_remove(source=Source.ACTION, object_ids=[instance.pk])


def on_version_saved(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A version adopted: its points replace the previous version's (drafts change nothing)."""
    from wapsi.roadmap.models import VersionStatus

    if instance.status == VersionStatus.ADOPTED:
        search_index_actions()


def on_version_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_index_actions()


def on_version_translation_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    from wapsi.roadmap.models import VersionStatus

    if instance.version.status == VersionStatus.ADOPTED:
        search_index_actions()
