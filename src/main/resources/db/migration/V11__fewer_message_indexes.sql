-- Every status change of a message rewrites each index that holds its status or its provider's id, so
-- the message table keeps only the indexes its queries use:
-- receipts are matched on message_part (ix_message_part_provider_ref), never on the message's own id;
-- a receipt for an UNCERTAIN message is matched by recipient, which ix_message_destination_created
-- narrows to a handful of rows.
drop index if exists ix_message_provider_ref;
drop index if exists ix_message_uncertain;
