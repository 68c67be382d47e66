-- A proposal's vector has one store: text_vectors (V37, subject PROPOSAL), which the partner suggestions and the
-- reviewer assignment both read and fill with the vector of the same text (title, abstract and medical need). The
-- assignment's own cache of V36 goes.
drop table proposal_text_vectors;
