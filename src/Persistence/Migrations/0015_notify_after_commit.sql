-- The commit notification moves out of the appending transaction. A NOTIFY inside a transaction holds PostgreSQL's
-- notification-queue lock from pre-commit until its commit record is flushed, so every appending transaction committed
-- one after the other, each waiting for its own WAL flush: about 400 appends per second on a disk that does 3,000 plain
-- commits per second, at three times the CPU per event. The event store now sends `events_appended` itself, in a
-- statement of its own right after an append commits (coalesced: one in flight at a time), and the relay LISTENs as before.
-- Nothing else may write events (see 0001), so nothing else needs to notify; the relay's idle poll remains the safety net.

DROP TRIGGER events_appended ON events;
DROP FUNCTION notify_events_appended();
