"""Resident ID numbers (公民身份号码, GB 11643-1999) and their keyed hash.

An ID number is never stored: the import keeps only ``person_key``, the first 60 bits of
HMAC-SHA256(key, ID number) as a positive BIGINT, so records join on an integer. The key
comes from ``HEALTHPLAN_ID_KEY`` (hex or text) or, failing that, from the file ``id.key``
in the workspace, created on first use with 0600 permissions. Without the key nobody can
test a guessed ID number against the records; a provincial installation sets the same key
everywhere so that extracts from different systems link. With 60 bits, two of 10 million
people share a key with probability about 4·10⁻⁵; the import rejects such a pair as a
duplicate rather than merging them.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

__all__ = ["check_digit", "id_key", "person_key", "valid_id_number"]

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"  # GB 11643: the check character for (Σ digit × weight) mod 11
KEY_FILE = "id.key"
KEY_BITS = 60


def check_digit(first17: str) -> str:
    """The 18th character of an ID number whose first 17 digits are ``first17``."""
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def valid_id_number(number: str) -> bool:
    """18 characters, 17 digits and the right check character (``X`` upper case)."""
    return (
        len(number) == 18
        and number[:17].isdigit()
        and number[17] in "0123456789X"
        and check_digit(number[:17]) == number[17]
    )


def id_key(home: Path) -> bytes:
    """The HMAC key: ``HEALTHPLAN_ID_KEY``, else ``home/id.key`` (created 0600 if absent)."""
    configured = os.environ.get("HEALTHPLAN_ID_KEY")
    if configured:
        try:
            return bytes.fromhex(configured)
        except ValueError:
            return configured.encode("utf-8")
    path = home / KEY_FILE
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_hex(32))
    return bytes.fromhex(path.read_text().strip())


def person_key(key: bytes, number: str) -> int:
    """The stored pseudonym of one ID number (the import computes the same in DuckDB)."""
    digest = hmac.new(key, number.encode("ascii"), hashlib.sha256).hexdigest()
    return int(digest[: KEY_BITS // 4], 16)


def hmac_sql(key: bytes, column: str) -> str:
    """DuckDB SQL for :func:`person_key` of a VARCHAR column: HMAC-SHA256 from its
    definition (RFC 2104) with DuckDB's ``sha256`` over blobs, vectorised over millions of
    rows instead of a Python call per row."""
    block = key if len(key) <= 64 else hashlib.sha256(key).digest()
    block = block.ljust(64, b"\0")
    inner = bytes(b ^ 0x36 for b in block).hex()
    outer = bytes(b ^ 0x5C for b in block).hex()
    digest = f"sha256(unhex('{outer}') || unhex(sha256(unhex('{inner}') || encode({column}))))"
    return f"('0x' || substr({digest}, 1, {KEY_BITS // 4}))::BIGINT"
