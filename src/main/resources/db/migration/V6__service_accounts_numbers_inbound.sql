-- JWT service accounts, phone numbers owned by accounts, numeric message ids, inbound messages.

create table service_account (
    key_id       varchar(36)   primary key,
    account_id   bigint        not null references account (id),
    roles        varchar(200)  not null,
    public_key   varchar(4000) not null,
    description  varchar(200),
    created_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone
);
create index ix_service_account_account on service_account (account_id);

create sequence phone_number_seq start with 50 increment by 50;
create table phone_number (
    id             bigint       primary key,
    account_id     bigint       not null references account (id),
    number         varchar(16)  not null,
    sms_supported  boolean      not null,
    sms_enabled    boolean      not null,
    created_at     timestamp with time zone not null,
    constraint uq_phone_number unique (number)
);
create index ix_phone_number_account on phone_number (account_id);

-- Every message also has a positive integer id, for APIs whose ids are numbers.
create sequence message_number_seq start with 1 increment by 1;
alter table message add column numeric_id bigint default nextval('message_number_seq');
create unique index ux_message_numeric_id on message (numeric_id);
alter table message add column keep_body boolean not null default true;

create table inbound_message (
    id           varchar(36)   primary key,
    account_id   bigint        references account (id),
    provider     varchar(64)   not null,
    source       varchar(20)   not null,
    destination  varchar(20)   not null,
    body         varchar(8000) not null,
    parts        integer       not null,
    received_at  timestamp with time zone not null
);
create index ix_inbound_account on inbound_message (account_id, received_at);

-- Parts of a concatenated inbound message, kept until the last one arrives.
create table inbound_part (
    provider      varchar(64)   not null,
    source        varchar(20)   not null,
    reference     integer       not null,
    part_number   integer       not null,
    total_parts   integer       not null,
    destination   varchar(20)   not null,
    body          varchar(2000) not null,
    received_at   timestamp with time zone not null,
    primary key (provider, source, reference, part_number)
);

-- Webhook deliveries now also carry inbound messages, which have no outbound message.
alter table webhook_delivery alter column message_id drop not null;
