-- 0007: users who log in (passwords hashed with Argon2id), and the tamper-evident audit trail.

CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(username)) > 0),
    full_name            TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    fiscal_code          TEXT NOT NULL DEFAULT '',
    role                 TEXT NOT NULL, -- social_worker, zone_manager, administrative, educator, system_admin
    municipalities       TEXT NOT NULL DEFAULT '', -- ISTAT codes served, comma-separated; '' for the whole zone
    worker_id            INTEGER REFERENCES workers (id),
    password_hash        TEXT NOT NULL, -- libsodium crypto_pwhash_str (Argon2id), never the password
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    updated_by           TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1
);

CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN
    SELECT RAISE(ABORT, 'users are deactivated, never deleted');
END;

-- Every record carries the hash of the one before it (prev_hash) and its own (hash, over its fields and
-- prev_hash), written in the same transaction as what it records. Append-only.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    workstation TEXT NOT NULL,
    purpose     TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL DEFAULT '',
    entity_id   INTEGER NOT NULL DEFAULT 0,
    details     TEXT NOT NULL DEFAULT '', -- JSON: before and after values, or what was read
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
