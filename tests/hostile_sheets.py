"""Hostile workbooks and CSV files built from an exported one, for the hostile-sheet tests.

Each maker takes the exported workbook's bytes (or nothing, for CSV) and returns the
bytes of the attack; EXPECTED says which located message the import must refuse it with.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator

PROGRAMS = "xl/worksheets/sheet1.xml"  # the first sheet of an exported workbook


def _replace(book: bytes, name: str, data: bytes | Callable[[bytes], bytes]) -> bytes:
    """The workbook with entry ``name`` replaced (``data`` may transform the old bytes)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(book)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            old = src.read(info)
            if info.filename == name:
                old = data(old) if callable(data) else data
            dst.writestr(info.filename, old)
    return out.getvalue()


def _cell(ref: str, row: int) -> Callable[[bytes], bytes]:
    extra = f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row>'.encode()
    return lambda xml: xml.replace(b"</sheetData>", extra + b"</sheetData>")


def one_cell_far_away(book: bytes) -> bytes:
    """One extra cell at XFD1048576 (the last cell a sheet has)."""
    return _replace(book, PROGRAMS, _cell("XFD1048576", 1048576))


def one_cell_last_row(book: bytes) -> bytes:
    """One extra cell at H1048576: inside the header's columns, a million rows down."""
    return _replace(book, PROGRAMS, _cell("H1048576", 1048576))


def one_cell_far_right(book: bytes) -> bytes:
    """One extra cell at XFD2: on a program's row, past every column."""

    def add(xml: bytes) -> bytes:
        end = xml.index(b"</row>", xml.index(b'<row r="2"'))
        return xml[:end] + b'<c r="XFD2" t="inlineStr"><is><t>x</t></is></c>' + xml[end:]

    return _replace(book, PROGRAMS, add)


def _streamed(name: str, head: bytes, filler: bytes, count: int, tail: bytes) -> bytes:
    """A zip with one deflated entry of head + filler * count + tail, built without holding
    the whole entry in memory."""
    compress = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc, size, parts = 0, 0, []
    for chunk in (head, *([filler] * count), tail):
        crc, size = zlib.crc32(chunk, crc), size + len(chunk)
        parts.append(compress.compress(chunk))
    parts.append(compress.flush())
    body = b"".join(parts)
    name_bytes = name.encode()
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(body), size,
                        len(name_bytes), 0) + name_bytes  # fmt: skip
    central = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(body), size,
                          len(name_bytes), 0, 0, 0, 0, 0, 0) + name_bytes  # fmt: skip
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central), len(local) + len(body), 0
    )
    return local + body + central + end


def whitespace_gigabyte(_book: bytes) -> bytes:
    """A 1 MB zip whose one entry unpacks to a gigabyte of spaces."""
    return _streamed(PROGRAMS, b"<worksheet>", b" " * 1_000_000, 1000, b"</worksheet>")


def lying_sizes(book: bytes) -> bytes:
    """The Programs sheet padded with 50 MB of spaces, its declared size patched to 1 KB."""
    padded = _replace(
        book, PROGRAMS, lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 50_000_000)
    )
    data = bytearray(padded)
    name = PROGRAMS.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := data.find(signature, at)) != -1:
            header = 30 if signature == b"PK\x03\x04" else 46
            if data[at + header : at + header + len(name)] == name:
                data[at + offset : at + offset + 4] = struct.pack("<L", 1024)
            at += 4
    return bytes(data)


def million_rows(book: bytes) -> bytes:
    """The Programs sheet with a million rows of one number (the issue's 5 MB sheet)."""
    rows = b"".join(
        b'<row r="%d"><c r="G%d"><v>1</v></c></row>' % (r, r) for r in range(2, 1_000_002)
    )
    return _replace(
        book, PROGRAMS, lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>")
    )


def rows_within_the_size(book: bytes) -> bytes:
    """Rows of one value each past the row cap, small enough to pass the size check."""
    rows = b"".join(
        b'<row r="%d"><c r="G%d"><v>1</v></c></row>' % (r, r) for r in range(72, 40_000)
    )
    return _replace(
        book, PROGRAMS, lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>")
    )


def empty_rows_within_the_size(book: bytes) -> bytes:
    """60,000 empty rows (no value), small enough to pass the size check."""
    rows = b"".join(b'<row r="%d"/>' % r for r in range(72, 60_000))
    return _replace(
        book, PROGRAMS, lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>")
    )


def many_entries(book: bytes) -> bytes:
    """The workbook plus 5,000 empty files."""
    out = io.BytesIO(book)
    with zipfile.ZipFile(out, "a") as archive:
        for n in range(5000):
            archive.writestr(f"xl/media/x{n}.bin", b"")
    return out.getvalue()


def entity_expansion(book: bytes) -> bytes:
    """Billion laughs in the shared strings."""
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                         for i in range(1, 10))
              + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              b"<si><t>&lol9;</t></si></sst>")  # fmt: skip
    return _replace(book, "xl/sharedStrings.xml", laughs) if _has(book, "xl/sharedStrings.xml") else _replace(
        book, PROGRAMS, lambda xml: laughs.split(b"<sst")[0] + xml[xml.find(b"<worksheet"):].replace(b"<v>", b"<v>&lol9;", 1)
    )  # fmt: skip


def _has(book: bytes, name: str) -> bool:
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        return name in archive.namelist()


def not_a_zip(_book: bytes) -> bytes:
    return b"ID,Program\nGOV-01,x\n"


def truncated(book: bytes) -> bytes:
    return book[: len(book) // 2]


WORKBOOKS: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "XFD1048576": (one_cell_far_away, "palu.xlsx!Programs!XFD1048576: a value in column XFD"),
    "H1048576": (one_cell_last_row, "palu.xlsx!Programs!H1048576: a value in row 1,048,576"),
    "XFD2": (one_cell_far_right, "palu.xlsx!Programs!XFD2: a value in column XFD"),
    "whitespace-gigabyte": (whitespace_gigabyte, "palu.xlsx!xl/worksheets/sheet1.xml: the workbook unpacks to 1,000.0 MB"),
    "lying-sizes": (lying_sizes, "palu.xlsx: cannot read it as an xlsx workbook (Bad CRC-32 for file 'xl/worksheets/sheet1.xml')"),
    "million-rows": (million_rows, "palu.xlsx: the file is over 2.3 MB"),
    "rows-within-the-size": (rows_within_the_size, "palu.xlsx!Programs!G242: a value in row 242"),
    "empty-rows-within-the-size": (empty_rows_within_the_size, "palu.xlsx!Programs!A8109: more rows and cells than this plan's sheet can hold (8,676)"),
    "many-entries": (many_entries, "palu.xlsx: the workbook holds 5,0"),
    "entity-expansion": (entity_expansion, "palu.xlsx: cannot read it as an xlsx workbook"),
    "not-a-zip": (not_a_zip, "palu.xlsx: not an xlsx workbook (not a zip file"),
    "truncated": (truncated, "palu.xlsx: not an xlsx workbook (not a zip file"),
}  # fmt: skip


def csv_files() -> Iterator[tuple[str, bytes, str]]:
    """(name, programs.csv bytes, expected message) of hostile CSV files."""
    header = b"ID,Program,Pilar,OPD,Jangka,Status,Kemajuan (%),Catatan\n"
    yield ("two-million-rows", header + b"GOV-01,x,governance,d,j,berjalan,70,\n" * 2_000_000,
           "programs.csv: the file is over")  # fmt: skip
    yield ("windows-1252", header + "GOV-01,x,governance,d,j,berjalan,70,caf\u00e9\n".encode("cp1252"),
           "programs.csv:2:40: byte 0xe9 is not UTF-8;")  # fmt: skip
    yield ("field-over-128-KB", header + b'GOV-01,x,governance,d,j,berjalan,70,"' + b"x" * 200_000 + b'"\n',
           "programs.csv:2: row 2: cannot read it as CSV (field larger than field limit (131072))")  # fmt: skip
    yield ("nul-byte", header + b"GOV-01,x,governance,d,j,berjalan,70,a\x00b\n",
           "programs.csv!H2: the note holds the control character U+0000")  # fmt: skip
    yield ("rows-past-the-cap", header + b"".join(b"X-%d,x\n" % n for n in range(5000)),
           "programs.csv!A242: a value in row 242")  # fmt: skip
    yield ("columns-past-the-cap", header.rstrip(b"\n") + b"," * 100 + b"x\n",
           "programs.csv!DD1: a value in column DD")  # fmt: skip
