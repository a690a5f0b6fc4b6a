"""Learned components of the reader: models trained by ``training/`` (``make train``) and
shipped as small files in ``learned/model/``; the runtime only loads and applies them."""
