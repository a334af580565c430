"""Reading article files: checks for bad files, and Markdown/HTML stripped to text.

A file is refused (:class:`BadDocument`, with the reason) when it is binary,
not UTF-8, empty, or has a line so long it cannot be prose.

>>> strip_markup("# Title\\n\\nSome **bold** [link](http://x.org) text.", ".md")
'Title\\n\\nSome bold link text.'
>>> strip_markup("<p>China <b>dominates</b> gallium.</p><script>x()</script>", ".html")
'China dominates gallium.'
"""

from __future__ import annotations

import html
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["BadDocument", "read_document", "strip_markup", "iter_document_paths",
           "MAX_LINE_CHARS", "MAX_FILE_BYTES", "TEXT_SUFFIXES"]

MAX_LINE_CHARS = 1_000_000  # a "line" longer than this is not an article paragraph
MAX_FILE_BYTES = 200_000_000
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text", "")


class BadDocument(ValueError):
    """A file that cannot be read as an article; ``reason`` says why."""

    def __init__(self, path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = str(path), reason

    def __reduce__(self):  # rebuilt from its two parts when it comes back from a worker process
        return type(self), (self.path, self.reason)


def iter_document_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files named, and the article files inside folders named, in sorted order."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not f.name.startswith(".") and f.suffix.lower() in TEXT_SUFFIXES:
                    yield f
        else:
            yield p


def read_document(path: str | os.PathLike) -> str:
    """The text of an article file, markup stripped; raise BadDocument for a bad file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BadDocument(path, f"too large ({size} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        raise BadDocument(path, f"cannot read ({exc.strerror or exc})") from None
    if b"\x00" in data[:65536]:
        raise BadDocument(path, "binary file (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadDocument(path, f"not UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise BadDocument(path, "empty")
    longest = max(map(len, text.splitlines() or [""]))
    if longest > MAX_LINE_CHARS:
        raise BadDocument(path, f"a line of {longest} characters (not prose)")
    return strip_markup(text, path.suffix.lower())


_MD_RULES = [
    (re.compile(r"^```.*?^```[ \t]*$", re.M | re.S), ""),       # code fences
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),              # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),               # links
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M), ""),          # headings
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),                   # quotes
    (re.compile(r"^[ \t]*[-*+][ \t]+", re.M), ""),               # bullets
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),                    # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"<[^>\n]+>"), ""),                              # inline HTML
]


class _Text(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
              "article", "header", "footer", "blockquote", "pre", "ul", "ol", "table", "title"}
    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def strip_markup(text: str, suffix: str) -> str:
    """Plain text of a Markdown (``.md``) or HTML (``.html``) article; other text unchanged."""
    if suffix in (".md", ".markdown"):
        for rx, repl in _MD_RULES:
            text = rx.sub(repl, text)
        return html.unescape(text).strip()
    if suffix in (".html", ".htm"):
        parser = _Text()
        parser.feed(text)
        parser.close()
        out = re.sub(r"[ \t\r\f\v]+", " ", "".join(parser.parts))
        return re.sub(r"\s*\n\s*", "\n", out).strip()
    return text
