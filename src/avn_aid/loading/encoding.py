"""Bytes to text, refusing what is too big, not text, or text in another encoding."""

from __future__ import annotations

from avn_aid.loading.files import MAX_BYTES
from avn_aid.loading.located import Mark, located_error


def decode(raw: bytes, file: str) -> str:
    """The file's text; a located PathwayError when it is too big, binary or not UTF-8."""
    if len(raw) > MAX_BYTES:
        raise located_error(
            file, Mark(1, 1), f"file is {len(raw):,} bytes; a pathway may be at most {MAX_BYTES:,}"
        )
    encoding = _wide_encoding(raw)
    if encoding:
        raise located_error(file, Mark(1, 1), f"this is {encoding} text; save the file as UTF-8")
    if b"\x00" in raw:
        raise located_error(file, Mark(1, 1), "this is not a text file (it contains NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise located_error(
            file, Mark(line, 1), "this is not UTF-8 text; save the file as UTF-8"
        ) from None


def _wide_encoding(raw: bytes) -> str | None:
    """'UTF-16' or 'UTF-32' when the bytes look like it (a byte-order mark or ASCII with NULs)."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = raw[:400]
    if len(head) >= 8:
        for start in (0, 1):
            share = head[start::2].count(0) / len(head[start::2])
            if share > 0.9 and head[1 - start :: 2].count(0) < len(head) // 20:
                return "UTF-16"
    return None
