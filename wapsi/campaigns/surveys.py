"""Surveys of a campaign: questionnaires from the question bank or an XLSForm made elsewhere,
responses imported from KoboToolbox/ODK exports, and the effect per question
(campaigns.effect on the counts campaigns.responses takes from the answers)."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from wapsi.accounts.types import Actor
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.campaigns import effect
from wapsi.campaigns.models import Area, Campaign, Survey, SurveyResponse, Wave
from wapsi.campaigns.permissions import require_manager
from wapsi.campaigns.question_bank import BANK, bank_questionnaire
from wapsi.campaigns.responses import Response, matched, outcome_count, responses_import
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


# --- Effect -------------------------------------------------------------------------------


@dataclass(frozen=True)
class EffectRow:
    question: str
    label: str
    baseline: effect.Interval
    endline: effect.Interval
    change: effect.Interval
    paired: effect.Interval | None
    did: effect.Interval | None


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
        rows.append(
            EffectRow(
                question=name,
                label=entry.question.labels.get(language) or entry.question.labels["en"],
                baseline=effect.proportion_interval(*counts[0]),
                endline=effect.proportion_interval(*counts[1]),
                change=effect.proportion_difference(endline=counts[1], baseline=counts[0]),
                paired=paired,
                did=did,
            )
        )
    return rows
