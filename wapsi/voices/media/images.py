"""Images re-encoded from their pixels alone (Pillow): no EXIF, XMP, ICC profile or comment."""

from __future__ import annotations

import io
import math
from pathlib import Path

from django.core.exceptions import ValidationError
from PIL import Image, ImageOps, PngImagePlugin, UnidentifiedImageError

from wapsi.voices.media.common import new_path, refusal, unlink_quietly
from wapsi.voices.media.sniff import sniff_path

try:  # LittleCMS ships in Pillow's wheels, but a distribution build may lack it.
    from PIL import ImageCms
except ImportError:  # pragma: no cover - depends on how Pillow was built
    ImageCms = None  # type: ignore[assignment]

MAX_IMAGE_SIDE = 2048
# Pixels we are willing to decode. JPEGs may declare more because they are decoded at 1/2, 1/4
# or 1/8 scale (draft mode) straight to about the output size; the declared limit stays below
# Pillow's own decompression-bomb threshold so Pillow never warns or raises first.
MAX_IMAGE_PIXELS = 40_000_000
MAX_JPEG_DECLARED_PIXELS = 89_000_000
JPEG_QUALITY = 85
_PILLOW_FORMATS = ("JPEG", "PNG", "WEBP")


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
    if img.mode not in ("RGBA", "LA"):
        return False
    lowest = img.getchannel("A").getextrema()[0]  # one band: (min, max)
    return isinstance(lowest, int | float) and lowest < 255


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
    a ``corrupt`` refusal; non-image content raises ``not_allowed``/``unknown_type``.
    Animated images keep their first frame only.
    """
    src = Path(src)
    sniffed = sniff_path(src)
    if sniffed.kind != "image":
        raise refusal("not_allowed", f"strip_image was given {sniffed.mime}")
    try:
        with _open_image(src) as im:
            width, height = im.size
            limit = MAX_JPEG_DECLARED_PIXELS if im.format == "JPEG" else MAX_IMAGE_PIXELS
            if width * height > limit:
                raise refusal("corrupt", f"image of {width}x{height} px refused (too large)")
            if im.format == "JPEG":
                scale = MAX_IMAGE_SIDE / max(width, height)
                if scale < 1:  # decode at 1/2, 1/4 or 1/8 size while staying >= the target
                    im.draft(im.mode, (math.ceil(width * scale), math.ceil(height * scale)))
            if im.size[0] * im.size[1] > MAX_IMAGE_PIXELS:
                raise refusal("corrupt", f"image of {width}x{height} px refused (too large)")
            _load_whole(im)
            icc = im.info.get("icc_profile")
            img = ImageOps.exif_transpose(im)
    except ValidationError:
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
        raise refusal("corrupt", f"unreadable image: {exc}") from exc

    img = _to_srgb(_normalise_mode(img), icc)
    if img.mode in ("RGBA", "LA") and not _has_alpha(img):
        img = img.convert("RGB" if img.mode == "RGBA" else "L")
    img.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE), Image.Resampling.LANCZOS)
    # A brand-new image from raw pixels: no .info (EXIF, XMP, ICC, comments, text chunks)
    # can ride along into save(), whatever Pillow version decides to carry over by default.
    clean = Image.frombytes(img.mode, img.size, img.tobytes())

    as_png = clean.mode in ("RGBA", "LA")
    dst = new_path(dst_dir, ".png" if as_png else ".jpg")
    try:
        with open(dst, "xb") as fh:
            if as_png:
                clean.save(fh, format="PNG")
            else:
                clean.save(fh, format="JPEG", quality=JPEG_QUALITY, optimize=True)
        assert_image_clean(dst)
    except BaseException:
        unlink_quietly(dst)
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
            if isinstance(im, PngImagePlugin.PngImageFile) and im.text:
                problems.append("PNG text chunks")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise refusal("corrupt", f"cannot re-read image {path.name}: {exc}") from exc
    return problems


def assert_image_clean(path: Path) -> None:
    """Refuse (``corrupt``) an image in which any metadata survived: EXIF (so GPS), XMP, a
    comment, an ICC profile, a PNG text chunk, or a JPEG segment other than JFIF."""
    problems = _image_problems(Path(path))
    if problems:
        raise refusal("corrupt", f"metadata left in {Path(path).name}: {', '.join(problems)}")
