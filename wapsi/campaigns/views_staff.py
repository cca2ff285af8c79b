"""Staff screens of campaigns: campaigns, messages and their testimonies, activities and reach,
messengers, notices. Managers edit; the secretariat and government viewers read reports."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import BaseForm
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wapsi.accounts.staff import staff_view
from wapsi.campaigns import activities, effect_report, messengers, selectors, services, surveys
from wapsi.campaigns.effect_chart import effect_chart
from wapsi.campaigns.forms import (
    ActivityForm,
    CampaignForm,
    CheckInForm,
    ImportForm,
    MessageForm,
    MessengerForm,
    ResponsesForm,
    StatusForm,
    StoryLinkForm,
    SurveyForm,
    TrainingForm,
)
from wapsi.campaigns.models import AgeBand
from wapsi.campaigns.permissions import is_campaign_manager


def _form_page(request: HttpRequest, form: BaseForm, title: str, **extra: Any) -> HttpResponse:
    status = 400 if form.errors else 200
    return render(
        request, "campaigns/staff_form.html", {"form": form, "title": title, **extra}, status=status
    )


def _apply(form: BaseForm, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for name, errors in exc.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc)


@staff_view("campaigns")
def home(request: HttpRequest) -> HttpResponse:
    manager = is_campaign_manager(request.user)
    return render(
        request,
        "campaigns/staff_home.html",
        {
            "campaigns": selectors.campaigns_for_staff(user=request.user),
            "notices": selectors.notices_open(user=request.user) if manager else [],
            "is_manager": manager,
        },
    )


@staff_view("campaigns", allowed=is_campaign_manager)
def campaign_create(request: HttpRequest) -> HttpResponse:
    form = CampaignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            campaign = services.campaign_create(
                actor=request.user, data=form.to_input(), request=request
            )
        except ValidationError as exc:
            _apply(form, exc)
        else:
            return redirect("campaigns_staff:campaign", campaign.pk)
    return _form_page(request, form, _("New campaign"))


@staff_view("campaigns", allowed=is_campaign_manager)
def campaign_edit(request: HttpRequest, pk: int) -> HttpResponse:
    campaign = selectors.campaign_get_for_staff(user=request.user, pk=pk)
    form = CampaignForm(request.POST or None, initial=CampaignForm.initial_from(campaign))
    if request.method == "POST" and form.is_valid():
        try:
            services.campaign_update(
                actor=request.user, campaign=campaign, data=form.to_input(), request=request
            )
        except ValidationError as exc:
            _apply(form, exc)
        else:
            return redirect("campaigns_staff:campaign", campaign.pk)
    return _form_page(request, form, _("Edit campaign"), campaign=campaign)


@staff_view("campaigns")
def campaign_detail(request: HttpRequest, pk: int) -> HttpResponse:
    campaign = selectors.campaign_get_for_staff(user=request.user, pk=pk)
    manager = is_campaign_manager(request.user)
    return render(
        request,
        "campaigns/staff_campaign.html",
        {
            "campaign": campaign,
            "messages_": selectors.campaign_messages(campaign=campaign),
            "activities": selectors.campaign_activities(campaign=campaign),
            "reach": selectors.campaign_reach(campaign=campaign, public=False),
            "surveys": selectors.campaign_surveys(campaign=campaign),
            "bands": AgeBand.choices,
            "is_manager": manager,
        },
    )


@staff_view("campaigns", allowed=is_campaign_manager)
@require_POST
def campaign_status(request: HttpRequest, pk: int) -> HttpResponse:
    campaign = selectors.campaign_get_for_staff(user=request.user, pk=pk)
    form = StatusForm(request.POST)
    if form.is_valid():
        try:
            services.campaign_status_set(
                actor=request.user,
                campaign=campaign,
                status=form.cleaned_data["status"],
                request=request,
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    return redirect("campaigns_staff:campaign", campaign.pk)


@staff_view("campaigns", allowed=is_campaign_manager)
def message_create(request: HttpRequest, pk: int) -> HttpResponse:
    campaign = selectors.campaign_get_for_staff(user=request.user, pk=pk)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.message_create(
                actor=request.user,
                campaign=campaign,
                title=form.cleaned_data["title"],
                text=form.cleaned_data["text"],
                hub_page_ids=form.page_ids(),
                request=request,
            )
        except ValidationError as exc:
            _apply(form, exc)
        else:
            return redirect("campaigns_staff:campaign", campaign.pk)
    return _form_page(request, form, _("New message"), campaign=campaign)


@staff_view("campaigns", allowed=is_campaign_manager)
def message_stories(request: HttpRequest, pk: int) -> HttpResponse:
    message = selectors.message_get_for_manager(user=request.user, pk=pk)
    stories = list(selectors.campaign_material(user=request.user))
    form = StoryLinkForm(request.POST or None, stories=stories)
    if request.method == "POST" and form.is_valid():
        try:
            services.message_story_link(
                actor=request.user,
                message=message,
                story_id=int(form.cleaned_data["story"]),
                request=request,
            )
        except ValidationError as exc:
            _apply(form, exc)
        else:
            return redirect("campaigns_staff:campaign", message.campaign_id)
    return _form_page(
        request, form, _("Link a testimony to “%(title)s”") % {"title": message.title}
    )


@staff_view("campaigns", allowed=is_campaign_manager)
def activity_create(request: HttpRequest, pk: int) -> HttpResponse:
    campaign = selectors.campaign_get_for_staff(user=request.user, pk=pk)
    form = ActivityForm(
        request.POST or None, messengers=selectors.messengers_available(user=request.user)
    )
    if request.method == "POST" and form.is_valid():
        try:
            activities.activity_record(
                actor=request.user, campaign=campaign, data=form.to_input(), request=request
            )
        except ValidationError as exc:
            _apply(form, exc)
        else:
            messages.success(request, _("Activity recorded."))
            return redirect("campaigns_staff:campaign", campaign.pk)
    return _form_page(request, form, _("Record an activity"), campaign=campaign)


@staff_view("campaigns", allowed=is_campaign_manager)
def activity_import(request: HttpRequest, pk: int) -> HttpResponse:
    campaign = selectors.campaign_get_for_staff(user=request.user, pk=pk)
    form = ImportForm(request.POST or None, request.FILES or None)
    problems: list[activities.Problem] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            created = activities.activities_import(
                actor=request.user,
                campaign=campaign,
                upload=upload,
                name=upload.name,
                mapping=form.mapping(),
                request=request,
            )
        except activities.ImportRejected as exc:
            problems = exc.problems
        else:
            messages.success(request, _("%(n)s activities imported.") % {"n": len(created)})
            return redirect("campaigns_staff:campaign", campaign.pk)
    return render(
        request,
        "campaigns/staff_import.html",
        {"form": form, "campaign": campaign, "problems": problems},
        status=400 if problems or form.errors else 200,
    )


@staff_view("campaigns", allowed=is_campaign_manager)
def messenger_list(request: HttpRequest) -> HttpResponse:
    rows = selectors.messengers_for_manager(user=request.user, request=request)
    return render(request, "campaigns/staff_messengers.html", {"rows": rows})


@staff_view("campaigns", allowed=is_campaign_manager)
def messenger_create(request: HttpRequest) -> HttpResponse:
    form = MessengerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            messenger = messengers.messenger_create(
                actor=request.user, data=form.to_input(), request=request
            )
        except ValidationError as exc:
            _apply(form, exc)
        else:
            return redirect("campaigns_staff:messenger", messenger.pk)
    return _form_page(request, form, _("New messenger"))


@staff_view("campaigns", allowed=is_campaign_manager)
def messenger_detail(request: HttpRequest, pk: int) -> HttpResponse:
    messenger = selectors.messenger_get_for_manager(user=request.user, pk=pk, request=request)
    return render(
        request,
        "campaigns/staff_messenger.html",
        {
            "messenger": messenger,
            "checkin_form": CheckInForm(),
            "training_form": TrainingForm(),
        },
    )


@staff_view("campaigns", allowed=is_campaign_manager)
def messenger_checkin(request: HttpRequest, pk: int) -> HttpResponse:
    messenger = selectors.messenger_get_for_manager(user=request.user, pk=pk, request=request)
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            checkin = messengers.checkin_record(
                actor=request.user,
                messenger=messenger,
                held_on=form.cleaned_data["held_on"],
                items=form.items(),
                request=request,
            )
        except ValidationError as exc:
            _apply(form, exc)
        else:
            if checkin.flagged:
                messages.warning(
                    request,
                    _(
                        "The WHO-5 score is low: offer a referral to psychosocial support and "
                        "agree a break from campaign work if they wish."
                    ),
                )
            return redirect("campaigns_staff:messenger", messenger.pk)
    return _form_page(request, form, _("Well-being check-in (WHO-5)"), messenger=messenger)


@staff_view("campaigns", allowed=is_campaign_manager)
def messenger_training(request: HttpRequest, pk: int) -> HttpResponse:
    messenger = selectors.messenger_get_for_manager(user=request.user, pk=pk, request=request)
    form = TrainingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        messengers.training_record(actor=request.user, messenger=messenger, **form.cleaned_data)
        return redirect("campaigns_staff:messenger", messenger.pk)
    return _form_page(request, form, _("Record a training"), messenger=messenger)


@staff_view("campaigns", allowed=is_campaign_manager)
@require_POST
def messenger_status(request: HttpRequest, pk: int) -> HttpResponse:
    messenger = selectors.messenger_get_for_manager(user=request.user, pk=pk, request=request)
    form = StatusForm(request.POST)
    if form.is_valid():
        try:
            messengers.messenger_status_set(
                actor=request.user,
                messenger=messenger,
                status=form.cleaned_data["status"],
                request=request,
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    return redirect("campaigns_staff:messenger", messenger.pk)


@staff_view("campaigns", allowed=is_campaign_manager)
@require_POST
def notice_read(request: HttpRequest, pk: int) -> HttpResponse:
    services.notice_mark_read(actor=request.user, notice_id=pk)
    return redirect("campaigns_staff:home")


@staff_view("campaigns", allowed=is_campaign_manager)
def survey_create(request: HttpRequest, pk: int) -> HttpResponse:
    campaign = selectors.campaign_get_for_staff(user=request.user, pk=pk)
    form = SurveyForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            if d.get("xlsform"):
                surveys.survey_create_from_xlsform(
                    actor=request.user,
                    campaign=campaign,
                    wave=d["wave"],
                    area=d["area"],
                    data=d["xlsform"].read(),
                )
            else:
                surveys.survey_create_from_bank(
                    actor=request.user,
                    campaign=campaign,
                    wave=d["wave"],
                    area=d["area"],
                    names=list(d["questions"]),
                )
        except ValidationError as exc:
            _apply(form, exc)
        else:
            return redirect("campaigns_staff:campaign", campaign.pk)
    return _form_page(request, form, _("New questionnaire"), campaign=campaign)


@staff_view("campaigns", allowed=is_campaign_manager)
def survey_xlsform(request: HttpRequest, pk: int) -> HttpResponse:
    survey = selectors.survey_get_for_manager(user=request.user, pk=pk)
    response = HttpResponse(
        bytes(survey.xlsform),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    name = f"{survey.campaign.slug}-{survey.wave}-{survey.area}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@staff_view("campaigns", allowed=is_campaign_manager)
@require_POST
def survey_public(request: HttpRequest, pk: int) -> HttpResponse:
    """Open or close the questionnaire's public no-JavaScript form."""
    survey = selectors.survey_get_for_manager(user=request.user, pk=pk)
    surveys.survey_public_set(
        actor=request.user,
        survey=survey,
        open_=request.POST.get("public") == "open",
        request=request,
    )
    return redirect("campaigns_staff:campaign", survey.campaign_id)


@staff_view("campaigns", allowed=is_campaign_manager)
def survey_responses(request: HttpRequest, pk: int) -> HttpResponse:
    survey = selectors.survey_get_for_manager(user=request.user, pk=pk)
    form = ResponsesForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            n = surveys.survey_responses_import(
                actor=request.user,
                survey=survey,
                data=form.cleaned_data["file"].read(),
                request=request,
            )
        except ValidationError as exc:
            _apply(form, exc)
        else:
            messages.success(request, _("%(n)s responses imported.") % {"n": n})
            return redirect("campaigns_staff:campaign", survey.campaign_id)
    return _form_page(request, form, _("Import responses"), campaign=survey.campaign)


@staff_view("campaigns")
def campaign_effect(request: HttpRequest, pk: int) -> HttpResponse:
    """The effect report: the table beside the chart, figures on small groups suppressed."""
    report = effect_report.effect_report(user=request.user, pk=pk)
    return render(
        request,
        "campaigns/staff_effect.html",
        {"report": report, "campaign": report.campaign, "chart": effect_chart(report)},
    )


DOWNLOADS = {
    "csv": ("text/csv; charset=utf-8", "attachment"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "attachment"),
    "pdf": ("application/pdf", "inline"),
}


@staff_view("campaigns")
def campaign_effect_download(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The effect report as CSV or XLSX (with an HXL hashtag row) or as a PDF."""
    if fmt not in DOWNLOADS:
        raise Http404
    report = effect_report.effect_report(user=request.user, pk=pk)
    make = {
        "csv": effect_report.effect_csv,
        "xlsx": effect_report.effect_xlsx,
        "pdf": effect_report.effect_pdf,
    }[fmt]
    content_type, disposition = DOWNLOADS[fmt]
    response = HttpResponse(make(report), content_type=content_type)
    name = f"wapsi-{report.campaign.slug}-effect-{report.language}.{fmt}"
    response["Content-Disposition"] = f'{disposition}; filename="{name}"'
    return response
