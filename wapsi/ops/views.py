"""The administrators' Background work screen."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from wapsi.accounts.staff import staff_view
from wapsi.ops.selectors import task_overview_for_administrator


@staff_view("tasks")
def tasks(request: HttpRequest) -> HttpResponse:
    overview = task_overview_for_administrator(actor=request.user)
    return render(
        request, "ops/tasks.html", {"overview": overview, "attempts": settings.TASKS_MAX_ATTEMPTS}
    )
