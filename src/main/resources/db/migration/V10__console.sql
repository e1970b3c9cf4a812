-- Console sessions: only the hash of the cookie's token is stored.
create table console_session (
    token_hash  varchar(64)  primary key,
    username    varchar(100) not null,
    csrf_token  varchar(64)  not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);

-- The console's message search pages newest first under any one criterion: each has an index in that order
-- (destination and account have theirs since V1).
create index ix_message_status_created on message (status, created_at);
create index ix_message_created on message (created_at);
-- The overview counts the statuses reached per minute.
create index ix_status_change_changed on message_status_change (changed_at, status);
