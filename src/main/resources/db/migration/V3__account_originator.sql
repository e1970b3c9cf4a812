-- Default sender id of an account's messages.
alter table account add column originator varchar(16);
