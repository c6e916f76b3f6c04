-- Questions analysts ask of the DuckDB file that `geschil extract --db rulings.duckdb` writes.
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

-- 3. All divergent rulings with the grounds that prove it: the committee's own finding on a ground
--    that the printed facts contradict (agreement 'contradicts'), with the quote and the computation.
SELECT r.case_number, r.decision_date, r.insurer, r.outcome, r.check_reason,
       g.part, g.rule, g.legal_basis, g.committee, g.recomputed, g.reason, g.evidence, g.page
FROM rulings r JOIN grounds g USING (sha256)
WHERE r.status = 'divergent' AND g.agreement = 'contradicts'
ORDER BY r.decision_date, r.case_number, g.position;

-- 4. What the committee decides on that geschil does not recompute: judgement and outside grounds
--    per provision, with how often the committee found them met.
SELECT g.kind, g.rule, g.legal_basis, count(DISTINCT g.sha256) AS rulings,
       count(*) FILTER (WHERE g.committee = 'met') AS met,
       count(*) FILTER (WHERE g.committee <> 'met') AS not_met_or_not_established
FROM grounds g
WHERE g.kind IN ('judgement', 'outside')
GROUP BY ALL
ORDER BY rulings DESC, g.rule;
