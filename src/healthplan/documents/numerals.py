"""Chinese numerals as plans write them: parts numbered 一 … 十, 十一, 二十三, 一百零五, and
counts such as 三千 or 两 (the one parser for both; 万/亿 are multipliers the extraction stage
applies)."""

from __future__ import annotations

DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
UNITS = {"十": 10, "百": 100, "千": 1000}
# 廿, 卅, 卌: twenty, thirty, forty in one character, as Taiwan's press writes them (一百卅五床)
_TENS = str.maketrans({"廿": "二十", "卅": "三十", "卌": "四十"})
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# ⑴ … ⒇: one character for (1) … (20), as Word and PDF conversions leave them
PARENTHESISED = "".join(chr(c) for c in range(0x2474, 0x2488))

# A year is written digit by digit (二〇三〇, 二○二五: ○, a circle, often stands for 〇, and so
# do a letter O and a digit 0 a typist or a conversion put in its place: 二O二五, 二0二五)
_YEAR_DIGITS = str.maketrans("〇○零OＯ一二三四五六七八九", "00000123456789")


def year_digits(text: str) -> str:
    """``text`` with the Chinese digits of a year written digit by digit (二〇三〇 → 2030) in
    ASCII digits, one character for one, so that positions in it are positions in ``text``."""
    return text.translate(_YEAR_DIGITS)


def cn_to_int(text: str) -> int | None:
    """The value of a Chinese numeral (``十一`` → 11, ``三千`` → 3000, ``一百零五`` → 105,
    ``两`` → 2), of a circled or parenthesised number (①, ⑴) or of ASCII digits; None if none
    of these."""
    if text.isascii() and text.isdigit():
        return int(text)
    if len(text) == 1 and text in CIRCLED:
        return CIRCLED.index(text) + 1
    if len(text) == 1 and text in PARENTHESISED:
        return PARENTHESISED.index(text) + 1
    total, digit = 0, None
    for ch in text.translate(_TENS):
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in UNITS:
            total += (1 if digit is None else digit) * UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0) if text else None


def int_to_cn(value: int) -> str:
    """``11`` → ``十一``, ``23`` → ``二十三``, ``105`` → ``一百零五`` (0 < value < 1000)."""
    names = "零一二三四五六七八九"
    if not 0 < value < 1000:
        return str(value)
    hundreds, rest = divmod(value, 100)
    tens, ones = divmod(rest, 10)
    text = f"{names[hundreds]}百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else names[tens]) + "十"
    elif hundreds and ones:
        text += "零"
    if ones:
        text += names[ones]
    return text
