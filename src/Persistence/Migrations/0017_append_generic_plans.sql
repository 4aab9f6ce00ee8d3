-- append_events_batch planned its statements again on every call (PL/pgSQL keeps custom plans while it thinks the
-- parameters' values matter, as with the array slices here): planning was a fifth of PostgreSQL's CPU at 200 calls per
-- second. It now takes the generic plan from the first call, and its lookups are written so that the generic plan is the
-- right one whatever the statistics said when it was made: the retry check probes the unique (stream_id, event_id) key
-- once per event id, and the stream's version is the last entry of (stream_id, stream_version), never an aggregate over
-- the stream (a plan made while the table held a few long agent streams read every event of the stream on each append).
-- Behaviour is unchanged (see 0007).

CREATE OR REPLACE FUNCTION append_events_batch(
    p_stream_ids       text[],
    p_expected_version bigint[],
    p_counts           int[],
    p_event_ids        uuid[],
    p_types            text[],
    p_payloads         jsonb[],
    p_metadata         jsonb[])
    RETURNS TABLE (request int, outcome text, stream_version bigint)
    LANGUAGE plpgsql
    SET plan_cache_mode = force_generic_plan
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

        -- One probe of the unique key per event id (the LIMIT keeps the planner from turning it into a scan of the stream).
        SELECT count(x.v), max(x.v) INTO found_ids, found_version
        FROM unnest(p_event_ids[first_event:last_event]) AS b (event_id),
             LATERAL (SELECT e.stream_version AS v FROM events e
                      WHERE e.stream_id = p_stream_ids[i] AND e.event_id = b.event_id LIMIT 1) AS x;

        IF found_ids = p_counts[i] THEN
            outcome := 'already_appended';
            stream_version := found_version;
        ELSIF found_ids > 0 THEN
            outcome := 'partial_duplicate';
            stream_version := found_version;
        ELSE
            SELECT coalesce((SELECT e.stream_version FROM events e WHERE e.stream_id = p_stream_ids[i]
                             ORDER BY e.stream_version DESC LIMIT 1), 0) INTO current_version;
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
