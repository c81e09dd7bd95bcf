-- Kept in lock-step with the other database's V4, except for db-scheduler's own table, which
-- follows that library's schema for each database.
ALTER TABLE scans ADD COLUMN owner TEXT;
ALTER TABLE scans ADD COLUMN heartbeat_at BIGINT;
ALTER TABLE scans ADD COLUMN cause TEXT NOT NULL DEFAULT 'manual';
ALTER TABLE scans ADD COLUMN requests INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scans ADD COLUMN budget_limit INTEGER;
ALTER TABLE scans ADD COLUMN budget_remaining INTEGER;
ALTER TABLE scans ADD COLUMN waiting_until BIGINT;

-- At most one unfinished scan of a kind per connection: the row is the lease that keeps a second
-- process from scanning the same account at the same time.
CREATE UNIQUE INDEX scans_one_unfinished ON scans (connection_id, kind) WHERE finished_at IS NULL;

ALTER TABLE members ADD COLUMN last_acting BIGINT;

CREATE TABLE account_security (
  connection_id       TEXT PRIMARY KEY REFERENCES connections (id) ON DELETE CASCADE,
  enforce_two_factor  INTEGER,
  audit_log_problem   TEXT,
  audit_read_until    BIGINT,
  checked_at          BIGINT NOT NULL
);

CREATE TABLE scheduled_tasks (
  task_name             VARCHAR(100),
  task_instance         VARCHAR(100),
  task_data             BLOB,
  execution_time        TIMESTAMP,
  picked                BIT,
  picked_by             VARCHAR(50),
  last_success          TIMESTAMP,
  last_failure          TIMESTAMP,
  consecutive_failures  INT,
  last_heartbeat        TIMESTAMP,
  version               BIGINT,
  priority              SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
