"""Tools for testing limner plugins: hypothesis strategies and a conformance kit.

A plugin author proves their plugin with two lines in their own tests::

    from limner.testing import check_plugin

    def test_conforms():
        check_plugin("hashtags", examples=["Follow #limner today."])

:func:`check_plugin` enriches the examples and many generated texts (nasty
Unicode included) and checks the laws every limner annotator obeys: it never
raises, every span lies inside the text with ``text[start:end]`` as its
surface, the same text gives the same annotations, the document it reads is
not changed, and the JSON form round-trips to an equal document.
"""

from __future__ import annotations

from limner.testing._conformance import (
    ConformanceError,
    check_annotations,
    check_document,
    check_plugin,
)
from limner.testing._strategies import documents, nasty_texts, news_texts, texts

__all__ = [
    "ConformanceError",
    "check_annotations",
    "check_document",
    "check_plugin",
    "documents",
    "nasty_texts",
    "news_texts",
    "texts",
]
