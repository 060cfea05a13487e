-- 0003: households (nuclei familiari). A person is in at most one household at a time; leaving keeps the row.

CREATE TABLE households (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE household_members (
    id           INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id),
    person_id    INTEGER NOT NULL REFERENCES persons (id),
    relation     TEXT NOT NULL, -- to the reference person; 'reference' for the reference person
    joined_on    TEXT NOT NULL,
    left_on      TEXT,
    recorded_by  TEXT NOT NULL
);
CREATE UNIQUE INDEX household_members_current ON household_members (person_id) WHERE left_on IS NULL;
CREATE INDEX household_members_household ON household_members (household_id, left_on);

CREATE TRIGGER household_members_no_delete BEFORE DELETE ON household_members
BEGIN
    SELECT RAISE(ABORT, 'household membership is ended, never deleted');
END;
