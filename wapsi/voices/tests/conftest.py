from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def voices_media_root(settings: Any, tmp_path: Path) -> Path:
    root = tmp_path / "voices"
    settings.VOICES_MEDIA_ROOT = root
    return root


# Media cleaning, file deletion and cache purges run on commit, and a test's own transaction
# never commits: tests that need them run the operation inside pytest-django's
# `django_capture_on_commit_callbacks(execute=True)`, which runs them when the block ends.


def stored_files(root: Path) -> list[Path]:
    """Every file kept under the testimony media root (the quarantine included)."""
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []
