"""Terminal output shared by the commands (rich tables)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

__all__ = ["console", "print_counts"]

console = Console()


def print_counts(c: dict[str, dict[str, int]], title: str = "Graph") -> None:
    """Print node and edge counts by type as two rich tables."""
    console.print(f"[bold]{title}[/bold]")
    for kind in ("nodes", "edges"):
        table = Table(title=f"{kind}: {sum(c[kind].values())}", title_justify="left")
        table.add_column("type")
        table.add_column("count", justify="right")
        for t, n in c[kind].items():
            table.add_row(t, str(n))
        console.print(table)
