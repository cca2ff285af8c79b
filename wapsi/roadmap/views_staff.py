"""Staff screens of the dialogue: meetings, progress reports, proposals, decisions, adoption,
gaps, overdue."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import BaseForm
from django.forms.models import model_to_dict
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wapsi.accounts.staff import staff_view
from wapsi.lib.languages import BY_CODE, LANGUAGES
from wapsi.roadmap import selectors, services
from wapsi.roadmap.diff import versions_compare
from wapsi.roadmap.forms import (
    AdoptForm,
    DecisionForm,
    MeetingForm,
    ParticipationFormSet,
    ProgressForm,
    ProposalForm,
    TranslationForm,
)
from wapsi.roadmap.models import (
    ActionPoint,
    ChangeProposal,
    Decision,
    Meeting,
    Roadmap,
    RoadmapVersion,
)
from wapsi.roadmap.permissions import is_secretariat

SECRETARIAT_ONLY = gettext_lazy("Only the dialogue's secretariat may do this.")


def _form_page(request: HttpRequest, form: BaseForm, title: str, **extra: Any) -> HttpResponse:
    status = 400 if form.errors else 200
    return render(
        request, "roadmap/staff_form.html", {"form": form, "title": title, **extra}, status=status
    )


def _roadmap_current() -> tuple[Roadmap, RoadmapVersion]:
    roadmap = selectors.roadmap_default()
    version = selectors.version_current(roadmap=roadmap)
    if roadmap is None or version is None:
        raise Http404("no adopted version yet")
    return roadmap, version


@staff_view("roadmap")
def home(request: HttpRequest) -> HttpResponse:
    roadmap = selectors.roadmap_default()
    context = {
        "versions": RoadmapVersion.objects.filter(roadmap=roadmap).select_related(
            "adopted_by_meeting"
        ),
        "meetings": Meeting.objects.filter(roadmap=roadmap).prefetch_related("proposals"),
        "proposals": ChangeProposal.objects.filter(roadmap=roadmap, applied_in__isnull=True)
        .select_related("meeting")
        .order_by("-id"),
        "is_secretariat": is_secretariat(request.user),
    }
    return render(request, "roadmap/staff_home.html", context)


@staff_view("roadmap")
def version_preview(request: HttpRequest, number: int) -> HttpResponse:
    roadmap = selectors.roadmap_default()
    version = selectors.version_get(roadmap=roadmap, number=number, public=False)
    if version is None:
        raise Http404("no version with this number")
    context = {
        "view": selectors.version_view(version=version),
        "version": version,
        "staff": True,
        "is_secretariat": is_secretariat(request.user),
        "translations": {t.language: t for t in selectors.version_translations(version=version)},
        "languages": [x for x in LANGUAGES if x.code != version.language],
        "diff": versions_compare(a=version.previous, b=version)
        if version.previous is not None
        else None,
    }
    return render(request, "roadmap/staff_version.html", context)


@staff_view("roadmap")
def gaps(request: HttpRequest) -> HttpResponse:
    _roadmap, version = _roadmap_current()
    return render(
        request,
        "roadmap/staff_gaps.html",
        {"version": version, "gaps": selectors.evidence_gaps(version=version)},
    )


@staff_view("roadmap")
def overdue(request: HttpRequest) -> HttpResponse:
    _roadmap, version = _roadmap_current()
    rows = selectors.actions_overdue(version=version)
    return render(request, "roadmap/staff_overdue.html", {"version": version, "rows": rows})


@staff_view("roadmap")
def progress_create(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_object_or_404(ActionPoint.objects.select_related("version__roadmap"), pk=pk)
    form = ProgressForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.progress_record(
                actor=request.user, action=action, request=request, **form.cleaned_data
            )
        except ValidationError as exc:
            _service_error(form, exc)
        except PermissionDenied as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Progress recorded."))
            return redirect("roadmap_staff:overdue")
    return _form_page(request, form, _("Progress report: %(title)s") % {"title": action.title})


@staff_view("roadmap")
def proposal_create(request: HttpRequest) -> HttpResponse:
    roadmap, version = _roadmap_current()
    form = ProposalForm(request.POST or None, objectives=version.objectives.all())
    if request.method == "POST" and form.is_valid():
        values = form.submit_values()
        try:
            proposal = services.proposal_submit(
                actor=request.user, roadmap=roadmap, request=request, **values
            )
        except ValidationError as exc:
            _service_error(form, exc)
        else:
            messages.success(request, _("Proposal %(id)s submitted.") % {"id": proposal.pk})
            return redirect("roadmap_staff:home")
    return _form_page(request, form, _("New change proposal"))


@staff_view("roadmap", allowed=is_secretariat, reason=SECRETARIAT_ONLY)
def proposal_decide(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = get_object_or_404(ChangeProposal, pk=pk)
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.proposal_decide(
                actor=request.user,
                proposal=proposal,
                decision=form.cleaned_data["decision"],
                note=form.cleaned_data["note"],
                request=request,
            )
        except ValidationError as exc:
            _service_error(form, exc)
        else:
            messages.success(request, _("Decision recorded."))
            return redirect("roadmap_staff:home")
    return _form_page(
        request, form, _("Decision on: %(p)s") % {"p": proposal}, intro=proposal.rationale
    )


@staff_view("roadmap", allowed=is_secretariat, reason=SECRETARIAT_ONLY)
def meeting_adopt(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    form = AdoptForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            version = services.version_adopt(
                actor=request.user,
                meeting=meeting,
                title=form.cleaned_data["title"],
                request=request,
            )
        except ValidationError as exc:
            _service_error(form, exc)
        else:
            messages.success(request, _("Version %(n)s adopted.") % {"n": version.number})
            return redirect("roadmap_staff:version", number=version.number)
    pending = meeting.proposals.filter(decision=Decision.ADOPTED, applied_in__isnull=True).count()
    intro = _(
        "%(n)s adopted proposal(s) of this meeting become the roadmap's next version, all at once."
    ) % {"n": pending}
    return _form_page(
        request,
        form,
        _("Adopt a new version: %(m)s") % {"m": meeting.title},
        intro=intro,
        submit=_("Adopt the new version"),
    )


@staff_view("roadmap")
def meeting_list(request: HttpRequest) -> HttpResponse:
    meetings = selectors.meetings_staff(roadmap=selectors.roadmap_default())
    return render(
        request,
        "roadmap/staff_meetings.html",
        {"meetings": meetings, "is_secretariat": is_secretariat(request.user)},
    )


@staff_view("roadmap")
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = selectors.meeting_get_staff(pk=pk)
    if meeting is None:
        raise Http404("no meeting with this id")
    proposals = list(meeting.proposals.all())
    context = {
        "meeting": meeting,
        "proposals": proposals,
        "to_adopt": [
            p for p in proposals if p.decision == Decision.ADOPTED and not p.applied_in_id
        ],
        "is_secretariat": is_secretariat(request.user),
    }
    return render(request, "roadmap/staff_meeting.html", context)


def _service_error(form: BaseForm, exc: ValidationError) -> None:
    """Errors about the form's own fields go next to them; the rest (counts) go on top."""
    if hasattr(exc, "error_dict"):
        for name, errors in exc.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc)


def _meeting_form_page(request: HttpRequest, meeting: Meeting, title: str) -> HttpResponse:
    editing = meeting.pk is not None
    initial, rows = {}, []
    if editing:
        initial = model_to_dict(meeting, fields=MeetingForm.Meta.fields)
        initial["studies"] = [p.study_id for p in meeting.presentations.all() if p.study_id]
        rows = list(meeting.participations.values("country", "organisation_type", "count"))
    form = MeetingForm(request.POST or None, initial=initial)
    counts = ParticipationFormSet(request.POST or None, initial=rows, prefix="counts")
    if request.method == "POST" and form.is_valid() and counts.is_valid():
        values = dict(form.cleaned_data)
        try:
            saved = services.meeting_save(
                actor=request.user,
                meeting=meeting,
                participations=[r for r in (f.row() for f in counts) if r],
                request=request,
                **values,
            )
        except ValidationError as exc:
            _service_error(form, exc)
        else:
            messages.success(request, _("Meeting saved."))
            return redirect("roadmap_staff:meeting", pk=saved.pk)
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "counts": counts, "title": title, "meeting": meeting}
    return render(request, "roadmap/staff_meeting_form.html", context, status=status)


@staff_view("roadmap", allowed=is_secretariat, reason=SECRETARIAT_ONLY)
def meeting_create(request: HttpRequest) -> HttpResponse:
    roadmap = selectors.roadmap_default()
    if roadmap is None:
        raise Http404("no roadmap yet")
    return _meeting_form_page(request, Meeting(roadmap=roadmap), _("New meeting"))


@staff_view("roadmap", allowed=is_secretariat, reason=SECRETARIAT_ONLY)
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting.objects.prefetch_related("presentations"), pk=pk)
    return _meeting_form_page(request, meeting, _("Edit: %(m)s") % {"m": meeting.title})


@staff_view("roadmap", allowed=is_secretariat, reason=SECRETARIAT_ONLY)
def translation_edit(request: HttpRequest, number: int, language: str) -> HttpResponse:
    """The secretariat writes (or corrects) a version's text in one language."""
    version = selectors.version_get(
        roadmap=selectors.roadmap_default(), number=number, public=False
    )
    if version is None or language not in BY_CODE or language == version.language:
        raise Http404("no such version or language")
    objectives = list(version.objectives.order_by("position", "id"))
    actions = list(version.actions.order_by("objective__position", "key"))
    found = selectors.version_translation_get(version=version, language=language)
    form = TranslationForm(
        request.POST or None,
        initial=TranslationForm.initial_from(found),
        objectives=objectives,
        actions=actions,
        language=language,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.version_translation_save(
                actor=request.user,
                version=version,
                language=language,
                request=request,
                **form.submit_values(),
            )
        except ValidationError as exc:
            _service_error(form, exc)
        else:
            messages.success(request, _("Translation saved."))
            return redirect("roadmap_staff:version", number=version.number)
    return _form_page(
        request,
        form,
        _("%(version)s in %(language)s") % {"version": version, "language": BY_CODE[language].name},
        intro=_(
            "Each field shows the original below it. A field left empty is shown in the original "
            "language, marked as such."
        ),
    )
