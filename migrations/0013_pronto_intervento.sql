-- Pronto Intervento Sociale (the 24/7 emergency social service). The on-call rota (reperibilità) and the
-- emergency log. Instants are UTC ISO-8601 text written by the application in one format
-- (yyyy-MM-ddTHH:mm:ss.zzzZ), so that text order is time order. Nothing here is deleted; every change of a
-- shift or of an emergency keeps the row as it was in its versions table. docs/decisions/0015-pronto-intervento.md

-- One worker on call from `starts_at` to `ends_at` (half-open). Shifts may overlap (two on call); a cancelled
-- shift stays, frozen, and no longer counts as cover.
CREATE TABLE oncall_shifts (
    id         INTEGER PRIMARY KEY,
    worker_id  INTEGER NOT NULL REFERENCES workers (id),
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL,
    cancelled  INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_at > starts_at)
);
CREATE INDEX oncall_shifts_period ON oncall_shifts (starts_at, ends_at) WHERE cancelled = 0;
CREATE TABLE oncall_shift_versions (
    shift_id    INTEGER NOT NULL REFERENCES oncall_shifts (id),
    version     INTEGER NOT NULL,
    snapshot    TEXT NOT NULL, -- JSON of the row as it was
    replaced_at TEXT NOT NULL,
    replaced_by TEXT NOT NULL,
    PRIMARY KEY (shift_id, version)
);
CREATE TRIGGER oncall_shifts_no_delete BEFORE DELETE ON oncall_shifts
BEGIN
    SELECT RAISE(ABORT, 'rota shifts are cancelled, never deleted');
END;
CREATE TRIGGER oncall_shifts_guard BEFORE UPDATE ON oncall_shifts
WHEN NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
  OR NEW.version <> OLD.version + 1
  OR OLD.cancelled = 1
BEGIN
    SELECT RAISE(ABORT, 'a shift changes one version at a time, and a cancelled shift not at all');
END;
CREATE TRIGGER oncall_shifts_keep_version AFTER UPDATE ON oncall_shifts
BEGIN
    INSERT INTO oncall_shift_versions (shift_id, version, snapshot, replaced_at, replaced_by)
    VALUES (OLD.id, OLD.version,
            json_object('worker_id', OLD.worker_id, 'starts_at', OLD.starts_at, 'ends_at', OLD.ends_at,
                        'cancelled', OLD.cancelled, 'updated_at', OLD.updated_at, 'updated_by', OLD.updated_by),
            NEW.updated_at, NEW.updated_by);
END;
CREATE TRIGGER oncall_shift_versions_append_only BEFORE UPDATE ON oncall_shift_versions
BEGIN
    SELECT RAISE(ABORT, 'shift versions are kept as they were');
END;
CREATE TRIGGER oncall_shift_versions_no_delete BEFORE DELETE ON oncall_shift_versions
BEGIN
    SELECT RAISE(ABORT, 'shift versions are kept as they were');
END;

-- One emergency. The person may be unknown at first (a description and provisional names); identification
-- links the registry person later, once. The handover to the territorial service links a case (existing or
-- opened from the emergency), once.
CREATE TABLE social_emergencies (
    id                     INTEGER PRIMARY KEY,
    received_at            TEXT NOT NULL,
    channel                TEXT NOT NULL CHECK (channel IN ('phone', 'in_person', 'email_pec', 'other')),
    reporter_kind          TEXT NOT NULL
        CHECK (reporter_kind IN ('police', 'emergency_department', 'citizen', 'other_service', 'other')),
    reporter_name          TEXT NOT NULL DEFAULT '',
    reporter_contact       TEXT NOT NULL DEFAULT '',
    municipality_code      TEXT NOT NULL, -- ISTAT
    kind                   TEXT NOT NULL
        CHECK (kind IN ('unaccompanied_minor', 'violence', 'homeless', 'elderly_alone', 'other')),
    triage                 TEXT NOT NULL CHECK (triage IN ('urgent', 'deferrable')),
    worker_id              INTEGER REFERENCES workers (id),
    activated_at           TEXT,
    arrived_at             TEXT,
    actions                TEXT NOT NULL DEFAULT '',
    urgent_placement       INTEGER NOT NULL DEFAULT 0 CHECK (urgent_placement IN (0, 1)),
    outcome                TEXT NOT NULL DEFAULT '',
    person_description     TEXT NOT NULL DEFAULT '',
    provisional_surname    TEXT NOT NULL DEFAULT '',
    provisional_given_name TEXT NOT NULL DEFAULT '',
    person_id              INTEGER REFERENCES persons (id),
    identified_at          TEXT,
    identified_by          TEXT,
    case_id                INTEGER REFERENCES cases (id),
    case_opened            INTEGER NOT NULL DEFAULT 0 CHECK (case_opened IN (0, 1)),
    handed_over_at         TEXT,
    handed_over_by         TEXT,
    created_at             TEXT NOT NULL,
    created_by             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    updated_by             TEXT NOT NULL,
    version                INTEGER NOT NULL DEFAULT 1,
    CHECK (activated_at IS NULL OR (worker_id IS NOT NULL AND activated_at >= received_at)),
    CHECK (arrived_at IS NULL OR (activated_at IS NOT NULL AND arrived_at >= activated_at)),
    CHECK ((person_id IS NULL) = (identified_at IS NULL)),
    CHECK ((case_id IS NULL) = (handed_over_at IS NULL)),
    CHECK (handed_over_at IS NULL OR handed_over_at >= received_at)
);
CREATE INDEX social_emergencies_received ON social_emergencies (received_at);
CREATE INDEX social_emergencies_unhanded ON social_emergencies (received_at) WHERE handed_over_at IS NULL;
CREATE INDEX social_emergencies_person ON social_emergencies (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX social_emergencies_case ON social_emergencies (case_id) WHERE case_id IS NOT NULL;
CREATE TABLE social_emergency_versions (
    emergency_id INTEGER NOT NULL REFERENCES social_emergencies (id),
    version      INTEGER NOT NULL,
    snapshot     TEXT NOT NULL, -- JSON of the row as it was
    replaced_at  TEXT NOT NULL,
    replaced_by  TEXT NOT NULL,
    PRIMARY KEY (emergency_id, version)
);
CREATE TRIGGER social_emergencies_no_delete BEFORE DELETE ON social_emergencies
BEGIN
    SELECT RAISE(ABORT, 'emergencies are kept for good');
END;
-- The identification and the handover are written once; each change is a new version.
CREATE TRIGGER social_emergencies_guard BEFORE UPDATE ON social_emergencies
WHEN NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
  OR NEW.version <> OLD.version + 1
  OR (OLD.person_id IS NOT NULL AND (NEW.person_id IS NOT OLD.person_id
                                     OR NEW.identified_at IS NOT OLD.identified_at
                                     OR NEW.identified_by IS NOT OLD.identified_by))
  OR (OLD.case_id IS NOT NULL AND (NEW.case_id IS NOT OLD.case_id
                                   OR NEW.case_opened IS NOT OLD.case_opened
                                   OR NEW.handed_over_at IS NOT OLD.handed_over_at
                                   OR NEW.handed_over_by IS NOT OLD.handed_over_by))
BEGIN
    SELECT RAISE(ABORT, 'an emergency keeps its identification and handover; each change is a new version');
END;
CREATE TRIGGER social_emergencies_keep_version AFTER UPDATE ON social_emergencies
BEGIN
    INSERT INTO social_emergency_versions (emergency_id, version, snapshot, replaced_at, replaced_by)
    VALUES (OLD.id, OLD.version,
            json_object('received_at', OLD.received_at, 'channel', OLD.channel, 'reporter_kind', OLD.reporter_kind,
                        'reporter_name', OLD.reporter_name, 'reporter_contact', OLD.reporter_contact,
                        'municipality_code', OLD.municipality_code, 'kind', OLD.kind, 'triage', OLD.triage,
                        'worker_id', OLD.worker_id, 'activated_at', OLD.activated_at, 'arrived_at', OLD.arrived_at,
                        'actions', OLD.actions, 'urgent_placement', OLD.urgent_placement, 'outcome', OLD.outcome,
                        'person_description', OLD.person_description,
                        'provisional_surname', OLD.provisional_surname,
                        'provisional_given_name', OLD.provisional_given_name, 'person_id', OLD.person_id,
                        'case_id', OLD.case_id, 'handed_over_at', OLD.handed_over_at,
                        'updated_at', OLD.updated_at, 'updated_by', OLD.updated_by),
            NEW.updated_at, NEW.updated_by);
END;
-- Retention (see 0010) may empty the snapshot of an emergency of a retained case or person, and nothing else.
CREATE TRIGGER social_emergency_versions_append_only BEFORE UPDATE ON social_emergency_versions
WHEN NOT (NEW.snapshot = '{}'
          AND NEW.emergency_id IS OLD.emergency_id AND NEW.version IS OLD.version
          AND NEW.replaced_at IS OLD.replaced_at AND NEW.replaced_by IS OLD.replaced_by
          AND OLD.emergency_id IN (SELECT id FROM social_emergencies
                                   WHERE case_id IN (SELECT case_id FROM retention_cases)
                                      OR person_id IN (SELECT person_id FROM retention_persons)))
BEGIN
    SELECT RAISE(ABORT, 'emergency versions are kept as they were');
END;
CREATE TRIGGER social_emergency_versions_no_delete BEFORE DELETE ON social_emergency_versions
BEGIN
    SELECT RAISE(ABORT, 'emergency versions are kept as they were');
END;

-- Hours after which an emergency not yet handed over to the territorial service is flagged.
INSERT INTO office_settings (key, value, updated_at, updated_by)
VALUES ('emergency_handover_limit_hours', '72', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'system');
