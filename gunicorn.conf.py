"""gunicorn's settings for the portal, read from the project's directory:
`gunicorn rokportal.wsgi --workers N` there picks them up.

The application is loaded once, in the master process, which builds the search facets' index
(organisations/search/index.py) before it starts the workers: each worker begins with the index
(in memory pages shared with the others until they change), so no search waits for it. After a
change to the directory each worker rebuilds its own on its next search. To run new code, restart
gunicorn (a HUP does not reload preloaded code).

No request header becomes part of the WSGI environment. By default gunicorn takes SCRIPT_NAME
and PATH_INFO from the headers of any address in `forwarded_allow_ips` (this machine unless set
otherwise), and a SCRIPT_NAME changes the path the portal sees. The portal is served at the root
of its host; the proxy's X-Forwarded-For and X-Forwarded-Proto reach Django as ordinary headers,
which it trusts only with BEHIND_PROXY (README: Security and privacy). A header whose name has
an underscore is dropped, so that it cannot pass for the same name with a hyphen.
"""

import os

preload_app = True

# One request at a time per worker process. Each process keeps the search index, the
# remembered searches, the rendered result cards and the taxonomies in module-level memory
# without locks (organisations/search/): correct only while no two requests of one process run
# at once. Scale out with more workers, not threads. `on_starting` refuses a command line or
# GUNICORN_CMD_ARGS that asks for threads or another worker class.
worker_class = "sync"
threads = 1

forwarder_headers = ""
header_map = "drop"
# The proxy's addresses, trusted for the scheme it forwards (wsgi.url_scheme); gunicorn's default.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")


def on_starting(server) -> None:
    if server.cfg.worker_class_str != "sync" or server.cfg.threads != 1:
        raise RuntimeError(
            "The portal runs on sync workers with one thread each (gunicorn.conf.py says why); "
            f"asked for {server.cfg.worker_class_str} with {server.cfg.threads} threads."
        )


def when_ready(server) -> None:
    from django.db import DatabaseError, connections

    from organisations.search import index

    try:
        index.current()
    except DatabaseError as error:  # no database yet: each worker builds it when first needed
        server.log.warning("Search index not built in advance: %s", error)
    finally:
        connections.close_all()  # a worker must not share the master's connection
