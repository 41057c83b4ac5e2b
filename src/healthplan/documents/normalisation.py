"""Normalise the text of a plan, keeping a map from every character back to the original.

What changes (everything else is kept as it is, Chinese punctuation and ``xx市`` included):

* mojibake from UTF-8 read as Windows-1252/Latin-1 (``â€œ``, ``Ã©``) is repaired with ftfy;
* mojibake that cannot be repaired (``??茖W``, U+FFFD, private-use characters) is kept and
  reported as an *unrepaired* span;
* pinyin annotations some sites put after characters (``衛(wèi)生``, ``拥有(yǒu )``) are dropped;
* full-width digits, letters, ``％`` and ``｜`` (a table's bar) are folded to ASCII;
* ``\\r\\n`` and ``\\r`` become ``\\n``, as does a Cyrillic ``Р`` between Chinese words (``。Р全``:
  a page store's paragraph mark); zero-width characters, stray BOMs and control characters
  are dropped;
* when the text is traditional Chinese, it is converted to simplified with OpenCC (``t2s``).

Every step is local: it looks at a character and its immediate neighbours only, so for a range
of the result that starts and ends on line, sentence or punctuation boundaries (and for any
range of simplified text), normalising the original slice behind it gives exactly that range.
OpenCC converts by phrase, so a range that cuts a context-dependent traditional phrase in two
(``乾隆`` kept, ``乾`` alone becomes ``干``) may convert differently on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

import ftfy
import ftfy.bad_codecs
import opencc

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_LETTERS = f"a-zü{_TONED}ńňǹḿ"
# Bytes 0x80-0xBF as Windows-1252 / Latin-1 show them: the continuation bytes of UTF-8.
_CONT = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_EDITS = re.compile(
    rf"(?P<moji>(?:[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}"
    rf"|[\u00f0-\u00f4][{_CONT}]{{3}})+)"
    rf"|(?<=[{CJK}])(?P<pinyin>[(（][{_PINYIN_LETTERS}]{{1,6}} ?[)）])"
    r"|(?P<wide>[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff5c])"
    r"|(?P<crlf>\r\n?)"
    rf"|(?<=[{CJK}。；;，,：:)）])(?P<mark>\u0420)(?=[{CJK}\d(（])"
    r"|(?P<drop>[\x00-\x08\x0b\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff])"
    rf"|(?P<bad>(?:\ufffd|\?{{2,}})[\ufffd?]*[{CJK}A-Za-z]{{0,2}}|[\ue000-\uf8ff]+)"
)
# The characters an edit can start with: a cheap scan finds them, then _EDITS matches there.
_FIRST = re.compile(
    "[\u00c2-\u00f4(（\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff5c\r\u0420"
    "\x00-\x08\x0b\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\ufffd?\ue000-\uf8ff]"
)
_INITIALS = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINALS = (
    "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in"
    "|ua|uo|ui|un|üe|ue|ün|a|o|e|i|u|ü|v|ng|n|m)"
)
_SYLLABLE = re.compile(f"{_INITIALS}{_FINALS}")
_UNTONE = str.maketrans(
    {
        c: b
        for b, group in zip("aeiouü", ["āáǎà", "ēéěè", "īíǐì", "ōóǒò", "ūúǔù", "ǖǘǚǜ"], strict=True)
        for c in group
    }
    | {"ń": "n", "ň": "n", "ǹ": "n", "ḿ": "m"}
)
_CJK_RUN = re.compile(f"[{CJK}]+")
# What repaired mojibake may turn into: CJK, its punctuation, general punctuation, Latin.
_PLAUSIBLE = re.compile(f"[{CJK}\u0020-\u024f\u2000-\u206f\u3000-\u303f\uff00-\uffef\u00a0]+")


@dataclass
class Normalised:
    """``text[i]`` came from ``original[starts[i]:ends[i]]``; ``starts[len(text)]`` is the end."""

    text: str
    starts: list[int]
    ends: list[int]
    unrepaired: list[tuple[int, int]] = field(default_factory=list)
    repaired: int = 0
    pinyin: int = 0


def _is_pinyin(annotation: str) -> bool:
    letters = annotation[1:-1].rstrip()  # 拥有(yǒu ): some sites leave a space inside
    if any(c in _TONED for c in letters):
        return _SYLLABLE.fullmatch(letters.translate(_UNTONE)) is not None
    return len(letters) >= 2 and _SYLLABLE.fullmatch(letters) is not None


def _repair(run: str) -> str | None:
    """ftfy's repair of a run of UTF-8-read-as-Windows-1252, if it makes one."""
    fixed = ftfy.fix_encoding(run)
    if fixed == run or not _PLAUSIBLE.fullmatch(fixed):
        return None
    return fixed


def _widths(run: str, fixed: str) -> list[int] | None:
    """How many characters of ``run`` each character of ``fixed`` came from: the UTF-8 length
    of each, when the repair was exactly the Windows-1252 → UTF-8 one."""
    try:
        exact = run.encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return None
    return [len(ch.encode("utf-8")) for ch in fixed] if exact == fixed else None


@cache
def _t2s() -> opencc.OpenCC:
    # hk2s, not t2s: it also folds the Hong Kong forms OpenCC's traditional table leaves as
    # they are (衞生署 → 卫生署); on the corpus it differs from t2s in those characters only
    return opencc.OpenCC("hk2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified, length-preserving (each character stays one character)."""
    converter = _t2s()
    whole = converter.convert(text)
    if len(whole) == len(text):
        return whole

    def run(match: re.Match[str]) -> str:
        chunk = match.group()
        converted = converter.convert(chunk)
        if len(converted) == len(chunk):
            return converted
        singles = (converter.convert(ch) for ch in chunk)
        return "".join(s if len(s) == 1 else ch for s, ch in zip(singles, chunk, strict=True))

    return _CJK_RUN.sub(run, text)


def detect_variant(text: str) -> str:
    """``traditional`` when a noticeable share of the Chinese characters are traditional forms."""
    sample = "".join(_CJK_RUN.findall(text[:200_000]))[:10_000]
    if not sample:
        return "simplified"
    converted = to_simplified(sample)
    if converted == sample:
        return "simplified"
    changed = sum(1 for a, b in zip(sample, converted, strict=True) if a != b)
    return "traditional" if changed >= 2 and changed >= 0.06 * len(sample) else "simplified"


def _edits(original: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_EDITS`, left to right, not overlapping (as ``finditer``)."""
    position = 0
    search, match_at = _FIRST.search, _EDITS.match
    while (candidate := search(original, position)) is not None:
        at = candidate.start()
        match = match_at(original, at)
        if match is None:
            position = at + 1
            continue
        yield match
        position = max(match.end(), at + 1)


# A page's number a document-sharing site printed where its page begins: 1、 opening the text,
# then 2、, 3、 … opening the line after a page's worth of text that a page break cut mid-sentence
# (…推进农⏎2、贸市场…). The line before ends in no stop, colon or closing mark.
_PAGE_NUMBER = re.compile(r"^[ \t\u3000]*(\d{1,3})、", re.M)
_PAGE_TEXT = 150  # characters of the line before: a page's text, not an item's
_LINE_CLOSED = re.compile(r"[。；;：:！？!?)）】〕\]”\"]\s*$")


def drop_page_numbers(norm: Normalised) -> None:
    """Drop the page numbers a document-sharing site glued into the text (see
    :data:`_PAGE_NUMBER`), and the line break before each, in place: the text runs on across
    them. Only when the text opens with 1、 and the pages number on 2、, 3、 … in order; unlike
    the edits of :func:`normalise`, this reads whole lines."""
    text = norm.text
    first = _PAGE_NUMBER.match(text.lstrip("\n"))
    if first is None or first.group(1) != "1" or "\n" not in text:
        return
    cuts: list[tuple[int, int]] = []
    expected = 2
    for match in _PAGE_NUMBER.finditer(text, text.index("\n")):
        if int(match.group(1)) != expected:
            continue
        before = text[text.rfind("\n", 0, match.start() - 1) + 1 : match.start() - 1]
        if len(before.strip()) < _PAGE_TEXT or _LINE_CLOSED.search(before):
            continue
        cuts.append((match.start() - 1, match.end()))  # the line break and the number
        expected += 1
    if not cuts:
        return
    opening = len(text) - len(text.lstrip("\n"))
    cuts.insert(0, (opening, opening + first.end()))
    keep = [True] * len(text)
    for a, b in cuts:
        keep[a:b] = [False] * (b - a)
    norm.text = "".join(c for c, k in zip(text, keep, strict=True) if k)
    norm.starts[:] = [*(x for x, k in zip(norm.starts, keep, strict=False) if k), norm.starts[-1]]
    norm.ends[:] = [x for x, k in zip(norm.ends, keep, strict=True) if k]


def normalise(original: str, *, variant: str = "simplified") -> Normalised:
    """Normalise ``original`` (see the module docstring); offsets are into ``original``."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    result = Normalised("", starts, ends)
    position = 0
    for match in _edits(original):
        begin, stop = match.span()
        kind = match.lastgroup
        fixed: str | None = None
        if kind == "moji":
            fixed = _repair(match.group())
            if fixed is None:
                continue
        elif kind == "pinyin" and not _is_pinyin(match.group()):
            continue
        if begin > position:
            pieces.append(original[position:begin])
            starts.extend(range(position, begin))
            ends.extend(range(position + 1, begin + 1))
        position = stop
        if kind == "moji" and fixed is not None:
            pieces.append(fixed)
            result.repaired += 1
            widths = _widths(match.group(), fixed)
            if widths is not None:
                at = begin
                for width in widths:
                    starts.append(at)
                    ends.append(at + width)
                    at += width
            else:
                starts.extend([begin] * len(fixed))
                ends.extend([stop] * len(fixed))
        elif kind == "pinyin":
            result.pinyin += 1
        elif kind == "wide":
            pieces.append(chr(ord(match.group()) - 0xFEE0))
            starts.append(begin)
            ends.append(stop)
        elif kind in ("crlf", "mark"):
            pieces.append("\n")
            starts.append(begin)
            ends.append(stop)
        elif kind == "bad":
            pieces.append(match.group())
            starts.extend(range(begin, stop))
            ends.extend(range(begin + 1, stop + 1))
            result.unrepaired.append((begin, stop))
    if position < len(original):
        pieces.append(original[position:])
        starts.extend(range(position, len(original)))
        ends.extend(range(position + 1, len(original) + 1))
    starts.append(len(original))
    text = "".join(pieces)
    result.text = to_simplified(text) if variant == "traditional" else text
    return result
