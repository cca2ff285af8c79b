"""Every gettext catalogue is complete: no untranslated and no fuzzy entry."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import tool_or_skip
from wapsi.lib.languages import CODES

LOCALE = Path(__file__).resolve().parents[2] / "locale"
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


def test_a_catalogue_for_every_language_but_english() -> None:
    dirs = {po.parent.parent.name for po in CATALOGUES}
    expected = {code.replace("-af", "_AF") for code in CODES if code != "en"}
    assert dirs == expected


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_catalogue_is_complete(po: Path) -> None:
    msgfmt = tool_or_skip("msgfmt")
    result = subprocess.run(
        [msgfmt, "--check", "--statistics", "-o", "/dev/null", str(po)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr
    assert "fuzzy" not in result.stderr
    assert "translated message" in result.stderr


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_catalogue_asks_for_native_review(po: Path) -> None:
    assert "native speaker should review" in po.read_text(encoding="utf-8")
