-- Entity mentions per month of publication (undated documents excluded).
SELECT date_format(d.published_date, 'yyyy-MM') AS month,
       e.name,
       e.type,
       COUNT(*) AS mentions
FROM mentions m
JOIN documents d ON d.doc_id = m.doc_id
JOIN entities e ON e.entity_id = m.entity_id
WHERE d.published_date IS NOT NULL
GROUP BY date_format(d.published_date, 'yyyy-MM'), e.name, e.type
ORDER BY month, mentions DESC, e.name;
