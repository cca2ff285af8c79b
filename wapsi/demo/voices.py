"""Demo returnee stories: a dozen illustrative testimonies covering the consent combinations.

Every story here is invented for demonstration and flagged is_illustrative (the pages say so).
They go through the real services: intake, suggested redactions, review, two-person publication.
Some stay in the moderation queue so the moderator screens have work to show.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import translation

from wapsi.accounts.models import User
from wapsi.voices import services
from wapsi.voices.models import Purpose, Route, Story, Theme
from wapsi.voices.services import StoryInput
from wapsi.voices.terms import terms_ensure

Y, N = True, False
HUB_ONLY = {"hub": Y, "campaigns": N, "partners": N, "voice_face": N, "first_name": N}
EVERYWHERE = {"hub": Y, "campaigns": Y, "partners": Y, "voice_face": Y, "first_name": Y}

STORIES: list[dict[str, Any]] = [
    {
        "key": "demo-story-01",
        "language": "en",
        "country": "PK",
        "route": "balkans",
        "themes": ["journey", "smugglers-debt"],
        "first_name": "Bilal",
        "consents": EVERYWHERE,
        "title": "The agent's promise",
        "text": "An agent in Kharian promised me a job in Italy for 8,000 euros. My family sold "
        "land. We walked through the mountains for weeks and I was sent back from the border "
        "three times. Ask at the Migrant Resource Centre about legal work first. You can call "
        "me, Bilal, on 0300 1234567 if you want to know more.",
    },
    {
        "key": "demo-story-02",
        "language": "ur",
        "country": "PK",
        "route": "eastern-mediterranean",
        "themes": ["detention", "deportation"],
        "consents": HUB_ONLY,
        "title": "یونان میں حراست",
        "text": "میں دو سال یونان میں رہا، کئی مہینے حراستی مرکز میں گزارے اور پھر واپس بھیج دیا گیا۔ "
        "قرض اب بھی باقی ہے۔ جانے سے پہلے قانونی راستوں کے بارے میں پوچھیں۔",
    },
    {
        "key": "demo-story-03",
        "language": "ar",
        "country": "IQ",
        "route": "belarus",
        "themes": ["journey", "life-after-return"],
        "consents": {"hub": Y, "campaigns": Y, "partners": N, "voice_face": N, "first_name": N},
        "title": "الغابة على حدود بيلاروسيا",
        "text": "سمعنا في مجموعات تيليغرام أن الحدود مفتوحة. بقينا في الغابة أياماً في البرد. "
        "عدت إلى بغداد وبدأت عملاً صغيراً بمساعدة مركز الموارد.",
    },
    {
        "key": "demo-story-04",
        "language": "ckb",
        "country": "IQ",
        "route": "belarus",
        "themes": ["stigma", "reintegration"],
        "consents": {"hub": Y, "campaigns": N, "partners": Y, "voice_face": N, "first_name": N},
        "title": "گەڕانەوە بۆ ڕانیە",
        "text": "کاتێک گەڕامەوە، خەڵک دەیانگوت شکستم هێناوە. ئێستا لە کارگەیەکدا کار دەکەم و "
        "بە گەنجەکان دەڵێم پێش ڕۆیشتن پرسیار بکەن.",
    },
    {
        "key": "demo-story-05",
        "language": "bn",
        "country": "BD",
        "route": "gulf-labour",
        "themes": ["smugglers-debt", "legal-alternatives"],
        "first_name": "Sumon",
        "consents": EVERYWHERE,
        "title": "দালালের ভিসা",
        "text": "দালাল বলেছিল ভালো বেতনের কাজ আছে। গিয়ে দেখি কোনো চুক্তি নেই। এখন আমি অন্যদের বলি, "
        "বিদেশে যাওয়ার আগে সরকারি অফিসে চুক্তি যাচাই করুন।",
    },
    {
        "key": "demo-story-06",
        "language": "ps",
        "country": "AF",
        "route": "balkans",
        "themes": ["journey", "deportation"],
        "consents": HUB_ONLY,
        "title": "د بالکان لاره",
        "text": "موږ په پښو له غرونو تېر شوو. ډېر ملګري مې ټپیان شول. بېرته راغلم او اوس د "
        "خپل کلي ځوانانو ته وایم چې د قانوني لارو په اړه پوښتنه وکړي.",
    },
    {
        "key": "demo-story-07",
        "language": "fa-af",
        "country": "AF",
        "route": "eastern-mediterranean",
        "themes": ["life-after-return", "reintegration"],
        "consents": {"hub": Y, "campaigns": Y, "partners": Y, "voice_face": N, "first_name": N},
        "title": "بازگشت و شروع دوباره",
        "text": "پس از بازگشت، با کمک یک برنامه آموزش حرفه‌ای خیاطی یاد گرفتم. سخت بود، اما حالا "
        "درآمد دارم و خانواده‌ام کنارم است.",
    },
    {
        "key": "demo-story-08",
        "language": "en",
        "country": "BD",
        "route": "central-mediterranean",
        "themes": ["detention", "stigma"],
        "consents": {"hub": N, "campaigns": Y, "partners": N, "voice_face": N, "first_name": N},
        "title": "What the boat cost us",
        "text": "Only for campaigns: I do not want this on a website. The crossing from Libya "
        "took everything my family had. When I came back, people said I had failed.",
    },
    {
        "key": "demo-story-09",
        "language": "ur",
        "country": "PK",
        "route": "gulf-labour",
        "themes": ["legal-alternatives"],
        "consents": {"hub": Y, "campaigns": Y, "partners": Y, "voice_face": Y, "first_name": N},
        "title": "قانونی راستہ",
        "text": "میں نے بیورو سے رجسٹرڈ ایجنٹ کے ذریعے سعودی عرب میں کام لیا۔ معاہدہ پہلے سے "
        "پڑھ لیا تھا۔ فرق صاف ہے: حقوق اور تحفظ۔",
    },
    # Still with the moderators: the queue has work to show.
    {
        "key": "demo-story-10",
        "language": "ar",
        "country": "IQ",
        "route": "",
        "themes": [],
        "consents": HUB_ONLY,
        "stage": "submitted",
        "title": "قصتي",
        "text": "اسمي أحمد، رقمي 0770 123 4567. أريد أن أحكي عن رحلتي من الكرادة.",
    },
    {
        "key": "demo-story-11",
        "language": "bn",
        "country": "BD",
        "route": "gulf-labour",
        "themes": ["journey"],
        "consents": EVERYWHERE,
        "first_name": "Nasrin",
        "stage": "in_review",
        "title": "ফিরে আসা",
        "text": "আমি বিয়ানীবাজার থেকে গিয়েছিলাম। নাসরিন আমার নাম। ফোন ০১৭১২-৩৪৫৬৭৮।",
    },
    {
        "key": "demo-story-12",
        "language": "en",
        "country": "PK",
        "route": "balkans",
        "themes": ["reintegration"],
        "consents": HUB_ONLY,
        "stage": "approved",
        "title": "Starting a shop in Daska",
        "text": "With a small grant and a business course I opened a mobile phone shop in Daska.",
    },
]


def _data(row: dict[str, Any]) -> StoryInput:
    routes = {r.slug: r.pk for r in Route.objects.all()}
    themes = {t.slug: t.pk for t in Theme.objects.all()}
    return StoryInput(
        language=row["language"],
        country=row["country"],
        title=row["title"],
        text=row["text"],
        route_id=routes.get(row["route"]),
        theme_ids=[themes[t] for t in row["themes"]],
        first_name=row.get("first_name", ""),
        consents={p: row["consents"][p] for p in Purpose.values},
    )


def _moderate(story: Story, stage: str, redactor: User, publisher: User) -> None:
    if stage == "submitted":
        return
    story = services.story_review_start(actor=redactor, story=story)
    if stage == "in_review":
        return
    preview = services.redaction_preview(story)
    story = services.story_redact(
        actor=redactor, story=story, public_title=preview["title"], public_text=preview["text"]
    )
    story = services.story_approve(actor=redactor, story=story)
    if stage == "approved":
        return
    story = Story.objects.prefetch_related("consents").get(pk=story.pk)
    services.story_publish(actor=publisher, story=story)


@transaction.atomic
def load_voices() -> None:
    """Idempotent: a story already loaded (by its reference) is left as it is."""
    terms_ensure()
    redactor = User.objects.get(username="testimony_moderator")
    publisher = User.objects.get(username="administrator")
    existing = set(Story.objects.values_list("reference", flat=True))
    for row in STORIES:
        if row["key"] in existing:
            continue
        with translation.override(row["language"]):
            story, _code = services.story_submit(data=_data(row))
        Story.objects.filter(pk=story.pk).update(reference=row["key"], is_illustrative=True)
        story.refresh_from_db()
        _moderate(story, row.get("stage", "published"), redactor, publisher)
