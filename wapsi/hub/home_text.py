"""The home page's title and introduction in each language, as `site_setup` first publishes them.

Neutral text (no demo content): a new site starts with it, and editors change it in the admin
afterwards (site_setup never overwrites an existing page). Page content in its own language, so
not gettext: each language's home page is a page of that locale.
"""

from __future__ import annotations

HOME: dict[str, dict[str, str]] = {
    "en": {
        "title": "Safe migration, return and reintegration",
        "intro": "Honest, current information from Migrant Resource Centres for people thinking of migrating, their families, and people who have come back. Counselling is free.",
    },
    "ur": {
        "title": "محفوظ ہجرت، واپسی اور دوبارہ آبادکاری",
        "intro": "ہجرت کا سوچنے والوں، ان کے گھر والوں اور واپس آنے والوں کے لیے مائیگرنٹ ریسورس سینٹرز کی طرف سے سچی اور تازہ معلومات۔ مشاورت مفت ہے۔",
    },
    "ar": {
        "title": "الهجرة الآمنة والعودة وإعادة الإدماج",
        "intro": "معلومات صادقة ومحدّثة من مراكز موارد المهاجرين لمن يفكر في الهجرة ولأسرهم وللعائدين. الاستشارة مجانية.",
    },
    "ckb": {
        "title": "کۆچی سەلامەت، گەڕانەوە و تێکەڵبوونەوە",
        "intro": "زانیاریی ڕاست و نوێ لە ناوەندەکانی سەرچاوەی کۆچبەران بۆ ئەوانەی بیر لە کۆچ دەکەنەوە، خێزانەکانیان و ئەوانەی گەڕاونەتەوە. ڕاوێژکاری بێبەرامبەرە.",
    },
    "bn": {
        "title": "নিরাপদ অভিবাসন, প্রত্যাবর্তন ও পুনঃএকীকরণ",
        "intro": "যাঁরা বিদেশে যাওয়ার কথা ভাবছেন, তাঁদের পরিবার এবং যাঁরা ফিরে এসেছেন, তাঁদের জন্য মাইগ্রেন্ট রিসোর্স সেন্টারের সৎ ও হালনাগাদ তথ্য। পরামর্শ বিনামূল্যে।",
    },
    "ps": {
        "title": "خوندي کډوالي، بېرته راتګ او بیا یوځای کېدل",
        "intro": "د کډوالۍ په اړه د فکر کوونکو، د هغوی کورنیو او بېرته راستنو شویو لپاره د کډوالو د سرچینو له مرکزونو څخه رښتیني او تازه معلومات. مشوره وړیا ده.",
    },
    "fa-af": {
        "title": "مهاجرت مصون، بازگشت و ادغام مجدد",
        "intro": "معلومات درست و تازه از مراکز منابع مهاجرین برای کسانی که به مهاجرت فکر می‌کنند، خانواده‌های شان و کسانی که برگشته‌اند. مشوره رایگان است.",
    },
}
