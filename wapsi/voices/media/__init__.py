"""Uploaded testimony media: decide the type from content, strip every piece of metadata, and
optionally disguise the voice.

The package by concern: ``sniff`` (the type from the first bytes), ``images`` (Pillow
re-encode), ``av`` (ffmpeg audio and video, the pitch shift), ``common`` (the refusal). A
refused file raises ``django.core.exceptions.ValidationError`` whose ``.code`` says why
(``unknown_type``, ``not_allowed``, ``corrupt``, ``too_long``, ``tool_missing``), the project's one
error convention for bad input.

Nothing an uploader sends is stored as sent. Images are decoded and re-encoded from pixels only
(Pillow); audio and video are re-encoded by ffmpeg with all metadata, chapters and extra streams
dropped. Output formats are fixed, whatever came in:

- images -> JPEG quality 85 (``.jpg``), or PNG (``.png``) when the picture really uses
  transparency; longest side at most 2048 px, EXIF orientation applied to the pixels, colours
  converted to sRGB and no ICC profile, EXIF, XMP or comment written;
- audio  -> AAC 96 kbit/s in an M4A container (``.m4a``, ``audio/mp4``);
- video  -> H.264 (libx264, ``-preset veryfast``, CRF 26, yuv420p, within 1280x720 or 720x1280)
  plus AAC in MP4 (``.mp4``, ``video/mp4``), ``+faststart`` so browsers can stream it.

A file asked for as ``kind="video"`` that has no video stream (an audio-only WebM from a
browser's MediaRecorder, an Android voice recording in MP4/3GP) comes back as audio (``.m4a``):
the returned path's suffix is the truth. ``kind="audio"`` on a video file keeps only the sound.

Every ffmpeg/ffprobe run takes a list of arguments (no shell), a timeout, only the ``file:``
protocol and only the demuxer chosen by sniffing, so a crafted upload cannot make ffmpeg read
other files or the network (HLS/concat playlists, image sequences).

This package knows nothing of Django models or settings; callers pass plain paths and limits.
The work can take a while for long videos: run ``strip_av`` from a background task, not a
request.
"""

from __future__ import annotations

from pathlib import Path

from wapsi.voices.media.av import assert_av_clean as _assert_av_clean
from wapsi.voices.media.av import build_ffmpeg_args, probe_tags, strip_av
from wapsi.voices.media.common import CODES, refusal
from wapsi.voices.media.images import assert_image_clean as _assert_image_clean
from wapsi.voices.media.images import strip_image
from wapsi.voices.media.sniff import Sniffed, sniff

__all__ = [
    "CODES",
    "Sniffed",
    "assert_clean",
    "build_ffmpeg_args",
    "probe_tags",
    "refusal",
    "sniff",
    "strip_av",
    "strip_image",
]


def assert_clean(path: Path, kind: str) -> None:
    """Post-check a stripped file; a ``corrupt`` refusal if any metadata survived.

    Images: no EXIF (so no GPS), XMP, comment, ICC profile, PNG text chunk or JPEG segment
    other than JFIF. Audio/video: no chapters and no tags except what the MP4 muxer writes
    itself (brands, ``handler_name``, ``vendor_id``, ``language=und``, a versionless
    ``encoder``).
    """
    if kind == "image":
        _assert_image_clean(path)
    elif kind in ("audio", "video"):
        _assert_av_clean(path)
    else:
        raise ValueError(f"kind must be image, audio or video, not {kind!r}")
