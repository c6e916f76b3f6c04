-- Three questions analysts ask of the DuckDB file that `geschil extract --db rulings.duckdb` writes.
-- Run one with:  duckdb rulings.duckdb < docs/queries.sql   (or paste a query into the duckdb shell)

-- 1. The most cited provisions per decision year (each ruling counts once per provision).
SELECT r.decision_year, c.provision, c.url, count(DISTINCT c.sha256) AS rulings
FROM citations c JOIN rulings r USING (sha256)
WHERE c.law IS NOT NULL AND c.law <> 'polis'
GROUP BY ALL
ORDER BY r.decision_year, rulings DESC, c.provision;

-- 2. Outcomes per insurer (the first insurer named in the ruling).
SELECT insurer, outcome, count(*) AS rulings
FROM rulings
WHERE error_kind IS NULL
GROUP BY ALL
ORDER BY insurer, rulings DESC, outcome;

-- 3. All divergent rulings with every finding of the rules (its verdict says whether it held).
SELECT r.case_number, r.decision_date, r.insurer, r.outcome, r.expected_outcome, r.check_reason,
       f.rule, f.legal_basis, f.verdict, f.reason, f.evidence
FROM rulings r JOIN findings f USING (sha256)
WHERE r.status = 'divergent'
ORDER BY r.decision_date, r.case_number, f.position;
