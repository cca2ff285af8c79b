"""The WHO-5 Well-Being Index, scored as its authors publish it.

WHO-5 (World Health Organization, Regional Office for Europe, 1998; Topp, Østergaard,
Søndergaard & Bech, "The WHO-5 Well-Being Index: a systematic review of the literature",
Psychotherapy and Psychosomatics 84(3), 2015): five statements about the last two weeks, each
answered 0 ("at no time") to 5 ("all of the time"). The raw score is their sum (0–25); times
4 it is a percentage (0–100). A raw score below 13, or any single answer of 0 or 1, is the
usual indication for further assessment (here: suggesting a referral to psychosocial support).

Framework-free: plain numbers in, plain numbers out.
"""

from __future__ import annotations

from dataclasses import dataclass

ITEMS = 5
LOW_RAW = 13  # a raw score below this is flagged
LOW_ITEM = 1  # an answer at or below this is flagged


@dataclass(frozen=True)
class Score:
    raw: int
    percentage: int
    flagged: bool


def who5_score(items: list[int]) -> Score:
    if len(items) != ITEMS:
        raise ValueError(f"WHO-5 has {ITEMS} items, got {len(items)}")
    if any(not isinstance(i, int) or i < 0 or i > 5 for i in items):
        raise ValueError("each WHO-5 answer is a whole number from 0 to 5")
    raw = sum(items)
    return Score(raw=raw, percentage=raw * 4, flagged=raw < LOW_RAW or min(items) <= LOW_ITEM)
