-- The "who talks about whom" network over all time, strongest edges first.
SELECT sp.name AS speaker,
       tg.name AS target,
       se.count AS statements,
       array_join(se.cue_classes, ', ') AS cue_classes
FROM statement_edges se
JOIN entities sp ON sp.entity_id = se.speaker_entity_id
JOIN entities tg ON tg.entity_id = se.target_entity_id
WHERE se.period = 'all'
ORDER BY statements DESC, speaker, target
LIMIT 30;
