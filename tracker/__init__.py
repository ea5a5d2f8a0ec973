"""tracker: audit the health claims of popular articles against PubMed."""

__version__ = "0.1.0"
