"""``python -m omnidesk`` is the command-line interface."""

from omnidesk.cli import main

raise SystemExit(main())
