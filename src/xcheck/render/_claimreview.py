"""Findings as schema.org ``ClaimReview`` JSON-LD, for fact-checkers' publishing tools.

One ``ClaimReview`` per finding: the claim (the translated sentence that carries the finding),
the item reviewed (a ``Claim`` that appears in the translation), a rating (1 = false ... 5 =
true, with a word in ``alternateName``), the explanation (``reviewBody``) and the source of the
reference statement (``citation``: publisher, date, address, text).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from xcheck._types import Finding, Report, Statement
from xcheck.errors import OptionError
from xcheck.render._view import View, view

#: Rating value by severity (schema.org ``Rating``, worst 1, best 5).
RATING_VALUES = {"critical": 1, "major": 2, "minor": 3}

#: The rating word by kind and severity (``alternateName``).
_RATING_WORDS = {
    "number": {"critical": "False", "major": "Inaccurate", "minor": "Imprecise"},
    "date": {"critical": "False", "major": "Inaccurate", "minor": "Imprecise"},
    "name": {"critical": "False", "major": "Inaccurate", "minor": "Imprecise"},
    "title": {"critical": "False", "major": "Inaccurate", "minor": "Imprecise"},
    "quote": {"critical": "Fabricated quote", "major": "Misquoted", "minor": "Paraphrased quote"},
    "polarity": {"critical": "False", "major": "Inaccurate", "minor": "Inaccurate"},
    "omission": {
        "critical": "Missing context",
        "major": "Missing context",
        "minor": "Missing context",
    },
    "addition": {"critical": "Unsupported", "major": "Unsupported", "minor": "Unsupported"},
}


def _claim_text(v: View, f: Finding) -> str:
    """The translated sentence(s) carrying the finding; the statement for an omission."""
    t = f.translation
    if t is not None:
        hits = [s.text for s in v.touching(t)]
        return " ".join(hits) if hits else t.text
    if f.reference is not None:
        return f.reference.text
    return f.found or f.expected or ""


def _citation(st: Statement) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "CreativeWork", "identifier": st.id, "text": st.text}
    if st.source:
        out["publisher"] = {"@type": "Organization", "name": st.source}
    if st.date is not None:
        out["datePublished"] = st.date.isoformat()
    if st.url and _is_web_url(st.url):
        out["url"] = st.url  # only http(s): a javascript: or data: URL never reaches a page
    if st.lang:
        out["inLanguage"] = st.lang
    return out


def _is_web_url(url: str) -> bool:
    return urlsplit(url.strip()).scheme.lower() in ("http", "https")


#: Characters that could end a ``<script>`` element or a JavaScript string when the JSON-LD is
#: embedded in a page, written as JSON escapes instead (they only ever occur inside JSON strings).
_EMBED_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def _body(f: Finding) -> str:
    parts = [f.message.rstrip(".") + "."]
    if f.expected is not None:
        parts.append(f"Reference: {f.expected}.")
    if f.found is not None:
        parts.append(f"Translation: {f.found}.")
    return " ".join(parts)


def claimreview_list(
    report: Report,
    *,
    url: str | None = None,
    author: str = "xcheck",
    date_published: str | None = None,
) -> list[dict[str, Any]]:
    """The ClaimReview objects of ``report`` as Python data (see :func:`to_claimreview`)."""
    if url is not None and not _is_web_url(url):
        msg = f"the ClaimReview url must be an http or https URL, not {url!r}"
        raise OptionError(msg)
    v = view(report)
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if report.translation_name:
        appearance["name"] = report.translation_name
    out = []
    for f in v.findings:
        severity = f.severity if f.severity in RATING_VALUES else "minor"
        words = _RATING_WORDS.get(f.kind, _RATING_WORDS["number"])
        item: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": f.id,
            "claimReviewed": _claim_text(v, f),
            "itemReviewed": {"@type": "Claim", "appearance": [appearance]},
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": RATING_VALUES[severity],
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": words[severity],
            },
            "reviewBody": _body(f),
            "author": {"@type": "Organization", "name": author},
            "keywords": [f.category, f.kind, f.severity],
        }
        if url:
            item["url"] = f"{url}#{f.id}"
        if date_published:
            item["datePublished"] = date_published
        st = v.statements.get(f.reference.id) if f.reference is not None else None
        if st is not None:
            item["citation"] = [_citation(st)]
        out.append(item)
    return out


def to_claimreview(
    report: Report,
    *,
    url: str | None = None,
    author: str = "xcheck",
    date_published: str | None = None,
) -> str:
    """The findings of ``report`` as a JSON-LD list of schema.org ``ClaimReview`` objects.

    ``url`` (the page where the reviews are published) gives each review ``url#finding-id``;
    ``author`` names the reviewing organisation; ``date_published`` (ISO date) is copied as is.
    Nothing depends on the clock, so the output is deterministic. The text is safe to embed in a
    ``<script type="application/ld+json">`` element: ``<``, ``>``, ``&``, U+2028 and U+2029 are
    written as JSON escapes, and only http(s) URLs are copied from the statements.
    """
    data = claimreview_list(report, url=url, author=author, date_published=date_published)
    return json.dumps(data, ensure_ascii=False, indent=2).translate(_EMBED_ESCAPES) + "\n"
