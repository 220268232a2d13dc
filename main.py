"""Starts the OmniDesk desktop app."""

from ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
