"""The one exception hierarchy of supplygraph."""

__all__ = ["SupplyGraphError", "SchemaError", "DataError"]


class SupplyGraphError(Exception):
    """Base class of every error supplygraph raises on purpose."""


class SchemaError(SupplyGraphError):
    """A node, edge or property does not fit the schema."""


class DataError(SupplyGraphError):
    """An input file is malformed; the message names the file and line."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.path, self.line, self.reason = path, line, message
        where = f"{path}:{line}: " if path and line else (f"{path}: " if path else "")
        super().__init__(where + message)
