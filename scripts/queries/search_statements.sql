-- Full-text style search over statement content: every statement whose content holds all the words
-- (case-insensitive, whole words), with its speaker and document.
SELECT coalesce(sp.name, s.speaker_text) AS speaker,
       d.published_date,
       s.cue_lemma,
       s.content
FROM statements s
JOIN documents d ON d.doc_id = s.doc_id
LEFT JOIN entities sp ON sp.entity_id = s.speaker_entity_id
WHERE lower(s.content) RLIKE '\\bsecurity\\b'
  AND lower(s.content) RLIKE '\\bcooperation\\b'
ORDER BY d.published_date NULLS FIRST, s.doc_id, s.sentence_idx;
