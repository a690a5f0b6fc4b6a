"""Worker processes die with their parent: after ``kill -9`` of an ingest nothing is left
running (an orphaned worker would keep extracting into a shard no one loads).

On Linux the kernel does it (``prctl(PR_SET_PDEATHSIG, SIGKILL)``, through ctypes: nothing to
install); elsewhere a daemon thread notices that the parent is gone. Either way, a parent that
died before the worker got here is noticed at once.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 1.0


def _kernel_lifeline() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False where it cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while True:
        time.sleep(WATCH_SECONDS)
        if os.getppid() != parent:
            os._exit(1)


def tie_to_parent(parent: int) -> None:
    """Make this (worker) process end when ``parent`` does."""
    if not _kernel_lifeline():
        threading.Thread(target=_watch, args=(parent,), daemon=True,
                         name="ghatna-parent-watch").start()
    if os.getppid() != parent:  # the parent died before the lifeline was in place
        os._exit(1)
