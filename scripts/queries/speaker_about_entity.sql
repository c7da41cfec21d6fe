-- What a given speaker said about a given entity, in time order (edit the two names).
SELECT d.published_date,
       d.title,
       s.cue_lemma,
       s.content
FROM statements s
JOIN entities sp ON sp.entity_id = s.speaker_entity_id
JOIN documents d ON d.doc_id = s.doc_id
JOIN entities tg ON array_contains(s.target_entity_ids, tg.entity_id)
WHERE sp.name = 'Xi Jinping'
  AND tg.name = 'Kazakhstan'
ORDER BY d.published_date NULLS FIRST, s.doc_id, s.sentence_idx, s.content_begin;
