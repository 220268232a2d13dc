"""OmniDesk core: the APIMart client, request rules, simulator and CLI.

Nothing under this package imports Qt widgets; the GUI lives in ``ui/``.
"""

__version__ = "0.1.0"
APP_NAME = "OmniDesk"
