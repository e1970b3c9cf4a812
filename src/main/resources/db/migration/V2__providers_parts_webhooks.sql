-- Upstream providers, per-part submission tracking, receipts waiting for their match, webhooks.

create table provider (
    name           varchar(64)   primary key,
    provider_type  varchar(16)   not null,
    enabled        boolean       not null default true,
    priority       integer       not null default 100,
    prefixes       varchar(1000) not null default '+',
    throughput     integer       not null default 50,
    settings       varchar(4000) not null default '{}',
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);

-- One row per segment handed to a provider; receipts arrive per segment.
create table message_part (
    message_id          varchar(36)  not null references message (id),
    part_number         integer      not null,
    provider            varchar(64)  not null,
    provider_message_id varchar(128),
    status              varchar(16)  not null,
    error_code          varchar(64),
    submitted_at        timestamp with time zone not null,
    done_at             timestamp with time zone,
    primary key (message_id, part_number)
);
create index ix_message_part_provider_ref on message_part (provider, provider_message_id);

-- A receipt can overtake the submit response; it waits here until its part is known.
create table unmatched_receipt (
    id                  bigint       primary key,
    provider            varchar(64)  not null,
    provider_message_id varchar(128) not null,
    status              varchar(16)  not null,
    error_code          varchar(64),
    received_at         timestamp with time zone not null
);
create sequence unmatched_receipt_seq start with 50 increment by 50;
create index ix_unmatched_receipt_ref on unmatched_receipt (provider, provider_message_id);

alter table account add column webhook_url varchar(2000);
alter table account add column webhook_secret varchar(128);

-- Status notifications to customers: a durable outbox with retries.
create table webhook_delivery (
    id               varchar(36)   primary key,
    message_id       varchar(36)   not null references message (id),
    url              varchar(2000) not null,
    auth_type        varchar(16)   not null,
    auth_value       varchar(1000),
    secret           varchar(128),
    payload          varchar(8000) not null,
    state            varchar(16)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamp with time zone,
    last_status      integer,
    last_error       varchar(1000),
    lease_until      timestamp with time zone,
    created_at       timestamp with time zone not null,
    delivered_at     timestamp with time zone
);
create index ix_webhook_pending on webhook_delivery (state, next_attempt_at);
create index ix_webhook_message on webhook_delivery (message_id);
