"""Tools for testing limner plugins: hypothesis strategies and a conformance kit.

A plugin author proves their plugin with two lines in their own tests::

    from limner.testing import check_plugin

    def test_conforms():
        check_plugin("hashtags", texts=["Follow #limner today."])

:func:`check_plugin` takes an installed plugin's name, or a plugin module or
object registered in code.  It enriches the given texts, then
:data:`DEFAULT_EXAMPLES` generated texts drawn with a fixed seed (the same in
every run; ``examples=N, seed=S`` change them), then every one of the
:data:`TROUBLEMAKERS` (``\\r``, NUL, lone surrogates, combining marks,
right-to-left text, empty and blank texts), and checks the laws every limner
plugin obeys (listed in :mod:`limner.testing._conformance`): it never raises,
its spans fit the text, it returns only the kinds it declares, its references
resolve, it does not change the document it reads, the same text gives the
same annotations, the JSON form round-trips, its hook results are well formed
and its options carry its prefix.  A broken law is a :class:`ConformanceError`
naming the law, the plugin and the (shrunk) text.
"""

from __future__ import annotations

from limner.testing._conformance import (
    DEFAULT_EXAMPLES,
    DEFAULT_SEED,
    TIME_LIMIT,
    ConformanceError,
    check_annotations,
    check_document,
    check_plugin,
)
from limner.testing._strategies import TROUBLEMAKERS, documents, nasty_texts, news_texts, texts

__all__ = [
    "DEFAULT_EXAMPLES",
    "DEFAULT_SEED",
    "TIME_LIMIT",
    "TROUBLEMAKERS",
    "ConformanceError",
    "check_annotations",
    "check_document",
    "check_plugin",
    "documents",
    "nasty_texts",
    "news_texts",
    "texts",
]
