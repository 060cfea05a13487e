-- 0002: workers, cases (cartella sociale) with members, team and history, and the social diary with versions.

CREATE TABLE workers (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role   TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE cases (
    id                    INTEGER PRIMARY KEY,
    year                  INTEGER NOT NULL,
    sequence              INTEGER NOT NULL CHECK (sequence > 0),
    number                TEXT NOT NULL UNIQUE, -- "2026/0042"
    area                  TEXT NOT NULL,
    municipality_code     TEXT NOT NULL,
    responsible_worker_id INTEGER NOT NULL REFERENCES workers (id),
    referral_source       TEXT NOT NULL,
    priority              TEXT NOT NULL DEFAULT 'normal',
    opened_on             TEXT NOT NULL,
    status                TEXT NOT NULL,
    closure_reason        TEXT NOT NULL DEFAULT '',
    closed_on             TEXT,
    notes                 TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    created_by            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    updated_by            TEXT NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1,
    UNIQUE (year, sequence)
);
CREATE INDEX cases_opened ON cases (opened_on DESC, id DESC);
CREATE INDEX cases_status ON cases (status, opened_on DESC, id DESC);
CREATE INDEX cases_worker ON cases (responsible_worker_id, opened_on DESC, id DESC);
CREATE INDEX cases_area ON cases (area, opened_on DESC, id DESC);
CREATE INDEX cases_municipality ON cases (municipality_code, opened_on DESC, id DESC);

CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases
BEGIN
    SELECT RAISE(ABORT, 'cases are never deleted');
END;

CREATE TABLE case_team (
    case_id   INTEGER NOT NULL REFERENCES cases (id),
    worker_id INTEGER NOT NULL REFERENCES workers (id),
    PRIMARY KEY (case_id, worker_id)
);

CREATE TABLE case_members (
    case_id   INTEGER NOT NULL REFERENCES cases (id),
    person_id INTEGER NOT NULL REFERENCES persons (id),
    role      TEXT NOT NULL,
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX case_members_person ON case_members (person_id);

-- Every change of status or responsible worker, with date and author: append-only.
CREATE TABLE case_events (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id),
    kind       TEXT NOT NULL, -- opened, status, responsible
    from_value TEXT NOT NULL DEFAULT '',
    to_value   TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL,
    by_user    TEXT NOT NULL
);
CREATE INDEX case_events_case ON case_events (case_id, id);
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case history is append-only');
END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case history is append-only');
END;

CREATE TABLE diary_entries (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    entry_date      TEXT NOT NULL,
    kind            TEXT NOT NULL,
    author          TEXT NOT NULL,
    current_version INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    withdrawn_at    TEXT,
    withdrawn_by    TEXT,
    withdraw_reason TEXT
);
CREATE INDEX diary_entries_case ON diary_entries (case_id, entry_date DESC, id DESC);
CREATE TRIGGER diary_entries_no_delete BEFORE DELETE ON diary_entries
BEGIN
    SELECT RAISE(ABORT, 'diary entries are never deleted');
END;

-- The text of each version; the current one is diary_entries.current_version. Append-only.
CREATE TABLE diary_versions (
    entry_id  INTEGER NOT NULL REFERENCES diary_entries (id),
    version   INTEGER NOT NULL,
    text      TEXT NOT NULL,
    edited_at TEXT NOT NULL,
    edited_by TEXT NOT NULL,
    PRIMARY KEY (entry_id, version)
);
CREATE TRIGGER diary_versions_no_update BEFORE UPDATE ON diary_versions
BEGIN
    SELECT RAISE(ABORT, 'diary versions are append-only');
END;
CREATE TRIGGER diary_versions_no_delete BEFORE DELETE ON diary_versions
BEGIN
    SELECT RAISE(ABORT, 'diary versions are append-only');
END;

CREATE TABLE diary_entry_persons (
    entry_id  INTEGER NOT NULL REFERENCES diary_entries (id),
    person_id INTEGER NOT NULL REFERENCES persons (id),
    PRIMARY KEY (entry_id, person_id)
);
