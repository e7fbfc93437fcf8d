"""Which engine builds the site: MkDocs 1.6 (the default) or ProperDocs 1.6.

``BRIEFINGS_ENGINE`` names it (``mkdocs`` or ``properdocs``) and is read here
only. ProperDocs is the maintained continuation of MkDocs 1.x under another
module name: importing ``properdocs.replacement`` makes every later ``mkdocs``
import (ours, Material's, the plugins') resolve to ``properdocs``. So both are
installed side by side and the choice is made when generator.mkdocs is first
imported, before any module imports ``mkdocs``: in the command's process, in the
build's spawned child (which imports this package to unpickle its target and
inherits the variable) and in the preview.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Mapping

from generator.problems import UsageError

VARIABLE = "BRIEFINGS_ENGINE"
#: The engine of the byte-pinned golden site, on which Material is tested.
DEFAULT = "mkdocs"
ENGINES = ("mkdocs", "properdocs")


class EngineError(UsageError):
    """BRIEFINGS_ENGINE names no engine we can build with here (exit code 2)."""


def chosen(environ: Mapping[str, str] = os.environ) -> str:
    """The engine ``environ`` asks for (an empty or absent variable is the default)."""
    name = environ.get(VARIABLE, "").strip().lower() or DEFAULT
    if name not in ENGINES:
        raise EngineError(
            f"{VARIABLE}={environ[VARIABLE]!r} is no engine: use mkdocs (the default) or properdocs"
        )
    return name


def select(environ: Mapping[str, str] = os.environ) -> str:
    """Make ``import mkdocs`` load the chosen engine from now on; return its name.

    Raises EngineError for a name we do not know, and when ProperDocs is asked
    for after MkDocs itself was imported (the two would then be mixed).
    """
    name = chosen(environ)
    # Both engines and Material print a notice on "MkDocs 2.0" and Material's end of
    # life when run as `mkdocs`. Editors run `briefings`, which pins its engine: the
    # notice is not theirs to act on, so it is turned off for any way it is detected.
    os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "true")
    if name == "properdocs":
        loaded = sys.modules.get("mkdocs")
        if loaded is not None and loaded.__name__ != "properdocs":
            raise EngineError(
                f"{VARIABLE}=properdocs, but MkDocs was imported first: "
                "import generator.mkdocs before mkdocs"
            )
        try:
            importlib.import_module("properdocs.replacement")
        except ImportError as error:
            raise EngineError(
                f"{VARIABLE}=properdocs, but ProperDocs is not installed ({error})"
            ) from error
    return name
