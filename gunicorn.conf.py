"""gunicorn's settings for the portal, read from the project's directory:
`gunicorn rokportal.wsgi --workers N` there picks them up.

The application is loaded once, in the master process, which builds the search facets' index
(organisations/facet_index.py) before it starts the workers: each worker begins with the index
(in memory pages shared with the others until they change), so no search waits for it. After a
change to the directory each worker rebuilds its own on its next search. To run new code, restart
gunicorn (a HUP does not reload preloaded code).
"""

preload_app = True


def when_ready(server) -> None:
    from django.db import DatabaseError, connections

    from organisations import facet_index

    try:
        facet_index.current()
    except DatabaseError as error:  # no database yet: each worker builds it when first needed
        server.log.warning("Search index not built in advance: %s", error)
    finally:
        connections.close_all()  # a worker must not share the master's connection
