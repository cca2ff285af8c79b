"""Public reads of the directory for other apps."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db.models import CharField, Count, F, Max, Q, QuerySet, Value
from django.db.models.functions import Concat, Replace

from wapsi.accounts.selectors import centre_ids_for_user, provider_ids_for_user
from wapsi.accounts.types import Actor
from wapsi.centres.models import Centre, Provider, Service, ServiceChangeProposal, ServiceVersion
from wapsi.lib.scripts import search_terms

CENTRES_CACHE_KEY = "centres:public:v2"


@dataclass(frozen=True)
class CentreCard:
    name: str
    city: str
    country: str
    host_institution: str
    hotline: str
    opened: str
    source_url: str
    is_illustrative: bool
    is_active: bool = True


def _centre_cards() -> list[CentreCard]:
    """Every centre, open or not, in one cached query: the header asks on every page."""
    cached = cache.get(CENTRES_CACHE_KEY)
    if cached is not None:
        return cached
    rows = [
        CentreCard(
            name=c.name,
            city=c.city,
            country=c.country,
            host_institution=c.host_institution,
            hotline=c.hotline,
            opened=c.opened,
            source_url=c.source_url,
            is_illustrative=c.is_illustrative,
            is_active=c.is_active,
        )
        for c in Centre.objects.order_by("country", "city", "name")
    ]
    cache.set(CENTRES_CACHE_KEY, rows, 300)
    return rows


def centres_public() -> list[CentreCard]:
    """Active centres for public pages."""
    return [card for card in _centre_cards() if card.is_active]


def hotlines_public() -> list[CentreCard]:
    return [card for card in centres_public() if card.hotline]


def hotlines_of_country(country: str) -> list[CentreCard]:
    """The hotlines a reader in `country` can call: its open centres' ones; when none has one,
    a sourced (cited, not illustrative) hotline of a centre that is not listed as open — the
    Kabul centre's 5588 is published although the centre's status is unclear. None for no
    country, and never another country's."""
    if not country:
        return []
    cards = [card for card in _centre_cards() if card.country == country and card.hotline]
    open_ones = [card for card in cards if card.is_active]
    if open_ones:
        return open_ones
    return [card for card in cards if card.source_url and not card.is_illustrative]


def centres_forget() -> None:
    """Call after any change to a centre, so public pages show it at once."""
    cache.delete(CENTRES_CACHE_KEY)


# --- the service directory ----------------------------------------------------------------------

PUBLIC_SEARCH_MAX = 200  # characters of a reader's query that are used


def _open(queryset: QuerySet[Service]) -> QuerySet[Service]:
    """Open services of organisations that are themselves open (a closed centre takes no one)."""
    return queryset.filter(is_active=True).filter(
        Q(centre__isnull=True) | Q(centre__is_active=True)
    )


def _speaking(services: QuerySet[Service], language: str) -> QuerySet[Service]:
    """Services whose comma-separated language codes include this one."""
    padded = Concat(
        Value(","),
        Replace(F("languages"), Value(" "), Value("")),
        Value(","),
        output_field=CharField(),
    )
    return services.annotate(padded_languages=padded).filter(
        padded_languages__contains=f",{language},"
    )


def services_public(
    *,
    country: str = "",
    district: str = "",
    category: str = "",
    language: str = "",
    query: str = "",
) -> QuerySet[Service]:
    """Open services for the find-help pages: one query for a page of them, whatever the size.

    Free text matches the script-folded search text, word by word, so a reader who types
    Arabic kaf and yeh finds a name written with keheh and Farsi yeh; punctuation and control
    characters in the query are dropped by search_terms().
    """
    services = _open(Service.objects.select_related("centre", "provider"))
    if country:
        services = services.filter(country=country)
    if district:
        services = services.filter(district=district)
    if category:
        services = services.filter(category=category)
    if language:
        services = _speaking(services, language)
    for term in search_terms(query, max_length=PUBLIC_SEARCH_MAX):
        services = services.filter(search_text__contains=term)
    return services


def service_places_public() -> list[tuple[str, str]]:
    """(country, district) pairs that have an open service, for the filters. One query."""
    return list(
        _open(Service.objects.all())
        .values_list("country", "district")
        .distinct()
        .order_by("country", "district")
    )


def service_get_public(*, service_id: int) -> Service | None:
    return _open(Service.objects.select_related("centre", "provider")).filter(pk=service_id).first()


def services_open_data() -> QuerySet[Service]:
    """Open services with their organisation, for the CSV export."""
    return _open(Service.objects.select_related("centre", "provider"))


# --- provider updates: every read is checked against the user's memberships ----------------------


def services_for_provider_user(*, user: Actor) -> list[Service]:
    """The services of the providers the user belongs to, with their pending proposals counted."""
    provider_ids = provider_ids_for_user(user=user)
    if not provider_ids:
        return []
    pending = Count("proposals", filter=Q(proposals__status=ServiceChangeProposal.Status.PENDING))
    return list(
        Service.objects.filter(provider_id__in=provider_ids)
        .select_related("provider")
        .annotate(pending_count=pending)
        .order_by("provider__name", "name", "pk")
    )


def service_get_for_provider_user(*, user: Actor, service_id: int) -> Service | None:
    provider_ids = provider_ids_for_user(user=user)
    if not provider_ids:
        return None
    return (
        Service.objects.filter(pk=service_id, provider_id__in=provider_ids)
        .select_related("provider__owning_centre")
        .first()
    )


def proposals_recent_for_provider_user(
    *, user: Actor, limit: int = 20
) -> list[ServiceChangeProposal]:
    """The latest proposals for the user's providers, so they see what was decided and why."""
    provider_ids = provider_ids_for_user(user=user)
    if not provider_ids:
        return []
    return list(
        ServiceChangeProposal.objects.filter(service__provider_id__in=provider_ids)
        .select_related("service")
        .order_by("-created_at", "-pk")[:limit]
    )


def _proposals_for_centres(centre_ids: set[int]) -> QuerySet[ServiceChangeProposal]:
    return ServiceChangeProposal.objects.filter(
        service__provider__owning_centre_id__in=centre_ids
    ).select_related("service__provider", "proposed_by")


def proposals_pending_for_centre_user(*, user: Actor) -> list[ServiceChangeProposal]:
    """Pending proposals of the providers whose owning centre the user belongs to."""
    centre_ids = centre_ids_for_user(user=user)
    if not centre_ids:
        return []
    return list(
        _proposals_for_centres(centre_ids)
        .filter(status=ServiceChangeProposal.Status.PENDING)
        .order_by("created_at", "pk")
    )


def proposal_get_for_centre_user(*, user: Actor, proposal_id: int) -> ServiceChangeProposal | None:
    centre_ids = centre_ids_for_user(user=user)
    if not centre_ids:
        return None
    return _proposals_for_centres(centre_ids).filter(pk=proposal_id).first()


def user_reviews_proposals(*, user: Actor) -> bool:
    return bool(centre_ids_for_user(user=user))


def centre_get_for_user(*, user: Actor, centre_id: int | None = None) -> Centre:
    """A centre the person belongs to: the one asked for if they belong to it, else their
    first. Raises Http404 for anyone who belongs to no centre."""
    from django.http import Http404

    ids = centre_ids_for_user(user=user)
    if not ids:
        raise Http404("not a member of a centre")
    chosen = centre_id if centre_id in ids else min(ids)
    return Centre.objects.get(pk=chosen)


def services_referable_for(*, country: str) -> QuerySet[Service]:
    """Services a centre in this country may refer a client to (closed ones are refused with a
    message by the referral service, so they stay visible here)."""
    return Service.objects.filter(country=country).select_related("centre", "provider")


def centre_first_of(*, ids: set[int]) -> Centre | None:
    """The first (lowest id) of these centres: the one a counsellor acting for several records
    a story for. None when the set is empty."""
    if not ids:
        return None
    return Centre.objects.filter(pk__in=ids).order_by("pk").first()


def providers_referable_for(*, country: str) -> list[tuple[int, str]]:
    """(id, name) of the providers with a service a centre in this country may refer a client
    to: the ones a client can consent to share with."""
    rows = (
        Service.objects.filter(country=country, provider__isnull=False)
        .values_list("provider_id", "provider__name")
        .order_by("provider__name", "provider_id")
        .distinct()
    )
    return [(int(pk), str(name)) for pk, name in rows]


def services_for_centre_user(*, user: Actor) -> list[Service]:
    """The services run by the centres the user belongs to (a service whose `centre` is theirs),
    which its staff edit directly."""
    centre_ids = centre_ids_for_user(user=user)
    if not centre_ids:
        return []
    return list(
        Service.objects.filter(centre_id__in=centre_ids)
        .select_related("centre")
        .order_by("centre__name", "name", "pk")
    )


def service_get_for_centre_user(*, user: Actor, service_id: int) -> Service | None:
    """One of the user's centres' own services; None for any other (the view answers 404)."""
    centre_ids = centre_ids_for_user(user=user)
    if not centre_ids:
        return None
    return (
        Service.objects.filter(pk=service_id, centre_id__in=centre_ids)
        .select_related("centre")
        .first()
    )


def service_versions_recent(*, service: Service, limit: int = 20) -> list[ServiceVersion]:
    """The latest kept versions of a service (ServiceVersion), newest first, with who made them."""
    return list(service.versions.select_related("created_by").order_by("-number")[:limit])


def centres_to_choose() -> QuerySet[Centre]:
    """Every centre, for an administrator's membership form."""
    return Centre.objects.order_by("name", "pk")


def providers_to_choose() -> QuerySet[Provider]:
    """Every service provider, for an administrator's membership form."""
    return Provider.objects.order_by("name", "pk")


# --- the partner API (wapsi.api.directory): querysets for paging in SQL, closed ones marked ------


def centres_for_api(
    *,
    country: str = "",
    active: bool | None = None,
    modified_after: datetime.datetime | None = None,
) -> QuerySet[Centre]:
    qs = Centre.objects.all()
    if country:
        qs = qs.filter(country=country)
    if active is not None:
        qs = qs.filter(is_active=active)
    if modified_after is not None:
        qs = qs.filter(modified__gt=modified_after)
    return qs.order_by("-modified", "-pk")


def providers_for_api(
    *, country: str = "", kind: str = "", modified_after: datetime.datetime | None = None
) -> QuerySet[Provider]:
    qs = Provider.objects.all()
    if country:
        qs = qs.filter(country=country)
    if kind:
        qs = qs.filter(kind=kind)
    if modified_after is not None:
        qs = qs.filter(modified__gt=modified_after)
    return qs.order_by("-modified", "-pk")


def services_for_api(
    *,
    country: str = "",
    category: str = "",
    language: str = "",
    active: bool | None = None,
    centre: int | None = None,
    provider: int | None = None,
    modified_after: datetime.datetime | None = None,
) -> QuerySet[Service]:
    """Every service, open or closed (a partner must learn of a closure), with its organisation."""
    qs = Service.objects.select_related("centre", "provider")
    if centre is not None:
        qs = qs.filter(centre_id=centre)
    if provider is not None:
        qs = qs.filter(provider_id=provider)
    if country:
        qs = qs.filter(country=country)
    if category:
        qs = qs.filter(category=category)
    if language:
        qs = _speaking(qs, language)
    if active is not None:
        is_open = Q(is_active=True) & (Q(centre__isnull=True) | Q(centre__is_active=True))
        qs = qs.filter(is_open) if active else qs.exclude(is_open)
    if modified_after is not None:
        qs = qs.filter(modified__gt=modified_after)
    return qs.order_by("-modified", "-pk")


def service_get_for_api(*, service_id: int) -> Service | None:
    """A service open or closed, by id (closed ones answer with their status, not a 404)."""
    return Service.objects.select_related("centre", "provider").filter(pk=service_id).first()


def service_places_for_api(*, country: str = "") -> QuerySet[Any, dict[str, Any]]:
    """Places (country, province, district, city) with open services, as values rows with
    how many open services each has and when the latest changed."""
    qs = _open(Service.objects.all())
    if country:
        qs = qs.filter(country=country)
    return (
        qs.values("country", "province", "district", "city")
        .annotate(services=Count("pk"), last_modified=Max("modified"))
        .order_by("country", "province", "district", "city")
    )


def services_for_search(*, pks: Iterable[int] | None = None) -> QuerySet[Service]:
    """Open services for the hub's search index: all of them, or those among ``pks``."""
    services = _open(Service.objects.select_related("centre", "provider"))
    if pks is not None:
        services = services.filter(pk__in=list(pks))
    return services.order_by("pk")


def service_pks_of(*, organisation: Centre | Provider) -> list[int]:
    """Every service of a centre or provider, open or closed (the search index follows them)."""
    field = "centre" if isinstance(organisation, Centre) else "provider"
    return list(Service.objects.filter(**{field: organisation}).values_list("pk", flat=True))
