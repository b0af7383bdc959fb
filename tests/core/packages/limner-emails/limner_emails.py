"""limner-emails: e-mail addresses as limner annotations, each tied to its sentence."""

from __future__ import annotations

import re
from typing import ClassVar

import attrs

import limner

_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


@attrs.frozen(kw_only=True)
class Email(limner.Annotation):
    """An e-mail address: kind "email", ids em1, em2, ..."""

    id_prefix: ClassVar[str] = "em"
    kind: str = "email"
    user: str = ""
    domain: str = ""
    sentence: str | None = limner.ref()


def _domains(value: str) -> str:
    value = value.strip().lower()
    if value and not all(part.strip() for part in value.split(",")):
        raise ValueError("expected comma-separated domains, e.g. 'example.com,example.org'")
    return value


def find_emails(doc: limner.Document, lowercase: bool, only: set[str]) -> list[Email]:
    out = []
    for sentence in doc.select("sentence"):
        for m in _EMAIL.finditer(doc.text, sentence.start, sentence.end):
            domain = m.group(2).lower() if lowercase else m.group(2)
            if only and domain.lower() not in only:
                continue
            out.append(
                Email(start=m.start(), end=m.end(), user=m.group(1), domain=domain,
                      sentence=sentence.id)
            )
    return out


@limner.hookimpl
def limner_annotation_kinds():
    return [Email]


@limner.hookimpl
def limner_config_options():
    return [
        limner.Option("emails.lowercase", True, help="Lower-case the domain field."),
        limner.Option("emails.domains", "", help="Keep only these domains (comma-separated).",
                      validate=_domains),
    ]


@limner.hookimpl
def limner_annotators(config):
    lowercase = config["emails.lowercase"]
    only = {d.strip() for d in config["emails.domains"].split(",") if d.strip()}
    return [
        limner.Annotator(
            "emails",
            produces=("email",),
            requires=("sentence",),
            func=lambda doc: find_emails(doc, lowercase, only),
        )
    ]
