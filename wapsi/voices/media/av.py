"""Audio and video re-encoded by ffmpeg without metadata, chapters or extra streams; the
optional pitch shift that disguises a voice."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wapsi.voices.media.common import new_path, refusal, unlink_quietly
from wapsi.voices.media.sniff import sniff_path

# Tools; tests point these elsewhere to exercise "tool_missing".
FFMPEG = "ffmpeg"
FFPROBE = "ffprobe"
FFPROBE_TIMEOUT = 30  # seconds

AUDIO_BITRATE = "96k"
VIDEO_CRF = "26"
PITCH_FACTOR = 1.25  # about +4 semitones
# Declared and produced durations may exceed max_seconds by this much (recorder rounding).
DURATION_SLACK = 0.5

# Demuxer forced for each sniffed type, and the only demuxers ffmpeg may use at all.
_DEMUXERS = {
    "audio/mpeg": "mp3",
    "audio/ogg": "ogg",
    "audio/wav": "wav",
    "audio/amr": "amr",
    "audio/mp4": "mov",
    "video/mp4": "mov",
    "video/3gpp": "mov",
    "video/webm": "matroska",
}
_FORMAT_WHITELIST = "mov,matroska,ogg,mp3,wav,amr"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise refusal("tool_missing", f"{name} is not installed or not on PATH")
    return found


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(  # noqa: S603 - fixed tool path, list arguments, no shell
            args, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError as exc:
        raise refusal("tool_missing", f"{args[0]} could not be run: {exc}") from exc
    except subprocess.TimeoutExpired as exc:
        raise refusal("corrupt", f"{Path(args[0]).name} timed out after {timeout}s") from exc


def _tail(stderr: bytes) -> str:
    return stderr.decode("utf-8", errors="replace").strip()[-500:]


def _file_arg(path: Path) -> str:
    # "file:" keeps a name with ':' or a leading '-' from being read as a protocol or option.
    return f"file:{Path(path).resolve()}"


def _ffprobe(path: Path, demuxer: str) -> dict[str, Any]:
    args = [
        _tool(FFPROBE),
        "-v",
        "error",
        "-hide_banner",
        "-protocol_whitelist",
        "file",
        "-format_whitelist",
        _FORMAT_WHITELIST,
        "-f",
        demuxer,
        "-show_format",
        "-show_streams",
        "-show_chapters",
        "-of",
        "json",
        _file_arg(path),
    ]
    result = _run(args, FFPROBE_TIMEOUT)
    if result.returncode != 0:
        raise refusal(
            "corrupt", f"ffprobe could not read {Path(path).name}: {_tail(result.stderr)}"
        )
    try:
        info = json.loads(result.stdout or b"{}")
    except ValueError as exc:
        raise refusal("corrupt", f"ffprobe gave unreadable output: {exc}") from exc
    if not info.get("streams"):
        raise refusal("corrupt", f"no audio or video stream in {Path(path).name}")
    return info


def probe_path(path: Path) -> dict[str, Any]:
    sniffed = sniff_path(path)
    demuxer = _DEMUXERS.get(sniffed.mime)
    if demuxer is None:
        raise refusal("not_allowed", f"{sniffed.mime} is not audio or video")
    return _ffprobe(path, demuxer)


def _float(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number >= 0 else None


def _duration(info: dict[str, Any]) -> float | None:
    """The declared duration: the container's, else the longest stream's, else None."""
    found = _float(info.get("format", {}).get("duration"))
    if found is not None:
        return found
    durations = [_float(s.get("duration")) for s in info.get("streams", [])]
    known = [d for d in durations if d is not None]
    return max(known) if known else None


def _first_stream(info: dict[str, Any], codec_type: str) -> dict[str, Any] | None:
    for stream in info.get("streams", []):
        if stream.get("codec_type") != codec_type:
            continue
        if codec_type == "video" and stream.get("disposition", {}).get("attached_pic"):
            continue  # cover art in an MP3 or M4A is not a video
        return stream
    return None


def _iter_tags(info: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(scope, lower-cased key, value) for every format, stream and chapter tag."""
    for key, value in (info.get("format", {}).get("tags") or {}).items():
        yield "format", key.lower(), str(value)
    for stream in info.get("streams", []):
        for key, value in (stream.get("tags") or {}).items():
            yield f"stream {stream.get('index')}", key.lower(), str(value)
    for number, chapter in enumerate(info.get("chapters", [])):
        for key, value in (chapter.get("tags") or {}).items():
            yield f"chapter {number}", key.lower(), str(value)


def probe_tags(path: Path) -> dict[str, str]:
    """Every format-, stream- and chapter-level tag ffprobe reports, merged, keys lower-cased.

    When the same key appears more than once with different values they are joined with
    ``" | "``. Raises like :func:`sniff` for non-audio/video content and
    a ``corrupt`` refusal when ffprobe cannot read the file.
    """
    merged: dict[str, str] = {}
    for _scope, key, value in _iter_tags(probe_path(Path(path))):
        if key not in merged:
            merged[key] = value
        elif value not in merged[key].split(" | "):
            merged[key] = f"{merged[key]} | {value}"
    return merged


# Tags the MP4 muxer writes itself and that say nothing about the storyteller.
_HARMLESS_TAGS = {
    "major_brand": None,
    "minor_version": None,
    "compatible_brands": None,
    "handler_name": {"SoundHandler", "VideoHandler"},
    "vendor_id": {"[0][0][0][0]"},
    "language": {"und"},
    # libx264 output keeps a versionless "Lavc libx264" even under +bitexact.
    "encoder": None,
}


def _av_problems(info: dict[str, Any]) -> list[str]:
    problems = []
    if info.get("chapters"):
        problems.append("chapters")
    for scope, key, value in _iter_tags(info):
        if key not in _HARMLESS_TAGS:
            problems.append(f"{scope} tag {key!r}")
            continue
        allowed = _HARMLESS_TAGS[key]
        if key == "encoder":
            if not value.startswith("Lav"):
                problems.append(f"{scope} tag encoder={value!r}")
        elif allowed is not None and value not in allowed:
            problems.append(f"{scope} tag {key}={value!r}")
    return problems


def assert_av_clean(path: Path) -> None:
    """Refuse (``corrupt``) a recording or video with chapters or any tag except what the MP4
    muxer writes itself (brands, ``handler_name``, ``vendor_id``, ``language=und``, a
    versionless ``encoder``)."""
    problems = _av_problems(probe_path(Path(path)))
    if problems:
        raise refusal("corrupt", f"metadata left in {Path(path).name}: {', '.join(problems)}")


def _scale_filter() -> str:
    # Fit inside 1280x720 (landscape) or 720x1280 (portrait), never upscale, even sizes.
    return (
        "scale=w='if(gte(iw,ih),min(1280,iw),min(720,iw))'"
        ":h='if(gte(iw,ih),min(720,ih),min(1280,ih))'"
        ":force_original_aspect_ratio=decrease:force_divisible_by=2,format=yuv420p"
    )


def _pitch_filter(sample_rate: int) -> str:
    return (
        f"asetrate={round(sample_rate * PITCH_FACTOR)},aresample={sample_rate},"
        f"atempo={1 / PITCH_FACTOR:g}"
    )


def _ffmpeg_timeout(kind: str, max_seconds: int) -> float:
    # Generous: a slow server encodes 720p H.264 at roughly real time.
    return 60 + max_seconds * (3 if kind == "video" else 0.5)


def build_ffmpeg_args(
    src: Path,
    dst: Path,
    *,
    demuxer: str,
    kind: str,
    audio_index: int | None,
    video_index: int | None,
    sample_rate: int | None,
    channels: int | None,
    pitch_shift: bool,
    max_seconds: int,
    ffmpeg: str = "ffmpeg",
) -> list[str]:
    """The exact ffmpeg command line strip_av runs (exposed for review and for the tests)."""
    args = [
        ffmpeg,
        "-hide_banner",
        "-nostdin",
        "-loglevel",
        "error",
        "-n",
        "-protocol_whitelist",
        "file",
        "-format_whitelist",
        _FORMAT_WHITELIST,
        "-f",
        demuxer,
        "-i",
        _file_arg(src),
    ]
    if kind == "video" and video_index is not None:
        args += ["-map", f"0:{video_index}"]
    if audio_index is not None:
        args += ["-map", f"0:{audio_index}"]
    args += ["-map_metadata", "-1", "-map_chapters", "-1", "-dn", "-sn"]
    if kind == "audio":
        args += ["-vn"]
    else:
        args += ["-vf", _scale_filter(), "-c:v", "libx264", "-preset", "veryfast"]
        args += ["-crf", VIDEO_CRF]
    if audio_index is not None:
        if pitch_shift and sample_rate:
            args += ["-af", _pitch_filter(sample_rate)]
        args += ["-c:a", "aac", "-b:a", AUDIO_BITRATE]
        if channels and channels > 2:
            args += ["-ac", "2"]
    # Stop just past the limit: a file that declared no duration is caught afterwards.
    args += ["-t", str(max_seconds + 1)]
    args += ["-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact"]
    args += ["-movflags", "+faststart", "-f", "ipod" if kind == "audio" else "mp4"]
    args += [_file_arg(dst)]
    return args


def strip_av(
    src: Path, dst_dir: Path, *, kind: str, pitch_shift: bool = False, max_seconds: int = 600
) -> Path:
    """Re-encode audio (-> AAC .m4a) or video (-> H.264 + AAC .mp4) without any metadata.

    Only the first audio stream (and for video the first real video stream) is kept; data,
    subtitle and attachment streams, chapters, and all global and stream tags are dropped.
    ``pitch_shift=True`` raises the voice about four semitones keeping the duration.
    ``kind="video"`` on a file without video yields ``.m4a`` audio; check the suffix.

    Refuses (``ValidationError`` with a code): ``too_long`` (declared or actual duration above ``max_seconds``),
    ``corrupt`` (ffprobe/ffmpeg cannot read it, no usable stream, timeout, or the post-check
    finds metadata), ``tool_missing`` (no ffmpeg/ffprobe), and ``not_allowed``/``unknown_type``
    from sniffing the content.
    """
    if kind not in ("audio", "video"):
        raise ValueError(f"kind must be audio or video, not {kind!r}")
    src = Path(src)
    sniffed = sniff_path(src)
    demuxer = _DEMUXERS.get(sniffed.mime)
    if demuxer is None:
        raise refusal("not_allowed", f"strip_av was given {sniffed.mime}")
    ffmpeg = _tool(FFMPEG)
    info = _ffprobe(src, demuxer)

    duration = _duration(info)
    if duration is not None and duration > max_seconds + DURATION_SLACK:
        raise refusal("too_long", f"{duration:.1f}s is longer than the {max_seconds}s limit")

    audio = _first_stream(info, "audio")
    video = _first_stream(info, "video") if kind == "video" else None
    out_kind = "video" if video is not None else "audio"
    if audio is None and video is None:
        raise refusal("corrupt", f"no usable {kind} stream in {src.name}")
    sample_rate = int(_float(audio.get("sample_rate")) or 0) if audio else None
    if pitch_shift and audio is not None and not sample_rate:
        raise refusal("corrupt", "audio stream has no sample rate")

    dst = new_path(dst_dir, ".mp4" if out_kind == "video" else ".m4a")
    args = build_ffmpeg_args(
        src,
        dst,
        demuxer=demuxer,
        kind=out_kind,
        audio_index=audio["index"] if audio else None,
        video_index=video["index"] if video else None,
        sample_rate=sample_rate,
        channels=int(_float(audio.get("channels")) or 0) if audio else None,
        pitch_shift=pitch_shift,
        max_seconds=max_seconds,
        ffmpeg=ffmpeg,
    )
    try:
        result = _run(args, _ffmpeg_timeout(out_kind, max_seconds))
        if result.returncode != 0 or not dst.exists() or dst.stat().st_size == 0:
            raise refusal("corrupt", f"ffmpeg could not convert {src.name}: {_tail(result.stderr)}")
        out_info = _ffprobe(dst, "mov")
        produced = _duration(out_info)
        if produced is None or produced <= 0:
            raise refusal("corrupt", f"nothing decodable in {src.name}")
        if produced > max_seconds + DURATION_SLACK:
            raise refusal("too_long", f"longer than the {max_seconds}s limit")
        problems = _av_problems(out_info)
        if problems:
            raise refusal("corrupt", f"metadata left after ffmpeg: {', '.join(problems)}")
    except BaseException:
        unlink_quietly(dst)
        raise
    return dst
