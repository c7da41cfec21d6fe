-- Who speaks most, and how: statements per speaker with their cue classes.
SELECT e.name AS speaker,
       e.type,
       COUNT(*) AS statements,
       COUNT(DISTINCT s.doc_id) AS documents,
       array_join(sort_array(collect_set(s.cue_class)), ', ') AS cue_classes
FROM statements s
JOIN entities e ON e.entity_id = s.speaker_entity_id
GROUP BY e.name, e.type
ORDER BY statements DESC, speaker
LIMIT 20;
