-- The CRM projector's call logs: one row per interaction, the folded call-log state and the Task fields
-- still to be written to Salesforce. "dirty" rows are written in batches by the sync; a row whose edit
-- window has passed is locked and never written again.

CREATE TABLE call_logs
(
    interaction_key text        PRIMARY KEY,
    version         bigint      NOT NULL,
    state           jsonb       NOT NULL,
    fields          jsonb,
    synced_fields   jsonb,
    task_id         text,
    dirty           boolean     NOT NULL DEFAULT false,
    ended_at        timestamptz,
    locked_at       timestamptz,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX call_logs_dirty ON call_logs (updated_at) WHERE dirty;
