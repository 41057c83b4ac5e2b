"""Decode the bytes of a text file, detecting its encoding from the content.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32) wins; then UTF-16 without a BOM is recognised
by its NUL bytes; then strict UTF-8; then the Chinese legacy encodings GB18030 (a superset of
GBK and GB2312) and Big5: when both decode, the one whose characters are the common ones of
its own repertoire wins (GB18030 on a tie); charset-normalizer judges text that reads as
neither.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from healthplan.documents.errors import IngestError
from healthplan.i18n import t

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ("gb18030", "big5")
# Control characters other than tab, line feed, carriage return and form feed.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    # Chinese text in UTF-16 has few NULs; check that it decodes to mostly CJK instead.
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f")
        if text and cjk > 0.6 * len(text) and "\n" in text:
            return encoding
    return None


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    bad = len(_CONTROL.findall(sample))
    return "\x00" in sample or bad > 0.02 * len(sample)


def _common_share(text: str, encoding: str) -> float:
    """Share of the non-ASCII characters that are common characters or punctuation of the
    encoding's own repertoire: GB2312 level 1 (lead bytes B0-D7) and symbols (A1-A3) for
    GB18030, the frequent characters (A440-C67E) and symbols (A140-A3BF) for Big5."""
    sample = [ch for ch in text[:20000] if ord(ch) > 127][:4000]
    if not sample:
        return 1.0
    common = 0
    for ch in sample:
        try:
            code = ch.encode("gb2312" if encoding == "gb18030" else "big5")
        except UnicodeEncodeError:
            continue
        if len(code) != 2:
            continue
        value = code[0] << 8 | code[1]
        if encoding == "gb18030":
            common += 0xB0 <= code[0] <= 0xD7 or 0xA1 <= code[0] <= 0xA3
        else:
            common += 0xA140 <= value <= 0xA3BF or 0xA440 <= value <= 0xC67E
    return common / len(sample)


def _legacy(data: bytes) -> str | None:
    decoded: dict[str, str] = {}
    for encoding in _LEGACY:
        try:
            decoded[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if len(decoded) < 2:
        return next(iter(decoded), None)
    gb, big5 = (_common_share(decoded[e], e) for e in _LEGACY)
    if max(gb, big5) < 0.6:  # neither reads as Chinese text: let charset-normalizer judge
        best = from_bytes(data, cp_isolation=list(_LEGACY), explain=False).best()
        if best is not None and best.encoding in _LEGACY:
            return best.encoding
    # Short texts can be ambiguous; mainland plans are far more often GBK than Big5.
    return "big5" if big5 > gb + 0.05 else "gb18030"


def _few_bad_utf8(data: bytes) -> bool:
    """UTF-8 with a few broken bytes (a bad copy, a truncated end): at most one in a
    hundred characters, and the rest holds real multibyte UTF-8 text."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for ch in text[:20000] if ord(ch) > 127 and ch != "\ufffd")
    return 0 < bad <= max(3, len(text) // 100) and multibyte > 10 * bad


def replaced_bytes(data: bytes, text: str) -> int:
    """How many undecodable spans :func:`decode_text` replaced with U+FFFD."""
    return text.count("\ufffd") - data.count("\ufffd".encode())


def detect_encoding(data: bytes, name: str) -> str:
    """The encoding ``data`` is written in; :class:`IngestError` when it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    if _few_bad_utf8(data):
        return "utf-8"  # decode_text replaces the few bad bytes; the reader warns
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if b"\x00" in data[:20000]:
        raise IngestError(name, t("not a text file (binary content)"))
    legacy = _legacy(data)
    if legacy is None:
        raise IngestError(
            name, t("cannot detect the text encoding (tried UTF-8, UTF-16, GB18030, Big5)")
        )
    return legacy


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode ``data``: ``(text, encoding)``. The text is exactly what the file says, except
    that the few bytes of a mostly-UTF-8 file that are not UTF-8 become U+FFFD (counted by
    :func:`replaced_bytes`, which the readers turn into a warning)."""
    encoding = detect_encoding(data, name)
    try:
        text = data.decode(encoding, errors="replace" if encoding == "utf-8" else "strict")
    except UnicodeDecodeError as error:
        raise IngestError(
            name, t("cannot decode as {encoding}: {e}", encoding=encoding, e=error)
        ) from None
    if _looks_binary(text):
        raise IngestError(name, t("not a text file (binary content)"))
    return text, encoding
