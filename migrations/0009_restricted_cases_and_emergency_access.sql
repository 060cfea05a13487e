-- 0009: riservato cases and emergency (break-glass) access.
-- A restricted case is seen only by its team and the zone manager. Anyone else with the right may open it in
-- an emergency after giving a reason: the access is kept here for good, and stays flagged to the case's
-- responsible worker and to the zone manager until each of them acknowledges it.

ALTER TABLE cases ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1));

CREATE TABLE emergency_accesses (
    id                         INTEGER PRIMARY KEY,
    case_id                    INTEGER NOT NULL REFERENCES cases (id),
    user_id                    INTEGER NOT NULL REFERENCES users (id),
    user_name                  TEXT NOT NULL,
    reason                     TEXT NOT NULL CHECK (length(trim(reason)) >= 10),
    at                         TEXT NOT NULL, -- UTC
    expires_at                 TEXT NOT NULL, -- UTC; the access ends then
    responsible_acknowledged_at TEXT,
    responsible_acknowledged_by TEXT,
    manager_acknowledged_at    TEXT,
    manager_acknowledged_by    TEXT
);
CREATE INDEX emergency_accesses_case ON emergency_accesses (case_id, user_id, expires_at);
CREATE INDEX emergency_accesses_unacknowledged ON emergency_accesses (case_id)
    WHERE responsible_acknowledged_at IS NULL OR manager_acknowledged_at IS NULL;

CREATE TRIGGER emergency_accesses_no_delete BEFORE DELETE ON emergency_accesses
BEGIN
    SELECT RAISE(ABORT, 'an emergency access is kept for good');
END;

-- Only the acknowledgements may be written, once each.
CREATE TRIGGER emergency_accesses_guard BEFORE UPDATE ON emergency_accesses
WHEN NEW.case_id IS NOT OLD.case_id
  OR NEW.user_id IS NOT OLD.user_id
  OR NEW.user_name IS NOT OLD.user_name
  OR NEW.reason IS NOT OLD.reason
  OR NEW.at IS NOT OLD.at
  OR NEW.expires_at IS NOT OLD.expires_at
  OR (OLD.responsible_acknowledged_at IS NOT NULL
      AND NEW.responsible_acknowledged_at IS NOT OLD.responsible_acknowledged_at)
  OR (OLD.responsible_acknowledged_by IS NOT NULL
      AND NEW.responsible_acknowledged_by IS NOT OLD.responsible_acknowledged_by)
  OR (OLD.manager_acknowledged_at IS NOT NULL AND NEW.manager_acknowledged_at IS NOT OLD.manager_acknowledged_at)
  OR (OLD.manager_acknowledged_by IS NOT NULL AND NEW.manager_acknowledged_by IS NOT OLD.manager_acknowledged_by)
BEGIN
    SELECT RAISE(ABORT, 'an emergency access keeps what it says; only its acknowledgements are added, once');
END;
