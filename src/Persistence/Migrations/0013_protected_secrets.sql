-- Secrets shared by every silo, encrypted at rest. The Data Protection key ring (so that any AgentApi instance reads the
-- cookies and session tickets another one wrote) and the agents' CIC session tickets (what re-attaches a reactivated
-- agent grain to the CIC session the agent still has: session id, CSRF token, cookie, host; never the password),
-- protected by that key ring.

CREATE TABLE data_protection_keys
(
    friendly_name text        PRIMARY KEY,
    xml           text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agent_session_tickets
(
    user_id          text        PRIMARY KEY,
    protected_ticket text        NOT NULL,
    saved_at         timestamptz NOT NULL DEFAULT now()
);
