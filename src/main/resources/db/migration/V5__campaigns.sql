-- Campaigns: one text to many recipients. Recipients are stored as they arrive (the campaign is
-- durable before the API answers) and become messages when the campaign releases them.

create table campaign (
    id                  varchar(36)   primary key,
    account_id          bigint        not null references account (id),
    name                varchar(200),
    template            varchar(4000) not null,
    originator          varchar(20)   not null,
    client_reference    varchar(256),
    scheduled_at        timestamp with time zone,
    exclude_optouts     boolean       not null,
    shorten_urls        boolean       not null,
    status              varchar(16)   not null,
    total_recipients    integer       not null,
    invalid_recipients  integer       not null,
    created_at          timestamp with time zone not null,
    started_at          timestamp with time zone,
    finished_at         timestamp with time zone,
    version             bigint        not null default 0
);
create index ix_campaign_account on campaign (account_id, created_at);
create index ix_campaign_status on campaign (status, scheduled_at);

create table campaign_recipient (
    campaign_id  varchar(36)   not null references campaign (id),
    line         integer       not null,
    recipient    varchar(64)   not null,
    fields       varchar(2000),
    status       varchar(16)   not null,
    reason       varchar(500),
    message_id   varchar(36),
    primary key (campaign_id, line)
);
create index ix_campaign_recipient_status on campaign_recipient (campaign_id, status, line);

alter table message add column campaign_id varchar(36);
create index ix_message_campaign on message (campaign_id, status);
