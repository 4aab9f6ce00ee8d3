-- Orleans ADO.NET providers: the table of the queries they issue. Orleans loads every row at start-up,
-- binds parameters by name and reads result columns by name; the queries below may be rewritten as long
-- as those names and types hold (contract of the Orleans PostgreSQL scripts, 10.x).
CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL,
    QueryText varchar(8000) NOT NULL,
    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
