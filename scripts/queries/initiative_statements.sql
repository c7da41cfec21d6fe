-- Statements that mention a named initiative (MISC entities whose name ends in "Initiative").
SELECT i.name AS initiative,
       sp.name AS speaker,
       s.cue_lemma,
       s.content
FROM statements s
JOIN entities i ON array_contains(s.target_entity_ids, i.entity_id)
LEFT JOIN entities sp ON sp.entity_id = s.speaker_entity_id
WHERE i.type = 'MISC' AND i.name LIKE '% Initiative'
ORDER BY initiative, s.doc_id, s.sentence_idx;
