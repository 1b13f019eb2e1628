"""The forecast from each client's own history: BG/NBD, MBG/CNBD-k and Gamma-Gamma.

Pure numpy and scipy, no Qt. ``forecast()`` is the entry point; the modules are its
rooms: ``summary`` (per-client history), ``purchases`` (purchase models), ``spend``
(Gamma-Gamma), ``holdout`` (the check against what happened), ``verdict`` (thin
history and failed fits), ``model`` (segments, choice of model, value) and
``simulate`` (client bases from known parameters, for tests and the bench).
"""

from .holdout import Holdout, default_calibration_end
from .model import (
    STUDIO,
    Forecast,
    GroupFit,
    forecast,
    predicted_lifetime_value,
)
from .purchases import BG_NBD, History, Prior, PurchaseFit, fit, fit_bgnbd, fit_mbgcnbd
from .spend import SpendFit, fit_gamma_gamma
from .summary import Summary, summarize
from .verdict import Shortfall, Status, Verdict

__all__ = [
    "BG_NBD",
    "STUDIO",
    "Forecast",
    "GroupFit",
    "History",
    "Holdout",
    "Prior",
    "PurchaseFit",
    "Shortfall",
    "SpendFit",
    "Status",
    "Summary",
    "Verdict",
    "default_calibration_end",
    "fit",
    "fit_bgnbd",
    "fit_gamma_gamma",
    "fit_mbgcnbd",
    "forecast",
    "predicted_lifetime_value",
    "summarize",
]
