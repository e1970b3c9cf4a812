-- The provider a claimed message is being handed to, written before the call: a message whose lease
-- runs out with this set may be at the carrier, so it becomes UNCERTAIN instead of being sent again.
alter table message add column submitting_to varchar(64);
-- How often an UNCERTAIN message was sent again under its provider's "resend" policy (at most once).
alter table message add column uncertain_resends integer default 0 not null;
create index ix_message_uncertain on message (status, provider, destination);
-- The handset a receipt kept for later is about, so that it can settle an UNCERTAIN message later too.
alter table unmatched_receipt add column recipient varchar(32);
