"""Benchmarks for smartcity: run with `python -m benchmarks` from the repository root."""
