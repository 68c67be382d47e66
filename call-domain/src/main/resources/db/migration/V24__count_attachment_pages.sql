-- Uploaded PDFs are now parsed before they are kept, and their pages counted. Files stored before keep no count
-- (null): counting them would mean parsing every stored PDF inside the migration.
alter table proposal_attachments add column page_count integer;
alter table proposal_attachments add constraint ck_proposal_attachments_page_count check (page_count > 0);
