from __future__ import annotations

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from wapsi.accounts import views as accounts_views
from wapsi.accounts.twofactor import two_factor
from wapsi.api import api as api_old
from wapsi.api.v1 import api as api_v1
from wapsi.campaigns import urls as campaigns_urls
from wapsi.cases import views as cases_views
from wapsi.centres import urls as centres_urls
from wapsi.evidence import urls as evidence_urls
from wapsi.hub import views as hub_views
from wapsi.hub.discovery import favicon_ico, robots_txt
from wapsi.hub.feeds import UpdatesFeed
from wapsi.ops import urls as ops_urls
from wapsi.partners import urls as partners_urls
from wapsi.roadmap import urls as roadmap_urls
from wapsi.stats import urls as stats_urls
from wapsi.voices import urls as voices_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", hub_views.sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon_ico, name="favicon_ico"),
    path("api/v1/", api_v1.urls),
    path("api/hsds/", include("wapsi.api.hsds")),
    path("api/", include(api_old.urlpatterns)),
    path("directory/", include((centres_urls.data_patterns, "directory"))),
    path("staff/directory/", include((centres_urls.staff_patterns, "directory_staff"))),
    path("staff/2fa/", two_factor, name="two_factor"),
    path("staff/sign-out/", accounts_views.staff_sign_out, name="staff_sign_out"),
    # The staff language switcher posts here (Django's set_language: a cookie, then back).
    path("i18n/", include("django.conf.urls.i18n")),
    path("staff/voices/", include((voices_urls.staff_patterns, "voices_staff"))),
    path("staff/evidence/", include((evidence_urls.staff_patterns, "evidence_staff"))),
    path("staff/roadmap/", include((roadmap_urls.staff_patterns, "roadmap_staff"))),
    path("staff/tasks/", include((ops_urls.staff_patterns, "ops_staff"))),
    path("staff/partners/", include((partners_urls.staff_patterns, "partners_staff"))),
    path("staff/statistics/", include((stats_urls.staff_patterns, "stats_staff"))),
    path("staff/campaigns/", include((campaigns_urls.staff_patterns, "campaigns_staff"))),
    path("staff/", accounts_views.staff_home, name="staff_home"),
    path("staff/", include("wapsi.cases.urls")),
    # Signed provider links carry no personal data; the token only names a referral and a nonce.
    path("r/open/", cases_views.provider_link_open, name="provider_link_open"),
    path("r/<str:token>/", cases_views.provider_link, name="provider_link"),
]

if settings.WAPSI_BENCH:
    from django.http import HttpRequest, HttpResponse

    def bench_bare(request: HttpRequest) -> HttpResponse:
        return HttpResponse("ok", content_type="text/plain")

    urlpatterns.append(path("__bench__/bare", bench_bare))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages live under a language prefix: /en/, /ur/, /ar/, /ckb/, /bn/, /ps/, /fa-af/.
urlpatterns += i18n_patterns(
    path("search/", hub_views.search, name="search"),
    path("feedback/<int:page_id>/", hub_views.feedback, name="feedback"),
    path("feed.atom", UpdatesFeed(), name="feed"),
    path("help/", include((centres_urls.public_patterns, "help"))),
    path("stories/", include((voices_urls.public_patterns, "voices"))),
    path("evidence/", include((evidence_urls.public_patterns, "evidence"))),
    path("roadmap/", include((roadmap_urls.public_patterns, "roadmap"))),
    path("statistics/", include((stats_urls.public_patterns, "stats"))),
    path("campaigns/", include((campaigns_urls.public_patterns, "campaigns"))),
    path("survey/", include((campaigns_urls.survey_patterns, "survey"))),
    # /ur/staff/… opens the staff pages in Urdu: the language is remembered, the page is /staff/….
    path("staff/", accounts_views.staff_in_language, name="staff_in_language"),
    path("staff/<path:rest>", accounts_views.staff_in_language),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Readers' error pages: translated, in the site's layout (the 500 page reads no database).
handler404 = "wapsi.hub.errors.page_not_found"
handler500 = "wapsi.hub.errors.server_error"
