"""This app's part of the access policy (wapsi/tests/access_policy.py adds it to POLICY)."""

from __future__ import annotations

from typing import Any

from wapsi.tests.access_policy_base import Rule

POLICY: list[tuple[str, Rule]] = []


def world(users: dict[str, Any]) -> dict[str, Any]:
    """Objects the URLs above need, as format values ({story}, {action}, ...)."""
    return {}
