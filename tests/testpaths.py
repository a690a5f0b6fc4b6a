"""Paths the tests share: the repository and ../shared beside it."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_06019d068f654b61.txt"
SEED_GOLD = SHARED / "eval" / "seed.gold.jsonl"
DEV = SHARED / "eval" / "dev.jsonl"
