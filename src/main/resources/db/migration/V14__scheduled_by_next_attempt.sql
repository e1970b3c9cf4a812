-- A scheduled message's next attempt is its scheduled time, so the index on (status, next_attempt_at)
-- finds the scheduled messages that are due as it finds the waiting ones; the index that held the
-- status a fourth time, only for them, goes, and with it one index move at every status change.
update message set next_attempt_at = scheduled_at where status = 'SCHEDULED';
drop index if exists ix_message_scheduled;
