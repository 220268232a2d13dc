"""The settings dialog (``dialog.py``): the API key, the service, the library and the defaults."""

from ui.settings.dialog import SettingsDialog

__all__ = ["SettingsDialog"]
