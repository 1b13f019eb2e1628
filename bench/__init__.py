"""Benchmarks with their own data generators (``make bench``)."""

import ltv_desktop  # noqa: F401 -- first, so BLAS is set up as the app sets it up
