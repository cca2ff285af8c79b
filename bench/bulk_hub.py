"""Create many topic pages fast, for the benchmark and for query-count tests.

Wagtail's add_child() costs ~20 ms a page (tree locking, revisions, index tasks); this writes the
tree rows directly in treebeard's materialised-path format and indexes them in bulk
(wapsi.hub.search_index.search_documents_save, as publishing does one page at a time). Pages made
here are live, have no revisions and are marked in their title as generated.
"""

from __future__ import annotations

import datetime
import random
import uuid
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Page

from wapsi.hub.models import SearchDocument, TopicPage
from wapsi.hub.search_index import Document, search_documents_save

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4

# A small vocabulary per language so generated pages are searchable in every script.
WORDS = {
    "en": [
        "visa",
        "contract",
        "work",
        "gulf",
        "return",
        "family",
        "safe",
        "legal",
        "risk",
        "help",
        "centre",
        "training",
        "job",
    ],
    "ur": [
        "ویزا",
        "معاہدہ",
        "کام",
        "خلیج",
        "واپسی",
        "خاندان",
        "محفوظ",
        "قانونی",
        "خطرہ",
        "مدد",
        "مرکز",
        "تربیت",
        "ملازمت",
    ],
    "ar": [
        "تأشيرة",
        "عقد",
        "عمل",
        "الخليج",
        "عودة",
        "أسرة",
        "آمن",
        "قانوني",
        "خطر",
        "مساعدة",
        "مركز",
        "تدريب",
        "وظيفة",
    ],
    "ckb": [
        "ڤیزا",
        "گرێبەست",
        "کار",
        "کەنداو",
        "گەڕانەوە",
        "خێزان",
        "سەلامەت",
        "یاسایی",
        "مەترسی",
        "یارمەتی",
        "ناوەند",
        "ڕاهێنان",
    ],
    "bn": [
        "ভিসা",
        "চুক্তি",
        "কাজ",
        "উপসাগর",
        "প্রত্যাবর্তন",
        "পরিবার",
        "নিরাপদ",
        "আইনি",
        "ঝুঁকি",
        "সাহায্য",
        "কেন্দ্র",
        "প্রশিক্ষণ",
        "চাকরি",
    ],
    "ps": [
        "ویزه",
        "تړون",
        "کار",
        "خلیج",
        "راستنېدل",
        "کورنۍ",
        "خوندي",
        "قانوني",
        "خطر",
        "مرسته",
        "مرکز",
        "روزنه",
        "دنده",
    ],
    "fa-af": [
        "ویزه",
        "قرارداد",
        "کار",
        "خلیج",
        "بازگشت",
        "خانواده",
        "مصون",
        "قانونی",
        "خطر",
        "کمک",
        "مرکز",
        "آموزش",
        "وظیفه",
    ],
}


def _step(n: int) -> str:
    digits = ""
    while True:
        n, r = divmod(n, 36)
        digits = ALPHABET[r] + digits
        if n == 0:
            break
    return digits.rjust(STEPLEN, "0")


def _next_index(parent: Page) -> int:
    children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
    last = children.order_by("-path").values_list("path", flat=True).first()
    if last is None:
        return 1
    return int(last[-STEPLEN:], 36) + 1


@transaction.atomic
def topics_bulk_create(*, home: Page, count: int, seed: int = 1, index: bool = True) -> int:
    """Add `count` live topic pages under `home`, in home's language. Returns the number made."""
    rng = random.Random(seed)
    words = WORDS.get(home.locale.language_code, WORDS["en"])
    content_type = ContentType.objects.get_for_model(TopicPage)
    start = _next_index(home)
    now = datetime.datetime.now(tz=datetime.UTC)
    pages = []
    for i in range(count):
        title = " ".join(rng.sample(words, 4)) + f" #{start + i}"
        pages.append(
            Page(
                path=home.path + _step(start + i),
                depth=home.depth + 1,
                numchild=0,
                title=title,
                draft_title=title,
                slug=f"generated-{start + i}",
                content_type=content_type,
                live=True,
                has_unpublished_changes=False,
                url_path=f"{home.url_path}generated-{start + i}/",
                locale_id=home.locale_id,
                translation_key=uuid.uuid4(),
                first_published_at=now,
                last_published_at=now,
            )
        )
    Page.objects.bulk_create(pages, batch_size=1000)
    ids = dict(Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk"))
    today = datetime.date.today()
    rows: list[tuple[Any, ...]] = []
    texts: dict[int, str] = {}
    language = home.locale.language_code
    for page in pages:
        text = " ".join(rng.choices(words, k=40))
        texts[ids[page.path]] = text
        body = f'[{{"type": "section", "value": {{"heading": "{words[0]}", "text": "<p>{text}</p>"}}, "id": "{uuid.uuid4()}"}}]'
        rows.append((ids[page.path], text[:200], today, 180, False, body))
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO hub_topicpage (page_ptr_id, summary, last_reviewed, review_interval_days, needs_native_review, body)"
            " VALUES (%s, %s, %s, %s, %s, %s)",
            rows,
        )
    # Not home.get_children(): treebeard answers "no children" from the stale numchild first.
    children = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).count()
    Page.objects.filter(pk=home.pk).update(numchild=children)
    home.numchild = children
    if index:
        search_documents_save(
            [
                Document(
                    source=SearchDocument.Source.PAGE,
                    object_id=ids[page.path],
                    kind="topic",
                    language=language,
                    title=page.title,
                    summary=texts[ids[page.path]][:200],
                    path=f"{page.slug}/",
                    text=f"{texts[ids[page.path]][:200]} {words[0]} {texts[ids[page.path]]}",  # search_text()
                    group_key=str(page.translation_key),
                )
                for page in pages
            ]
        )
    return count
