-- DuckDB queries over an export of `replay export --out <out>` (replace <out> with that folder).
-- Run them with the duckdb CLI (`duckdb -c "..."` or `.read examples.sql`) or DuckDB.NET; Spark and Trino read the same
-- Hive-partitioned files. Times are UTC (timestamps without a time zone); `day` is the partition column (a DATE).
-- Each query has a name line; the tool's tests run every query of this file against a real export.

-- name: events_per_type_per_day
SELECT day, event_type, count(*) AS events
FROM read_parquet('<out>/events/*/*.parquet', hive_partitioning = true)
GROUP BY day, event_type
ORDER BY day, event_type;

-- name: events_per_stream_kind
SELECT stream_kind, count(*) AS events, count(DISTINCT stream_id) AS streams
FROM read_parquet('<out>/events/*/*.parquet', hive_partitioning = true)
GROUP BY stream_kind
ORDER BY stream_kind;

-- name: inbound_calls_per_workgroup_per_hour (from the event payloads, JSON text)
SELECT json_extract_string(payload, '$.workgroup') AS workgroup, date_trunc('hour', occurred_at) AS hour, count(*) AS calls
FROM read_parquet('<out>/events/*/*.parquet', hive_partitioning = true)
WHERE event_type = 'V1.InteractionDiscovered' AND json_extract_string(payload, '$.direction') = 'Inbound'
GROUP BY ALL
ORDER BY workgroup, hour;

-- name: talk_time_per_agent
SELECT agent, sum(answered) AS answered, sum(talk_seconds) AS talk_seconds, sum(hold_seconds) AS hold_seconds,
       round(sum(talk_seconds + hold_seconds + wrap_up_seconds) / nullif(sum(answered + outbound), 0), 1) AS average_handle_seconds
FROM read_parquet('<out>/agent_day/*/*.parquet', hive_partitioning = true)
GROUP BY agent
ORDER BY agent;

-- name: service_level_per_workgroup_per_hour (export with --interval 1h or shorter)
SELECT workgroup, date_trunc('hour', interval_start) AS hour, sum(offered) AS offered, sum(answered) AS answered,
       sum(abandoned) AS abandoned,
       round(sum(service_level_percent * offered) / nullif(sum(offered), 0), 1) AS service_level_percent
FROM read_parquet('<out>/workgroup/*/*.parquet', hive_partitioning = true)
GROUP BY workgroup, hour
ORDER BY workgroup, hour;
