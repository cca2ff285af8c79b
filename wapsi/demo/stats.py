"""The demo's statistics: the rollups counted from the illustrative demo case records.

The demo's ~360 illustrative clients (40 per centre, over two years) give figures above the
threshold by quarter and year and per centre; by month most cells are small and shown as
"<10", which is what a real small centre looks like. No extra records are made here: every
figure is counted from the illustrative demo records (`wapsi/demo/cases.py`), so every figure
shown from the demo is itself illustrative.
"""

from __future__ import annotations

from wapsi.stats.refresh import stats_refresh


def load_stats() -> dict[str, int]:
    return stats_refresh()
