-- Salesforce sync bookkeeping for call logs: a Task that Salesforce refuses for good (validation) is not
-- retried in a loop; it keeps its error for an operator and waits until its next change or a retry time.

ALTER TABLE call_logs
    ADD COLUMN sync_error      text,
    ADD COLUMN next_attempt_at timestamptz;
