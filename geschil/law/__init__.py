"""Law knowledge as data (laws.json, vocabularies) and the small readers of it."""
