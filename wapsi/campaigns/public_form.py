"""The public, no-JavaScript form on which a respondent answers a questionnaire in Wapsi itself
(at an event, on a shared phone): a Django form made from the questionnaire, and what the
template shows of each question in the reader's language.

Texts come from the questionnaire (its XLSForm's `label::<Language> (<code>)` columns). A text
missing in the reader's language is shown in English (or the form's first language), marked
with its own `lang` so that screen readers switch voice, and the page says that some texts are
not translated yet (`ShownForm.fallback`).

The answers have the shape the response import gives them (campaigns.responses): a choice's
name for select_one, a list of names for select_multiple, an int for integer, a str for text;
so the effect statistics count them like imported ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wapsi.campaigns.responses import Answer
from wapsi.campaigns.xlsform import RESPONDENT_CODE, RESPONDENT_CODE_LABELS, Question, Questionnaire

CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
TEXT_MAX = 500
INTEGER_LIMIT = 1_000_000


def _fallback_language(questionnaire: Questionnaire) -> str:
    if "en" in questionnaire.languages or not questionnaire.languages:
        return "en"
    return questionnaire.languages[0]


def shown_text(labels: dict[str, str], language: str, fallback: str) -> tuple[str, str]:
    """(text, its language): the reader's language if the text exists in it, else the fallback
    language, else any text there is."""
    for code in (language, fallback):
        if labels.get(code):
            return labels[code], code
    for code, text in labels.items():
        if text:
            return text, code
    return "", fallback


class SurveyAnswerForm(forms.Form):
    """One field per question, named as the question; `respondent_code` optional."""

    def __init__(self, *args: Any, questionnaire: Questionnaire, language: str, **kwargs: Any):
        kwargs.setdefault("auto_id", "q-%s")
        super().__init__(*args, **kwargs)
        self.questionnaire = questionnaire
        fallback = _fallback_language(questionnaire)
        if questionnaire.respondent_code:
            self.fields[RESPONDENT_CODE] = forms.CharField(
                label=shown_text(RESPONDENT_CODE_LABELS, language, "en")[0],
                required=False,
                max_length=40,
                strip=True,
            )
        for question in questionnaire.questions:
            label = shown_text(question.labels, language, fallback)[0]
            self.fields[question.name] = _field(question, label, language, fallback)

    def clean_respondent_code(self) -> str:
        code = str(self.cleaned_data.get(RESPONDENT_CODE) or "").strip()
        if code and not CODE_RE.match(code):
            raise forms.ValidationError(
                _("A respondent code has only letters, digits and dashes, like PB-0042."),
                code="code",
            )
        return code.upper()

    def answers(self) -> dict[str, Answer]:
        """The answers as the response import stores them; unanswered questions left out."""
        result: dict[str, Answer] = {}
        for question in self.questionnaire.questions:
            value = self.cleaned_data.get(question.name)
            if value in (None, "", []):
                continue
            result[question.name] = list(value) if isinstance(value, list | tuple) else value
        return result


def _field(question: Question, label: str, language: str, fallback: str) -> forms.Field:
    if question.kind in ("select_one", "select_multiple"):
        choices = [
            (c.name, shown_text(c.labels, language, fallback)[0]) for c in question.choices or []
        ]
        if question.kind == "select_one":
            return forms.ChoiceField(
                label=label,
                choices=choices,
                required=question.required,
                widget=forms.RadioSelect,
                error_messages={"required": gettext_lazy("Please choose one answer.")},
            )
        return forms.MultipleChoiceField(
            label=label,
            choices=choices,
            required=question.required,
            widget=forms.CheckboxSelectMultiple,
            error_messages={"required": gettext_lazy("Please choose at least one answer.")},
        )
    if question.kind == "integer":
        return forms.IntegerField(
            label=label,
            required=question.required,
            min_value=-INTEGER_LIMIT,
            max_value=INTEGER_LIMIT,
            error_messages={"required": gettext_lazy("Please write a number.")},
        )
    return forms.CharField(
        label=label,
        required=question.required,
        max_length=TEXT_MAX,
        error_messages={"required": gettext_lazy("Please answer this question.")},
    )


# --- what the template shows ----------------------------------------------------------------


@dataclass(frozen=True)
class ShownChoice:
    value: str
    label: str
    lang: str
    checked: bool
    id: str


@dataclass(frozen=True)
class ShownQuestion:
    name: str
    kind: str
    label: str
    lang: str
    required: bool
    errors: list[str]
    choices: list[ShownChoice]
    value: str  # an integer or text answer as typed (kept after an error)
    id: str


@dataclass(frozen=True)
class ShownForm:
    code: ShownQuestion | None
    questions: list[ShownQuestion]
    fallback: bool  # some text is not in the reader's language
    fallback_language: str
    errors: int  # questions with an error


def _typed(form: SurveyAnswerForm, name: str) -> list[str]:
    if not form.is_bound:
        return []
    return [str(v) for v in form.data.getlist(name)] if hasattr(form.data, "getlist") else []


def shown_form(form: SurveyAnswerForm, language: str) -> ShownForm:
    """Each question with its texts (and their language), its choices, what was typed or chosen
    (so that nothing is lost when the form comes back with an error) and its errors."""
    questionnaire = form.questionnaire
    fallback = _fallback_language(questionnaire)
    used: set[str] = set()
    shown = []
    for question in questionnaire.questions:
        label, lang = shown_text(question.labels, language, fallback)
        used.add(lang)
        typed = _typed(form, question.name)
        choices = []
        for i, choice in enumerate(question.choices or []):
            text, choice_lang = shown_text(choice.labels, language, fallback)
            used.add(choice_lang)
            choices.append(
                ShownChoice(
                    choice.name, text, choice_lang, choice.name in typed, f"q-{question.name}-{i}"
                )
            )
        shown.append(
            ShownQuestion(
                name=question.name,
                kind=question.kind,
                label=label,
                lang=lang,
                required=question.required,
                errors=[str(e) for e in form.errors.get(question.name, [])],
                choices=choices,
                value=typed[0] if typed and not choices else "",
                id=f"q-{question.name}",
            )
        )
    code = None
    if questionnaire.respondent_code:
        label, lang = shown_text(RESPONDENT_CODE_LABELS, language, "en")
        used.add(lang)
        typed = _typed(form, RESPONDENT_CODE)
        code = ShownQuestion(
            name=RESPONDENT_CODE,
            kind="text",
            label=label,
            lang=lang,
            required=False,
            errors=[str(e) for e in form.errors.get(RESPONDENT_CODE, [])],
            choices=[],
            value=typed[0] if typed else "",
            id=f"q-{RESPONDENT_CODE}",
        )
    errors = sum(1 for q in shown if q.errors) + (1 if code is not None and code.errors else 0)
    return ShownForm(
        code=code,
        questions=shown,
        fallback=bool(used - {language}),
        fallback_language=fallback,
        errors=errors,
    )
