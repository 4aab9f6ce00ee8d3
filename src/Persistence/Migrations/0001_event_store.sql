-- Event store: one table of events, snapshots, and the append function.
-- (Superseded in part by 0006: readers now follow transaction order, and append_events takes no global lock.)
--
-- Global order and gap safety. global_position comes from a sequence, allocated before commit, so a
-- reader can see position N+1 committed while N is still in flight. Readers of all streams therefore
-- return only events whose transaction_id is below the xmin of their snapshot (every transaction below
-- it has finished). That is exact only if transaction ids and positions are allocated in the same order,
-- so append_events takes both inside one short critical section (a session advisory lock released
-- before the insert, not held to commit). Hence two rules: append_events must be the transaction's
-- first write, and nothing else may insert into events.

CREATE TABLE events
(
    global_position bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id       text        NOT NULL,
    stream_version  bigint      NOT NULL CHECK (stream_version > 0),
    event_id        uuid        NOT NULL,
    event_type      text        NOT NULL,
    payload         jsonb       NOT NULL,
    metadata        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
    CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version),
    CONSTRAINT events_stream_event_id_key UNIQUE (stream_id, event_id)
);

CREATE TABLE snapshots
(
    stream_id      text        PRIMARY KEY,
    stream_version bigint      NOT NULL,
    snapshot_type  text        NOT NULL,
    payload        jsonb       NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Appends a batch to a stream in one call. Outcomes (never a partial write):
--   appended                (stream_version = version after the batch)
--   already_appended        every event id of the batch is already in the stream: a retry of a batch
--                           that committed (stream_version = version of the batch's last event)
--   wrong_expected_version  (stream_version = the stream's actual version)
CREATE FUNCTION append_events(
    p_stream_id        text,
    p_expected_version bigint,
    p_event_ids        uuid[],
    p_types            text[],
    p_payloads         jsonb[],
    p_metadata         jsonb[])
    RETURNS TABLE (outcome text, stream_version bigint)
    LANGUAGE plpgsql
AS $$
#variable_conflict use_column
DECLARE
    batch_size      int := coalesce(cardinality(p_event_ids), 0);
    current_version bigint;
    found_ids       int;
    found_version   bigint;
    tx              xid8;
    positions       bigint[];
BEGIN
    IF batch_size = 0
       OR cardinality(p_types) IS DISTINCT FROM batch_size
       OR cardinality(p_payloads) IS DISTINCT FROM batch_size
       OR cardinality(p_metadata) IS DISTINCT FROM batch_size THEN
        RAISE EXCEPTION 'append_events: event ids, types, payloads and metadata must be non-empty arrays of one length'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
        RAISE EXCEPTION 'append_events must be the first write of its transaction (global order relies on it)'
            USING ERRCODE = 'invalid_transaction_state';
    END IF;

    -- Serialises appends to one stream until commit; every statement below sees the previous winner.
    PERFORM pg_advisory_xact_lock(hashtextextended(p_stream_id, 0));

    SELECT count(*), max(e.stream_version) INTO found_ids, found_version
    FROM events e
    WHERE e.stream_id = p_stream_id AND e.event_id = ANY (p_event_ids);
    IF found_ids = batch_size THEN
        RETURN QUERY SELECT 'already_appended', found_version;
        RETURN;
    ELSIF found_ids > 0 THEN
        RAISE EXCEPTION 'append_events: % of the % events are already in stream %', found_ids, batch_size, p_stream_id
            USING ERRCODE = 'unique_violation';
    END IF;

    SELECT coalesce(max(e.stream_version), 0) INTO current_version
    FROM events e
    WHERE e.stream_id = p_stream_id;
    IF current_version <> p_expected_version THEN
        RETURN QUERY SELECT 'wrong_expected_version', current_version;
        RETURN;
    END IF;

    -- Critical section: transaction id and positions in one order for all appenders (see the top).
    -- The handler releases the session lock if anything, a cancel included, interrupts the section.
    PERFORM pg_advisory_lock(1347571277, 1);
    BEGIN
        tx := pg_current_xact_id();
        positions := ARRAY(SELECT nextval('events_global_position_seq') FROM generate_series(1, batch_size));
        PERFORM pg_advisory_unlock(1347571277, 1);
    EXCEPTION WHEN OTHERS OR query_canceled THEN
        PERFORM pg_advisory_unlock(1347571277, 1);
        RAISE;
    END;

    INSERT INTO events (global_position, stream_id, stream_version, event_id, event_type, payload, metadata, transaction_id)
    OVERRIDING SYSTEM VALUE
    SELECT positions[b.i], p_stream_id, p_expected_version + b.i, b.event_id, b.event_type, b.payload, b.metadata, tx
    FROM unnest(p_event_ids, p_types, p_payloads, p_metadata) WITH ORDINALITY AS b (event_id, event_type, payload, metadata, i);

    RETURN QUERY SELECT 'appended', p_expected_version + batch_size;
END;
$$;
