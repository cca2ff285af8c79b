"""Demo content for the hub: country guides, topics and the FAQ page.

Written from shared/DOMAIN.md only: every centre, host institution, date, hotline and research
figure below is one that file states, and each research figure says who found it. Advice that
needs no source (keep copies of your documents, never hand over your passport) is general.

The English texts are the originals. The translations (ur, ps, ar, ckb, bn, fa-af) are drafts
that a native speaker must review before they are published as reviewed content.

Rich text uses only <p>, <ul>, <ol>, <li>, <b> and <i>. In right-to-left texts a phone number
with a space inside ("0304 1112123") would be shown with its two halves swapped by the Unicode
bidi algorithm, so there it is preceded by a left-to-right mark (U+200E, written "\\u200e"),
which is invisible and which search normalisation drops.
"""

from __future__ import annotations

import re

GUIDES: list[dict] = [
    # ------------------------------------------------------------------ Pakistan
    {
        "slug": "pakistan",
        "country": "PK",
        "translations": {
            "en": {
                "title": "Pakistan: safe migration, return and help",
                "summary": (
                    "How to go abroad for work or study the legal way, the real risks of irregular "
                    "routes, what helps after return, and where to find the Migrant Resource "
                    "Centres in Islamabad, Lahore and Peshawar."
                ),
                "body": [
                    (
                        "legal_pathways",
                        {
                            "heading": "Going abroad the legal way",
                            "text": (
                                "<p>Many people in Pakistan look for work abroad, often in the Gulf. "
                                "You can go safely and legally if you take it step by step.</p>"
                                "<ul>"
                                "<li><b>Get free advice first.</b> Migrant Resource Centres (MRCs) give "
                                "information on legal ways to migrate, visas, jobs abroad and "
                                "scholarships.</li>"
                                "<li><b>Use the official system.</b> The Bureau of Emigration and "
                                "Overseas Employment (BEOE) and the Protectorate of Emigrants deal with "
                                "workers going abroad. Ask an MRC which steps apply to you.</li>"
                                "<li><b>Prepare before you leave.</b> MRCs give pre-departure orientation "
                                "on working and living conditions, your rights and duties, and how to "
                                "protect yourself. On request, they also give training for a specific "
                                "country.</li>"
                                "<li><b>Think about study too.</b> MRCs give career and scholarship "
                                "advice.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "risks",
                        {
                            "heading": "Know the risks of irregular routes",
                            "text": (
                                "<p>Some agents promise quick visas or jobs in Europe. Travelling with a "
                                "smuggler or without the right papers can cost you your money, your "
                                "safety and your future.</p>"
                                "<ul>"
                                "<li>Never hand your passport to an agent or recruiter.</li>"
                                "<li>Do not pay anything before you check the job offer with an MRC.</li>"
                                "<li>Get a written contract in a language you read, and keep a copy.</li>"
                                "<li>Be careful with offers you only see on social media, or hear from "
                                "people you cannot check.</li>"
                                "</ul>"
                                "<p>If an offer sounds too good to be true, ask an MRC before you decide. "
                                "Checking is free.</p>"
                            ),
                        },
                    ),
                    (
                        "return_reintegration",
                        {
                            "heading": "Coming back home",
                            "text": (
                                "<p>Coming back can be hard. A December 2024 study of returnees in "
                                "Pakistan found problems with income, stigma and mental health, and "
                                "about one in four (25%) migrate again. You do not have to face this "
                                "alone.</p>"
                                "<ul>"
                                "<li>MRCs give information on return and can refer you to reintegration "
                                "support.</li>"
                                "<li>MRCs in Pakistan offer psychosocial support: a safe place to talk "
                                "about stress, worry or shame.</li>"
                                "<li>The Overseas Pakistanis Foundation has a reintegration centre, and "
                                "the EU and ICMPD run a project for returnees called R&amp;R "
                                "Pakistan.</li>"
                                "</ul>"
                                "<p>Good reintegration means you can earn a living, feel settled and feel "
                                "well, so that migrating again is a choice, not a necessity.</p>"
                            ),
                        },
                    ),
                    (
                        "rights_help",
                        {
                            "heading": "Your rights and where to get help",
                            "text": (
                                "<p>You deserve clear, honest information before you decide. Counselling "
                                "at an MRC is free and confidential. You can:</p>"
                                "<ul>"
                                "<li>call the free hotline of MRC Islamabad: <b>0304 1112123</b>;</li>"
                                "<li>visit an MRC in Islamabad, Lahore or Peshawar;</li>"
                                "<li>ask for a pre-departure briefing, career advice or psychosocial "
                                "support;</li>"
                                "<li>ask for a referral to reintegration support after you return.</li>"
                                "</ul>"
                                "<p>Before you travel, leave copies of your passport, visa and contract "
                                "with your family, and keep their phone numbers with you.</p>"
                            ),
                        },
                    ),
                    ("centres", {"heading": "Migrant Resource Centres in Pakistan"}),
                ],
            },
            "ur": {
                "title": "پاکستان: محفوظ ہجرت، واپسی اور مدد",
                "summary": (
                    "بیرونِ ملک ملازمت یا تعلیم کے لیے قانونی طریقے سے کیسے جائیں، غیر قانونی راستوں "
                    "کے اصل خطرات، واپسی کے بعد کیا مدد ملتی ہے، اور اسلام آباد، لاہور اور پشاور میں "
                    "مائیگرنٹ ریسورس سینٹرز کہاں ہیں۔"
                ),
                "body": [
                    (
                        "legal_pathways",
                        {
                            "heading": "قانونی طریقے سے بیرونِ ملک جانا",
                            "text": (
                                "<p>پاکستان میں بہت سے لوگ بیرونِ ملک، اکثر خلیجی ممالک میں، ملازمت "
                                "تلاش کرتے ہیں۔ اگر آپ قدم بہ قدم چلیں تو محفوظ اور قانونی طریقے سے جا "
                                "سکتے ہیں۔</p>"
                                "<ul>"
                                "<li><b>پہلے مفت مشورہ لیں۔</b> مائیگرنٹ ریسورس سینٹرز (MRC) ہجرت کے "
                                "قانونی راستوں، ویزا، بیرونِ ملک نوکری اور اسکالرشپ کے بارے میں معلومات "
                                "دیتے ہیں۔</li>"
                                "<li><b>سرکاری نظام کے ذریعے جائیں۔</b> بیورو آف امیگریشن اینڈ اوورسیز "
                                "ایمپلائمنٹ (BEOE) اور پروٹیکٹوریٹ آف امیگرینٹس بیرونِ ملک جانے والے "
                                "کارکنوں کے معاملات دیکھتے ہیں۔ MRC سے پوچھیں کہ آپ کے لیے کون سے "
                                "مراحل ضروری ہیں۔</li>"
                                "<li><b>جانے سے پہلے تیاری کریں۔</b> MRC روانگی سے پہلے رہنمائی دیتے "
                                "ہیں: وہاں کام اور رہنے کے حالات، آپ کے حقوق اور فرائض، اور اپنی حفاظت "
                                "کیسے کریں۔ درخواست پر وہ کسی خاص ملک کے لیے تربیت بھی دیتے ہیں۔</li>"
                                "<li><b>تعلیم کے بارے میں بھی سوچیں۔</b> MRC کیریئر اور اسکالرشپ کے "
                                "بارے میں مشورہ دیتے ہیں۔</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "risks",
                        {
                            "heading": "غیر قانونی راستوں کے خطرات جانیں",
                            "text": (
                                "<p>کچھ ایجنٹ جلدی ویزا یا یورپ میں نوکری کا وعدہ کرتے ہیں۔ اسمگلر کے "
                                "ساتھ یا صحیح کاغذات کے بغیر سفر کرنے سے آپ کا پیسہ، آپ کی حفاظت اور "
                                "آپ کا مستقبل داؤ پر لگ سکتا ہے۔</p>"
                                "<ul>"
                                "<li>اپنا پاسپورٹ کبھی کسی ایجنٹ یا بھرتی کرنے والے کے حوالے نہ کریں۔</li>"
                                "<li>نوکری کی پیشکش MRC سے چیک کروانے سے پہلے کوئی رقم ادا نہ کریں۔</li>"
                                "<li>ایسی زبان میں تحریری معاہدہ لیں جو آپ پڑھ سکتے ہوں، اور اس کی ایک "
                                "کاپی اپنے پاس رکھیں۔</li>"
                                "<li>ان پیشکشوں سے محتاط رہیں جو صرف سوشل میڈیا پر نظر آئیں یا ایسے "
                                "لوگوں سے سنی جائیں جن کی آپ تصدیق نہیں کر سکتے۔</li>"
                                "</ul>"
                                "<p>اگر کوئی پیشکش حد سے زیادہ اچھی لگے تو فیصلہ کرنے سے پہلے MRC سے "
                                "پوچھیں۔ چیک کروانا مفت ہے۔</p>"
                            ),
                        },
                    ),
                    (
                        "return_reintegration",
                        {
                            "heading": "گھر واپسی",
                            "text": (
                                "<p>واپس آنا مشکل ہو سکتا ہے۔ دسمبر 2024 کی ایک تحقیق سے پتا چلا کہ "
                                "پاکستان واپس آنے والوں کو آمدنی، بدنامی اور ذہنی صحت کے مسائل کا سامنا "
                                "ہوتا ہے، اور تقریباً ہر چار میں سے ایک (25 فیصد) دوبارہ ہجرت کرتا ہے۔ "
                                "آپ کو اکیلے اس کا سامنا کرنے کی ضرورت نہیں۔</p>"
                                "<ul>"
                                "<li>MRC واپسی کے بارے میں معلومات دیتے ہیں اور آپ کو دوبارہ آبادکاری "
                                "میں مدد دینے والے اداروں تک پہنچا سکتے ہیں۔</li>"
                                "<li>پاکستان میں MRC نفسیاتی و سماجی مدد بھی دیتے ہیں: ایک محفوظ جگہ "
                                "جہاں آپ ذہنی دباؤ، فکر یا شرمندگی کے بارے میں بات کر سکیں۔</li>"
                                "<li>اوورسیز پاکستانیز فاؤنڈیشن کا دوبارہ آبادکاری کا ایک مرکز ہے، اور "
                                "یورپی یونین اور ICMPD واپس آنے والوں کے لیے R&amp;R Pakistan کے نام "
                                "سے ایک منصوبہ چلاتے ہیں۔</li>"
                                "</ul>"
                                "<p>اچھی دوبارہ آبادکاری کا مطلب ہے کہ آپ روزی کما سکیں اور خود کو "
                                "مستحکم اور ٹھیک محسوس کریں، تاکہ دوبارہ ہجرت کرنا مجبوری نہیں بلکہ آپ "
                                "کی اپنی مرضی ہو۔</p>"
                            ),
                        },
                    ),
                    (
                        "rights_help",
                        {
                            "heading": "آپ کے حقوق اور مدد کہاں سے ملے",
                            "text": (
                                "<p>فیصلہ کرنے سے پہلے صاف اور سچی معلومات آپ کا حق ہے۔ MRC میں "
                                "مشاورت مفت اور رازدارانہ ہے۔ آپ یہ کر سکتے ہیں:</p>"
                                "<ul>"
                                "<li>MRC اسلام آباد کی مفت ہیلپ لائن پر کال کریں: "
                                "<b>\u200e0304 1112123</b>؛</li>"
                                "<li>اسلام آباد، لاہور یا پشاور میں کسی MRC میں جائیں؛</li>"
                                "<li>روانگی سے پہلے کی بریفنگ، کیریئر کے بارے میں مشورہ یا نفسیاتی و "
                                "سماجی مدد مانگیں؛</li>"
                                "<li>واپسی کے بعد دوبارہ آبادکاری کی مدد کے لیے رہنمائی مانگیں۔</li>"
                                "</ul>"
                                "<p>سفر سے پہلے اپنے پاسپورٹ، ویزا اور معاہدے کی کاپیاں اپنے گھر والوں "
                                "کے پاس چھوڑیں، اور ان کے فون نمبر اپنے پاس رکھیں۔</p>"
                            ),
                        },
                    ),
                    ("centres", {"heading": "پاکستان میں مائیگرنٹ ریسورس سینٹرز"}),
                ],
            },
            "ps": {
                "title": "پاکستان: خوندي کډوالي، بېرته راتګ او مرسته",
                "summary": (
                    "څنګه په قانوني ډول د کار یا زده کړې لپاره بهر ته ولاړ شئ، د غیرقانوني لارو "
                    "اصلي خطرونه، له بېرته راتګ وروسته څه مرسته شته، او په اسلام اباد، لاهور او "
                    "پېښور کې د کډوالو د سرچینو مرکزونه چېرته دي."
                ),
                "body": [
                    (
                        "legal_pathways",
                        {
                            "heading": "په قانوني ډول بهر ته تګ",
                            "text": (
                                "<p>په پاکستان کې ډېر خلک په بهر کې، اکثره د خلیج په هېوادونو کې، د "
                                "کار لټون کوي. که ګام په ګام مخ ته لاړ شئ، نو په خوندي او قانوني ډول "
                                "تللی شئ.</p>"
                                "<ul>"
                                "<li><b>لومړی وړیا مشوره واخلئ.</b> د کډوالو د سرچینو مرکزونه (MRC) د "
                                "کډوالۍ د قانوني لارو، ویزې، په بهر کې د کار او سکالرشپ په اړه معلومات "
                                "ورکوي.</li>"
                                "<li><b>د رسمي سیستم له لارې لاړ شئ.</b> د امیګرېشن او بهرني استخدام "
                                "بیورو (BEOE) او د پروټیکټوریټ آف امیګرنټس دفتر د هغو کارګرانو چارې "
                                "ګوري چې بهر ته ځي. له MRC نه وپوښتئ چې ستاسو لپاره کوم ګامونه اړین "
                                "دي.</li>"
                                "<li><b>له تګ مخکې چمتو شئ.</b> MRC له تګ مخکې لارښوونه ورکوي: د کار "
                                "او ژوند شرایط، ستاسو حقونه او مسؤلیتونه، او دا چې څنګه خپل ځان وساتئ. "
                                "که وغواړئ، د یو ځانګړي هېواد لپاره روزنه هم ورکوي.</li>"
                                "<li><b>د زده کړې په اړه هم فکر وکړئ.</b> MRC د مسلک او سکالرشپ په اړه "
                                "مشوره ورکوي.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "risks",
                        {
                            "heading": "د غیرقانوني لارو خطرونه وپېژنئ",
                            "text": (
                                "<p>ځینې اجنټان د چټکې ویزې یا په اروپا کې د کار ژمنه کوي. له قاچاقبر "
                                "سره یا له سمو اسنادو پرته سفر کولی شي ستاسو پیسې، خوندیتوب او راتلونکې "
                                "له خطر سره مخ کړي.</p>"
                                "<ul>"
                                "<li>خپل پاسپورټ هېڅکله اجنټ یا د کار ګومارونکي ته مه ورکوئ.</li>"
                                "<li>تر هغه چې د کار وړاندیز مو له MRC سره نه وي چک کړی، هېڅ پیسې مه "
                                "ورکوئ.</li>"
                                "<li>په داسې ژبه لیکلی تړون واخلئ چې تاسو یې لوستلی شئ، او یوه کاپي یې "
                                "له ځانه سره وساتئ.</li>"
                                "<li>له هغو وړاندیزونو سره محتاط اوسئ چې یوازې په ټولنیزو رسنیو کې "
                                "ښکاري، یا یې له داسې خلکو اورئ چې تاسو یې نه شئ ازمویلی.</li>"
                                "</ul>"
                                "<p>که یو وړاندیز له حده زیات ښه ښکاري، له پرېکړې مخکې له MRC نه "
                                "وپوښتئ. چک کول وړیا دي.</p>"
                            ),
                        },
                    ),
                    (
                        "return_reintegration",
                        {
                            "heading": "کور ته بېرته راتګ",
                            "text": (
                                "<p>بېرته راتګ ګران کېدای شي. د 2024 کال د ډسمبر یوې څېړنې وموندله چې "
                                "پاکستان ته راستانه شوي کسان د عاید، بدنامۍ او رواني روغتیا له ستونزو "
                                "سره مخ دي، او نږدې هر څلورم کس (25 سلنه) بیا بهر ته کډه کوي. اړتیا نه "
                                "شته چې تاسو له دې سره یوازې مخ شئ.</p>"
                                "<ul>"
                                "<li>MRC د بېرته راتګ په اړه معلومات ورکوي او تاسو د بیا یوځای کېدو د "
                                "مرستې لپاره اړوندو ادارو ته لېږلی شي.</li>"
                                "<li>په پاکستان کې MRC رواني ټولنیز ملاتړ هم وړاندې کوي: یو خوندي ځای "
                                "چې هلته د فشار، اندېښنې یا شرم په اړه خبرې وکړئ.</li>"
                                "<li>د بهر مېشتو پاکستانیانو بنسټ (Overseas Pakistanis Foundation) د "
                                "بیا یوځای کېدو یو مرکز لري، او اروپايي ټولنه او ICMPD د راستنو شویو "
                                "لپاره د R&amp;R Pakistan په نوم یوه پروژه چلوي.</li>"
                                "</ul>"
                                "<p>ښه بیا یوځای کېدل دا معنا لري چې خپله روزي وګټئ، ځان ارام او روغ "
                                "احساس کړئ، ترڅو بیا کډوالي ستاسو خپله خوښه وي، نه مجبوري.</p>"
                            ),
                        },
                    ),
                    (
                        "rights_help",
                        {
                            "heading": "ستاسو حقونه او له کومه مرسته ترلاسه کړئ",
                            "text": (
                                "<p>له پرېکړې مخکې روښانه او رښتیني معلومات ستاسو حق دی. په MRC کې "
                                "مشوره وړیا او محرمه ده. تاسو کولی شئ:</p>"
                                "<ul>"
                                "<li>د MRC اسلام اباد وړیا هېلپ لاین ته زنګ ووهئ: "
                                "<b>\u200e0304 1112123</b>؛</li>"
                                "<li>په اسلام اباد، لاهور یا پېښور کې MRC ته ورشئ؛</li>"
                                "<li>له تګ مخکې لارښوونه، د مسلک په اړه مشوره یا رواني ټولنیز ملاتړ "
                                "وغواړئ؛</li>"
                                "<li>له راستنېدو وروسته د بیا یوځای کېدو د مرستې لپاره د لېږلو غوښتنه "
                                "وکړئ.</li>"
                                "</ul>"
                                "<p>له سفر مخکې د خپل پاسپورټ، ویزې او تړون کاپي له کورنۍ سره "
                                "پرېږدئ، او د هغوی د تلیفون شمېرې له ځانه سره وساتئ.</p>"
                            ),
                        },
                    ),
                    ("centres", {"heading": "په پاکستان کې د کډوالو د سرچینو مرکزونه"}),
                ],
            },
        },
    },
    # ------------------------------------------------------------------ Iraq
    {
        "slug": "iraq",
        "country": "IQ",
        "translations": {
            "en": {
                "title": "Iraq and the Kurdistan Region: safe migration, return and help",
                "summary": (
                    "Legal ways to work or study abroad, the real risks of irregular routes such as "
                    "Belarus, support after return, and the Migrant Resource Centres in Baghdad, "
                    "Erbil and Sulaymaniyah."
                ),
                "body": [
                    (
                        "legal_pathways",
                        {
                            "heading": "Legal ways to go abroad",
                            "text": (
                                "<p>An ICMPD study published in 2024 found that people in Iraq think "
                                "about leaving because of insecurity, unemployment, a feeling of "
                                "hopelessness and a wish for personal freedom. These reasons are real. "
                                "Before you decide, learn about the legal options.</p>"
                                "<ul>"
                                "<li>Migrant Resource Centres (MRCs) in Baghdad, Erbil and Sulaymaniyah "
                                "give free information on legal ways to work or study abroad, on visas "
                                "and on scholarships.</li>"
                                "<li>Before you travel, MRCs offer pre-departure orientation: working "
                                "and living conditions, your rights and duties, and how to protect "
                                "yourself.</li>"
                                "<li>In Baghdad, the MRC runs courses on writing a CV and preparing "
                                "for job interviews.</li>"
                                "</ul>"
                                "<p>Legal routes take time and paperwork, but they protect you, your "
                                "money and your family.</p>"
                            ),
                        },
                    ),
                    (
                        "risks",
                        {
                            "heading": "Belarus and other irregular routes",
                            "text": (
                                "<p>Rumours travel fast. A December 2021 Seefar study in the Kurdistan "
                                "Region found that news about migration spread through TikTok, Telegram "
                                "chats and Facebook groups, together with false rumours, for example "
                                "that Europe was granting asylum to Kurds in Belarus. That rumour was "
                                "not true.</p>"
                                "<ul>"
                                "<li>A route is not safe just because many people share it online.</li>"
                                "<li>Never hand your passport to a smuggler or agent.</li>"
                                "<li>Do not pay anyone before you check the offer with an MRC.</li>"
                                "</ul>"
                                "<p>Talking it through helps. In a 2021 Seefar counselling campaign in "
                                "the Kurdistan Region, 34% of the people counselled dropped their "
                                "irregular plans, and 85% said they knew more about the risks.</p>"
                            ),
                        },
                    ),
                    (
                        "return_reintegration",
                        {
                            "heading": "After you come back",
                            "text": (
                                "<p>Many returnees worry about what people will say. A study with "
                                "returnees in Baghdad found that the fear of stigma shaped what they did "
                                "more than stigma itself. It also found that psychosocial help was "
                                "mostly missing. Help is now growing:</p>"
                                "<ul>"
                                "<li>In Baghdad, the MRC offers psychosocial support, referrals, and "
                                "business courses with the Business Incubators Unit of the Ministry of "
                                "Labour and Social Affairs (MoLSA).</li>"
                                "<li>It helps people reach the MoLSA loan fund.</li>"
                                "<li>People who came back from Belarus and Lithuania can be referred "
                                "from the Ministry of Migration and Displaced (MoMD) to MoLSA.</li>"
                                "<li>A National Referral Mechanism under MoMD is being piloted in some "
                                "governorates.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "rights_help",
                        {
                            "heading": "Your rights and where to get help",
                            "text": (
                                "<p>You deserve honest information before you decide, and support when "
                                "you come back. MRCs serve people thinking of migrating, their "
                                "families, returnees, and people displaced inside Iraq. Counselling is "
                                "free and confidential.</p>"
                                "<ul>"
                                "<li><b>Baghdad:</b> the MRC at MoLSA (opened 2020) and the MRC at MoMD "
                                "(opened 2025).</li>"
                                "<li><b>Erbil:</b> the MRC at the Kurdistan Regional Government's Joint "
                                "Crisis Coordination Centre (JCC), opened 2024.</li>"
                                "<li><b>Sulaymaniyah:</b> the MRC with the JCC and the Kurdistan "
                                "Regional Government's Ministry of Interior, opened 2025.</li>"
                                "</ul>"
                                "<p>Keep copies of your documents with your family. If you are unsure "
                                "about any offer, ask an MRC first.</p>"
                            ),
                        },
                    ),
                    (
                        "centres",
                        {"heading": "Migrant Resource Centres in Iraq and the Kurdistan Region"},
                    ),
                ],
            },
            "ar": {
                "title": "العراق وإقليم كردستان: الهجرة الآمنة والعودة والمساعدة",
                "summary": (
                    "طرق قانونية للعمل أو الدراسة في الخارج، والمخاطر الحقيقية للطرق غير النظامية مثل "
                    "طريق بيلاروسيا، والدعم بعد العودة، ومراكز موارد المهاجرين في بغداد وأربيل "
                    "والسليمانية."
                ),
                "body": [
                    (
                        "legal_pathways",
                        {
                            "heading": "طرق قانونية للسفر إلى الخارج",
                            "text": (
                                "<p>وجدت دراسة نشرها ICMPD عام 2024 أن الناس في العراق يفكرون في الرحيل "
                                "بسبب انعدام الأمن والبطالة والشعور باليأس والرغبة في الحرية الشخصية. "
                                "هذه أسباب حقيقية. قبل أن تقرر، تعرّف على الخيارات القانونية.</p>"
                                "<ul>"
                                "<li>تقدّم مراكز موارد المهاجرين (MRC) في بغداد وأربيل والسليمانية "
                                "معلومات مجانية عن الطرق القانونية للعمل أو الدراسة في الخارج، وعن "
                                "التأشيرات والمنح الدراسية.</li>"
                                "<li>قبل السفر، تقدّم المراكز توجيهاً ما قبل المغادرة: ظروف العمل "
                                "والمعيشة، وحقوقك وواجباتك، وكيف تحمي نفسك.</li>"
                                "<li>ينظّم مركز بغداد دورات في كتابة السيرة الذاتية والتحضير لمقابلات "
                                "العمل.</li>"
                                "</ul>"
                                "<p>الطرق القانونية تحتاج إلى وقت وأوراق، لكنها تحميك وتحمي مالك "
                                "وعائلتك.</p>"
                            ),
                        },
                    ),
                    (
                        "risks",
                        {
                            "heading": "بيلاروسيا وطرق أخرى غير نظامية",
                            "text": (
                                "<p>الإشاعات تنتشر بسرعة. وجدت دراسة أجرتها Seefar في إقليم كردستان في "
                                "كانون الأول/ديسمبر 2021 أن أخبار الهجرة انتشرت عبر تيك توك ومحادثات "
                                "تيليغرام ومجموعات فيسبوك، ومعها إشاعات كاذبة، مثل أن أوروبا تمنح "
                                "اللجوء للكرد الموجودين في بيلاروسيا. لم تكن تلك الإشاعة صحيحة.</p>"
                                "<ul>"
                                "<li>الطريق ليس آمناً لمجرد أن كثيرين يتداولونه على الإنترنت.</li>"
                                "<li>لا تسلّم جواز سفرك أبداً لمهرّب أو وسيط.</li>"
                                "<li>لا تدفع لأحد قبل أن تتحقق من العرض مع مركز موارد المهاجرين.</li>"
                                "</ul>"
                                "<p>الحديث يساعد. في حملة إرشاد نفّذتها Seefar في إقليم كردستان عام "
                                "2021، تخلّى 34% ممن تلقّوا الإرشاد عن خططهم للهجرة غير النظامية، "
                                "وقال 85% إنهم صاروا يعرفون المخاطر أكثر.</p>"
                            ),
                        },
                    ),
                    (
                        "return_reintegration",
                        {
                            "heading": "بعد عودتك",
                            "text": (
                                "<p>كثير من العائدين يقلقون مما سيقوله الناس. وجدت دراسة مع عائدين في "
                                "بغداد أن الخوف من الوصمة أثّر في تصرفاتهم أكثر من الوصمة نفسها. "
                                "ووجدت أيضاً أن خدمات الدعم النفسي والاجتماعي كانت غائبة في الغالب. "
                                "والمساعدة تتوسع الآن:</p>"
                                "<ul>"
                                "<li>يقدّم مركز بغداد الدعم النفسي والاجتماعي والإحالة، ودورات في "
                                "ابتكار الأعمال مع وحدة حاضنات الأعمال في وزارة العمل والشؤون "
                                "الاجتماعية (MoLSA).</li>"
                                "<li>ويساعد الناس على الوصول إلى صندوق القروض التابع لوزارة العمل.</li>"
                                "<li>يمكن إحالة العائدين من بيلاروسيا وليتوانيا من وزارة الهجرة "
                                "والمهجرين (MoMD) إلى وزارة العمل (MoLSA).</li>"
                                "<li>وتُجرَّب آلية إحالة وطنية تابعة لوزارة الهجرة والمهجرين في بعض "
                                "المحافظات.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "rights_help",
                        {
                            "heading": "حقوقك وأين تجد المساعدة",
                            "text": (
                                "<p>من حقك أن تحصل على معلومات صادقة قبل أن تقرر، وعلى الدعم عندما "
                                "تعود. تخدم المراكز من يفكرون في الهجرة وأسرهم والعائدين والنازحين داخل "
                                "العراق. الاستشارة مجانية وسرية.</p>"
                                "<ul>"
                                "<li><b>بغداد:</b> المركز في وزارة العمل والشؤون الاجتماعية (افتُتح عام "
                                "2020) والمركز في وزارة الهجرة والمهجرين (افتُتح عام 2025).</li>"
                                "<li><b>أربيل:</b> المركز في مركز التنسيق المشترك للأزمات (JCC) التابع "
                                "لحكومة إقليم كردستان، افتُتح عام 2024.</li>"
                                "<li><b>السليمانية:</b> المركز مع مركز التنسيق المشترك للأزمات ووزارة "
                                "الداخلية في حكومة الإقليم، افتُتح عام 2025.</li>"
                                "</ul>"
                                "<p>احتفظ بنسخ من وثائقك لدى عائلتك. وإذا لم تكن متأكداً من أي عرض، "
                                "اسأل مركز موارد المهاجرين أولاً.</p>"
                            ),
                        },
                    ),
                    ("centres", {"heading": "مراكز موارد المهاجرين في العراق وإقليم كردستان"}),
                ],
            },
            "ckb": {
                "title": "عێراق و هەرێمی کوردستان: کۆچی سەلامەت، گەڕانەوە و یارمەتی",
                "summary": (
                    "ڕێگا یاساییەکان بۆ کار یان خوێندن لە دەرەوە، مەترسییە ڕاستەقینەکانی ڕێگا "
                    "نایاساییەکانی وەک بیلاڕووسیا، پشتگیری دوای گەڕانەوە، و ناوەندەکانی سەرچاوەی "
                    "کۆچبەران لە بەغدا، هەولێر و سلێمانی."
                ),
                "body": [
                    (
                        "legal_pathways",
                        {
                            "heading": "ڕێگا یاساییەکان بۆ چوونە دەرەوە",
                            "text": (
                                "<p>توێژینەوەیەکی ICMPD کە لە ساڵی 2024 بڵاوکرایەوە دەریخست کە خەڵک لە "
                                "عێراق بەهۆی نائەمنی، بێکاری، هەستی بێهیوایی و ویستی ئازادیی کەسی بیر لە "
                                "ڕۆیشتن دەکەنەوە. ئەمانە هۆکاری ڕاستەقینەن. پێش ئەوەی بڕیار بدەیت، "
                                "دەربارەی بژاردە یاساییەکان زانیاری وەربگرە.</p>"
                                "<ul>"
                                "<li>ناوەندەکانی سەرچاوەی کۆچبەران (MRC) لە بەغدا، هەولێر و سلێمانی "
                                "زانیاریی بێبەرامبەر دەدەن دەربارەی ڕێگا یاساییەکانی کار یان خوێندن لە "
                                "دەرەوە، ڤیزا و بورسی خوێندن.</li>"
                                "<li>پێش گەشتکردن، ناوەندەکان ڕێنماییی پێش ڕۆیشتن پێشکەش دەکەن: "
                                "بارودۆخی کار و ژیان، مافەکان و ئەرکەکانت، و چۆن خۆت بپارێزیت.</li>"
                                "<li>ناوەندەکەی بەغدا خولی نووسینی CV و خۆئامادەکردن بۆ چاوپێکەوتنی "
                                "کار دەکاتەوە.</li>"
                                "</ul>"
                                "<p>ڕێگا یاساییەکان کات و بەڵگەنامەیان دەوێت، بەڵام خۆت و پارەکەت و "
                                "خێزانەکەت دەپارێزن.</p>"
                            ),
                        },
                    ),
                    (
                        "risks",
                        {
                            "heading": "بیلاڕووسیا و ڕێگا نایاساییەکانی تر",
                            "text": (
                                "<p>دەنگۆ خێرا بڵاو دەبێتەوە. توێژینەوەیەکی Seefar لە هەرێمی کوردستان "
                                "لە کانوونی یەکەمی 2021 دەریخست کە هەواڵی کۆچ لە ڕێگەی تیکتۆک، چاتەکانی "
                                "تێلێگرام و گرووپەکانی فەیسبووکەوە بڵاو دەبووەوە، لەگەڵ دەنگۆی درۆ، بۆ "
                                "نموونە گوایە ئەوروپا مافی پەنابەری دەداتە ئەو کوردانەی لە "
                                "بیلاڕووسیان. ئەو دەنگۆیە ڕاست نەبوو.</p>"
                                "<ul>"
                                "<li>ڕێگایەک تەنها لەبەر ئەوەی زۆر کەس لە ئینتەرنێت بڵاوی دەکەنەوە "
                                "سەلامەت نییە.</li>"
                                "<li>هەرگیز پاسپۆرتەکەت مەدە بە قاچاخچی یان بریکار.</li>"
                                "<li>پێش ئەوەی پێشنیارەکە لەگەڵ MRC بپشکنیت، پارە بە کەس مەدە.</li>"
                                "</ul>"
                                "<p>قسەکردن یارمەتیدەرە. لە هەڵمەتێکی ڕاوێژکاریی Seefar لە هەرێمی "
                                "کوردستان لە ساڵی 2021، لە سەدا 34ی ئەو کەسانەی ڕاوێژیان وەرگرت واز "
                                "لە پلانی کۆچی نایاسایی هێنا، و لە سەدا 85یان وتیان ئێستا زیاتر "
                                "دەربارەی مەترسییەکان دەزانن.</p>"
                            ),
                        },
                    ),
                    (
                        "return_reintegration",
                        {
                            "heading": "دوای گەڕانەوەت",
                            "text": (
                                "<p>زۆرێک لە گەڕاوەکان نیگەرانن کە خەڵک چی دەڵێن. توێژینەوەیەک لەگەڵ "
                                "گەڕاوەکان لە بەغدا دەریخست کە ترس لە سووکایەتیی کۆمەڵایەتی زیاتر لە "
                                "خودی سووکایەتییەکە کاری لە ڕەفتاریان کردبوو. هەروەها دەریخست کە "
                                "خزمەتگوزاریی دەروونی-کۆمەڵایەتی زۆربەی کات نەبووە. ئێستا یارمەتی زیاد "
                                "دەکات:</p>"
                                "<ul>"
                                "<li>ناوەندەکەی بەغدا پشتگیریی دەروونی-کۆمەڵایەتی، ئاڕاستەکردن بۆ "
                                "لایەنی پەیوەندیدار، و خولی داهێنان لە بازرگانیدا لەگەڵ یەکەی "
                                "ئینکوبەیتەری بازرگانیی وەزارەتی کار و کاروباری کۆمەڵایەتی (MoLSA) "
                                "پێشکەش دەکات.</li>"
                                "<li>یارمەتی خەڵک دەدات بۆ گەیشتن بە سندووقی قەرزی وەزارەتی کار.</li>"
                                "<li>ئەو کەسانەی لە بیلاڕووسیا و لیتوانیا گەڕاونەتەوە دەتوانرێت لە "
                                "وەزارەتی کۆچ و کۆچبەران (MoMD)ەوە ئاڕاستەی وەزارەتی کار (MoLSA) "
                                "بکرێن.</li>"
                                "<li>میکانیزمێکی نیشتمانیی ئاڕاستەکردن لە ژێر وەزارەتی کۆچ و "
                                "کۆچبەران لە هەندێک پارێزگا تاقی دەکرێتەوە.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "rights_help",
                        {
                            "heading": "مافەکانت و لە کوێ یارمەتی وەربگریت",
                            "text": (
                                "<p>مافی خۆتە پێش بڕیاردان زانیاریی ڕاست وەربگریت، و کاتێک دەگەڕێیتەوە "
                                "پشتگیریت بکرێت. ناوەندەکان خزمەت بەو کەسانە دەکەن کە بیر لە کۆچ "
                                "دەکەنەوە، خێزانەکانیان، گەڕاوەکان و ئاوارەکانی ناوخۆی عێراق. "
                                "ڕاوێژکاری بێبەرامبەر و نهێنییە.</p>"
                                "<ul>"
                                "<li><b>بەغدا:</b> ناوەندەکەی وەزارەتی کار و کاروباری کۆمەڵایەتی (لە "
                                "2020 کراوەتەوە) و ناوەندەکەی وەزارەتی کۆچ و کۆچبەران (لە 2025 "
                                "کراوەتەوە).</li>"
                                "<li><b>هەولێر:</b> ناوەندەکەی ناوەندی هاوبەشی هەماهەنگیی قەیرانەکان "
                                "(JCC)ی حکوومەتی هەرێمی کوردستان، لە 2024 کراوەتەوە.</li>"
                                "<li><b>سلێمانی:</b> ناوەندەکە لەگەڵ JCC و وەزارەتی ناوخۆی حکوومەتی "
                                "هەرێم، لە 2025 کراوەتەوە.</li>"
                                "</ul>"
                                "<p>کۆپیی بەڵگەنامەکانت لای خێزانەکەت دابنێ. ئەگەر لە هەر پێشنیارێک "
                                "دڵنیا نیت، سەرەتا پرسیار لە MRC بکە.</p>"
                            ),
                        },
                    ),
                    (
                        "centres",
                        {"heading": "ناوەندەکانی سەرچاوەی کۆچبەران لە عێراق و هەرێمی کوردستان"},
                    ),
                ],
            },
        },
    },
    # ------------------------------------------------------------------ Bangladesh
    {
        "slug": "bangladesh",
        "country": "BD",
        "translations": {
            "en": {
                "title": "Bangladesh: safe migration, return and help",
                "summary": (
                    "How to go abroad for work the legal way, how to avoid fraud, what support exists "
                    "after return, and the Migrant Resource Centres in Dhaka and Cumilla."
                ),
                "body": [
                    (
                        "legal_pathways",
                        {
                            "heading": "Going abroad the legal way",
                            "text": (
                                "<p>Working abroad can help you and your family, if you go the safe way. "
                                "Take it step by step.</p>"
                                "<ul>"
                                "<li><b>Use the official offices.</b> BMET and the district manpower "
                                "offices (DEMO) deal with workers going abroad. Ask them, or an MRC, "
                                "which steps apply to you.</li>"
                                "<li><b>Get free advice.</b> The Migrant Resource Centres (MRCs) in Dhaka "
                                "and Cumilla give information on legal ways to migrate, visas and "
                                "scholarships.</li>"
                                "<li><b>Prepare before you leave.</b> MRCs offer pre-departure "
                                "orientation on working and living conditions, your rights and duties, "
                                "and how to protect yourself.</li>"
                                "<li><b>Plan your money.</b> Find out before you go what you will earn, "
                                "what you will spend and how you will send money home.</li>"
                                "</ul>"
                                "<p>Take your time. A safe decision is better than a fast one.</p>"
                            ),
                        },
                    ),
                    (
                        "risks",
                        {
                            "heading": "Avoid fraud and irregular routes",
                            "text": (
                                "<p>Some brokers promise jobs or visas that do not exist. Others push "
                                "people onto irregular routes with smugglers. You can lose your money, "
                                "your papers and your safety.</p>"
                                "<ul>"
                                "<li>Never hand your passport to a broker or recruiter to keep.</li>"
                                "<li>Do not pay anything before you check the job offer with an MRC or "
                                "your DEMO office.</li>"
                                "<li>Get a written contract in a language you read, and leave a copy at "
                                "home.</li>"
                                "<li>Be careful with offers you only see on social media.</li>"
                                "</ul>"
                                "<p>If something feels wrong, stop and ask. It is never too late to say "
                                "no.</p>"
                            ),
                        },
                    ),
                    (
                        "return_reintegration",
                        {
                            "heading": "Coming back home",
                            "text": (
                                "<p>Coming back, planned or not, brings new questions about money, work, "
                                "family and how you feel. That is normal.</p>"
                                "<ul>"
                                "<li>MRCs give information on return and refer returnees to "
                                "reintegration support.</li>"
                                "<li>Bangladesh has a National Reintegration Framework and a Diaspora "
                                "Policy.</li>"
                                "<li>Reintegration programmes often offer job placement, vocational "
                                "training, help to start a small business, financial-management "
                                "training and savings groups. What you can get depends on where you "
                                "live and on your situation.</li>"
                                "</ul>"
                                "<p>Good reintegration means you can earn a living, feel settled and feel "
                                "well, so that migrating again is a choice, not a necessity.</p>"
                            ),
                        },
                    ),
                    (
                        "rights_help",
                        {
                            "heading": "Your rights and where to get help",
                            "text": (
                                "<p>You deserve honest information before you decide. MRCs help people "
                                "thinking of migrating, their families and returnees. Counselling is "
                                "free and confidential.</p>"
                                "<ul>"
                                "<li>Visit the MRC in Dhaka or Cumilla. They have worked since March "
                                "2020 with the Expatriates' Welfare Ministry (MoEWOE), the district "
                                "manpower offices and BMET.</li>"
                                "<li>Ask your district manpower office (DEMO) about the steps for going "
                                "abroad.</li>"
                                "<li>The government also runs a call centre for migrants. Ask an MRC or "
                                "a DEMO office for its number.</li>"
                                "</ul>"
                                "<p>Keep copies of your passport, visa and contract with your "
                                "family.</p>"
                            ),
                        },
                    ),
                    ("centres", {"heading": "Migrant Resource Centres in Bangladesh"}),
                ],
            },
            "bn": {
                "title": "বাংলাদেশ: নিরাপদ অভিবাসন, প্রত্যাবর্তন ও সহায়তা",
                "summary": (
                    "বৈধ পথে কীভাবে কাজের জন্য বিদেশে যাবেন, কীভাবে প্রতারণা এড়াবেন, ফিরে আসার পর কী "
                    "সহায়তা আছে, এবং ঢাকা ও কুমিল্লার মাইগ্রেন্ট রিসোর্স সেন্টার।"
                ),
                "body": [
                    (
                        "legal_pathways",
                        {
                            "heading": "বৈধ পথে বিদেশে যাওয়া",
                            "text": (
                                "<p>নিরাপদ পথে গেলে বিদেশে কাজ আপনার ও আপনার পরিবারের উপকারে আসতে "
                                "পারে। ধাপে ধাপে এগোন।</p>"
                                "<ul>"
                                "<li><b>সরকারি অফিসের মাধ্যমে যান।</b> BMET এবং জেলা জনশক্তি অফিস "
                                "(DEMO) বিদেশগামী কর্মীদের বিষয়গুলো দেখে। আপনার জন্য কোন ধাপগুলো "
                                "প্রযোজ্য, তা তাদের বা কোনো MRC-কে জিজ্ঞেস করুন।</li>"
                                "<li><b>বিনামূল্যে পরামর্শ নিন।</b> ঢাকা ও কুমিল্লার মাইগ্রেন্ট রিসোর্স "
                                "সেন্টার (MRC) বৈধ অভিবাসনের পথ, ভিসা ও বৃত্তি সম্পর্কে তথ্য দেয়।</li>"
                                "<li><b>যাওয়ার আগে প্রস্তুতি নিন।</b> MRC প্রাক-বহির্গমন ওরিয়েন্টেশন "
                                "দেয়: কাজ ও থাকার পরিবেশ, আপনার অধিকার ও দায়িত্ব, এবং কীভাবে নিজেকে "
                                "সুরক্ষিত রাখবেন।</li>"
                                "<li><b>টাকার পরিকল্পনা করুন।</b> যাওয়ার আগেই জেনে নিন কত আয় করবেন, "
                                "কত খরচ হবে এবং কীভাবে দেশে টাকা পাঠাবেন।</li>"
                                "</ul>"
                                "<p>সময় নিন। তাড়াহুড়োর সিদ্ধান্তের চেয়ে নিরাপদ সিদ্ধান্ত ভালো।</p>"
                            ),
                        },
                    ),
                    (
                        "risks",
                        {
                            "heading": "প্রতারণা ও অনিয়মিত পথ এড়িয়ে চলুন",
                            "text": (
                                "<p>কিছু দালাল এমন চাকরি বা ভিসার প্রতিশ্রুতি দেয়, যার কোনো অস্তিত্ব "
                                "নেই। কেউ কেউ মানুষকে অবৈধভাবে সীমান্ত পার করানো চক্রের সঙ্গে অনিয়মিত "
                                "পথে যেতে চাপ দেয়। এতে আপনি টাকা, কাগজপত্র ও নিরাপত্তা হারাতে "
                                "পারেন।</p>"
                                "<ul>"
                                "<li>কখনও কোনো দালাল বা রিক্রুটারের কাছে আপনার পাসপোর্ট রেখে দেবেন "
                                "না।</li>"
                                "<li>কোনো MRC বা আপনার জেলা জনশক্তি অফিসে চাকরির প্রস্তাব যাচাই করার "
                                "আগে কোনো টাকা দেবেন না।</li>"
                                "<li>যে ভাষা আপনি পড়তে পারেন, সেই ভাষায় লিখিত চুক্তিপত্র নিন এবং একটি "
                                "কপি বাড়িতে রেখে যান।</li>"
                                "<li>যে প্রস্তাব শুধু সামাজিক যোগাযোগমাধ্যমে দেখেন, সে ব্যাপারে সতর্ক "
                                "থাকুন।</li>"
                                "</ul>"
                                "<p>কিছু ঠিক মনে না হলে থামুন এবং জিজ্ঞেস করুন। “না” বলতে কখনও দেরি "
                                "হয় না।</p>"
                            ),
                        },
                    ),
                    (
                        "return_reintegration",
                        {
                            "heading": "দেশে ফিরে আসা",
                            "text": (
                                "<p>পরিকল্পনা করে ফিরুন বা হঠাৎ, ফিরে আসার পর টাকা, কাজ, পরিবার আর "
                                "নিজের মনের অবস্থা নিয়ে নতুন প্রশ্ন আসে। এটা স্বাভাবিক।</p>"
                                "<ul>"
                                "<li>MRC প্রত্যাবর্তন সম্পর্কে তথ্য দেয় এবং ফেরত আসা ব্যক্তিদের "
                                "পুনঃএকীকরণ সহায়তার জন্য সংশ্লিষ্ট জায়গায় পাঠায়।</li>"
                                "<li>বাংলাদেশে একটি জাতীয় পুনঃএকীকরণ কাঠামো (National Reintegration "
                                "Framework) এবং একটি প্রবাসী নীতি (Diaspora Policy) আছে।</li>"
                                "<li>পুনঃএকীকরণ কর্মসূচিতে প্রায়ই চাকরি খুঁজে দেওয়া, কারিগরি "
                                "প্রশিক্ষণ, ছোট ব্যবসা শুরুর সহায়তা, আর্থিক ব্যবস্থাপনার প্রশিক্ষণ ও "
                                "সঞ্চয় দল থাকে। আপনি কী পাবেন, তা আপনার এলাকা ও পরিস্থিতির ওপর "
                                "নির্ভর করে।</li>"
                                "</ul>"
                                "<p>ভালো পুনঃএকীকরণ মানে আপনি রোজগার করতে পারবেন, থিতু হবেন এবং ভালো "
                                "বোধ করবেন, যাতে আবার বিদেশে যাওয়া বাধ্যতা নয়, আপনার নিজের পছন্দ "
                                "হয়।</p>"
                            ),
                        },
                    ),
                    (
                        "rights_help",
                        {
                            "heading": "আপনার অধিকার ও কোথায় সাহায্য পাবেন",
                            "text": (
                                "<p>সিদ্ধান্ত নেওয়ার আগে সৎ তথ্য পাওয়া আপনার অধিকার। যাঁরা বিদেশে "
                                "যাওয়ার কথা ভাবছেন, তাঁদের পরিবার এবং যাঁরা ফিরে এসেছেন, সবাইকে MRC "
                                "সাহায্য করে। পরামর্শ বিনামূল্যে ও গোপনীয়।</p>"
                                "<ul>"
                                "<li>ঢাকা বা কুমিল্লার MRC-তে যান। মার্চ ২০২০ থেকে এগুলো প্রবাসী কল্যাণ "
                                "মন্ত্রণালয় (MoEWOE), জেলা জনশক্তি অফিস ও BMET-এর সঙ্গে কাজ "
                                "করছে।</li>"
                                "<li>বিদেশে যাওয়ার ধাপগুলো সম্পর্কে আপনার জেলা জনশক্তি অফিসে (DEMO) "
                                "জিজ্ঞেস করুন।</li>"
                                "<li>সরকার প্রবাসীদের জন্য একটি কল সেন্টারও চালায়। এর নম্বর কোনো MRC বা "
                                "DEMO অফিস থেকে জেনে নিন।</li>"
                                "</ul>"
                                "<p>আপনার পাসপোর্ট, ভিসা ও চুক্তিপত্রের কপি পরিবারের কাছে রাখুন।</p>"
                            ),
                        },
                    ),
                    ("centres", {"heading": "বাংলাদেশের মাইগ্রেন্ট রিসোর্স সেন্টার"}),
                ],
            },
        },
    },
    # ------------------------------------------------------------------ Afghanistan
    {
        "slug": "afghanistan",
        "country": "AF",
        "translations": {
            "en": {
                "title": "Afghanistan: safe choices, return and help",
                "summary": (
                    "Honest information on legal ways to go abroad, the risks of irregular routes and "
                    "life after return, and what we know about the Kabul Migrant Resource Centre, "
                    "whose status after 2021 is unclear."
                ),
                "body": [
                    (
                        "legal_pathways",
                        {
                            "heading": "Legal ways to go abroad",
                            "text": (
                                "<p>Legal routes can be hard to find and slow. Each country has its own "
                                "rules for work, study and family visas, and the rules can change. "
                                "Still, a legal route keeps you much safer than a smuggler.</p>"
                                "<ul>"
                                "<li>Get visa information from the official embassy or government "
                                "website of the country you want to go to, not from an agent.</li>"
                                "<li>Be careful of anyone who asks for money to get you a scholarship "
                                "or a visa.</li>"
                                "<li>Get a written job contract in a language you read before you pay "
                                "anything or travel.</li>"
                                "<li>Keep copies of your tazkira, passport and certificates in a safe "
                                "place, and give a copy to your family.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "risks",
                        {
                            "heading": "Risks of irregular routes",
                            "text": (
                                "<p>Smugglers often promise an easy trip. In reality, irregular routes "
                                "can lead to debt, danger on the road, arrest, being sent back, or "
                                "losing contact with your family.</p>"
                                "<ul>"
                                "<li>Never hand your passport or tazkira to a smuggler or agent.</li>"
                                "<li>A route is not safe just because people share it on social "
                                "media.</li>"
                                "<li>Do not let anyone push you to decide quickly.</li>"
                                "<li>Tell your family your plans, and agree how you will stay in "
                                "touch.</li>"
                                "</ul>"
                                "<p>If you are unsure, wait and check. Waiting costs less than a wrong "
                                "decision.</p>"
                            ),
                        },
                    ),
                    (
                        "return_reintegration",
                        {
                            "heading": "Coming back",
                            "text": (
                                "<p>Coming back, by choice or not, is hard. It is normal to worry about "
                                "money, work and what people will say. Reintegration support aims to "
                                "help returnees stand on their own feet in three ways:</p>"
                                "<ul>"
                                "<li><b>economic:</b> income and work;</li>"
                                "<li><b>social:</b> health, education, housing, justice and social "
                                "protection;</li>"
                                "<li><b>psychosocial:</b> people to lean on and a sense of "
                                "belonging.</li>"
                                "</ul>"
                                "<p>Support can include cash or in-kind help, vocational training and "
                                "help to start a small business. What is available in Afghanistan today "
                                "may be limited, so ask what exists before you rely on it.</p>"
                            ),
                        },
                    ),
                    (
                        "rights_help",
                        {
                            "heading": "Where to get help",
                            "text": (
                                "<p>A Migrant Resource Centre (MRC) opened in Kabul in July 2018 at the "
                                "Ministry of Refugees and Repatriation (MoRR). It offered free, "
                                "confidential counselling and job-contract checks, with materials in "
                                "Pashto, Farsi and English. It had a hotline, <b>5588</b>, and from "
                                "November 2021 a remote service on WhatsApp, Viber and Telegram.</p>"
                                "<p><b>Please note:</b> its status after 2021 is unclear. We could not "
                                "confirm that the Kabul MRC or the 5588 hotline still work. Do not pay "
                                "anyone who says they speak for the centre.</p>"
                                "<ul>"
                                "<li>Check any offer with the official embassy of the country you want "
                                "to go to.</li>"
                                "<li>Talk to people you trust who went abroad legally.</li>"
                                "<li>Keep copies of your documents with your family.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "centres",
                        {"heading": "Kabul centre and hotline (status after 2021 unclear)"},
                    ),
                ],
            },
            "ps": {
                "title": "افغانستان: خوندي انتخابونه، بېرته راتګ او مرسته",
                "summary": (
                    "بهر ته د تګ د قانوني لارو، د غیرقانوني لارو د خطرونو او له راستنېدو وروسته د "
                    "ژوند په اړه رښتیني معلومات، او دا چې د کابل د کډوالو د سرچینو د مرکز په اړه څه "
                    "پوهېږو؛ له 2021 وروسته یې حالت روښانه نه دی."
                ),
                "body": [
                    (
                        "legal_pathways",
                        {
                            "heading": "بهر ته د تګ قانوني لارې",
                            "text": (
                                "<p>قانوني لارې پیدا کول ګران دي او وخت نیسي. هر هېواد د کار، زده کړې "
                                "او کورنۍ د ویزې لپاره خپل مقررات لري، او دا مقررات بدلېدای شي. بیا "
                                "هم، قانوني لاره تاسو تر قاچاقبر ډېر خوندي ساتي.</p>"
                                "<ul>"
                                "<li>د ویزې معلومات د هغه هېواد له رسمي سفارت یا دولتي وېبپاڼې څخه "
                                "واخلئ چې غواړئ هلته لاړ شئ، نه له اجنټ څخه.</li>"
                                "<li>له هر هغه چا څخه ځان وساتئ چې د بورس یا ویزې د ترلاسه کولو لپاره "
                                "پیسې غواړي.</li>"
                                "<li>مخکې له دې چې هر ډول پیسې ورکړئ یا سفر وکړئ، په داسې ژبه د کار "
                                "لیکلی تړون واخلئ چې تاسو یې لوستلی شئ.</li>"
                                "<li>د خپلې تذکرې، پاسپورټ او سندونو کاپي په یو خوندي ځای کې وساتئ، او "
                                "یوه کاپي خپلې کورنۍ ته ورکړئ.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "risks",
                        {
                            "heading": "د غیرقانوني لارو خطرونه",
                            "text": (
                                "<p>قاچاقبر اکثره د اسانه سفر ژمنه کوي. په حقیقت کې، غیرقانوني لارې "
                                "کولی شي تاسو پوروړي کړي، یا مو په لاره کې له خطر، نیول کېدو، بېرته "
                                "لېږل کېدو یا له کورنۍ سره د اړیکې له پرې کېدو سره مخ کړي.</p>"
                                "<ul>"
                                "<li>خپل پاسپورټ یا تذکره هېڅکله قاچاقبر یا اجنټ ته مه ورکوئ.</li>"
                                "<li>یوه لاره یوازې د دې لپاره خوندي نه ده چې خلک یې په ټولنیزو رسنیو "
                                "کې شریکوي.</li>"
                                "<li>مه پرېږدئ چې څوک تاسو په چټکه پرېکړې ته اړ کړي.</li>"
                                "<li>خپلې کورنۍ ته خپل پلانونه ووایاست، او موافقه وکړئ چې څنګه به سره "
                                "په اړیکه کې یاست.</li>"
                                "</ul>"
                                "<p>که ډاډه نه یاست، صبر وکړئ او معلومات ترلاسه کړئ. انتظار تر ناسمې "
                                "پرېکړې ارزانه تمامېږي.</p>"
                            ),
                        },
                    ),
                    (
                        "return_reintegration",
                        {
                            "heading": "بېرته راتګ",
                            "text": (
                                "<p>بېرته راتګ، که په خپله خوښه وي که نه، ګران دی. د پیسو، کار او د "
                                "خلکو د خبرو په اړه اندېښنه عادي ده. د بیا یوځای کېدو ملاتړ هڅه کوي "
                                "چې راستانه شوي کسان په درېیو برخو کې پر خپلو پښو ودرېږي:</p>"
                                "<ul>"
                                "<li><b>اقتصادي:</b> عاید او کار؛</li>"
                                "<li><b>ټولنیز:</b> روغتیا، زده کړه، استوګنځی، عدالت او ټولنیز "
                                "خوندیتوب؛</li>"
                                "<li><b>رواني ټولنیز:</b> هغه خلک چې پرې تکیه وکړئ او د تړاو "
                                "احساس.</li>"
                                "</ul>"
                                "<p>ملاتړ کېدای شي نغدې یا جنسي مرستې، مسلکي روزنه او د کوچني کاروبار "
                                "د پیلولو مرسته ولري. کېدای شي نن ورځ په افغانستان کې شته مرستې محدودې "
                                "وي، نو مخکې له دې چې پرې تکیه وکړئ، وپوښتئ چې څه شته.</p>"
                            ),
                        },
                    ),
                    (
                        "rights_help",
                        {
                            "heading": "له کومه مرسته ترلاسه کړو",
                            "text": (
                                "<p>د کډوالو د سرچینو یو مرکز (MRC) د 2018 کال د جولای په میاشت کې په "
                                "کابل کې د کډوالو او راستنېدونکو چارو وزارت (MoRR) کې پرانیستل شو. "
                                "دې مرکز وړیا او محرمه مشوره ورکوله، د کار تړونونه یې کتل، او معلومات "
                                "یې په پښتو، فارسي او انګلیسي ژبو برابرول. د هغه هېلپ لاین <b>5588</b> "
                                "و، او د 2021 کال له نومبر څخه یې په WhatsApp، Viber او Telegram له "
                                "لرې خدمت هم وړاندې کاوه.</p>"
                                "<p><b>پام وکړئ:</b> له 2021 وروسته یې حالت روښانه نه دی. موږ دا نه شو "
                                "تاییدولی چې د کابل مرکز یا د 5588 هېلپ لاین اوس هم کار کوي. "
                                "هغه چا ته پیسې مه ورکوئ چې وایي د مرکز په استازیتوب خبرې کوي.</p>"
                                "<ul>"
                                "<li>هر وړاندیز د هغه هېواد له رسمي سفارت سره وګورئ چې غواړئ هلته لاړ "
                                "شئ.</li>"
                                "<li>له هغو باوري خلکو سره خبرې وکړئ چې په قانوني ډول بهر تللي دي.</li>"
                                "<li>د خپلو اسنادو کاپي له کورنۍ سره وساتئ.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "centres",
                        {
                            "heading": "د کابل مرکز او هېلپ لاین (له 2021 وروسته یې حالت روښانه نه دی)"
                        },
                    ),
                ],
            },
            "fa-af": {
                "title": "افغانستان: انتخاب‌های مصون، بازگشت و کمک",
                "summary": (
                    "معلومات درست در مورد راه‌های قانونی رفتن به خارج، خطرهای راه‌های غیرقانونی و "
                    "زندگی پس از بازگشت، و آنچه در مورد مرکز منابع مهاجرین کابل می‌دانیم؛ وضعیت این "
                    "مرکز پس از 2021 روشن نیست."
                ),
                "body": [
                    (
                        "legal_pathways",
                        {
                            "heading": "راه‌های قانونی رفتن به خارج",
                            "text": (
                                "<p>پیدا کردن راه‌های قانونی سخت است و وقت می‌گیرد. هر کشور برای ویزهٔ "
                                "کار، تحصیل و خانواده مقررات خود را دارد و این مقررات ممکن است تغییر "
                                "کند. با این هم، راه قانونی شما را بسیار مصون‌تر از قاچاقبر نگه "
                                "می‌دارد.</p>"
                                "<ul>"
                                "<li>معلومات ویزه را از سفارت رسمی یا ویب‌سایت دولتی کشوری که می‌خواهید "
                                "به آنجا بروید بگیرید، نه از واسطه یا ایجنت.</li>"
                                "<li>از هر کسی که برای گرفتن بورسیه یا ویزه از شما پول می‌خواهد، احتیاط "
                                "کنید.</li>"
                                "<li>پیش از پرداخت هر پولی یا سفر، قرارداد کتبی کار را به زبانی که "
                                "می‌توانید بخوانید بگیرید.</li>"
                                "<li>کاپی تذکره، پاسپورت و اسناد و شهادت‌نامه‌های خود را در جای مصون "
                                "نگه دارید و یک کاپی را به خانواده‌تان بدهید.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "risks",
                        {
                            "heading": "خطرهای راه‌های غیرقانونی",
                            "text": (
                                "<p>قاچاقبران اکثراً وعدهٔ یک سفر آسان را می‌دهند. در واقعیت، راه‌های "
                                "غیرقانونی می‌تواند شما را قرضدار کند، یا به خطر در راه، گرفتاری، "
                                "دیپورت شدن یا قطع تماس با خانواده بکشاند.</p>"
                                "<ul>"
                                "<li>هرگز پاسپورت یا تذکرهٔ خود را به قاچاقبر یا ایجنت ندهید.</li>"
                                "<li>یک راه تنها به این دلیل که مردم آن را در شبکه‌های اجتماعی شریک "
                                "می‌سازند، مصون نیست.</li>"
                                "<li>نگذارید کسی شما را برای یک تصمیم عجولانه زیر فشار بگذارد.</li>"
                                "<li>پلان‌های خود را به خانواده بگویید و توافق کنید که چطور با هم در "
                                "تماس می‌مانید.</li>"
                                "</ul>"
                                "<p>اگر مطمئن نیستید، صبر کنید و معلومات بگیرید. انتظار کشیدن کم‌هزینه‌تر "
                                "از یک تصمیم نادرست است.</p>"
                            ),
                        },
                    ),
                    (
                        "return_reintegration",
                        {
                            "heading": "بازگشت",
                            "text": (
                                "<p>بازگشت، چه به خواست خودتان باشد چه نه، سخت است. نگرانی در مورد پول، "
                                "کار و حرف مردم طبیعی است. حمایت ادغام مجدد تلاش می‌کند تا "
                                "بازگشت‌کنندگان از سه جهت روی پای خود بایستند:</p>"
                                "<ul>"
                                "<li><b>اقتصادی:</b> عاید و کار؛</li>"
                                "<li><b>اجتماعی:</b> صحت، تعلیم و تحصیل، سرپناه، عدالت و حمایت "
                                "اجتماعی؛</li>"
                                "<li><b>روانی-اجتماعی:</b> کسانی که بتوانید به آن‌ها تکیه کنید و احساس "
                                "تعلق.</li>"
                                "</ul>"
                                "<p>حمایت می‌تواند شامل کمک نقدی یا جنسی، آموزش‌های مسلکی و کمک برای "
                                "شروع یک کاروبار کوچک باشد. ممکن است کمک‌های موجود امروز در افغانستان "
                                "محدود باشد، پس پیش از آن‌که به آن اتکا کنید، بپرسید چه چیزی وجود "
                                "دارد.</p>"
                            ),
                        },
                    ),
                    (
                        "rights_help",
                        {
                            "heading": "از کجا کمک بگیرید",
                            "text": (
                                "<p>یک مرکز منابع مهاجرین (MRC) در ماه جولای 2018 در وزارت امور "
                                "مهاجرین و عودت‌کنندگان (MoRR) در کابل افتتاح شد. این مرکز مشورهٔ "
                                "رایگان و محرمانه می‌داد، قراردادهای کار را بررسی می‌کرد و معلومات را "
                                "به زبان‌های پشتو، فارسی و انگلیسی آماده می‌ساخت. خط تلیفونی آن "
                                "<b>5588</b> بود و از نومبر 2021 خدمات از راه دور را از طریق "
                                "WhatsApp، Viber و Telegram ارائه می‌کرد.</p>"
                                "<p><b>لطفاً توجه کنید:</b> وضعیت این مرکز پس از 2021 روشن نیست. ما "
                                "نتوانستیم تأیید کنیم که مرکز کابل یا خط 5588 هنوز فعال است. به کسی "
                                "که ادعا می‌کند از طرف مرکز صحبت می‌کند، پول ندهید.</p>"
                                "<ul>"
                                "<li>هر پیشنهاد را با سفارت رسمی کشوری که می‌خواهید به آنجا بروید، "
                                "بررسی کنید.</li>"
                                "<li>با افراد مورد اعتماد خود که از راه قانونی به خارج رفته‌اند، صحبت "
                                "کنید.</li>"
                                "<li>کاپی اسناد خود را نزد خانواده‌تان نگه دارید.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    ("centres", {"heading": "مرکز کابل و خط تلیفونی (وضعیت پس از 2021 روشن نیست)"}),
                ],
            },
        },
    },
]

TOPICS: list[dict] = [
    {
        "slug": "legal-labour-migration-gulf",
        "translations": {
            "en": {
                "title": "Working in the Gulf: the legal way",
                "summary": (
                    "How to look for a job in the Gulf (Saudi Arabia, the United Arab Emirates, "
                    "Qatar, Kuwait, Oman, Bahrain) safely: go through the official emigration "
                    "bodies, check your offer, and join a free pre-departure orientation at a Migrant "
                    "Resource Centre."
                ),
                "body": [
                    (
                        "section",
                        {
                            "heading": "Why the legal way matters",
                            "text": (
                                "<p>Jobs in the Gulf are a common goal. In September 2021, most "
                                "questions to the MRC Islamabad hotline were about jobs in the Gulf, "
                                "and Khyber Pakhtunkhwa, where MRC Peshawar opened in 2024, has heavy "
                                "migration to the Gulf.</p>"
                                "<p>The Gulf countries are Saudi Arabia, the United Arab Emirates "
                                "(UAE), Qatar, Kuwait, Oman and Bahrain.</p>"
                                "<p>Going the legal way means a real job, a valid visa, a contract you "
                                "can check, and people you can turn to if something goes wrong.</p>"
                            ),
                        },
                    ),
                    (
                        "section",
                        {
                            "heading": "Go through the official bodies",
                            "text": (
                                "<ul>"
                                "<li><b>Pakistan:</b> the Bureau of Emigration and Overseas Employment "
                                "(BEOE) and the Protectorate of Emigrants deal with workers going "
                                "abroad. MRC Peshawar is hosted by BEOE, and MRC Islamabad staff gave a "
                                "weekly pre-departure lecture at the Protectorate of Emigrants in "
                                "Rawalpindi.</li>"
                                "<li><b>Bangladesh:</b> BMET and the district manpower offices (DEMO) "
                                "deal with workers going abroad. The MRCs in Dhaka and Cumilla work with "
                                "them and with the Expatriates' Welfare Ministry (MoEWOE).</li>"
                                "<li><b>Iraq:</b> the first MRC in Baghdad is hosted by the Ministry of "
                                "Labour and Social Affairs (MoLSA).</li>"
                                "</ul>"
                                "<p>Ask an MRC which registration steps apply to you and your "
                                "destination. Do not rely on an agent's word alone.</p>"
                            ),
                        },
                    ),
                    (
                        "section",
                        {
                            "heading": "Pre-departure orientation",
                            "text": (
                                "<p>Before you leave, an MRC can give you a pre-departure orientation. "
                                "It covers working and living conditions in the destination country, "
                                "your rights and duties, and how to protect yourself. In Pakistan, MRCs "
                                "also give country-specific training on request. Between January 2016 "
                                "and October 2018, the MRCs in Pakistan gave pre-departure training to "
                                "more than 45,000 people.</p>"
                            ),
                        },
                    ),
                    (
                        "section",
                        {
                            "heading": "Before you sign",
                            "text": (
                                "<ul>"
                                "<li>Get a written contract in a language you read. Check the job, the "
                                "pay, the hours and who pays for travel.</li>"
                                "<li>Never hand your passport to a recruiter to keep.</li>"
                                "<li>Keep copies of your passport, visa and contract at home.</li>"
                                "<li>Check the offer with an MRC before you pay anything.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "text": (
                                "<p>Questions about a job in the Gulf? Call the free hotline of MRC "
                                "Islamabad, <b>0304 1112123</b>, or visit your nearest MRC. Counselling "
                                "is free.</p>"
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "visa-and-job-offer-scams",
        "translations": {
            "en": {
                "title": "Visa and job-offer scams: how to spot them",
                "summary": (
                    "Fake jobs and visas cost people their savings and their safety. Learn the warning "
                    "signs, and check any offer with a Migrant Resource Centre before you pay."
                ),
                "body": [
                    (
                        "section",
                        {
                            "heading": "Common warning signs",
                            "text": (
                                "<ul>"
                                "<li>Someone asks for your passport and wants to keep it.</li>"
                                "<li>You are asked to pay before you see a written contract.</li>"
                                "<li>The visa or job is \u201cguaranteed\u201d, or the pay is much higher "
                                "than others get for the same work.</li>"
                                "<li>You are pushed to decide today, or told to keep the offer "
                                "secret.</li>"
                                "<li>The contract is in a language you cannot read, or there is no "
                                "contract at all.</li>"
                                "<li>You are told you can travel on a visit visa and sort out work "
                                "papers later.</li>"
                                "<li>The offer comes only through social media or a chat app, and you "
                                "cannot check the employer.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "section",
                        {
                            "heading": "Check before you pay",
                            "text": (
                                "<p>Migrant Resource Centres (MRCs) give information on legal migration "
                                "routes and visas. You can bring a job offer or contract to an MRC and "
                                "go through it with a counsellor. The Kabul MRC listed job-contract "
                                "checks among its services. Counselling is free and confidential.</p>"
                                "<p>Good questions to ask the counsellor:</p>"
                                "<ul>"
                                "<li>Is this the right kind of visa for this job?</li>"
                                "<li>What does each part of this contract mean?</li>"
                                "<li>What should I check with the official emigration office?</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "section",
                        {
                            "heading": "If you have already paid",
                            "text": (
                                "<p>Do not pay more to \u201cfix\u201d the problem. Keep every receipt, "
                                "message and document. Go to an MRC or to the official emigration "
                                "office in your country (BEOE or the Protectorate of Emigrants in "
                                "Pakistan, BMET or your DEMO office in Bangladesh) and ask what you can "
                                "do.</p>"
                                "<p>Being cheated is not your shame. Telling others what happened can "
                                "protect them too.</p>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "text": (
                                "<p><b>Remember:</b> never hand over your passport, never pay before "
                                "you have a written contract you understand, and always check with an "
                                "MRC first.</p>"
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "belarus-and-balkan-routes",
        "translations": {
            "en": {
                "title": "The Belarus and Balkan routes: what the rumours leave out",
                "summary": (
                    "Stories on TikTok, Telegram and Facebook make irregular routes to Europe "
                    "(Greece, Italy, Germany) sound easy. Here is what research found, and what "
                    "safer choices exist."
                ),
                "body": [
                    (
                        "section",
                        {
                            "heading": "How the rumours spread",
                            "text": (
                                "<p>A December 2021 study by Seefar in the Kurdistan Region of Iraq, "
                                "based on 571 survey interviews and 36 in-depth interviews, found that "
                                "information about migration moved through TikTok, Telegram chats and "
                                "Facebook groups. False rumours moved with it. One said that Europe was "
                                "granting asylum to Kurds who reached Belarus. It was not true.</p>"
                                "<p>A post that many people share is not proof. Smugglers earn money "
                                "when people believe such stories.</p>"
                            ),
                        },
                    ),
                    (
                        "section",
                        {
                            "heading": "What these routes mean",
                            "text": (
                                "<p>Whether the goal is Greece, Italy, Germany or another country in "
                                "Europe, the Belarus and Balkan routes are irregular routes: long journeys "
                                "across many borders, usually paid to smugglers, without the papers you "
                                "need to enter. You can lose your savings, be stuck for a long time, or "
                                "be sent back.</p>"
                                "<p>Some people who tried the Belarus route came back to Iraq. There is "
                                "now a referral route from the Ministry of Migration and Displaced "
                                "(MoMD) to the Ministry of Labour and Social Affairs (MoLSA) for people "
                                "who came back from Belarus and Lithuania.</p>"
                            ),
                        },
                    ),
                    (
                        "section",
                        {
                            "heading": "Talking it through helps",
                            "text": (
                                "<p>In a 2021 Seefar counselling campaign in the Kurdistan Region, which "
                                "reached more than 2,100 people, 34% of those counselled dropped their "
                                "irregular plans, 78% were weighing legal options, and 85% said they "
                                "knew more about the risks.</p>"
                                "<p>The MRCs in Baghdad, Erbil and Sulaymaniyah give free, confidential "
                                "counselling on legal ways to work or study abroad, on visas and on "
                                "scholarships.</p>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "text": (
                                "<p>Heard about a \u201cnew open route\u201d? Before you pay anyone, talk "
                                "it through with an MRC.</p>"
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "after-return",
        "translations": {
            "en": {
                "title": "After return: what to expect",
                "summary": (
                    "Coming back brings worries about money, what people will say and how you feel. "
                    "Here is what research found about returnees, and where MRCs can help."
                ),
                "body": [
                    (
                        "section",
                        {
                            "heading": "What returnees told researchers",
                            "text": (
                                "<p>A study in Baghdad, with focus groups that included 60 returnees, "
                                "found that the <b>fear</b> of stigma shaped how returnees behaved more "
                                "than stigma itself. In other words, worrying about what people might "
                                "say held people back more than what people actually said. The same "
                                "study found that psychosocial services were mostly missing.</p>"
                                "<p>A December 2024 study of returnees in Pakistan found three main "
                                "problems: income, stigma and mental health. About 25% of returnees "
                                "migrate again.</p>"
                            ),
                        },
                    ),
                    (
                        "section",
                        {
                            "heading": "Money and work",
                            "text": (
                                "<p>Income is often the first worry. MRCs give information on return and "
                                "refer returnees to reintegration support. In Baghdad, the MRC runs CV, "
                                "job-interview and business courses, and helps people reach "
                                "the MoLSA loan fund. In Pakistan, MRCs give career advice.</p>"
                            ),
                        },
                    ),
                    (
                        "section",
                        {
                            "heading": "Your feelings matter",
                            "text": (
                                "<p>Stress, shame, anger or sadness after return are common. It helps "
                                "to talk to someone you trust. MRCs in Pakistan and the MRC in Baghdad "
                                "offer psychosocial support or can refer you to it.</p>"
                                "<p>Your experience also has value for others. Returnees are a key "
                                "source of information for people thinking of migrating, and some "
                                "choose to share their story so that others can decide better.</p>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "text": (
                                "<p>Migrating again should be your choice, not a necessity. If you do "
                                "go again, go the legal way, and talk to an MRC first.</p>"
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "reintegration-support",
        "translations": {
            "en": {
                "title": "Reintegration support: what it is and how to get it",
                "summary": (
                    "Reintegration support helps returnees rebuild their lives: income, services and "
                    "well-being. Learn what it can include and how MRCs refer you to it."
                ),
                "body": [
                    (
                        "section",
                        {
                            "heading": "What reintegration means",
                            "text": (
                                "<p>IOM describes sustainable reintegration as reaching economic "
                                "self-sufficiency, social stability and psychosocial well-being, so "
                                "that migrating again is a choice, not a necessity. It has three "
                                "dimensions:</p>"
                                "<ul>"
                                "<li><b>Economic:</b> a way to earn a living.</li>"
                                "<li><b>Social:</b> access to health, education, housing, justice and "
                                "social protection.</li>"
                                "<li><b>Psychosocial:</b> support networks and a sense of "
                                "belonging.</li>"
                                "</ul>"
                                "<p>Support can go to you as a person, to your community, and into "
                                "better systems and services.</p>"
                            ),
                        },
                    ),
                    (
                        "section",
                        {
                            "heading": "What support can include",
                            "text": (
                                "<ul>"
                                "<li>cash or in-kind help;</li>"
                                "<li>job placement;</li>"
                                "<li>business development support and start-up grants;</li>"
                                "<li>vocational training and scholarships;</li>"
                                "<li>help getting your employment and education records;</li>"
                                "<li>financial-management training, micro-saving, and savings-and-credit "
                                "groups.</li>"
                                "</ul>"
                                "<p>Not every programme offers all of these. Support often starts with "
                                "a conversation about your needs and your skills.</p>"
                            ),
                        },
                    ),
                    (
                        "section",
                        {
                            "heading": "How to get it",
                            "text": (
                                "<p>MRCs give information on return and refer returnees to "
                                "reintegration support.</p>"
                                "<ul>"
                                "<li><b>Iraq:</b> a National Referral Mechanism under the Ministry of "
                                "Migration and Displaced (MoMD) is being piloted in some governorates, "
                                "and people who came back from Belarus and Lithuania can be referred "
                                "from MoMD to MoLSA. Iraq also has a \u201cVision on Sustainable "
                                "Reintegration of Returnees\u201d with an Action Plan.</li>"
                                "<li><b>Bangladesh:</b> there is a National Reintegration "
                                "Framework.</li>"
                                "<li><b>Pakistan:</b> the Overseas Pakistanis Foundation has a "
                                "reintegration centre.</li>"
                                "</ul>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "text": (
                                "<p>Not sure where to start? Visit your nearest MRC and ask for a "
                                "referral.</p>"
                            ),
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "psychosocial-support",
        "translations": {
            "en": {
                "title": "Psychosocial support: it is normal to need help",
                "summary": (
                    "Migration and return can weigh on your mind and your relationships. Psychosocial "
                    "support gives you a safe place to talk and to find your feet again."
                ),
                "body": [
                    (
                        "section",
                        {
                            "heading": "What it is",
                            "text": (
                                "<p>Psychosocial support helps with how you feel and how you get on "
                                "with the people around you. It can mean talking one-to-one with a "
                                "counsellor, meeting others who have been through similar things, or "
                                "being connected to other services you need.</p>"
                                "<p>It is not only for people with a serious illness. It is for anyone "
                                "who feels weighed down.</p>"
                            ),
                        },
                    ),
                    (
                        "section",
                        {
                            "heading": "It is normal to need it",
                            "text": (
                                "<p>Getting ready to leave, living far from home and coming back can all "
                                "bring stress. Research shows this. A December 2024 study of returnees "
                                "in Pakistan found mental-health problems alongside income worries and "
                                "stigma. A study with returnees in Baghdad found that fear of stigma "
                                "shaped how people behaved, and that psychosocial services were mostly "
                                "missing.</p>"
                                "<p>Signs that support could help include trouble sleeping, constant "
                                "worry, feeling ashamed or angry, or not wanting to see people. Asking "
                                "for help is a sign of strength, not weakness.</p>"
                            ),
                        },
                    ),
                    (
                        "section",
                        {
                            "heading": "Where to find it",
                            "text": (
                                "<p>MRCs in Pakistan offer psychosocial support. In Iraq, the MRC in "
                                "Baghdad offers psychosocial support and referral. Counselling at an MRC is "
                                "confidential.</p>"
                                "<p>Families can ask too: the person who migrated is not the only one "
                                "affected.</p>"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "text": (
                                "<p>If you or someone close to you is in danger of being harmed, go to "
                                "the nearest hospital or health centre now, or ask someone you trust to "
                                "take you.</p>"
                            ),
                        },
                    ),
                ],
            },
        },
    },
]

FAQS: list[dict] = [
    {
        "slug": "questions",
        "translations": {
            "en": {
                "title": "Questions and answers",
                "summary": (
                    "Short answers to common questions about Migrant Resource Centres, job offers, "
                    "privacy, deportation and where to get help."
                ),
                "body": [
                    (
                        "qa",
                        {
                            "question": "Is counselling at an MRC free?",
                            "anchor": "is-counselling-free",
                            "answer": (
                                "<p>Yes. Counselling at Migrant Resource Centres (MRCs) is free. MRC "
                                "Islamabad also has a free hotline: <b>0304 1112123</b>. Be careful of "
                                "anyone who asks you for money in the name of an MRC.</p>"
                            ),
                        },
                    ),
                    (
                        "qa",
                        {
                            "question": "Can an MRC check my job contract?",
                            "anchor": "check-job-contract",
                            "answer": (
                                "<p>Yes. Bring the job offer or contract to an MRC before you pay or "
                                "sign anything. A counsellor can go through it with you, explain what "
                                "it means and point out warning signs. The Kabul MRC listed "
                                "job-contract checks among its services. If the contract is in a "
                                "language you cannot read, ask for one in a language you can.</p>"
                            ),
                        },
                    ),
                    (
                        "qa",
                        {
                            "question": "Will the MRC share my information?",
                            "anchor": "privacy",
                            "answer": (
                                "<p>Counselling is confidential. If a counsellor suggests referring you "
                                "to another service, it is fine to ask what information will be "
                                "shared, with whom and why, before you agree.</p>"
                            ),
                        },
                    ),
                    (
                        "qa",
                        {
                            "question": "What should I do if I was deported?",
                            "anchor": "deported",
                            "answer": (
                                "<p>First, take care of what is urgent: a safe place to stay, your "
                                "health, and contact with your family. Then:</p>"
                                "<ul>"
                                "<li>Keep any papers you were given, and copies of your passport and "
                                "other documents.</li>"
                                "<li>Contact an MRC for information on return and a referral to "
                                "reintegration support.</li>"
                                "<li>In Iraq, people who came back from Belarus and Lithuania can be "
                                "referred from MoMD to MoLSA.</li>"
                                "<li>Ask for psychosocial support if you feel stressed or ashamed. "
                                "Many returnees feel this way.</li>"
                                "</ul>"
                                "<p>Take time before you plan another journey. If you decide to go "
                                "again, go the legal way.</p>"
                            ),
                        },
                    ),
                    (
                        "qa",
                        {
                            "question": "How can I contact an MRC?",
                            "anchor": "contact-an-mrc",
                            "answer": (
                                "<p>You can visit a centre in person. MRC Islamabad has a free hotline, "
                                "<b>0304 1112123</b>. MRCs also reach people through WhatsApp, social "
                                "media, radio and TV, and through sessions at schools, universities and "
                                "vocational institutes. Each country guide lists its centres.</p>"
                            ),
                        },
                    ),
                    (
                        "qa",
                        {
                            "question": "Is the Kabul MRC still open?",
                            "anchor": "kabul-centre",
                            "answer": (
                                "<p>We do not know. The Kabul MRC opened in July 2018 at the Ministry "
                                "of Refugees and Repatriation (MoRR), with the hotline <b>5588</b>, and "
                                "from November 2021 it ran a remote service on WhatsApp, Viber and "
                                "Telegram. Its status after 2021 is unclear, and we could not confirm "
                                "that the centre or the hotline still work. Do not pay anyone who says "
                                "they speak for it.</p>"
                            ),
                        },
                    ),
                    (
                        "qa",
                        {
                            "question": "My son wants to go to Europe with a smuggler. What can I do?",
                            "anchor": "family-member-smuggler",
                            "answer": (
                                "<p>Listen first. Ask why he wants to go and what he has heard. "
                                "Research in Iraq found that insecurity, unemployment and a feeling of "
                                "hopelessness push people to leave, so take his reasons seriously. "
                                "Then suggest that you visit an MRC together to talk through the risks "
                                "and the legal options.</p>"
                                "<p>Talking it through helps: in a 2021 Seefar counselling campaign in "
                                "the Kurdistan Region of Iraq, 34% of the people counselled dropped "
                                "their irregular plans.</p>"
                            ),
                        },
                    ),
                    (
                        "qa",
                        {
                            "question": "Can an MRC help me study abroad?",
                            "anchor": "study-abroad",
                            "answer": (
                                "<p>Yes. MRCs give information on scholarships and legal ways to study "
                                "abroad, and the MRCs in Pakistan give career and scholarship advice. "
                                "Be careful of agents who ask for money to \u201cguarantee\u201d a "
                                "scholarship or a visa.</p>"
                            ),
                        },
                    ),
                ],
            },
        },
    },
]

# ---------------------------------------------------------------- topic and FAQ translations
# Machine-assisted drafts, like the guides' translations: written from the English above with no
# new facts, for a native speaker to check (hub_pages puts each in the review workflow). Each list
# holds the title, the summary, then every heading or question and every paragraph or list item
# of the English body, in order; _translated() puts them into the English markup, so a
# translation always lines up with its source's segments. FAQ anchors stay as in English, so
# links such as /ur/questions/#is-counselling-free work in every language. Destinations are named
# in the language and, in brackets, in Latin script, as people search for both.

_SEGMENT = re.compile(r"<(p|li)>(.*?)</\1>", re.S)
_KEPT = ("anchor",)
_RICH = ("text", "answer")

TEXTS: dict[str, dict[str, list[str]]] = {}


def _segment_count(english: dict) -> int:
    count = 2  # title, summary
    for _kind, value in english["body"]:
        for key, text in value.items():
            if key in _RICH:
                count += len(_SEGMENT.findall(text))
            elif key not in _KEPT:
                count += 1
    return count


def _translated(english: dict, texts: list[str]) -> dict:
    """The English page's structure with the translated strings in place of the English ones."""
    if len(texts) != _segment_count(english):
        raise ValueError(f"{len(texts)} strings for {_segment_count(english)} segments")
    strings = iter(texts[2:])
    body = []
    for kind, value in english["body"]:
        new = {}
        for key, text in value.items():
            if key in _KEPT:
                new[key] = text
            elif key in _RICH:
                new[key] = _SEGMENT.sub(lambda m: f"<{m[1]}>{next(strings)}</{m[1]}>", text)
            else:
                new[key] = next(strings)
        body.append((kind, new))
    return {"title": texts[0], "summary": texts[1], "body": body}


TEXTS["ur"] = {
    "legal-labour-migration-gulf": [
        "خلیجی ممالک میں کام: قانونی طریقہ",
        "خلیجی ممالک (سعودی عرب، متحدہ عرب امارات، قطر، کویت، عمان، بحرین) میں محفوظ طریقے سے "
        "نوکری کیسے تلاش کریں: سرکاری امیگریشن اداروں کے ذریعے جائیں، اپنی پیشکش چیک کریں، اور "
        "مائیگرنٹ ریسورس سینٹر میں روانگی سے پہلے کی مفت رہنمائی میں شامل ہوں۔",
        "قانونی طریقہ کیوں اہم ہے",
        "خلیجی ممالک میں نوکری ایک عام مقصد ہے۔ ستمبر 2021 میں MRC اسلام آباد کی ہاٹ لائن پر "
        "زیادہ تر سوال خلیجی ممالک میں نوکریوں کے بارے میں تھے، اور خیبر پختونخوا سے، جہاں 2024 میں "
        "MRC پشاور کھلا، خلیجی ممالک کی طرف بہت زیادہ ہجرت ہوتی ہے۔",
        "خلیجی ممالک یہ ہیں: سعودی عرب (Saudi Arabia)، متحدہ عرب امارات (United Arab Emirates, "
        "UAE)، قطر (Qatar)، کویت (Kuwait)، عمان (Oman) اور بحرین (Bahrain)۔",
        "قانونی طریقے کا مطلب ہے اصل نوکری، درست ویزا، ایسا معاہدہ جسے آپ چیک کر سکیں، اور ایسے "
        "لوگ جن سے آپ کچھ غلط ہونے پر رجوع کر سکیں۔",
        "سرکاری اداروں کے ذریعے جائیں",
        "<b>پاکستان:</b> بیورو آف امیگریشن اینڈ اوورسیز ایمپلائمنٹ (BEOE) اور پروٹیکٹوریٹ آف "
        "امیگرنٹس بیرونِ ملک جانے والے کارکنوں کے معاملات دیکھتے ہیں۔ MRC پشاور BEOE میں قائم ہے، "
        "اور MRC اسلام آباد کا عملہ راولپنڈی میں پروٹیکٹوریٹ آف امیگرنٹس میں ہر ہفتے روانگی سے پہلے "
        "کا لیکچر دیتا تھا۔",
        "<b>بنگلہ دیش:</b> BMET اور ضلعی افرادی قوت کے دفاتر (DEMO) بیرونِ ملک جانے والے کارکنوں کے "
        "معاملات دیکھتے ہیں۔ ڈھاکہ اور کومیلا کے MRC ان کے ساتھ اور وزارتِ بہبودِ تارکینِ وطن "
        "(MoEWOE) کے ساتھ کام کرتے ہیں۔",
        "<b>عراق:</b> بغداد کا پہلا MRC وزارتِ محنت و سماجی امور (MoLSA) میں قائم ہے۔",
        "کسی MRC سے پوچھیں کہ آپ اور آپ کی منزل کے لیے رجسٹریشن کے کون سے مراحل لازم ہیں۔ صرف "
        "ایجنٹ کی بات پر بھروسہ نہ کریں۔",
        "روانگی سے پہلے کی رہنمائی",
        "جانے سے پہلے MRC آپ کو روانگی سے پہلے کی رہنمائی دے سکتا ہے۔ اس میں منزل کے ملک میں کام "
        "اور رہنے کے حالات، آپ کے حقوق اور فرائض، اور اپنی حفاظت کا طریقہ شامل ہیں۔ پاکستان میں MRC "
        "درخواست پر کسی خاص ملک کی تربیت بھی دیتے ہیں۔ جنوری 2016 سے اکتوبر 2018 تک پاکستان کے MRC "
        "نے 45,000 سے زیادہ لوگوں کو روانگی سے پہلے کی تربیت دی۔",
        "دستخط کرنے سے پہلے",
        "ایسی زبان میں تحریری معاہدہ لیں جو آپ پڑھ سکتے ہوں۔ نوکری، تنخواہ، اوقاتِ کار اور یہ چیک "
        "کریں کہ سفر کا خرچ کون دے گا۔",
        "اپنا پاسپورٹ کبھی کسی بھرتی کرنے والے کو رکھنے کے لیے نہ دیں۔",
        "اپنے پاسپورٹ، ویزا اور معاہدے کی نقول گھر پر رکھیں۔",
        "کچھ بھی ادا کرنے سے پہلے پیشکش MRC سے چیک کروائیں۔",
        "خلیجی ممالک میں نوکری کے بارے میں سوال ہیں؟ MRC اسلام آباد کی مفت ہاٹ لائن "
        "<b>\u200e0304 1112123</b> پر کال کریں، یا اپنے قریبی MRC جائیں۔ مشاورت مفت ہے۔",
    ],
    "visa-and-job-offer-scams": [
        "ویزا اور نوکری کے فراڈ: انہیں کیسے پہچانیں",
        "جعلی نوکریاں اور ویزے لوگوں کی جمع پونجی اور ان کی حفاظت چھین لیتے ہیں۔ خطرے کی نشانیاں "
        "جانیں، اور کچھ ادا کرنے سے پہلے ہر پیشکش مائیگرنٹ ریسورس سینٹر سے چیک کروائیں۔",
        "خطرے کی عام نشانیاں",
        "کوئی آپ کا پاسپورٹ مانگتا ہے اور اسے اپنے پاس رکھنا چاہتا ہے۔",
        "آپ سے تحریری معاہدہ دیکھنے سے پہلے رقم مانگی جاتی ہے۔",
        "ویزا یا نوکری کی \u201cگارنٹی\u201d دی جاتی ہے، یا تنخواہ اسی کام کے لیے دوسروں سے بہت زیادہ "
        "بتائی جاتی ہے۔",
        "آپ پر آج ہی فیصلہ کرنے کا دباؤ ڈالا جاتا ہے، یا پیشکش کو خفیہ رکھنے کو کہا جاتا ہے۔",
        "معاہدہ ایسی زبان میں ہے جو آپ نہیں پڑھ سکتے، یا کوئی معاہدہ ہی نہیں۔",
        "آپ کو کہا جاتا ہے کہ وزٹ ویزا پر چلے جائیں اور کام کے کاغذات بعد میں بن جائیں گے۔",
        "پیشکش صرف سوشل میڈیا یا چیٹ ایپ کے ذریعے آتی ہے، اور آپ آجر کو چیک نہیں کر سکتے۔",
        "ادائیگی سے پہلے چیک کریں",
        "مائیگرنٹ ریسورس سینٹرز (MRC) ہجرت کے قانونی راستوں اور ویزوں کے بارے میں معلومات دیتے ہیں۔ "
        "آپ نوکری کی پیشکش یا معاہدہ MRC لا کر کسی مشیر کے ساتھ اسے دیکھ سکتے ہیں۔ کابل کے MRC نے "
        "نوکری کے معاہدوں کی جانچ کو اپنی خدمات میں شامل کیا تھا۔ مشاورت مفت اور رازدارانہ ہے۔",
        "مشیر سے پوچھنے کے لیے اچھے سوال:",
        "کیا اس نوکری کے لیے یہ صحیح قسم کا ویزا ہے؟",
        "اس معاہدے کے ہر حصے کا کیا مطلب ہے؟",
        "مجھے سرکاری امیگریشن دفتر سے کیا چیک کرنا چاہیے؟",
        "اگر آپ پہلے ہی رقم دے چکے ہیں",
        "مسئلہ \u201cٹھیک\u201d کرنے کے لیے مزید رقم نہ دیں۔ ہر رسید، پیغام اور دستاویز سنبھال کر "
        "رکھیں۔ کسی MRC یا اپنے ملک کے سرکاری امیگریشن دفتر (پاکستان میں BEOE یا پروٹیکٹوریٹ آف "
        "امیگرنٹس، بنگلہ دیش میں BMET یا آپ کا DEMO دفتر) جائیں اور پوچھیں کہ آپ کیا کر سکتے ہیں۔",
        "دھوکا کھانا آپ کی شرم کی بات نہیں۔ دوسروں کو بتانا کہ کیا ہوا، انہیں بھی بچا سکتا ہے۔",
        "<b>یاد رکھیں:</b> اپنا پاسپورٹ کبھی کسی کو نہ دیں، سمجھ میں آنے والے تحریری معاہدے سے پہلے "
        "کبھی رقم نہ دیں، اور ہمیشہ پہلے MRC سے چیک کروائیں۔",
    ],
    "belarus-and-balkan-routes": [
        "بیلاروس اور بلقان کے راستے: افواہیں کیا نہیں بتاتیں",
        "ٹک ٹاک، ٹیلیگرام اور فیس بک کی کہانیاں یورپ (یونان، اٹلی، جرمنی) جانے کے غیر قانونی راستوں "
        "کو آسان دکھاتی ہیں۔ یہاں بتایا گیا ہے کہ تحقیق سے کیا پتا چلا، اور کون سے محفوظ راستے موجود "
        "ہیں۔",
        "افواہیں کیسے پھیلتی ہیں",
        "عراق کے کردستان ریجن میں Seefar کی دسمبر 2021 کی ایک تحقیق، جو 571 سروے انٹرویوز اور 36 "
        "تفصیلی انٹرویوز پر مبنی تھی، سے پتا چلا کہ ہجرت کی معلومات ٹک ٹاک، ٹیلیگرام چیٹس اور فیس بک "
        "گروپس کے ذریعے پھیلتی تھیں۔ ان کے ساتھ جھوٹی افواہیں بھی پھیلیں۔ ایک افواہ یہ تھی کہ یورپ "
        "بیلاروس پہنچنے والے کردوں کو پناہ دے رہا ہے۔ یہ سچ نہیں تھا۔",
        "جس پوسٹ کو بہت سے لوگ شیئر کریں وہ ثبوت نہیں۔ جب لوگ ایسی کہانیوں پر یقین کرتے ہیں تو "
        "اسمگلر پیسے کماتے ہیں۔",
        "ان راستوں کا مطلب کیا ہے",
        "منزل یونان (Greece)، اٹلی (Italy)، جرمنی (Germany) ہو یا یورپ کا کوئی اور ملک، بیلاروس اور "
        "بلقان کے راستے غیر قانونی راستے ہیں: بہت سی سرحدوں کے پار لمبے سفر، جن کی رقم عموماً "
        "اسمگلروں کو دی جاتی ہے، داخلے کے لیے ضروری کاغذات کے بغیر۔ آپ اپنی جمع پونجی کھو سکتے ہیں، "
        "لمبے عرصے تک پھنس سکتے ہیں، یا واپس بھیجے جا سکتے ہیں۔",
        "بیلاروس کا راستہ آزمانے والے کچھ لوگ عراق واپس آ گئے۔ اب بیلاروس اور لتھوانیا سے واپس آنے "
        "والوں کے لیے وزارتِ ہجرت و بے گھر افراد (MoMD) سے وزارتِ محنت و سماجی امور (MoLSA) تک ریفرل "
        "کا راستہ موجود ہے۔",
        "بات کرنے سے مدد ملتی ہے",
        "کردستان ریجن میں Seefar کی 2021 کی مشاورتی مہم میں، جو 2,100 سے زیادہ لوگوں تک پہنچی، "
        "مشاورت لینے والوں میں سے 34% نے اپنے غیر قانونی منصوبے چھوڑ دیے، 78% قانونی راستوں پر غور کر "
        "رہے تھے، اور 85% نے کہا کہ وہ خطرات کے بارے میں زیادہ جانتے ہیں۔",
        "بغداد، اربیل اور سلیمانیہ کے MRC بیرونِ ملک کام یا تعلیم کے قانونی طریقوں، ویزوں اور "
        "اسکالرشپس پر مفت اور رازدارانہ مشاورت دیتے ہیں۔",
        "کسی \u201cنئے کھلے راستے\u201d کے بارے میں سنا ہے؟ کسی کو رقم دینے سے پہلے MRC سے بات کریں۔",
    ],
    "after-return": [
        "واپسی کے بعد: کیا توقع رکھیں",
        "واپسی کے ساتھ پیسے، لوگوں کی باتوں اور اپنے احساسات کی فکریں آتی ہیں۔ یہاں بتایا گیا ہے کہ "
        "تحقیق سے واپس آنے والوں کے بارے میں کیا پتا چلا، اور MRC کہاں مدد کر سکتے ہیں۔",
        "واپس آنے والوں نے محققین کو کیا بتایا",
        "بغداد میں ایک تحقیق، جس کے فوکس گروپس میں 60 واپس آنے والے شامل تھے، سے پتا چلا کہ بدنامی "
        "کے <b>خوف</b> نے واپس آنے والوں کے رویے پر خود بدنامی سے زیادہ اثر ڈالا۔ یعنی لوگ کیا کہیں "
        "گے، اس فکر نے لوگوں کو اس سے زیادہ روکا جو لوگوں نے واقعی کہا۔ اسی تحقیق سے پتا چلا کہ "
        "نفسیاتی و سماجی خدمات زیادہ تر موجود نہیں تھیں۔",
        "پاکستان میں واپس آنے والوں پر دسمبر 2024 کی ایک تحقیق سے تین بڑے مسائل سامنے آئے: آمدنی، "
        "بدنامی اور ذہنی صحت۔ تقریباً 25% واپس آنے والے دوبارہ ہجرت کرتے ہیں۔",
        "پیسہ اور کام",
        "آمدنی اکثر پہلی فکر ہوتی ہے۔ MRC واپسی کے بارے میں معلومات دیتے ہیں اور واپس آنے والوں کو "
        "دوبارہ آبادکاری کی مدد کے لیے ریفر کرتے ہیں۔ بغداد میں MRC سی وی، نوکری کے انٹرویو اور کاروبار "
        "کے کورس کرواتا ہے، اور لوگوں کو MoLSA کے قرض فنڈ تک پہنچنے میں مدد دیتا ہے۔ پاکستان میں MRC "
        "کیریئر کا مشورہ دیتے ہیں۔",
        "آپ کے احساسات اہم ہیں",
        "واپسی کے بعد ذہنی دباؤ، شرمندگی، غصہ یا اداسی عام ہیں۔ کسی قابلِ بھروسہ شخص سے بات کرنا مدد "
        "دیتا ہے۔ پاکستان کے MRC اور بغداد کا MRC نفسیاتی و سماجی مدد دیتے ہیں یا آپ کو اس کے لیے "
        "ریفر کر سکتے ہیں۔",
        "آپ کا تجربہ دوسروں کے لیے بھی قیمتی ہے۔ واپس آنے والے ہجرت کا سوچنے والوں کے لیے معلومات کا "
        "ایک اہم ذریعہ ہیں، اور کچھ اپنی کہانی سناتے ہیں تاکہ دوسرے بہتر فیصلہ کر سکیں۔",
        "دوبارہ ہجرت آپ کا انتخاب ہونا چاہیے، مجبوری نہیں۔ اگر آپ دوبارہ جائیں تو قانونی طریقے سے "
        "جائیں، اور پہلے MRC سے بات کریں۔",
    ],
    "reintegration-support": [
        "دوبارہ آبادکاری کی مدد: یہ کیا ہے اور کیسے ملتی ہے",
        "دوبارہ آبادکاری کی مدد واپس آنے والوں کو اپنی زندگی دوبارہ بنانے میں مدد دیتی ہے: آمدنی، "
        "خدمات اور خیریت۔ جانیں کہ اس میں کیا شامل ہو سکتا ہے اور MRC آپ کو اس کے لیے کیسے ریفر کرتے "
        "ہیں۔",
        "دوبارہ آبادکاری کا مطلب",
        "IOM پائیدار دوبارہ آبادکاری کو معاشی خود کفالت، سماجی استحکام اور نفسیاتی و سماجی خیریت تک "
        "پہنچنا قرار دیتا ہے، تاکہ دوبارہ ہجرت ایک انتخاب ہو، مجبوری نہیں۔ اس کی تین جہتیں ہیں:",
        "<b>معاشی:</b> روزی کمانے کا ذریعہ۔",
        "<b>سماجی:</b> صحت، تعلیم، رہائش، انصاف اور سماجی تحفظ تک رسائی۔",
        "<b>نفسیاتی و سماجی:</b> سہارا دینے والے لوگ اور اپنائیت کا احساس۔",
        "مدد آپ کو بطور فرد، آپ کی برادری کو، اور بہتر نظاموں اور خدمات کے لیے دی جا سکتی ہے۔",
        "مدد میں کیا شامل ہو سکتا ہے",
        "نقد یا اشیاء کی صورت میں مدد؛",
        "نوکری دلوانا؛",
        "کاروبار بڑھانے میں مدد اور کاروبار شروع کرنے کی گرانٹس؛",
        "پیشہ ورانہ تربیت اور اسکالرشپس؛",
        "اپنے روزگار اور تعلیم کے ریکارڈ حاصل کرنے میں مدد؛",
        "مالی انتظام کی تربیت، چھوٹی بچت، اور بچت و قرض کے گروپ۔",
        "ہر پروگرام یہ سب پیش نہیں کرتا۔ مدد اکثر آپ کی ضروریات اور مہارتوں کے بارے میں بات چیت سے "
        "شروع ہوتی ہے۔",
        "یہ کیسے حاصل کریں",
        "MRC واپسی کے بارے میں معلومات دیتے ہیں اور واپس آنے والوں کو دوبارہ آبادکاری کی مدد کے لیے "
        "ریفر کرتے ہیں۔",
        "<b>عراق:</b> وزارتِ ہجرت و بے گھر افراد (MoMD) کے تحت ایک قومی ریفرل نظام کچھ صوبوں میں "
        "آزمائشی طور پر چل رہا ہے، اور بیلاروس اور لتھوانیا سے واپس آنے والوں کو MoMD سے MoLSA کو "
        "ریفر کیا جا سکتا ہے۔ عراق کے پاس ایک ایکشن پلان کے ساتھ \u201cواپس آنے والوں کی پائیدار "
        "دوبارہ آبادکاری کا وژن\u201d بھی ہے۔",
        "<b>بنگلہ دیش:</b> ایک قومی دوبارہ آبادکاری فریم ورک موجود ہے۔",
        "<b>پاکستان:</b> اوورسیز پاکستانیز فاؤنڈیشن کا ایک دوبارہ آبادکاری مرکز ہے۔",
        "سمجھ نہیں آ رہا کہاں سے شروع کریں؟ اپنے قریبی MRC جائیں اور ریفرل مانگیں۔",
    ],
    "psychosocial-support": [
        "نفسیاتی و سماجی مدد: مدد کی ضرورت ہونا عام بات ہے",
        "ہجرت اور واپسی آپ کے ذہن اور رشتوں پر بوجھ ڈال سکتی ہیں۔ نفسیاتی و سماجی مدد آپ کو بات "
        "کرنے اور دوبارہ سنبھلنے کے لیے ایک محفوظ جگہ دیتی ہے۔",
        "یہ کیا ہے",
        "نفسیاتی و سماجی مدد اس میں مدد دیتی ہے کہ آپ کیسا محسوس کرتے ہیں اور اپنے آس پاس کے لوگوں "
        "کے ساتھ کیسے رہتے ہیں۔ اس کا مطلب کسی مشیر سے اکیلے میں بات کرنا، ملتے جلتے تجربات سے گزرے "
        "لوگوں سے ملنا، یا ان دوسری خدمات سے جڑنا ہو سکتا ہے جن کی آپ کو ضرورت ہے۔",
        "یہ صرف سنگین بیماری والے لوگوں کے لیے نہیں۔ یہ ہر اس شخص کے لیے ہے جو بوجھ تلے دبا محسوس "
        "کرتا ہے۔",
        "اس کی ضرورت ہونا عام بات ہے",
        "جانے کی تیاری، گھر سے دور رہنا اور واپس آنا، سب ذہنی دباؤ لا سکتے ہیں۔ تحقیق یہی بتاتی ہے۔ "
        "پاکستان میں واپس آنے والوں پر دسمبر 2024 کی ایک تحقیق میں آمدنی کی فکر اور بدنامی کے ساتھ "
        "ذہنی صحت کے مسائل بھی سامنے آئے۔ بغداد میں واپس آنے والوں کے ساتھ ایک تحقیق سے پتا چلا کہ "
        "بدنامی کے خوف نے لوگوں کے رویے پر اثر ڈالا، اور نفسیاتی و سماجی خدمات زیادہ تر موجود نہیں "
        "تھیں۔",
        "جن نشانیوں پر مدد فائدہ دے سکتی ہے ان میں نیند کی مشکل، مسلسل فکر، شرمندگی یا غصہ محسوس "
        "کرنا، یا لوگوں سے ملنے کو دل نہ چاہنا شامل ہیں۔ مدد مانگنا طاقت کی نشانی ہے، کمزوری کی نہیں۔",
        "یہ کہاں ملتی ہے",
        "پاکستان کے MRC نفسیاتی و سماجی مدد دیتے ہیں۔ عراق میں بغداد کا MRC نفسیاتی و سماجی مدد اور "
        "ریفرل دیتا ہے۔ MRC میں مشاورت رازدارانہ ہے۔",
        "گھر والے بھی مدد مانگ سکتے ہیں: صرف ہجرت کرنے والا شخص ہی متاثر نہیں ہوتا۔",
        "اگر آپ یا آپ کے کسی قریبی کو نقصان پہنچنے کا خطرہ ہو تو ابھی قریبی ہسپتال یا مرکزِ صحت "
        "جائیں، یا کسی قابلِ بھروسہ شخص سے کہیں کہ آپ کو لے جائے۔",
    ],
    "questions": [
        "سوال و جواب",
        "مائیگرنٹ ریسورس سینٹرز، نوکری کی پیشکشوں، رازداری، ملک بدری اور مدد کہاں سے ملے، ان کے "
        "بارے میں عام سوالوں کے مختصر جواب۔",
        "کیا MRC میں مشاورت مفت ہے؟",
        "جی ہاں۔ مائیگرنٹ ریسورس سینٹرز (MRC) میں مشاورت مفت ہے۔ MRC اسلام آباد کی ایک مفت ہاٹ "
        "لائن بھی ہے: <b>\u200e0304 1112123</b>۔ ہر اس شخص سے محتاط رہیں جو MRC کے نام پر آپ سے "
        "پیسے مانگے۔",
        "کیا MRC میرا نوکری کا معاہدہ چیک کر سکتا ہے؟",
        "جی ہاں۔ کچھ بھی ادا کرنے یا دستخط کرنے سے پہلے نوکری کی پیشکش یا معاہدہ MRC لائیں۔ مشیر "
        "آپ کے ساتھ اسے دیکھ سکتا ہے، اس کا مطلب سمجھا سکتا ہے اور خطرے کی نشانیاں بتا سکتا ہے۔ "
        "کابل کے MRC نے نوکری کے معاہدوں کی جانچ کو اپنی خدمات میں شامل کیا تھا۔ اگر معاہدہ ایسی "
        "زبان میں ہے جو آپ نہیں پڑھ سکتے تو ایسی زبان میں مانگیں جو آپ پڑھ سکتے ہوں۔",
        "کیا MRC میری معلومات آگے دے گا؟",
        "مشاورت رازدارانہ ہے۔ اگر مشیر آپ کو کسی اور خدمت کے لیے ریفر کرنے کا مشورہ دے تو ہامی بھرنے "
        "سے پہلے یہ پوچھنا ٹھیک ہے کہ کون سی معلومات، کس کو اور کیوں دی جائیں گی۔",
        "اگر مجھے ملک بدر کیا گیا ہو تو میں کیا کروں؟",
        "پہلے ضروری کاموں کا خیال رکھیں: رہنے کی محفوظ جگہ، اپنی صحت، اور گھر والوں سے رابطہ۔ پھر:",
        "جو کاغذات آپ کو دیے گئے وہ اور اپنے پاسپورٹ اور دوسری دستاویزات کی نقول سنبھال کر رکھیں۔",
        "واپسی کی معلومات اور دوبارہ آبادکاری کی مدد کے لیے ریفرل کے لیے MRC سے رابطہ کریں۔",
        "عراق میں بیلاروس اور لتھوانیا سے واپس آنے والوں کو MoMD سے MoLSA کو ریفر کیا جا سکتا ہے۔",
        "اگر آپ ذہنی دباؤ یا شرمندگی محسوس کریں تو نفسیاتی و سماجی مدد مانگیں۔ بہت سے واپس آنے والے "
        "ایسا ہی محسوس کرتے ہیں۔",
        "اگلے سفر کا منصوبہ بنانے سے پہلے وقت لیں۔ اگر آپ دوبارہ جانے کا فیصلہ کریں تو قانونی طریقے "
        "سے جائیں۔",
        "میں MRC سے کیسے رابطہ کروں؟",
        "آپ خود سینٹر جا سکتے ہیں۔ MRC اسلام آباد کی مفت ہاٹ لائن <b>\u200e0304 1112123</b> ہے۔ MRC "
        "واٹس ایپ، سوشل میڈیا، ریڈیو اور ٹی وی کے ذریعے، اور اسکولوں، یونیورسٹیوں اور پیشہ ورانہ "
        "اداروں میں سیشنز کے ذریعے بھی لوگوں تک پہنچتے ہیں۔ ہر ملک کی گائیڈ میں اس کے سینٹرز درج ہیں۔",
        "کیا کابل کا MRC اب بھی کھلا ہے؟",
        "ہمیں معلوم نہیں۔ کابل کا MRC جولائی 2018 میں وزارتِ مہاجرین و واپسی (MoRR) میں ہاٹ لائن "
        "<b>5588</b> کے ساتھ کھلا، اور نومبر 2021 سے اس نے واٹس ایپ، وائبر اور ٹیلیگرام پر دور سے "
        "خدمت چلائی۔ 2021 کے بعد اس کی صورتِ حال واضح نہیں، اور ہم تصدیق نہیں کر سکے کہ سینٹر یا "
        "ہاٹ لائن اب بھی کام کرتے ہیں۔ جو کوئی اس کی طرف سے بات کرنے کا دعویٰ کرے اسے پیسے نہ دیں۔",
        "میرا بیٹا اسمگلر کے ساتھ یورپ جانا چاہتا ہے۔ میں کیا کر سکتا ہوں؟",
        "پہلے سنیں۔ پوچھیں کہ وہ کیوں جانا چاہتا ہے اور اس نے کیا سنا ہے۔ عراق میں تحقیق سے پتا چلا "
        "کہ عدم تحفظ، بے روزگاری اور ناامیدی کا احساس لوگوں کو جانے پر مجبور کرتے ہیں، اس لیے اس کی "
        "وجوہات کو سنجیدگی سے لیں۔ پھر مشورہ دیں کہ آپ دونوں مل کر MRC جائیں اور خطرات اور قانونی "
        "راستوں پر بات کریں۔",
        "بات کرنے سے مدد ملتی ہے: عراق کے کردستان ریجن میں Seefar کی 2021 کی مشاورتی مہم میں "
        "مشاورت لینے والوں میں سے 34% نے اپنے غیر قانونی منصوبے چھوڑ دیے۔",
        "کیا MRC بیرونِ ملک تعلیم میں میری مدد کر سکتا ہے؟",
        "جی ہاں۔ MRC اسکالرشپس اور بیرونِ ملک تعلیم کے قانونی طریقوں کے بارے میں معلومات دیتے ہیں، "
        "اور پاکستان کے MRC کیریئر اور اسکالرشپ کا مشورہ دیتے ہیں۔ ان ایجنٹوں سے محتاط رہیں جو "
        "اسکالرشپ یا ویزا کی \u201cگارنٹی\u201d کے لیے پیسے مانگیں۔",
    ],
}

TEXTS["ar"] = {
    "legal-labour-migration-gulf": [
        "العمل في دول الخليج: الطريق القانوني",
        "كيف تبحث عن عمل في دول الخليج (المملكة العربية السعودية، الإمارات العربية المتحدة، قطر، "
        "الكويت، عُمان، البحرين) بأمان: تعامل مع الجهات الرسمية للهجرة، وتحقق من العرض، واحضر جلسة "
        "توجيه مجانية قبل السفر في مركز موارد المهاجرين.",
        "لماذا يهم الطريق القانوني",
        "العمل في دول الخليج هدف شائع. في أيلول/سبتمبر 2021 كانت معظم الأسئلة الواردة إلى الخط الساخن "
        "لمركز MRC إسلام آباد عن العمل في الخليج، وتشهد خيبر بختونخوا، حيث افتُتح مركز MRC بيشاور عام "
        "2024، هجرة كبيرة إلى الخليج.",
        "دول الخليج هي: المملكة العربية السعودية (Saudi Arabia)، والإمارات العربية المتحدة (United "
        "Arab Emirates, UAE)، وقطر (Qatar)، والكويت (Kuwait)، وعُمان (Oman)، والبحرين (Bahrain).",
        "الطريق القانوني يعني عملاً حقيقياً، وتأشيرة صالحة، وعقداً يمكنك التحقق منه، وأشخاصاً تلجأ "
        "إليهم إذا حدث خطأ.",
        "تعامل مع الجهات الرسمية",
        "<b>باكستان:</b> يتولى مكتب الهجرة والتوظيف في الخارج (BEOE) ومكتب حماية المهاجرين شؤون العمال "
        "المسافرين إلى الخارج. يستضيف BEOE مركز MRC بيشاور، وكان موظفو مركز MRC إسلام آباد يقدمون "
        "محاضرة أسبوعية قبل السفر في مكتب حماية المهاجرين في راولبندي.",
        "<b>بنغلاديش:</b> يتولى BMET ومكاتب القوى العاملة في المناطق (DEMO) شؤون العمال المسافرين إلى "
        "الخارج. يعمل مركزا MRC في دكا وكوميلا معهم ومع وزارة رعاية المغتربين (MoEWOE).",
        "<b>العراق:</b> تستضيف وزارة العمل والشؤون الاجتماعية (MoLSA) أول مركز MRC في بغداد.",
        "اسأل مركز MRC عن خطوات التسجيل التي تنطبق عليك وعلى وجهتك. لا تعتمد على كلام الوكيل وحده.",
        "التوجيه قبل السفر",
        "قبل أن تسافر، يمكن لمركز MRC أن يقدم لك توجيهاً قبل السفر. يشمل ظروف العمل والمعيشة في بلد "
        "الوجهة، وحقوقك وواجباتك، وكيف تحمي نفسك. وفي باكستان تقدم المراكز أيضاً تدريباً خاصاً ببلد "
        "معين عند الطلب. بين كانون الثاني/يناير 2016 وتشرين الأول/أكتوبر 2018 قدمت مراكز MRC في "
        "باكستان تدريباً قبل السفر لأكثر من 45,000 شخص.",
        "قبل أن توقّع",
        "احصل على عقد مكتوب بلغة تقرؤها. تحقق من العمل والأجر وساعات العمل ومن يدفع تكاليف السفر.",
        "لا تسلّم جواز سفرك أبداً لوكيل توظيف ليحتفظ به.",
        "احتفظ بنسخ من جواز سفرك وتأشيرتك وعقدك في البيت.",
        "تحقق من العرض مع مركز MRC قبل أن تدفع أي شيء.",
        "لديك أسئلة عن عمل في الخليج؟ اتصل بالخط الساخن المجاني لمركز MRC إسلام آباد "
        "<b>\u200e0304 1112123</b>، أو زر أقرب مركز MRC. الاستشارة مجانية.",
    ],
    "visa-and-job-offer-scams": [
        "الاحتيال في التأشيرات وعروض العمل: كيف تكتشفه",
        "الوظائف والتأشيرات المزيفة تكلف الناس مدخراتهم وسلامتهم. تعرّف على علامات التحذير، وتحقق من أي "
        "عرض مع مركز موارد المهاجرين قبل أن تدفع.",
        "علامات تحذير شائعة",
        "يطلب أحدهم جواز سفرك ويريد الاحتفاظ به.",
        "يُطلب منك الدفع قبل أن ترى عقداً مكتوباً.",
        "التأشيرة أو الوظيفة \u201cمضمونة\u201d، أو الأجر أعلى بكثير مما يحصل عليه الآخرون مقابل العمل "
        "نفسه.",
        "يُضغط عليك لتقرر اليوم، أو يُطلب منك إبقاء العرض سراً.",
        "العقد بلغة لا تستطيع قراءتها، أو لا يوجد عقد أصلاً.",
        "يُقال لك إنك تستطيع السفر بتأشيرة زيارة وترتيب أوراق العمل لاحقاً.",
        "يصل العرض فقط عبر وسائل التواصل الاجتماعي أو تطبيق دردشة، ولا تستطيع التحقق من صاحب العمل.",
        "تحقق قبل أن تدفع",
        "تقدم مراكز موارد المهاجرين (MRC) معلومات عن طرق الهجرة القانونية والتأشيرات. يمكنك أن تحضر "
        "عرض العمل أو العقد إلى مركز MRC وتراجعه مع مستشار. وقد ذكر مركز MRC كابل فحص عقود العمل ضمن "
        "خدماته. الاستشارة مجانية وسرية.",
        "أسئلة مفيدة تطرحها على المستشار:",
        "هل هذا هو نوع التأشيرة الصحيح لهذا العمل؟",
        "ماذا يعني كل جزء من هذا العقد؟",
        "ما الذي يجب أن أتحقق منه لدى مكتب الهجرة الرسمي؟",
        "إذا كنت قد دفعت بالفعل",
        "لا تدفع المزيد \u201cلحل\u201d المشكلة. احتفظ بكل إيصال ورسالة ووثيقة. اذهب إلى مركز MRC أو "
        "إلى مكتب الهجرة الرسمي في بلدك (BEOE أو مكتب حماية المهاجرين في باكستان، BMET أو مكتب DEMO "
        "في بنغلاديش) واسأل عما يمكنك فعله.",
        "التعرض للاحتيال ليس عاراً عليك. إخبار الآخرين بما حدث قد يحميهم أيضاً.",
        "<b>تذكّر:</b> لا تسلّم جواز سفرك أبداً، ولا تدفع قبل أن يكون لديك عقد مكتوب تفهمه، وتحقق دائماً "
        "مع مركز MRC أولاً.",
    ],
    "belarus-and-balkan-routes": [
        "طريقا بيلاروسيا والبلقان: ما لا تقوله الشائعات",
        "قصص على تيك توك وتيليغرام وفيسبوك تجعل الطرق غير النظامية إلى أوروبا (اليونان، إيطاليا، "
        "ألمانيا) تبدو سهلة. إليك ما وجدته الأبحاث، والخيارات الأكثر أماناً.",
        "كيف تنتشر الشائعات",
        "وجدت دراسة أجرتها Seefar في كانون الأول/ديسمبر 2021 في إقليم كردستان العراق، استندت إلى 571 "
        "مقابلة استبيان و36 مقابلة معمقة، أن المعلومات عن الهجرة انتقلت عبر تيك توك ومحادثات تيليغرام "
        "ومجموعات فيسبوك، وانتقلت معها شائعات كاذبة. قالت إحداها إن أوروبا تمنح اللجوء للأكراد الذين "
        "يصلون إلى بيلاروسيا. لم يكن ذلك صحيحاً.",
        "المنشور الذي يشاركه كثيرون ليس دليلاً. المهربون يكسبون المال عندما يصدق الناس مثل هذه القصص.",
        "ماذا تعني هذه الطرق",
        "سواء كان الهدف اليونان (Greece) أو إيطاليا (Italy) أو ألمانيا (Germany) أو بلداً أوروبياً "
        "آخر، فإن طريقي بيلاروسيا والبلقان طريقان غير نظاميين: رحلات طويلة عبر حدود كثيرة، تُدفع "
        "تكاليفها عادة للمهربين، دون الأوراق اللازمة للدخول. قد تخسر مدخراتك، أو تبقى عالقاً مدة "
        "طويلة، أو تُعاد.",
        "بعض من جربوا طريق بيلاروسيا عادوا إلى العراق. ويوجد الآن مسار إحالة من وزارة الهجرة والمهجرين "
        "(MoMD) إلى وزارة العمل والشؤون الاجتماعية (MoLSA) للعائدين من بيلاروسيا وليتوانيا.",
        "الحديث عن الأمر يساعد",
        "في حملة استشارات أجرتها Seefar عام 2021 في إقليم كردستان ووصلت إلى أكثر من 2,100 شخص، تخلى "
        "34% ممن تلقوا الاستشارة عن خططهم غير النظامية، وكان 78% يفكرون في خيارات قانونية، وقال 85% "
        "إنهم صاروا يعرفون أكثر عن المخاطر.",
        "تقدم مراكز MRC في بغداد وأربيل والسليمانية استشارات مجانية وسرية عن الطرق القانونية للعمل أو "
        "الدراسة في الخارج، وعن التأشيرات والمنح الدراسية.",
        "سمعت عن \u201cطريق جديد مفتوح\u201d؟ قبل أن تدفع لأي أحد، تحدث عن الأمر مع مركز MRC.",
    ],
    "after-return": [
        "بعد العودة: ماذا تتوقع",
        "العودة تجلب هموماً عن المال وعما سيقوله الناس وعن مشاعرك. إليك ما وجدته الأبحاث عن العائدين، "
        "وأين يمكن لمراكز MRC أن تساعد.",
        "ما قاله العائدون للباحثين",
        "وجدت دراسة في بغداد، بمجموعات نقاش ضمّت 60 عائداً، أن <b>الخوف</b> من الوصمة أثّر في سلوك "
        "العائدين أكثر من الوصمة نفسها. أي أن القلق مما قد يقوله الناس أعاقهم أكثر مما قاله الناس "
        "فعلاً. ووجدت الدراسة نفسها أن خدمات الدعم النفسي والاجتماعي كانت غائبة في الغالب.",
        "وجدت دراسة عن العائدين في باكستان في كانون الأول/ديسمبر 2024 ثلاث مشكلات رئيسية: الدخل "
        "والوصمة والصحة النفسية. ويهاجر نحو 25% من العائدين مرة أخرى.",
        "المال والعمل",
        "الدخل غالباً هو الهم الأول. تقدم مراكز MRC معلومات عن العودة وتحيل العائدين إلى دعم إعادة "
        "الإدماج. في بغداد يقدم المركز دورات في كتابة السيرة الذاتية ومقابلات العمل وإدارة الأعمال، "
        "ويساعد الناس في الوصول إلى صندوق القروض لدى MoLSA. وفي باكستان تقدم المراكز نصائح مهنية.",
        "مشاعرك مهمة",
        "التوتر أو الخجل أو الغضب أو الحزن بعد العودة أمور شائعة. الحديث مع شخص تثق به يساعد. تقدم "
        "مراكز MRC في باكستان ومركز MRC في بغداد دعماً نفسياً واجتماعياً أو يمكنها إحالتك إليه.",
        "لتجربتك أيضاً قيمة للآخرين. العائدون مصدر مهم للمعلومات لمن يفكرون في الهجرة، وبعضهم يختار أن "
        "يروي قصته كي يقرر الآخرون بشكل أفضل.",
        "يجب أن تكون الهجرة مرة أخرى خيارك، لا ضرورة. وإذا سافرت مرة أخرى فاسلك الطريق القانوني، وتحدث "
        "مع مركز MRC أولاً.",
    ],
    "reintegration-support": [
        "دعم إعادة الإدماج: ما هو وكيف تحصل عليه",
        "يساعد دعم إعادة الإدماج العائدين على إعادة بناء حياتهم: الدخل والخدمات والرفاه. تعرّف على ما "
        "قد يشمله وكيف تحيلك مراكز MRC إليه.",
        "ماذا تعني إعادة الإدماج",
        "تصف المنظمة الدولية للهجرة (IOM) إعادة الإدماج المستدامة بأنها الوصول إلى الاكتفاء الذاتي "
        "الاقتصادي والاستقرار الاجتماعي والرفاه النفسي والاجتماعي، بحيث تصبح الهجرة مرة أخرى خياراً لا "
        "ضرورة. ولها ثلاثة أبعاد:",
        "<b>اقتصادي:</b> وسيلة لكسب العيش.",
        "<b>اجتماعي:</b> الحصول على الصحة والتعليم والسكن والعدالة والحماية الاجتماعية.",
        "<b>نفسي واجتماعي:</b> شبكات دعم وشعور بالانتماء.",
        "يمكن أن يُقدَّم الدعم لك شخصياً، ولمجتمعك، ولتحسين الأنظمة والخدمات.",
        "ما الذي قد يشمله الدعم",
        "مساعدة نقدية أو عينية؛",
        "التوظيف؛",
        "دعم تطوير الأعمال ومنح لبدء المشاريع؛",
        "التدريب المهني والمنح الدراسية؛",
        "المساعدة في الحصول على سجلات عملك وتعليمك؛",
        "التدريب على الإدارة المالية، والادخار الصغير، ومجموعات الادخار والإقراض.",
        "لا يقدم كل برنامج كل ذلك. وغالباً ما يبدأ الدعم بحديث عن احتياجاتك ومهاراتك.",
        "كيف تحصل عليه",
        "تقدم مراكز MRC معلومات عن العودة وتحيل العائدين إلى دعم إعادة الإدماج.",
        "<b>العراق:</b> تُجرَّب آلية إحالة وطنية تابعة لوزارة الهجرة والمهجرين (MoMD) في بعض "
        "المحافظات، ويمكن إحالة العائدين من بيلاروسيا وليتوانيا من MoMD إلى MoLSA. وللعراق أيضاً "
        "\u201cرؤية لإعادة الإدماج المستدام للعائدين\u201d مع خطة عمل.",
        "<b>بنغلاديش:</b> يوجد إطار وطني لإعادة الإدماج.",
        "<b>باكستان:</b> لدى مؤسسة الباكستانيين في الخارج مركز لإعادة الإدماج.",
        "لا تعرف من أين تبدأ؟ زر أقرب مركز MRC واطلب إحالة.",
    ],
    "psychosocial-support": [
        "الدعم النفسي والاجتماعي: من الطبيعي أن تحتاج إلى المساعدة",
        "قد تثقل الهجرة والعودة على عقلك وعلاقاتك. يمنحك الدعم النفسي والاجتماعي مكاناً آمناً للحديث "
        "ولتستعيد توازنك.",
        "ما هو",
        "يساعد الدعم النفسي والاجتماعي في ما تشعر به وفي علاقتك بمن حولك. قد يعني حديثاً فردياً مع "
        "مستشار، أو لقاء أشخاص مرّوا بتجارب مشابهة، أو الوصل بخدمات أخرى تحتاجها.",
        "ليس فقط لمن لديهم مرض خطير. إنه لكل من يشعر بثقل ما يحمله.",
        "من الطبيعي أن تحتاج إليه",
        "الاستعداد للسفر، والعيش بعيداً عن البيت، والعودة، كلها قد تجلب التوتر. والأبحاث تبيّن ذلك. "
        "وجدت دراسة عن العائدين في باكستان في كانون الأول/ديسمبر 2024 مشكلات في الصحة النفسية إلى "
        "جانب هموم الدخل والوصمة. ووجدت دراسة مع عائدين في بغداد أن الخوف من الوصمة أثّر في سلوك "
        "الناس، وأن خدمات الدعم النفسي والاجتماعي كانت غائبة في الغالب.",
        "من العلامات التي تدل على أن الدعم قد يساعد: صعوبة النوم، والقلق المستمر، والشعور بالخجل أو "
        "الغضب، أو عدم الرغبة في رؤية الناس. طلب المساعدة علامة قوة لا ضعف.",
        "أين تجده",
        "تقدم مراكز MRC في باكستان دعماً نفسياً واجتماعياً. وفي العراق يقدم مركز MRC في بغداد دعماً "
        "نفسياً واجتماعياً وإحالة. الاستشارة في مركز MRC سرية.",
        "يمكن للعائلات أن تطلب أيضاً: الشخص الذي هاجر ليس الوحيد المتأثر.",
        "إذا كنت أنت أو شخص قريب منك في خطر التعرض للأذى، فاذهب الآن إلى أقرب مستشفى أو مركز صحي، أو "
        "اطلب من شخص تثق به أن يأخذك.",
    ],
    "questions": [
        "أسئلة وأجوبة",
        "إجابات قصيرة عن أسئلة شائعة حول مراكز موارد المهاجرين، وعروض العمل، والخصوصية، والترحيل، وأين "
        "تجد المساعدة.",
        "هل الاستشارة في مركز MRC مجانية؟",
        "نعم. الاستشارة في مراكز موارد المهاجرين (MRC) مجانية. ولدى مركز MRC إسلام آباد أيضاً خط ساخن "
        "مجاني: <b>\u200e0304 1112123</b>. احذر من أي شخص يطلب منك مالاً باسم مركز MRC.",
        "هل يمكن لمركز MRC أن يفحص عقد عملي؟",
        "نعم. أحضر عرض العمل أو العقد إلى مركز MRC قبل أن تدفع أو توقع أي شيء. يمكن للمستشار أن يراجعه "
        "معك ويشرح معناه ويشير إلى علامات التحذير. وقد ذكر مركز MRC كابل فحص عقود العمل ضمن خدماته. "
        "إذا كان العقد بلغة لا تستطيع قراءتها، فاطلب نسخة بلغة تقرؤها.",
        "هل سيشارك مركز MRC معلوماتي؟",
        "الاستشارة سرية. إذا اقترح المستشار إحالتك إلى خدمة أخرى، فمن حقك أن تسأل قبل أن توافق: ما "
        "المعلومات التي ستُشارك، ومع من، ولماذا.",
        "ماذا أفعل إذا رُحّلت؟",
        "أولاً، اهتم بما هو عاجل: مكان آمن للإقامة، وصحتك، والتواصل مع عائلتك. ثم:",
        "احتفظ بأي أوراق أُعطيت لك، وبنسخ من جواز سفرك ووثائقك الأخرى.",
        "تواصل مع مركز MRC للحصول على معلومات عن العودة وإحالة إلى دعم إعادة الإدماج.",
        "في العراق يمكن إحالة العائدين من بيلاروسيا وليتوانيا من MoMD إلى MoLSA.",
        "اطلب دعماً نفسياً واجتماعياً إذا شعرت بالتوتر أو الخجل. كثير من العائدين يشعرون بذلك.",
        "خذ وقتك قبل أن تخطط لرحلة أخرى. وإذا قررت السفر مرة أخرى، فاسلك الطريق القانوني.",
        "كيف أتواصل مع مركز MRC؟",
        "يمكنك زيارة المركز بنفسك. لدى مركز MRC إسلام آباد خط ساخن مجاني <b>\u200e0304 1112123</b>. "
        "وتصل المراكز إلى الناس أيضاً عبر واتساب ووسائل التواصل الاجتماعي والإذاعة والتلفزيون، وعبر "
        "جلسات في المدارس والجامعات والمعاهد المهنية. ويذكر كل دليل بلد مراكزه.",
        "هل ما زال مركز MRC كابل مفتوحاً؟",
        "لا نعرف. افتُتح مركز MRC كابل في تموز/يوليو 2018 في وزارة اللاجئين والعودة (MoRR)، مع الخط "
        "الساخن <b>5588</b>، ومنذ تشرين الثاني/نوفمبر 2021 قدّم خدمة عن بُعد عبر واتساب وفايبر "
        "وتيليغرام. وضعه بعد 2021 غير واضح، ولم نتمكن من التأكد من أن المركز أو الخط الساخن ما زالا "
        "يعملان. لا تدفع لأي شخص يقول إنه يتحدث باسمه.",
        "ابني يريد الذهاب إلى أوروبا مع مهرب. ماذا أستطيع أن أفعل؟",
        "استمع أولاً. اسأله لماذا يريد الذهاب وماذا سمع. وجدت أبحاث في العراق أن انعدام الأمن والبطالة "
        "والشعور باليأس تدفع الناس إلى الرحيل، فخذ أسبابه على محمل الجد. ثم اقترح أن تزورا مركز MRC "
        "معاً للحديث عن المخاطر والخيارات القانونية.",
        "الحديث عن الأمر يساعد: في حملة استشارات أجرتها Seefar عام 2021 في إقليم كردستان العراق، تخلى "
        "34% ممن تلقوا الاستشارة عن خططهم غير النظامية.",
        "هل يمكن لمركز MRC أن يساعدني على الدراسة في الخارج؟",
        "نعم. تقدم مراكز MRC معلومات عن المنح الدراسية والطرق القانونية للدراسة في الخارج، وتقدم مراكز "
        "MRC في باكستان نصائح مهنية وعن المنح الدراسية. احذر من الوكلاء الذين يطلبون مالاً \u201cلضمان\u201d "
        "منحة دراسية أو تأشيرة.",
    ],
}

TEXTS["ckb"] = {
    "legal-labour-migration-gulf": [
        "کارکردن لە وڵاتانی کەنداو: ڕێگای یاسایی",
        "چۆن بە سەلامەتی بەدوای کاردا بگەڕێیت لە وڵاتانی کەنداو (عەرەبستانی سعودی، میرنشینە "
        "یەکگرتووەکانی عەرەب، قەتەر، کوەیت، عومان، بەحرەین): لە ڕێگەی دامەزراوە فەرمییەکانی کۆچەوە "
        "بڕۆ، پێشنیارەکەت بپشکنە، و بەشداری ڕێنماییی بێبەرامبەری پێش ڕۆیشتن بکە لە ناوەندێکی "
        "سەرچاوەی کۆچبەران.",
        "بۆچی ڕێگای یاسایی گرنگە",
        "کار لە وڵاتانی کەنداو ئامانجێکی باوە. لە ئەیلوولی 2021 زۆربەی پرسیارەکانی هێڵی گەرمی MRC "
        "ئیسلام ئاباد دەربارەی کار لە کەنداو بوون، و خەیبەر پەختوونخوا، کە MRC پێشاوەر لە 2024 "
        "تێیدا کرایەوە، کۆچێکی زۆری بۆ کەنداو هەیە.",
        "وڵاتانی کەنداو ئەمانەن: عەرەبستانی سعودی (Saudi Arabia)، میرنشینە یەکگرتووەکانی عەرەب "
        "(United Arab Emirates, UAE)، قەتەر (Qatar)، کوەیت (Kuwait)، عومان (Oman) و بەحرەین "
        "(Bahrain).",
        "ڕێگای یاسایی واتە کارێکی ڕاستەقینە، ڤیزایەکی دروست، گرێبەستێک کە بتوانیت بیپشکنیت، و کەسانێک "
        "کە ئەگەر شتێک هەڵە بوو بتوانیت پەنایان بۆ ببەیت.",
        "لە ڕێگەی دامەزراوە فەرمییەکانەوە بڕۆ",
        "<b>پاکستان:</b> بیرۆی کۆچ و دامەزراندن لە دەرەوە (BEOE) و فەرمانگەی پاراستنی کۆچبەران "
        "کاروباری ئەو کرێکارانە دەکەن کە دەچنە دەرەوە. MRC پێشاوەر لە BEOE دایە، و ستافی MRC ئیسلام "
        "ئاباد هەموو هەفتەیەک وانەیەکی پێش ڕۆیشتنیان لە فەرمانگەی پاراستنی کۆچبەران لە ڕاوەڵپندی "
        "دەگوتەوە.",
        "<b>بەنگلادیش:</b> BMET و نووسینگەکانی هێزی کاری ناوچەکان (DEMO) کاروباری ئەو کرێکارانە "
        "دەکەن کە دەچنە دەرەوە. MRCکانی داکا و کومیلا لەگەڵ ئەوان و لەگەڵ وەزارەتی خۆشگوزەرانیی "
        "هاووڵاتیانی دەرەوە (MoEWOE) کار دەکەن.",
        "<b>عێراق:</b> یەکەم MRC لە بەغدا لە وەزارەتی کار و کاروباری کۆمەڵایەتی (MoLSA) دایە.",
        "لە MRC بپرسە کام هەنگاوەکانی تۆمارکردن بۆ تۆ و شوێنی مەبەستت پێویستن. تەنها پشت بە قسەی "
        "بریکار مەبەستە.",
        "ڕێنماییی پێش ڕۆیشتن",
        "پێش ئەوەی بڕۆیت، MRC دەتوانێت ڕێنماییی پێش ڕۆیشتنت پێ بدات. ئەمە بارودۆخی کار و ژیان لە "
        "وڵاتی مەبەست، مافەکان و ئەرکەکانت، و چۆنیەتیی پاراستنی خۆت دەگرێتەوە. لە پاکستان MRCکان بە "
        "داواکاری ڕاهێنانی تایبەت بە وڵاتێکیش دەدەن. لە نێوان کانوونی دووەمی 2016 و تشرینی یەکەمی "
        "2018، MRCکانی پاکستان ڕاهێنانی پێش ڕۆیشتنیان بە زیاتر لە 45,000 کەس دا.",
        "پێش ئەوەی واژۆ بکەیت",
        "گرێبەستێکی نووسراو وەربگرە بە زمانێک کە دەیخوێنیتەوە. کارەکە، مووچە، کاتژمێرەکانی کار و "
        "ئەوەی کێ تێچووی گەشتەکە دەدات بپشکنە.",
        "هەرگیز پاسپۆرتەکەت مەدە بە کەسێکی دامەزرێنەر تا لای خۆی بیهێڵێتەوە.",
        "کۆپیی پاسپۆرت، ڤیزا و گرێبەستەکەت لە ماڵەوە دابنێ.",
        "پێش ئەوەی هیچ پارەیەک بدەیت، پێشنیارەکە لەگەڵ MRC بپشکنە.",
        "پرسیارت هەیە دەربارەی کار لە کەنداو؟ پەیوەندی بە هێڵی گەرمی بێبەرامبەری MRC ئیسلام ئاباد "
        "بکە <b>\u200e0304 1112123</b>، یان سەردانی نزیکترین MRC بکە. ڕاوێژکاری بێبەرامبەرە.",
    ],
    "visa-and-job-offer-scams": [
        "فێڵی ڤیزا و پێشنیاری کار: چۆن بیانناسیتەوە",
        "کار و ڤیزای ساختە پاشەکەوت و سەلامەتیی خەڵک لەناو دەبات. نیشانەکانی مەترسی بناسە، و پێش "
        "ئەوەی پارە بدەیت هەر پێشنیارێک لەگەڵ ناوەندێکی سەرچاوەی کۆچبەران بپشکنە.",
        "نیشانە باوەکانی مەترسی",
        "کەسێک داوای پاسپۆرتەکەت دەکات و دەیەوێت لای خۆی بیهێڵێتەوە.",
        "داوات لێ دەکرێت پێش بینینی گرێبەستێکی نووسراو پارە بدەیت.",
        "ڤیزا یان کارەکە \u201cگەرەنتی\u201d کراوە، یان مووچەکە زۆر زیاترە لەوەی خەڵکی تر بۆ هەمان کار "
        "وەریدەگرن.",
        "فشارت دەخرێتە سەر کە هەر ئەمڕۆ بڕیار بدەیت، یان پێت دەگوترێت پێشنیارەکە نهێنی بهێڵیتەوە.",
        "گرێبەستەکە بە زمانێکە کە ناتوانیت بیخوێنیتەوە، یان هەر گرێبەستێک نییە.",
        "پێت دەگوترێت دەتوانیت بە ڤیزای سەردان گەشت بکەیت و بەڵگەنامەکانی کار دواتر ڕێک بخەیت.",
        "پێشنیارەکە تەنها لە ڕێگەی تۆڕە کۆمەڵایەتییەکان یان ئەپێکی چاتەوە دێت، و ناتوانیت خاوەنکارەکە "
        "بپشکنیت.",
        "پێش پارەدان بیپشکنە",
        "ناوەندەکانی سەرچاوەی کۆچبەران (MRC) زانیاری دەربارەی ڕێگا یاساییەکانی کۆچ و ڤیزا دەدەن. "
        "دەتوانیت پێشنیاری کار یان گرێبەستەکە بهێنیتە MRC و لەگەڵ ڕاوێژکارێک پێیدا بچیتەوە. MRC "
        "کابول پشکنینی گرێبەستی کاری لە ناو خزمەتگوزارییەکانیدا ناو بردبوو. ڕاوێژکاری بێبەرامبەر و "
        "نهێنییە.",
        "پرسیاری باش بۆ ڕاوێژکار:",
        "ئایا ئەمە جۆری ڕاستی ڤیزایە بۆ ئەم کارە؟",
        "هەر بەشێکی ئەم گرێبەستە مانای چییە؟",
        "چی دەبێت لە نووسینگەی فەرمیی کۆچ بپشکنم؟",
        "ئەگەر پێشتر پارەت داوە",
        "پارەی زیاتر مەدە بۆ \u201cچارەسەرکردنی\u201d کێشەکە. هەموو پسوولە، نامە و بەڵگەنامەیەک "
        "بپارێزە. بڕۆ بۆ MRC یان نووسینگەی فەرمیی کۆچ لە وڵاتەکەت (BEOE یان فەرمانگەی پاراستنی "
        "کۆچبەران لە پاکستان، BMET یان نووسینگەی DEMO لە بەنگلادیش) و بپرسە چی دەتوانیت بکەیت.",
        "فریوخواردن شەرمەزاری تۆ نییە. گێڕانەوەی ئەوەی ڕوویدا بۆ خەڵکی تر دەتوانێت ئەوانیش بپارێزێت.",
        "<b>لەبیرت بێت:</b> هەرگیز پاسپۆرتەکەت مەدە بە کەس، هەرگیز پارە مەدە پێش ئەوەی گرێبەستێکی "
        "نووسراوت هەبێت کە تێی دەگەیت، و هەمیشە سەرەتا لەگەڵ MRC بیپشکنە.",
    ],
    "belarus-and-balkan-routes": [
        "ڕێگاکانی بیلاڕووسیا و بەلکان: ئەوەی دەنگۆکان نایڵێن",
        "چیرۆکەکانی تیکتۆک، تێلێگرام و فەیسبووک ڕێگا نایاساییەکانی ئەوروپا (یۆنان، ئیتاڵیا، ئەڵمانیا) "
        "ئاسان پیشان دەدەن. ئەمە ئەوەیە کە توێژینەوەکان دۆزیویانەتەوە، و ئەو بژاردانەی سەلامەترن.",
        "دەنگۆکان چۆن بڵاو دەبنەوە",
        "توێژینەوەیەکی Seefar لە کانوونی یەکەمی 2021 لە هەرێمی کوردستانی عێراق، لەسەر بنەمای 571 "
        "چاوپێکەوتنی ڕاپرسی و 36 چاوپێکەوتنی قووڵ، دەریخست کە زانیاریی کۆچ لە ڕێگەی تیکتۆک، چاتەکانی "
        "تێلێگرام و گرووپەکانی فەیسبووکەوە بڵاو دەبووەوە، و دەنگۆی درۆش لەگەڵیدا. یەکێکیان دەیگوت "
        "ئەوروپا مافی پەنابەری دەداتە ئەو کوردانەی دەگەنە بیلاڕووسیا. ڕاست نەبوو.",
        "پۆستێک کە زۆر کەس بڵاوی دەکەنەوە بەڵگە نییە. قاچاخچییەکان پارە پەیدا دەکەن کاتێک خەڵک "
        "باوەڕ بەم چیرۆکانە دەکەن.",
        "ئەم ڕێگایانە مانایان چییە",
        "ئامانج یۆنان (Greece)، ئیتاڵیا (Italy)، ئەڵمانیا (Germany) یان وڵاتێکی تری ئەوروپا بێت، "
        "ڕێگاکانی بیلاڕووسیا و بەلکان ڕێگای نایاسایین: گەشتی درێژ بەسەر چەندین سنووردا، کە زۆربەی "
        "جار پارەکەی بە قاچاخچی دەدرێت، بێ ئەو بەڵگەنامانەی بۆ چوونەژوورەوە پێویستن. لەوانەیە "
        "پاشەکەوتەکەت لەدەست بدەیت، ماوەیەکی درێژ گیر بخۆیت، یان بگەڕێنرێیتەوە.",
        "هەندێک لەوانەی ڕێگای بیلاڕووسیایان تاقی کردەوە گەڕانەوە عێراق. ئێستا ڕێگایەکی ڕەوانەکردن "
        "هەیە لە وەزارەتی کۆچ و کۆچبەران (MoMD) بۆ وەزارەتی کار و کاروباری کۆمەڵایەتی (MoLSA) بۆ "
        "ئەوانەی لە بیلاڕووسیا و لیتوانیا گەڕاونەتەوە.",
        "قسەکردن یارمەتیدەرە",
        "لە هەڵمەتێکی ڕاوێژکاریی Seefar لە ساڵی 2021 لە هەرێمی کوردستان، کە گەیشتە زیاتر لە 2,100 "
        "کەس، لە سەدا 34ی ئەوانەی ڕاوێژیان وەرگرت واز لە پلانە نایاساییەکانیان هێنا، لە سەدا 78 بیریان "
        "لە بژاردە یاساییەکان دەکردەوە، و لە سەدا 85 گوتیان زیاتر دەربارەی مەترسییەکان دەزانن.",
        "MRCکانی بەغدا، هەولێر و سلێمانی ڕاوێژکاریی بێبەرامبەر و نهێنی دەدەن دەربارەی ڕێگا "
        "یاساییەکانی کار یان خوێندن لە دەرەوە، ڤیزا و بورسی خوێندن.",
        "بیستووتە \u201cڕێگایەکی نوێ کراوەتەوە\u201d؟ پێش ئەوەی پارە بە کەس بدەیت، لەگەڵ MRC قسەی لەسەر "
        "بکە.",
    ],
    "after-return": [
        "دوای گەڕانەوە: چاوەڕێی چی بیت",
        "گەڕانەوە نیگەرانی دەهێنێت دەربارەی پارە، قسەی خەڵک و هەستەکانت. ئەمە ئەوەیە کە توێژینەوەکان "
        "دەربارەی گەڕاوەکان دۆزیویانەتەوە، و MRCکان لە کوێ دەتوانن یارمەتی بدەن.",
        "گەڕاوەکان چییان بە توێژەران گوت",
        "توێژینەوەیەک لە بەغدا، بە گرووپی گفتوگۆ کە 60 گەڕاوەیان تێدا بوو، دەریخست کە <b>ترس</b> لە "
        "ناوزڕان زیاتر لە خودی ناوزڕان کاری کردە سەر ڕەفتاری گەڕاوەکان. واتە نیگەرانی لەوەی خەڵک چی "
        "دەڵێن زیاتر خەڵکی ڕاگرت لەوەی خەڵک بەڕاستی گوتیان. هەمان توێژینەوە دەریخست کە خزمەتگوزاریی "
        "دەروونی-کۆمەڵایەتی زۆربەی جار نەبوو.",
        "توێژینەوەیەک لە کانوونی یەکەمی 2024 دەربارەی گەڕاوەکان لە پاکستان سێ کێشەی سەرەکیی دۆزییەوە: "
        "داهات، ناوزڕان و تەندروستیی دەروونی. نزیکەی لە سەدا 25ی گەڕاوەکان دووبارە کۆچ دەکەنەوە.",
        "پارە و کار",
        "داهات زۆربەی جار یەکەم نیگەرانییە. MRCکان زانیاری دەربارەی گەڕانەوە دەدەن و گەڕاوەکان بۆ "
        "پشتگیریی تێکەڵبوونەوە ڕەوانە دەکەن. لە بەغدا، MRC خولی نووسینی CV، چاوپێکەوتنی کار و "
        "بازرگانی دەکاتەوە، و یارمەتی خەڵک دەدات بگەنە سندووقی قەرزی MoLSA. لە پاکستان MRCکان "
        "ئامۆژگاریی پیشەیی دەدەن.",
        "هەستەکانت گرنگن",
        "فشاری دەروونی، شەرم، توڕەیی یان خەمباری دوای گەڕانەوە باون. قسەکردن لەگەڵ کەسێک کە متمانەت "
        "پێیەتی یارمەتیدەرە. MRCکانی پاکستان و MRC بەغدا پشتگیریی دەروونی-کۆمەڵایەتی دەدەن یان "
        "دەتوانن بۆی ڕەوانەت بکەن.",
        "ئەزموونەکەت بۆ خەڵکی تریش بەهای هەیە. گەڕاوەکان سەرچاوەیەکی گرنگی زانیارین بۆ ئەوانەی بیر لە "
        "کۆچ دەکەنەوە، و هەندێکیان چیرۆکەکەیان دەگێڕنەوە تا خەڵکی تر باشتر بڕیار بدەن.",
        "کۆچکردنەوە دەبێت هەڵبژاردنی تۆ بێت، نەک ناچاری. ئەگەر دووبارە ڕۆیشتیت، بە ڕێگای یاسایی بڕۆ، و "
        "سەرەتا لەگەڵ MRC قسە بکە.",
    ],
    "reintegration-support": [
        "پشتگیریی تێکەڵبوونەوە: چییە و چۆن بەدەستی دەهێنیت",
        "پشتگیریی تێکەڵبوونەوە یارمەتی گەڕاوەکان دەدات ژیانیان دووبارە بنیات بنێنەوە: داهات، "
        "خزمەتگوزاری و خۆشگوزەرانی. بزانە چی دەگرێتەوە و MRCکان چۆن بۆی ڕەوانەت دەکەن.",
        "تێکەڵبوونەوە مانای چییە",
        "IOM تێکەڵبوونەوەی بەردەوام وەسف دەکات وەک گەیشتن بە خۆبژێوی ئابووری، سەقامگیریی کۆمەڵایەتی و "
        "خۆشگوزەرانیی دەروونی-کۆمەڵایەتی، بۆ ئەوەی کۆچکردنەوە هەڵبژاردن بێت نەک ناچاری. سێ ڕەهەندی "
        "هەیە:",
        "<b>ئابووری:</b> ڕێگایەک بۆ پەیداکردنی بژێوی.",
        "<b>کۆمەڵایەتی:</b> دەستگەیشتن بە تەندروستی، خوێندن، نیشتەجێبوون، دادپەروەری و پاراستنی "
        "کۆمەڵایەتی.",
        "<b>دەروونی-کۆمەڵایەتی:</b> تۆڕی پشتگیری و هەستی سەربەخۆبوون بە کۆمەڵگە.",
        "پشتگیری دەتوانێت بۆ تۆ وەک کەس، بۆ کۆمەڵگەکەت، و بۆ باشترکردنی سیستەم و خزمەتگوزارییەکان بێت.",
        "پشتگیری چی دەتوانێت بگرێتەوە",
        "یارمەتیی پارە یان کاڵا؛",
        "دۆزینەوەی کار؛",
        "پشتگیریی گەشەپێدانی بازرگانی و بەخشینی دەستپێکردنی پڕۆژە؛",
        "ڕاهێنانی پیشەیی و بورسی خوێندن؛",
        "یارمەتی بۆ وەرگرتنی تۆمارەکانی کار و خوێندنت؛",
        "ڕاهێنانی بەڕێوەبردنی دارایی، پاشەکەوتی بچووک، و گرووپەکانی پاشەکەوت و قەرز.",
        "هەموو بەرنامەیەک هەموو ئەمانە پێشکەش ناکات. پشتگیری زۆربەی جار بە گفتوگۆیەک دەربارەی "
        "پێداویستی و تواناکانت دەست پێ دەکات.",
        "چۆن بەدەستی بهێنیت",
        "MRCکان زانیاری دەربارەی گەڕانەوە دەدەن و گەڕاوەکان بۆ پشتگیریی تێکەڵبوونەوە ڕەوانە دەکەن.",
        "<b>عێراق:</b> میکانیزمێکی نیشتمانیی ڕەوانەکردن لە ژێر وەزارەتی کۆچ و کۆچبەران (MoMD) لە "
        "هەندێک پارێزگا تاقی دەکرێتەوە، و ئەوانەی لە بیلاڕووسیا و لیتوانیا گەڕاونەتەوە دەتوانرێت لە "
        "MoMDەوە بۆ MoLSA ڕەوانە بکرێن. عێراق هەروەها \u201cڤیژنی تێکەڵبوونەوەی بەردەوامی "
        "گەڕاوەکان\u201dی هەیە لەگەڵ پلانێکی کار.",
        "<b>بەنگلادیش:</b> چوارچێوەیەکی نیشتمانیی تێکەڵبوونەوە هەیە.",
        "<b>پاکستان:</b> دامەزراوەی پاکستانییەکانی دەرەوە ناوەندێکی تێکەڵبوونەوەی هەیە.",
        "نازانیت لە کوێوە دەست پێ بکەیت؟ سەردانی نزیکترین MRC بکە و داوای ڕەوانەکردن بکە.",
    ],
    "psychosocial-support": [
        "پشتگیریی دەروونی-کۆمەڵایەتی: ئاساییە پێویستت بە یارمەتی بێت",
        "کۆچ و گەڕانەوە دەتوانن قورسایی بخەنە سەر مێشک و پەیوەندییەکانت. پشتگیریی "
        "دەروونی-کۆمەڵایەتی شوێنێکی سەلامەتت دەداتێ بۆ قسەکردن و دووبارە هەستانەوە سەر پێی خۆت.",
        "چییە",
        "پشتگیریی دەروونی-کۆمەڵایەتی یارمەتی دەدات لەوەی چۆن هەست دەکەیت و چۆن لەگەڵ خەڵکی دەوروبەرت "
        "هەڵدەکەیت. دەتوانێت مانای قسەکردنی تاکەکەسی لەگەڵ ڕاوێژکارێک بێت، بینینی کەسانێک کە بە "
        "ئەزموونی هاوشێوەدا تێپەڕیون، یان بەستنەوە بە خزمەتگوزارییەکانی تری پێویست.",
        "تەنها بۆ ئەو کەسانە نییە کە نەخۆشییەکی گرانیان هەیە. بۆ هەر کەسێکە کە هەست بە قورسایی دەکات.",
        "ئاساییە پێویستت پێی بێت",
        "خۆئامادەکردن بۆ ڕۆیشتن، ژیان لە دوور لە ماڵ و گەڕانەوە هەموویان دەتوانن فشار بهێنن. "
        "توێژینەوەکان ئەمە پیشان دەدەن. توێژینەوەیەک لە کانوونی یەکەمی 2024 دەربارەی گەڕاوەکان لە "
        "پاکستان کێشەی تەندروستیی دەروونیی لەگەڵ نیگەرانیی داهات و ناوزڕان دۆزییەوە. توێژینەوەیەک "
        "لەگەڵ گەڕاوەکان لە بەغدا دەریخست کە ترس لە ناوزڕان کاری کردە سەر ڕەفتاری خەڵک، و "
        "خزمەتگوزاریی دەروونی-کۆمەڵایەتی زۆربەی جار نەبوو.",
        "ئەو نیشانانەی کە پشتگیری دەتوانێت یارمەتیدەر بێت بریتین لە کێشەی خەو، نیگەرانیی بەردەوام، "
        "هەستی شەرم یان توڕەیی، یان نەویستنی بینینی خەڵک. داوای یارمەتی نیشانەی هێزە، نەک لاوازی.",
        "لە کوێ دەیدۆزیتەوە",
        "MRCکانی پاکستان پشتگیریی دەروونی-کۆمەڵایەتی دەدەن. لە عێراق، MRC بەغدا پشتگیریی "
        "دەروونی-کۆمەڵایەتی و ڕەوانەکردن دەدات. ڕاوێژکاری لە MRC نهێنییە.",
        "خێزانەکانیش دەتوانن داوا بکەن: تەنها ئەو کەسەی کۆچی کردووە کاریگەر نابێت.",
        "ئەگەر تۆ یان کەسێکی نزیکت لە مەترسیی ئازاردان دایە، ئێستا بڕۆ بۆ نزیکترین نەخۆشخانە یان "
        "بنکەی تەندروستی، یان داوا لە کەسێک بکە کە متمانەت پێیەتی بتبات.",
    ],
    "questions": [
        "پرسیار و وەڵام",
        "وەڵامی کورت بۆ پرسیارە باوەکان دەربارەی ناوەندەکانی سەرچاوەی کۆچبەران، پێشنیاری کار، "
        "تایبەتمەندی، دیپۆرتکردن و شوێنی وەرگرتنی یارمەتی.",
        "ئایا ڕاوێژکاری لە MRC بێبەرامبەرە؟",
        "بەڵێ. ڕاوێژکاری لە ناوەندەکانی سەرچاوەی کۆچبەران (MRC) بێبەرامبەرە. MRC ئیسلام ئاباد "
        "هەروەها هێڵێکی گەرمی بێبەرامبەری هەیە: <b>\u200e0304 1112123</b>. ئاگاداری هەر کەسێک بە کە "
        "بە ناوی MRCەوە داوای پارەت لێ دەکات.",
        "ئایا MRC دەتوانێت گرێبەستی کارەکەم بپشکنێت؟",
        "بەڵێ. پێش ئەوەی پارە بدەیت یان هیچ شتێک واژۆ بکەیت، پێشنیاری کار یان گرێبەستەکە بهێنە MRC. "
        "ڕاوێژکارێک دەتوانێت لەگەڵت پێیدا بچێتەوە، مانای ڕوون بکاتەوە و نیشانەکانی مەترسی پیشان بدات. "
        "MRC کابول پشکنینی گرێبەستی کاری لە ناو خزمەتگوزارییەکانیدا ناو بردبوو. ئەگەر گرێبەستەکە بە "
        "زمانێکە کە ناتوانیت بیخوێنیتەوە، داوای یەکێک بکە بە زمانێک کە دەتوانیت.",
        "ئایا MRC زانیارییەکانم لەگەڵ کەسانی تر بەش دەکات؟",
        "ڕاوێژکاری نهێنییە. ئەگەر ڕاوێژکارێک پێشنیاری کرد بۆ خزمەتگوزارییەکی تر ڕەوانەت بکات، ئاساییە "
        "پێش ئەوەی ڕازی بیت بپرسیت چ زانیارییەک، لەگەڵ کێ و بۆچی بەش دەکرێت.",
        "ئەگەر دیپۆرت کرابم چی بکەم؟",
        "سەرەتا ئاگات لە شتە بەپەلەکان بێت: شوێنێکی سەلامەت بۆ مانەوە، تەندروستیت، و پەیوەندی لەگەڵ "
        "خێزانەکەت. پاشان:",
        "هەر بەڵگەنامەیەک کە پێت دراوە، و کۆپیی پاسپۆرت و بەڵگەنامەکانی ترت بپارێزە.",
        "پەیوەندی بە MRCەوە بکە بۆ زانیاری دەربارەی گەڕانەوە و ڕەوانەکردن بۆ پشتگیریی تێکەڵبوونەوە.",
        "لە عێراق، ئەوانەی لە بیلاڕووسیا و لیتوانیا گەڕاونەتەوە دەتوانرێت لە MoMDەوە بۆ MoLSA ڕەوانە "
        "بکرێن.",
        "ئەگەر هەست بە فشار یان شەرم دەکەیت، داوای پشتگیریی دەروونی-کۆمەڵایەتی بکە. زۆر لە گەڕاوەکان "
        "هەمان هەستیان هەیە.",
        "پێش ئەوەی پلانی گەشتێکی تر دابنێیت کات بدە بە خۆت. ئەگەر بڕیارت دا دووبارە بڕۆیت، بە ڕێگای "
        "یاسایی بڕۆ.",
        "چۆن پەیوەندی بە MRCەوە بکەم؟",
        "دەتوانیت خۆت سەردانی ناوەندێک بکەیت. MRC ئیسلام ئاباد هێڵێکی گەرمی بێبەرامبەری هەیە، "
        "<b>\u200e0304 1112123</b>. MRCکان هەروەها لە ڕێگەی واتسئاپ، تۆڕە کۆمەڵایەتییەکان، ڕادیۆ و "
        "تەلەفزیۆن، و دانیشتن لە قوتابخانە، زانکۆ و پەیمانگا پیشەییەکانەوە دەگەنە خەڵک. ڕێبەری هەر "
        "وڵاتێک ناوەندەکانی خۆی ڕیز دەکات.",
        "ئایا MRC کابول هێشتا کراوەیە؟",
        "نازانین. MRC کابول لە تەممووزی 2018 لە وەزارەتی پەنابەران و گەڕانەوە (MoRR) کرایەوە، بە "
        "هێڵی گەرمی <b>5588</b>، و لە تشرینی دووەمی 2021ەوە خزمەتگوزارییەکی لە دوورەوەی لە واتسئاپ، "
        "ڤایبەر و تێلێگرام بەڕێوە دەبرد. باری دوای 2021ی ڕوون نییە، و نەمانتوانی دڵنیا بینەوە کە "
        "ناوەندەکە یان هێڵە گەرمەکە هێشتا کار دەکەن. پارە مەدە بە هیچ کەسێک کە دەڵێت بە ناوی ئەوەوە "
        "قسە دەکات.",
        "کوڕەکەم دەیەوێت لەگەڵ قاچاخچییەک بچێتە ئەوروپا. چی بکەم؟",
        "سەرەتا گوێ بگرە. بپرسە بۆچی دەیەوێت بڕوات و چی بیستووە. توێژینەوە لە عێراق دەریخست کە "
        "نائەمنی، بێکاری و هەستی بێهیوایی خەڵک پاڵ دەنێن بۆ ڕۆیشتن، بۆیە هۆکارەکانی بە جددی وەربگرە. "
        "پاشان پێشنیار بکە پێکەوە سەردانی MRC بکەن بۆ قسەکردن لەسەر مەترسییەکان و بژاردە یاساییەکان.",
        "قسەکردن یارمەتیدەرە: لە هەڵمەتێکی ڕاوێژکاریی Seefar لە ساڵی 2021 لە هەرێمی کوردستانی عێراق، "
        "لە سەدا 34ی ئەو کەسانەی ڕاوێژیان وەرگرت واز لە پلانە نایاساییەکانیان هێنا.",
        "ئایا MRC دەتوانێت یارمەتیم بدات لە دەرەوە بخوێنم؟",
        "بەڵێ. MRCکان زانیاری دەربارەی بورسی خوێندن و ڕێگا یاساییەکانی خوێندن لە دەرەوە دەدەن، و "
        "MRCکانی پاکستان ئامۆژگاریی پیشەیی و بورسی خوێندن دەدەن. ئاگاداری ئەو بریکارانە بە کە داوای "
        "پارە دەکەن بۆ \u201cگەرەنتیکردنی\u201d بورسێک یان ڤیزایەک.",
    ],
}

TEXTS["ps"] = {
    "legal-labour-migration-gulf": [
        "د خلیج په هېوادونو کې کار: قانوني لار",
        "څنګه د خلیج په هېوادونو (سعودي عربستان، متحده عربي امارات، قطر، کویټ، عمان، بحرین) کې په "
        "خوندي ډول د کار لټون وکړئ: د کډوالۍ له رسمي ادارو له لارې لاړ شئ، خپل وړاندیز وڅېړئ، او د "
        "کډوالو د سرچینو په مرکز کې د تګ مخکې وړیا لارښوونې ته ورشئ.",
        "قانوني لار ولې مهمه ده",
        "د خلیج په هېوادونو کې کار یو عام هدف دی. د 2021 کال په سپتمبر کې د MRC اسلام اباد د ګرمې "
        "کرښې ډېری پوښتنې د خلیج د کارونو په اړه وې، او له خیبر پښتونخوا څخه، چېرته چې MRC پېښور په "
        "2024 کې پرانیستل شو، خلیج ته ډېره کډوالي کېږي.",
        "د خلیج هېوادونه دا دي: سعودي عربستان (Saudi Arabia)، متحده عربي امارات (United Arab "
        "Emirates, UAE)، قطر (Qatar)، کویټ (Kuwait)، عمان (Oman) او بحرین (Bahrain).",
        "قانوني لار یعنې رښتینی کار، سم ویزه، داسې تړون چې تاسو یې وڅېړلی شئ، او داسې خلک چې که څه "
        "خراب شول ورته مخ کړی شئ.",
        "د رسمي ادارو له لارې لاړ شئ",
        "<b>پاکستان:</b> د کډوالۍ او بهرنۍ استخدام بیورو (BEOE) او د کډوالو د ساتنې دفتر (Protectorate "
        "of Emigrants) د هغو کارګرو چارې کوي چې بهر ته ځي. MRC پېښور په BEOE کې دی، او د MRC اسلام "
        "اباد کارکوونکو په راولپنډۍ کې د کډوالو د ساتنې په دفتر کې هره اونۍ د تګ مخکې لکچر ورکاوه.",
        "<b>بنګله دېش:</b> BMET او د ولسوالیو د کاري ځواک دفترونه (DEMO) د هغو کارګرو چارې کوي چې "
        "بهر ته ځي. په ډاکه او کومیلا کې MRC د دوی او د بهر مېشتو د هوساینې وزارت (MoEWOE) سره کار "
        "کوي.",
        "<b>عراق:</b> په بغداد کې لومړی MRC د کار او ټولنیزو چارو وزارت (MoLSA) کې دی.",
        "له MRC څخه وپوښتئ چې ستاسو او ستاسو د منزل لپاره د نوم لیکنې کوم ګامونه اړین دي. یوازې د "
        "اجنټ په خبره باور مه کوئ.",
        "د تګ مخکې لارښوونه",
        "مخکې له دې چې ولاړ شئ، MRC تاسو ته د تګ مخکې لارښوونه درکولی شي. په دې کې د منزل په هېواد "
        "کې د کار او ژوند شرایط، ستاسو حقونه او دندې، او د ځان ساتنې لارې شاملې دي. په پاکستان کې "
        "MRC د غوښتنې پر اساس د یو ځانګړي هېواد روزنه هم ورکوي. د 2016 کال له جنوري څخه د 2018 کال "
        "تر اکتوبر پورې د پاکستان MRC له 45,000 څخه زیاتو کسانو ته د تګ مخکې روزنه ورکړه.",
        "له لاسلیک مخکې",
        "په داسې ژبه لیکلی تړون واخلئ چې تاسو یې لوستلی شئ. کار، معاش، د کار ساعتونه او دا وڅېړئ "
        "چې د سفر لګښت څوک ورکوي.",
        "خپل پاسپورټ هېڅکله د استخدام کوونکي سره د ساتلو لپاره مه پرېږدئ.",
        "د خپل پاسپورټ، ویزې او تړون کاپي په کور کې وساتئ.",
        "مخکې له دې چې څه پیسې ورکړئ، وړاندیز له MRC سره وڅېړئ.",
        "د خلیج د کار په اړه پوښتنې لرئ؟ د MRC اسلام اباد وړیا ګرمې کرښې "
        "<b>\u200e0304 1112123</b> ته زنګ ووهئ، یا خپل نږدې MRC ته ورشئ. مشوره وړیا ده.",
    ],
    "visa-and-job-offer-scams": [
        "د ویزې او کار د وړاندیزونو درغلي: څنګه یې وپېژنئ",
        "جعلي کارونه او ویزې د خلکو سپما او خوندیتوب له منځه وړي. د خطر نښې وپېژنئ، او مخکې له دې "
        "چې پیسې ورکړئ هر وړاندیز د کډوالو د سرچینو له مرکز سره وڅېړئ.",
        "د خطر عامې نښې",
        "یو څوک ستاسو پاسپورټ غواړي او غواړي چې له ځان سره یې وساتي.",
        "له تاسو څخه غوښتل کېږي چې لیکلی تړون له لیدو مخکې پیسې ورکړئ.",
        "ویزه یا کار \u201cتضمین\u201d شوی، یا معاش د ورته کار لپاره د نورو له معاش څخه ډېر لوړ دی.",
        "پر تاسو فشار راوړل کېږي چې همدا نن پرېکړه وکړئ، یا درته ویل کېږي چې وړاندیز پټ وساتئ.",
        "تړون په داسې ژبه دی چې تاسو یې نشئ لوستلی، یا هېڅ تړون نشته.",
        "درته ویل کېږي چې په سیاحتي ویزه سفر وکړئ او د کار کاغذونه وروسته جوړ کړئ.",
        "وړاندیز یوازې د ټولنیزو رسنیو یا چټ اپ له لارې راځي، او تاسو کارګمارونکی نشئ څېړلی.",
        "له پیسو ورکولو مخکې یې وڅېړئ",
        "د کډوالو د سرچینو مرکزونه (MRC) د کډوالۍ د قانوني لارو او ویزو په اړه معلومات ورکوي. تاسو "
        "کولی شئ د کار وړاندیز یا تړون MRC ته راوړئ او له یو مشاور سره یې وګورئ. د کابل MRC د کار "
        "د تړونونو څېړنه په خپلو خدمتونو کې یاده کړې وه. مشوره وړیا او محرمه ده.",
        "له مشاور څخه د پوښتلو لپاره ښې پوښتنې:",
        "ایا دا د دې کار لپاره سم ډول ویزه ده؟",
        "د دې تړون هره برخه څه معنا لري؟",
        "زه باید د کډوالۍ له رسمي دفتر سره څه وڅېړم؟",
        "که مو دمخه پیسې ورکړې وي",
        "د ستونزې د \u201cحل\u201d لپاره نورې پیسې مه ورکوئ. هره رسید، پیغام او سند وساتئ. MRC ته یا "
        "په خپل هېواد کې د کډوالۍ رسمي دفتر ته (په پاکستان کې BEOE یا د کډوالو د ساتنې دفتر، په "
        "بنګله دېش کې BMET یا ستاسو د DEMO دفتر) ولاړ شئ او وپوښتئ چې څه کولی شئ.",
        "غولول کېدل ستاسو شرم نه دی. نورو ته د پېښې ویل هغوی هم ساتلی شي.",
        "<b>یاد ولرئ:</b> خپل پاسپورټ هېڅکله چا ته مه ورکوئ، تر هغه چې داسې لیکلی تړون ونه لرئ چې "
        "پوهېږئ پرې پیسې مه ورکوئ، او تل لومړی له MRC سره وڅېړئ.",
    ],
    "belarus-and-balkan-routes": [
        "د بېلاروس او بالکان لارې: هغه څه چې اوازې یې نه وايي",
        "په ټیک ټاک، ټلګرام او فېسبوک کې کیسې اروپا (یونان، ایټالیا، جرمني) ته غیرقانوني لارې اسانه "
        "ښيي. دلته هغه څه دي چې څېړنې وموندل، او کومې خوندي لارې شته.",
        "اوازې څنګه خپرېږي",
        "د Seefar د 2021 کال د ډسمبر یوې څېړنې د عراق په کوردستان سیمه کې، چې پر 571 سروې مرکو او 36 "
        "ژورو مرکو ولاړه وه، وموندل چې د کډوالۍ معلومات د ټیک ټاک، ټلګرام چټونو او فېسبوک ګروپونو له "
        "لارې خپرېدل، او دروغجنې اوازې هم ورسره. یوې اوازې ویل چې اروپا هغو کردانو ته پناه ورکوي چې "
        "بېلاروس ته رسېږي. دا رښتیا نه وه.",
        "هغه پوسټ چې ډېر خلک یې شریکوي ثبوت نه دی. قاچاقبران هغه وخت پیسې ګټي چې خلک پر داسې کیسو "
        "باور وکړي.",
        "د دې لارو معنا څه ده",
        "که هدف یونان (Greece)، ایټالیا (Italy)، جرمني (Germany) یا د اروپا بل هېواد وي، د بېلاروس او "
        "بالکان لارې غیرقانوني لارې دي: د ډېرو پولو په اوږدو کې اوږده سفرونه، چې پیسې یې معمولاً "
        "قاچاقبرانو ته ورکول کېږي، پرته له هغو کاغذونو چې د ننوتلو لپاره اړین دي. تاسو کېدای شي خپله "
        "سپما له لاسه ورکړئ، د اوږدې مودې لپاره ونښلئ، یا بېرته ولېږل شئ.",
        "ځینې هغه کسان چې د بېلاروس لاره یې وازمویله عراق ته بېرته راغلل. اوس د هغو کسانو لپاره چې "
        "له بېلاروس او لیتوانیا څخه راستانه شوي، د کډوالۍ او بې ځایه شویو وزارت (MoMD) څخه د کار او "
        "ټولنیزو چارو وزارت (MoLSA) ته د راجع کولو لاره شته.",
        "خبرې کول مرسته کوي",
        "په کوردستان سیمه کې د Seefar د 2021 کال په یوه مشورتي کمپاین کې، چې له 2,100 څخه زیاتو "
        "کسانو ته ورسېد، د مشوره اخیستونکو 34% خپل غیرقانوني پلانونه پرېښودل، 78% په قانوني لارو فکر "
        "کاوه، او 85% وویل چې د خطرونو په اړه ډېر پوهېږي.",
        "په بغداد، اربیل او سلیمانیه کې MRC بهر ته د کار یا زده کړې د قانوني لارو، ویزو او بورسونو "
        "په اړه وړیا او محرمه مشوره ورکوي.",
        "د یوې \u201cنوې پرانیستې لارې\u201d په اړه مو اورېدلي؟ مخکې له دې چې چا ته پیسې ورکړئ، له MRC "
        "سره خبرې وکړئ.",
    ],
    "after-return": [
        "له راستنېدو وروسته: څه تمه ولرئ",
        "راستنېدل د پیسو، د خلکو د خبرو او ستاسو د احساساتو اندېښنې راوړي. دلته هغه څه دي چې څېړنو "
        "د راستنېدونکو په اړه وموندل، او MRC چېرته مرسته کولی شي.",
        "راستنېدونکو څېړونکو ته څه وویل",
        "په بغداد کې یوې څېړنې، چې په فوکس ګروپونو کې یې 60 راستنېدونکي شامل وو، وموندل چې د بدنامۍ "
        "<b>وېرې</b> د راستنېدونکو پر چلند تر خپله بدنامۍ ډېر اغېز درلود. یعنې د دې اندېښنې چې خلک به "
        "څه وايي، خلک تر هغه ډېر ودرول چې خلکو په رښتیا وویل. همدې څېړنې وموندل چې رواني ټولنیز خدمتونه "
        "زیاتره نه وو.",
        "په پاکستان کې د راستنېدونکو په اړه د 2024 کال د ډسمبر یوې څېړنې درې لویې ستونزې وموندې: "
        "عاید، بدنامي او رواني روغتیا. شاوخوا 25% راستنېدونکي بیا کډوال کېږي.",
        "پیسې او کار",
        "عاید اکثره لومړۍ اندېښنه وي. MRC د راستنېدو په اړه معلومات ورکوي او راستنېدونکي د بیا "
        "یوځای کېدو (ریانټیګریشن) ملاتړ ته راجع کوي. په بغداد کې MRC د CV، د کار د مرکې او سوداګرۍ "
        "کورسونه چلوي، او خلکو سره مرسته کوي چې د MoLSA د پور صندوق ته ورسېږي. په پاکستان کې MRC "
        "مسلکي مشوره ورکوي.",
        "ستاسو احساسات مهم دي",
        "له راستنېدو وروسته فشار، شرم، غوسه یا خپګان عام دي. له یو باوري کس سره خبرې کول مرسته کوي. "
        "د پاکستان MRC او د بغداد MRC رواني ټولنیز ملاتړ ورکوي یا تاسو ورته راجع کولی شي.",
        "ستاسو تجربه د نورو لپاره هم ارزښت لري. راستنېدونکي د هغو کسانو لپاره د معلوماتو مهمه سرچینه "
        "دي چې د کډوالۍ فکر کوي، او ځینې خپله کیسه شریکوي ترڅو نور ښه پرېکړه وکړي.",
        "بیا کډوالي باید ستاسو انتخاب وي، نه مجبوري. که بیا ځئ، په قانوني لار لاړ شئ، او لومړی له MRC "
        "سره خبرې وکړئ.",
    ],
    "reintegration-support": [
        "د بیا یوځای کېدو ملاتړ: دا څه دی او څنګه یې ترلاسه کړئ",
        "د بیا یوځای کېدو ملاتړ له راستنېدونکو سره مرسته کوي چې خپل ژوند بیا جوړ کړي: عاید، خدمتونه "
        "او هوساینه. زده کړئ چې په دې کې څه شامل کېدای شي او MRC تاسو څنګه ورته راجع کوي.",
        "بیا یوځای کېدل څه معنا لري",
        "IOM دوامداره بیا یوځای کېدل اقتصادي ځان بسیاینې، ټولنیز ثبات او رواني ټولنیزې هوساینې ته "
        "رسېدل بولي، ترڅو بیا کډوالي انتخاب وي، نه مجبوري. درې اړخونه لري:",
        "<b>اقتصادي:</b> د ژوند د ګټلو یوه لاره.",
        "<b>ټولنیز:</b> روغتیا، زده کړې، استوګنې، عدالت او ټولنیز خوندیتوب ته لاسرسی.",
        "<b>رواني ټولنیز:</b> د ملاتړ شبکې او د تړاو احساس.",
        "ملاتړ تاسو ته د یو فرد په توګه، ستاسو ټولنې ته، او د غوره سیستمونو او خدمتونو لپاره ورکول "
        "کېدای شي.",
        "په ملاتړ کې څه شامل کېدای شي",
        "نغدي یا جنسي مرسته؛",
        "کار موندل؛",
        "د سوداګرۍ د پراختیا ملاتړ او د کار د پیل مرستې؛",
        "مسلکي روزنه او بورسونه؛",
        "د خپل کار او زده کړې د سوابقو په ترلاسه کولو کې مرسته؛",
        "د مالي مدیریت روزنه، کوچنۍ سپما، او د سپما او پور ګروپونه.",
        "هر پروګرام دا ټول نه وړاندې کوي. ملاتړ اکثره ستاسو د اړتیاوو او مهارتونو په اړه له خبرو پیلېږي.",
        "څنګه یې ترلاسه کړئ",
        "MRC د راستنېدو په اړه معلومات ورکوي او راستنېدونکي د بیا یوځای کېدو ملاتړ ته راجع کوي.",
        "<b>عراق:</b> د کډوالۍ او بې ځایه شویو وزارت (MoMD) تر لاندې یو ملي راجع کولو میکانیزم په "
        "ځینو ولایتونو کې ازمایل کېږي، او هغه کسان چې له بېلاروس او لیتوانیا څخه راستانه شوي له MoMD "
        "څخه MoLSA ته راجع کېدای شي. عراق د یو عمل پلان سره \u201cد راستنېدونکو د دوامداره بیا یوځای "
        "کېدو لید\u201d هم لري.",
        "<b>بنګله دېش:</b> یو ملي د بیا یوځای کېدو چوکاټ شته.",
        "<b>پاکستان:</b> د بهر مېشتو پاکستانیانو بنسټ (Overseas Pakistanis Foundation) د بیا یوځای "
        "کېدو یو مرکز لري.",
        "نه پوهېږئ له کومه پیل وکړئ؟ خپل نږدې MRC ته ورشئ او د راجع کولو غوښتنه وکړئ.",
    ],
    "psychosocial-support": [
        "رواني ټولنیز ملاتړ: مرستې ته اړتیا عادي خبره ده",
        "کډوالي او راستنېدل ستاسو پر ذهن او اړیکو بار اچولی شي. رواني ټولنیز ملاتړ تاسو ته د خبرو او "
        "بیا پر خپلو پښو درېدو لپاره یو خوندي ځای درکوي.",
        "دا څه دی",
        "رواني ټولنیز ملاتړ په دې کې مرسته کوي چې تاسو څنګه احساس کوئ او له شاوخوا خلکو سره څنګه "
        "ژوند کوئ. دا کېدای شي له یو مشاور سره یوازې خبرې، له هغو کسانو سره لیدل چې ورته تجربې یې "
        "تېرې کړې، یا له نورو اړینو خدمتونو سره نښلول وي.",
        "دا یوازې د هغو کسانو لپاره نه دی چې جدي ناروغي لري. دا د هر هغه چا لپاره دی چې ځان تر بار "
        "لاندې احساسوي.",
        "دې ته اړتیا عادي خبره ده",
        "د تګ تیاری، له کوره لرې ژوند او راستنېدل ټول فشار راوړلی شي. څېړنې همدا ښيي. په پاکستان کې "
        "د راستنېدونکو په اړه د 2024 کال د ډسمبر یوې څېړنې د عاید له اندېښنو او بدنامۍ سره د رواني "
        "روغتیا ستونزې وموندې. په بغداد کې له راستنېدونکو سره یوې څېړنې وموندل چې د بدنامۍ وېرې د "
        "خلکو پر چلند اغېز درلود، او رواني ټولنیز خدمتونه زیاتره نه وو.",
        "هغه نښې چې ملاتړ پکې ګټور کېدای شي: د خوب ستونزه، دوامداره اندېښنه، د شرم یا غوسې احساس، "
        "یا د خلکو د لیدو نه غوښتل. د مرستې غوښتل د ځواک نښه ده، نه د کمزورۍ.",
        "چېرته یې موندلی شئ",
        "د پاکستان MRC رواني ټولنیز ملاتړ ورکوي. په عراق کې د بغداد MRC رواني ټولنیز ملاتړ او راجع "
        "کول وړاندې کوي. په MRC کې مشوره محرمه ده.",
        "کورنۍ هم غوښتنه کولی شي: یوازې هغه کس نه اغېزمن کېږي چې کډوال شوی.",
        "که تاسو یا ستاسو کوم نږدې کس د زیان په خطر کې وي، همدا اوس نږدې روغتون یا روغتیایي مرکز ته "
        "لاړ شئ، یا له یو باوري کس څخه وغواړئ چې تاسو بوځي.",
    ],
    "questions": [
        "پوښتنې او ځوابونه",
        "د کډوالو د سرچینو مرکزونو، د کار وړاندیزونو، محرمیت، اېستلو (ډیپورټ) او د مرستې د ځای په "
        "اړه عامو پوښتنو ته لنډ ځوابونه.",
        "ایا په MRC کې مشوره وړیا ده؟",
        "هو. د کډوالو د سرچینو په مرکزونو (MRC) کې مشوره وړیا ده. MRC اسلام اباد یوه وړیا ګرمه کرښه "
        "هم لري: <b>\u200e0304 1112123</b>. له هر هغه چا څخه پام کوئ چې د MRC په نوم له تاسو پیسې "
        "غواړي.",
        "ایا MRC زما د کار تړون څېړلی شي؟",
        "هو. مخکې له دې چې پیسې ورکړئ یا څه لاسلیک کړئ، د کار وړاندیز یا تړون MRC ته راوړئ. یو مشاور "
        "کولی شي له تاسو سره یې وګوري، معنا یې درته تشریح کړي او د خطر نښې درته وښيي. د کابل MRC د "
        "کار د تړونونو څېړنه په خپلو خدمتونو کې یاده کړې وه. که تړون په داسې ژبه وي چې نشئ یې لوستلی، "
        "په داسې ژبه یې وغواړئ چې لوستلی یې شئ.",
        "ایا MRC زما معلومات له نورو سره شریکوي؟",
        "مشوره محرمه ده. که مشاور وړاندیز وکړي چې تاسو بل خدمت ته راجع کړي، سمه ده چې د منلو مخکې "
        "وپوښتئ چې کوم معلومات، له چا سره او ولې شریکېږي.",
        "که زه اېستل شوی (ډیپورټ) یم، څه وکړم؟",
        "لومړی بېړنیو کارونو ته پام وکړئ: د اوسېدو خوندي ځای، خپله روغتیا، او له کورنۍ سره اړیکه. "
        "بیا:",
        "هر هغه کاغذ چې درکړل شوی، او د خپل پاسپورټ او نورو اسنادو کاپي وساتئ.",
        "د راستنېدو د معلوماتو او د بیا یوځای کېدو ملاتړ ته د راجع کولو لپاره له MRC سره اړیکه "
        "ونیسئ.",
        "په عراق کې هغه کسان چې له بېلاروس او لیتوانیا څخه راستانه شوي له MoMD څخه MoLSA ته راجع "
        "کېدای شي.",
        "که فشار یا شرم احساسوئ، رواني ټولنیز ملاتړ وغواړئ. ډېر راستنېدونکي همداسې احساس کوي.",
        "د بل سفر له پلان مخکې وخت ونیسئ. که مو پرېکړه وکړه چې بیا ځئ، په قانوني لار لاړ شئ.",
        "له MRC سره څنګه اړیکه ونیسم؟",
        "تاسو کولی شئ په خپله مرکز ته ورشئ. MRC اسلام اباد وړیا ګرمه کرښه لري، "
        "<b>\u200e0304 1112123</b>. MRC خلکو ته د واټس اپ، ټولنیزو رسنیو، راډیو او تلویزیون له لارې، "
        "او په ښوونځیو، پوهنتونونو او مسلکي انستیتیوتونو کې د غونډو له لارې هم رسېږي. د هر هېواد "
        "لارښود خپل مرکزونه لیست کوي.",
        "ایا د کابل MRC لا هم پرانیستی دی؟",
        "موږ نه پوهېږو. د کابل MRC د 2018 کال په جولای کې د کډوالو او راستنېدونکو چارو وزارت (MoRR) "
        "کې د <b>5588</b> ګرمې کرښې سره پرانیستل شو، او د 2021 کال له نومبر څخه یې په واټس اپ، وایبر "
        "او ټلګرام لرې خدمت چلاوه. له 2021 وروسته یې حالت روښانه نه دی، او موږ ونه شو کولی تایید کړو "
        "چې مرکز یا ګرمه کرښه لا هم کار کوي. هېچا ته پیسې مه ورکوئ چې وايي د هغه په استازیتوب خبرې "
        "کوي.",
        "زما زوی غواړي له قاچاقبر سره اروپا ته لاړ شي. زه څه کولی شم؟",
        "لومړی غوږ ونیسئ. وپوښتئ چې ولې غواړي لاړ شي او څه یې اورېدلي. په عراق کې څېړنې وموندل چې "
        "ناامني، بېکاري او د ناهیلۍ احساس خلک تګ ته اړ باسي، نو د هغه دلیلونه جدي ونیسئ. بیا وړاندیز "
        "وکړئ چې یوځای MRC ته ولاړ شئ او د خطرونو او قانوني لارو په اړه خبرې وکړئ.",
        "خبرې کول مرسته کوي: د عراق په کوردستان سیمه کې د Seefar د 2021 کال په یوه مشورتي کمپاین "
        "کې، د مشوره اخیستونکو 34% خپل غیرقانوني پلانونه پرېښودل.",
        "ایا MRC بهر کې په زده کړه کې زما مرسته کولی شي؟",
        "هو. MRC د بورسونو او بهر کې د زده کړې د قانوني لارو په اړه معلومات ورکوي، او د پاکستان MRC "
        "مسلکي او د بورس مشوره ورکوي. له هغو اجنټانو څخه پام کوئ چې د بورس یا ویزې د \u201cتضمین\u201d "
        "لپاره پیسې غواړي.",
    ],
}

TEXTS["bn"] = {
    "legal-labour-migration-gulf": [
        "উপসাগরীয় দেশে কাজ: বৈধ পথ",
        "উপসাগরীয় দেশে (সৌদি আরব, সংযুক্ত আরব আমিরাত, কাতার, কুয়েত, ওমান, বাহরাইন) নিরাপদে কীভাবে "
        "কাজ খুঁজবেন: সরকারি অভিবাসন সংস্থার মাধ্যমে যান, আপনার প্রস্তাব যাচাই করুন, এবং মাইগ্রেন্ট "
        "রিসোর্স সেন্টারে বিদেশ যাত্রার আগের বিনামূল্যে ওরিয়েন্টেশনে যোগ দিন।",
        "বৈধ পথ কেন জরুরি",
        "উপসাগরীয় দেশে চাকরি একটি সাধারণ লক্ষ্য। ২০২১ সালের সেপ্টেম্বরে MRC ইসলামাবাদের হটলাইনে "
        "বেশিরভাগ প্রশ্ন ছিল উপসাগরীয় দেশে চাকরি নিয়ে, আর খাইবার পাখতুনখোয়া, যেখানে ২০২৪ সালে MRC "
        "পেশোয়ার চালু হয়েছে, সেখান থেকে উপসাগরীয় দেশে প্রচুর মানুষ অভিবাসন করেন।",
        "উপসাগরীয় দেশগুলো হলো: সৌদি আরব (Saudi Arabia), সংযুক্ত আরব আমিরাত (United Arab Emirates, "
        "UAE), কাতার (Qatar), কুয়েত (Kuwait), ওমান (Oman) ও বাহরাইন (Bahrain)।",
        "বৈধ পথ মানে আসল চাকরি, বৈধ ভিসা, এমন চুক্তি যা আপনি যাচাই করতে পারেন, আর এমন মানুষ যাদের "
        "কাছে কিছু ভুল হলে যেতে পারেন।",
        "সরকারি সংস্থার মাধ্যমে যান",
        "<b>পাকিস্তান:</b> ব্যুরো অব এমিগ্রেশন অ্যান্ড ওভারসিজ এমপ্লয়মেন্ট (BEOE) এবং প্রোটেক্টরেট অব "
        "এমিগ্রান্টস বিদেশগামী কর্মীদের বিষয় দেখে। MRC পেশোয়ার BEOE-তে অবস্থিত, এবং MRC ইসলামাবাদের "
        "কর্মীরা রাওয়ালপিন্ডিতে প্রোটেক্টরেট অব এমিগ্রান্টসে প্রতি সপ্তাহে বিদেশ যাত্রার আগের একটি "
        "বক্তৃতা দিতেন।",
        "<b>বাংলাদেশ:</b> BMET এবং জেলা জনশক্তি অফিস (DEMO) বিদেশগামী কর্মীদের বিষয় দেখে। ঢাকা ও "
        "কুমিল্লার MRC তাদের সঙ্গে এবং প্রবাসী কল্যাণ মন্ত্রণালয়ের (MoEWOE) সঙ্গে কাজ করে।",
        "<b>ইরাক:</b> বাগদাদের প্রথম MRC শ্রম ও সমাজকল্যাণ মন্ত্রণালয়ে (MoLSA) অবস্থিত।",
        "আপনার এবং আপনার গন্তব্যের জন্য নিবন্ধনের কোন ধাপগুলো প্রযোজ্য, তা একটি MRC-কে জিজ্ঞেস করুন। "
        "শুধু দালালের কথায় ভরসা করবেন না।",
        "বিদেশ যাত্রার আগের ওরিয়েন্টেশন",
        "যাওয়ার আগে একটি MRC আপনাকে বিদেশ যাত্রার আগের ওরিয়েন্টেশন দিতে পারে। এতে গন্তব্য দেশে কাজ "
        "ও জীবনযাপনের অবস্থা, আপনার অধিকার ও দায়িত্ব, এবং কীভাবে নিজেকে রক্ষা করবেন তা থাকে। "
        "পাকিস্তানে MRC অনুরোধে নির্দিষ্ট দেশের প্রশিক্ষণও দেয়। জানুয়ারি ২০১৬ থেকে অক্টোবর ২০১৮ "
        "পর্যন্ত পাকিস্তানের MRC ৪৫,০০০-এর বেশি মানুষকে বিদেশ যাত্রার আগের প্রশিক্ষণ দিয়েছে।",
        "সই করার আগে",
        "আপনি পড়তে পারেন এমন ভাষায় লিখিত চুক্তি নিন। কাজ, বেতন, কাজের সময় এবং যাতায়াতের খরচ কে "
        "দেবে তা যাচাই করুন।",
        "কখনো আপনার পাসপোর্ট কোনো রিক্রুটারের কাছে রাখতে দেবেন না।",
        "পাসপোর্ট, ভিসা ও চুক্তির কপি বাড়িতে রাখুন।",
        "কোনো টাকা দেওয়ার আগে প্রস্তাবটি একটি MRC-তে যাচাই করুন।",
        "উপসাগরীয় দেশে চাকরি নিয়ে প্রশ্ন আছে? MRC ইসলামাবাদের বিনামূল্যের হটলাইনে ফোন করুন, "
        "<b>0304 1112123</b>, অথবা কাছের MRC-তে যান। পরামর্শ বিনামূল্যে।",
    ],
    "visa-and-job-offer-scams": [
        "ভিসা ও চাকরির প্রস্তাবের প্রতারণা: কীভাবে চিনবেন",
        "ভুয়া চাকরি ও ভিসা মানুষের সঞ্চয় আর নিরাপত্তা কেড়ে নেয়। সতর্কতার লক্ষণগুলো জানুন, এবং টাকা "
        "দেওয়ার আগে যেকোনো প্রস্তাব মাইগ্রেন্ট রিসোর্স সেন্টারে যাচাই করুন।",
        "সাধারণ সতর্কতার লক্ষণ",
        "কেউ আপনার পাসপোর্ট চায় এবং নিজের কাছে রাখতে চায়।",
        "লিখিত চুক্তি দেখার আগেই আপনাকে টাকা দিতে বলা হয়।",
        "ভিসা বা চাকরি \u201cনিশ্চিত\u201d, অথবা একই কাজে অন্যরা যা পায় তার চেয়ে বেতন অনেক বেশি।",
        "আজই সিদ্ধান্ত নিতে চাপ দেওয়া হয়, অথবা প্রস্তাবটি গোপন রাখতে বলা হয়।",
        "চুক্তি এমন ভাষায় যা আপনি পড়তে পারেন না, অথবা কোনো চুক্তিই নেই।",
        "বলা হয় ভ্রমণ ভিসায় চলে যান, কাজের কাগজপত্র পরে ঠিক হয়ে যাবে।",
        "প্রস্তাব আসে শুধু সামাজিক মাধ্যম বা চ্যাট অ্যাপে, এবং আপনি নিয়োগকর্তাকে যাচাই করতে পারেন না।",
        "টাকা দেওয়ার আগে যাচাই করুন",
        "মাইগ্রেন্ট রিসোর্স সেন্টার (MRC) বৈধ অভিবাসনের পথ ও ভিসা সম্পর্কে তথ্য দেয়। আপনি চাকরির "
        "প্রস্তাব বা চুক্তি MRC-তে এনে একজন কাউন্সেলরের সঙ্গে দেখে নিতে পারেন। কাবুলের MRC তার "
        "সেবার মধ্যে চাকরির চুক্তি যাচাইয়ের কথা উল্লেখ করেছিল। পরামর্শ বিনামূল্যে ও গোপনীয়।",
        "কাউন্সেলরকে জিজ্ঞেস করার মতো ভালো প্রশ্ন:",
        "এই চাকরির জন্য এটা কি সঠিক ধরনের ভিসা?",
        "এই চুক্তির প্রতিটি অংশের মানে কী?",
        "সরকারি অভিবাসন অফিসে আমার কী যাচাই করা উচিত?",
        "যদি আগেই টাকা দিয়ে থাকেন",
        "সমস্যা \u201cঠিক করতে\u201d আর টাকা দেবেন না। প্রতিটি রসিদ, বার্তা ও কাগজ রেখে দিন। একটি MRC-তে "
        "বা আপনার দেশের সরকারি অভিবাসন অফিসে (পাকিস্তানে BEOE বা প্রোটেক্টরেট অব এমিগ্রান্টস, "
        "বাংলাদেশে BMET বা আপনার DEMO অফিস) যান এবং জিজ্ঞেস করুন আপনি কী করতে পারেন।",
        "প্রতারিত হওয়া আপনার লজ্জা নয়। কী ঘটেছে তা অন্যদের বললে তারাও রক্ষা পেতে পারে।",
        "<b>মনে রাখবেন:</b> কখনো পাসপোর্ট হাতছাড়া করবেন না, বুঝতে পারেন এমন লিখিত চুক্তি হাতে আসার আগে "
        "কখনো টাকা দেবেন না, এবং সবসময় আগে একটি MRC-তে যাচাই করুন।",
    ],
    "belarus-and-balkan-routes": [
        "বেলারুশ ও বলকান পথ: গুজব যা বলে না",
        "টিকটক, টেলিগ্রাম ও ফেসবুকের গল্প ইউরোপে (গ্রিস, ইতালি, জার্মানি) যাওয়ার অনিয়মিত পথকে সহজ "
        "দেখায়। গবেষণায় কী পাওয়া গেছে, আর কোন নিরাপদ বিকল্প আছে, তা এখানে।",
        "গুজব কীভাবে ছড়ায়",
        "ইরাকের কুর্দিস্তান অঞ্চলে Seefar-এর ডিসেম্বর ২০২১-এর একটি গবেষণা, ৫৭১টি জরিপ সাক্ষাৎকার ও "
        "৩৬টি গভীর সাক্ষাৎকারের ভিত্তিতে, দেখেছে যে অভিবাসনের তথ্য টিকটক, টেলিগ্রাম চ্যাট ও ফেসবুক "
        "গ্রুপে ছড়াত, আর তার সঙ্গে মিথ্যা গুজবও। একটি গুজব ছিল, ইউরোপ বেলারুশে পৌঁছানো কুর্দিদের "
        "আশ্রয় দিচ্ছে। এটা সত্য ছিল না।",
        "অনেকে যে পোস্ট শেয়ার করে তা প্রমাণ নয়। মানুষ এমন গল্প বিশ্বাস করলে পাচারকারীরা টাকা কামায়।",
        "এই পথগুলোর মানে কী",
        "লক্ষ্য গ্রিস (Greece), ইতালি (Italy), জার্মানি (Germany) বা ইউরোপের অন্য কোনো দেশ যা-ই হোক, "
        "বেলারুশ ও বলকান পথ অনিয়মিত পথ: অনেক সীমান্ত পেরিয়ে দীর্ঘ যাত্রা, সাধারণত পাচারকারীদের টাকা "
        "দিয়ে, প্রবেশের জন্য দরকারি কাগজপত্র ছাড়া। আপনি সঞ্চয় হারাতে পারেন, দীর্ঘ সময় আটকে থাকতে "
        "পারেন, বা ফেরত পাঠানো হতে পারে।",
        "বেলারুশ পথে চেষ্টা করা কিছু মানুষ ইরাকে ফিরে এসেছেন। বেলারুশ ও লিথুয়ানিয়া থেকে ফেরা "
        "মানুষদের জন্য এখন অভিবাসন ও বাস্তুচ্যুত বিষয়ক মন্ত্রণালয় (MoMD) থেকে শ্রম ও সমাজকল্যাণ "
        "মন্ত্রণালয়ে (MoLSA) রেফারেলের একটি পথ আছে।",
        "কথা বললে সাহায্য হয়",
        "কুর্দিস্তান অঞ্চলে Seefar-এর ২০২১ সালের একটি কাউন্সেলিং প্রচারণা ২,১০০-এর বেশি মানুষের কাছে "
        "পৌঁছেছিল; পরামর্শ পাওয়া মানুষের ৩৪% তাদের অনিয়মিত পরিকল্পনা বাদ দেন, ৭৮% বৈধ বিকল্প ভাবছিলেন, "
        "এবং ৮৫% বলেছেন তারা ঝুঁকি সম্পর্কে বেশি জানেন।",
        "বাগদাদ, এরবিল ও সুলাইমানিয়ার MRC বিদেশে কাজ বা পড়াশোনার বৈধ পথ, ভিসা ও বৃত্তি নিয়ে "
        "বিনামূল্যে ও গোপনীয় পরামর্শ দেয়।",
        "\u201cনতুন খোলা পথের\u201d কথা শুনেছেন? কাউকে টাকা দেওয়ার আগে একটি MRC-র সঙ্গে কথা বলুন।",
    ],
    "after-return": [
        "ফেরার পর: কী আশা করবেন",
        "ফেরার সঙ্গে আসে টাকা, মানুষ কী বলবে আর নিজের অনুভূতি নিয়ে দুশ্চিন্তা। ফেরত আসা মানুষদের "
        "নিয়ে গবেষণায় কী পাওয়া গেছে, আর MRC কোথায় সাহায্য করতে পারে, তা এখানে।",
        "ফেরত আসা মানুষেরা গবেষকদের কী বলেছেন",
        "বাগদাদে একটি গবেষণা, যার ফোকাস গ্রুপে ৬০ জন ফেরত আসা মানুষ ছিলেন, দেখেছে যে কলঙ্কের "
        "<b>ভয়</b> খোদ কলঙ্কের চেয়ে বেশি তাদের আচরণকে প্রভাবিত করেছে। অর্থাৎ মানুষ কী বলতে পারে সেই "
        "দুশ্চিন্তা, মানুষ আসলে যা বলেছে তার চেয়ে বেশি তাদের পিছিয়ে রেখেছে। একই গবেষণা দেখেছে যে "
        "মনোসামাজিক সেবা বেশিরভাগ ক্ষেত্রে ছিল না।",
        "পাকিস্তানে ফেরত আসা মানুষদের নিয়ে ডিসেম্বর ২০২৪-এর একটি গবেষণায় তিনটি প্রধান সমস্যা পাওয়া "
        "গেছে: আয়, কলঙ্ক ও মানসিক স্বাস্থ্য। প্রায় ২৫% ফেরত আসা মানুষ আবার অভিবাসন করেন।",
        "টাকা ও কাজ",
        "আয় প্রায়ই প্রথম দুশ্চিন্তা। MRC ফেরা নিয়ে তথ্য দেয় এবং ফেরত আসা মানুষদের পুনঃএকীকরণ "
        "সহায়তার জন্য রেফার করে। বাগদাদে MRC সিভি, চাকরির সাক্ষাৎকার ও ব্যবসার কোর্স চালায়, এবং "
        "মানুষকে MoLSA-র ঋণ তহবিলে পৌঁছাতে সাহায্য করে। পাকিস্তানে MRC ক্যারিয়ার পরামর্শ দেয়।",
        "আপনার অনুভূতি গুরুত্বপূর্ণ",
        "ফেরার পর মানসিক চাপ, লজ্জা, রাগ বা দুঃখ সাধারণ ব্যাপার। বিশ্বাস করেন এমন কারও সঙ্গে কথা বললে "
        "সাহায্য হয়। পাকিস্তানের MRC এবং বাগদাদের MRC মনোসামাজিক সহায়তা দেয় বা আপনাকে সেখানে রেফার "
        "করতে পারে।",
        "আপনার অভিজ্ঞতা অন্যদের কাছেও মূল্যবান। অভিবাসনের কথা ভাবছেন এমন মানুষের কাছে ফেরত আসা "
        "মানুষেরা তথ্যের একটি গুরুত্বপূর্ণ উৎস, এবং কেউ কেউ নিজের গল্প বলেন যাতে অন্যরা ভালো সিদ্ধান্ত "
        "নিতে পারেন।",
        "আবার অভিবাসন আপনার পছন্দ হওয়া উচিত, বাধ্যবাধকতা নয়। আবার গেলে বৈধ পথে যান, এবং আগে একটি "
        "MRC-র সঙ্গে কথা বলুন।",
    ],
    "reintegration-support": [
        "পুনঃএকীকরণ সহায়তা: এটা কী এবং কীভাবে পাবেন",
        "পুনঃএকীকরণ সহায়তা ফেরত আসা মানুষদের জীবন নতুন করে গড়তে সাহায্য করে: আয়, সেবা ও ভালো "
        "থাকা। এতে কী থাকতে পারে এবং MRC কীভাবে আপনাকে সেখানে রেফার করে, তা জানুন।",
        "পুনঃএকীকরণের মানে",
        "IOM টেকসই পুনঃএকীকরণকে বর্ণনা করে অর্থনৈতিক স্বনির্ভরতা, সামাজিক স্থিতিশীলতা ও মনোসামাজিক "
        "সুস্থতায় পৌঁছানো হিসেবে, যাতে আবার অভিবাসন হয় পছন্দ, বাধ্যবাধকতা নয়। এর তিনটি দিক আছে:",
        "<b>অর্থনৈতিক:</b> জীবিকা অর্জনের একটি উপায়।",
        "<b>সামাজিক:</b> স্বাস্থ্য, শিক্ষা, বাসস্থান, ন্যায়বিচার ও সামাজিক সুরক্ষায় প্রবেশাধিকার।",
        "<b>মনোসামাজিক:</b> সহায়তার নেটওয়ার্ক এবং কোথাও নিজের জায়গা আছে এমন অনুভূতি।",
        "সহায়তা যেতে পারে আপনার কাছে ব্যক্তি হিসেবে, আপনার সমাজের কাছে, এবং ভালো ব্যবস্থা ও সেবা গড়ার কাজে।",
        "সহায়তায় কী থাকতে পারে",
        "নগদ বা দ্রব্য সহায়তা;",
        "চাকরিতে নিয়োগ;",
        "ব্যবসা উন্নয়ন সহায়তা ও ব্যবসা শুরুর অনুদান;",
        "বৃত্তিমূলক প্রশিক্ষণ ও বৃত্তি;",
        "আপনার চাকরি ও শিক্ষার রেকর্ড পেতে সাহায্য;",
        "আর্থিক ব্যবস্থাপনার প্রশিক্ষণ, ক্ষুদ্র সঞ্চয়, এবং সঞ্চয় ও ঋণ দল।",
        "সব কর্মসূচি এর সবকিছু দেয় না। সহায়তা প্রায়ই শুরু হয় আপনার প্রয়োজন ও দক্ষতা নিয়ে কথা বলে।",
        "কীভাবে পাবেন",
        "MRC ফেরা নিয়ে তথ্য দেয় এবং ফেরত আসা মানুষদের পুনঃএকীকরণ সহায়তার জন্য রেফার করে।",
        "<b>ইরাক:</b> অভিবাসন ও বাস্তুচ্যুত বিষয়ক মন্ত্রণালয়ের (MoMD) অধীনে একটি জাতীয় রেফারেল "
        "ব্যবস্থা কিছু প্রদেশে পরীক্ষামূলকভাবে চলছে, এবং বেলারুশ ও লিথুয়ানিয়া থেকে ফেরা মানুষদের MoMD "
        "থেকে MoLSA-তে রেফার করা যায়। ইরাকের একটি কর্মপরিকল্পনাসহ \u201cফেরত আসা মানুষদের টেকসই "
        "পুনঃএকীকরণের রূপকল্প\u201d-ও আছে।",
        "<b>বাংলাদেশ:</b> একটি জাতীয় পুনঃএকীকরণ কাঠামো আছে।",
        "<b>পাকিস্তান:</b> ওভারসিজ পাকিস্তানিজ ফাউন্ডেশনের একটি পুনঃএকীকরণ কেন্দ্র আছে।",
        "কোথা থেকে শুরু করবেন বুঝতে পারছেন না? কাছের MRC-তে যান এবং রেফারেল চান।",
    ],
    "psychosocial-support": [
        "মনোসামাজিক সহায়তা: সাহায্য দরকার হওয়া স্বাভাবিক",
        "অভিবাসন ও ফেরা আপনার মন ও সম্পর্কের ওপর চাপ ফেলতে পারে। মনোসামাজিক সহায়তা আপনাকে কথা বলার "
        "এবং আবার নিজের পায়ে দাঁড়ানোর একটি নিরাপদ জায়গা দেয়।",
        "এটা কী",
        "মনোসামাজিক সহায়তা আপনার অনুভূতি এবং চারপাশের মানুষের সঙ্গে আপনার সম্পর্কে সাহায্য করে। এর "
        "মানে হতে পারে একজন কাউন্সেলরের সঙ্গে একান্তে কথা বলা, একই রকম অভিজ্ঞতার মানুষের সঙ্গে দেখা "
        "করা, বা দরকারি অন্য সেবার সঙ্গে যুক্ত হওয়া।",
        "এটা শুধু গুরুতর অসুস্থ মানুষের জন্য নয়। যে কেউ ভারাক্রান্ত বোধ করেন, তাদের সবার জন্য।",
        "এটা দরকার হওয়া স্বাভাবিক",
        "যাওয়ার প্রস্তুতি, বাড়ি থেকে দূরে থাকা এবং ফিরে আসা, সবই চাপ আনতে পারে। গবেষণাও তাই বলে। "
        "পাকিস্তানে ফেরত আসা মানুষদের নিয়ে ডিসেম্বর ২০২৪-এর একটি গবেষণায় আয়ের দুশ্চিন্তা ও কলঙ্কের "
        "পাশাপাশি মানসিক স্বাস্থ্যের সমস্যা পাওয়া গেছে। বাগদাদে ফেরত আসা মানুষদের নিয়ে একটি গবেষণা "
        "দেখেছে যে কলঙ্কের ভয় মানুষের আচরণকে প্রভাবিত করেছে, এবং মনোসামাজিক সেবা বেশিরভাগ ক্ষেত্রে "
        "ছিল না।",
        "সহায়তা কাজে আসতে পারে এমন লক্ষণ: ঘুমের সমস্যা, সারাক্ষণ দুশ্চিন্তা, লজ্জা বা রাগ বোধ করা, বা "
        "মানুষের সঙ্গে দেখা করতে ইচ্ছা না করা। সাহায্য চাওয়া শক্তির লক্ষণ, দুর্বলতার নয়।",
        "কোথায় পাবেন",
        "পাকিস্তানের MRC মনোসামাজিক সহায়তা দেয়। ইরাকে বাগদাদের MRC মনোসামাজিক সহায়তা ও রেফারেল দেয়। "
        "MRC-তে পরামর্শ গোপনীয়।",
        "পরিবারও সাহায্য চাইতে পারে: যিনি অভিবাসন করেছেন, শুধু তিনিই প্রভাবিত নন।",
        "আপনি বা আপনার কাছের কেউ ক্ষতির ঝুঁকিতে থাকলে এখনই কাছের হাসপাতাল বা স্বাস্থ্যকেন্দ্রে যান, "
        "অথবা বিশ্বাস করেন এমন কাউকে আপনাকে নিয়ে যেতে বলুন।",
    ],
    "questions": [
        "প্রশ্ন ও উত্তর",
        "মাইগ্রেন্ট রিসোর্স সেন্টার, চাকরির প্রস্তাব, গোপনীয়তা, দেশে ফেরত পাঠানো (ডিপোর্ট) এবং "
        "কোথায় সাহায্য পাবেন, এসব নিয়ে সাধারণ প্রশ্নের সংক্ষিপ্ত উত্তর।",
        "MRC-তে পরামর্শ কি বিনামূল্যে?",
        "হ্যাঁ। মাইগ্রেন্ট রিসোর্স সেন্টারে (MRC) পরামর্শ বিনামূল্যে। MRC ইসলামাবাদের একটি "
        "বিনামূল্যের হটলাইনও আছে: <b>0304 1112123</b>। MRC-র নামে কেউ টাকা চাইলে সাবধান থাকুন।",
        "MRC কি আমার চাকরির চুক্তি যাচাই করতে পারে?",
        "হ্যাঁ। টাকা দেওয়া বা কিছুতে সই করার আগে চাকরির প্রস্তাব বা চুক্তি MRC-তে নিয়ে আসুন। একজন "
        "কাউন্সেলর আপনার সঙ্গে সেটা দেখে, মানে বুঝিয়ে দিতে এবং সতর্কতার লক্ষণ দেখিয়ে দিতে পারেন। "
        "কাবুলের MRC তার সেবার মধ্যে চাকরির চুক্তি যাচাইয়ের কথা উল্লেখ করেছিল। চুক্তি এমন ভাষায় হলে "
        "যা আপনি পড়তে পারেন না, এমন ভাষায় চান যা পড়তে পারেন।",
        "MRC কি আমার তথ্য অন্যকে দেবে?",
        "পরামর্শ গোপনীয়। কাউন্সেলর আপনাকে অন্য কোনো সেবায় রেফার করার কথা বললে, রাজি হওয়ার আগে কোন "
        "তথ্য, কাকে এবং কেন দেওয়া হবে তা জিজ্ঞেস করা ঠিক আছে।",
        "আমাকে দেশে ফেরত পাঠানো (ডিপোর্ট) হলে কী করব?",
        "প্রথমে জরুরি বিষয়গুলো দেখুন: থাকার নিরাপদ জায়গা, আপনার স্বাস্থ্য, এবং পরিবারের সঙ্গে যোগাযোগ। তারপর:",
        "আপনাকে দেওয়া যেকোনো কাগজ, এবং পাসপোর্ট ও অন্যান্য নথির কপি রেখে দিন।",
        "ফেরা নিয়ে তথ্য এবং পুনঃএকীকরণ সহায়তায় রেফারেলের জন্য একটি MRC-র সঙ্গে যোগাযোগ করুন।",
        "ইরাকে বেলারুশ ও লিথুয়ানিয়া থেকে ফেরা মানুষদের MoMD থেকে MoLSA-তে রেফার করা যায়।",
        "চাপ বা লজ্জা বোধ করলে মনোসামাজিক সহায়তা চান। অনেক ফেরত আসা মানুষ এমন বোধ করেন।",
        "আরেকটি যাত্রার পরিকল্পনার আগে সময় নিন। আবার যাওয়ার সিদ্ধান্ত নিলে বৈধ পথে যান।",
        "আমি কীভাবে MRC-র সঙ্গে যোগাযোগ করব?",
        "আপনি নিজে সেন্টারে যেতে পারেন। MRC ইসলামাবাদের বিনামূল্যের হটলাইন <b>0304 1112123</b>। MRC "
        "হোয়াটসঅ্যাপ, সামাজিক মাধ্যম, রেডিও ও টিভির মাধ্যমে, এবং স্কুল, বিশ্ববিদ্যালয় ও বৃত্তিমূলক "
        "প্রতিষ্ঠানে সেশনের মাধ্যমেও মানুষের কাছে পৌঁছায়। প্রতিটি দেশের গাইডে তার সেন্টারগুলোর তালিকা "
        "আছে।",
        "কাবুলের MRC কি এখনো খোলা?",
        "আমরা জানি না। কাবুলের MRC জুলাই ২০১৮-তে শরণার্থী ও প্রত্যাবাসন মন্ত্রণালয়ে (MoRR) হটলাইন "
        "<b>5588</b> নিয়ে চালু হয়, এবং নভেম্বর ২০২১ থেকে হোয়াটসঅ্যাপ, ভাইবার ও টেলিগ্রামে দূর থেকে "
        "সেবা চালায়। ২০২১-এর পর এর অবস্থা অস্পষ্ট, এবং সেন্টার বা হটলাইন এখনো চালু কি না আমরা নিশ্চিত "
        "হতে পারিনি। কেউ এর পক্ষে কথা বলছে দাবি করলে তাকে টাকা দেবেন না।",
        "আমার ছেলে পাচারকারীর সঙ্গে ইউরোপ যেতে চায়। আমি কী করতে পারি?",
        "আগে শুনুন। জিজ্ঞেস করুন সে কেন যেতে চায় এবং কী শুনেছে। ইরাকে গবেষণায় দেখা গেছে যে "
        "নিরাপত্তাহীনতা, বেকারত্ব ও হতাশার অনুভূতি মানুষকে চলে যেতে ঠেলে দেয়, তাই তার কারণগুলো "
        "গুরুত্ব দিয়ে নিন। তারপর প্রস্তাব দিন যে দুজনে মিলে একটি MRC-তে গিয়ে ঝুঁকি ও বৈধ বিকল্প নিয়ে "
        "কথা বলবেন।",
        "কথা বললে সাহায্য হয়: ইরাকের কুর্দিস্তান অঞ্চলে Seefar-এর ২০২১ সালের একটি কাউন্সেলিং "
        "প্রচারণায় পরামর্শ পাওয়া মানুষের ৩৪% তাদের অনিয়মিত পরিকল্পনা বাদ দেন।",
        "MRC কি বিদেশে পড়াশোনায় আমাকে সাহায্য করতে পারে?",
        "হ্যাঁ। MRC বৃত্তি এবং বিদেশে পড়াশোনার বৈধ পথ সম্পর্কে তথ্য দেয়, এবং পাকিস্তানের MRC "
        "ক্যারিয়ার ও বৃত্তির পরামর্শ দেয়। যে দালালরা বৃত্তি বা ভিসা \u201cনিশ্চিত\u201d করার জন্য টাকা "
        "চায়, তাদের থেকে সাবধান থাকুন।",
    ],
}

TEXTS["fa-af"] = {
    "legal-labour-migration-gulf": [
        "کار در کشورهای خلیج: راه قانونی",
        "چگونه در کشورهای خلیج (عربستان سعودی، امارات متحدهٔ عربی، قطر، کویت، عمان، بحرین) به گونهٔ "
        "مصون کار پیدا کنید: از طریق ادارات رسمی مهاجرت بروید، پیشنهاد کار خود را بررسی کنید، و در "
        "رهنمایی رایگان پیش از سفر در یک مرکز منابع مهاجرین شرکت کنید.",
        "چرا راه قانونی مهم است",
        "کار در کشورهای خلیج یک هدف رایج است. در سپتمبر 2021 بیشتر پرسش‌ها از خط تلیفونی MRC اسلام‌آباد "
        "در مورد کار در خلیج بود، و از خیبر پختونخوا، جایی که MRC پشاور در 2024 باز شد، مهاجرت زیادی "
        "به خلیج صورت می‌گیرد.",
        "کشورهای خلیج این‌ها اند: عربستان سعودی (Saudi Arabia)، امارات متحدهٔ عربی (United Arab "
        "Emirates, UAE)، قطر (Qatar)، کویت (Kuwait)، عمان (Oman) و بحرین (Bahrain).",
        "راه قانونی یعنی کار واقعی، ویزهٔ معتبر، قراردادی که بتوانید بررسی کنید، و کسانی که اگر مشکلی "
        "پیش آمد بتوانید به آن‌ها مراجعه کنید.",
        "از طریق ادارات رسمی بروید",
        "<b>پاکستان:</b> ادارهٔ مهاجرت و استخدام خارجی (BEOE) و دفتر حمایت از مهاجرین (Protectorate of "
        "Emigrants) به امور کارگرانی که به خارج می‌روند رسیدگی می‌کنند. MRC پشاور در BEOE قرار دارد، و "
        "کارمندان MRC اسلام‌آباد هر هفته در دفتر حمایت از مهاجرین در راولپندی یک درس پیش از سفر "
        "می‌دادند.",
        "<b>بنگله‌دیش:</b> BMET و دفاتر نیروی کار ولسوالی‌ها (DEMO) به امور کارگرانی که به خارج "
        "می‌روند رسیدگی می‌کنند. MRCهای داکه و کومیلا با آن‌ها و با وزارت رفاه مهاجرین (MoEWOE) کار "
        "می‌کنند.",
        "<b>عراق:</b> نخستین MRC در بغداد در وزارت کار و امور اجتماعی (MoLSA) قرار دارد.",
        "از یک MRC بپرسید که کدام مراحل ثبت‌نام برای شما و مقصد شما لازم است. تنها به گفتهٔ ایجنت "
        "اعتماد نکنید.",
        "رهنمایی پیش از سفر",
        "پیش از رفتن، یک MRC می‌تواند برای شما رهنمایی پیش از سفر بدهد. این رهنمایی شرایط کار و زندگی در "
        "کشور مقصد، حقوق و وجایب شما، و راه‌های محافظت از خود را در بر می‌گیرد. در پاکستان، MRCها به "
        "درخواست، آموزش ویژهٔ یک کشور را نیز می‌دهند. از جنوری 2016 تا اکتوبر 2018، MRCهای پاکستان به "
        "بیش از 45,000 نفر آموزش پیش از سفر دادند.",
        "پیش از امضا",
        "قرارداد کتبی به زبانی بگیرید که می‌توانید بخوانید. کار، معاش، ساعات کار و این را که چه کسی "
        "هزینهٔ سفر را می‌پردازد بررسی کنید.",
        "هرگز پاسپورت خود را برای نگه‌داشتن به استخدام‌کننده ندهید.",
        "کاپی پاسپورت، ویزه و قرارداد خود را در خانه نگه دارید.",
        "پیش از پرداخت هر پولی، پیشنهاد را با یک MRC بررسی کنید.",
        "پرسشی در مورد کار در خلیج دارید؟ به خط تلیفونی رایگان MRC اسلام‌آباد "
        "<b>\u200e0304 1112123</b> زنگ بزنید، یا به نزدیک‌ترین MRC بروید. مشوره رایگان است.",
    ],
    "visa-and-job-offer-scams": [
        "فریب ویزه و پیشنهاد کار: چگونه آن را بشناسید",
        "کارها و ویزه‌های جعلی پس‌انداز و امنیت مردم را از بین می‌برند. نشانه‌های خطر را بشناسید، و پیش "
        "از پرداخت، هر پیشنهاد را با یک مرکز منابع مهاجرین بررسی کنید.",
        "نشانه‌های رایج خطر",
        "کسی پاسپورت شما را می‌خواهد و می‌خواهد آن را نزد خود نگه دارد.",
        "از شما خواسته می‌شود پیش از دیدن قرارداد کتبی پول بپردازید.",
        "ویزه یا کار \u201cتضمینی\u201d است، یا معاش بسیار بیشتر از چیزی است که دیگران برای همان کار "
        "می‌گیرند.",
        "بر شما فشار می‌آورند که همین امروز تصمیم بگیرید، یا می‌گویند پیشنهاد را پنهان نگه دارید.",
        "قرارداد به زبانی است که نمی‌توانید بخوانید، یا هیچ قراردادی وجود ندارد.",
        "به شما گفته می‌شود که با ویزهٔ سیاحتی سفر کنید و اسناد کار را بعداً درست کنید.",
        "پیشنهاد تنها از طریق شبکه‌های اجتماعی یا یک اپ چت می‌آید، و نمی‌توانید کارفرما را بررسی کنید.",
        "پیش از پرداخت بررسی کنید",
        "مراکز منابع مهاجرین (MRC) در مورد راه‌های قانونی مهاجرت و ویزه معلومات می‌دهند. می‌توانید "
        "پیشنهاد کار یا قرارداد را به یک MRC بیاورید و همراه یک مشاور آن را مرور کنید. MRC کابل بررسی "
        "قراردادهای کار را در میان خدمات خود نام برده بود. مشوره رایگان و محرمانه است.",
        "پرسش‌های خوب برای مشاور:",
        "آیا این نوع درست ویزه برای این کار است؟",
        "هر بخش این قرارداد چه معنا دارد؟",
        "چه چیزی را باید با دفتر رسمی مهاجرت بررسی کنم؟",
        "اگر پیش‌تر پول پرداخته‌اید",
        "برای \u201cحل\u201d مشکل پول بیشتر ندهید. هر رسید، پیام و سند را نگه دارید. به یک MRC یا به دفتر "
        "رسمی مهاجرت در کشور خود (BEOE یا دفتر حمایت از مهاجرین در پاکستان، BMET یا دفتر DEMO در "
        "بنگله‌دیش) بروید و بپرسید چه کاری می‌توانید بکنید.",
        "فریب خوردن شرم شما نیست. گفتن آنچه رخ داد به دیگران می‌تواند آن‌ها را هم محافظت کند.",
        "<b>به یاد داشته باشید:</b> هرگز پاسپورت خود را به کسی ندهید، هرگز پیش از داشتن قرارداد کتبی که "
        "آن را می‌فهمید پول نپردازید، و همیشه اول با یک MRC بررسی کنید.",
    ],
    "belarus-and-balkan-routes": [
        "راه‌های بلاروس و بالکان: آنچه شایعات نمی‌گویند",
        "داستان‌ها در تیک‌تاک، تلگرام و فیسبوک راه‌های غیرقانونی به اروپا (یونان، ایتالیا، آلمان) را "
        "آسان نشان می‌دهند. این‌جا آنچه تحقیقات یافته‌اند، و گزینه‌های مصون‌تر را می‌خوانید.",
        "شایعات چگونه پخش می‌شوند",
        "یک تحقیق Seefar در دسمبر 2021 در اقلیم کردستان عراق، بر پایهٔ 571 مصاحبهٔ سروی و 36 مصاحبهٔ "
        "عمیق، نشان داد که معلومات در مورد مهاجرت از طریق تیک‌تاک، چت‌های تلگرام و گروه‌های فیسبوک پخش "
        "می‌شد، و شایعات دروغ نیز همراه آن. یکی از آن‌ها می‌گفت اروپا به کردهایی که به بلاروس می‌رسند "
        "پناهندگی می‌دهد. این درست نبود.",
        "پستی که بسیاری آن را شریک می‌سازند ثبوت نیست. قاچاقبران وقتی پول می‌سازند که مردم چنین "
        "داستان‌هایی را باور کنند.",
        "این راه‌ها چه معنا دارند",
        "چه هدف یونان (Greece)، ایتالیا (Italy)، آلمان (Germany) یا کشور دیگری در اروپا باشد، راه‌های "
        "بلاروس و بالکان راه‌های غیرقانونی اند: سفرهای طولانی از میان مرزهای زیاد، که معمولاً پول آن به "
        "قاچاقبران داده می‌شود، بدون اسنادی که برای ورود لازم است. ممکن است پس‌انداز خود را از دست "
        "بدهید، مدت طولانی گیر بمانید، یا دوباره فرستاده شوید.",
        "برخی از کسانی که راه بلاروس را آزمودند به عراق برگشتند. اکنون برای کسانی که از بلاروس و "
        "لیتوانیا برگشته‌اند، یک راه ارجاع از وزارت مهاجرت و بیجاشدگان (MoMD) به وزارت کار و امور "
        "اجتماعی (MoLSA) وجود دارد.",
        "گفت‌وگو کمک می‌کند",
        "در یک کمپاین مشورتی Seefar در سال 2021 در اقلیم کردستان، که به بیش از 2,100 نفر رسید، 34% "
        "کسانی که مشوره گرفتند برنامه‌های غیرقانونی خود را کنار گذاشتند، 78% به گزینه‌های قانونی فکر "
        "می‌کردند، و 85% گفتند که در مورد خطرها بیشتر می‌دانند.",
        "MRCهای بغداد، اربیل و سلیمانیه در مورد راه‌های قانونی کار یا تحصیل در خارج، ویزه و بورسیه "
        "مشورهٔ رایگان و محرمانه می‌دهند.",
        "در مورد یک \u201cراه تازه باز شده\u201d شنیده‌اید؟ پیش از پرداخت پول به هر کس، با یک MRC گفت‌وگو "
        "کنید.",
    ],
    "after-return": [
        "پس از بازگشت: چه انتظاری داشته باشید",
        "بازگشت نگرانی‌هایی در مورد پول، حرف مردم و احساسات شما به همراه دارد. این‌جا آنچه تحقیقات در "
        "مورد بازگشت‌کنندگان یافته‌اند، و جاهایی که MRCها می‌توانند کمک کنند را می‌خوانید.",
        "بازگشت‌کنندگان به محققان چه گفتند",
        "یک تحقیق در بغداد، با گروه‌های بحث که 60 بازگشت‌کننده در آن بودند، نشان داد که <b>ترس</b> از "
        "بدنامی بیشتر از خود بدنامی بر رفتار بازگشت‌کنندگان اثر گذاشت. یعنی نگرانی از اینکه مردم چه "
        "خواهند گفت، بیشتر از آنچه مردم واقعاً گفتند آن‌ها را عقب نگه داشت. همین تحقیق نشان داد که "
        "خدمات روانی‌اجتماعی بیشتر وجود نداشت.",
        "یک تحقیق در دسمبر 2024 در مورد بازگشت‌کنندگان در پاکستان سه مشکل عمده یافت: درآمد، بدنامی و "
        "صحت روانی. حدود 25% بازگشت‌کنندگان دوباره مهاجرت می‌کنند.",
        "پول و کار",
        "درآمد اغلب نخستین نگرانی است. MRCها در مورد بازگشت معلومات می‌دهند و بازگشت‌کنندگان را برای "
        "حمایت ادغام مجدد ارجاع می‌کنند. در بغداد، MRC کورس‌های نوشتن CV، مصاحبهٔ کاری و تجارت برگزار "
        "می‌کند، و به مردم کمک می‌کند به صندوق قرضهٔ MoLSA برسند. در پاکستان، MRCها مشورهٔ شغلی "
        "می‌دهند.",
        "احساسات شما مهم است",
        "فشار روانی، شرم، خشم یا غم پس از بازگشت رایج است. گفت‌وگو با کسی که به او اعتماد دارید کمک "
        "می‌کند. MRCهای پاکستان و MRC بغداد حمایت روانی‌اجتماعی می‌دهند یا می‌توانند شما را به آن ارجاع "
        "کنند.",
        "تجربهٔ شما برای دیگران هم ارزش دارد. بازگشت‌کنندگان منبع مهم معلومات برای کسانی اند که به "
        "مهاجرت فکر می‌کنند، و برخی داستان خود را شریک می‌سازند تا دیگران بهتر تصمیم بگیرند.",
        "مهاجرت دوباره باید انتخاب شما باشد، نه اجبار. اگر دوباره می‌روید، از راه قانونی بروید، و اول با "
        "یک MRC گفت‌وگو کنید.",
    ],
    "reintegration-support": [
        "حمایت ادغام مجدد: چیست و چگونه آن را بدست آورید",
        "حمایت ادغام مجدد به بازگشت‌کنندگان کمک می‌کند زندگی خود را دوباره بسازند: درآمد، خدمات و "
        "بهزیستی. بدانید که چه چیزهایی می‌تواند در آن باشد و MRCها چگونه شما را به آن ارجاع می‌کنند.",
        "ادغام مجدد چه معنا دارد",
        "IOM ادغام مجدد پایدار را رسیدن به خودکفایی اقتصادی، ثبات اجتماعی و بهزیستی روانی‌اجتماعی "
        "می‌داند، تا مهاجرت دوباره یک انتخاب باشد، نه اجبار. این سه بُعد دارد:",
        "<b>اقتصادی:</b> راهی برای پیدا کردن نان و معاش.",
        "<b>اجتماعی:</b> دسترسی به صحت، تعلیم، مسکن، عدالت و حمایت اجتماعی.",
        "<b>روانی‌اجتماعی:</b> شبکه‌های حمایت و احساس تعلق.",
        "حمایت می‌تواند به شما به عنوان یک فرد، به جامعهٔ شما، و برای بهتر ساختن سیستم‌ها و خدمات داده "
        "شود.",
        "حمایت چه چیزهایی را می‌تواند در بر گیرد",
        "کمک نقدی یا جنسی؛",
        "کاریابی؛",
        "حمایت از توسعهٔ کسب‌وکار و کمک‌های مالی برای آغاز کار؛",
        "آموزش حرفه‌ای و بورسیه؛",
        "کمک برای گرفتن سوابق کار و تحصیل شما؛",
        "آموزش مدیریت مالی، پس‌انداز کوچک، و گروه‌های پس‌انداز و قرضه.",
        "هر برنامه همهٔ این‌ها را ارائه نمی‌کند. حمایت اغلب با گفت‌وگویی در مورد نیازها و مهارت‌های شما "
        "آغاز می‌شود.",
        "چگونه آن را بدست آورید",
        "MRCها در مورد بازگشت معلومات می‌دهند و بازگشت‌کنندگان را برای حمایت ادغام مجدد ارجاع می‌کنند.",
        "<b>عراق:</b> یک میکانیزم ملی ارجاع زیر نظر وزارت مهاجرت و بیجاشدگان (MoMD) در برخی ولایات "
        "آزمایش می‌شود، و کسانی که از بلاروس و لیتوانیا برگشته‌اند می‌توانند از MoMD به MoLSA ارجاع "
        "شوند. عراق همچنین یک \u201cدیدگاه ادغام مجدد پایدار بازگشت‌کنندگان\u201d با یک پلان عمل دارد.",
        "<b>بنگله‌دیش:</b> یک چارچوب ملی ادغام مجدد وجود دارد.",
        "<b>پاکستان:</b> بنیاد پاکستانی‌های مقیم خارج (Overseas Pakistanis Foundation) یک مرکز ادغام "
        "مجدد دارد.",
        "نمی‌دانید از کجا شروع کنید؟ به نزدیک‌ترین MRC بروید و ارجاع بخواهید.",
    ],
    "psychosocial-support": [
        "حمایت روانی‌اجتماعی: نیاز به کمک عادی است",
        "مهاجرت و بازگشت می‌تواند بر ذهن و روابط شما سنگینی کند. حمایت روانی‌اجتماعی جای مصونی برای "
        "گفت‌وگو و دوباره روی پای خود ایستادن به شما می‌دهد.",
        "این چیست",
        "حمایت روانی‌اجتماعی در مورد احساس شما و رابطهٔ شما با اطرافیان کمک می‌کند. این می‌تواند گفت‌وگوی "
        "تنها با یک مشاور، دیدار با کسانی که تجربه‌های مشابه داشته‌اند، یا وصل شدن با خدمات دیگری که "
        "نیاز دارید باشد.",
        "این تنها برای کسانی نیست که بیماری جدی دارند. برای هر کسی است که احساس سنگینی می‌کند.",
        "نیاز به آن عادی است",
        "آمادگی برای رفتن، زندگی دور از خانه و برگشتن، همه می‌توانند فشار بیاورند. تحقیقات همین را "
        "نشان می‌دهد. یک تحقیق در دسمبر 2024 در مورد بازگشت‌کنندگان در پاکستان مشکلات صحت روانی را در "
        "کنار نگرانی درآمد و بدنامی یافت. یک تحقیق با بازگشت‌کنندگان در بغداد نشان داد که ترس از بدنامی "
        "بر رفتار مردم اثر گذاشت، و خدمات روانی‌اجتماعی بیشتر وجود نداشت.",
        "نشانه‌هایی که حمایت می‌تواند کمک کند: مشکل خواب، نگرانی دایمی، احساس شرم یا خشم، یا نخواستن دیدن "
        "مردم. کمک خواستن نشانهٔ قوت است، نه ضعف.",
        "کجا آن را پیدا کنید",
        "MRCهای پاکستان حمایت روانی‌اجتماعی می‌دهند. در عراق، MRC بغداد حمایت روانی‌اجتماعی و ارجاع "
        "ارائه می‌کند. مشوره در MRC محرمانه است.",
        "خانواده‌ها هم می‌توانند بخواهند: تنها کسی که مهاجرت کرده متأثر نمی‌شود.",
        "اگر شما یا کسی نزدیک به شما در خطر آسیب است، همین حالا به نزدیک‌ترین شفاخانه یا مرکز صحی "
        "بروید، یا از کسی که به او اعتماد دارید بخواهید شما را ببرد.",
    ],
    "questions": [
        "پرسش و پاسخ",
        "پاسخ‌های کوتاه به پرسش‌های رایج در مورد مراکز منابع مهاجرین، پیشنهادهای کار، حریم خصوصی، "
        "اخراج (دیپورت) و جای گرفتن کمک.",
        "آیا مشوره در MRC رایگان است؟",
        "بلی. مشوره در مراکز منابع مهاجرین (MRC) رایگان است. MRC اسلام‌آباد یک خط تلیفونی رایگان هم "
        "دارد: <b>\u200e0304 1112123</b>. از هر کسی که به نام MRC از شما پول می‌خواهد احتیاط کنید.",
        "آیا MRC می‌تواند قرارداد کار مرا بررسی کند؟",
        "بلی. پیش از پرداخت یا امضای هر چیزی، پیشنهاد کار یا قرارداد را به یک MRC بیاورید. یک مشاور "
        "می‌تواند آن را همراه شما مرور کند، معنای آن را توضیح دهد و نشانه‌های خطر را نشان دهد. MRC "
        "کابل بررسی قراردادهای کار را در میان خدمات خود نام برده بود. اگر قرارداد به زبانی است که "
        "نمی‌توانید بخوانید، آن را به زبانی بخواهید که می‌توانید.",
        "آیا MRC معلومات مرا با دیگران شریک می‌سازد؟",
        "مشوره محرمانه است. اگر مشاور پیشنهاد کند شما را به خدمت دیگری ارجاع دهد، درست است که پیش از "
        "موافقت بپرسید چه معلوماتی، با چه کسی و چرا شریک ساخته می‌شود.",
        "اگر دیپورت شده باشم چه کنم؟",
        "اول به کارهای فوری رسیدگی کنید: جای مصون برای ماندن، صحت خود، و تماس با خانواده. سپس:",
        "هر سندی که به شما داده شده، و کاپی پاسپورت و اسناد دیگر خود را نگه دارید.",
        "برای معلومات در مورد بازگشت و ارجاع به حمایت ادغام مجدد با یک MRC تماس بگیرید.",
        "در عراق، کسانی که از بلاروس و لیتوانیا برگشته‌اند می‌توانند از MoMD به MoLSA ارجاع شوند.",
        "اگر احساس فشار یا شرم می‌کنید، حمایت روانی‌اجتماعی بخواهید. بسیاری از بازگشت‌کنندگان همین "
        "احساس را دارند.",
        "پیش از برنامه‌ریزی سفر دیگر وقت بگیرید. اگر تصمیم گرفتید دوباره بروید، از راه قانونی بروید.",
        "چگونه با یک MRC تماس بگیرم؟",
        "می‌توانید خودتان به مرکز بروید. MRC اسلام‌آباد یک خط تلیفونی رایگان دارد، "
        "<b>\u200e0304 1112123</b>. MRCها از طریق واتس‌اپ، شبکه‌های اجتماعی، رادیو و تلویزیون، و از "
        "طریق جلسه‌ها در مکتب‌ها، پوهنتون‌ها و انستیتوت‌های حرفه‌ای نیز به مردم می‌رسند. رهنمای هر کشور "
        "مراکز آن را فهرست می‌کند.",
        "آیا MRC کابل هنوز باز است؟",
        "نمی‌دانیم. MRC کابل در جولای 2018 در وزارت امور مهاجرین و عودت‌کنندگان (MoRR) با خط تلیفونی "
        "<b>5588</b> باز شد، و از نومبر 2021 یک خدمت از راه دور در واتس‌اپ، وایبر و تلگرام داشت. "
        "وضعیت آن پس از 2021 روشن نیست، و ما نتوانستیم تأیید کنیم که مرکز یا خط تلیفونی هنوز کار "
        "می‌کنند. به هیچ کسی که می‌گوید از طرف آن سخن می‌گوید پول ندهید.",
        "پسرم می‌خواهد با قاچاقبر به اروپا برود. چه کاری می‌توانم بکنم؟",
        "اول گوش بدهید. بپرسید چرا می‌خواهد برود و چه شنیده است. تحقیقات در عراق نشان داد که ناامنی، "
        "بیکاری و احساس ناامیدی مردم را به رفتن وادار می‌کند، پس دلایل او را جدی بگیرید. سپس پیشنهاد کنید "
        "که با هم به یک MRC بروید تا در مورد خطرها و گزینه‌های قانونی گفت‌وگو کنید.",
        "گفت‌وگو کمک می‌کند: در یک کمپاین مشورتی Seefar در سال 2021 در اقلیم کردستان عراق، 34% کسانی "
        "که مشوره گرفتند برنامه‌های غیرقانونی خود را کنار گذاشتند.",
        "آیا MRC می‌تواند در تحصیل در خارج به من کمک کند؟",
        "بلی. MRCها در مورد بورسیه‌ها و راه‌های قانونی تحصیل در خارج معلومات می‌دهند، و MRCهای پاکستان "
        "مشورهٔ شغلی و بورسیه می‌دهند. از ایجنت‌هایی که برای \u201cتضمین\u201d بورسیه یا ویزه پول "
        "می‌خواهند احتیاط کنید.",
    ],
}

# LANGUAGES-HERE


def _merge() -> None:
    for item in TOPICS + FAQS:
        english = item["translations"]["en"]
        for language, pages in TEXTS.items():
            if item["slug"] in pages:
                item["translations"][language] = _translated(english, pages[item["slug"]])


_merge()
