-- Every instance's registry feed asks, twice a second and on each partner suggestion, for the registry's vectors
-- written since its horizon: subject in (the two profile texts) and written_xid >= horizon. With written_xid indexed on
-- its own, and without fresh statistics (a bulk load before autovacuum's analyze, or autovacuum off), PostgreSQL
-- combined that index with the primary key's and read every profile's entry of it: 12 to 16 ms for no row at 50,000
-- profiles. One index on both columns answers the question by itself, whatever the statistics say: 0.05 ms.
drop index ix_text_vectors_written_xid;
create index ix_text_vectors_subject_written_xid on text_vectors (subject, written_xid);
