"""How limner reads the bytes of a text file: UTF-8, or UTF-16/32 announced by a byte order mark.

One rule for ``limner enrich`` and ``limner batch``: a file that starts with
a byte order mark is read in the encoding the mark names (UTF-8, UTF-16 or
UTF-32, either byte order) and the mark is dropped; any other file is UTF-8.
"""

from __future__ import annotations

import codecs

from limner.errors import InputError

__all__ = ["decode", "sniff"]

# longest first: the UTF-32 LE mark begins with the UTF-16 LE one
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def sniff(head: bytes) -> tuple[str, int]:
    """The encoding that the first bytes of a file announce, and the length of its mark.

    ``("utf-8", 0)`` when there is no mark.

    Raises:
        TypeError: ``head`` is not bytes (a str is text already decoded).
    """
    if not isinstance(head, bytes | bytearray | memoryview):  # (a bare "startswith
        # first arg must be str or a tuple of str, not bytes" for a str)
        raise TypeError(
            f"sniff_encoding() takes head, the first bytes of a file (bytes), got "
            f"{type(head).__name__} {str(head)[:40]!r}"
            + ("; a str is text already decoded" if isinstance(head, str) else "")
        )
    head = bytes(head[:4])
    for mark, name in _MARKS:
        if head.startswith(mark):
            return name, len(mark)
    return "utf-8", 0


def decode(path: str, data: bytes, errors: str = "strict") -> str:
    """The text of a file's bytes ``data`` (read from ``path``), by :func:`sniff`'s rule.

    Raises:
        InputError: bytes that are not valid in the encoding, with
            ``errors="strict"``; the message names the file, the encoding
            and the byte offset.
    """
    encoding, skip = sniff(data[:4])
    try:
        return data[skip:].decode(encoding, errors=errors)
    except UnicodeDecodeError as exc:
        at = skip + exc.start
        label = "UTF-8" if encoding == "utf-8" else f"{encoding.upper()} (from its byte order mark)"
        raise InputError(
            f"{path}: invalid {label} at byte {at} (0x{data[at]:02x}); "
            "re-encode the file, or pass --encoding-errors replace to read it "
            "with U+FFFD in place of bad bytes"
        ) from None
