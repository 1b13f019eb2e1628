"""LTV Desktop: what a studio's clients are worth over the whole relationship."""

__version__ = "0.1.0"
