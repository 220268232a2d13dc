"""The bundle's ``omnidesk-cli`` executable (PyInstaller needs a script; the wheel uses the entry point)."""

from omnidesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
