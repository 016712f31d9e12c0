"""Faults on demand: what the real Scaleway does under load, set by a test per route.

A test gives the API (`localscw.api`) or the S3 gateway (`localscw.gateway`) a `FaultPlan`:
per route (a method and a path pattern), either an exact sequence of faults (one per
matching request, `None` letting one through) or a rate of them drawn from a seeded
random generator, so that a failing run can be replayed as it was.

The kinds are the transient answers the provider (go-retryablehttp: 429, and 5xx but 501,
and connection errors; `Retry-After` honoured on 429 and 503) and the AWS SDK retry, as a
load balancer in front of the service gives them (a plain-text body), and two the client
cannot tell apart from a network fault:
- `RESET`: the connection is reset before the request reaches the service (nothing done);
- `LOST`: the service does the request, then the connection is reset before its answer
  (a retried create makes a second resource: what a crash between create and state write
  leaves is the same kind of orphan);
- `SLOW`: the answer comes `seconds` late.
"""

from __future__ import annotations

import random
import re
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from localscw.loopback import QuietHandler

Answer = tuple[int, list[tuple[str, str]], bytes]


class Kind(Enum):
    FORBIDDEN = 403  # a refusal, not transient: a write Object Storage will not take
    TOO_MANY_REQUESTS = 429
    INTERNAL_ERROR = 500
    UNAVAILABLE = 503
    RESET = "reset"
    LOST = "lost"
    SLOW = "slow"


@dataclass(frozen=True)
class Fault:
    kind: Kind
    seconds: float = 1.0  # Retry-After of a 429 or 503; the delay of a slow answer

    @property
    def status(self) -> int | None:
        """The HTTP status this fault answers with, None when it answers nothing of its own."""
        return self.kind.value if isinstance(self.kind.value, int) else None

    def headers(self) -> list[tuple[str, str]]:
        retry_after = [("Retry-After", str(int(self.seconds)))] if self.kind in (Kind.TOO_MANY_REQUESTS, Kind.UNAVAILABLE) else []
        return [("Content-Type", "text/plain; charset=utf-8"), *retry_after]

    def body(self) -> bytes:
        """A load balancer's plain answer: `429 Too Many Requests`."""
        return f"{self.kind.value} {self.kind.name.replace('_', ' ').title()}\n".encode()


TRANSIENT = (Fault(Kind.TOO_MANY_REQUESTS), Fault(Kind.INTERNAL_ERROR), Fault(Kind.UNAVAILABLE), Fault(Kind.RESET))


@dataclass
class Route:
    method: str  # "*" for any
    path: re.Pattern[str]
    sequence: deque[Fault | None] | None = None
    rate: float = 0.0
    choices: tuple[Fault, ...] = ()
    draws: random.Random = field(default_factory=random.Random)

    def matches(self, method: str, path: str) -> bool:
        return self.method in ("*", method) and self.path.fullmatch(path) is not None

    def draw(self) -> Fault | None:
        if self.sequence is not None:
            return self.sequence.popleft() if self.sequence else None
        if self.draws.random() < self.rate:
            return self.draws.choice(self.choices)
        return None


@dataclass(frozen=True)
class Injected:
    method: str
    path: str
    fault: Fault


@dataclass
class Hold:
    """A request held until the test releases it: `reached` is set when it arrives."""

    method: str
    path: re.Pattern[str]
    query: str | None = None  # None: whatever the query; "" for none (DeleteBucket, not ?policy)
    reached: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)


class FaultPlan:
    """The faults of one server, and the requests it holds; empty, it lets everything
    through. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._routes: list[Route] = []
        self._holds: list[Hold] = []
        self.injected: list[Injected] = []

    def hold(self, method: str, path: str, query: str | None = None) -> Hold:
        """Hold the next request matching `method`, the `path` pattern (and `query`) until released."""
        gate = Hold(method, re.compile(path), query)
        with self._lock:
            self._holds.append(gate)
        return gate

    def held(self, method: str, path: str, query: str = "") -> Hold | None:
        """The hold waiting for this request, taken off the plan (it holds one request)."""
        with self._lock:
            for gate in self._holds:
                if gate.method == method and gate.path.fullmatch(path) and gate.query in (None, query):
                    self._holds.remove(gate)
                    return gate
        return None

    def sequence(self, method: str, path: str, *faults: Fault | None) -> FaultPlan:
        """The next requests matching `method` and the `path` pattern get these faults, in order."""
        with self._lock:
            self._routes.append(Route(method, re.compile(path), sequence=deque(faults)))
        return self

    def rate(self, method: str, path: str, rate: float, seed: int, choices: Sequence[Fault] = TRANSIENT) -> FaultPlan:
        """Each request matching gets one of `choices` with probability `rate`, drawn from `seed`."""
        if not 0 <= rate < 1:
            raise ValueError(f"a fault rate is a probability below 1, not {rate}")
        with self._lock:
            self._routes.append(Route(method, re.compile(path), rate=rate, choices=tuple(choices), draws=random.Random(seed)))
        return self

    def clear(self) -> None:
        with self._lock:
            self._routes.clear()

    def draw(self, method: str, path: str) -> Fault | None:
        """The fault for this request, if any: the first route that matches decides (a sequence
        served in full matches no more)."""
        with self._lock:
            self._routes = [route for route in self._routes if route.sequence is None or route.sequence]  # served in full
            for route in self._routes:
                if route.matches(method, path):
                    fault = route.draw()
                    if fault is not None:
                        self.injected.append(Injected(method, path, fault))
                    return fault
        return None

    def count(self, kind: Kind | None = None) -> int:
        with self._lock:
            return sum(1 for injected in self.injected if kind in (None, injected.fault.kind))


def reset(connection: socket.socket) -> None:
    """Close with a TCP RST, as a dropped connection reaches the client."""
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    connection.close()


def through(plan: FaultPlan, handler: QuietHandler, path: str, serve: Callable[[], Answer], query: str = "") -> None:
    """Answer the handler's request with `serve()` (once released, if the plan holds it),
    unless the plan has a fault for it."""
    gate = plan.held(handler.command, path, query)
    if gate is not None:
        gate.reached.set()
        gate.released.wait()
    fault = plan.draw(handler.command, path)
    if fault is None or fault.kind is Kind.SLOW:
        if fault is not None:
            time.sleep(fault.seconds)  # the slow answer itself, not a wait for something
        handler.answer(*serve())
        return
    if fault.kind is Kind.LOST:
        serve()
    if fault.kind in (Kind.RESET, Kind.LOST):
        handler.close_connection = True
        reset(handler.connection)
        return
    assert fault.status is not None
    handler.answer(fault.status, fault.headers(), fault.body())
