"""geschil: read, check and report on rulings of the Geschillencommissie Zorgverzekeringen."""

__version__ = "0.1.0"
