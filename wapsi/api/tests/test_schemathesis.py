"""schemathesis against /api/v1/openapi.json with all its checks, positive and negative
examples (bounded): no server error, no schema violation, no undocumented status code, no
accepted invalid input. The app is called in-process through WSGI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, load_all_checks

from wapsi.api.tests.world import make_world

load_all_checks()
ALL_CHECKS = CHECKS.get_all()
EXAMPLES = 12


@pytest.fixture
def api_schema(
    db: Any, tmp_path: Path, settings: Any
) -> Iterator[Any]:  # pytest's settings fixture
    from django.core.signals import request_finished, request_started
    from django.core.wsgi import get_wsgi_application
    from django.db import close_old_connections

    settings.VOICES_MEDIA_ROOT = tmp_path / "voices"
    make_world()
    # As Django's test client does: a request must not close the test's connection (on
    # PostgreSQL that would end the transaction holding the test's data).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
        schema.config.generation.update(max_examples=EXAMPLES)
        yield schema
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


MODES = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)


def test_the_api_holds_to_its_schema(api_schema: Any) -> None:
    failures: list[str] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 20
    for operation in operations:
        for mode in MODES:

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                # The same examples on every run and machine: a failure reproduces, CI is not a lottery.
                derandomize=True,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            def check(case: Any) -> None:
                # The WSGI client does not un-gzip (GZipMiddleware answers gzip when offered).
                case.call_and_validate(checks=ALL_CHECKS, headers={"Accept-Encoding": "identity"})

            try:
                check()
            except Unsatisfiable:
                # No invalid request exists for this operation (no parameters, or a free-text
                # path segment): there is nothing to refuse. Valid ones must still be found.
                if mode is not GenerationMode.NEGATIVE:
                    failures.append(f"{operation.label} ({mode.value}): no valid example")
            except Exception as exc:  # collect every operation's failures, then fail
                failures.append(f"{operation.label} ({mode.value}): {exc}")
    assert not failures, "\n\n".join(failures)


def test_all_checks_are_run() -> None:
    names = {getattr(c, "__name__", type(c).__name__) for c in ALL_CHECKS}
    assert {
        "not_a_server_error",
        "response_schema_conformance",
        "status_code_conformance",
        "negative_data_rejection",
    } <= names
