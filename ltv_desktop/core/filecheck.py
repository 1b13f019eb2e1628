"""A look at a file before any spreadsheet library sees it.

Spreadsheet readers fail on the wrong kind of file with messages meant for
programmers ("invalid zip header", "XML error at position 3"), or worse, read
an empty table as if nothing were wrong. This module recognises the files a
studio owner is likely to pick by mistake (an old ``.xls``, a password-protected
workbook, a LibreOffice ``.ods``, an ``.xlsb``, a Strict Open XML workbook, a
half-downloaded file, a zip bomb) from their first bytes and the zip directory,
without unpacking anything, and says in plain words what to do about it.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile

from .errors import WorkbookError

MAX_UNCOMPRESSED = 1536 * 1024 * 1024  # 1.5 GiB: far beyond any studio's workbook
MAX_RATIO = 200  # ordinary sheets compress 5-20:1; 200:1 and large is a zip bomb
RATIO_CHECK_FROM = 50 * 1024 * 1024  # small members may compress very well; only large ones count

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # a zip with members, an empty zip
STRICT_NAMESPACE = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
ENCRYPTION_STREAMS = (
    "EncryptionInfo".encode("utf-16-le"),
    "EncryptedPackage".encode("utf-16-le"),
)
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_CHUNK = 1024 * 1024
_HEAD_BYTES = 64 * 1024  # enough of a part to see its root element's namespace
_OVERRIDE = re.compile(r"<(?:\w+:)?Override\b[^>]*>")
_PART_NAME = re.compile(r'\bPartName\s*=\s*["\']([^"\']*)["\']')
_CONTENT_TYPE = re.compile(r'\bContentType\s*=\s*["\']([^"\']*)["\']')


def check_workbook_file(path: str | os.PathLike[str], *, allow_strict: bool = False) -> None:
    """Return if ``path`` looks like an .xlsx workbook; else raise WorkbookError saying why.

    ``allow_strict`` lets a Strict Open XML workbook through, for readers that
    understand it (calamine does; openpyxl does not).
    """
    name = os.path.basename(os.fspath(path)) or os.fspath(path)
    head = _read_head(path, name)
    if head.startswith(OLE2_MAGIC):
        if _has_encryption_streams(path):
            raise WorkbookError(
                f"'{name}' is a password-protected workbook; open it in Excel, "
                "remove the password, and try again."
            )
        raise WorkbookError(
            f"'{name}' is an old Excel 97–2003 workbook (.xls). Please save it as .xlsx "
            "(Excel Workbook) in Excel or LibreOffice and open that."
        )
    if not head.startswith(ZIP_MAGICS):
        raise WorkbookError(f"'{name}' is not an Excel workbook (.xlsx).")
    _check_zip(path, name, allow_strict=allow_strict)


def _read_head(path: str | os.PathLike[str], name: str) -> bytes:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise WorkbookError(
            f"'{name}' was not found. It may have been moved, renamed or deleted."
        ) from None
    except OSError as e:
        raise WorkbookError(f"'{name}' cannot be read ({_os_reason(e)}).") from None
    if stat.S_ISDIR(info.st_mode):
        raise WorkbookError(f"'{name}' is a folder, not a workbook.")
    if not stat.S_ISREG(info.st_mode):
        raise WorkbookError(f"'{name}' is not a workbook file.")
    if info.st_size == 0:
        raise WorkbookError(
            f"'{name}' is empty (0 bytes). It may not have finished downloading or copying."
        )
    try:
        with open(path, "rb") as f:
            return f.read(8)
    except OSError as e:
        raise WorkbookError(f"'{name}' cannot be read ({_os_reason(e)}).") from None


def _os_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "you do not have permission to open it"
    return error.strerror or str(error)


def _has_encryption_streams(path: str | os.PathLike[str]) -> bool:
    """Return whether an OLE2 file holds the streams of an encrypted OOXML package."""
    longest = max(len(s) for s in ENCRYPTION_STREAMS)
    tail = b""
    try:
        with open(path, "rb") as f:
            while chunk := f.read(_CHUNK):
                window = tail + chunk
                if any(s in window for s in ENCRYPTION_STREAMS):
                    return True
                tail = window[-longest:]
    except OSError:
        return False
    return False


def _damaged(name: str, detail: str) -> WorkbookError:
    return WorkbookError(
        f"'{name}' is damaged ({detail}). It may not have finished downloading or copying; "
        "try a backup copy, or open it in Excel, which can sometimes repair it."
    )


def _check_zip(path: str | os.PathLike[str], name: str, *, allow_strict: bool) -> None:
    try:
        size = os.path.getsize(path)
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_members(members, size, name)
            by_name = {_part_key(m.filename): m for m in members}
            _check_kind(archive, by_name, name, allow_strict=allow_strict)
    except WorkbookError:
        raise
    except zipfile.BadZipFile as e:
        raise _damaged(name, f"the file is incomplete or corrupt: {e}") from None
    except zipfile.LargeZipFile:
        raise _too_large(name, None) from None
    except (EOFError, ValueError, NotImplementedError, RuntimeError) as e:
        raise _damaged(name, f"the file is incomplete or corrupt: {e}") from None
    except OSError as e:
        raise WorkbookError(f"'{name}' cannot be read ({_os_reason(e)}).") from None


def _too_large(name: str, unpacked: int | None) -> WorkbookError:
    how_big = "" if unpacked is None else f" (it would unpack to {unpacked / 1024**3:.1f} GB)"
    return WorkbookError(f"'{name}' is too large or malformed{how_big}; it was not opened.")


def _check_members(members: list[zipfile.ZipInfo], size: int, name: str) -> None:
    total = 0
    for m in members:
        total += m.file_size
        if m.header_offset + m.compress_size > size:
            raise _damaged(name, "the file is shorter than its own table of contents says")
        if m.file_size > RATIO_CHECK_FROM and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise _too_large(name, total)
    if total > MAX_UNCOMPRESSED:
        raise _too_large(name, total)


def _read_part(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int) -> bytes:
    with archive.open(member) as f:
        return f.read(limit)


def _part_key(filename: str) -> str:
    """Return a zip member's name the way parts are compared: ``/``-separated, lower case.

    Some producers write ``xl\\workbook.xml`` with backslashes; readers accept it.
    """
    return filename.replace("\\", "/").lstrip("/").lower()


def _workbook_part(
    archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo]
) -> zipfile.ZipInfo | None:
    """Return the workbook part: ``xl/workbook.xml``, or wherever [Content_Types].xml puts it."""
    found = by_name.get("xl/workbook.xml")
    if found is not None:
        return found
    content_types = by_name.get("[content_types].xml")
    if content_types is None:
        return None
    text = _read_part(archive, content_types, _HEAD_BYTES * 16).decode("utf-8", "replace")
    for element in _OVERRIDE.findall(text):
        part = _PART_NAME.search(element)
        content_type = _CONTENT_TYPE.search(element)
        if part is None or content_type is None:
            continue
        kind = content_type.group(1).lower()
        if kind.endswith(".main+xml") and ("spreadsheetml" in kind or "ms-excel" in kind):
            return by_name.get(_part_key(part.group(1)))
    return None


def _check_kind(
    archive: zipfile.ZipFile,
    by_name: dict[str, zipfile.ZipInfo],
    name: str,
    *,
    allow_strict: bool,
) -> None:
    mimetype = by_name.get("mimetype")
    if mimetype is not None:
        kind = _read_part(archive, mimetype, 200).strip()
        if kind.startswith(ODS_MIMETYPE):
            raise WorkbookError(
                f"'{name}' is an OpenDocument spreadsheet (.ods). Please save it as .xlsx "
                "(Excel Workbook) in LibreOffice or Excel and open that."
            )
    if "xl/workbook.bin" in by_name:
        raise WorkbookError(
            f"'{name}' is an Excel binary workbook (.xlsb). Please save it as .xlsx "
            "(Excel Workbook) in Excel and open that."
        )
    workbook = _workbook_part(archive, by_name)
    if workbook is None:
        if "word/document.xml" in by_name:
            raise WorkbookError(f"'{name}' is a Word document, not an Excel workbook (.xlsx).")
        raise WorkbookError(f"'{name}' is not an Excel workbook (.xlsx).")
    if allow_strict:
        return
    parts = [_read_part(archive, workbook, _HEAD_BYTES)]
    content_types = by_name.get("[content_types].xml")
    if content_types is not None:
        parts.append(_read_part(archive, content_types, _HEAD_BYTES))
    if any(STRICT_NAMESPACE in part for part in parts):
        raise WorkbookError(
            f"'{name}' is saved in the Strict Open XML format, which LTV Desktop cannot "
            'open here. Please save it in Excel as a normal "Excel Workbook (.xlsx)" '
            "and open that."
        )
