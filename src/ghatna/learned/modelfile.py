"""What the learned models share: reading their JSON file, the logistic function."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ResourceError

Z_BOUND = 30.0  # past this the logistic is 0 or 1 to double precision; exp() never overflows


def sigmoid(z: float, exp: Callable[[float], float] = math.exp) -> float:
    # the clamp as comparisons, not max(min()): the same value, without two built-in calls
    # (this runs once per event type per sentence)
    return 1.0 / (1.0 + exp(-(Z_BOUND if z > Z_BOUND else -Z_BOUND if z < -Z_BOUND else z)))


def read_model_file(path: Path, what: str) -> dict[str, Any]:
    """A shipped model's JSON, or a clear error naming the command that builds it."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ResourceError(f"the {what} {path} is missing: run `make train`") from exc
    return data
