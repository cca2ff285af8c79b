"""Public reads of the directory for its HSDS 3.0 API and export (mapped by wapsi.centres.hsds).

Lists are paged in the database (OFFSET/LIMIT in the SQL) and read in a fixed number of
queries whatever the page size. Every service is listed, open or closed: a closed one is
marked inactive, so partners learn that it closed instead of finding it gone.

A service's modification time is the time its latest version was recorded: every change goes
through the service functions, which record a ServiceVersion each time.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.expressions import OuterRef
from django.utils import translation

from wapsi.centres.hsds import (
    CATEGORIES,
    PROVENANCE,
    Term,
    api_root,
    has_location,
    hsds_uuid,
    organisation_record,
    page_record,
    service_at_location_record,
    service_record,
    taxonomies,
    term_record,
    terms,
)
from wapsi.centres.models import CATEGORY_DIMENSION, Centre, Provider, Service, ServiceVersion
from wapsi.lib.scripts import search_terms

SEARCH_MAX = 200  # characters of a query that are used


@dataclass(frozen=True)
class ServiceFilters:
    modified_after: datetime.datetime | None = None
    organisation: Centre | Provider | None = None
    term: Term | None = None
    taxonomy: str = ""
    search: str = ""
    located: bool = False  # only services with a place (for service_at_locations)


def _term_q(term: Term) -> Q:
    if term.key.startswith("category:"):
        return Q(category=term.code)
    if term.key.startswith("dimension:"):
        codes = [code for code, dim in CATEGORY_DIMENSION.items() if dim == term.code]
        return Q(category__in=codes)
    if term.key == "illustrative":
        return Q(is_illustrative=True)
    return ~Q(source_url="")


def _taxonomy_q(taxonomy: str) -> Q:
    if taxonomy == PROVENANCE:
        return Q(is_illustrative=True) | ~Q(source_url="")
    return Q() if taxonomy == CATEGORIES else Q(pk__in=[])


def _located_q() -> Q:
    return ~Q(address="") | ~Q(city="") | Q(latitude__isnull=False)


def _services(filters: ServiceFilters) -> QuerySet[Service]:
    latest = (
        ServiceVersion.objects.filter(service=OuterRef("pk"))
        .order_by("-number")
        .values("created_at")[:1]
    )
    services = (
        Service.objects.select_related("centre", "provider")
        .annotate(hsds_modified=Subquery(latest))
        .order_by("pk")
    )
    if filters.modified_after is not None:
        services = services.filter(hsds_modified__gte=filters.modified_after)
    if isinstance(filters.organisation, Centre):
        services = services.filter(centre=filters.organisation)
    elif isinstance(filters.organisation, Provider):
        services = services.filter(provider=filters.organisation)
    if filters.term is not None:
        services = services.filter(_term_q(filters.term))
    if filters.taxonomy:
        services = services.filter(_taxonomy_q(filters.taxonomy))
    if filters.located:
        services = services.filter(_located_q())
    for word in search_terms(filters.search, max_length=SEARCH_MAX):
        services = services.filter(search_text__contains=word)
    return services


def _with_versions(services: QuerySet[Service]) -> QuerySet[Service]:
    """The two latest versions of each service, for its metadata, in one more query."""
    latest_two = ServiceVersion.objects.order_by("service_id", "-number")[:2]
    return services.prefetch_related(
        Prefetch("versions", queryset=latest_two, to_attr="hsds_versions")
    )


def services_hsds_page(
    *, filters: ServiceFilters, offset: int, limit: int, full: bool = False
) -> tuple[int, list[Service]]:
    """The number of matching services and one page of them: two queries (three when full)."""
    services = _services(filters)
    total = services.count()
    page = _with_versions(services) if full else services
    return total, list(page[offset : offset + limit])


def services_hsds_all() -> list[Service]:
    """Every service, with what its full record needs, for the export: three queries."""
    return list(_with_versions(_services(ServiceFilters())))


def _pk_for(
    ids: QuerySet[Service] | QuerySet[Centre] | QuerySet[Provider], kind: str, hsds_id: str
) -> int | None:
    # UUIDv5 cannot be reversed: the keys are compared one by one, in one query of integers.
    for pk in ids.values_list("pk", flat=True).iterator(chunk_size=2000):
        if hsds_uuid(kind, pk) == hsds_id:
            return pk
    return None


def service_hsds_get(*, hsds_id: str, located: bool = False) -> Service | None:
    """A service, open or closed, by its HSDS id; with `located`, only one that has a place."""
    candidates = Service.objects.filter(_located_q()) if located else Service.objects.all()
    kind = "service_at_location" if located else "service"
    pk = _pk_for(candidates, kind, hsds_id)
    if pk is None:
        return None
    return _with_versions(_services(ServiceFilters())).filter(pk=pk).first()


def organisations_hsds_page(*, offset: int, limit: int) -> tuple[int, list[Centre | Provider]]:
    """Centres then providers, one page of them: four queries (count, keys, centres, providers)."""
    centres = Centre.objects.order_by().annotate(org_kind=Value(0)).values_list("org_kind", "pk")
    providers = (
        Provider.objects.order_by().annotate(org_kind=Value(1)).values_list("org_kind", "pk")
    )
    keys = centres.union(providers, all=True)
    total = keys.count()
    page = list(keys.order_by("org_kind", "pk")[offset : offset + limit])
    centre_ids = [pk for kind, pk in page if kind == 0]
    provider_ids = [pk for kind, pk in page if kind == 1]
    found: list[Centre | Provider] = []
    found += list(Centre.objects.filter(pk__in=centre_ids).order_by("pk")) if centre_ids else []
    found += (
        list(Provider.objects.filter(pk__in=provider_ids).order_by("pk")) if provider_ids else []
    )
    return total, found


def organisations_hsds_all() -> list[Centre | Provider]:
    return [*Centre.objects.order_by("pk"), *Provider.objects.order_by("pk")]


def organisation_hsds_get(*, hsds_id: str) -> Centre | Provider | None:
    pk = _pk_for(Centre.objects.all(), "centre", hsds_id)
    if pk is not None:
        return Centre.objects.get(pk=pk)
    pk = _pk_for(Provider.objects.all(), "provider", hsds_id)
    return Provider.objects.get(pk=pk) if pk is not None else None


def services_of_organisation_hsds(*, organisation: Centre | Provider) -> list[Service]:
    return list(_services(ServiceFilters(organisation=organisation)))


def directory_hsds_export(*, base_url: str) -> dict[str, object]:
    """The whole directory as HSDS 3.0, in English: each collection as one Page of full records,
    as the API would answer with every record on one page. A fixed number of queries."""
    with translation.override("en"):
        organisations = [organisation_record(o) for o in organisations_hsds_all()]
        services = services_hsds_all()
        collections = {
            "organizations": organisations,
            "services": [service_record(s, base_url=base_url) for s in services],
            "service_at_locations": [
                service_at_location_record(s) for s in services if has_location(s)
            ],
            "taxonomies": taxonomies(),
            "taxonomy_terms": [term_record(t) for t in terms()],
        }
        return api_root() | {
            name: page_record(
                items, total_items=len(items), page_number=1, per_page=max(1, len(items))
            )
            for name, items in collections.items()
        }
