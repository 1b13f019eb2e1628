"""A lean reader of plain worksheets: the sheet's XML scanned with numpy into columns.

python-calamine parses fast but hands back one Python object per cell, and at
a million transactions building (and then taking apart) those objects is most
of the time it takes to open a workbook. The sheets this app and ordinary
writers (xlsxwriter, openpyxl, Excel) produce are regular: ``<c r="B7" s="1"
t="s"><v>5</v></c>``, an inline string ``<is><t>…</t></is>``, rows in order.
This module decompresses such a sheet in chunks and tokenises each chunk at
once: the position of every ``<``, what each tag is, where each cell's value
lies, all as numpy arrays; numbers are converted by numpy, and text cells
become indices into a table of each distinct text, decoded once.

Anything it does not understand exactly (formulas, rich text, error cells,
an attribute out of the usual order, a column beyond Z, a cell far below the
table, a date before March 1900, a damaged part) raises ``NotPlain``, and the
caller reads the workbook the general way instead, so what a user sees never
depends on which reader ran.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import posixpath
import re
import struct
import threading
import types
import zipfile
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, cast

import numpy as np

from .book import Array, object_array

# What reading a damaged zip member raises (the inflating library's error added below).
_DAMAGED: tuple[type[Exception], ...] = (zipfile.BadZipFile, EOFError, OSError, zlib.error)
_inflate_lib: types.ModuleType = zlib
try:  # ISA-L's inflate: the same bytes as zlib's, in under half the time
    from isal import isal_zlib

    _inflate_lib = isal_zlib
    _DAMAGED += (cast(Any, isal_zlib.error),)  # (its stubs call it an instance; a class)
except ImportError:  # a platform without its wheel: zlib's own
    pass

# Cell kinds, as stored in ``SheetColumns.kind``.
EMPTY, NUMBER, DATE, TEXT, BOOL = 0, 1, 2, 3, 4

_CHUNK = 4 * 1024 * 1024  # decompressed bytes tokenised at once
_MAX_VALUE = 32  # longest number text converted in bulk (Excel writes at most 17 digits)
_MAX_SHORT_TEXT = 32  # texts up to this many bytes are deduplicated in bulk
_MAX_COLUMNS = 19  # columns A-S: a value further right is left to the file check's rules
_MAX_ROWS = 1_048_576  # Excel's limit
_MAX_GAP = 1000  # empty rows allowed between two filled ones before the file check decides
_FIRST_1900_SERIAL = 61  # 1900-03-01: before it Excel's calendar has a day that never was
_LAST_SERIAL = 2_958_465  # 9999-12-31
_DAYS_1900_TO_1970 = 25_569  # serial of 1970-01-01 in the 1900 system
_DAYS_1904_TO_1970 = 24_107  # and in the 1904 system

_PRESERVE_T = b'<t xml:space="preserve">'
_INLINE = b' t="inlineStr"'
_ENTITY = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_EXCEL_ESCAPE = re.compile(rb"_x[0-9A-Fa-f]{4}_")
# Built-in number formats that are dates (14-17, 22: with a time of day, which is dropped).
_DATE_FORMATS = frozenset({14, 15, 16, 17, 22})
# Built-in formats calamine turns into something other than a number or a date: times, durations.
_TIME_FORMATS = frozenset({18, 19, 20, 21, 45, 46, 47, *range(27, 37), *range(50, 59)})
_NUM_FMT = re.compile(rb"<(?:\w+:)?numFmt\b[^>]*>")
_XF = re.compile(rb"<(?:\w+:)?xf\b[^>]*>")
_ATTR = re.compile(rb'\b(\w+)\s*=\s*"([^"]*)"')
_CELL_XFS = re.compile(rb"<(?:\w+:)?cellXfs\b.*?</(?:\w+:)?cellXfs>", re.S)
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_DATE1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*\"(?:1|true)\"")


class NotPlain(Exception):  # noqa: N818  (not an error: a reason to read another way)
    """The workbook holds something this reader leaves to the general one."""


@dataclass
class SheetColumns:
    """One sheet's cells, column by column, from row 1 to its last filled row.

    ``kind[j][i]`` says what row i + 1 of column j holds; ``number[j][i]`` is
    its number (a date's serial, a boolean's 0 or 1), ``text[j][i]`` its
    index in ``strings``.
    """

    rows: int
    kind: list[Array]
    number: list[Array]
    text: list[Array]
    strings: Array  # object array of str
    date1904: bool
    _blank: Array | None = None
    _or_empty: Array | None = None

    @property
    def width(self) -> int:
        return len(self.kind)

    def value(self, i: int, j: int) -> Any:
        """Return the cell at row i + 1, column j, as python-calamine gives it."""
        kind = int(self.kind[j][i])
        if kind == EMPTY:
            return ""
        if kind == TEXT:
            return self.strings[self.text[j][i]]
        if kind == BOOL:
            return bool(self.number[j][i])
        number = float(self.number[j][i])
        if kind == NUMBER:
            return number
        return date_value(number, self.date1904)

    def blank(self) -> Array:
        """Return which of ``strings`` are empty or spaces only (worked out once)."""
        if self._blank is None:
            texts = self.strings.tolist()
            self._blank = np.fromiter((not t.strip() for t in texts), dtype=bool, count=len(texts))
        return self._blank

    def row(self, i: int) -> list[Any]:
        return [self.value(i, j) for j in range(self.width)]

    def strings_or_empty(self) -> Array:
        """Return ``strings`` with "" after them: index -1 is an empty cell's text."""
        if self._or_empty is None:
            self._or_empty = np.append(self.strings, np.array([""], dtype=object))
        return self._or_empty


def date_value(serial: float, date1904: bool) -> dt.date | dt.datetime:
    """Return a date cell's serial as python-calamine gives it: a date, or a datetime if timed."""
    base = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
    moment = base + dt.timedelta(days=serial)
    return moment.date() if serial == int(serial) else moment


def days_since_1970(serials: Array, date1904: bool) -> Array:
    """Return date serials as whole days since 1970-01-01 (any time of day dropped)."""
    offset = _DAYS_1904_TO_1970 if date1904 else _DAYS_1900_TO_1970
    return np.floor(serials).astype(np.int64) - offset


# -- the package ---------------------------------------------------------------------


@dataclass
class Package:
    """Where a plain workbook's parts are: its sheets by name, strings, styles."""

    archive: zipfile.ZipFile
    sheets: dict[str, zipfile.ZipInfo]  # sheet name → its part, in workbook order
    date1904: bool
    date_styles: Array  # per cell style: 1 a date, 0 a number, 2 something else
    shared: Array | None  # the shared strings, or None if the workbook has none


def open_package(archive: zipfile.ZipFile, *, styles: bool = True) -> Package:
    """Return the parts of a workbook laid out the usual way; raise NotPlain otherwise.

    ``styles=False`` reads only the sheets' names and parts (no strings, no styles).
    """
    by_name = {m.filename: m for m in archive.infolist()}
    workbook = _part(archive, by_name, "xl/workbook.xml")
    rels = _part(archive, by_name, "xl/_rels/workbook.xml.rels")
    targets: dict[bytes, tuple[bytes, bytes]] = {}
    for element in _RELATIONSHIP.findall(rels):
        attrs = dict(_ATTR.findall(element))
        targets[attrs.get(b"Id", b"")] = (attrs.get(b"Type", b""), attrs.get(b"Target", b""))
    sheets: dict[str, zipfile.ZipInfo] = {}
    for element in _SHEET.findall(workbook):
        attrs = dict(_ATTR.findall(element))
        rid = next((v for k, v in _ATTR.findall(element) if k == b"id"), b"")
        kind, target = targets.get(rid, (b"", b""))
        if not kind.endswith(b"/worksheet"):
            raise NotPlain("a sheet that is not a worksheet")
        sheets[_text(attrs.get(b"name", b""))] = _member(by_name, target)
    shared = None
    date_styles = np.zeros(1, dtype=np.int8)  # no styles part: every cell is plain
    for kind, target in targets.values() if styles else ():
        if kind.endswith(b"/sharedStrings"):
            shared = _shared_strings(archive, _member(by_name, target))
        elif kind.endswith(b"/styles"):
            date_styles = _date_styles(_part(archive, by_name, _key(target)))
    date1904 = _DATE1904.search(workbook) is not None
    return Package(archive, sheets, date1904, date_styles, shared)


def _part(archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo], key: str) -> bytes:
    member = by_name.get(key)
    if member is None:
        raise NotPlain(f"no {key}")
    return archive.read(member)


def _key(target: bytes) -> str:
    """Return the zip member a relationship of xl/workbook.xml points at."""
    where = target.decode("utf-8", "replace")
    key = where.lstrip("/") if where.startswith("/") else posixpath.join("xl", where)
    return posixpath.normpath(key)


def _member(by_name: dict[str, zipfile.ZipInfo], target: bytes) -> zipfile.ZipInfo:
    key = _key(target)
    member = by_name.get(key)
    if member is None:
        raise NotPlain(f"no {key}")
    return member


def _text(raw: bytes) -> str:
    """Return XML text as a str; raise NotPlain for anything but the XML escapes."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise NotPlain("text that is not UTF-8") from None
    if "\r" in text or _EXCEL_ESCAPE.search(raw) is not None:
        raise NotPlain("a text a general reader should decode")
    if "&" not in text:
        return text
    unescaped = _ENTITY.sub(_entity, text)
    if "&" in _ENTITY.sub("", text):
        raise NotPlain("an entity XML does not define")
    return unescaped


def _decoded(pieces: list[bytes]) -> list[str]:
    """Return ``_text`` of each piece: all decoded at once when none needs more than that.

    No text of an XML file holds a NUL, so the pieces are joined by one and
    split again after a single decoding (of a whole chunk's new texts at once).
    """
    joined = b"\0".join(pieces)
    if len(pieces) < 2 or any(mark in joined for mark in (b"&", b"\r", b"_x")):
        return [_text(piece) for piece in pieces]
    try:
        texts = joined.decode("utf-8").split("\0")
    except UnicodeDecodeError:
        raise NotPlain("text that is not UTF-8") from None
    if len(texts) != len(pieces):
        return [_text(piece) for piece in pieces]
    return texts


def _entity(match: re.Match[str]) -> str:
    named, decimal, hexadecimal = match.groups()
    if named:
        return _NAMED[named]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or code == 0xD:
        raise NotPlain("a character reference a general reader should decode")
    return chr(code)


def _date_styles(styles: bytes) -> Array:
    """Return, per cell style (cellXfs), 1 for a date format, 0 a number, 2 anything else."""
    custom: dict[int, int] = {}
    for element in _NUM_FMT.findall(styles):
        attrs = dict(_ATTR.findall(element))
        try:
            custom[int(attrs[b"numFmtId"])] = _format_kind(_text(attrs[b"formatCode"]))
        except (KeyError, ValueError):
            raise NotPlain("a number format without id or code") from None
    block = _CELL_XFS.search(styles)
    kinds: list[int] = []
    for element in _XF.findall(block.group(0) if block else b""):
        attrs = dict(_ATTR.findall(element))
        try:
            number_format = int(attrs.get(b"numFmtId", b"0"))
        except ValueError:
            raise NotPlain("a style without a number format") from None
        if number_format in custom:
            kinds.append(custom[number_format])
        elif number_format in _DATE_FORMATS:
            kinds.append(1)
        elif number_format in _TIME_FORMATS or number_format >= 164:
            kinds.append(2)
        else:
            kinds.append(0)
    return np.array(kinds or [0], dtype=np.int8)


def _format_kind(code: str) -> int:
    """Return 1 for a date format code (a time of day may follow), 0 a number's, 2 otherwise.

    Times and durations (no day or year), and a lone ``m`` (month or minute?), are 2.
    """
    plain = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.', "", code).lower().replace("general", "")
    if "d" in plain or "y" in plain:
        return 1
    if any(letter in plain for letter in "hsm") or re.search(r"e(?![+-])", plain):
        return 2
    return 0


def _shared_strings(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Array:
    """Return the shared strings of plain ``<si><t>…</t></si>`` entries as an object array."""
    whole = archive.read(member)
    start = whole.find(b"<si")
    if start < 0:
        return np.zeros(0, dtype=object)
    data = _Bytes(whole[start : whole.rfind(b"</si>") + 5])
    lt = np.flatnonzero(data.a[: len(data.buf)] == 60)
    n = len(lt) // 4
    tags = lt.reshape(n, 4) if len(lt) == 4 * n else None
    # Empty strings written <si><t/></si> and rich text take another shape.
    if tags is None or not (
        data.starts_with(tags[:, 0], _word(b"<si>"), 4)
        and data.starts_with(tags[:, 2], _T_CLOSE, 4)
        and data.starts_with(tags[:, 3], _word(b"</si>"), 5)
    ):
        raise NotPlain("shared strings that are not plain")
    distinct, index = _texts(data, _text_starts(data, tags[:, 1]), tags[:, 2])
    return object_array(_decoded(distinct.all_bytes()))[index]


# -- the sheet ------------------------------------------------------------------------


def read_sheet(package: Package, sheet: str) -> SheetColumns:
    """Return the sheet's columns; raise NotPlain for anything this reader leaves alone.

    This thread inflates the sheet and cuts it into chunks of whole rows; two
    threads scan the chunks (numpy lets go of the GIL) and lay each out as a
    block of rows, so all this thread does with a block is copy it in place.
    """
    member = package.sheets[sheet]
    strings = _Strings(package.shared)
    numbering = threading.Lock()  # texts are numbered in one place, whichever thread meets them
    columns = _Columns()

    def scan(buf: bytes) -> _Block:
        rows, cols, kinds, numbers, texts, distinct, index = _scan(buf, package)
        if len(index):
            with numbering:
                ids = strings.ids(distinct)
            texts[len(texts) - len(index) :] = ids[index]
        return _Block.of(rows, cols, kinds, numbers, texts)

    pending: deque[Future[_Block]] = deque()
    claimed: list[int] = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        try:
            for buf in _row_chunks(package.archive, member, claimed):
                if claimed:
                    columns.reserve(min(claimed.pop(), _MAX_ROWS))
                pending.append(pool.submit(scan, buf))
                while len(pending) > 2:
                    columns.put(pending.popleft().result())
            while pending:
                columns.put(pending.popleft().result())
        finally:
            for future in pending:
                future.cancel()
    return columns.sheet(strings.array(), package.date1904)


@dataclass
class _Block:
    """The filled cells of some consecutive rows, laid out column by column.

    ``kind[j, i]`` is column j of row ``first + i + 1`` (rows count from 1, as
    in the sheet); ``scattered`` keeps the cells themselves, for a block whose
    rows are not all below the rows already placed.
    """

    first: int
    kind: Array  # int8 (width, rows)
    number: Array  # float64 (width, rows)
    text: Array  # int32 (width, rows)
    present: Array  # bool (rows,)
    scattered: tuple[Array, Array, Array, Array, Array]

    @classmethod
    def of(cls, rows: Array, cols: Array, kinds: Array, numbers: Array, texts: Array) -> _Block:
        filled = kinds != EMPTY
        if not filled.all():
            rows, cols = rows[filled], cols[filled]
            kinds, numbers, texts = kinds[filled], numbers[filled], texts[filled]
        if len(rows) == 0:
            nothing = np.zeros((0, 0))
            return cls(0, nothing, nothing, nothing, np.zeros(0, bool), (rows,) * 5)
        first = int(rows.min()) - 1
        span = int(rows.max()) - first
        width = int(cols.max()) + 1
        at = cols.astype(np.int64) * span + (rows - 1 - first)
        kind = np.zeros(width * span, dtype=np.int8)
        number = np.zeros(width * span)
        text = np.zeros(width * span, dtype=np.int32)
        kind[at], number[at], text[at] = kinds, numbers, texts
        present = np.zeros(span, dtype=bool)
        present[rows - 1 - first] = True
        return cls(
            first,
            kind.reshape(width, span),
            number.reshape(width, span),
            text.reshape(width, span),
            present,
            (rows, cols, kinds, numbers, texts),
        )


class _Columns:
    """A sheet's columns as chunks of cells arrive, grown as rows come (row 1 is index 0)."""

    def __init__(self) -> None:
        self.kind: list[Array] = []
        self.number: list[Array] = []
        self.text: list[Array] = []
        self.present = np.zeros(0, dtype=bool)  # rows holding a value
        self.size = 0

    def _grow(self, rows: int, width: int) -> None:
        capacity = len(self.present)
        if rows > capacity:
            capacity = max(rows, 2 * capacity, 1024)
            self.present = _resized(self.present, capacity)
            for j in range(len(self.kind)):
                self.kind[j] = _resized(self.kind[j], capacity)
                self.number[j] = _resized(self.number[j], capacity)
                self.text[j] = _resized(self.text[j], capacity)
        while len(self.kind) < width:
            self.kind.append(np.zeros(capacity, dtype=np.int8))
            self.number.append(np.zeros(capacity))
            self.text.append(np.zeros(capacity, dtype=np.int32))

    def reserve(self, rows: int) -> None:
        """Make room for ``rows`` rows at once (what the sheet says it has)."""
        self._grow(rows, 0)

    def put(self, block: _Block) -> None:
        """Place a block's cells: copied whole below the rows placed so far, else one by one."""
        width, span = block.kind.shape
        if span == 0:
            return
        start, stop = block.first, block.first + span
        self._grow(stop, width)
        if start >= self.size:
            for j in range(width):
                self.kind[j][start:stop] = block.kind[j]
                self.number[j][start:stop] = block.number[j]
                self.text[j][start:stop] = block.text[j]
            self.present[start:stop] = block.present
        else:  # rows out of order: only the filled cells, over what is there
            rows, cols, kinds, numbers, texts = block.scattered
            rows = rows - 1
            self.present[rows] = True
            for j in np.unique(cols).tolist():
                mine = cols == j
                at = rows[mine]
                self.kind[j][at] = kinds[mine]
                self.number[j][at] = numbers[mine]
                self.text[j][at] = texts[mine]
        self.size = max(self.size, stop)

    def sheet(self, strings: Array, date1904: bool) -> SheetColumns:
        used = np.flatnonzero(self.present[: self.size])
        if len(used) and (
            used[0] >= _MAX_GAP or (len(used) > 1 and np.diff(used).max() > _MAX_GAP)
        ):
            raise NotPlain("a value far from the others")
        n = self.size
        return SheetColumns(
            n,
            [_trimmed(k, n) for k in self.kind],
            [_trimmed(x, n) for x in self.number],
            [_trimmed(t, n) for t in self.text],
            strings,
            date1904,
        )


def _trimmed(array: Array, size: int) -> Array:
    """Return the first ``size`` items, copied if that lets much memory go."""
    return array[:size].copy() if len(array) > size + size // 8 + 1024 else array[:size]


def _resized(array: Array, size: int) -> Array:
    out = np.zeros(size, dtype=array.dtype)
    out[: len(array)] = array
    return out


_DIMENSION = re.compile(rb'<dimension ref="[A-Z]+[0-9]+:[A-Z]+([0-9]{1,7})"')


def _row_chunks(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, rows: list[int] | None = None
) -> Iterator[bytes]:
    """Yield the sheet data in chunks of whole rows (the text between rows dropped).

    The rows the sheet's ``<dimension>`` claims, if any, are added to ``rows``.
    """
    try:
        pieces = _inflated(archive, member)
        carry = b""
        started = False
        while True:
            data = next(pieces, b"")
            buf = carry + data
            if not started:
                at = buf.find(b"<sheetData")
                if at < 0:
                    if not data:
                        return
                    carry = buf[-64:]
                    continue
                started = True
                claimed = _DIMENSION.search(buf, 0, at)
                if claimed is not None and rows is not None:
                    rows.append(int(claimed.group(1)))
                close = buf.find(b">", at)
                if close < 0 or buf[close - 1 : close] == b"/":
                    return  # <sheetData/>: no rows
                buf = buf[close + 1 :]
            end = buf.rfind(b"</sheetData>") if not data or b"</sheetData>" in buf else -1
            if end >= 0:
                for _ in pieces:  # read to the member's end, where its CRC is checked
                    pass
                yield buf[:end]
                return
            if not data:
                raise NotPlain("sheet data without an end")
            cut = buf.rfind(b"</row>")
            if cut < 0:
                carry = buf
                continue
            yield buf[: cut + 6]
            carry = buf[cut + 6 :]
    except _DAMAGED as e:
        raise NotPlain(f"a damaged part ({e})") from None


_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, then the name's and extra field's lengths
_COMPRESSED_PIECE = 512 * 1024  # about 4 MB of sheet XML once inflated


def _inflated(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Iterator[bytes]:
    """Yield a zip member's bytes in pieces as they are inflated, its CRC checked at the end.

    The member is read through a file handle of its own and inflated by
    ``_inflate_lib``; anything but a plain deflated or stored member of a
    file on disk goes through ``zipfile``.
    """
    plain = member.compress_type in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED)
    if not plain or member.flag_bits & 0x1 or not isinstance(archive.filename, str):
        with archive.open(member) as f:
            yield from iter(lambda: f.read(_CHUNK), b"")
        return
    with open(archive.filename, "rb") as f:
        f.seek(member.header_offset)
        signature, name_length, extra_length = _LOCAL_HEADER.unpack(f.read(_LOCAL_HEADER.size))
        if signature != b"PK\x03\x04":
            raise zipfile.BadZipFile(f"no local header for {member.filename}")
        f.seek(name_length + extra_length, os.SEEK_CUR)
        deflated = member.compress_type == zipfile.ZIP_DEFLATED
        inflate = _inflate_lib.decompressobj(-15) if deflated else None
        left, crc = member.compress_size, 0
        while left:
            piece = f.read(min(left, _COMPRESSED_PIECE))
            if not piece:
                raise EOFError(f"{member.filename} ends early")
            left -= len(piece)
            if inflate is not None:
                piece = inflate.decompress(piece)
            crc = zlib.crc32(piece, crc)
            if piece:
                yield piece
        if inflate is not None:
            rest = inflate.flush()
            crc = zlib.crc32(rest, crc)
            if not inflate.eof:
                raise EOFError(f"{member.filename} ends early")
            if rest:
                yield rest
        if crc != member.CRC:
            raise zipfile.BadZipFile(f"Bad CRC-32 for file {member.filename!r}")


class _Strings:
    """Every distinct text of a sheet, numbered in the order met (shared strings first)."""

    def __init__(self, shared: Array | None):
        self.shared = shared
        self.index: dict[str, int] = {}
        self.known: dict[bytes, int] = {}  # a text as written → its number
        self.words = np.zeros(0, dtype=np.uint64)  # short texts as written, sorted
        self.word_ids = np.zeros(0, dtype=np.int64)  # and their numbers
        self.items: list[str] = []
        if shared is not None:
            for text in shared.tolist():
                self.index.setdefault(text, len(self.items))
                self.items.append(text)

    def ids(self, distinct: _Distinct) -> Array:
        """Return the number of each text as written, decoding only texts not met before.

        Short texts are looked up all at once among the words met before
        (sorted, with their numbers); a client ID recurs in every chunk.
        """
        words = distinct.words
        out = np.empty(len(distinct), dtype=np.int64)
        at = np.searchsorted(self.words, words)
        found = at < len(self.words)
        found[found] = self.words[at[found]] == words[found]
        out[: len(words)][found] = self.word_ids[at[found]]
        new = np.flatnonzero(~found)
        if len(new):
            new_words = words[new]
            new_ids = self._numbers([w.rstrip(b"\0") for w in new_words.view("S8").tolist()])
            out[new] = new_ids
            place = np.searchsorted(self.words, new_words)
            self.words = np.insert(self.words, place, new_words)
            self.word_ids = np.insert(self.word_ids, place, new_ids)
        known = self.known
        for k, piece in enumerate(distinct.raw, start=len(words)):
            number = known.get(piece)
            if number is None:
                number = known[piece] = self._numbers([piece])[0]
            out[k] = number
        return out

    def _numbers(self, pieces: list[bytes]) -> list[int]:
        """Return the number of each text, decoded, numbering those never met."""
        index, items = self.index, self.items
        out = []
        for text in _decoded(pieces):
            number = index.get(text)
            if number is None:
                number = index[text] = len(items)
                items.append(text)
            out.append(number)
        return out

    def array(self) -> Array:
        return object_array(self.items)


def _word(text: bytes) -> int:
    """Return up to 8 bytes as the little-endian number ``_Bytes.w8`` reads them as."""
    return int.from_bytes(text.ljust(8, b"\0"), "little")


def _mask(length: int) -> int:
    return (1 << (8 * length)) - 1


_CELL_OPEN = _word(b'<c r="')
_ROW_OPEN = _word(b'<row r="')
_V_OPEN, _V_CLOSE, _C_CLOSE = _word(b"<v>"), _word(b"</v>"), _word(b"</c>")
_IS_OPEN, _IS_CLOSE, _T_OPEN, _T_CLOSE = (
    _word(b"<is>"), _word(b"</is>"), _word(b"<t>"), _word(b"</t>"),
)  # fmt: skip
_PRESERVE_WORDS = tuple(_word(_PRESERVE_T[k : k + 8]) for k in range(0, 24, 8))
_INLINE_WORDS = (_word(_INLINE[:8]), _word(_INLINE[8:]))
_TYPE_WORD, _TYPE_MASK = _word(b' t="\0"'), _mask(6) & ~(0xFF << 32)  # the letter left out
_STYLE_WORD = _word(b' s="')
_TOKEN_FIRST = frozenset(b"cvitr/")  # what may follow a "<" in plain sheet data
_MASKS = np.array([_mask(k) for k in range(9)], dtype=np.uint64)


class _Bytes:
    """A chunk of XML, readable a byte (``a``) or 8 bytes (``w8``) at any position."""

    def __init__(self, buf: bytes):
        self.buf = buf
        padded = buf + bytes(32)
        self.a = np.frombuffer(padded, dtype=np.uint8)
        self.w8 = np.ndarray((len(padded) - 7,), dtype="<u8", buffer=padded, strides=(1,))

    def starts_with(self, at: Array, word: int, length: int) -> bool:
        """Return whether the bytes at every position ``at`` begin with ``word``'s."""
        return bool(((self.w8[at] & np.uint64(_mask(length))) == np.uint64(word)).all())


def _digits(data: _Bytes, starts: Array, width: int) -> tuple[Array, Array]:
    """Return the numbers written at ``starts`` (up to ``width`` ≤ 8 digits) and their lengths.

    The 8 bytes at each start are read as one word and taken apart a byte at a time
    for all starts at once: numpy's own text conversion costs ten times more.
    """
    word = data.w8[starts]
    value = np.zeros(len(starts), dtype=np.int64)
    length = np.zeros(len(starts), dtype=np.int64)
    alive = np.ones(len(starts), dtype=bool)
    for k in range(width):
        digit = ((word >> np.uint64(8 * k)) & np.uint64(0xFF)).astype(np.int64) - 48
        alive &= (digit >= 0) & (digit <= 9)
        value = np.where(alive, value * 10 + digit, value)
        length += alive
    return value, length


_Scanned = tuple[Array, Array, Array, Array, Array, "_Distinct", Array]


def _scan(buf: bytes, package: Package) -> _Scanned:
    """Return every cell in whole rows ``buf``: row, column, kind, number, text number.

    Text cells' numbers are those of shared strings; an inline text's number
    is left for the caller to give: the last two items are the distinct
    inline texts as written and, for each inline text cell (the last ones),
    which of them it holds.
    """
    data = _Bytes(buf)
    a, w8 = data.a, data.w8
    lt = np.flatnonzero(a[: len(buf)] == 60)
    if len(lt) == 0:
        empty = np.zeros(0, dtype=np.int64)
        nothing = _Distinct(empty.astype(np.uint64), [])
        return empty, empty, empty.astype(np.int8), empty.astype(float), empty, nothing, empty
    first = a[lt + 1]
    counts = np.bincount(first, minlength=256)
    if counts.sum() != sum(counts[b] for b in _TOKEN_FIRST):
        raise NotPlain("an element a plain sheet does not have")
    lt_next = np.append(lt[1:], len(buf))  # where the text after each tag ends

    row_tokens = np.flatnonzero(first == ord("r"))
    row_at = lt[row_tokens]
    if not data.starts_with(row_at, _ROW_OPEN, 8):
        raise NotPlain("a row of another shape")
    row_numbers, row_lengths = _digits(data, row_at + 8, 7)
    if (row_lengths == 0).any() or (a[row_at + 8 + row_lengths] != ord('"')).any():
        raise NotPlain("a row number that is not plain")
    row_ends = lt_next[row_tokens] - 1
    if (a[row_ends] != ord(">")).any():
        raise NotPlain("text between tags")
    empty_rows = int((a[row_ends - 1] == ord("/")).sum())

    cell_tokens = np.flatnonzero(first == ord("c"))
    cell_at = lt[cell_tokens]
    if not data.starts_with(cell_at, _CELL_OPEN, 6):
        raise NotPlain("a cell without its reference first")
    cell_ends = lt_next[cell_tokens] - 1
    if (a[cell_ends] != ord(">")).any():
        raise NotPlain("text between tags")
    self_closing = a[cell_ends - 1] == ord("/")
    following = first[np.minimum(cell_tokens + 1, len(first) - 1)]
    has_value = ~self_closing & (following == ord("v"))
    has_text = ~self_closing & (following == ord("i"))
    closed = ~self_closing & (following == ord("/"))
    valued, inline = cell_tokens[has_value], cell_tokens[has_text]
    n_valued, n_inline, n_closed = len(valued), len(inline), int(closed.sum())
    expected = (
        2 * len(row_tokens) - empty_rows + int(self_closing.sum())
        + 2 * n_closed + 4 * n_valued + 6 * n_inline
    )  # fmt: skip
    if expected != len(lt) or not (
        data.starts_with(lt[cell_tokens[closed] + 1], _C_CLOSE, 4)
        and data.starts_with(lt[valued + 1], _V_OPEN, 3)
        and data.starts_with(lt[valued + 2], _V_CLOSE, 4)
        and data.starts_with(lt[valued + 3], _C_CLOSE, 4)
        and data.starts_with(lt[inline + 1], _IS_OPEN, 4)
        and data.starts_with(lt[inline + 3], _T_CLOSE, 4)
        and data.starts_with(lt[inline + 4], _IS_CLOSE, 5)
        and data.starts_with(lt[inline + 5], _C_CLOSE, 4)
    ):
        raise NotPlain("a cell of another shape")

    # The cells holding something: their column, and their row, which must be their row's.
    at = np.concatenate([cell_at[has_value], cell_at[has_text]])
    ends = np.concatenate([cell_ends[has_value], cell_ends[has_text]])
    letter = a[at + 6].astype(np.int16) - 65
    if ((letter < 0) | (letter >= _MAX_COLUMNS)).any():
        raise NotPlain("a value beyond column S")
    in_row = np.searchsorted(row_at, at) - 1
    if (in_row < 0).any():
        raise NotPlain("a cell outside a row")
    length = row_lengths[in_row]
    same = (w8[at + 7] ^ w8[row_at[in_row] + 8]) & _MASKS[length + 1]
    if same.any():
        raise NotPlain("a cell whose reference is not in its row")
    rows = row_numbers[in_row]
    quote = at + 7 + length  # the reference's closing quote

    # After the reference: s="N" (optional), then t="X" for a value or t="inlineStr".
    v_ends, i_ends = ends[:n_valued], ends[n_valued:]
    typed = ((w8[v_ends - 6] ^ np.uint64(_TYPE_WORD)) & np.uint64(_TYPE_MASK)) == 0
    type_letter = np.where(typed, a[v_ends - 2], 0)
    if not _VALUE_TYPES[type_letter].all():
        raise NotPlain("an error or formula cell")
    if n_inline and not (
        data.starts_with(i_ends - 14, _INLINE_WORDS[0], 8)
        and data.starts_with(i_ends - 6, _INLINE_WORDS[1], 6)
    ):
        raise NotPlain("an inline string cell with other attributes")
    style_end = ends - np.concatenate([np.where(typed, 6, 0), np.full(n_inline, 14)])
    middle = style_end - quote - 1  # the bytes of s="N", if any
    styled = middle > 0
    style = np.zeros(len(at), dtype=np.int64)
    if styled.any():
        s_at = quote[styled] + 1
        if not data.starts_with(s_at, _STYLE_WORD, 4):
            raise NotPlain("a cell attribute this reader does not know")
        numbers, digits = _digits(data, s_at + 4, 5)
        if (digits != middle[styled] - 5).any():
            raise NotPlain("a cell attribute this reader does not know")
        style[styled] = numbers

    count = len(at)
    kinds = np.zeros(count, dtype=np.int8)
    values = np.zeros(count)
    texts = np.zeros(count, dtype=np.int64)
    v_start = lt[valued + 1] + 3
    v_stop = lt[valued + 2]
    number = _numbers(data, v_start, v_stop)
    values[:n_valued] = number
    v_type = type_letter
    is_shared = v_type == ord("s")
    is_bool = v_type == ord("b")
    is_number = ~is_shared & ~is_bool
    v_kinds = kinds[:n_valued]
    v_kinds[is_bool] = BOOL
    if is_bool.any() and not ((number[is_bool] == 0.0) | (number[is_bool] == 1.0)).all():
        raise NotPlain("a boolean that is neither 0 nor 1")
    if is_shared.any():
        shared = package.shared
        index = number[is_shared]
        if (
            shared is None
            or not (index == np.floor(index)).all()
            or (index < 0).any()
            or (index >= len(shared)).any()
        ):
            raise NotPlain("a shared string that is not there")
        v_kinds[is_shared] = TEXT
        texts[:n_valued][is_shared] = index.astype(np.int64)
    if is_number.any():
        styles = package.date_styles
        cell_style = style[:n_valued][is_number]
        if (cell_style >= len(styles)).any():
            raise NotPlain("a cell style that is not there")
        style_kind = styles[cell_style]
        if (style_kind == 2).any():
            raise NotPlain("a time or a duration")
        is_date = style_kind == 1
        plain = number[is_number]
        serial = plain[is_date]
        first_serial = 1 if package.date1904 else _FIRST_1900_SERIAL
        if len(serial) and not (
            ((serial >= first_serial) & (serial <= _LAST_SERIAL)).all()
            and (serial - np.floor(serial) < 1 - 1e-6).all()
        ):
            raise NotPlain("a date a general reader should convert")
        if not np.isfinite(plain).all():
            raise NotPlain("a number that is not finite")
        v_kinds[is_number] = np.where(is_date, DATE, NUMBER)
    distinct = _Distinct(np.zeros(0, dtype=np.uint64), [])
    index = np.zeros(0, dtype=np.int64)
    if n_inline:
        t_start = _text_starts(data, lt[inline + 2])
        t_stop = lt[inline + 3]
        distinct, index = _texts(data, t_start, t_stop)
        kinds[n_valued:] = np.where(t_stop > t_start, TEXT, EMPTY)
    return rows, letter, kinds, values, texts, distinct, index


def _text_starts(data: _Bytes, t_open: Array) -> Array:
    """Return where the text of each ``<t>`` or ``<t xml:space="preserve">`` begins."""
    plain = (data.w8[t_open] & np.uint64(_mask(3))) == np.uint64(_T_OPEN)
    if not plain.all():
        odd = t_open[~plain]
        for k, word in enumerate(_PRESERVE_WORDS):
            if not data.starts_with(odd + 8 * k, word, 8):
                raise NotPlain("a text element with other attributes")
    return np.where(plain, t_open + 3, t_open + len(_PRESERVE_T))


def _words(data: _Bytes, starts: Array, lengths: Array, width: int) -> Array:
    """Return the bytes at ``starts`` as rows of ``width`` uint64 words, zero after ``lengths``."""
    out = np.empty((len(starts), width), dtype=np.uint64)
    for k in range(width):
        left = np.clip(lengths - 8 * k, 0, 8)
        out[:, k] = data.w8[starts + 8 * k] & _MASKS[left]
    return out


def _numbers(data: _Bytes, starts: Array, stops: Array) -> Array:
    """Return the numbers written between ``starts`` and ``stops``, converted by numpy."""
    lengths = stops - starts
    if len(lengths) == 0:
        return np.zeros(0)
    longest = int(lengths.max())
    if longest > _MAX_VALUE or (lengths == 0).any():
        raise NotPlain("a number too long or empty")
    width = -(-longest // 8)
    words = _words(data, starts, lengths, width)
    as_bytes = words.view(np.uint8)
    if not _NUMBER_BYTES[as_bytes].all():
        raise NotPlain("a number in another notation")
    try:
        return words.view(f"S{8 * width}").ravel().astype(np.float64)
    except ValueError:
        raise NotPlain("a number numpy cannot read") from None


# A value cell's t="…": none (0), n, s or b. A table, not np.isin: that sorts its few
# letters with np.unique, which imports numpy.ma (20 ms) on first use.
_VALUE_TYPES = np.zeros(256, dtype=bool)
_VALUE_TYPES[[0, ord("n"), ord("s"), ord("b")]] = True

_NUMBER_BYTES = np.zeros(256, dtype=bool)
_NUMBER_BYTES[list(b"0123456789.-+eE\0")] = True


@dataclass
class _Distinct:
    """The distinct texts of some cells as written: up to 8 bytes as words, longer as bytes.

    Text k is ``words[k]`` for k below ``len(words)``, else ``raw[k - len(words)]``.
    """

    words: Array  # uint64, sorted, each a text of up to 8 bytes (zeros after it)
    raw: list[bytes]

    def __len__(self) -> int:
        return len(self.words) + len(self.raw)

    def all_bytes(self) -> list[bytes]:
        return [w.rstrip(b"\0") for w in self.words.view("S8").tolist()] + self.raw


def _texts(data: _Bytes, starts: Array, stops: Array) -> tuple[_Distinct, Array]:
    """Return the distinct texts between ``starts`` and ``stops`` (as written) and each one's."""
    lengths = stops - starts
    n = len(lengths)
    keys = np.zeros(n, dtype=np.int64)
    one = lengths <= 8
    words = np.zeros(0, dtype=np.uint64)
    if one.any():
        words, inverse = np.unique(
            _words(data, starts[one], lengths[one], 1).ravel(), return_inverse=True
        )
        keys[one] = inverse.ravel()
    raw: list[bytes] = []
    wide = ~one & (lengths <= _MAX_SHORT_TEXT)
    if wide.any():
        w_lengths = lengths[wide]
        width = -(-int(w_lengths.max()) // 8)
        wide_words = _words(data, starts[wide], w_lengths, width)
        as_void = np.ascontiguousarray(wide_words).view(np.dtype((np.void, 8 * width))).ravel()
        unique, inverse = np.unique(as_void, return_inverse=True)
        raw += [bytes(v).rstrip(b"\0") for v in unique.tolist()]
        keys[wide] = len(words) + inverse.ravel()
    long_at = np.flatnonzero(lengths > _MAX_SHORT_TEXT)
    if len(long_at):
        seen: dict[bytes, int] = {}
        buf = data.buf
        for k, s, e in zip(
            long_at.tolist(), starts[long_at].tolist(), stops[long_at].tolist(), strict=True
        ):
            piece = buf[s:e]
            found = seen.get(piece)
            if found is None:
                found = seen[piece] = len(words) + len(raw)
                raw.append(piece)
            keys[k] = found
    return _Distinct(words, raw), keys


# -- what the workbook reader consumes ------------------------------------------------


class CellRows:
    """A sheet's rows from ``start`` on, read like calamine's list of rows without being one.

    Iterating or indexing gives a row as a list of cell values (the header,
    the small Scenario sheet); ``column(j)`` gives a whole column at once.
    """

    def __init__(self, sheet: SheetColumns, start: int = 0):
        self.sheet = sheet
        self.start = start

    def __len__(self) -> int:
        return max(self.sheet.rows - self.start, 0)

    def __iter__(self) -> Iterator[list[Any]]:
        for i in range(self.start, self.sheet.rows):
            yield self.sheet.row(i)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            if index.stop is not None or index.step is not None:
                raise TypeError("only rows from one on can be taken")
            return CellRows(self.sheet, self.start + (index.start or 0))
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.sheet.row(self.start + index)

    def column(self, j: int) -> CellColumn:
        return CellColumn(self.sheet, j, self.start)


class CellColumn:
    """One column of a sheet below ``start``: numpy arrays, cell values only when asked."""

    def __init__(self, sheet: SheetColumns, j: int, start: int):
        self.sheet, self.j, self.start = sheet, j, start
        self.kind = sheet.kind[j][start:]
        self.number = sheet.number[j][start:]
        self.text = sheet.text[j][start:]

    def __len__(self) -> int:
        return len(self.kind)

    def __getitem__(self, i: int) -> Any:
        return self.sheet.value(self.start + i, self.j)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.values())

    def values(self) -> list[Any]:
        """Return every cell's value as calamine gives it."""
        out = np.empty(len(self), dtype=object)
        out[:] = ""
        texts = self.kind == TEXT
        out[texts] = self.sheet.strings[self.text[texts]]
        for i in np.flatnonzero(~texts & (self.kind != EMPTY)).tolist():
            out[i] = self[i]
        values: list[Any] = out.tolist()
        return values

    def texts(self, as_text: Callable[[Any], str]) -> Array:
        """Return every cell as text (an object array of str): "" when empty, ``as_text`` of
        a cell that holds something other than text."""
        out = self.sheet.strings_or_empty()[np.where(self.kind == TEXT, self.text, -1)]
        for i in np.flatnonzero((self.kind != TEXT) & (self.kind != EMPTY)).tolist():
            out[i] = as_text(self[i])
        return out

    def mapped(self, function: Callable[[Any], Any]) -> Array:
        """Return ``function`` of each cell's value (an object array), worked out once for
        each distinct text."""
        by_text = object_array([*map(function, self.sheet.strings.tolist()), function("")])
        out = by_text[np.where(self.kind == TEXT, self.text, -1)]
        for i in np.flatnonzero((self.kind != TEXT) & (self.kind != EMPTY)).tolist():
            out[i] = function(self[i])
        return out

    def looked_up(self, rows: dict[str, int]) -> Array:
        """Return ``rows[text]`` for each text cell, -1 for other cells and unknown texts."""
        strings = self.sheet.strings.tolist()
        found = np.fromiter(
            map(rows.get, strings, itertools.repeat(-1)), dtype=np.int64, count=len(strings)
        )
        out = np.full(len(self), -1, dtype=np.int64)
        texts = self.kind == TEXT
        out[texts] = found[self.text[texts]]
        return out

    def filled(self) -> Array:
        """Return which cells hold anything (text of spaces only is empty)."""
        blank = self.sheet.blank()
        filled: Array = self.kind != EMPTY
        texts = np.flatnonzero(self.kind == TEXT)
        if len(blank) and len(texts):
            filled[texts[blank[self.text[texts]]]] = False
        return filled

    def days(self) -> tuple[Array, Array]:
        """Return days since 1970 (0 where not a date) and which cells are not dates."""
        dates = self.kind == DATE
        days = np.zeros(len(self), dtype=np.int64)
        days[dates] = days_since_1970(self.number[dates], self.sheet.date1904)
        return days, ~dates

    def numbers(self) -> tuple[Array, Array]:
        """Return the numbers (NaN where not a number) and which cells are not numbers."""
        numbers = self.kind == NUMBER
        return np.where(numbers, self.number, np.nan), ~numbers


def plain_sheet_names(path: str | os.PathLike[str]) -> list[str] | None:
    """Return the worksheet names of a plainly laid-out workbook, or None to ask calamine.

    Nothing else is checked: a reader opening the file checks it.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            return list(open_package(archive, styles=False).sheets)
    except Exception:  # any file this look cannot place is left to the full check
        return None
