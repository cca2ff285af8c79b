"""Demo directory: services of the real centres and illustrative providers. Idempotent.

Facts come from shared/DOMAIN.md with their source addresses: every active centre's information
and counselling service, the pre-departure orientation the Pakistani centres give, and the
Baghdad (MoLSA) centre's courses, loan-fund facilitation and psychosocial support. Nothing
unknown is filled in for them: no phone number but a published hotline, no address, no hours.

Everything else is invented and says so (is_illustrative=True, names ending "(illustrative)",
phone numbers of the form +92 000 0000 0NN that cannot ring anyone, e-mail under .invalid).

Records are found again by a stable key, so a second run writes nothing; a changed demo text
becomes a new service version, like any other change.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction

from wapsi.centres.models import Centre, Provider, Service
from wapsi.centres.services import service_create, service_update
from wapsi.demo import facts

PK_PRE_DEPARTURE_SOURCE = "https://mrc.org.pk/en/about/migrant-resource-centre"  # [S24]
IRAQ_REINTEGRATION_SOURCE = (
    "https://mrciraq.iq/en/information-hub/reintegration-assistance"  # [S25]
)
VERIFIED = datetime.date(2026, 11, 2)  # when the demo's facts were last checked against sources

# Where each centre's city lies (public geography, not a claim about the centre's address).
PLACES: dict[str, dict[str, str]] = {
    "Islamabad": {"province": "Islamabad Capital Territory", "district": "Islamabad"},
    "Lahore": {"province": "Punjab", "district": "Lahore"},
    "Peshawar": {"province": "Khyber Pakhtunkhwa", "district": "Peshawar"},
    "Baghdad": {"province": "Baghdad", "district": ""},
    "Erbil": {"province": "Erbil", "district": "Erbil"},
    "Sulaymaniyah": {"province": "Sulaymaniyah", "district": "Sulaymaniyah"},
    "Dhaka": {"province": "Dhaka", "district": "Dhaka"},
    "Cumilla": {"province": "Chattogram", "district": "Cumilla"},
    "Dushanbe": {"province": "", "district": ""},
}

MRC_ELIGIBILITY = (
    "Potential, intending, outgoing and returning migrants, their families and communities."
)
COUNSELLING_TEXT = (
    "Information on regular migration routes and their rules, the risks of irregular migration, "
    "and what happens on return, with referral to reintegration support."
)
COUNTRY_EXTRAS = {
    "PK": " Career and scholarship advice; psychosocial support.",
    "IQ": "",
    "BD": "",
}
# Languages a source names for a centre's work; left empty where no source says.
FACT_LANGUAGES = {"mrc-baghdad-molsa": "ar,en", "mrc-dhaka": "bn", "mrc-cumilla": "bn"}


def _fact_services(centre: dict[str, Any]) -> list[dict[str, Any]]:
    slug, country = str(centre["slug"]), str(centre["country"])
    base = {
        "country": country,
        "city": centre["city"],
        **PLACES.get(str(centre["city"]), {}),
        "languages": FACT_LANGUAGES.get(slug, ""),
        "is_illustrative": False,
        "source_url": centre["source_url"],
        "last_verified": VERIFIED,
    }
    eligibility = MRC_ELIGIBILITY + (
        " In Iraq, internally displaced people too." if country == "IQ" else ""
    )
    rows = [
        {
            **base,
            "key": f"fact-{slug}-counselling",
            "name": "Information and counselling",
            "category": "counselling",
            "description": COUNSELLING_TEXT + COUNTRY_EXTRAS.get(country, ""),
            "hotline": centre.get("hotline", ""),
            "eligibility": eligibility,
        }
    ]
    if country == "PK":
        rows.append(
            {
                **base,
                "key": f"fact-{slug}-pre-departure",
                "name": "Pre-departure orientation",
                "category": "pre_departure",
                "description": (
                    "Before you leave: working and living conditions abroad, your rights and "
                    "duties, and protection. Country-specific pre-departure training on request."
                ),
                "eligibility": "People about to go abroad for work or study.",
                "source_url": PK_PRE_DEPARTURE_SOURCE,
            }
        )
    if slug == "mrc-baghdad-molsa":
        rows += [
            {**base, "source_url": IRAQ_REINTEGRATION_SOURCE, "eligibility": eligibility, **extra}
            for extra in BAGHDAD_MOLSA_EXTRAS
        ]
    return rows


BAGHDAD_MOLSA_EXTRAS: list[dict[str, Any]] = [
    {
        "key": "fact-mrc-baghdad-molsa-cv-courses",
        "name": "CV and job-interview courses",
        "category": "jobs",
        "description": "Courses on writing a CV and preparing for job interviews.",
    },
    {
        "key": "fact-mrc-baghdad-molsa-business-courses",
        "name": "Business-innovation courses",
        "category": "business",
        "description": "Courses run with the Business Incubators Unit of the Ministry of Labour and Social Affairs.",
    },
    {
        "key": "fact-mrc-baghdad-molsa-loan-fund",
        "name": "Loan-fund facilitation",
        "category": "grants",
        "description": "Help with access to the loan fund of the Ministry of Labour and Social Affairs.",
    },
    {
        "key": "fact-mrc-baghdad-molsa-psychosocial",
        "name": "Psychosocial support",
        "category": "psychosocial",
        "description": "Psychosocial support, and referral to other services.",
    },
]

# --- illustrative -----------------------------------------------------------------------------

# Approximate city centres, for the map link and the open data; illustrative services only.
COORDINATES = {
    "Islamabad": ("33.68440", "73.04790"),
    "Lahore": ("31.52040", "74.35870"),
    "Peshawar": ("34.01510", "71.52490"),
    "Baghdad": ("33.31520", "44.36610"),
    "Erbil": ("36.19110", "44.00920"),
    "Sulaymaniyah": ("35.56130", "45.43750"),
    "Dhaka": ("23.81030", "90.41250"),
}
HOURS = {
    "PK": "Monday to Friday, 9:00 to 17:00",
    "IQ": "Sunday to Thursday, 8:30 to 14:30",
    "BD": "Sunday to Thursday, 9:00 to 17:00",
}
FAKE_PHONE = {"PK": "+92 000 0000 {:03d}", "IQ": "+964 000 000 {:04d}", "BD": "+880 000 000 {:04d}"}

# slug: (name, kind, country, city, owning centre). The first two are in illustrative.py too,
# which creates them; here they get their owning centre and services.
PROVIDERS: dict[str, tuple[str, str, str, str, str]] = {
    "demo-skills-institute-lahore": (
        "Skills institute, Lahore (illustrative)",
        "training",
        "PK",
        "Lahore",
        "mrc-islamabad",
    ),
    "demo-legal-aid-islamabad": (
        "Legal aid clinic, Islamabad (illustrative)",
        "ngo",
        "PK",
        "Islamabad",
        "mrc-islamabad",
    ),
    "demo-community-health-peshawar": (
        "Community health centre, Peshawar (illustrative)",
        "ngo",
        "PK",
        "Peshawar",
        "mrc-peshawar",
    ),
    "demo-microfinance-desk-islamabad": (
        "Microfinance desk, Islamabad (illustrative)",
        "private",
        "PK",
        "Islamabad",
        "mrc-islamabad",
    ),
    "demo-returnee-support-erbil": (
        "Returnee support NGO, Erbil (illustrative)",
        "ngo",
        "IQ",
        "Erbil",
        "mrc-erbil",
    ),
    "demo-vocational-centre-baghdad": (
        "Vocational training centre, Baghdad (illustrative)",
        "training",
        "IQ",
        "Baghdad",
        "mrc-baghdad-molsa",
    ),
    "demo-family-clinic-baghdad": (
        "Family health clinic, Baghdad (illustrative)",
        "ngo",
        "IQ",
        "Baghdad",
        "mrc-baghdad-momd",
    ),
    "demo-legal-desk-sulaymaniyah": (
        "Legal and documents help desk, Sulaymaniyah (illustrative)",
        "ngo",
        "IQ",
        "Sulaymaniyah",
        "mrc-sulaymaniyah",
    ),
    "demo-returnee-enterprise-dhaka": (
        "Returnee enterprise programme, Dhaka (illustrative)",
        "ngo",
        "BD",
        "Dhaka",
        "mrc-dhaka",
    ),
    "demo-technical-skills-dhaka": (
        "Technical skills centre, Dhaka (illustrative)",
        "training",
        "BD",
        "Dhaka",
        "mrc-dhaka",
    ),
    "demo-returnee-welfare-dhaka": (
        "Returnee welfare NGO, Dhaka (illustrative)",
        "ngo",
        "BD",
        "Dhaka",
        "mrc-dhaka",
    ),
}

# (provider, key suffix, name, category, district, languages, description, eligibility, cost, verified)
_S = tuple[str, str, str, str, str, str, str, str, str, datetime.date]
ILLUSTRATIVE_SERVICES: list[_S] = [
    (
        "demo-skills-institute-lahore",
        "courses",
        "Short vocational courses for returnees",
        "vocational",
        "Lahore",
        "ur,pa,en",
        "Three-month courses in electrical work, welding and tailoring, with a certificate. واپس آنے والوں کے لیے ہنر کی تربیت۔",
        "Returnees and young people from Punjab; women's classes in the mornings.",
        "Free for returnees",
        datetime.date(2026, 10, 14),
    ),
    (
        "demo-skills-institute-lahore",
        "placement",
        "Job placement with local employers",
        "jobs",
        "Lahore",
        "ur,pa",
        "Matches course graduates and returnees with workshops and factories in Lahore. روزگار کی تلاش میں مدد۔",
        "Anyone who finished a course at the institute, and returnees referred by an MRC.",
        "Free",
        datetime.date(2026, 9, 30),
    ),
    (
        "demo-skills-institute-lahore",
        "literacy",
        "Evening literacy and numeracy classes",
        "education",
        "Lahore",
        "ur,pa",
        "Reading, writing and arithmetic for adults, three evenings a week. بالغوں کے لیے خواندگی کی کلاسیں۔",
        "Adults who did not finish school, returnees first.",
        "Free",
        datetime.date(2026, 10, 14),
    ),
    (
        "demo-legal-aid-islamabad",
        "contracts",
        "Legal advice on job contracts and recruitment fees",
        "legal",
        "Islamabad",
        "ur,en",
        "A lawyer reads your job contract with you before you sign, and explains which recruitment fees are legal. ملازمت کے معاہدے پر قانونی مشورہ۔",
        "Intending migrants and their families.",
        "Free",
        datetime.date(2026, 10, 20),
    ),
    (
        "demo-legal-aid-islamabad",
        "documents",
        "Help replacing lost identity and travel documents",
        "documents",
        "Islamabad",
        "ur,ps,en",
        "Guidance and forms for replacing an identity card, passport or educational certificates lost abroad.",
        "Returnees who lost their documents abroad.",
        "Official fees apply; the advice is free",
        datetime.date(2026, 8, 12),
    ),
    (
        "demo-community-health-peshawar",
        "psychosocial",
        "Counselling for returnees and their families",
        "psychosocial",
        "Peshawar",
        "ps,ur",
        "Individual and family counselling with trained counsellors; women counsellors available. د بېرته راستنو شویو لپاره مشوره.",
        "Returnees and their families in Khyber Pakhtunkhwa.",
        "Free",
        datetime.date(2026, 10, 2),
    ),
    (
        "demo-community-health-peshawar",
        "health",
        "Health check-ups for returnees",
        "health",
        "Peshawar",
        "ps,ur,en",
        "General check-up, vaccinations and referral to hospitals.",
        "Returnees in their first year back.",
        "Free",
        datetime.date(2026, 7, 21),
    ),
    (
        "demo-microfinance-desk-islamabad",
        "loans",
        "Small loans for returnee businesses",
        "grants",
        "Islamabad",
        "ur,pa,en",
        "Small loans with a grace period for a first business, after a planning session. کاروبار کے لیے چھوٹے قرضے۔",
        "Returnees with a business plan; a guarantor may be needed.",
        "Interest applies; ask for the current rate",
        datetime.date(2026, 9, 5),
    ),
    (
        "demo-microfinance-desk-islamabad",
        "planning",
        "Business planning workshop",
        "business",
        "Islamabad",
        "ur,en",
        "A two-day workshop on costs, prices and simple bookkeeping.",
        "Returnees and family members planning a small business.",
        "Free",
        datetime.date(2026, 9, 5),
    ),
    (
        "demo-returnee-support-erbil",
        "psychosocial",
        "Psychosocial support groups",
        "psychosocial",
        "Erbil",
        "ckb,ar,kmr",
        "Weekly groups and one-to-one sessions for people who came back. پشتیوانیی دەروونی بۆ گەڕاوەکان. دعم نفسي واجتماعي للعائدين.",
        "Returnees and internally displaced people in the Kurdistan Region.",
        "Free",
        datetime.date(2026, 10, 27),
    ),
    (
        "demo-returnee-support-erbil",
        "jobs",
        "Job matching for returnees",
        "jobs",
        "Erbil",
        "ckb,ar,en",
        "Help with a CV and introductions to employers in Erbil.",
        "Returnees registered with the MRC in Erbil.",
        "Free",
        datetime.date(2026, 9, 18),
    ),
    (
        "demo-returnee-support-erbil",
        "housing",
        "Emergency housing referral",
        "housing",
        "Erbil",
        "ckb,ar",
        "Short-term housing referrals for returnees with nowhere to stay.",
        "Returnees without housing; families first.",
        "Free",
        datetime.date(2026, 6, 3),
    ),
    (
        "demo-vocational-centre-baghdad",
        "courses",
        "Vocational courses: phone repair, plumbing and sewing",
        "vocational",
        "Karkh",
        "ar",
        "Practical courses with a certificate. دورات مهنية للعائدين والنازحين.",
        "Returnees and internally displaced people aged 18 to 45.",
        "Free",
        datetime.date(2026, 10, 8),
    ),
    (
        "demo-vocational-centre-baghdad",
        "apprenticeships",
        "Apprenticeships with local workshops",
        "jobs",
        "Karkh",
        "ar",
        "Three-month paid apprenticeships after a course. تدريب مهني مدفوع الأجر.",
        "Graduates of the centre's courses.",
        "Free; a small monthly allowance is paid",
        datetime.date(2026, 9, 22),
    ),
    (
        "demo-family-clinic-baghdad",
        "primary-care",
        "Primary health care",
        "health",
        "Rusafa",
        "ar",
        "A family doctor, medicines and referral to hospitals. رعاية صحية أولية.",
        "Returnees and displaced families in Baghdad.",
        "Free",
        datetime.date(2026, 10, 15),
    ),
    (
        "demo-family-clinic-baghdad",
        "school",
        "School enrolment help for returnee children",
        "education",
        "Rusafa",
        "ar,en",
        "Help getting school records recognised and children enrolled. تسجيل الأطفال في المدارس.",
        "Families with school-age children who came back from abroad.",
        "Free",
        datetime.date(2026, 8, 28),
    ),
    (
        "demo-legal-desk-sulaymaniyah",
        "documents",
        "Civil documents for returnees",
        "documents",
        "Sulaymaniyah",
        "ckb,ar",
        "Help with civil ID, residence cards and certificates issued abroad. یارمەتی بۆ بەڵگەنامە.",
        "Returnees and displaced people in Sulaymaniyah governorate.",
        "Official fees apply; the help is free",
        datetime.date(2026, 10, 11),
    ),
    (
        "demo-legal-desk-sulaymaniyah",
        "legal",
        "Legal advice",
        "legal",
        "Sulaymaniyah",
        "ckb,ar,en",
        "Advice on debts, contracts and family matters after return.",
        "Returnees and their families.",
        "Free",
        datetime.date(2026, 9, 9),
    ),
    (
        "demo-returnee-enterprise-dhaka",
        "start-up",
        "Start-up support for returnee businesses",
        "business",
        "Dhaka",
        "bn",
        "Training and mentoring for a first small business. প্রবাস ফেরতদের জন্য ব্যবসা শুরুর সহায়তা।",
        "Returnees and their spouses.",
        "Free",
        datetime.date(2026, 10, 19),
    ),
    (
        "demo-returnee-enterprise-dhaka",
        "grants",
        "Small grants for returnee families",
        "grants",
        "Dhaka",
        "bn",
        "One-off grants for tools or stock, after the start-up training. ছোট অনুদান।",
        "Returnees who finished the start-up training.",
        "Free",
        datetime.date(2026, 10, 19),
    ),
    (
        "demo-technical-skills-dhaka",
        "courses",
        "Technical courses with certificates",
        "vocational",
        "Dhaka",
        "bn,en",
        "Courses in electrical work, driving and caregiving, with recognised certificates. কারিগরি প্রশিক্ষণ।",
        "People planning to work abroad, and returnees.",
        "Small course fee; waived for returnees",
        datetime.date(2026, 9, 14),
    ),
    (
        "demo-technical-skills-dhaka",
        "placement",
        "Job placement desk",
        "jobs",
        "Dhaka",
        "bn",
        "Helps course graduates and returnees find work in Bangladesh.",
        "Course graduates and returnees.",
        "Free",
        datetime.date(2026, 9, 14),
    ),
    (
        "demo-returnee-welfare-dhaka",
        "psychosocial",
        "Psychosocial counselling",
        "psychosocial",
        "Dhaka",
        "bn",
        "Counselling for returnees and their families. মানসিক সহায়তা ও পরামর্শ।",
        "Returnees and their families.",
        "Free",
        datetime.date(2026, 10, 5),
    ),
    (
        "demo-returnee-welfare-dhaka",
        "health",
        "Health screening",
        "health",
        "Dhaka",
        "bn,en",
        "Health screening and referral for returnees.",
        "Returnees in their first year back.",
        "Free",
        datetime.date(2026, 7, 30),
    ),
    (
        "demo-returnee-welfare-dhaka",
        "wages",
        "Legal help with unpaid wages abroad",
        "legal",
        "Dhaka",
        "bn,en",
        "Help filing claims for unpaid wages and compensation with the authorities. বকেয়া মজুরির আইনি সহায়তা।",
        "Returnees who were not paid what their contract promised.",
        "Free",
        datetime.date(2026, 8, 17),
    ),
    (
        "demo-returnee-support-erbil",
        "winter-shelter",
        "Winter shelter referral",
        "housing",
        "Erbil",
        "ckb,ar",
        "Closed: this service ran in winter only. Kept to show how a closed service looks.",
        "Returnees without housing.",
        "Free",
        datetime.date(2026, 3, 1),
    ),
]
CLOSED_KEYS = {"demo-returnee-support-erbil-winter-shelter"}


def _load_providers(centres: dict[str, Centre]) -> dict[str, Provider]:
    providers = {}
    for slug, (name, kind, country, city, owning) in PROVIDERS.items():
        provider, _created = Provider.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "country": country,
                "city": city,
                "owning_centre": centres.get(owning),
                "referral_email": f"{slug}@demo.wapsi.invalid",
                "is_illustrative": True,
            },
        )
        providers[slug] = provider
    return providers


def _illustrative_rows(providers: dict[str, Provider]) -> list[tuple[Provider, dict[str, Any]]]:
    rows = []
    for number, item in enumerate(ILLUSTRATIVE_SERVICES, start=1):
        (
            slug,
            suffix,
            name,
            category,
            district,
            languages,
            description,
            eligibility,
            cost,
            verified,
        ) = item
        provider = providers[slug]
        key = f"{slug}-{suffix}"
        latitude, longitude = COORDINATES[provider.city]
        rows.append(
            (
                provider,
                {
                    "key": key,
                    "name": name,
                    "category": category,
                    "description": description,
                    "country": provider.country,
                    "province": PLACES[provider.city]["province"],
                    "district": district,
                    "city": provider.city,
                    "latitude": latitude,
                    "longitude": longitude,
                    "hotline": FAKE_PHONE[provider.country].format(number),
                    "email": f"{slug}@demo.wapsi.invalid",
                    "opening_hours": HOURS[provider.country],
                    "languages": languages,
                    "eligibility": eligibility,
                    "cost": cost,
                    "last_verified": verified,
                    "is_active": key not in CLOSED_KEYS,
                    "is_illustrative": True,
                },
            )
        )
    return rows


def _upsert(organisation: Centre | Provider, row: dict[str, Any]) -> Service:
    fields = {name: value for name, value in row.items() if name != "key"}
    existing = Service.objects.filter(key=row["key"]).first()
    if existing is None:
        return service_create(actor=None, organisation=organisation, fields=fields, key=row["key"])
    return service_update(actor=None, service=existing, values=fields)


def _set_owners(keys: list[str]) -> None:
    """Demo services are owned by the demo centre manager, who exists only once users are loaded
    (after this module runs), so ownership is set once the demo's transaction has committed."""
    from wapsi.accounts.models import User
    from wapsi.audit.models import AuditAction
    from wapsi.audit.services import audit_record

    owner = User.objects.filter(username="centre_manager").first()
    if owner is None:
        return
    with transaction.atomic():
        count = Service.objects.filter(key__in=keys, owner__isnull=True).update(owner=owner)
        if count:
            audit_record(
                actor=None,
                action=AuditAction.UPDATE,
                object_type="centres.service",
                detail={"demo_owner": owner.pk, "services": count},
            )


def load_directory() -> None:
    centres = {c.slug: c for c in Centre.objects.all()}
    keys = []
    for row in facts.CENTRES:
        if not row.get("is_active", True):
            continue  # a centre whose status is unclear lists no services
        for service in _fact_services(row):
            _upsert(centres[str(row["slug"])], service)
            keys.append(service["key"])
    for provider, service in _illustrative_rows(_load_providers(centres)):
        _upsert(provider, service)
        keys.append(service["key"])
    transaction.on_commit(lambda: _set_owners(keys))
