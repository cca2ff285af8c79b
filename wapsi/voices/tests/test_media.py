"""Media hygiene for testimonies: content sniffing, metadata stripping and voice disguise.

Every fixture is generated here (Pillow, ffmpeg's lavfi sources); no binary file is committed.
Each "stripped" assertion is preceded by one proving the input really carried the metadata.
"""

from __future__ import annotations

import array
import itertools
import json
import random
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from PIL import Image, ImageCms, PngImagePlugin, TiffImagePlugin

from conftest import tool_or_skip
from wapsi.voices import media
from wapsi.voices.media import Sniffed, refusal, sniff

GPS_IFD = 0x8825
EXIF_IFD = 0x8769
MAKE, MODEL, ORIENTATION, DATETIME_ORIGINAL = 0x010F, 0x0110, 0x0112, 0x9003
JSON = ("-of", "json")
MONO_PCM = ("-map", "0:a:0", "-ac", "1", "-f", "s16le", "-ar")


@pytest.fixture(scope="module", autouse=True)
def _tools() -> None:
    tool_or_skip("ffmpeg")
    tool_or_skip("ffprobe")


def ffmpeg(*args: str | Path) -> None:
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y", *map(str, args)],
        check=True,
        capture_output=True,
        timeout=60,
    )


def probe(path: Path) -> dict:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_format", "-show_streams", "-show_chapters", *JSON, path],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return json.loads(out.stdout)


def duration(path: Path) -> float:
    return float(probe(path)["format"]["duration"])


def dominant_frequency(path: Path) -> float:
    """Zero crossings of the decoded mono signal, skipping the edges (encoder priming)."""
    rate = 16000
    pcm = subprocess.run(
        ["ffmpeg", "-nostdin", "-loglevel", "error", "-i", path, *MONO_PCM, str(rate), "-"],
        check=True,
        capture_output=True,
        timeout=30,
    ).stdout
    samples = array.array("h", pcm)
    middle = samples[rate // 4 : len(samples) - rate // 4]
    crossings = sum(1 for a, b in itertools.pairwise(middle) if (a < 0) != (b < 0))
    return crossings / 2 / (len(middle) / rate)


def head(path: Path) -> bytes:
    return path.read_bytes()[:64]


def no_files(directory: Path) -> bool:
    return not any(directory.iterdir())


# ------------------------------------------------------------------------------------------
# Generated fixtures (module scope: each ffmpeg run happens once)
# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media-src")


SECRET_TAGS = {
    "title": "Testimony of Zarghuna",
    "artist": "Zarghuna Ahmadi",
    "location": "+34.5553+069.2075/",
    "comment": "recorded at home in Kabul",
}


def metadata_args(tags: dict[str, str]) -> list[str]:
    return [part for key, value in tags.items() for part in ("-metadata", f"{key}={value}")]


@pytest.fixture(scope="module")
def tagged_mp3(media_dir: Path) -> Path:
    out = media_dir / "tagged.mp3"
    ffmpeg(
        "-f", "lavfi", "-i", "sine=frequency=440:duration=2", *metadata_args(SECRET_TAGS), out
    )  # fmt: skip
    return out


@pytest.fixture(scope="module")
def tagged_m4a(media_dir: Path) -> Path:
    out = media_dir / "tagged.m4a"
    ffmpeg(
        "-f", "lavfi", "-i", "sine=frequency=440:duration=2", *metadata_args(SECRET_TAGS),
        "-c:a", "aac", out,
    )  # fmt: skip
    return out


@pytest.fixture(scope="module")
def tagged_mp4(media_dir: Path) -> Path:
    """1 s of video + sound with GPS, device and date tags, chapters and a subtitle track."""
    srt = media_dir / "sub.srt"
    srt.write_text("1\n00:00:00,000 --> 00:00:00,900\nMy name is Zarghuna\n", encoding="utf-8")
    chapters = media_dir / "chapters.txt"
    chapters.write_text(
        ";FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=500\ntitle=Leaving Tehran\n",
        encoding="utf-8",
    )
    out = media_dir / "tagged.mp4"
    ffmpeg(
        "-f", "lavfi", "-i", "testsrc=size=320x240:rate=10:duration=1",
        "-f", "lavfi", "-i", "sine=frequency=440:duration=1",
        "-i", srt, "-i", chapters,
        "-map", "0:v", "-map", "1:a", "-map", "2:s", "-map_chapters", "3",
        "-metadata", "creation_time=2024-05-01T10:00:00Z",
        "-metadata", "location=+34.5553+069.2075/",
        "-metadata", "make=Apple", "-metadata", "model=iPhone 12",
        "-metadata", "title=Zarghuna at the border",
        "-metadata:s:a:0", "language=prs",
        "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-c:s", "mov_text",
        "-movflags", "use_metadata_tags",  # arbitrary keys, as phones write them (mdta)
        out,
    )  # fmt: skip
    return out


@pytest.fixture(scope="module")
def generated(media_dir: Path) -> dict[str, Path]:
    """One small real file per accepted format, for sniffing."""
    files = {}
    img = Image.new("RGB", (16, 16), (10, 120, 200))
    for name, fmt in (("jpeg.jpg", "JPEG"), ("png.png", "PNG"), ("webp.webp", "WEBP")):
        img.save(media_dir / name, format=fmt)
        files[name.split(".")[0]] = media_dir / name
    sine = ["-f", "lavfi", "-i", "sine=frequency=440:duration=0.2"]
    for name, extra in (
        ("mp3.mp3", []),
        ("m4a.m4a", ["-c:a", "aac"]),
        ("ogg.ogg", ["-c:a", "libopus"]),
        ("wav.wav", []),
    ):
        ffmpeg(*sine, *extra, media_dir / name)
        files[name.split(".")[0]] = media_dir / name
    testsrc = ["-f", "lavfi", "-i", "testsrc=size=64x48:rate=5:duration=0.2"]
    ffmpeg(*testsrc, "-c:v", "libx264", "-preset", "ultrafast", media_dir / "mp4.mp4")
    ffmpeg(*testsrc, "-c:v", "libvpx", "-deadline", "realtime", media_dir / "webm.webm")
    files["mp4"] = media_dir / "mp4.mp4"
    files["webm"] = media_dir / "webm.webm"
    return files


def gps_jpeg(path: Path, size: tuple[int, int] = (300, 200)) -> Path:
    img = Image.new("RGB", size, (200, 30, 30))
    img.paste((30, 30, 200), (0, 0, size[0] // 2, size[1] // 3))
    exif = Image.Exif()
    exif[MAKE] = "Apple"
    exif[MODEL] = "iPhone 12"
    exif[ORIENTATION] = 6  # rotate 90° clockwise to display
    exif.get_ifd(EXIF_IFD)[DATETIME_ORIGINAL] = "2024:05:01 10:00:00"
    rational = TiffImagePlugin.IFDRational
    exif.get_ifd(GPS_IFD).update(
        {
            1: "N",
            2: (rational(34, 1), rational(33, 1), rational(19, 1)),
            3: "E",
            4: (rational(69, 1), rational(12, 1), rational(27, 1)),
        }
    )
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    img.save(path, format="JPEG", exif=exif, icc_profile=icc, comment=b"Zarghuna, Kabul")
    return path


# ------------------------------------------------------------------------------------------
# sniff
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("jpeg", Sniffed("image", "image/jpeg", ".jpg")),
        ("png", Sniffed("image", "image/png", ".png")),
        ("webp", Sniffed("image", "image/webp", ".webp")),
        ("mp3", Sniffed("audio", "audio/mpeg", ".mp3")),
        ("m4a", Sniffed("audio", "audio/mp4", ".m4a")),
        ("ogg", Sniffed("audio", "audio/ogg", ".ogg")),
        ("wav", Sniffed("audio", "audio/wav", ".wav")),
        ("mp4", Sniffed("video", "video/mp4", ".mp4")),
        ("webm", Sniffed("video", "video/webm", ".webm")),
    ],
)
def test_sniff_real_files(generated: dict[str, Path], name: str, expected: Sniffed) -> None:
    assert sniff(head(generated[name])) == expected


def test_sniff_ignores_the_name(generated: dict[str, Path], tmp_path: Path) -> None:
    renamed = tmp_path / "song.mp3"
    shutil.copy(generated["jpeg"], renamed)
    assert sniff(head(renamed)) == Sniffed("image", "image/jpeg", ".jpg")


def test_sniff_bare_mpeg_frame_and_other_magic() -> None:
    assert sniff(b"\xff\xfb\x90\x64" + bytes(60)).mime == "audio/mpeg"  # MPEG-1 Layer III
    assert sniff(b"\xff\xf3\x48\xc4" + bytes(60)).mime == "audio/mpeg"  # MPEG-2 Layer III
    assert sniff(b"#!AMR\n" + bytes(20)) == Sniffed("audio", "audio/amr", ".amr")
    ftyp = b"\x00\x00\x00\x18ftyp3gp4\x00\x00\x00\x00isom3gp4"
    assert sniff(ftyp) == Sniffed("video", "video/3gpp", ".3gp")
    quicktime = b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  "
    assert sniff(quicktime).kind == "video"
    android_m4a = b"\x00\x00\x00\x1cftypmp42\x00\x00\x00\x00isomM4A mp42"
    assert sniff(android_m4a) == Sniffed("audio", "audio/mp4", ".m4a")


def test_sniff_refuses_executable_named_song_mp3(tmp_path: Path) -> None:
    pe = tmp_path / "song.mp3"
    pe.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(48))
    with pytest.raises(ValidationError) as caught:
        sniff(head(pe))
    assert caught.value.code == "not_allowed"


@pytest.mark.parametrize(
    "data",
    [
        b"\x7fELF\x02\x01\x01\x00" + bytes(56),
        b"\xcf\xfa\xed\xfe\x07\x00\x00\x01",  # Mach-O 64-bit
        b"#!/bin/sh\nrm -rf /\n",
        b"PK\x03\x04\x14\x00\x00\x00",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3",
        b"<!DOCTYPE html><html><script>alert(1)</script>",
        b"\xef\xbb\xbf  <svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'>",
        b'<?xml version="1.0"?><svg/>',
        b"\n\n<html>",
        "<html>".encode("utf-16"),
    ],
)
def test_sniff_refuses_forbidden_types(data: bytes) -> None:
    with pytest.raises(ValidationError) as caught:
        sniff(data)
    assert caught.value.code == "not_allowed"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        random.Random(20240501).randbytes(64),
        b"plain text that is not markup",
        b"\xff\xf1\x50\x80\x02\x1f\xfc",  # ADTS AAC: sync bits but layer 00
        b"\xff\xfb\xf0\x64" + bytes(8),  # MPEG sync with the invalid bitrate index 1111
        b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic",  # iPhone HEIC photo
        b"RIFF\x00\x00\x00\x00AVI LIST",
        b"GIF89a\x01\x00\x01\x00",
    ],
)
def test_sniff_unknown(data: bytes) -> None:
    with pytest.raises(ValidationError) as caught:
        sniff(data)
    assert caught.value.code == "unknown_type"


def test_sniff_needs_only_64_bytes(generated: dict[str, Path]) -> None:
    data = generated["mp4"].read_bytes()
    assert sniff(data) == sniff(data[:64])


# ------------------------------------------------------------------------------------------
# Images
# ------------------------------------------------------------------------------------------


def test_strip_image_removes_gps_device_and_dates(tmp_path: Path) -> None:
    src = gps_jpeg(tmp_path / "photo.mp3")  # the name lies; content decides
    with Image.open(src) as im:
        exif = im.getexif()
        assert exif[MAKE] == "Apple" and exif[MODEL] == "iPhone 12"
        assert exif.get_ifd(GPS_IFD)[2] == (34.0, 33.0, 19.0)
        assert exif.get_ifd(EXIF_IFD)[DATETIME_ORIGINAL] == "2024:05:01 10:00:00"
        assert im.info["comment"] == b"Zarghuna, Kabul" and "icc_profile" in im.info
        assert im.size == (300, 200)
    with pytest.raises(ValidationError) as caught:
        media.assert_clean(src, "image")
    assert caught.value.code == "corrupt"

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = media.strip_image(src, out_dir)

    assert out.parent == out_dir and out.suffix == ".jpg" and len(out.stem) == 32
    with Image.open(out) as im:
        assert im.format == "JPEG"
        assert len(im.getexif()) == 0
        assert im.getexif().get_ifd(GPS_IFD) == {}
        assert not {"exif", "comment", "icc_profile", "xmp"} & set(im.info)
        assert [marker for marker, _ in im.applist] == ["APP0"]
        assert im.size == (200, 300)  # orientation 6 applied to the pixels
    raw = out.read_bytes()
    for needle in (b"Exif", b"Apple", b"iPhone", b"2024:05:01", b"Zarghuna", b"GPS"):
        assert needle not in raw
    media.assert_clean(out, "image")


def test_strip_image_png_keeps_transparency_drops_text(tmp_path: Path) -> None:
    src = tmp_path / "clear.png"
    img = Image.new("RGBA", (40, 30), (255, 0, 0, 0))
    img.putpixel((1, 1), (0, 255, 0, 255))
    info = PngImagePlugin.PngInfo()
    info.add_text("Location", "Herat")
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>GPS</x:xmpmeta>")
    img.save(src, pnginfo=info)
    with Image.open(src) as im:
        assert im.text["Location"] == "Herat"

    out = media.strip_image(src, tmp_path)

    assert out.suffix == ".png"
    with Image.open(out) as im:
        assert im.mode == "RGBA" and im.getpixel((0, 0))[3] == 0
        assert im.getpixel((1, 1)) == (0, 255, 0, 255)
        assert im.text == {}
    media.assert_clean(out, "image")


def test_strip_image_opaque_png_and_webp_become_jpeg(tmp_path: Path) -> None:
    Image.new("RGBA", (20, 20), (1, 2, 3, 255)).save(tmp_path / "opaque.png")
    Image.new("RGB", (20, 20), (1, 2, 3)).save(tmp_path / "photo.webp")
    assert media.strip_image(tmp_path / "opaque.png", tmp_path).suffix == ".jpg"
    assert media.strip_image(tmp_path / "photo.webp", tmp_path).suffix == ".jpg"


def test_strip_image_caps_longest_side(tmp_path: Path) -> None:
    Image.new("RGB", (4100, 100), (5, 5, 5)).save(tmp_path / "wide.jpg")
    Image.new("RGB", (90, 3000), (5, 5, 5)).save(tmp_path / "tall.png")
    with Image.open(media.strip_image(tmp_path / "wide.jpg", tmp_path)) as im:
        assert im.size == (2048, 50)
    with Image.open(media.strip_image(tmp_path / "tall.png", tmp_path)) as im:
        assert im.size == (61, 2048)


def _png_with_header_size(path: Path, width: int, height: int) -> None:
    """A tiny valid PNG whose IHDR claims width x height (CRC recomputed)."""
    Image.new("RGB", (8, 8)).save(path)
    data = bytearray(path.read_bytes())
    ihdr = bytearray(data[12:29])  # type + 13 bytes of IHDR data
    ihdr[4:12] = struct.pack(">II", width, height)
    data[12:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(ihdr)))
    path.write_bytes(bytes(data))


def _jpeg_with_header_size(path: Path, width: int, height: int) -> None:
    Image.new("RGB", (8, 8)).save(path, format="JPEG")
    data = bytearray(path.read_bytes())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    path.write_bytes(bytes(data))


def test_strip_image_refuses_decompression_bombs(tmp_path: Path) -> None:
    _png_with_header_size(tmp_path / "bomb.png", 8000, 6000)  # 48 MP
    _jpeg_with_header_size(tmp_path / "bomb.jpg", 30000, 30000)  # 900 MP
    with Image.open(tmp_path / "bomb.png") as im:
        assert im.size == (8000, 6000)  # the header really claims it
    for name in ("bomb.png", "bomb.jpg"):
        with pytest.raises(ValidationError) as caught:
            media.strip_image(tmp_path / name, tmp_path / "out")
        assert caught.value.code == "corrupt"


def test_strip_image_refuses_truncated_and_non_images(
    tmp_path: Path, generated: dict[str, Path]
) -> None:
    whole = gps_jpeg(tmp_path / "whole.jpg").read_bytes()
    (tmp_path / "cut.jpg").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "junk.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    for name in ("cut.jpg", "junk.jpg"):
        with pytest.raises(ValidationError) as caught:
            media.strip_image(tmp_path / name, out_dir)
        assert caught.value.code == "corrupt"
    with pytest.raises(ValidationError) as caught:
        media.strip_image(generated["mp3"], out_dir)
    assert caught.value.code == "not_allowed"
    assert no_files(out_dir)


# ------------------------------------------------------------------------------------------
# Audio and video
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", ["tagged_mp3", "tagged_m4a"])
def test_strip_audio_removes_tags(request: pytest.FixtureRequest, tmp_path: Path, fixture: str):
    src: Path = request.getfixturevalue(fixture)
    before = media.probe_tags(src)
    assert before["title"] == SECRET_TAGS["title"]
    assert before["artist"] == SECRET_TAGS["artist"]
    assert before["comment"] == SECRET_TAGS["comment"]
    assert before["location"].startswith("+34.5553+069.2075")  # GPS in ©xyz / ID3 TXXX
    with pytest.raises(ValidationError):
        media.assert_clean(src, "audio")

    out = media.strip_av(src, tmp_path, kind="audio")

    assert out.suffix == ".m4a" and out.parent == tmp_path
    after = media.probe_tags(out)
    assert not {"title", "artist", "comment", "location", "location-eng", "encoder"} & set(after)
    flat = " ".join(after.values())
    for value in SECRET_TAGS.values():
        assert value not in flat
    assert set(after) <= {"major_brand", "minor_version", "compatible_brands"} | {
        "language",
        "handler_name",
        "vendor_id",
    }
    raw = out.read_bytes()
    assert b"Zarghuna" not in raw and b"Lavf" not in raw
    info = probe(out)
    assert [s["codec_name"] for s in info["streams"]] == ["aac"]
    assert abs(float(info["format"]["duration"]) - 2.0) < 0.15
    assert sniff(head(out)) == Sniffed("audio", "audio/mp4", ".m4a")
    media.assert_clean(out, "audio")


def test_strip_video_removes_tags_chapters_and_subtitles(tagged_mp4: Path, tmp_path: Path):
    before = media.probe_tags(tagged_mp4)
    assert before["creation_time"].startswith("2024-05-01")
    assert before["location"].startswith("+34.5553+069.2075")
    assert before["make"] == "Apple" and before["model"] == "iPhone 12"
    assert "prs" in before["language"]
    source = probe(tagged_mp4)
    assert len(source["chapters"]) == 1
    # The MP4 muxer stores chapters in a text track too, which ffprobe lists as data.
    assert [s["codec_type"] for s in source["streams"]] == ["video", "audio", "subtitle", "data"]

    out = media.strip_av(tagged_mp4, tmp_path, kind="video")

    assert out.suffix == ".mp4"
    after = media.probe_tags(out)
    for key in ("creation_time", "location", "location-eng", "make", "model", "title"):
        assert key not in after
    assert after.get("language") == "und"
    assert after.get("encoder", "Lavc libx264") == "Lavc libx264"  # versionless, from bitexact
    info = probe(out)
    assert info["chapters"] == []
    assert [(s["codec_type"], s["codec_name"]) for s in info["streams"]] == [
        ("video", "h264"),
        ("audio", "aac"),
    ]
    assert (info["streams"][0]["width"], info["streams"][0]["height"]) == (320, 240)
    raw = out.read_bytes()
    for needle in (b"Apple", b"iPhone", b"Zarghuna", b"Tehran", b"+34.5553"):
        assert needle not in raw
    assert sniff(head(out)) == Sniffed("video", "video/mp4", ".mp4")
    media.assert_clean(out, "video")


def test_strip_video_scales_to_720p(tmp_path: Path) -> None:
    src = tmp_path / "big.webm"
    ffmpeg(
        "-f", "lavfi", "-i", "testsrc=size=1600x1200:rate=5:duration=0.2",
        "-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8", src,
    )  # fmt: skip
    out = media.strip_av(src, tmp_path, kind="video")
    video = probe(out)["streams"][0]
    assert (video["width"], video["height"]) == (960, 720)
    assert video["pix_fmt"] == "yuv420p"


def test_strip_av_drops_cover_art(tagged_mp3: Path, tmp_path: Path) -> None:
    """Cover art is an attached picture (which could carry EXIF GPS), never a video."""
    cover = gps_jpeg(tmp_path / "cover.jpg", size=(32, 32))
    src = tmp_path / "with-cover.mp3"
    ffmpeg(
        "-i", tagged_mp3, "-i", cover, "-map", "0", "-map", "1", "-c", "copy",
        "-disposition:v", "attached_pic", "-id3v2_version", "3", src,
    )  # fmt: skip
    assert [s["codec_type"] for s in probe(src)["streams"]] == ["audio", "video"]
    out = media.strip_av(src, tmp_path, kind="video")
    assert out.suffix == ".m4a"
    assert [s["codec_type"] for s in probe(out)["streams"]] == ["audio"]
    assert b"Apple" not in out.read_bytes()


def test_pitch_shift_changes_frequency_keeps_duration(tagged_mp3: Path, tmp_path: Path):
    plain = media.strip_av(tagged_mp3, tmp_path, kind="audio")
    shifted = media.strip_av(tagged_mp3, tmp_path, kind="audio", pitch_shift=True)

    assert dominant_frequency(plain) == pytest.approx(440, rel=0.03)
    assert dominant_frequency(shifted) == pytest.approx(550, rel=0.03)
    assert duration(shifted) == pytest.approx(2.0, rel=0.10)
    media.assert_clean(shifted, "audio")


def test_pitch_shift_applies_to_video_sound(tagged_mp4: Path, tmp_path: Path) -> None:
    out = media.strip_av(tagged_mp4, tmp_path, kind="video", pitch_shift=True)
    assert [s["codec_type"] for s in probe(out)["streams"]] == ["video", "audio"]
    assert duration(out) == pytest.approx(1.0, rel=0.10)


def test_too_long_by_declared_duration(tmp_path: Path) -> None:
    src = tmp_path / "three.wav"
    ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=3", src)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(ValidationError) as caught:
        media.strip_av(src, out_dir, kind="audio", max_seconds=1)
    assert caught.value.code == "too_long"
    assert no_files(out_dir)
    assert media.strip_av(src, out_dir, kind="audio", max_seconds=3).exists()


def test_too_long_without_declared_duration(tmp_path: Path) -> None:
    """A browser MediaRecorder WebM has no duration in its header: caught after encoding."""
    src = tmp_path / "recording.webm"
    opus_webm = ["-i", "sine=frequency=440:duration=3", "-c:a", "libopus", "-f", "webm"]
    with open(src, "wb") as fh:
        subprocess.run(
            ["ffmpeg", "-nostdin", "-loglevel", "error", "-f", "lavfi", *opus_webm, "pipe:1"],
            check=True,
            stdout=fh,
            timeout=30,
        )
    assert "duration" not in probe(src)["format"]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(ValidationError) as caught:
        media.strip_av(src, out_dir, kind="video", max_seconds=1)
    assert caught.value.code == "too_long"
    assert no_files(out_dir)

    out = media.strip_av(src, out_dir, kind="video", max_seconds=5)
    assert out.suffix == ".m4a"  # audio-only WebM asked for as video comes back as audio
    assert duration(out) == pytest.approx(3.0, abs=0.15)


def test_corrupt_mp3_is_refused(tmp_path: Path) -> None:
    junk = random.Random(7).randbytes(20000)
    (tmp_path / "id3.mp3").write_bytes(b"ID3\x03\x00\x00\x00\x00\x00\x00" + junk)
    (tmp_path / "frame.mp3").write_bytes(b"\xff\xfb\x90\x64" + junk)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    for name in ("id3.mp3", "frame.mp3"):
        assert sniff(head(tmp_path / name)).mime == "audio/mpeg"
        with pytest.raises(ValidationError) as caught:
            media.strip_av(tmp_path / name, out_dir, kind="audio")
        assert caught.value.code == "corrupt"
    assert no_files(out_dir)


def test_strip_av_refuses_non_av_and_bad_kind(generated: dict[str, Path], tmp_path: Path):
    with pytest.raises(ValidationError) as caught:
        media.strip_av(generated["jpeg"], tmp_path, kind="audio")
    assert caught.value.code == "not_allowed"
    exe = tmp_path / "voice.m4a"
    exe.write_bytes(b"\x7fELF" + bytes(60))
    with pytest.raises(ValidationError) as caught:
        media.strip_av(exe, tmp_path, kind="audio")
    assert caught.value.code == "not_allowed"
    with pytest.raises(ValueError, match="kind"):
        media.strip_av(generated["mp3"], tmp_path, kind="image")


def test_strip_av_handles_hostile_file_names(generated: dict[str, Path], tmp_path: Path):
    src = tmp_path / "-i concat:x|y.mp3"
    shutil.copy(generated["mp3"], src)
    out = media.strip_av(src, tmp_path, kind="audio")
    assert out.suffix == ".m4a" and out.exists()


def test_tool_missing(
    generated: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(media.av, "FFMPEG", "wapsi-no-such-ffmpeg")
    with pytest.raises(ValidationError) as caught:
        media.strip_av(generated["mp3"], tmp_path, kind="audio")
    assert caught.value.code == "tool_missing"
    monkeypatch.setattr(media.av, "FFPROBE", "wapsi-no-such-ffprobe")
    with pytest.raises(ValidationError) as caught:
        media.probe_tags(generated["mp3"])
    assert caught.value.code == "tool_missing"


def test_ffmpeg_command_line_drops_metadata() -> None:
    args = media.build_ffmpeg_args(
        Path("/in/x.webm"),
        Path("/out/y.mp4"),
        demuxer="matroska",
        kind="video",
        audio_index=1,
        video_index=0,
        sample_rate=48000,
        channels=6,
        pitch_shift=True,
        max_seconds=600,
    )
    line = " ".join(args)
    for part in (
        "-protocol_whitelist file",
        "-f matroska -i file:/in/x.webm",
        "-map 0:0 -map 0:1",
        "-map_metadata -1 -map_chapters -1 -dn -sn",
        "-c:v libx264 -preset veryfast",
        "-af asetrate=60000,aresample=48000,atempo=0.8",
        "-ac 2",
        "-t 601",
        "-fflags +bitexact -flags:v +bitexact -flags:a +bitexact",
        "-movflags +faststart -f mp4 file:/out/y.mp4",
    ):
        assert part in line


def test_media_refusals_are_validation_errors_with_codes() -> None:
    error = refusal("too_long", "3.0s is longer than the 1s limit")
    assert isinstance(error, ValidationError)
    assert error.code == "too_long" and error.message == "3.0s is longer than the 1s limit"
    with pytest.raises(ValueError):
        refusal("nope", "x")


def test_truncated_image_is_refused_even_when_another_library_allows_truncation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # WeasyPrint (roadmap PDFs) turns this process-wide switch on when it is imported.
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    whole = gps_jpeg(tmp_path / "whole.jpg").read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[: len(whole) // 2])
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(ValidationError) as caught:
        media.strip_image(cut, out_dir)
    assert caught.value.code == "corrupt"
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # restored for the other library
