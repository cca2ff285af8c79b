"""Demo evidence base and roadmap: findings, recommendations, versions 2023 and 2025, meetings.

Facts (studies, the May 2024 webinar, the May 2025 meeting) come from DOMAIN.md; the roadmap's
versions, action points, proposals, decisions and progress are invented and flagged illustrative.
The 2023 → 2025 diff: 2 added, 2 changed, 2 removed action points (DEMO_DIFF, checked by a test).
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.db import transaction

from wapsi.evidence.models import Finding, Recommendation, Study

if TYPE_CHECKING:
    from wapsi.roadmap.models import Meeting, Roadmap, RoadmapVersion

D = datetime.date
ROADMAP_SLUG = "return-reintegration"

DEMO_DIFF = {
    "added": {"iq-social-media-rumours", "rg-returnee-associations"},
    "changed": {"iq-returnee-messengers", "pk-referral-pathway"},
    "removed": {"bd-job-fair", "pk-leaflets"},
}

# (key, study slug, statement, theme, country, strength, illustrative)
FINDINGS = [
    (
        "iq-messengers",
        "engaging-return-migrants-iraq",
        "Returnees' migration and reintegration experiences influence others; returnees can act as "
        "messengers in information campaigns (the authors note a small sample, a narrow geographic "
        "scope and possible bias).",
        "information",
        "IQ",
        "limited",
        False,
    ),
    (
        "iq-push-factors",
        "engaging-return-migrants-iraq",
        "Push factors named: insecurity, unemployment, hopelessness and a wish for personal freedom.",
        "livelihoods",
        "IQ",
        "limited",
        False,
    ),
    (
        "kri-social-media",
        "seefar-belarus-route",
        "Information on migration moved through TikTok, Telegram chats and Facebook groups, along with "
        "false rumours, e.g. that Europe was granting asylum to Kurds in Belarus.",
        "information",
        "IQ",
        "moderate",
        False,
    ),
    (
        "pk-returnee-trust",
        "voices-of-return",
        "Illustrative: would-be migrants trust returnees from their own district more than official "
        "sources.",
        "information",
        "PK",
        "limited",
        True,
    ),
    (
        "af-uncertainty",
        "navigating-uncertainty",
        "Illustrative: potential Afghan migrants in Pakistan decide under deep uncertainty about "
        "their legal status.",
        "legal_pathways",
        "PK",
        "limited",
        True,
    ),
]

# (key, text, addressee, theme, priority, study slug, finding keys)
RECOMMENDATIONS = [
    (
        "returnee-messengers",
        "Involve returnees as messengers in MRC information campaigns, with "
        "training and safeguards.",
        "mrcs",
        "information",
        "high",
        "engaging-return-migrants-iraq",
        ["iq-messengers", "pk-returnee-trust"],
    ),
    (
        "answer-rumours-online",
        "Answer migration rumours where would-be migrants look: TikTok, "
        "Telegram and Facebook groups.",
        "mrcs",
        "information",
        "high",
        "seefar-belarus-route",
        ["kri-social-media"],
    ),
    (
        "jobs-and-prospects",
        "Build jobs and prospects into reintegration packages, since "
        "unemployment and hopelessness push people to leave again.",
        "governments",
        "livelihoods",
        "high",
        "engaging-return-migrants-iraq",
        ["iq-push-factors"],
    ),
    (
        "larger-samples",
        "Fund follow-up studies with larger samples and a wider geographic scope.",
        "donors",
        "data",
        "medium",
        "engaging-return-migrants-iraq",
        ["iq-messengers"],
    ),
    (
        "returnee-associations",
        "Give returnee associations and NGOs a seat in the working group.",
        "secretariat",
        "cooperation",
        "medium",
        None,
        [],
    ),
    (
        "legal-status-information",
        "Give potential Afghan migrants in Pakistan current information "
        "on legal status and pathways.",
        "civil_society",
        "legal_pathways",
        "medium",
        "navigating-uncertainty",
        ["af-uncertainty"],
    ),
]

OBJECTIVES = [
    (
        "information",
        "Honest information before migration",
        "Would-be migrants and their families get current, balanced information.",
    ),
    (
        "reintegration",
        "Sustainable reintegration after return",
        "Returnees find services, work and support close to home.",
    ),
    (
        "cooperation",
        "Regional cooperation and evidence",
        "Countries share data, practice and research through the working group.",
    ),
]

# 2023 action points: key → (objective, country, title, description, responsible, start, end,
#                              status, progress, recommendations, indicator)
ACTIONS_2023: dict[str, tuple[Any, ...]] = {
    "bd-mrc-sessions": (
        "information",
        "BD",
        "MRC information sessions in Bangladesh",
        "Monthly sessions in high-migration districts.",
        "MRCs, Ministry of Expatriates' Welfare",
        D(2023, 7, 1),
        D(2025, 12, 31),
        "ongoing",
        40,
        [],
        ("Sessions held", "0", "48"),
    ),
    "iq-returnee-messengers": (
        "information",
        "IQ",
        "Returnees as campaign messengers in Iraq",
        "Train returnees to speak at MRC Baghdad outreach events.",
        "MRC Baghdad, MoMD",
        D(2023, 9, 1),
        D(2024, 12, 31),
        "ongoing",
        30,
        ["returnee-messengers"],
        ("Trained messengers", "0", "20"),
    ),
    "pk-leaflets": (
        "information",
        "PK",
        "Leaflets at passport offices in Pakistan",
        "Printed leaflets on legal pathways at passport offices.",
        "MRC Islamabad, MRC Lahore",
        D(2023, 7, 1),
        D(2024, 6, 30),
        "delayed",
        10,
        [],
        ("Offices covered", "0", "12"),
    ),
    "pk-referral-pathway": (
        "reintegration",
        "PK",
        "Referral pathway for returnees in Pakistan",
        "Agree a referral pathway between MRCs and service providers.",
        "MOPHRD, Punjab Department of Labour",
        D(2023, 10, 1),
        D(2025, 6, 30),
        "ongoing",
        50,
        ["jobs-and-prospects"],
        ("Providers in the pathway", "0", "15"),
    ),
    "iq-reintegration-desk": (
        "reintegration",
        "IQ",
        "Reintegration desk at the MoMD centre",
        "A desk for returnees at the Baghdad centre.",
        "MoMD, NORAQ",
        D(2023, 7, 1),
        D(2025, 12, 31),
        "ongoing",
        60,
        ["jobs-and-prospects"],
        ("Returnees advised", "0", "500"),
    ),
    "bd-job-fair": (
        "reintegration",
        "BD",
        "Annual job fair for returnees in Bangladesh",
        "A yearly fair with employers for returnees.",
        "BMET",
        D(2024, 1, 1),
        D(2024, 12, 31),
        "planned",
        0,
        [],
        ("Fairs held", "0", "1"),
    ),
    "rg-data-exchange": (
        "cooperation",
        "regional",
        "Yearly exchange of MRC figures",
        "MRCs share aggregate figures once a year.",
        "Secretariat, MRCs",
        D(2023, 7, 1),
        D(2025, 12, 31),
        "ongoing",
        35,
        [],
        ("Countries sharing", "0", "3"),
    ),
}

# (meeting, kind, key, fields, rationale, recommendation keys, decision)
PROPOSALS: list[tuple[str, str, str, dict[str, Any], str, list[str], str]] = [
    (
        "webinar-2024",
        "add",
        "iq-social-media-rumours",
        {
            "objective_key": "information",
            "country": "IQ",
            "title": "Answering route rumours online in Iraq",
        },
        "The Seefar study found rumours spreading on TikTok, Telegram and Facebook.",
        ["answer-rumours-online"],
        "deferred",
    ),
    (
        "webinar-2024",
        "retire",
        "rg-data-exchange",
        {},
        "Proposed to drop the data exchange for lack of progress.",
        [],
        "rejected",
    ),
    (
        "wg-2025",
        "add",
        "iq-social-media-rumours",
        {
            "objective_key": "information",
            "country": "IQ",
            "title": "Answering route rumours online in Iraq",
            "description": "MRC counsellors answer rumours in the groups where they spread.",
            "responsible": "MRC Erbil, MRC Sulaymaniyah",
            "starts_on": D(2025, 7, 1),
            "ends_on": D(2027, 6, 30),
        },
        "Re-tabled after the webinar; rumours on social media shape decisions (Seefar, 2021).",
        ["answer-rumours-online"],
        "adopted",
    ),
    (
        "wg-2025",
        "add",
        "rg-returnee-associations",
        {
            "objective_key": "cooperation",
            "country": "regional",
            "title": "Returnee associations in the working group",
            "description": "Invite returnee associations and NGOs to every meeting.",
            "responsible": "Secretariat, co-chairs",
            "starts_on": D(2025, 6, 1),
            "ends_on": D(2026, 12, 31),
        },
        "NGOs such as BRAC, WELDO, ETTC and Rwanga took part in May 2025.",
        ["returnee-associations"],
        "adopted",
    ),
    (
        "wg-2025",
        "modify",
        "iq-returnee-messengers",
        {
            "description": "Train returnees to speak at outreach events in Baghdad, Erbil and Sulaymaniyah.",
            "ends_on": D(2026, 12, 31),
        },
        "The MIRAMI study supports returnees as messengers; the MRC network grew to the Kurdistan Region.",
        ["returnee-messengers"],
        "adopted",
    ),
    (
        "wg-2025",
        "modify",
        "pk-referral-pathway",
        {"title": "Referral pathway and psychosocial support for returnees in Pakistan"},
        "Returnees face stigma and mental-health problems; the pathway should include them.",
        ["jobs-and-prospects"],
        "adopted",
    ),
    (
        "wg-2025",
        "retire",
        "bd-job-fair",
        {},
        "Replaced by BMET's own national programme.",
        [],
        "adopted",
    ),
    (
        "wg-2025",
        "retire",
        "pk-leaflets",
        {},
        "Leaflets reached few people; outreach moves online.",
        [],
        "adopted",
    ),
]

# (key, date, progress, status, text): on the version current at the time
PROGRESS = [
    (
        "iq-returnee-messengers",
        D(2024, 6, 15),
        30,
        "ongoing",
        "Eight returnees trained in Baghdad.",
    ),
    ("pk-referral-pathway", D(2024, 6, 20), 50, "ongoing", "Twelve providers joined the pathway."),
    ("iq-returnee-messengers", D(2025, 9, 30), 55, "ongoing", "Training started in Erbil."),
    (
        "iq-reintegration-desk",
        D(2025, 10, 15),
        70,
        "ongoing",
        "About 350 returnees advised so far.",
    ),
    (
        "rg-data-exchange",
        D(2025, 11, 1),
        100,
        "completed",
        "All three countries shared 2024 figures.",
    ),
]


# The 2025 version in Urdu and Arabic: machine-assisted drafts, saved as awaiting native review.
# {language: (title, summary, {objective key: (title, description)}, {action key: ...})}
TRANSLATIONS_2025: dict[
    str, tuple[str, str, dict[str, tuple[str, str]], dict[str, tuple[str, str]]]
] = {
    "ur": (
        "واپسی اور بحالی کا روڈ میپ",
        "مثالی: روڈ میپ کا تفصیلی جدول عوامی نہیں ہے؛ یہ ورژن نمائش کے لیے گھڑا گیا ہے۔",
        {
            "information": (
                "ہجرت سے پہلے دیانت دارانہ معلومات",
                "ہجرت کے خواہش مند افراد اور ان کے خاندانوں کو تازہ اور متوازن معلومات ملتی ہیں۔",
            ),
            "reintegration": (
                "واپسی کے بعد پائیدار بحالی",
                "واپس آنے والوں کو گھر کے قریب خدمات، روزگار اور مدد ملتی ہے۔",
            ),
            "cooperation": (
                "علاقائی تعاون اور شواہد",
                "ممالک ورکنگ گروپ کے ذریعے اعداد و شمار، تجربات اور تحقیق کا تبادلہ کرتے ہیں۔",
            ),
        },
        {
            "bd-mrc-sessions": (
                "بنگلہ دیش میں ایم آر سی کے معلوماتی اجلاس",
                "زیادہ ہجرت والے اضلاع میں ماہانہ اجلاس۔",
            ),
            "iq-returnee-messengers": (
                "عراق میں واپس آنے والے بطور مہم کے پیغام رساں",
                "واپس آنے والوں کو بغداد، اربیل اور سلیمانیہ میں آگاہی تقریبات میں بات کرنے کی "
                "تربیت دینا۔",
            ),
            "pk-referral-pathway": (
                "پاکستان میں واپس آنے والوں کے لیے ریفرل کا نظام اور نفسیاتی و سماجی مدد",
                "ایم آر سیز اور خدمات فراہم کرنے والے اداروں کے درمیان ریفرل کے نظام پر اتفاق کرنا۔",
            ),
            "iq-reintegration-desk": (
                "وزارتِ ہجرت و بے گھر افراد کے مرکز میں بحالی ڈیسک",
                "بغداد کے مرکز میں واپس آنے والوں کے لیے ایک ڈیسک۔",
            ),
            "rg-data-exchange": (
                "ایم آر سی کے اعداد و شمار کا سالانہ تبادلہ",
                "ایم آر سیز سال میں ایک بار مجموعی اعداد و شمار کا تبادلہ کرتے ہیں۔",
            ),
            "rg-returnee-associations": (
                "ورکنگ گروپ میں واپس آنے والوں کی انجمنیں",
                "واپس آنے والوں کی انجمنوں اور غیر سرکاری تنظیموں کو ہر اجلاس میں مدعو کرنا۔",
            ),
            "iq-social-media-rumours": (
                "عراق میں راستوں سے متعلق افواہوں کا آن لائن جواب",
                "ایم آر سی کے مشیر انہی گروپوں میں افواہوں کا جواب دیتے ہیں جہاں وہ پھیلتی ہیں۔",
            ),
        },
    ),
    "ar": (
        "خارطة الطريق بشأن العودة وإعادة الإدماج",
        "توضيحي: الجدول التفصيلي لخارطة الطريق غير منشور؛ هذه النسخة مُختلَقة لأغراض العرض.",
        {
            "information": (
                "معلومات صادقة قبل الهجرة",
                "يحصل الراغبون في الهجرة وأسرهم على معلومات حديثة ومتوازنة.",
            ),
            "reintegration": (
                "إعادة إدماج مستدامة بعد العودة",
                "يجد العائدون الخدمات والعمل والدعم قرب منازلهم.",
            ),
            "cooperation": (
                "التعاون الإقليمي والأدلة",
                "تتبادل الدول البيانات والممارسات والأبحاث من خلال فريق العمل.",
            ),
        },
        {
            "bd-mrc-sessions": (
                "جلسات إعلامية لمراكز موارد المهاجرين في بنغلاديش",
                "جلسات شهرية في المناطق ذات الهجرة المرتفعة.",
            ),
            "iq-returnee-messengers": (
                "العائدون رُسُلًا للحملات في العراق",
                "تدريب العائدين على التحدث في فعاليات التوعية في بغداد وأربيل والسليمانية.",
            ),
            "pk-referral-pathway": (
                "مسار الإحالة والدعم النفسي والاجتماعي للعائدين في باكستان",
                "الاتفاق على مسار إحالة بين مراكز موارد المهاجرين ومقدّمي الخدمات.",
            ),
            "iq-reintegration-desk": (
                "مكتب إعادة الإدماج في مركز وزارة الهجرة والمهجرين",
                "مكتب للعائدين في مركز بغداد.",
            ),
            "rg-data-exchange": (
                "تبادل سنوي لأرقام مراكز موارد المهاجرين",
                "تتبادل المراكز أرقامًا إجمالية مرة واحدة في السنة.",
            ),
            "rg-returnee-associations": (
                "جمعيات العائدين في فريق العمل",
                "دعوة جمعيات العائدين والمنظمات غير الحكومية إلى كل اجتماع.",
            ),
            "iq-social-media-rumours": (
                "الرد على الشائعات حول طرق الهجرة عبر الإنترنت في العراق",
                "يرد مستشارو المراكز على الشائعات في المجموعات التي تنتشر فيها.",
            ),
        },
    ),
}


def _evidence() -> tuple[dict[str, Finding], dict[str, Recommendation]]:
    Study.objects.filter(slug="seefar-belarus-route", countries="").update(countries="IQ")
    studies = {s.slug: s for s in Study.objects.all()}
    findings = {}
    for key, study, statement, theme, country, strength, illustrative in FINDINGS:
        findings[key], _ = Finding.objects.get_or_create(
            study=studies[study],
            statement=statement,
            defaults={
                "theme": theme,
                "country": country,
                "strength": strength,
                "is_illustrative": illustrative,
            },
        )
    recs = {}
    for key, text, addressee, theme, priority, study_slug, finding_keys in RECOMMENDATIONS:
        recs[key], created = Recommendation.objects.get_or_create(
            key=key,
            defaults={
                "text": text,
                "addressee": addressee,
                "theme": theme,
                "priority": priority,
                "study": studies.get(study_slug) if study_slug else None,
                "is_illustrative": True,
            },
        )
        if created:
            recs[key].findings.set([findings[k] for k in finding_keys])
    return findings, recs


def _meetings(roadmap: Roadmap) -> dict[str, Meeting]:
    from wapsi.roadmap.models import Meeting, Participation, Presentation

    webinar, created = Meeting.objects.get_or_create(
        slug="webinar-2024",
        defaults={
            "roadmap": roadmap,
            "title": "Webinar: returnees as messengers in migration information campaigns",
            "held_on": D(2024, 5, 29),
            "is_online": True,
            "co_chairs": "Türkiye, Bangladesh",
            "participants_total": 120,
            "participants_note": "About 120 participants from more than 30 countries and organisations.",
            "agenda": "Findings of PARIM II (Pakistan) and MIRAMI (Iraq) on returnees as messengers.",
            "decisions": "Returnees are key information sources for would-be migrants; MRCs can share "
            "current information on reintegration and the risks of irregular migration.",
        },
    )
    if created:
        for slug in ("voices-of-return", "engaging-return-migrants-iraq"):
            study = Study.objects.get(slug=slug)
            Presentation.objects.create(meeting=webinar, title=study.title, study=study)
    wg, created = Meeting.objects.get_or_create(
        slug="wg-2025",
        defaults={
            "roadmap": roadmap,
            "title": "Working group on return and reintegration, May 2025",
            "held_on": D(2025, 5, 20),
            "place": "Place and exact day not found publicly (day shown is illustrative)",
            "co_chairs": "Türkiye, Bangladesh",
            "participants_total": 70,
            "participants_note": "More than 70 delegates from 28 countries; the breakdown by country "
            "and organisation shown here is illustrative.",
            "agenda": "Presentations by NORAQ and by NGOs such as BRAC, WELDO, ETTC and Rwanga; "
            "change proposals to the Roadmap.",
            "decisions": "Illustrative: proposals adopted as listed; Roadmap version 2 adopted.",
        },
    )
    if created:
        rows = [
            ("BD", "government", 9),
            ("IQ", "government", 11),
            ("PK", "government", 10),
            ("TR", "government", 6),
            ("HU", "government", 4),
            ("IQ", "civil_society", 8),
            ("BD", "civil_society", 7),
            ("AF", "international", 12),
            ("PK", "research", 5),
        ]
        Participation.objects.bulk_create(
            Participation(meeting=wg, country=c, organisation_type=t, count=n) for c, t, n in rows
        )
    return {"webinar-2024": webinar, "wg-2025": wg}


def _version_2023(roadmap: Roadmap, recs: dict[str, Recommendation]) -> RoadmapVersion:
    from wapsi.roadmap.models import ActionPoint, Indicator, Objective, RoadmapVersion

    version = RoadmapVersion.objects.create(
        roadmap=roadmap,
        number=1,
        title="Roadmap on Return and Reintegration",
        status="adopted",
        adopted_on=D(2023, 11, 15),
        is_illustrative=True,
        summary="Illustrative: the Roadmap's detailed table is not public; this version is invented.",
    )
    objectives = {
        key: Objective.objects.create(version=version, key=key, position=i, title=t, description=d)
        for i, (key, t, d) in enumerate(OBJECTIVES)
    }
    for key, row in ACTIONS_2023.items():
        obj, country, title, desc, resp, start, end, status, progress, rec_keys, ind = row
        action = ActionPoint.objects.create(
            version=version,
            objective=objectives[obj],
            key=key,
            country=country,
            title=title,
            description=desc,
            responsible=resp,
            starts_on=start,
            ends_on=end,
            status=status,
            progress=progress,
            is_illustrative=True,
        )
        action.recommendations.set([recs[k] for k in rec_keys])
        action.findings.set([f for r in action.recommendations.all() for f in r.findings.all()])
        Indicator.objects.create(action=action, name=ind[0], baseline=ind[1], target=ind[2])
    return version


def _progress(roadmap: Roadmap, *, start: datetime.date, end: datetime.date) -> None:
    from wapsi.roadmap.models import ActionPoint, ProgressUpdate

    for key, date, progress, status, text in PROGRESS:
        if not start <= date < end:
            continue
        action = (
            ActionPoint.objects.filter(
                version__roadmap=roadmap, key=key, version__adopted_on__lte=date
            )
            .order_by("-version__number")
            .first()
        )
        if action is None:
            raise LookupError(f"demo progress for {key!r}: no such action point on {date}")
        ProgressUpdate.objects.create(
            action=action,
            reported_on=date,
            text=text,
            progress=progress,
            status=status,
            reported_by_label="Secretariat (illustrative)",
            is_illustrative=True,
        )
        ActionPoint.objects.filter(pk=action.pk).update(progress=progress, status=status)


@transaction.atomic
def load_roadmap() -> None:
    """Idempotent; studies and projects themselves come from facts.py via load_evidence()."""
    from wapsi.accounts.models import User
    from wapsi.roadmap.models import ChangeProposal, Roadmap, RoadmapVersion
    from wapsi.roadmap.services import version_adopt

    _findings, recs = _evidence()
    roadmap, _ = Roadmap.objects.get_or_create(
        slug=ROADMAP_SLUG, defaults={"title": "Roadmap on Return and Reintegration"}
    )
    if RoadmapVersion.objects.filter(roadmap=roadmap).exists():
        # A demo loaded before action points had owners gets them now; otherwise nothing.
        existing = User.objects.filter(username="secretariat").first()
        if existing is not None:
            _owners_assign(roadmap, existing)
        return
    meetings = _meetings(roadmap)
    v1 = _version_2023(roadmap, recs)
    adopted_2025 = meetings["wg-2025"].held_on
    _progress(roadmap, start=D.min, end=adopted_2025)
    for meeting, kind, key, fields, rationale, rec_keys, decision in PROPOSALS:
        proposal = ChangeProposal.objects.create(
            roadmap=roadmap,
            base_version=v1,
            meeting=meetings[meeting],
            kind=kind,
            target_key=key,
            rationale=rationale,
            decision=decision,
            is_illustrative=True,
            **fields,
        )
        proposal.recommendations.set([recs[k] for k in rec_keys])
        proposal.findings.set([f for k in rec_keys for f in recs[k].findings.all()])
    secretariat = (
        User.objects.filter(username="secretariat").first()
        or User.objects.filter(is_superuser=True).first()
    )
    if secretariat is None:
        raise LookupError("the demo roadmap is adopted by the demo secretariat: load_users() first")
    v2 = version_adopt(actor=secretariat, meeting=meetings["wg-2025"])
    _progress(roadmap, start=adopted_2025, end=D.max)
    _translations(v2, secretariat)
    _owners_assign(roadmap, secretariat)


# Who reports each action point's progress (issue 12, item 28: without an owner the six-monthly
# reminder goes to nobody). The Roadmap's responsible actors are not public (DOMAIN.md §3), so
# these are illustrative demo accounts: one reporting focal point per focus country, with the
# researcher role (dialogue staff, so they open the roadmap screens; as owners they report
# progress on their own action points), and the secretariat for the regional ones.
ACTION_OWNERS = {
    "PK": ("roadmap_focal_pk", "focal point Pakistan (illustrative)"),
    "IQ": ("roadmap_focal_iq", "focal point Iraq (illustrative)"),
    "BD": ("roadmap_focal_bd", "focal point Bangladesh (illustrative)"),
}


def _owner_for(username: str, last_name: str) -> Any:
    from django.contrib.auth.models import Group

    from wapsi.accounts.models import User
    from wapsi.accounts.roles import BY_SLUG
    from wapsi.demo.loader import DEMO_PASSWORD

    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@demo.wapsi.invalid",
            "first_name": "Demo",
            "last_name": last_name,
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=BY_SLUG["researcher"].group_name))
    return user


def _owners_assign(roadmap: Roadmap, secretariat: Any) -> None:
    """Every action point of every version gets its country's illustrative owner."""
    from wapsi.roadmap.models import ActionPoint

    owners = {country: _owner_for(*account) for country, account in ACTION_OWNERS.items()}
    for action in ActionPoint.objects.filter(version__roadmap=roadmap, owner__isnull=True):
        action.owner = owners.get(action.country, secretariat)
        action.save(update_fields=["owner"])


def _translations(version: RoadmapVersion, actor: Any) -> None:
    from wapsi.roadmap.services import version_translation_save

    for language, (title, summary, objectives, actions) in TRANSLATIONS_2025.items():
        version_translation_save(
            actor=actor,
            version=version,
            language=language,
            title=title,
            summary=summary,
            objectives={k: {"title": t, "description": d} for k, (t, d) in objectives.items()},
            actions={k: {"title": t, "description": d} for k, (t, d) in actions.items()},
            needs_review=True,
        )
