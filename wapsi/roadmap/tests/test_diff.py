"""Word-level diffs of action-point text."""

from __future__ import annotations

from wapsi.roadmap.diff import words_diff


def test_words_diff_marks_only_the_words_that_changed() -> None:
    segments = words_diff(
        "Train returnees in Baghdad", "Train returnees in Baghdad, Erbil and Sulaymaniyah"
    )
    assert segments == [
        ("equal", "Train returnees in"),
        ("delete", "Baghdad"),
        ("insert", "Baghdad, Erbil and Sulaymaniyah"),
    ]


def test_words_diff_of_equal_texts_is_one_equal_run() -> None:
    assert words_diff("same words", "same  words") == [("equal", "same words")]
