-- A call log whose Task Salesforce refused for good (validation, integrity, a field too long) is not retried in a loop:
-- it keeps its error, the refused fields and the time, stops being pending (so its edit window can lock it), and is
-- tried again only when its fields change. Operators list them at GET /operations/call-log-failures.

ALTER TABLE call_logs
    ADD COLUMN refused_fields jsonb,
    ADD COLUMN refused_at     timestamptz;

CREATE INDEX call_logs_refused ON call_logs (refused_at) WHERE refused_at IS NOT NULL;
