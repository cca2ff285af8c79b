"""Surveys of a campaign: questionnaires from the question bank or an XLSForm made elsewhere,
responses imported from KoboToolbox/ODK exports, and the effect per question
(campaigns.effect on the counts campaigns.responses takes from the answers)."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from wapsi.accounts.types import Actor
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.campaigns import effect
from wapsi.campaigns.models import Area, Campaign, Survey, SurveyResponse, Wave
from wapsi.campaigns.permissions import require_manager
from wapsi.campaigns.question_bank import BANK, bank_questionnaire
from wapsi.campaigns.responses import (
    Answer,
    Response,
    answer_scores,
    matched,
    outcome_count,
    responses_import,
)
from wapsi.campaigns.xlsform import Questionnaire, build_xlsform, parse_xlsform


def _check_new(campaign: Campaign, wave: str, area: str) -> None:
    if wave not in Wave.values or area not in Area.values:
        raise ValidationError(_("Choose a wave and an area."), code="wave")
    if area == Area.COMPARISON and not campaign.comparison_district:
        raise ValidationError(
            _("Record a comparison district on the campaign first."), code="no_comparison"
        )
    if Survey.objects.filter(campaign=campaign, wave=wave, area=area).exists():
        raise ValidationError(_("This campaign already has that questionnaire."), code="exists")


def _save(actor: Actor, campaign: Campaign, wave: str, area: str, data: bytes) -> Survey:
    survey = Survey.objects.create(campaign=campaign, wave=wave, area=area, xlsform=data)
    audit_record(actor=actor, action=AuditAction.CREATE, target=survey)
    return survey


@transaction.atomic
def survey_create_from_bank(
    *, actor: Actor, campaign: Campaign, wave: str, area: str, names: list[str]
) -> Survey:
    require_manager(actor)
    _check_new(campaign, wave, area)
    questionnaire = bank_questionnaire(
        form_id=f"{campaign.slug.replace('-', '_')}_{wave}_{area}"[:60],
        title=f"{campaign.title} · {Wave(wave).label} · {Area(area).label}",
        names=names,
    )
    return _save(actor, campaign, wave, area, build_xlsform(questionnaire))


@transaction.atomic
def survey_create_from_xlsform(
    *, actor: Actor, campaign: Campaign, wave: str, area: str, data: bytes
) -> Survey:
    """An XLSForm made elsewhere; ValidationError (every problem) when pyxform or our reading
    rejects it."""
    require_manager(actor)
    _check_new(campaign, wave, area)
    parse_xlsform(data)
    return _save(actor, campaign, wave, area, data)


def survey_questionnaire(survey: Survey) -> Questionnaire:
    return parse_xlsform(bytes(survey.xlsform))


@transaction.atomic
def survey_responses_import(
    *,
    actor: Actor,
    survey: Survey,
    data: bytes,
    mapping: dict[str, str] | None = None,
    request: HttpRequest | None = None,
) -> int:
    """All responses of a Kobo/ODK export, or ValidationError listing every problem."""
    require_manager(actor)
    existing = set(
        survey.responses.exclude(respondent_code="").values_list("respondent_code", flat=True)
    )
    imported = responses_import(
        data=data,
        questionnaire=survey_questionnaire(survey),
        mapping=mapping,
        existing_codes=existing,
    )
    SurveyResponse.objects.bulk_create(
        SurveyResponse(
            survey=survey,
            respondent_code=r.respondent_code or "",
            answers=r.answers,
            submitted_at=r.submitted_at,
            uuid=r.uuid or "",
        )
        for r in imported
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        object_type="campaigns.surveyresponse",
        request=request,
        detail={"survey": survey.pk, "imported": len(imported)},
    )
    return len(imported)


# --- The public form ---------------------------------------------------------------------


class SurveyClosed(PermissionDenied):
    """The questionnaire's public form is closed (the page answers 410 Gone)."""


@transaction.atomic
def survey_public_set(
    *, actor: Actor, survey: Survey, open_: bool, request: HttpRequest | None = None
) -> Survey:
    """Open or close the questionnaire's public form. The address (its token) is made on first
    opening and kept, so that reopening gives the same address and a closed one answers 410."""
    require_manager(actor)
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    if open_ and not survey.public_token:
        survey.public_token = secrets.token_urlsafe(9)
    survey.public_open = open_
    survey.save(update_fields=["public_token", "public_open"])
    audit_record(
        actor=actor,
        action=AuditAction.PUBLISH if open_ else AuditAction.UPDATE,
        target=survey,
        request=request,
        detail={"public_form": "open" if open_ else "closed"},
    )
    return survey


def _check_answers(questionnaire: Questionnaire, answers: dict[str, Answer]) -> None:
    """The same rules as the import: known questions, answers among the question's choices,
    whole numbers for integers, every required question answered."""
    problems: dict[str, list[str]] = {}
    questions = {q.name: q for q in questionnaire.questions}
    for name in answers.keys() - questions.keys():
        problems.setdefault("__all__", []).append(
            _("“%(name)s” is not a question of this questionnaire.") % {"name": name}
        )
    for name, question in questions.items():
        value = answers.get(name)
        if value in (None, "", []):
            if question.required:
                problems.setdefault(name, []).append(_("Please answer this question."))
            continue
        names = {c.name for c in question.choices or []}
        if question.kind == "select_one":
            ok = isinstance(value, str) and value in names
        elif question.kind == "select_multiple":
            ok = isinstance(value, list) and all(isinstance(v, str) and v in names for v in value)
        elif question.kind == "integer":
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, str)
        if not ok:
            problems.setdefault(name, []).append(_("This answer is not one of the choices."))
    if problems:
        raise ValidationError(problems)


@transaction.atomic
def survey_answer_submit(
    *, survey: Survey, answers: dict[str, Answer], respondent_code: str = ""
) -> SurveyResponse:
    """One respondent's answers from the public form; anyone may answer an open questionnaire.

    Nothing about who answered is kept: no address, no account, no session, no cookie beyond
    the form's CSRF token, and the time only to the hour. The optional respondent code is the
    anonymous one printed on a card, which matches a baseline answer to an endline answer; it
    answers a questionnaire once."""
    locked = Survey.objects.select_for_update().filter(pk=survey.pk).first()
    if locked is None or not locked.public_open:
        raise SurveyClosed(_("This questionnaire is closed."))
    _check_answers(survey_questionnaire(locked), answers)
    duplicate = ValidationError(
        {"respondent_code": _("This respondent code has already answered this questionnaire.")},
        code="duplicate_code",
    )
    if respondent_code and locked.responses.filter(respondent_code=respondent_code).exists():
        raise duplicate
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    try:
        with transaction.atomic():
            response = SurveyResponse.objects.create(
                survey=locked,
                respondent_code=respondent_code,
                answers=answers,
                submitted_at=now,
                uuid=f"uuid:{uuid.uuid4()}",
            )
    except IntegrityError as exc:  # the same code sent twice at once
        raise duplicate from exc
    audit_record(
        actor=None,
        action=AuditAction.CREATE,
        target=response,
        detail={"survey": locked.pk, "via": "public_form"},
    )
    return response


# --- Effect -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeanEffect:
    """An ordered scale's mean score (1 to 5): Student's t for each wave, Welch's t for the
    change, the paired t for matched respondents, difference-in-differences of means."""

    baseline: effect.Interval
    endline: effect.Interval
    change: effect.Interval
    paired: effect.Interval | None
    did: effect.Interval | None
    top: int  # the highest score of the scale


@dataclass(frozen=True)
class EffectRow:
    question: str
    label: str
    baseline: effect.Interval
    endline: effect.Interval
    change: effect.Interval
    paired: effect.Interval | None
    did: effect.Interval | None
    mean: MeanEffect | None = None
    theme: str = ""
    label_lang: str = "en"


def _responses(survey: Survey | None) -> list[Response]:
    if survey is None:
        return []
    return [
        Response(
            respondent_code=r.respondent_code or None,
            submitted_at=r.submitted_at,
            uuid=r.uuid or None,
            answers=r.answers,
        )
        for r in survey.responses.all()
    ]


def campaign_effect(*, campaign: Campaign, language: str = "en") -> list[EffectRow]:
    """Per bank question asked at baseline and endline: the share answering the outcome, its
    change (Newcombe), the paired change for matched codes, and difference-in-differences
    against the comparison area when it was surveyed too."""
    surveys = {(s.wave, s.area): s for s in campaign.surveys.prefetch_related("responses").all()}
    base = surveys.get((Wave.BASELINE, Area.CAMPAIGN))
    end = surveys.get((Wave.ENDLINE, Area.CAMPAIGN))
    if base is None or end is None:
        return []
    b, e = _responses(base), _responses(end)
    cb = _responses(surveys.get((Wave.BASELINE, Area.COMPARISON)))
    ce = _responses(surveys.get((Wave.ENDLINE, Area.COMPARISON)))
    asked = {q.name for q in survey_questionnaire(base).questions} & {
        q.name for q in survey_questionnaire(end).questions
    }
    rows = []
    for entry in BANK:
        name = entry.question.name
        if name not in asked or not entry.outcome:
            continue
        counts = [outcome_count(r, question=name, outcome=entry.outcome) for r in (b, e, cb, ce)]
        pairs = [
            (
                bool(outcome_count([x], question=name, outcome=entry.outcome)[0]),
                bool(outcome_count([y], question=name, outcome=entry.outcome)[0]),
            )
            for x, y in matched(b, e)
            if outcome_count([x], question=name, outcome=entry.outcome)[1]
            and outcome_count([y], question=name, outcome=entry.outcome)[1]
        ]
        paired = None
        if pairs:
            both, base_only, end_only, neither = effect.paired_table(pairs)
            paired = effect.paired_proportion_difference(
                both=both, baseline_only=base_only, endline_only=end_only, neither=neither
            )
        did = None
        if cb and ce:
            did = effect.did_proportion(
                treated_baseline=counts[0],
                treated_endline=counts[1],
                comparison_baseline=counts[2],
                comparison_endline=counts[3],
            )
        label_lang = language if entry.question.labels.get(language) else "en"
        rows.append(
            EffectRow(
                question=name,
                label=entry.question.labels[label_lang],
                baseline=effect.proportion_interval(*counts[0]),
                endline=effect.proportion_interval(*counts[1]),
                change=effect.proportion_difference(endline=counts[1], baseline=counts[0]),
                paired=paired,
                did=did,
                mean=_mean_effect(entry.scores, name, b, e, cb, ce),
                theme=entry.theme,
                label_lang=label_lang,
            )
        )
    return rows


def _mean_effect(
    scores: dict[str, int] | None,
    name: str,
    b: list[Response],
    e: list[Response],
    cb: list[Response],
    ce: list[Response],
) -> MeanEffect | None:
    if not scores:
        return None
    values = [answer_scores(r, question=name, scores=scores) for r in (b, e, cb, ce)]
    pairs = []
    for x, y in matched(b, e):
        before = answer_scores([x], question=name, scores=scores)
        after = answer_scores([y], question=name, scores=scores)
        if before and after:
            pairs.append((before[0], after[0]))
    did = None
    if cb and ce:
        did = effect.did_mean(
            treated_baseline=values[0],
            treated_endline=values[1],
            comparison_baseline=values[2],
            comparison_endline=values[3],
        )
    return MeanEffect(
        baseline=effect.mean_interval(values[0]),
        endline=effect.mean_interval(values[1]),
        change=effect.mean_difference(endline=values[1], baseline=values[0]),
        paired=effect.paired_mean_difference(pairs=pairs) if pairs else None,
        did=did,
        top=max(scores.values()),
    )
