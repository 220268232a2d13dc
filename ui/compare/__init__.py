"""Compare 2 to 4 results side by side, in sync, and pick the winner (``CompareWindow``)."""

from ui.compare.window import CompareWindow

__all__ = ["CompareWindow"]
