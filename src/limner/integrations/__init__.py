"""limner inside other tools' pipelines: :mod:`limner.integrations.spacy`.

Each integration is imported on its own and needs its extra
(``pip install 'limner[spacy]'``); ``import limner`` imports none of them.
"""
