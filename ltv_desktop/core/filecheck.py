"""A look at a file before any spreadsheet library sees it.

Spreadsheet readers fail on the wrong kind of file with messages meant for
programmers ("invalid zip header", "XML error at position 3"), or worse, read
an empty table as if nothing were wrong. This module recognises the files a
studio owner is likely to pick by mistake (an old ``.xls``, a password-protected
workbook, a LibreOffice ``.ods``, an ``.xlsb``, a Strict Open XML workbook, a
half-downloaded file, a zip bomb) from their first bytes and the zip directory,
without unpacking anything, and says in plain words what to do about it.

It also streams each worksheet's XML once (no parsing, a byte scan) to find
how far its cells really reach: the cell reader lays a sheet out as one dense
grid, so a single stray value at XFD1048576 would ask for 17 billion cells and
kill the process. Empty cells, empty rows and a ``<dimension>`` that claims a
million rows cost nothing, so only cells holding a value count. A few values
far from the table (``STRAY_ROWS`` empty rows or ``STRAY_COLUMNS`` empty
columns away) are stray entries, as Excel and LibreOffice treat them: they are
listed, and the readers read a copy of the file without them
(``without_stray_cells``).
"""

from __future__ import annotations

import html
import itertools
import os
import posixpath
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .errors import SkippedCell, WorkbookError
from .message import Message, Number, number

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
# The grid the reader may lay out for one sheet: a million rows of 19 columns. Bigger
# means a stray cell far away, or a sheet no studio keeps (calamine needs 32 bytes a cell).
MAX_CELLS = 20_000_000
MAX_ROWS, MAX_COLUMNS = 1_048_576, 16_384  # Excel's own limits
# A value this far from the table (more empty rows or columns between) is a stray entry,
# left out and listed; more than MAX_STRAYS of them is a second table, and refused.
STRAY_ROWS, STRAY_COLUMNS, MAX_STRAYS = 1_000, 50, 100
_CHUNK = 1024 * 1024
_HEAD_BYTES = 64 * 1024  # enough of a part to see its root element's namespace
_OVERRIDE = re.compile(r"<(?:\w+:)?Override\b[^>]*>")
_PART_NAME = re.compile(r'\bPartName\s*=\s*["\']([^"\']*)["\']')
_CONTENT_TYPE = re.compile(r'\bContentType\s*=\s*["\']([^"\']*)["\']')
_DTD = (b"<!DOCTYPE", b"<!ENTITY")
# A cell reference in a column from T on (19 columns × a million rows fit MAX_CELLS), then
# whether the cell is empty: self-closing, or closed at once. Row elements have digits only.
_FAR_COLUMN = re.compile(rb' r="(?:[T-Z]|[A-Z]{2,3})[0-9]+"[^>]*?(/?)>(</)?')
_ANY_CELL = re.compile(rb' r="([A-Z]{1,3})([0-9]+)"[^>]*?(/?)>(</)?')
# One whole cell element, its reference captured: self-closing, or up to its closing tag.
_STRAY_CELL = re.compile(
    rb'<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{1,3}[0-9]+)"[^>]*?(?:/>|>.*?</(?:\w+:)?c>)', re.DOTALL
)
_OVERLAP = 256  # bytes carried from one chunk to the next so no reference is cut in two
_SHEET_ELEMENT = re.compile(r"<(?:\w+:)?sheet\b[^>]*>")
_NAME_ATTR = re.compile(r'\bname\s*=\s*"([^"]*)"')
_RID_ATTR = re.compile(r'\b\w+:id\s*=\s*"([^"]*)"')
_RELATIONSHIP = re.compile(r"<(?:\w+:)?Relationship\b[^>]*>")
_ID_ATTR = re.compile(r'\bId\s*=\s*"([^"]*)"')
_TARGET_ATTR = re.compile(r'\bTarget\s*=\s*"([^"]*)"')
_TYPE_ATTR = re.compile(r'\bType\s*=\s*"([^"]*)"')


@dataclass(frozen=True)
class StrayCell:
    """A value far from its sheet's table, which the readers leave out."""

    sheet: str
    part: str  # the worksheet's zip member
    ref: str  # the cell, as the spreadsheet names it: XFD1048576

    def skipped(self) -> SkippedCell:
        """Return the cell as listed under the file's problems."""
        column = ref_column = self.ref.rstrip("0123456789")
        row = int(self.ref[len(ref_column) :])
        reason = Message(
            "a stray value far from the table (more than %1 empty rows or %2 empty columns "
            "away) was left out",
            number(STRAY_ROWS), number(STRAY_COLUMNS),
        )  # fmt: skip
        return SkippedCell.because(self.sheet, row, column, "", reason)


def check_workbook_file(
    path: str | os.PathLike[str], *, allow_strict: bool = False, extents: bool = True
) -> list[StrayCell]:
    """Return the stray cells if ``path`` looks like an .xlsx workbook; else raise WorkbookError.

    ``allow_strict`` lets a Strict Open XML workbook through, for readers that
    understand it (calamine does; openpyxl does not). Every worksheet is
    scanned for how far its values reach (``MAX_CELLS``, once stray cells are
    set aside), and every XML part for entity declarations, which no
    spreadsheet uses and XML bombs need. ``extents=False`` leaves the
    extents to a reader that finds them as it reads (``check_sheet_extents``
    does it later for the sheets it did not read); no stray cells are returned.
    """
    name = os.path.basename(os.fspath(path)) or os.fspath(path)
    head = _read_head(path, name)
    if head.startswith(OLE2_MAGIC):
        if _has_encryption_streams(path):
            raise WorkbookError(
                Message(
                    "'%1' is a password-protected workbook; open it in Excel, remove the "
                    "password, and try again.",
                    name,
                )
            )
        raise WorkbookError(
            Message(
                "'%1' is an old Excel 97–2003 workbook (.xls). Please save it as .xlsx (Excel "
                "Workbook) in Excel or LibreOffice and open that.",
                name,
            )
        )
    if not head.startswith(ZIP_MAGICS):
        raise WorkbookError(Message("'%1' is not an Excel workbook (.xlsx).", name))
    return _check_zip(path, name, allow_strict=allow_strict, extents=extents)


def check_sheet_extents(
    path: str | os.PathLike[str], *, skip: Collection[str] = ()
) -> list[StrayCell]:
    """Return the stray cells, or refuse, as ``check_workbook_file`` does, for the extents alone.

    Sheets named in ``skip`` (a reader has already seen where their values are) are left out.
    """
    name = os.path.basename(os.fspath(path)) or os.fspath(path)
    with _zip_refusals(name), zipfile.ZipFile(path) as archive:
        by_name = {_part_key(m.filename): m for m in archive.infolist()}
        workbook = _workbook_part(archive, by_name)
        if workbook is None:
            return []
        return _check_sheet_extents(archive, by_name, workbook, name, skip=skip)


def _read_head(path: str | os.PathLike[str], name: str) -> bytes:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise WorkbookError(
            Message("'%1' was not found. It may have been moved, renamed or deleted.", name)
        ) from None
    except OSError as e:
        raise WorkbookError(Message("'%1' cannot be read (%2).", name, _os_reason(e))) from None
    if stat.S_ISDIR(info.st_mode):
        raise WorkbookError(Message("'%1' is a folder, not a workbook.", name))
    if not stat.S_ISREG(info.st_mode):
        raise WorkbookError(Message("'%1' is not a workbook file.", name))
    if info.st_size == 0:
        raise WorkbookError(
            Message(
                "'%1' is empty (0 bytes). It may not have finished downloading or copying.", name
            )
        )
    try:
        with open(path, "rb") as f:
            return f.read(8)
    except OSError as e:
        raise WorkbookError(Message("'%1' cannot be read (%2).", name, _os_reason(e))) from None


def _os_reason(error: OSError) -> Message:
    if isinstance(error, PermissionError):
        return Message("you do not have permission to open it")
    return Message("%1", error.strerror or str(error))  # the system's own words


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


def damaged(name: str, detail: Message) -> WorkbookError:
    """Return the error for a damaged file: what is wrong, and to try the backup copy."""
    return WorkbookError(
        Message(
            "'%1' is damaged (%2). It may not have finished downloading or copying; try a backup "
            "copy, or open it in Excel, which can sometimes repair it.",
            name,
            detail,
        )
    )


def _check_zip(
    path: str | os.PathLike[str], name: str, *, allow_strict: bool, extents: bool
) -> list[StrayCell]:
    with _zip_refusals(name):
        size = os.path.getsize(path)
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_members(members, size, name)
            by_name = {_part_key(m.filename): m for m in members}
            workbook = _check_kind(archive, by_name, name, allow_strict=allow_strict)
            _check_no_entities(archive, members, name)
            if not extents:
                return []
            return _check_sheet_extents(archive, by_name, workbook, name)


@contextmanager
def _zip_refusals(name: str) -> Iterator[None]:
    """Turn what zipfile and zlib raise into plain words naming the file (and the backup)."""
    try:
        yield
    except WorkbookError:
        raise
    except zipfile.LargeZipFile:
        raise _too_large(name, None) from None
    except (zlib.error, EOFError):
        # zlib's own words ("Error -3 while decompressing data: invalid bit length repeat")
        # mean nothing to a studio owner: a part of the file cannot be unpacked.
        raise damaged(
            name, Message("the file is incomplete or corrupt: part of it cannot be unpacked")
        ) from None
    except (zipfile.BadZipFile, ValueError, NotImplementedError, RuntimeError) as e:
        raise damaged(name, Message("the file is incomplete or corrupt: %1", str(e))) from None
    except OSError as e:
        raise WorkbookError(Message("'%1' cannot be read (%2).", name, _os_reason(e))) from None


def _too_large(name: str, unpacked: int | None) -> WorkbookError:
    if unpacked is None:
        return WorkbookError(Message("'%1' is too large or malformed; it was not opened.", name))
    size = Number(unpacked / 1024**3, "fixed1", f"{unpacked / 1024**3:.1f}")
    return WorkbookError(
        Message(
            "'%1' is too large or malformed (it would unpack to %2 GB); it was not opened.",
            name,
            size,
        )
    )


def _check_members(members: list[zipfile.ZipInfo], size: int, name: str) -> None:
    total = 0
    for m in members:
        total += m.file_size
        if m.header_offset + m.compress_size > size:
            raise damaged(name, Message("the file is shorter than its own table of contents says"))
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
) -> zipfile.ZipInfo:
    """Return the workbook part, or raise if the file is some other kind of document."""
    mimetype = by_name.get("mimetype")
    if mimetype is not None:
        kind = _read_part(archive, mimetype, 200).strip()
        if kind.startswith(ODS_MIMETYPE):
            raise WorkbookError(
                Message(
                    "'%1' is an OpenDocument spreadsheet (.ods). Please save it as .xlsx (Excel "
                    "Workbook) in LibreOffice or Excel and open that.",
                    name,
                )
            )
    if "xl/workbook.bin" in by_name:
        raise WorkbookError(
            Message(
                "'%1' is an Excel binary workbook (.xlsb). Please save it as .xlsx (Excel "
                "Workbook) in Excel and open that.",
                name,
            )
        )
    workbook = _workbook_part(archive, by_name)
    if workbook is None:
        if "word/document.xml" in by_name:
            raise WorkbookError(
                Message("'%1' is a Word document, not an Excel workbook (.xlsx).", name)
            )
        raise WorkbookError(Message("'%1' is not an Excel workbook (.xlsx).", name))
    if allow_strict:
        return workbook
    parts = [_read_part(archive, workbook, _HEAD_BYTES)]
    content_types = by_name.get("[content_types].xml")
    if content_types is not None:
        parts.append(_read_part(archive, content_types, _HEAD_BYTES))
    if any(STRICT_NAMESPACE in part for part in parts):
        raise WorkbookError(
            Message(
                "'%1' is saved in the Strict Open XML format, which LTV Desktop cannot open here. "
                'Please save it in Excel as a normal "Excel Workbook (.xlsx)" and open that.',
                name,
            )
        )
    return workbook


def _check_no_entities(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse a file whose XML declares entities: spreadsheets never do, XML bombs must."""
    for member in members:
        if not _part_key(member.filename).endswith((".xml", ".rels", ".vml")):
            continue
        head = _read_part(archive, member, _HEAD_BYTES)
        if any(marker in head for marker in _DTD):
            raise WorkbookError(
                Message(
                    "'%1' contains XML entity declarations (in %2), which spreadsheets never use "
                    "and which can be used to attack programs that read XML; it was not opened.",
                    name,
                    str(member.filename),
                )
            )


def _worksheet_parts(
    archive: zipfile.ZipFile,
    by_name: dict[str, zipfile.ZipInfo],
    workbook: zipfile.ZipInfo,
    name: str,
) -> dict[str, str]:
    """Return each worksheet part's key → the sheet's name (the part's name if unknown).

    Sheets are found the way readers find them, through the workbook part's
    relationships; any other part under a ``worksheets`` folder is included too.
    """
    found: dict[str, str] = {}
    workbook_key = _part_key(workbook.filename)
    folder = posixpath.dirname(workbook_key)
    rels_key = posixpath.join(folder, "_rels", posixpath.basename(workbook_key) + ".rels")
    rels = by_name.get(rels_key)
    targets: dict[str, str] = {}
    if rels is not None:
        text = _read_part(archive, rels, _HEAD_BYTES * 16).decode("utf-8", "replace")
        for element in _RELATIONSHIP.findall(text):
            rid = _ID_ATTR.search(element)
            target = _TARGET_ATTR.search(element)
            kind = _TYPE_ATTR.search(element)
            if rid and target and kind and kind.group(1).endswith("/worksheet"):
                where = html.unescape(target.group(1)).replace("\\", "/")
                key = where.lstrip("/") if where.startswith("/") else posixpath.join(folder, where)
                targets[rid.group(1)] = posixpath.normpath(key).lower()
    text = _read_part(archive, workbook, _HEAD_BYTES * 16).decode("utf-8", "replace")
    for element in _SHEET_ELEMENT.findall(text):
        sheet, rid = _NAME_ATTR.search(element), _RID_ATTR.search(element)
        if sheet and rid and rid.group(1) in targets:
            key = targets[rid.group(1)]
            if key not in by_name:
                raise damaged(
                    name,
                    Message(
                        "the '%1' sheet is missing from it: %2 is not in the file",
                        str(html.unescape(sheet.group(1))),
                        str(key),
                    ),
                )
            found[key] = html.unescape(sheet.group(1))
    for key in by_name:
        if key.endswith(".xml") and "worksheets/" in key and "/_rels/" not in key:
            found.setdefault(key, posixpath.basename(key))
    return {key: sheet for key, sheet in found.items() if key in by_name}


def _check_sheet_extents(
    archive: zipfile.ZipFile,
    by_name: dict[str, zipfile.ZipInfo],
    workbook: zipfile.ZipInfo,
    name: str,
    *,
    skip: Collection[str] = (),
) -> list[StrayCell]:
    """Return the stray cells; refuse a sheet whose grid would still exceed ``MAX_CELLS``."""
    strays: list[StrayCell] = []
    for key, sheet in _worksheet_parts(archive, by_name, workbook, name).items():
        if sheet in skip:
            continue
        member = by_name[key]
        if not _reaches_far(archive, member):
            continue
        rows, columns, last = _extent(archive, member)
        if rows * columns <= MAX_CELLS:
            continue
        refs, rows, columns, last = _without_strays(archive, member, (rows, columns, last))
        if rows * columns > MAX_CELLS:
            raise WorkbookError(
                Message(
                    "'%1': the '%2' sheet has a value in cell %3, so opening it would lay out %4 "
                    "rows × %5 columns (%6 cells), far more than a client list needs. If that "
                    "cell is a stray entry, delete it (in Excel, Ctrl+End jumps to it), save, and "
                    "try again.",
                    name,
                    str(sheet),
                    str(last),
                    number(rows),
                    number(columns),
                    number(rows * columns),
                )
            )
        strays += [StrayCell(sheet, member.filename, ref) for ref in refs]
    return strays


def _table_end(filled: set[int], gap: int) -> int:
    """Return the table's last row (or column): where the first gap wider than ``gap`` starts."""
    ordered = sorted(filled)
    for before, after in itertools.pairwise(ordered):
        if after - before - 1 > gap:
            return before
    return ordered[-1]


def _without_strays(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, whole: tuple[int, int, str]
) -> tuple[list[str], int, int, str]:
    """Return the stray cells' references and the rows, columns and farthest cell left.

    Too many strays are no stray entries but a second table: then nothing is
    set aside and ``whole`` (the extent with every value) comes back.
    """
    rows: set[int] = set()
    columns: set[int] = set()
    for row, column in _values(archive, member):
        rows.add(row)
        columns.add(column)
    last_row, last_column = _table_end(rows, STRAY_ROWS), _table_end(columns, STRAY_COLUMNS)
    del rows, columns
    refs: list[str] = []
    kept_rows = kept_columns = 1
    for row, column in _values(archive, member):
        if row > last_row or column > last_column:
            refs.append(f"{_column_name(column)}{row}")
            if len(refs) > MAX_STRAYS:
                return [], *whole
        else:
            kept_rows, kept_columns = max(kept_rows, row), max(kept_columns, column)
    return refs, kept_rows, kept_columns, f"{_column_name(kept_columns)}{kept_rows}"


def _values(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Iterator[tuple[int, int]]:
    """Yield the row and column number of every cell holding a value, once each."""
    tail, base, seen_to = b"", 0, 0  # base: where ``tail`` starts in the part
    with archive.open(member) as f:
        while data := f.read(_CHUNK * 4):
            chunk = tail + data
            for match in _ANY_CELL.finditer(chunk):
                at = base + match.start()
                if at < seen_to:  # seen in the previous chunk's overlap
                    continue
                seen_to = at + 1
                letters, digits, closing, empty = match.groups()
                if not closing and not empty:
                    yield int(digits), _column_number(letters)
            tail = chunk[-_OVERLAP:]
            base += len(chunk) - len(tail)


@contextmanager
def without_stray_cells(path: str | os.PathLike[str], strays: list[StrayCell]) -> Iterator[str]:
    """Yield the path of a copy of the workbook without ``strays`` (``path`` itself if none).

    The readers lay a sheet out as one grid from A1 to its farthest value, so
    the stray cells must be gone before they look; the copy lives in a
    temporary folder removed on leaving.
    """
    if not strays:
        yield os.fspath(path)
        return
    by_part: dict[str, set[bytes]] = {}
    for stray in strays:
        by_part.setdefault(stray.part, set()).add(stray.ref.encode())
    folder = tempfile.mkdtemp(prefix="ltv-strays-")
    try:
        copy = os.path.join(folder, os.path.basename(os.fspath(path)))
        with (
            zipfile.ZipFile(path) as source,
            zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
        ):
            for member in source.infolist():
                data = source.read(member)
                refs = by_part.get(member.filename)
                if refs:
                    data = _STRAY_CELL.sub(_dropping(refs), data)
                target.writestr(member, data, zipfile.ZIP_DEFLATED, 1)
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _dropping(refs: set[bytes]) -> Callable[[re.Match[bytes]], bytes]:
    """Return a substitution that drops the cell elements whose reference is in ``refs``."""
    return lambda cell: b"" if cell.group(1) in refs else cell.group(0)


def _chunks(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Iterator[bytes]:
    """Yield a part's bytes in chunks that overlap a little, so no reference is cut."""
    tail = b""
    with archive.open(member) as f:
        while chunk := f.read(_CHUNK * 4):
            yield tail + chunk
            tail = chunk[-_OVERLAP:]


def _reaches_far(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """Return whether any value sits in column T or beyond (the fast pass: one C-speed scan)."""
    for chunk in _chunks(archive, member):
        for closing, empty in _FAR_COLUMN.findall(chunk):
            if not closing and not empty:
                return True
    return False


def _extent(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> tuple[int, int, str]:
    """Return the rows and columns the sheet's values span from A1, and its farthest cell."""
    rows = columns = 1
    last = "A1"
    for chunk in _chunks(archive, member):
        for letters, digits, closing, empty in _ANY_CELL.findall(chunk):
            if closing or empty:
                continue
            row, column = int(digits), _column_number(letters)
            if row > rows or column > columns:
                rows, columns = max(rows, row), max(columns, column)
                last = f"{_column_name(columns)}{rows}"
    return min(rows, MAX_ROWS), min(columns, MAX_COLUMNS), last


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _column_name(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
