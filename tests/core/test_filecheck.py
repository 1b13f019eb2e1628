"""Files with a stray value far away are read; damaged files are called damaged, in words."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ltv_desktop.core import filecheck
from ltv_desktop.core.errors import WorkbookError
from ltv_desktop.core.importing import import_workbook
from ltv_desktop.core.scenario import Scenario
from ltv_desktop.core.workbook import read_workbook, workbook_bytes

from . import hostile
from .cli_helpers import run, run_json
from .test_workbook import rich_book

TRANSACTIONS_PART = "xl/worksheets/sheet2.xml"


def with_cells(data: bytes, part: str, cells: str) -> bytes:
    """Return the workbook ``data`` with ``cells`` (a row's XML) added at the end of ``part``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            body = source.read(member)
            if member.filename == part:
                body = body.replace(b"</sheetData>", cells.encode() + b"</sheetData>")
            target.writestr(member.filename, body)
    return buffer.getvalue()


def stray_workbook(folder: Path, ref: str = "XFD1048576") -> Path:
    row = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    cell = f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>oops</t></is></c></row>'
    path = folder / "studio.xlsx"
    path.write_bytes(with_cells(workbook_bytes(rich_book(), Scenario()), TRANSACTIONS_PART, cell))
    return path


# -- a stray value far from the table ---------------------------------------------------


def test_a_stray_value_at_xfd1048576_is_left_out_and_listed(tmp_path):
    loaded = read_workbook(stray_workbook(tmp_path))
    assert loaded.book.transaction_count() == 7  # every row of the table is read
    assert loaded.book.client_count() == 4
    (stray,) = loaded.skipped
    assert (stray.sheet, stray.column, stray.row) == ("Transactions", "XFD", 1_048_576)
    assert "stray value" in stray.reason


def test_compute_lists_the_stray_cell_under_skipped(tmp_path):
    data = run_json("compute", stray_workbook(tmp_path))
    assert len(data["clients"]) == 4
    assert [(c["sheet"], c["column"], c["row"]) for c in data["skipped"]] == [
        ("Transactions", "XFD", 1_048_576)
    ]


def test_an_imported_workbook_keeps_its_data_and_lists_the_stray_cell(tmp_path):
    path = hostile.write(tmp_path, "sales.xlsx", hostile.stray_cell())
    result = import_workbook(path)
    assert result.book.transaction_count() == 6
    stray = result.skipped[0]
    assert (stray.sheet, stray.column, stray.row) == ("Sales", "XFD", 1_048_576)


def test_the_table_ends_at_the_first_gap_wider_than_the_rule():
    # More than 1,000 empty rows, or more than 50 empty columns, set a value apart.
    assert filecheck._table_end({1, 2, 8, 1009, 2011}, filecheck.STRAY_ROWS) == 1009
    assert filecheck._table_end({1, 5, 56}, filecheck.STRAY_COLUMNS) == 56
    assert filecheck._table_end({1, 5, 57}, filecheck.STRAY_COLUMNS) == 5


def test_values_reaching_far_in_one_block_are_still_refused(tmp_path):
    # A second table far away is not a stray entry: too many cells to leave out in silence.
    cells = "".join(
        f'<row r="{r}">'
        + "".join(f'<c r="{c}{r}"><v>1</v></c>' for c in ("XFA", "XFB", "XFC", "XFD"))
        + "</row>"
        for r in range(1_048_500, 1_048_540)
    )
    path = tmp_path / "two-tables.xlsx"
    path.write_bytes(with_cells(workbook_bytes(rich_book(), Scenario()), TRANSACTIONS_PART, cells))
    with pytest.raises(WorkbookError, match=r"has a value in cell XFD1048539, so opening it"):
        read_workbook(path)


def test_a_sheet_claiming_a_million_empty_rows_is_still_read_quickly(tmp_path):
    path = hostile.write(tmp_path, "claim.xlsx", hostile.million_row_claim())
    assert import_workbook(path).book.transaction_count() == 6


# -- damaged files ------------------------------------------------------------------------


def _central_entry(data: bytes, name: str) -> int:
    at = data.index(b"PK\x01\x02")
    while True:
        name_length, extra, comment = struct.unpack_from("<HHH", data, at + 28)
        if data[at + 46 : at + 46 + name_length] == name.encode():
            return at
        at += 46 + name_length + extra + comment


def damage(data: bytes, how: str) -> bytes:
    """Return the workbook ``data`` damaged the way ``how`` says, in its Transactions sheet."""
    if how == "truncated":
        return data[: len(data) * 2 // 3]
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(TRANSACTIONS_PART)
    local, central = info.header_offset, _central_entry(data, TRANSACTIONS_PART)
    name_length, extra = struct.unpack_from("<HH", data, local + 26)
    body = local + 30 + name_length + extra
    broken = bytearray(data)
    if how == "bad-header":  # BadZipFile: the member's own header is gone
        broken[local : local + 4] = b"XXXX"
    elif how == "crc":  # BadZipFile: the data does not match its checksum
        for at in (local + 14, central + 16):
            struct.pack_into("<I", broken, at, info.CRC ^ 0xFFFF)
    elif how == "zlib":  # zlib.error: a deflate block of a type that does not exist
        broken[body] = 0x07
    elif how == "eof":  # EOFError: the compressed data stops before its end
        for at in (local + 18, central + 20):
            struct.pack_into("<I", broken, at, info.compress_size // 2)
    return bytes(broken)


DAMAGES = ("truncated", "bad-header", "crc", "zlib", "eof")


def damaged_workbook(folder: Path, how: str) -> Path:
    path = folder / f"studio-{how}.xlsx"
    path.write_bytes(damage(workbook_bytes(rich_book(), Scenario()), how))
    return path


def says_damaged(message: str, name: str) -> bool:
    return (
        message.startswith(f"'{name}' is damaged")
        and "backup copy" in message
        and "Error -3" not in message
        and "unexpected" not in message
    )


@pytest.mark.parametrize("how", DAMAGES)
def test_every_damaged_file_is_called_damaged_with_the_backup_copy_suggested(tmp_path, how):
    path = damaged_workbook(tmp_path, how)
    read: Callable[[Path], object]
    for read in (read_workbook, import_workbook):
        with pytest.raises(WorkbookError) as caught:
            read(path)
        assert says_damaged(str(caught.value), path.name), str(caught.value)
    done = run("compute", path)
    assert done.returncode == 1
    assert says_damaged(done.stderr.strip().removeprefix("ltv-desktop: "), path.name), done.stderr
