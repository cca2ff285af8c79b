"""URL patterns of the directory. Mounted by wapsi/urls.py:

- public_patterns under the language prefix at /<lang>/help/  (find help pages)
- data_patterns without prefix at /directory/                 (HSDS JSON, CSV)
- staff_patterns without prefix at /staff/directory/          (provider updates, approvals)
"""

from __future__ import annotations

from typing import Any

public_patterns: list[Any] = []
data_patterns: list[Any] = []
staff_patterns: list[Any] = []
