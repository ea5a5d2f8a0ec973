"""A plain web server on loopback that answers E-utilities endpoints with fixed bodies."""

from __future__ import annotations

import http.server
import threading
from contextlib import contextmanager


@contextmanager
def serving(bodies: dict[str, bytes], *, path: str = "/eutils/"):
    """Each endpoint named in `bodies` answers 200 with its body, any other path a 404 HTML page.

    Yields (base URL, list of every path asked for).
    """
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            asked.append(self.path)
            endpoint = self.path.split("?")[0].rsplit("/", 1)[-1].removesuffix(".fcgi")
            found = endpoint in bodies
            body = bodies[endpoint] if found else b"<html><body><h1>Not Found</h1></body></html>"
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", "text/xml" if found else "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{path}", asked
    finally:
        server.shutdown()
        server.server_close()
