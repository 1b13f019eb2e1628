"""Writing a file so that a failure at any point leaves the previous one intact.

The bytes go to a temporary file in the same folder (so the final rename
never crosses a file system), are flushed to disk, and only then replace the
target in one step. A failure at any point removes the temporary file and
leaves the old target exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from typing import IO

from .message import Message


def write_atomically(
    path: str | os.PathLike[str],
    write: Callable[[IO[bytes]], object],
    *,
    sync_folder: bool = True,
) -> None:
    """Create or replace ``path`` with what ``write`` writes to the binary file it is given.

    The new file keeps the old one's permissions (a new one gets 0666 less the
    umask, as ``open`` would give it). With ``sync_folder`` the rename itself
    is made durable too. Raises OSError (and whatever ``write`` raises); the
    temporary file never outlives a failure.
    """
    put_in_place(write_beside(path, write), path, sync_folder=sync_folder)


def write_beside(path: str | os.PathLike[str], write: Callable[[IO[bytes]], object]) -> str:
    """Write a temporary file next to ``path``, flushed to disk; return its name.

    The first half of :func:`write_atomically`, for a writer in another process:
    ``path`` is not touched, and :func:`put_in_place` (or removing the file)
    finishes the job. The temporary file already has the mode ``path`` keeps.
    Raises OSError (and whatever ``write`` raises), leaving no file behind.
    """
    name = os.path.basename(os.fspath(path))
    folder = os.path.dirname(os.path.abspath(path))
    temp: str | None = None
    try:
        mode = new_file_mode(path)
        fd, temp = tempfile.mkstemp(prefix=f".~{name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temp, mode)  # mkstemp makes it private (0600)
        done, temp = temp, None
        return done
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.remove(temp)


def put_in_place(temp: str, path: str | os.PathLike[str], *, sync_folder: bool = True) -> None:
    """Replace ``path`` with ``temp`` (made by :func:`write_beside`) in one step.

    Raises OSError; ``temp`` is removed if it could not be moved.
    """
    try:
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temp)
        raise
    if sync_folder:
        _sync_folder(os.path.dirname(os.path.abspath(path)))


def new_file_mode(path: str | os.PathLike[str]) -> int:
    """Return the mode the file keeps (if it exists) or a new file gets (0666 less the umask)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_failure(error: OSError) -> Message:
    """Return why a file could not be written, in the words a user acts on."""
    if isinstance(error, PermissionError):
        return Message("permission denied: is it open in Excel, or is the folder read-only?")
    if error.errno == 28:
        return Message("the disk is full")
    return Message("%1", error.strerror or str(error))  # the system's own words


__all__ = ["new_file_mode", "put_in_place", "write_atomically", "write_beside", "write_failure"]
