-- The event relay's persisted position in the global order, and a notification at every commit that
-- stored events, so that the relay wakes at once instead of polling.

CREATE TABLE relay_checkpoints
(
    relay_name     text        PRIMARY KEY,
    transaction_id xid8        NOT NULL,
    position       bigint      NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION notify_events_appended() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    -- Delivered at commit, once per transaction (identical notifications are folded).
    PERFORM pg_notify('events_appended', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER events_appended
    AFTER INSERT ON events
    FOR EACH STATEMENT
    EXECUTE FUNCTION notify_events_appended();
