"""goftar (گفتار): shared helpers for the Persian-news explorable report.

Stages, one module each: ``paths`` (where everything lives), ``load`` (articles in,
nothing lost), ``normalize`` (one normalized form with an exact offset map),
``claims`` (who said what, and how), ``plots`` (right-to-left Persian figures),
``export`` (editors' HTML).
"""

__version__ = "0.1.0"
