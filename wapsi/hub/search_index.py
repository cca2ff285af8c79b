"""Keep the public search index (SearchTerm) in step with live hub pages."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.db import transaction

from wapsi.hub.models import SearchTerm
from wapsi.lib.scripts import search_terms

TITLE_WEIGHT = 5
MAX_TERMS_PER_PAGE = 2000


def page_terms(*, title: str, text: str) -> dict[str, int]:
    """Normalised words of a page with their weight: title words count more."""
    weights: Counter[str] = Counter()
    for word in search_terms(title, max_length=1000, max_terms=100):
        weights[word[:64]] += TITLE_WEIGHT
    for word in search_terms(text, max_length=200_000, max_terms=50_000):
        weights[word[:64]] += 1
    return dict(weights.most_common(MAX_TERMS_PER_PAGE))


def _is_hub_page(page: Any) -> bool:
    from wapsi.hub.models import ReviewedPage

    return isinstance(page, ReviewedPage)


@transaction.atomic
def search_index_page(page: Any) -> int:
    """(Re)index one page: live hub pages get rows, anything else loses them."""
    page = page.specific
    SearchTerm.objects.filter(page_id=page.pk).delete()
    if not (_is_hub_page(page) and page.live):
        return 0
    terms = page_terms(title=page.title, text=page.search_text())
    language = page.locale.language_code
    rows = [
        SearchTerm(page_id=page.pk, language=language, term=t, weight=min(w, 32767))
        for t, w in terms.items()
    ]
    SearchTerm.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def search_index_remove(page_id: int) -> None:
    SearchTerm.objects.filter(page_id=page_id).delete()


def on_page_published(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_index_page(instance)


def on_page_unpublished(sender: Any, instance: Any, **kwargs: Any) -> None:
    search_index_remove(instance.pk)
