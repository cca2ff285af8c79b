"""The type of an upload, decided from its first bytes: never its name or Content-Type."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wapsi.voices.media.common import refusal

SNIFF_BYTES = 64


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
        raise refusal("unknown_type", f"unsupported ISO-BMFF still-image brand {major!r}")
    if major in _GENERIC_BRANDS and brands & _AUDIO_BRANDS:
        return _M4A
    return _MP4


def sniff(head: bytes) -> Sniffed:
    """Decide the type from the first bytes (at most the first 64 are looked at).

    The file name and the browser's Content-Type are never consulted. Raises
    a ``not_allowed`` refusal for recognised but forbidden types (executables, scripts,
    archives, PDF, HTML/SVG/XML) and a ``unknown_type`` refusal for anything else.
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
            raise refusal("not_allowed", f"refused: content is a {what}")
    if head.startswith(b"#!"):
        raise refusal("not_allowed", "refused: content is a script")
    if _looks_like_markup(head):
        raise refusal("not_allowed", "refused: content is HTML, SVG or XML")
    if _is_mpeg_audio_frame(head):
        return _MP3
    raise refusal("unknown_type", "content matches no accepted image, audio or video type")


def sniff_path(path: Path) -> Sniffed:
    try:
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        raise refusal("corrupt", f"cannot read {path.name}: {exc}") from exc
    return sniff(head)
