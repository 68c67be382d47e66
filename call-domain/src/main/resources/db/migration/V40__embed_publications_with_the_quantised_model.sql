-- The sentence embeddings are now computed by the quantised all-MiniLM-L6-v2 (issue 20). The publications' vectors
-- of the full model are let go, so the portal's background thread computes them again with the model it runs; the
-- vectors of text_vectors carry their model's name and are computed again for that reason without a migration.
update reviewer_publications set embedding = null where embedding is not null;
