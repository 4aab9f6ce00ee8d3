-- Second-level redelivery for call logs, from the event store rather than the broker: an interaction whose event the
-- projector gave up on (its message went to the error queue) is caught up from its stream on a back-off schedule.
-- next_attempt_at NULL means the schedule is exhausted: an operator looks at last_error.

CREATE TABLE call_log_repairs
(
    interaction_key text        PRIMARY KEY,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX call_log_repairs_due ON call_log_repairs (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
