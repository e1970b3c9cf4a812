-- API keys, opt-outs, scheduled sends and short links.

create table api_key (
    id            varchar(36)  primary key,
    account_id    bigint       not null references account (id),
    name          varchar(100) not null,
    key_prefix    varchar(16)  not null,
    secret_hash   varchar(64)  not null,
    permissions   varchar(1000) not null,
    created_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone,
    last_used_at  timestamp with time zone,
    constraint uq_api_key_hash unique (secret_hash)
);
create index ix_api_key_account on api_key (account_id);

create table optout (
    account_id  bigint      not null references account (id),
    number      varchar(16) not null,
    source      varchar(16) not null,
    created_at  timestamp with time zone not null,
    primary key (account_id, number)
);

alter table account add column allowed_originators varchar(1000);
alter table message add column scheduled_at timestamp with time zone;
alter table message add column client_reference varchar(256);
create index ix_message_scheduled on message (status, scheduled_at);

create table short_link (
    code        varchar(16)   primary key,
    message_id  varchar(36)   not null references message (id),
    url         varchar(2000) not null,
    clicks      bigint        not null default 0,
    created_at  timestamp with time zone not null
);
create index ix_short_link_message on short_link (message_id);
