"""smartcity: Smart City masterplans as validated YAML, with figures and reports."""

__version__ = "0.1.0"
