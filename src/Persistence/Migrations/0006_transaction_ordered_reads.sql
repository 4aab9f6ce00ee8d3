-- Readers of all streams now follow (transaction_id, global_position) instead of global_position alone.
-- Every transaction below the reader's snapshot xmin has finished, and any transaction that commits later
-- has a larger id, so a reader checkpointing (transaction_id, position) never skips an event, without any
-- ordering between appenders: the global critical section of 0001 (a server-wide advisory lock and a
-- subtransaction on every append) is gone. Per-stream order still holds in the global order because the
-- transaction id is assigned after the stream lock (hence: append_events must stay the first write).
-- An append is now two index probes (retry detection, current version) and the insert.

CREATE INDEX events_transaction_order ON events (transaction_id, global_position);

CREATE OR REPLACE FUNCTION append_events(
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
BEGIN
    IF batch_size = 0
       OR cardinality(p_types) IS DISTINCT FROM batch_size
       OR cardinality(p_payloads) IS DISTINCT FROM batch_size
       OR cardinality(p_metadata) IS DISTINCT FROM batch_size THEN
        RAISE EXCEPTION 'append_events: event ids, types, payloads and metadata must be non-empty arrays of one length'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
        RAISE EXCEPTION 'append_events must be the first write of its transaction (stream order in the global order relies on it)'
            USING ERRCODE = 'invalid_transaction_state';
    END IF;

    -- Serialises appends to one stream until commit; every statement below sees the previous winner.
    PERFORM pg_advisory_xact_lock(hashtextextended(p_stream_id, 0));

    -- A batch whose ids are all stored is a retry of an append that committed (its response was lost),
    -- whatever version the retry expects now.
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

    INSERT INTO events (stream_id, stream_version, event_id, event_type, payload, metadata)
    SELECT p_stream_id, p_expected_version + b.i, b.event_id, b.event_type, b.payload, b.metadata
    FROM unnest(p_event_ids, p_types, p_payloads, p_metadata) WITH ORDINALITY AS b (event_id, event_type, payload, metadata, i);

    RETURN QUERY SELECT 'appended', p_expected_version + batch_size;
END;
$$;
