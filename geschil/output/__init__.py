"""Writers: JSON/JSON Lines, CSV, DuckDB, the HTML report, JUnit XML, terminal views."""
