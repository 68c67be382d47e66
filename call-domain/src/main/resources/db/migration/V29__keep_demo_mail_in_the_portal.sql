-- The demo profile without an SMTP server delivers e-mails to a mailbox inside the portal (/demo/mail) instead: such an
-- e-mail is marked sent and delivered in the portal, and the mailbox lists these, newest first. Sent e-mails are
-- deleted after the retention period as before.

alter table outgoing_mails add column delivered_in_portal boolean not null default false;
create index ix_outgoing_mails_in_portal on outgoing_mails (sent_at desc, id desc) where delivered_in_portal;
