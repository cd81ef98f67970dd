"""A TCP forwarder the tests control, to break the link to the central server the ways
networks break: :meth:`stop` / :meth:`refuse` (nobody listens: connections refused, open
ones cut), :meth:`stall` (connections stay open, nothing comes back — a router dropping
packets, a half-open connection) and :meth:`forward` (everything flows again)."""

from __future__ import annotations

import contextlib
import select
import socket
import threading


class TcpProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self._flowing = threading.Event()
        self._flowing.set()

    def start(self) -> None:
        self._flowing.set()
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        self.port = listener.getsockname()[1]
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        """Refuse new connections and cut the open ones, like a server going away."""
        if self._listener is not None:
            with contextlib.suppress(OSError):  # shutdown wakes the blocked accept()
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
            self._listener = None
        with self._lock:
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
            self._conns.clear()
        self._flowing.set()  # wake stalled pipes: their sockets are closed now

    def refuse(self) -> None:
        """Connection refused (nothing listens on the port any more)."""
        self.stop()

    def stall(self) -> None:
        """Keep every connection open, accept new ones, but pass nothing either way."""
        self._flowing.clear()

    def forward(self) -> None:
        """Pass everything again (after :meth:`stall`, or listen again after :meth:`refuse`)."""
        if self._listener is None:
            self.start()
        self._flowing.set()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            self._flowing.wait()  # stalled: the new connection hangs, open but silent
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while True:
                self._flowing.wait()
                ready, _, _ = select.select([source], [], [], 0.05)
                if not ready:
                    continue
                if not self._flowing.is_set():
                    continue  # stalled while waiting: hold what came in
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except (OSError, ValueError):
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
