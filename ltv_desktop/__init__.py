"""LTV Desktop: what a studio's clients are worth over the whole relationship."""

import os

# The forecast's fits hand BLAS vectors of a few numbers, thousands of times; OpenBLAS's
# worker threads cost more to wake than that work, and fight each other on a busy laptop
# (predict at 100,000 clients: 5–6 s of fitting with them, 3 s without). Set before numpy
# loads, as it is for the command line, the window and the packaged program; a user's own
# setting wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

__version__ = "0.1.0"
