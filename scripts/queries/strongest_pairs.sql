-- Strongest sentence-level associations over all time: NPMI among pairs seen at least 3 times.
SELECT a.name AS entity_a,
       b.name AS entity_b,
       c.count,
       c.doc_count,
       round(c.npmi, 3) AS npmi,
       round(c.llr, 2) AS llr
FROM cooccurrences c
JOIN entities a ON a.entity_id = c.entity_a
JOIN entities b ON b.entity_id = c.entity_b
WHERE c.scope = 'sentence' AND c.period = 'all' AND c.count >= 3
ORDER BY c.npmi DESC, c.count DESC, entity_a, entity_b
LIMIT 20;
