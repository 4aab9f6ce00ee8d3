-- Group commit: several appends (to different streams, or the same stream in order) in one transaction
-- and one round trip, each with its own outcome, so that one conflict never fails the others.
-- All stream locks are taken first, in one order (no deadlock between concurrent batches), and before the
-- transaction's first write, so the transaction id is assigned after every lock: a stream's events keep
-- their order in the global (transaction id, position) order, exactly as with append_events.
-- Outcomes per request: appended | already_appended | wrong_expected_version | partial_duplicate.

CREATE FUNCTION append_events_batch(
    p_stream_ids       text[],
    p_expected_version bigint[],
    p_counts           int[],
    p_event_ids        uuid[],
    p_types            text[],
    p_payloads         jsonb[],
    p_metadata         jsonb[])
    RETURNS TABLE (request int, outcome text, stream_version bigint)
    LANGUAGE plpgsql
AS $$
#variable_conflict use_column
DECLARE
    requests        int := coalesce(cardinality(p_stream_ids), 0);
    total           int := coalesce(cardinality(p_event_ids), 0);
    first_event     int := 1;
    last_event      int;
    current_version bigint;
    found_ids       int;
    found_version   bigint;
BEGIN
    IF requests = 0
       OR cardinality(p_expected_version) IS DISTINCT FROM requests
       OR cardinality(p_counts) IS DISTINCT FROM requests
       OR (SELECT sum(c) FROM unnest(p_counts) AS c) IS DISTINCT FROM total::bigint
       OR EXISTS (SELECT 1 FROM unnest(p_counts) AS c WHERE c < 1)
       OR cardinality(p_types) IS DISTINCT FROM total
       OR cardinality(p_payloads) IS DISTINCT FROM total
       OR cardinality(p_metadata) IS DISTINCT FROM total THEN
        RAISE EXCEPTION 'append_events_batch: arrays do not describe the same requests and events'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
        RAISE EXCEPTION 'append_events_batch must be the first write of its transaction (stream order in the global order relies on it)'
            USING ERRCODE = 'invalid_transaction_state';
    END IF;

    PERFORM pg_advisory_xact_lock(k.key)
    FROM (SELECT DISTINCT hashtextextended(s, 0) AS key FROM unnest(p_stream_ids) AS s ORDER BY 1) AS k;

    FOR i IN 1 .. requests LOOP
        last_event := first_event + p_counts[i] - 1;
        request := i;

        SELECT count(*), max(e.stream_version) INTO found_ids, found_version
        FROM events e
        WHERE e.stream_id = p_stream_ids[i] AND e.event_id = ANY (p_event_ids[first_event:last_event]);

        IF found_ids = p_counts[i] THEN
            outcome := 'already_appended';
            stream_version := found_version;
        ELSIF found_ids > 0 THEN
            outcome := 'partial_duplicate';
            stream_version := found_version;
        ELSE
            SELECT coalesce(max(e.stream_version), 0) INTO current_version
            FROM events e
            WHERE e.stream_id = p_stream_ids[i];
            IF current_version <> p_expected_version[i] THEN
                outcome := 'wrong_expected_version';
                stream_version := current_version;
            ELSE
                INSERT INTO events (stream_id, stream_version, event_id, event_type, payload, metadata)
                SELECT p_stream_ids[i], p_expected_version[i] + b.n, b.event_id, b.event_type, b.payload, b.metadata
                FROM unnest(p_event_ids[first_event:last_event], p_types[first_event:last_event],
                            p_payloads[first_event:last_event], p_metadata[first_event:last_event])
                     WITH ORDINALITY AS b (event_id, event_type, payload, metadata, n);
                outcome := 'appended';
                stream_version := p_expected_version[i] + p_counts[i];
            END IF;
        END IF;

        RETURN NEXT;
        first_event := last_event + 1;
    END LOOP;
END;
$$;
