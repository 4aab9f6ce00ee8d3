-- The projector's sweep that locks call logs past their edit window ran a sequential scan of call_logs every round: 40 ms
-- at 50,000 rows and growing with the table. Only the synced, unlocked, ended logs are candidates; index exactly those.

CREATE INDEX call_logs_to_lock ON call_logs (ended_at) WHERE locked_at IS NULL AND NOT dirty AND ended_at IS NOT NULL;
