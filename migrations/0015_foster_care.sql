-- Equipe Affido (foster care, L. 184/1983): the registry of foster families with their members, and the
-- placements (affidamenti) of the children of a case with a family, their extensions by the Tribunale per i
-- Minorenni, and the monthly foster allowances requested for them (service deliveries of the catalogue entry
-- 'contributo_affido'). The term of a placement is an open deadline of its responsible worker (source
-- 'placement_term'). Nothing is deleted; a family's and a placement's earlier values are kept as versions.
-- See docs/decisions/0016-foster-care.md.

CREATE TABLE foster_families (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0), -- "Famiglia Bianchi-Neri"
    street            TEXT NOT NULL DEFAULT '',
    municipality_code TEXT NOT NULL DEFAULT '',                      -- ISTAT
    phone             TEXT NOT NULL DEFAULT '',
    -- JSON array of availability codes (residential, day, part_time, weekend, emergency, mother_child).
    availability      TEXT NOT NULL
        CHECK (json_valid(availability) AND json_type(availability) = 'array'),
    min_age           INTEGER NOT NULL DEFAULT 0 CHECK (min_age BETWEEN 0 AND 17),
    max_age           INTEGER NOT NULL DEFAULT 17 CHECK (max_age BETWEEN min_age AND 17),
    capacity          INTEGER NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 10),
    trained_on        TEXT CHECK (trained_on IS NULL OR length(trained_on) = 10),
    assessed_on       TEXT CHECK (assessed_on IS NULL OR length(assessed_on) = 10),
    assessment        TEXT NOT NULL DEFAULT 'pending' CHECK (assessment IN ('pending', 'suitable', 'not_suitable')),
    notes             TEXT NOT NULL DEFAULT '',
    withdrawn_on      TEXT CHECK (withdrawn_on IS NULL OR length(withdrawn_on) = 10),
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1,
    CHECK (assessment = 'pending' OR assessed_on IS NOT NULL)
);
CREATE TRIGGER foster_families_no_delete BEFORE DELETE ON foster_families
BEGIN
    SELECT RAISE(ABORT, 'foster families are withdrawn, never deleted');
END;
CREATE TRIGGER foster_families_guard BEFORE UPDATE ON foster_families
WHEN NEW.id IS NOT OLD.id
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
  OR NEW.version <> OLD.version + 1
  OR NOT EXISTS (SELECT 1 FROM foster_family_versions v WHERE v.family_id = OLD.id AND v.version = OLD.version)
BEGIN
    SELECT RAISE(ABORT, 'a foster family changes only with its earlier version kept');
END;

CREATE TABLE foster_family_versions (
    family_id   INTEGER NOT NULL REFERENCES foster_families (id),
    version     INTEGER NOT NULL,
    data        TEXT NOT NULL CHECK (json_valid(data)), -- the row as it was
    replaced_at TEXT NOT NULL,
    replaced_by TEXT NOT NULL,
    PRIMARY KEY (family_id, version)
);
CREATE TRIGGER foster_family_versions_no_update BEFORE UPDATE ON foster_family_versions
BEGIN
    SELECT RAISE(ABORT, 'foster family history is append-only');
END;
CREATE TRIGGER foster_family_versions_no_delete BEFORE DELETE ON foster_family_versions
BEGIN
    SELECT RAISE(ABORT, 'foster family history is append-only');
END;

-- The people of a foster family: a person of the registry, or only a name. A member who leaves keeps the row
-- with the day they left.
CREATE TABLE foster_family_members (
    id         INTEGER PRIMARY KEY,
    family_id  INTEGER NOT NULL REFERENCES foster_families (id),
    person_id  INTEGER REFERENCES persons (id),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role       TEXT NOT NULL CHECK (role IN ('carer', 'partner', 'child', 'other')),
    added_at   TEXT NOT NULL,
    added_by   TEXT NOT NULL,
    left_on    TEXT CHECK (left_on IS NULL OR length(left_on) = 10),
    left_by    TEXT
);
CREATE INDEX foster_family_members_family ON foster_family_members (family_id);
CREATE TRIGGER foster_family_members_no_delete BEFORE DELETE ON foster_family_members
BEGIN
    SELECT RAISE(ABORT, 'foster family members are never deleted');
END;
CREATE TRIGGER foster_family_members_guard BEFORE UPDATE ON foster_family_members
WHEN NEW.id IS NOT OLD.id
  OR NEW.family_id IS NOT OLD.family_id
  OR NEW.person_id IS NOT OLD.person_id
  OR NEW.name IS NOT OLD.name
  OR NEW.role IS NOT OLD.role
  OR NEW.added_at IS NOT OLD.added_at
  OR NEW.added_by IS NOT OLD.added_by
  OR OLD.left_on IS NOT NULL
  OR NEW.left_on IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a foster family member only leaves, once');
END;

CREATE TABLE foster_placements (
    id                    INTEGER PRIMARY KEY,
    case_id               INTEGER NOT NULL REFERENCES cases (id),
    child_person_id       INTEGER NOT NULL REFERENCES persons (id),
    family_id             INTEGER NOT NULL REFERENCES foster_families (id),
    kind                  TEXT NOT NULL CHECK (kind IN ('consensual', 'judicial')),
    -- The measure: for a consensual placement the Giudice Tutelare's enforceability (esecutività), for a
    -- judicial one the Tribunale per i Minorenni's decree.
    measure_number        TEXT NOT NULL DEFAULT '',
    measure_date          TEXT CHECK (measure_date IS NULL OR length(measure_date) = 10),
    measure_text          TEXT NOT NULL DEFAULT '',
    relation              TEXT NOT NULL CHECK (relation IN ('intra_family', 'hetero_family')),
    schedule              TEXT NOT NULL CHECK (schedule IN ('full_time', 'part_time')),
    setting               TEXT NOT NULL CHECK (setting IN ('residential', 'day')),
    availability          TEXT NOT NULL
        CHECK (availability IN ('residential', 'day', 'part_time', 'weekend', 'emergency', 'mother_child')),
    starts_on             TEXT NOT NULL CHECK (length(starts_on) = 10),
    expected_end_on       TEXT NOT NULL CHECK (length(expected_end_on) = 10 AND expected_end_on > starts_on),
    contact_arrangements  TEXT NOT NULL DEFAULT '', -- rapporti con la famiglia d'origine
    child_needs           TEXT NOT NULL DEFAULT '',
    responsible_service   TEXT NOT NULL CHECK (length(trim(responsible_service)) > 0),
    service_contact       TEXT NOT NULL DEFAULT '',
    responsible_worker_id INTEGER NOT NULL REFERENCES workers (id),
    ended_on              TEXT CHECK (ended_on IS NULL OR (length(ended_on) = 10 AND ended_on >= starts_on)),
    end_reason            TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    created_by            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    updated_by            TEXT NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1,
    CHECK (kind = 'consensual' OR (length(trim(measure_number)) > 0 AND measure_date IS NOT NULL))
);
CREATE INDEX foster_placements_case ON foster_placements (case_id);
CREATE INDEX foster_placements_family ON foster_placements (family_id) WHERE ended_on IS NULL;
CREATE INDEX foster_placements_open_end ON foster_placements (expected_end_on) WHERE ended_on IS NULL;
-- L. 184/1983 art. 4: at most 24 months, unless the Tribunale per i Minorenni extends it.
CREATE TRIGGER foster_placements_term_on_insert BEFORE INSERT ON foster_placements
WHEN NEW.expected_end_on > date(NEW.starts_on, '+24 months')
BEGIN
    SELECT RAISE(ABORT, 'a placement lasts at most 24 months unless the juvenile court extends it');
END;
CREATE TRIGGER foster_placements_no_delete BEFORE DELETE ON foster_placements
BEGIN
    SELECT RAISE(ABORT, 'placements are never deleted');
END;
CREATE TRIGGER foster_placements_guard BEFORE UPDATE ON foster_placements
WHEN NEW.id IS NOT OLD.id
  OR NEW.case_id IS NOT OLD.case_id
  OR NEW.child_person_id IS NOT OLD.child_person_id
  OR NEW.family_id IS NOT OLD.family_id
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
  OR OLD.ended_on IS NOT NULL
  OR NEW.version <> OLD.version + 1
  OR NOT EXISTS (SELECT 1 FROM foster_placement_versions v
                 WHERE v.placement_id = OLD.id AND v.version = OLD.version)
  OR (NEW.expected_end_on > date(NEW.starts_on, '+24 months')
      AND NOT EXISTS (SELECT 1 FROM foster_placement_extensions e
                      WHERE e.placement_id = OLD.id AND e.new_end_on >= NEW.expected_end_on))
BEGIN
    SELECT RAISE(ABORT, 'an ended placement stays as it was; a change keeps the earlier version and the term');
END;

CREATE TABLE foster_placement_versions (
    placement_id INTEGER NOT NULL REFERENCES foster_placements (id),
    version      INTEGER NOT NULL,
    data         TEXT NOT NULL CHECK (json_valid(data)), -- the row as it was
    replaced_at  TEXT NOT NULL,
    replaced_by  TEXT NOT NULL,
    PRIMARY KEY (placement_id, version)
);
CREATE TRIGGER foster_placement_versions_no_update BEFORE UPDATE ON foster_placement_versions
BEGIN
    SELECT RAISE(ABORT, 'placement history is append-only');
END;
CREATE TRIGGER foster_placement_versions_no_delete BEFORE DELETE ON foster_placement_versions
BEGIN
    SELECT RAISE(ABORT, 'placement history is append-only');
END;

-- An extension beyond the term by the Tribunale per i Minorenni (L. 184/1983 art. 4 c. 4).
CREATE TABLE foster_placement_extensions (
    id              INTEGER PRIMARY KEY,
    placement_id    INTEGER NOT NULL REFERENCES foster_placements (id),
    decree_number   TEXT NOT NULL CHECK (length(trim(decree_number)) > 0),
    decree_date     TEXT NOT NULL CHECK (length(decree_date) = 10),
    measure_text    TEXT NOT NULL DEFAULT '',
    previous_end_on TEXT NOT NULL CHECK (length(previous_end_on) = 10),
    new_end_on      TEXT NOT NULL CHECK (length(new_end_on) = 10 AND new_end_on > previous_end_on),
    recorded_at     TEXT NOT NULL,
    recorded_by     TEXT NOT NULL
);
CREATE INDEX foster_placement_extensions_placement ON foster_placement_extensions (placement_id, new_end_on);
CREATE TRIGGER foster_placement_extensions_no_update BEFORE UPDATE ON foster_placement_extensions
BEGIN
    SELECT RAISE(ABORT, 'placement extensions are append-only');
END;
CREATE TRIGGER foster_placement_extensions_no_delete BEFORE DELETE ON foster_placement_extensions
BEGIN
    SELECT RAISE(ABORT, 'placement extensions are append-only');
END;

-- The foster allowances of a placement: each a service delivery (requested, approved, paid as any economic aid).
CREATE TABLE foster_allowances (
    delivery_id  INTEGER PRIMARY KEY REFERENCES service_deliveries (id),
    placement_id INTEGER NOT NULL REFERENCES foster_placements (id),
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL
);
CREATE INDEX foster_allowances_placement ON foster_allowances (placement_id);
CREATE TRIGGER foster_allowances_no_update BEFORE UPDATE ON foster_allowances
BEGIN
    SELECT RAISE(ABORT, 'foster allowances are append-only');
END;
CREATE TRIGGER foster_allowances_no_delete BEFORE DELETE ON foster_allowances
BEGIN
    SELECT RAISE(ABORT, 'foster allowances are append-only');
END;

-- The monthly foster allowance (contributo per l'affido familiare): economic aid, periodic, not means-tested.
-- No confirmed SIUSS code names it (../shared/data/siuss-prestazioni-partial.csv): left empty.
INSERT INTO service_catalogue (code, name, kind, siuss_code, area, periodic, means_test, isee_threshold_cents,
                               restricted, created_at, created_by, updated_at, updated_by)
VALUES ('contributo_affido', 'Contributo per l''affido familiare', 'economic_aid', '', 'family_minors', 1, 'none',
        NULL, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'system', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'system');

-- How many days ahead of a placement's term the service is warned.
INSERT INTO office_settings (key, value, updated_at, updated_by)
VALUES ('foster_term_warning_days', '{"days":90}', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'system');
