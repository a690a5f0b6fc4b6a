"""The HTTP/1.1 connection handler: uvicorn's h11 protocol with three changes.

- A request line with raw UTF-8 (``curl 'http://…/api/events?actor=पुतिन'`` sends the bytes as
  they are) is accepted: bytes above 0x7F in the request line are percent-encoded before h11
  reads it, so it means what the percent-encoded URL means (h11 would refuse it with 400).
- A request head must arrive within ``head_timeout`` seconds of its first byte (or of the
  connection): uvicorn only times out idle keep-alive connections, so a client sending one
  header byte every few seconds would hold a connection for ever (slowloris).
- uvicorn's own 400 answer (a malformed request, or a request line or headers larger than
  ``h11_max_incomplete_event_size``) carries the security headers like every other answer.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .security import SECURITY_HEADERS

#: Seconds a client has to send a whole request head (request line and headers).
HEAD_TIMEOUT = 10.0


def percent_encode_high(data: bytes) -> bytes:
    """Bytes above 0x7F as ``%XX`` (what a browser sends for a non-ASCII URL)."""
    if data.isascii():
        return data
    return b"".join(b"%%%02X" % b if b > 0x7F else bytes((b,)) for b in data)


class GhatnaH11Protocol(H11Protocol):
    """See the module docstring."""

    head_timeout = HEAD_TIMEOUT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._line_done = False          # the current request's line has ended (a newline seen)
        self._head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        waiting = self.conn.their_state is h11.IDLE
        if waiting and not self._line_done:
            end = data.find(b"\n")
            if end < 0:
                data = percent_encode_high(data)
            else:
                self._line_done = True
                data = percent_encode_high(data[:end]) + data[end:]
        if waiting and self._head_timer is None:
            self._arm_head_timer()
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # a whole head was read: the next is new
            self._line_done = False
            self._disarm_head_timer()

    def _arm_head_timer(self) -> None:
        self._disarm_head_timer()
        self._head_timer = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _disarm_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            # Data already read means a request was started and never finished: say so;
            # an idle connection (keep-alive between requests has its own timer) just closes.
            if self.conn.trailing_data[0] or self._line_done:
                self._send_plain(408, b"the request head did not arrive in time")
            self.transport.close()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._line_done = False

    def send_400_response(self, msg: str) -> None:
        self._send_plain(400, msg.encode("ascii", "replace"))

    def _send_plain(self, status: int, body: bytes) -> None:
        # Written by hand: h11 sends no response before a request was read (the 408 case).
        reason = {400: b"Bad Request", 408: b"Request Timeout"}.get(status, b"Error")
        head = [b"HTTP/1.1 %d %s" % (status, reason), b"content-type: text/plain; charset=utf-8",
                b"content-length: %d" % len(body), b"connection: close",
                *(f"{k}: {v}".encode("latin-1") for k, v in SECURITY_HEADERS.items())]
        self.transport.write(b"\r\n".join(head) + b"\r\n\r\n" + body)
        self.transport.close()
