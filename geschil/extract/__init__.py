"""Text of a ruling → sections → fields → a validated Record."""
