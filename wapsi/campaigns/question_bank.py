"""A question bank for migration-information campaigns, in Wapsi's seven languages.

The four themes are the outcomes that evaluations of migration-information campaigns
measure with before/after surveys (DOMAIN.md §4: the IOM 2018 systematic review, the
Migrants-as-Messengers trial in Senegal, CinemArena in Guinea): knowledge of legal pathways,
perceived risk of irregular routes, intention to migrate irregularly, and trust in sources
(returnees, family, agents, social media, the MRC, government), the mechanism those studies
point to. The wording is Wapsi's own; no question is copied from a published instrument, and
no figure is stated as fact.

Translations: English is the source. Every other language is a draft made for this bank and
must be reviewed by a native speaker before field use (`DRAFT_LANGUAGES`,
`NEEDS_NATIVE_REVIEW`); the campaigns screens show that flag next to each questionnaire
built from the bank.

Each `BankQuestion` carries, for the effect statistics, the answers that count as the
outcome when the question is analysed as a proportion (`outcome`, e.g. "yes" to "Do you know
the steps to get a work visa?") and the scores of an ordered scale when it is analysed as a
mean (`scores`, 1 to 5; "don't know" is left out of both).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from wapsi.campaigns.xlsform import Choice, Question, Questionnaire

LANGUAGES = ["en", "ur", "ar", "ckb", "bn", "ps", "fa-af"]
#: Languages whose texts are drafts awaiting a native speaker's review.
DRAFT_LANGUAGES = frozenset({"ur", "ar", "ckb", "bn", "ps", "fa-af"})
NEEDS_NATIVE_REVIEW = True

THEMES = {
    "knowledge": "Knowledge of legal pathways",
    "risk": "Perceived risk of irregular routes",
    "intention": "Intention to migrate irregularly",
    "trust": "Trust in sources of information",
}


def _t(en: str, ur: str, ar: str, ckb: str, bn: str, ps: str, fa_af: str) -> dict[str, str]:
    return {"en": en, "ur": ur, "ar": ar, "ckb": ckb, "bn": bn, "ps": ps, "fa-af": fa_af}


def _choices(*items: tuple[str, dict[str, str]]) -> list[Choice]:
    return [Choice(name, labels) for name, labels in items]


# --- answer scales --------------------------------------------------------------------

YES = ("yes", _t("Yes", "ہاں", "نعم", "بەڵێ", "হ্যাঁ", "هو", "بلی"))
NO = ("no", _t("No", "نہیں", "لا", "نەخێر", "না", "نه", "نخیر"))
DONT_KNOW = (
    "dont_know",
    _t("Don't know", "معلوم نہیں", "لا أعرف", "نازانم", "জানি না", "نه پوهېږم", "نمی‌دانم"),
)
YES_NO_DONT_KNOW = _choices(YES, NO, DONT_KNOW)

TRUE_FALSE_DONT_KNOW = _choices(
    ("true", _t("True", "درست", "صحيح", "ڕاستە", "সত্য", "سمه ده", "درست است")),
    ("false", _t("False", "غلط", "خطأ", "هەڵەیە", "মিথ্যা", "غلطه ده", "نادرست است")),
    DONT_KNOW,
)

YES_NO_PREFER_NOT = _choices(
    YES,
    NO,
    (
        "prefer_not_to_say",
        _t(
            "Prefer not to say",
            "جواب نہیں دینا چاہتے",
            "أفضّل عدم الإجابة",
            "حەز ناکەم بڵێم",
            "বলতে চাই না",
            "نه غواړم ووایم",
            "نمی‌خواهم بگویم",
        ),
    ),
)

AGREEMENT = _choices(
    ("strongly_disagree", _t("Strongly disagree", "بالکل متفق نہیں", "أعارض بشدة", "زۆر ناڕازیم", "সম্পূর্ণ অসম্মত", "په کلکه مخالف یم", "کاملاً مخالفم")),
    ("disagree", _t("Disagree", "متفق نہیں", "أعارض", "ناڕازیم", "অসম্মত", "مخالف یم", "مخالفم")),
    ("neutral", _t("Neither agree nor disagree", "نہ متفق نہ غیر متفق", "لا أوافق ولا أعارض", "نە ڕازیم نە ناڕازی", "একমতও নই, অসম্মতও নই", "نه موافق یم نه مخالف", "نه موافقم نه مخالف")),
    ("agree", _t("Agree", "متفق", "أوافق", "ڕازیم", "একমত", "موافق یم", "موافقم")),
    ("strongly_agree", _t("Strongly agree", "بالکل متفق", "أوافق بشدة", "زۆر ڕازیم", "সম্পূর্ণ একমত", "په کلکه موافق یم", "کاملاً موافقم")),
)  # fmt: skip

INFORMED = _choices(
    ("not_at_all", _t("Not at all informed", "بالکل معلومات نہیں", "غير مطّلع إطلاقًا", "هیچ ئاگادار نیم", "একেবারেই জানি না", "هیڅ خبر نه یم", "اصلاً آگاه نیستم")),
    ("slightly", _t("Slightly informed", "تھوڑی معلومات", "مطّلع قليلًا", "کەمێک ئاگادارم", "সামান্য জানি", "لږ خبر یم", "کمی آگاهم")),
    ("moderately", _t("Moderately informed", "کچھ حد تک معلومات", "مطّلع إلى حدّ ما", "تا ڕادەیەک ئاگادارم", "মোটামুটি জানি", "تر یوه حده خبر یم", "تا اندازه‌ای آگاهم")),
    ("well", _t("Well informed", "اچھی معلومات", "مطّلع جيدًا", "باش ئاگادارم", "ভালো জানি", "ښه خبر یم", "خوب آگاهم")),
    ("very_well", _t("Very well informed", "بہت اچھی معلومات", "مطّلع جيدًا جدًا", "زۆر باش ئاگادارم", "খুব ভালো জানি", "ډېر ښه خبر یم", "بسیار خوب آگاهم")),
)  # fmt: skip

RISK = _choices(
    ("very_low", _t("Very low", "بہت کم", "منخفض جدًا", "زۆر کەم", "খুব কম", "ډېر لږ", "بسیار کم")),
    ("low", _t("Low", "کم", "منخفض", "کەم", "কম", "لږ", "کم")),
    ("medium", _t("Medium", "درمیانہ", "متوسط", "مامناوەند", "মাঝারি", "منځنی", "متوسط")),
    ("high", _t("High", "زیادہ", "مرتفع", "زۆر", "বেশি", "زیات", "زیاد")),
    ("very_high", _t("Very high", "بہت زیادہ", "مرتفع جدًا", "زۆر زۆر", "খুব বেশি", "ډېر زیات", "بسیار زیاد")),
)  # fmt: skip

LIKELIHOOD = _choices(
    ("very_unlikely", _t("Very unlikely", "بہت کم امکان", "مستبعد جدًا", "ئەگەری زۆر کەمە", "সম্ভাবনা একেবারেই নেই", "ډېر لږ احتمال", "بسیار بعید")),
    ("unlikely", _t("Unlikely", "کم امکان", "مستبعد", "ئەگەری کەمە", "সম্ভাবনা কম", "لږ احتمال", "بعید")),
    ("unsure", _t("Not sure", "یقین نہیں", "غير متأكد", "دڵنیا نیم", "নিশ্চিত নই", "ډاډه نه یم", "مطمئن نیستم")),
    ("likely", _t("Likely", "امکان ہے", "مرجّح", "ئەگەری هەیە", "সম্ভাবনা আছে", "احتمال لري", "احتمال دارد")),
    ("very_likely", _t("Very likely", "بہت امکان ہے", "مرجّح جدًا", "ئەگەری زۆرە", "সম্ভাবনা খুব বেশি", "ډېر احتمال لري", "احتمال زیاد دارد")),
)  # fmt: skip

TRUST = _choices(
    ("not_at_all", _t("Not at all", "بالکل نہیں", "لا أثق إطلاقًا", "هیچ متمانەم نییە", "একেবারেই না", "هیڅ باور نه لرم", "اصلاً اعتماد ندارم")),
    ("a_little", _t("A little", "تھوڑا", "قليلًا", "کەمێک", "একটু", "لږ", "کمی")),
    ("somewhat", _t("Somewhat", "کچھ حد تک", "إلى حدّ ما", "تا ڕادەیەک", "কিছুটা", "تر یوه حده", "تا اندازه‌ای")),
    ("mostly", _t("Mostly", "زیادہ تر", "في الغالب", "زۆربەی کات", "বেশিরভাগ", "زیاتره", "بیشتر")),
    ("completely", _t("Completely", "مکمل طور پر", "تمامًا", "بە تەواوی", "সম্পূর্ণভাবে", "بشپړ", "کاملاً")),
)  # fmt: skip

SOURCES = _choices(
    ("returnees", _t("People who came back from abroad", "بیرون ملک سے واپس آنے والے لوگ", "أشخاص عادوا من الخارج", "ئەو کەسانەی لە دەرەوە گەڕاونەتەوە", "বিদেশ থেকে ফিরে আসা মানুষ", "هغه کسان چې له بهر څخه راستانه شوي", "کسانی که از خارج برگشته‌اند")),
    ("family", _t("Family and friends", "خاندان اور دوست", "العائلة والأصدقاء", "خێزان و هاوڕێیان", "পরিবার ও বন্ধুরা", "کورنۍ او ملګري", "خانواده و دوستان")),
    ("agents", _t("Agents or brokers", "ایجنٹ یا دلال", "الوكلاء أو السماسرة", "بریکار یان دەلاڵ", "দালাল বা এজেন্ট", "اجنټان یا دلالان", "ایجنت‌ها یا دلال‌ها")),
    ("social_media", _t("Social media", "سوشل میڈیا", "وسائل التواصل الاجتماعي", "تۆڕە کۆمەڵایەتییەکان", "সামাজিক মাধ্যম", "ټولنیزې رسنۍ", "رسانه‌های اجتماعی")),
    ("mrc", _t("Migrant Resource Centre", "مائیگرنٹ ریسورس سینٹر", "مركز موارد المهاجرين", "سەنتەری سەرچاوەکانی کۆچبەران", "মাইগ্রান্ট রিসোর্স সেন্টার", "د کډوالو د سرچینو مرکز", "مرکز منابع مهاجرین")),
    ("government", _t("Government offices", "سرکاری دفاتر", "المكاتب الحكومية", "فەرمانگە حکومییەکان", "সরকারি দপ্তর", "دولتي دفترونه", "ادارات دولتی")),
    ("other", _t("Other", "دیگر", "أخرى", "هی تر", "অন্যান্য", "نور", "دیگر")),
)  # fmt: skip


def _scores(choices: list[Choice]) -> dict[str, int]:
    return {choice.name: i for i, choice in enumerate(choices, start=1)}


@dataclass(frozen=True)
class BankQuestion:
    theme: str
    question: Question
    #: Answers counted as the outcome when the question is analysed as a proportion.
    outcome: frozenset[str] = field(default_factory=frozenset)
    #: Scores of an ordered scale (1 to 5) when it is analysed as a mean.
    scores: dict[str, int] | None = None


def _q(
    theme: str, name: str, kind: str, labels: dict[str, str], choices: list[Choice],
    outcome: set[str], ordered: bool = False,
) -> BankQuestion:  # fmt: skip
    question = Question(name, kind, labels, choices, required=True, group=theme)  # type: ignore[arg-type]
    return BankQuestion(theme, question, frozenset(outcome), _scores(choices) if ordered else None)


BANK: list[BankQuestion] = [
    # Knowledge of legal pathways
    _q("knowledge", "informed_legal", "select_one", _t(
        "How well informed do you feel about the legal ways to go abroad for work or study?",
        "بیرون ملک کام یا تعلیم کے لیے جانے کے قانونی طریقوں کے بارے میں آپ خود کو کتنا باخبر سمجھتے ہیں؟",
        "إلى أي مدى تشعر بأنك مطّلع على الطرق القانونية للسفر إلى الخارج للعمل أو الدراسة؟",
        "چەندە هەست دەکەیت ئاگاداری ڕێگا یاساییەکانی چوونە دەرەوەیت بۆ کار یان خوێندن؟",
        "কাজ বা পড়াশোনার জন্য বিদেশে যাওয়ার বৈধ উপায় সম্পর্কে আপনি নিজেকে কতটা অবগত মনে করেন?",
        "د کار یا زده کړې لپاره بهر ته د تګ د قانوني لارو په اړه ځان څومره خبر ګڼئ؟",
        "خود را در مورد راه‌های قانونی رفتن به خارج برای کار یا تحصیل چقدر آگاه می‌دانید؟",
    ), INFORMED, {"well", "very_well"}, ordered=True),
    _q("knowledge", "know_visa_steps", "select_one", _t(
        "Do you know the steps to get a work visa for a job abroad?",
        "کیا آپ بیرون ملک نوکری کے لیے ورک ویزا حاصل کرنے کے مراحل جانتے ہیں؟",
        "هل تعرف خطوات الحصول على تأشيرة عمل لوظيفة في الخارج؟",
        "ئایا هەنگاوەکانی وەرگرتنی ڤیزای کار بۆ کارێک لە دەرەوە دەزانیت؟",
        "বিদেশে চাকরির জন্য ওয়ার্ক ভিসা পাওয়ার ধাপগুলো কি আপনি জানেন?",
        "آیا تاسو په بهر کې د دندې لپاره د کار ویزې د ترلاسه کولو ګامونه پېژنئ؟",
        "آیا مراحل گرفتن ویزای کار برای یک وظیفه در خارج را می‌دانید؟",
    ), YES_NO_DONT_KNOW, {"yes"}),
    _q("knowledge", "know_mrc", "select_one", _t(
        "Have you heard of the Migrant Resource Centre, which advises people who want to go abroad?",
        "کیا آپ نے مائیگرنٹ ریسورس سینٹر کے بارے میں سنا ہے، جو بیرون ملک جانے کے خواہشمند لوگوں کو مشورہ دیتا ہے؟",
        "هل سمعت عن مركز موارد المهاجرين الذي يقدّم المشورة لمن يرغبون في السفر إلى الخارج؟",
        "ئایا گوێت لە سەنتەری سەرچاوەکانی کۆچبەران بووە، کە ئامۆژگاری ئەو کەسانە دەکات کە دەیانەوێت بچنە دەرەوە؟",
        "যাঁরা বিদেশে যেতে চান তাঁদের পরামর্শ দেয় এমন মাইগ্রান্ট রিসোর্স সেন্টারের কথা কি আপনি শুনেছেন?",
        "آیا تاسو د کډوالو د سرچینو مرکز په اړه اورېدلي، چې بهر ته د تلو لېوالو خلکو ته مشوره ورکوي؟",
        "آیا در مورد مرکز منابع مهاجرین که به کسانی که می‌خواهند به خارج بروند مشوره می‌دهد، شنیده‌اید؟",
    ), YES_NO_DONT_KNOW, {"yes"}),
    _q("knowledge", "stay_without_visa", "select_one", _t(
        "True or false: anyone who reaches Europe without a visa is allowed to stay there.",
        "درست یا غلط: جو بھی بغیر ویزا کے یورپ پہنچ جائے اسے وہاں رہنے کی اجازت مل جاتی ہے۔",
        "صحيح أم خطأ: كل من يصل إلى أوروبا دون تأشيرة يُسمح له بالبقاء فيها.",
        "ڕاست یان هەڵە: هەر کەسێک بەبێ ڤیزا بگاتە ئەوروپا ڕێگەی پێدەدرێت لەوێ بمێنێتەوە.",
        "সত্য না মিথ্যা: ভিসা ছাড়া যে কেউ ইউরোপে পৌঁছালে তাকে সেখানে থাকতে দেওয়া হয়।",
        "سمه ده که غلطه: هر څوک چې له ویزې پرته اروپا ته ورسېږي، هلته د پاتې کېدو اجازه ورکول کېږي.",
        "درست یا نادرست: هر کسی که بدون ویزا به اروپا برسد، اجازه دارد آنجا بماند.",
    ), TRUE_FALSE_DONT_KNOW, {"false"}),
    # Perceived risk of irregular routes
    _q("risk", "risk_journey", "select_one", _t(
        "How risky do you think it is to travel to Europe without a visa?",
        "آپ کے خیال میں بغیر ویزا کے یورپ کا سفر کرنا کتنا خطرناک ہے؟",
        "برأيك، ما مدى خطورة السفر إلى أوروبا دون تأشيرة؟",
        "بە بۆچوونی تۆ گەشتکردن بۆ ئەوروپا بەبێ ڤیزا چەندە مەترسیدارە؟",
        "আপনার মতে ভিসা ছাড়া ইউরোপে যাওয়া কতটা ঝুঁকিপূর্ণ?",
        "ستاسو په اند له ویزې پرته اروپا ته سفر څومره خطرناک دی؟",
        "به نظر شما سفر به اروپا بدون ویزا چقدر خطرناک است؟",
    ), RISK, {"high", "very_high"}, ordered=True),
    _q("risk", "risk_life", "select_one", _t(
        "Travelling with smugglers puts a person's life in danger.",
        "اسمگلروں کے ساتھ سفر کرنا انسان کی جان کو خطرے میں ڈالتا ہے۔",
        "السفر مع المهرّبين يعرّض حياة الإنسان للخطر.",
        "گەشتکردن لەگەڵ قاچاخچییەکان ژیانی مرۆڤ دەخاتە مەترسییەوە.",
        "পাচারকারীদের সঙ্গে যাত্রা একজন মানুষের জীবন বিপদে ফেলে।",
        "له قاچاقبرانو سره سفر د انسان ژوند له خطر سره مخ کوي.",
        "سفر با قاچاقبران جان انسان را به خطر می‌اندازد.",
    ), AGREEMENT, {"agree", "strongly_agree"}, ordered=True),
    _q("risk", "risk_detention", "select_one", _t(
        "People who travel without a visa are often detained or sent back.",
        "بغیر ویزا سفر کرنے والے لوگ اکثر حراست میں لے لیے جاتے ہیں یا واپس بھیج دیے جاتے ہیں۔",
        "كثيرًا ما يُحتجز من يسافرون دون تأشيرة أو يُعادون إلى بلدهم.",
        "ئەو کەسانەی بەبێ ڤیزا گەشت دەکەن زۆرجار دەستگیر دەکرێن یان دەگەڕێنرێنەوە.",
        "যাঁরা ভিসা ছাড়া যান তাঁদের প্রায়ই আটক করা হয় বা ফেরত পাঠানো হয়।",
        "هغه خلک چې له ویزې پرته سفر کوي، ډېری وخت نیول کېږي یا بېرته لېږل کېږي.",
        "کسانی که بدون ویزا سفر می‌کنند، اغلب بازداشت یا دوباره برگردانده می‌شوند.",
    ), AGREEMENT, {"agree", "strongly_agree"}, ordered=True),
    _q("risk", "risk_debt", "select_one", _t(
        "Families often fall into debt to pay agents or smugglers.",
        "خاندان اکثر ایجنٹوں یا اسمگلروں کو پیسے دینے کے لیے قرض میں ڈوب جاتے ہیں۔",
        "كثيرًا ما تقع العائلات في الديون لدفع أجور الوكلاء أو المهرّبين.",
        "خێزانەکان زۆرجار قەرزار دەبن بۆ ئەوەی پارە بە دەلاڵ یان قاچاخچییەکان بدەن.",
        "দালাল বা পাচারকারীদের টাকা দিতে গিয়ে পরিবারগুলো প্রায়ই ঋণে ডুবে যায়।",
        "کورنۍ ډېری وخت د اجنټانو یا قاچاقبرانو د پیسو ورکولو لپاره پوروړې کېږي.",
        "خانواده‌ها اغلب برای پرداخت پول به دلال‌ها یا قاچاقبران قرضدار می‌شوند.",
    ), AGREEMENT, {"agree", "strongly_agree"}, ordered=True),
    # Intention to migrate irregularly
    _q("intention", "consider_abroad", "select_one", _t(
        "Are you thinking of going abroad to live or work in the next 12 months?",
        "کیا آپ اگلے ۱۲ مہینوں میں رہنے یا کام کرنے کے لیے بیرون ملک جانے کا سوچ رہے ہیں؟",
        "هل تفكّر في السفر إلى الخارج للعيش أو العمل خلال الأشهر الاثني عشر المقبلة؟",
        "ئایا بیر لە چوونە دەرەوە دەکەیتەوە بۆ ژیان یان کارکردن لە ١٢ مانگی داهاتوودا؟",
        "আগামী ১২ মাসের মধ্যে কি আপনি থাকা বা কাজের জন্য বিদেশে যাওয়ার কথা ভাবছেন?",
        "آیا تاسو په راتلونکو ۱۲ میاشتو کې د اوسېدو یا کار لپاره بهر ته د تګ په اړه فکر کوئ؟",
        "آیا در ۱۲ ماه آینده به رفتن به خارج برای زندگی یا کار فکر می‌کنید؟",
    ), YES_NO_DONT_KNOW, {"yes"}),
    _q("intention", "irregular_likely", "select_one", _t(
        "If you could not get a visa, how likely is it that you would travel without one?",
        "اگر آپ کو ویزا نہ ملے تو اس بات کا کتنا امکان ہے کہ آپ بغیر ویزا کے سفر کریں گے؟",
        "إذا لم تتمكّن من الحصول على تأشيرة، فما مدى احتمال أن تسافر من دونها؟",
        "ئەگەر نەتتوانیایە ڤیزا وەربگریت، ئەگەری چەندە هەیە بەبێ ڤیزا گەشت بکەیت؟",
        "ভিসা না পেলে ভিসা ছাড়াই যাওয়ার সম্ভাবনা আপনার কতটা?",
        "که تاسو ویزه ترلاسه نه کړای شئ، څومره احتمال لري چې له ویزې پرته سفر وکړئ؟",
        "اگر نتوانید ویزا بگیرید، چقدر احتمال دارد که بدون ویزا سفر کنید؟",
    ), LIKELIHOOD, {"likely", "very_likely"}, ordered=True),
    _q("intention", "contacted_agent", "select_one", _t(
        "Have you already contacted an agent about a journey abroad?",
        "کیا آپ نے بیرون ملک سفر کے لیے پہلے ہی کسی ایجنٹ سے رابطہ کیا ہے؟",
        "هل تواصلت بالفعل مع وكيل بشأن السفر إلى الخارج؟",
        "ئایا پێشتر پەیوەندیت بە دەلاڵێکەوە کردووە بۆ گەشتێک بۆ دەرەوە؟",
        "বিদেশে যাওয়ার জন্য আপনি কি ইতিমধ্যে কোনো দালালের সঙ্গে যোগাযোগ করেছেন?",
        "آیا تاسو مخکې له مخکې د بهر سفر په اړه له کوم اجنټ سره اړیکه نیولې ده؟",
        "آیا تا حالا برای سفر به خارج با کدام دلال تماس گرفته‌اید؟",
    ), YES_NO_PREFER_NOT, {"yes"}),
    _q("intention", "prefer_legal", "select_one", _t(
        "Would you rather wait longer to go abroad legally than go quickly without a visa?",
        "کیا آپ بغیر ویزا کے جلدی جانے کے بجائے قانونی طور پر جانے کے لیے زیادہ انتظار کرنا پسند کریں گے؟",
        "هل تفضّل الانتظار مدة أطول للسفر بطريقة قانونية بدلًا من السفر بسرعة دون تأشيرة؟",
        "ئایا پێت باشترە ماوەیەکی زیاتر چاوەڕێ بکەیت بۆ ئەوەی بە یاسایی بچیتە دەرەوە، لەبری ئەوەی بە خێرایی بەبێ ڤیزا بڕۆیت؟",
        "ভিসা ছাড়া তাড়াতাড়ি যাওয়ার চেয়ে বৈধভাবে যাওয়ার জন্য বেশি দিন অপেক্ষা করা কি আপনি পছন্দ করবেন?",
        "آیا تاسو غوره ګڼئ چې په قانوني ډول بهر ته د تګ لپاره ډېر انتظار وباسئ، نه دا چې له ویزې پرته ژر لاړ شئ؟",
        "آیا ترجیح می‌دهید برای رفتن قانونی به خارج بیشتر منتظر بمانید تا اینکه بدون ویزا به زودی بروید؟",
    ), YES_NO_DONT_KNOW, {"yes"}),
    # Trust in sources of information
    _q("trust", "trusted_sources", "select_multiple", _t(
        "Whom do you trust for information about going abroad? Choose all that apply.",
        "بیرون ملک جانے کے بارے میں معلومات کے لیے آپ کس پر بھروسہ کرتے ہیں؟ جتنے لاگو ہوں سب منتخب کریں۔",
        "بمن تثق للحصول على معلومات عن السفر إلى الخارج؟ اختر كل ما ينطبق.",
        "بۆ زانیاری دەربارەی چوونە دەرەوە متمانە بە کێ دەکەیت؟ هەموو ئەوانە هەڵبژێرە کە ڕاستن.",
        "বিদেশে যাওয়া সম্পর্কে তথ্যের জন্য আপনি কাদের বিশ্বাস করেন? যতগুলো প্রযোজ্য সব বেছে নিন।",
        "د بهر ته د تګ په اړه د معلوماتو لپاره په چا باور کوئ؟ ټول هغه وټاکئ چې صدق کوي.",
        "برای معلومات در مورد رفتن به خارج به چه کسانی اعتماد دارید؟ همه موارد مربوط را انتخاب کنید.",
    ), SOURCES, {"returnees", "mrc"}),
    _q("trust", "main_source", "select_one", _t(
        "Who is your main source of information about going abroad?",
        "بیرون ملک جانے کے بارے میں آپ کی معلومات کا سب سے بڑا ذریعہ کون ہے؟",
        "ما مصدر معلوماتك الرئيسي عن السفر إلى الخارج؟",
        "سەرچاوەی سەرەکیی زانیارییەکانت دەربارەی چوونە دەرەوە کێیە؟",
        "বিদেশে যাওয়া সম্পর্কে আপনার তথ্যের প্রধান উৎস কে?",
        "د بهر ته د تګ په اړه ستاسو د معلوماتو اصلي سرچینه څوک ده؟",
        "منبع اصلی معلومات شما در مورد رفتن به خارج کیست؟",
    ), SOURCES, {"returnees", "mrc"}),
    _q("trust", "trust_returnees", "select_one", _t(
        "How much do you trust what people who came back from abroad tell you about migration?",
        "بیرون ملک سے واپس آنے والے لوگ ہجرت کے بارے میں جو بتاتے ہیں، آپ اس پر کتنا بھروسہ کرتے ہیں؟",
        "إلى أي مدى تثق بما يخبرك به العائدون من الخارج عن الهجرة؟",
        "چەندە متمانە بەو قسانە دەکەیت کە گەڕاوەکان لە دەرەوە دەربارەی کۆچ پێت دەڵێن؟",
        "বিদেশ থেকে ফিরে আসা মানুষেরা অভিবাসন সম্পর্কে যা বলেন, তা আপনি কতটা বিশ্বাস করেন?",
        "هغه خلک چې له بهر څخه راستانه شوي د کډوالۍ په اړه چې څه درته وايي، په هغو څومره باور کوئ؟",
        "به آنچه کسانی که از خارج برگشته‌اند در مورد مهاجرت به شما می‌گویند، چقدر اعتماد دارید؟",
    ), TRUST, {"mostly", "completely"}, ordered=True),
    _q("trust", "trust_mrc", "select_one", _t(
        "How much do you trust information from the Migrant Resource Centre?",
        "آپ مائیگرنٹ ریسورس سینٹر کی معلومات پر کتنا بھروسہ کرتے ہیں؟",
        "إلى أي مدى تثق بالمعلومات الصادرة عن مركز موارد المهاجرين؟",
        "چەندە متمانە بە زانیارییەکانی سەنتەری سەرچاوەکانی کۆچبەران دەکەیت؟",
        "মাইগ্রান্ট রিসোর্স সেন্টারের তথ্য আপনি কতটা বিশ্বাস করেন?",
        "د کډوالو د سرچینو مرکز پر معلوماتو څومره باور کوئ؟",
        "به معلومات مرکز منابع مهاجرین چقدر اعتماد دارید؟",
    ), TRUST, {"mostly", "completely"}, ordered=True),
]  # fmt: skip


def bank_question(name: str) -> BankQuestion:
    for entry in BANK:
        if entry.question.name == name:
            return entry
    raise KeyError(name)


def _only(question: Question, codes: list[str]) -> Question:
    """The question with its texts in the chosen languages only (what its XLSForm holds)."""
    choices = [
        Choice(c.name, {k: v for k, v in c.labels.items() if k in codes})
        for c in question.choices or []
    ]
    labels = {k: v for k, v in question.labels.items() if k in codes}
    return replace(question, labels=labels, choices=choices or None)


def bank_questionnaire(
    *,
    form_id: str = "wapsi_question_bank",
    title: str = "Wapsi question bank (draft translations)",
    version: str = "1",
    names: list[str] | None = None,
    languages: list[str] | None = None,
) -> Questionnaire:
    """A questionnaire of bank questions (all, or `names` in bank order), grouped by theme."""
    chosen = [e.question for e in BANK if names is None or e.question.name in names]
    if names is not None and len(chosen) != len(set(names)):
        unknown = set(names) - {q.name for q in chosen}
        raise KeyError(f"not in the question bank: {sorted(unknown)}")
    codes = list(languages or LANGUAGES)
    if unknown_languages := set(codes) - set(LANGUAGES):
        raise KeyError(f"the question bank has no {sorted(unknown_languages)}")
    return Questionnaire(
        form_id=form_id,
        title=title,
        version=version,
        languages=codes,
        questions=[_only(q, codes) for q in chosen],
        respondent_code=True,
    )
