"""The layering contracts really fail a run: an import across a layer, or a cycle, is refused."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("lint-imports", path=str(Path(ROOT / ".venv" / "bin")))
    if tool is None:
        pytest.skip("lint-imports is not installed (make install)")
    return subprocess.run(
        [tool, "--no-cache", "--no-logo"],
        cwd=tree,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        timeout=300,
        check=False,
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    shutil.copytree(
        ROOT / "wapsi", tmp_path / "wapsi", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_project_keeps_its_contracts(tree: Path) -> None:
    result = lint_imports(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "imports", "contract"),
    [
        ("wapsi/lib/probe.py", "wapsi.cases.models", "lib imports no app"),
        ("wapsi/audit/probe.py", "wapsi.voices.models", "The audit log imports no domain app"),
        ("wapsi/hub/probe.py", "wapsi.cases.selectors", "Public hub code imports no case"),
        ("wapsi/voices/probe.py", "wapsi.cases.models", "Apps sit in layers"),  # siblings
        ("wapsi/centres/probe.py", "wapsi.roadmap.models", "Apps sit in layers"),  # upwards
    ],
)
def test_a_forbidden_import_breaks_the_run(
    tree: Path, module: str, imports: str, contract: str
) -> None:
    (tree / module).write_text(f"import {imports}  # noqa: F401\n")
    result = lint_imports(tree)
    assert result.returncode != 0
    assert f"{contract}" in result.stdout and "BROKEN" in result.stdout
