"""Import formats: an upload read as bounded lines, and one parser per format turning a line into a `ParsedRecord`.

Django-free. Every error names the field, column or limit at fault and never quotes the record's content.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

FORMATS = ("jsonl", "openai", "messages", "csv")
BLOCK_BYTES = 64 * 1024  # an upload is read this much at a time, never a line at a time
MAX_KEY_LENGTH = 200  # Item.external_id and Item.group_key
CHAT_ROLES = ("system", "developer", "user", "assistant")


class RecordError(ValueError):
    """A line that cannot become an item; the message never quotes the line's content."""


class UploadLimitError(ValueError):
    """The upload passed one of its limits; the message names the limit and the setting that sets it."""


class FormatError(ValueError):
    """Options that cannot describe the file (an unknown format, a bad mapping); `field` names the input."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class ParsedRecord:
    external_id: str | None
    text: str
    responses: list[str]
    group_key: str | None = None
    canaries: list[str] = field(default_factory=list)  # planted before the text is anonymized, never stored
    gold_answer: str | None = None  # read, not yet stored


@dataclass(frozen=True)
class CsvMapping:
    """Which CSV column holds which part of a record."""

    text: str
    id: str | None = None
    group: str | None = None
    responses: tuple[str, ...] = ()

    @property
    def columns(self) -> list[str]:
        named = [self.text, self.id, self.group, *self.responses]
        return [column for column in dict.fromkeys(named) if column is not None]

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> CsvMapping:
        mapping = options.get("mapping")
        if not isinstance(mapping, dict):
            raise FormatError('a CSV import needs a column mapping, e.g. {"text": "note"}', field="mapping")
        unknown = sorted(set(mapping) - {"text", "id", "group", "responses"})
        if unknown:
            raise FormatError(f"unknown mapping key '{unknown[0]}' (use text, id, group, responses)", field="mapping")
        text = mapping.get("text")
        if not isinstance(text, str) or not text.strip():
            raise FormatError("mapping 'text' must name the column that holds the text", field="mapping")
        optional = {}
        for key in ("id", "group"):
            value = mapping.get(key)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise FormatError(f"mapping '{key}' must be a column name", field="mapping")
            optional[key] = value
        responses = mapping.get("responses", [])
        if isinstance(responses, str):
            responses = [responses]
        if not isinstance(responses, list) or not all(isinstance(r, str) and r.strip() for r in responses):
            raise FormatError("mapping 'responses' must be a list of column names", field="mapping")
        return cls(text=text, id=optional["id"], group=optional["group"], responses=tuple(responses))

    def check_header(self, header: Iterable[str]) -> None:
        present = set(header)
        missing = [column for column in self.columns if column not in present]
        if missing:
            role = self._role(missing[0])
            raise RecordError(f"column '{missing[0]}' (mapped to {role}) is not in the header")

    def _role(self, column: str) -> str:
        if column == self.text:
            return "text"
        if column == self.id:
            return "id"
        if column == self.group:
            return "group"
        return "responses"


def options_check(format: str, options: Mapping[str, Any]) -> dict[str, Any]:
    """Validate a batch's format and options; returns the options to store (normalized)."""
    if format not in FORMATS:
        raise FormatError(f"unknown format '{format}' (use one of: {', '.join(FORMATS)})", field="format")
    if format != "csv":
        return {}
    mapping = CsvMapping.from_options(options)
    delimiter = options.get("delimiter", ",")
    if not isinstance(delimiter, str) or len(delimiter) != 1 or delimiter in '"\r\n':
        raise FormatError("the delimiter must be one character (not a quote or a line break)", field="delimiter")
    stored: dict[str, Any] = {"text": mapping.text, "responses": list(mapping.responses)}
    stored |= {key: value for key in ("id", "group") if (value := getattr(mapping, key)) is not None}
    return {"mapping": stored, "delimiter": delimiter}


def parser_for(format: str, options: Mapping[str, Any]) -> Callable[[str], ParsedRecord]:
    """The parser of one staged payload: the raw line, or for CSV the row as a JSON object."""
    if format == "csv":
        parse = _csv_parser(CsvMapping.from_options(options))
    else:
        parse = {"jsonl": parse_jsonl, "openai": parse_chat, "messages": parse_chat}[format]
    return lambda payload: _storable(parse(payload))


def _csv_parser(mapping: CsvMapping) -> Callable[[str], ParsedRecord]:
    return lambda payload: parse_csv_row(_json_object(payload), mapping)


def _storable(record: ParsedRecord) -> ParsedRecord:
    """JSON's \\ud800 and \\u0000 escapes decode to characters no PostgreSQL text column (or UTF-8) can hold."""
    named = [("text", [record.text]), ("responses", record.responses), ("canaries", record.canaries)]
    named += [("id", [record.external_id or ""]), ("group", [record.group_key or ""])]
    named += [("gold_answer", [record.gold_answer or ""])]
    for name, values in named:
        for value in values:
            if "\x00" in value:
                raise RecordError(f"the record's {name} holds a NUL character (\\u0000)")
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise RecordError(f"the record's {name} holds an unpaired surrogate escape (not text)") from None
    return record


# --- JSON lines ----------------------------------------------------------------------------------------


def parse_jsonl(payload: str) -> ParsedRecord:
    """Tuneloop's own line: {"text": str, "id"?, "group"?, "responses"?: [str], "canaries"?: [str]}."""
    data = _json_object(payload)
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RecordError("field 'text' is required and must be a non-empty string")
    return _with_common_keys(data, text, _strings(data, "responses"))


def parse_chat(payload: str) -> ParsedRecord:
    """OpenAI chat fine-tuning or TRL `messages` line: {"messages": [{"role", "content"}, ...], "id"?, ...}.

    The user turns (joined by blank lines) become the text and the assistant turns the imported responses;
    system (or developer) turns are the campaign's business, not the record's.
    """
    data = _json_object(payload)
    messages = data.get("messages")
    if not isinstance(messages, list) or not messages:
        raise RecordError("field 'messages' is required and must be a non-empty list")
    turns: dict[str, list[str]] = {role: [] for role in CHAT_ROLES}
    for index, message in enumerate(messages):
        where = f"messages[{index}]"
        if not isinstance(message, dict):
            raise RecordError(f"field '{where}' must be an object with 'role' and 'content'")
        role, content = message.get("role"), message.get("content")
        if role not in CHAT_ROLES:
            raise RecordError(f"field '{where}.role' must be one of: {', '.join(CHAT_ROLES)}")
        if not isinstance(content, str) or not content.strip():
            raise RecordError(f"field '{where}.content' must be a non-empty string")
        turns[role].append(content)
    if not turns["user"]:
        raise RecordError("field 'messages' has no user turn")
    return _with_common_keys(data, "\n\n".join(turns["user"]), turns["assistant"])


def _json_object(payload: str) -> dict[str, Any]:
    try:
        data = json.loads(payload)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise RecordError("not valid here: the JSON is nested too deeply") from None
    except ValueError:  # json's only other ValueError: an integer over Python's 4,300-digit limit
        raise RecordError("not valid here: a number is too long to read") from None
    if not isinstance(data, dict):
        raise RecordError("expected a JSON object")
    return data


def _with_common_keys(data: dict[str, Any], text: str, responses: list[str]) -> ParsedRecord:
    """The keys every JSON format may carry: id, group, canaries, gold_answer."""
    gold_answer = data.get("gold_answer")
    if gold_answer is not None and not isinstance(gold_answer, str):
        raise RecordError("field 'gold_answer' must be a string")
    return ParsedRecord(
        external_id=_key(data.get("id"), "id"),
        text=text,
        responses=responses,
        group_key=_key(data.get("group"), "group"),
        canaries=_strings(data, "canaries"),
        gold_answer=gold_answer,
    )


def _key(value: object, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise RecordError(f"field '{name}' must be a string or an integer")
    key = str(value).strip()
    if not key:
        raise RecordError(f"field '{name}' must not be empty")
    if len(key) > MAX_KEY_LENGTH:
        raise RecordError(f"field '{name}' is longer than {MAX_KEY_LENGTH} characters")
    return key


def _strings(data: dict[str, Any], name: str) -> list[str]:
    values = data.get(name, [])
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise RecordError(f"field '{name}' must be a list of non-empty strings")
    return values


# --- CSV -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvRow:
    """One data row of a CSV file: the line it starts on, and its mapped cells or why it is malformed."""

    line: int
    cells: dict[str, str] | None
    error: str | None = None


def csv_rows(lines: Iterable[str], mapping: CsvMapping, *, delimiter: str = ",") -> Iterator[CsvRow]:
    """Read CSV rows one at a time from an iterable of text lines (line endings kept, header first).

    Only the mapped columns are kept. Raises `RecordError` when the header lacks a mapped column.
    """
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error:
        raise RecordError("the header row is not valid CSV") from None
    header = [name.strip() for name in header]
    mapping.check_header(header)
    positions = {column: header.index(column) for column in mapping.columns}
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # csv's messages name the problem, not the content
            yield CsvRow(start, None, f"not valid CSV ({exc})")
            continue
        if not row:
            continue  # a blank line
        if len(row) != len(header):
            yield CsvRow(start, None, f"the row has {len(row)} fields, the header has {len(header)}")
            continue
        yield CsvRow(start, {column: row[index] for column, index in positions.items()})


def parse_csv_row(cells: Mapping[str, object], mapping: CsvMapping) -> ParsedRecord:
    """One staged CSV row (mapped column -> cell) as a record; empty id, group or response cells are absent."""

    def cell(column: str | None) -> str:
        value = cells.get(column) if column is not None else None
        return value.strip() if isinstance(value, str) else ""

    text = cells.get(mapping.text)
    if not isinstance(text, str) or not text.strip():
        raise RecordError(f"column '{mapping.text}' (text) is empty")
    for role, column in (("id", mapping.id), ("group", mapping.group)):
        if len(cell(column)) > MAX_KEY_LENGTH:
            raise RecordError(f"column '{column}' ({role}) is longer than {MAX_KEY_LENGTH} characters")
    responses = [value for column in mapping.responses if isinstance(value := cells.get(column), str) and value.strip()]
    return ParsedRecord(
        external_id=cell(mapping.id) or None,
        text=text,
        responses=responses,
        group_key=cell(mapping.group) or None,
    )


# --- Reading an upload -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UploadLimits:
    """What one upload may hold; each limit is named in its error by the setting that sets it."""

    max_bytes: int
    max_lines: int
    max_line_bytes: int


@dataclass(frozen=True)
class OverlongLine:
    """A line past `max_line_bytes`: skipped as it streams by, never held whole."""

    number: int


class UploadLines:
    """The upload's lines as text (endings kept, a leading byte-order mark dropped), read a block at a time.

    Never more than one block and `max_line_bytes` are held, so a file without a newline costs no memory.
    Raises `UploadLimitError` past `max_bytes` or `max_lines`; `count` is the number of lines read so far.
    """

    def __init__(self, file: IO[bytes] | IO[str], limits: UploadLimits) -> None:
        self.file, self.limits = file, limits
        self.count = 0
        self.size = 0

    def __iter__(self) -> Iterator[str | OverlongLine]:
        pending, overlong = bytearray(), False
        while block := self._block():
            start = 0
            while start < len(block):
                end = block.find(b"\n", start)
                stop = len(block) if end < 0 else end + 1
                if not overlong:
                    pending += block[start:stop]
                    overlong = len(pending) > self.limits.max_line_bytes + 2  # + the line ending
                    if overlong:
                        pending.clear()
                start = stop
                if end >= 0:
                    yield self._line(pending, overlong)
                    pending, overlong = bytearray(), False
        if pending or overlong:
            yield self._line(pending, overlong)

    def _block(self) -> bytes:
        block = self.file.read(BLOCK_BYTES)
        data = block.encode() if isinstance(block, str) else block
        self.size += len(data)
        if self.size > (limit := self.limits.max_bytes):
            raise UploadLimitError(
                f"The file is larger than the upload limit of {limit:,} bytes (IMPORT_MAX_UPLOAD_BYTES)."
            )
        return data

    def _line(self, data: bytearray, overlong: bool) -> str | OverlongLine:
        self.count += 1
        if self.count > self.limits.max_lines:
            raise UploadLimitError(
                f"The file has more than the limit of {self.limits.max_lines:,} lines (IMPORT_MAX_LINES)."
            )
        if overlong or len(data.rstrip(b"\r\n")) > self.limits.max_line_bytes:
            return OverlongLine(self.count)
        line = data.decode("utf-8", errors="replace")
        return line.removeprefix("\ufeff") if self.count == 1 else line

    def overlong_message(self) -> str:
        return f"line is longer than {self.limits.max_line_bytes:,} bytes (IMPORT_MAX_LINE_BYTES)"
