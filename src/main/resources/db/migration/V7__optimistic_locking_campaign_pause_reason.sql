-- Optimistic locking of what operators edit: a write based on a stale read fails instead of undoing another.
alter table account add column version bigint default 0 not null;
alter table lra add column version bigint default 0 not null;
alter table provider add column version bigint default 0 not null;
alter table phone_number add column version bigint default 0 not null;
alter table watchlist_entry add column version bigint default 0 not null;

-- Why a campaign was paused when the gateway paused it (its account was disabled); null when its owner did.
alter table campaign add column pause_reason varchar(200);
