-- Core schema: accounts, LRAs, messages with their status history, watchlist.
-- Written in the SQL subset shared by PostgreSQL and H2 (PostgreSQL mode).

-- Ids come from sequences handed out in blocks of 50 (the JPA allocation size).
create sequence account_seq start with 50 increment by 50;
create sequence status_change_seq start with 50 increment by 50;
create sequence watchlist_entry_seq start with 50 increment by 50;

create table lra (
    id          integer      primary key,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null
);

create table account (
    id                         bigint       primary key,
    username                   varchar(100) not null,
    password_hash              varchar(400) not null,
    roles                      varchar(100) not null,
    lra_id                     integer references lra (id),
    allow_urls                 boolean      not null default false,
    allowed_reference_services varchar(1000),
    enabled                    boolean      not null default true,
    created_at                 timestamp with time zone not null,
    updated_at                 timestamp with time zone not null,
    constraint uq_account_username unique (username)
);

create table message (
    id                   varchar(36)   primary key,
    owner_account_id     bigint        not null references account (id),
    sender_account_id    bigint        not null references account (id),
    lra_id               integer       references lra (id),
    destination          varchar(16)   not null,
    originator           varchar(20),
    body                 varchar(4000),
    body_hash            varchar(64)   not null,
    encoding             varchar(8)    not null,
    segments             integer       not null,
    reference_service    varchar(64),
    reference_action     varchar(128),
    reference_key        varchar(256),
    business_relation_id varchar(128),
    webhook_url          varchar(2000),
    webhook_auth_type    varchar(16),
    webhook_auth_value   varchar(1000),
    status               varchar(16)   not null,
    provider             varchar(64),
    provider_message_id  varchar(128),
    error_code           varchar(64),
    error_detail         varchar(1000),
    attempts             integer       not null default 0,
    next_attempt_at      timestamp with time zone,
    lease_owner          varchar(64),
    lease_until          timestamp with time zone,
    created_at           timestamp with time zone not null,
    status_at            timestamp with time zone not null,
    submitted_at         timestamp with time zone,
    done_at              timestamp with time zone,
    version              bigint        not null default 0
);

-- The dispatcher scans messages that still have to go out by status and due time.
create index ix_message_pending on message (status, next_attempt_at);
create index ix_message_destination_created on message (destination, created_at);
create index ix_message_owner_created on message (owner_account_id, created_at);
create index ix_message_provider_ref on message (provider, provider_message_id);

create table message_status_change (
    id          bigint       primary key,
    message_id  varchar(36)  not null references message (id),
    status      varchar(16)  not null,
    detail      varchar(1000),
    changed_at  timestamp with time zone not null
);
create index ix_status_change_message on message_status_change (message_id);

create table watchlist_entry (
    id          bigint       primary key,
    pattern     varchar(16)  not null,
    match_type  varchar(8)   not null,
    reason      varchar(500),
    created_at  timestamp with time zone not null,
    constraint uq_watchlist_pattern unique (pattern, match_type)
);
