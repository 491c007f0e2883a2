"""Entry point for ``python -m smartcity_cli``."""

from smartcity_cli.cli import main

main()
