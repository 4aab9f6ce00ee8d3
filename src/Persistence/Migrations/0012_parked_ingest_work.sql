-- Work the ingest gave up on: a grain call that failed every attempt (or could never succeed, such as input the
-- event store cannot take) is parked here, so that its lane moves on and an operator sees what was dropped.
-- What it was, never the payload: the lane key, a description, the error, the attempts and when.

CREATE TABLE parked_ingest_work
(
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    work_key    text        NOT NULL,
    description text        NOT NULL,
    error       text        NOT NULL,
    attempts    integer     NOT NULL,
    parked_at   timestamptz NOT NULL
);

CREATE INDEX parked_ingest_work_parked_at ON parked_ingest_work (parked_at DESC);
