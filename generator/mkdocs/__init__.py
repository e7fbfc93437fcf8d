"""The engine layer: the only package that imports MkDocs (or ProperDocs in its place).

The rest of the generator writes plain Markdown and knows nothing of MkDocs.
``engine`` picks MkDocs or ProperDocs, on import of this package and so before
any of its modules imports ``mkdocs``. ``build`` runs `briefings build`'s MkDocs
child beside the render; ``plugins`` are what it adds to MkDocs; ``messages``
what the processes say over their pipes; ``preview``, ``live`` and ``hooks`` the
live preview; ``searchrun`` Pagefind beside MkDocs; ``compat`` alone touches the
engine's internals.
"""

from generator.mkdocs import engine

ENGINE = engine.select()
