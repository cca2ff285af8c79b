"""The public questionnaire form (/<lang>/survey/<token>/): no JavaScript, the reader's
language, for a shared phone at an event. Nothing about a respondent stays on the device or in
a session: the pages are never cached, the thank-you page holds nothing of the answers, and
"Answer again" opens an empty form for the next person."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from wapsi.campaigns import selectors, surveys
from wapsi.campaigns.models import Survey
from wapsi.campaigns.public_form import SurveyAnswerForm, shown_form
from wapsi.campaigns.xlsform import RESPONDENT_CODE
from wapsi.infra.ratelimit import client_key, rate_count, rate_exceeded

#: Answers accepted per client address and hour on one questionnaire: a shared phone at a
#: town hall takes one every minute or so; a script sending hundreds is refused.
ANSWER_LIMIT = 120


def _limit_key(request: HttpRequest, survey: Survey) -> str:
    return f"campaigns:survey-answer:{survey.pk}:{client_key(request)}"


def _closed(request: HttpRequest) -> HttpResponse:
    return render(request, "campaigns/survey_closed.html", status=410)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def survey_form(request: HttpRequest, token: str) -> HttpResponse:
    survey = selectors.survey_public_get(token=token)
    if not survey.public_open:
        return _closed(request)
    language = get_language() or "en"
    questionnaire = surveys.survey_questionnaire(survey)
    posted = request.method == "POST"
    form = SurveyAnswerForm(
        request.POST if posted else None, questionnaire=questionnaire, language=language
    )
    status = 200
    if posted:
        if not form.is_valid():
            status = 400
        elif rate_exceeded(_limit_key(request, survey), limit=ANSWER_LIMIT):
            form.add_error(
                None,
                _("Too many answers were sent from here in the last hour. Please try later."),
            )
            status = 429
        else:
            try:
                surveys.survey_answer_submit(
                    survey=survey,
                    answers=form.answers(),
                    respondent_code=form.cleaned_data.get(RESPONDENT_CODE, ""),
                )
            except surveys.SurveyClosed:
                return _closed(request)
            except ValidationError as exc:
                if hasattr(exc, "error_dict"):
                    for name, errors in exc.error_dict.items():
                        form.add_error(name if name in form.fields else None, errors)
                else:
                    form.add_error(None, exc)
                status = 400
            else:
                rate_count(_limit_key(request, survey))
                return redirect("survey:thanks", token)
    return render(
        request,
        "campaigns/survey_form.html",
        {
            "form": form,
            "shown": shown_form(form, language),
            "token": token,
            "illustrative": survey.campaign.is_illustrative,
        },
        status=status,
    )


@never_cache
@require_safe
def survey_thanks(request: HttpRequest, token: str) -> HttpResponse:
    survey = selectors.survey_public_get(token=token)
    if not survey.public_open:
        return _closed(request)
    return render(request, "campaigns/survey_thanks.html", {"token": token})
