"""Uploaded testimony media: decide the type from content, strip every piece of metadata, and
optionally disguise the voice.

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
protocol and only the demuxer chosen by :func:`sniff`, so a crafted upload cannot make ffmpeg read
other files or the network (HLS/concat playlists, image sequences).

This module knows nothing of Django models or settings; callers pass plain paths and limits. The
work can take a while for long videos: run :func:`strip_av` from a background task, not a request.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

try:  # LittleCMS ships in Pillow's wheels, but a distribution build may lack it.
    from PIL import ImageCms
except ImportError:  # pragma: no cover - depends on how Pillow was built
    ImageCms = None  # type: ignore[assignment]

__all__ = [
    "MediaError",
    "Sniffed",
    "assert_clean",
    "probe_tags",
    "sniff",
    "strip_av",
    "strip_image",
]

# Tools; tests point these elsewhere to exercise "tool_missing".
FFMPEG = "ffmpeg"
FFPROBE = "ffprobe"
FFPROBE_TIMEOUT = 30  # seconds

SNIFF_BYTES = 64

MAX_IMAGE_SIDE = 2048
# Pixels we are willing to decode. JPEGs may declare more because they are decoded at 1/2, 1/4
# or 1/8 scale (draft mode) straight to about the output size; the declared limit stays below
# Pillow's own decompression-bomb threshold so Pillow never warns or raises first.
MAX_IMAGE_PIXELS = 40_000_000
MAX_JPEG_DECLARED_PIXELS = 89_000_000
JPEG_QUALITY = 85
_PILLOW_FORMATS = ("JPEG", "PNG", "WEBP")

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

CODES = frozenset({"unknown_type", "not_allowed", "corrupt", "too_long", "tool_missing"})


class MediaError(Exception):
    """A refusal with a reason code.

    ``.code`` is one of ``unknown_type``, ``not_allowed``, ``corrupt``, ``too_long``,
    ``tool_missing``; ``str()`` is an English message for logs, never for the uploader.
    """

    def __init__(self, code: str, message: str):
        if code not in CODES:
            raise ValueError(f"unknown MediaError code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return f"MediaError({self.code!r}, {self.message!r})"


@dataclass(frozen=True)
class Sniffed:
    kind: str  # "image" | "audio" | "video"
    mime: str
    extension: str


# --------------------------------------------------------------------------------------------
# Sniffing
# --------------------------------------------------------------------------------------------

_JPEG = Sniffed("image", "image/jpeg", ".jpg")
_PNG = Sniffed("image", "image/png", ".png")
_WEBP = Sniffed("image", "image/webp", ".webp")
_WAV = Sniffed("audio", "audio/wav", ".wav")
_OGG = Sniffed("audio", "audio/ogg", ".ogg")
_MP3 = Sniffed("audio", "audio/mpeg", ".mp3")
_M4A = Sniffed("audio", "audio/mp4", ".m4a")
_AMR = Sniffed("audio", "audio/amr", ".amr")
_MP4 = Sniffed("video", "video/mp4", ".mp4")
_3GP = Sniffed("video", "video/3gpp", ".3gp")
_WEBM = Sniffed("video", "video/webm", ".webm")

_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P "}
# ISO-BMFF brands that are still pictures (iPhone HEIC, AVIF) or camera raw files, not video.
_IMAGE_BRANDS = {
    b"heic",
    b"heix",
    b"heim",
    b"heis",
    b"hevc",
    b"hevx",
    b"hevm",
    b"hevs",
    b"mif1",
    b"msf1",
    b"avif",
    b"avis",
    b"crx ",
}
# Generic major brands: the compatible-brand list then tells audio (M4A) from video.
_GENERIC_BRANDS = {b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"dash"}

# Recognised and refused: executables, scripts, archives, documents.
_FORBIDDEN_PREFIXES: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "Windows executable"),
    (b"\x7fELF", "ELF executable"),
    (b"\xfe\xed\xfa\xce", "Mach-O executable"),
    (b"\xfe\xed\xfa\xcf", "Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "Mach-O executable"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "Mach-O universal binary or Java class"),
    (b"\x00asm", "WebAssembly module"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document"),
    (b"%PDF", "PDF document"),
    (b"{\\rtf", "RTF document"),
)


def _looks_like_markup(head: bytes) -> bool:
    """HTML, SVG or XML: '<' then a letter, '!', '?' or '/' after optional BOM and whitespace."""
    text = head
    if text.startswith(b"\xef\xbb\xbf"):
        text = text[3:]
    elif text.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if text.startswith(b"\xff\xfe") else "utf-16-be"
        text = text[2:].decode(codec, errors="ignore").encode("ascii", errors="ignore")
    text = text.lstrip(b" \t\r\n\f\v")
    return len(text) >= 2 and text[:1] == b"<" and (text[1:2].isalpha() or text[1:2] in b"!?/")


def _is_mpeg_audio_frame(head: bytes) -> bool:
    """An MPEG-1/2/2.5 Layer I-III frame header: 11 sync bits and no reserved field values."""
    if len(head) < 3 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 0b11  # 01 is reserved
    layer = (head[1] >> 1) & 0b11  # 00 is reserved (ADTS AAC uses it: not MP3)
    bitrate = head[2] >> 4  # 1111 is invalid
    rate = (head[2] >> 2) & 0b11  # 11 is reserved
    return version != 0b01 and layer != 0b00 and bitrate != 0b1111 and rate != 0b11


def _sniff_iso_bmff(head: bytes) -> Sniffed:
    major = head[8:12]
    size = int.from_bytes(head[0:4], "big")
    compatible = head[16 : min(max(size, 16), len(head))]
    brands = {compatible[i : i + 4] for i in range(0, len(compatible) - 3, 4)}
    if major in _AUDIO_BRANDS:
        return _M4A
    if major.startswith((b"3gp", b"3g2")):
        return _3GP
    if major in _IMAGE_BRANDS:
        raise MediaError("unknown_type", f"unsupported ISO-BMFF still-image brand {major!r}")
    if major in _GENERIC_BRANDS and brands & _AUDIO_BRANDS:
        return _M4A
    return _MP4


def sniff(head: bytes) -> Sniffed:
    """Decide the type from the first bytes (at most the first 64 are looked at).

    The file name and the browser's Content-Type are never consulted. Raises
    ``MediaError("not_allowed")`` for recognised but forbidden types (executables, scripts,
    archives, PDF, HTML/SVG/XML) and ``MediaError("unknown_type")`` for anything else.
    """
    head = bytes(head[:SNIFF_BYTES])
    if head.startswith(b"\xff\xd8\xff"):
        return _JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _PNG
    if head.startswith(b"RIFF") and len(head) >= 12:
        if head[8:12] == b"WEBP":
            return _WEBP
        if head[8:12] == b"WAVE":
            return _WAV
    if head.startswith(b"OggS"):
        return _OGG  # Ogg Theora video is rare; a video stream is dropped for kind="audio"
    if head.startswith(b"#!AMR"):
        return _AMR
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return _sniff_iso_bmff(head)
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return _WEBM  # Matroska too; the re-encode makes it MP4 or M4A anyway
    if head.startswith(b"ID3"):
        return _MP3
    for prefix, what in _FORBIDDEN_PREFIXES:
        if head.startswith(prefix):
            raise MediaError("not_allowed", f"refused: content is a {what}")
    if head.startswith(b"#!"):
        raise MediaError("not_allowed", "refused: content is a script")
    if _looks_like_markup(head):
        raise MediaError("not_allowed", "refused: content is HTML, SVG or XML")
    if _is_mpeg_audio_frame(head):
        return _MP3
    raise MediaError("unknown_type", "content matches no accepted image, audio or video type")


def _sniff_path(path: Path) -> Sniffed:
    try:
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        raise MediaError("corrupt", f"cannot read {path.name}: {exc}") from exc
    return sniff(head)


def _new_path(dst_dir: Path, extension: str) -> Path:
    return Path(dst_dir) / f"{secrets.token_hex(16)}{extension}"


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# --------------------------------------------------------------------------------------------
# Images
# --------------------------------------------------------------------------------------------


def _open_image(path: Path) -> Image.Image:
    return Image.open(path, formats=_PILLOW_FORMATS)


def _load_whole(im: Image.Image) -> None:
    """Decode every pixel, refusing a truncated file. WeasyPrint (imported for roadmap PDFs)
    sets Pillow's process-wide LOAD_TRUNCATED_IMAGES, which would silently pad a cut-off
    upload with grey; this load does not follow it."""
    from PIL import ImageFile

    before = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        im.load()
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = before


def _has_alpha(img: Image.Image) -> bool:
    return img.mode in ("RGBA", "LA") and img.getchannel("A").getextrema()[0] < 255


def _normalise_mode(img: Image.Image) -> Image.Image:
    """Bring any decoded mode to L, RGB, RGBA, LA or CMYK (CMYK is converted with its profile)."""
    mode = img.mode
    if mode == "1":
        return img.convert("L")
    if mode in ("P", "PA"):
        transparent = mode == "PA" or "transparency" in img.info
        return img.convert("RGBA" if transparent else "RGB")
    if mode in ("L", "RGB") and "transparency" in img.info:
        return img.convert("LA" if mode == "L" else "RGBA")
    if mode == "La":
        return img.convert("LA")
    if mode == "RGBa":
        return img.convert("RGBA")
    if mode.startswith("I;16") or mode == "I":
        # 16-bit grey: scale to 8 bits rather than clip everything above 255 to white.
        return img.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if mode == "F":
        return img.convert("L")
    if mode in ("L", "LA", "RGB", "RGBA", "CMYK"):
        return img
    return img.convert("RGB")


def _to_srgb(img: Image.Image, icc: bytes | None) -> Image.Image:
    """Convert colours to sRGB using the embedded profile, so no profile needs keeping."""
    if icc and ImageCms is not None and img.mode in ("RGB", "RGBA", "CMYK"):
        out_mode = "RGBA" if img.mode == "RGBA" else "RGB"
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(
                img, source, ImageCms.createProfile("sRGB"), outputMode=out_mode
            )
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            converted = None
        if converted is not None:
            return converted
    if img.mode == "CMYK":
        return img.convert("RGB")
    return img


def strip_image(src: Path, dst_dir: Path) -> Path:
    """Re-encode an image from its pixels alone; return the new file inside ``dst_dir``.

    EXIF orientation is applied first, colours go to sRGB, the longest side is capped at
    2048 px, and the result is JPEG quality 85, or PNG when the image uses transparency.
    Unreadable, truncated or oversized (decompression bomb) images raise
    ``MediaError("corrupt")``; non-image content raises ``not_allowed``/``unknown_type``.
    Animated images keep their first frame only.
    """
    src = Path(src)
    sniffed = _sniff_path(src)
    if sniffed.kind != "image":
        raise MediaError("not_allowed", f"strip_image was given {sniffed.mime}")
    try:
        with _open_image(src) as im:
            width, height = im.size
            limit = MAX_JPEG_DECLARED_PIXELS if im.format == "JPEG" else MAX_IMAGE_PIXELS
            if width * height > limit:
                raise MediaError("corrupt", f"image of {width}x{height} px refused (too large)")
            if im.format == "JPEG":
                scale = MAX_IMAGE_SIDE / max(width, height)
                if scale < 1:  # decode at 1/2, 1/4 or 1/8 size while staying >= the target
                    im.draft(im.mode, (math.ceil(width * scale), math.ceil(height * scale)))
            if im.size[0] * im.size[1] > MAX_IMAGE_PIXELS:
                raise MediaError("corrupt", f"image of {width}x{height} px refused (too large)")
            _load_whole(im)
            icc = im.info.get("icc_profile")
            img = ImageOps.exif_transpose(im)
    except MediaError:
        raise
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        OSError,
        SyntaxError,
        ValueError,
        EOFError,
        MemoryError,
    ) as exc:
        raise MediaError("corrupt", f"unreadable image: {exc}") from exc

    img = _to_srgb(_normalise_mode(img), icc)
    if img.mode in ("RGBA", "LA") and not _has_alpha(img):
        img = img.convert("RGB" if img.mode == "RGBA" else "L")
    img.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE), Image.Resampling.LANCZOS)
    # A brand-new image from raw pixels: no .info (EXIF, XMP, ICC, comments, text chunks)
    # can ride along into save(), whatever Pillow version decides to carry over by default.
    clean = Image.frombytes(img.mode, img.size, img.tobytes())

    as_png = clean.mode in ("RGBA", "LA")
    dst = _new_path(dst_dir, ".png" if as_png else ".jpg")
    try:
        with open(dst, "xb") as fh:
            if as_png:
                clean.save(fh, format="PNG")
            else:
                clean.save(fh, format="JPEG", quality=JPEG_QUALITY, optimize=True)
        assert_clean(dst, "image")
    except BaseException:
        _unlink(dst)
        raise
    return dst


def _image_problems(path: Path) -> list[str]:
    problems = []
    try:
        with _open_image(path) as im:
            if len(im.getexif()):
                problems.append("EXIF")
            for key in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "icc_profile"):
                if im.info.get(key):
                    problems.append(key)
            if im.format == "JPEG":
                for marker, data in getattr(im, "applist", []):
                    if not (marker == "APP0" and data.startswith(b"JFIF\0")):
                        problems.append(f"JPEG segment {marker}")
            if im.format == "PNG" and im.text:
                problems.append("PNG text chunks")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise MediaError("corrupt", f"cannot re-read image {path.name}: {exc}") from exc
    return problems


# --------------------------------------------------------------------------------------------
# Audio and video
# --------------------------------------------------------------------------------------------


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise MediaError("tool_missing", f"{name} is not installed or not on PATH")
    return found


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(  # noqa: S603 - fixed tool path, list arguments, no shell
            args, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError as exc:
        raise MediaError("tool_missing", f"{args[0]} could not be run: {exc}") from exc
    except subprocess.TimeoutExpired as exc:
        raise MediaError("corrupt", f"{Path(args[0]).name} timed out after {timeout}s") from exc


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
        raise MediaError(
            "corrupt", f"ffprobe could not read {Path(path).name}: {_tail(result.stderr)}"
        )
    try:
        info = json.loads(result.stdout or b"{}")
    except ValueError as exc:
        raise MediaError("corrupt", f"ffprobe gave unreadable output: {exc}") from exc
    if not info.get("streams"):
        raise MediaError("corrupt", f"no audio or video stream in {Path(path).name}")
    return info


def _probe_path(path: Path) -> dict[str, Any]:
    sniffed = _sniff_path(path)
    demuxer = _DEMUXERS.get(sniffed.mime)
    if demuxer is None:
        raise MediaError("not_allowed", f"{sniffed.mime} is not audio or video")
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
    ``MediaError("corrupt")`` when ffprobe cannot read the file.
    """
    merged: dict[str, str] = {}
    for _scope, key, value in _iter_tags(_probe_path(Path(path))):
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


def assert_clean(path: Path, kind: str) -> None:
    """Post-check a stripped file; raise ``MediaError("corrupt")`` if any metadata survived.

    Images: no EXIF (so no GPS), XMP, comment, ICC profile, PNG text chunk or JPEG segment
    other than JFIF. Audio/video: no chapters and no tags except what the MP4 muxer writes
    itself (brands, ``handler_name``, ``vendor_id``, ``language=und``, a versionless
    ``encoder``).
    """
    path = Path(path)
    if kind == "image":
        problems = _image_problems(path)
    elif kind in ("audio", "video"):
        problems = _av_problems(_probe_path(path))
    else:
        raise ValueError(f"kind must be image, audio or video, not {kind!r}")
    if problems:
        raise MediaError("corrupt", f"metadata left in {path.name}: {', '.join(problems)}")


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

    Raises ``MediaError``: ``too_long`` (declared or actual duration above ``max_seconds``),
    ``corrupt`` (ffprobe/ffmpeg cannot read it, no usable stream, timeout, or the post-check
    finds metadata), ``tool_missing`` (no ffmpeg/ffprobe), and ``not_allowed``/``unknown_type``
    from sniffing the content.
    """
    if kind not in ("audio", "video"):
        raise ValueError(f"kind must be audio or video, not {kind!r}")
    src = Path(src)
    sniffed = _sniff_path(src)
    demuxer = _DEMUXERS.get(sniffed.mime)
    if demuxer is None:
        raise MediaError("not_allowed", f"strip_av was given {sniffed.mime}")
    ffmpeg = _tool(FFMPEG)
    info = _ffprobe(src, demuxer)

    duration = _duration(info)
    if duration is not None and duration > max_seconds + DURATION_SLACK:
        raise MediaError("too_long", f"{duration:.1f}s is longer than the {max_seconds}s limit")

    audio = _first_stream(info, "audio")
    video = _first_stream(info, "video") if kind == "video" else None
    out_kind = "video" if video is not None else "audio"
    if audio is None and video is None:
        raise MediaError("corrupt", f"no usable {kind} stream in {src.name}")
    sample_rate = int(_float(audio.get("sample_rate")) or 0) if audio else None
    if pitch_shift and audio is not None and not sample_rate:
        raise MediaError("corrupt", "audio stream has no sample rate")

    dst = _new_path(dst_dir, ".mp4" if out_kind == "video" else ".m4a")
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
            raise MediaError(
                "corrupt", f"ffmpeg could not convert {src.name}: {_tail(result.stderr)}"
            )
        out_info = _ffprobe(dst, "mov")
        produced = _duration(out_info)
        if produced is None or produced <= 0:
            raise MediaError("corrupt", f"nothing decodable in {src.name}")
        if produced > max_seconds + DURATION_SLACK:
            raise MediaError("too_long", f"longer than the {max_seconds}s limit")
        problems = _av_problems(out_info)
        if problems:
            raise MediaError("corrupt", f"metadata left after ffmpeg: {', '.join(problems)}")
    except BaseException:
        _unlink(dst)
        raise
    return dst
