-- Receipts are matched by (provider, id) for a batch of ids at once: "provider = ? and id in (...)".
-- With the provider first in the index, H2 looks up the provider alone and reads every part it ever
-- took; with the id first, it looks up each id of the list.
drop index if exists ix_message_part_provider_ref;
create index ix_message_part_ref on message_part (provider_message_id, provider);
drop index if exists ix_unmatched_receipt_ref;
create index ix_unmatched_receipt_ref on unmatched_receipt (provider_message_id, provider);
