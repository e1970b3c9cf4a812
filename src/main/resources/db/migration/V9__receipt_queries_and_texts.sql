-- The id as the provider wrote it in its submit answer (provider_message_id is its canonical form,
-- for matching): query_sm must name it exactly so.
alter table message_part add column submitted_id varchar(64);
-- When the provider was last asked for the part's state (query_sm), its receipt being overdue.
alter table message_part add column queried_at timestamp with time zone;
create index ix_message_part_open on message_part (provider, status, submitted_at);
-- The receipt as it came (SMPP short_message text, or the HTTP callback's query), for the log line
-- written when it is dropped unmatched.
alter table unmatched_receipt add column text varchar(512);
