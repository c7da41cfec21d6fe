-- Documents by publisher and publication date.
SELECT coalesce(publisher, '(unknown)') AS publisher,
       published_date,
       dateline,
       title,
       source_path
FROM documents
ORDER BY publisher, published_date NULLS LAST, source_path;
