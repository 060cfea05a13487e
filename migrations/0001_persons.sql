-- 0001: the persons registry (anagrafica), its version history, and the ISTAT Comuni used for sorting
-- and display. Dates are ISO-8601 text (YYYY-MM-DD); instants are UTC ISO-8601 text.

CREATE TABLE persons (
    id                     INTEGER PRIMARY KEY,
    surname                TEXT NOT NULL CHECK (length(trim(surname)) > 0),
    given_name             TEXT NOT NULL CHECK (length(trim(given_name)) > 0),
    sex                    TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date             TEXT NOT NULL CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    birth_place_code       TEXT,
    fiscal_code            TEXT CHECK (fiscal_code IS NULL OR length(fiscal_code) IN (11, 16)),
    citizenship            TEXT,
    residence_municipality TEXT,
    residence_street       TEXT,
    domicile_municipality  TEXT,
    domicile_street        TEXT,
    phone                  TEXT,
    email                  TEXT,
    marital_status         TEXT NOT NULL DEFAULT 'unknown',
    education              TEXT NOT NULL DEFAULT 'unknown',
    employment             TEXT NOT NULL DEFAULT 'unknown',
    -- Accent- and case-folded search keys, written by the application from the names.
    name_key               TEXT NOT NULL, -- "surname given"
    given_key              TEXT NOT NULL, -- "given surname"
    created_at             TEXT NOT NULL,
    created_by             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    updated_by             TEXT NOT NULL,
    version                INTEGER NOT NULL DEFAULT 1
);

CREATE UNIQUE INDEX persons_fiscal_code_unique ON persons (fiscal_code) WHERE fiscal_code IS NOT NULL;
CREATE INDEX persons_name_key ON persons (name_key, id);
CREATE INDEX persons_given_key ON persons (given_key, id);
CREATE INDEX persons_fiscal_code_sort ON persons (coalesce(fiscal_code, ''), id);
CREATE INDEX persons_birth_date ON persons (birth_date, id);
CREATE INDEX persons_same_person ON persons (birth_date, name_key);

-- A social record is evidence: a person is never deleted, only changed, and every change keeps the
-- previous version here.
CREATE TRIGGER persons_no_delete BEFORE DELETE ON persons
BEGIN
    SELECT RAISE(ABORT, 'persons are never deleted');
END;

CREATE TABLE person_versions (
    person_id  INTEGER NOT NULL REFERENCES persons (id),
    version    INTEGER NOT NULL,
    data       TEXT NOT NULL, -- JSON of the row as it was
    replaced_at TEXT NOT NULL,
    replaced_by TEXT NOT NULL,
    PRIMARY KEY (person_id, version)
);

CREATE TRIGGER person_versions_no_update BEFORE UPDATE ON person_versions
BEGIN
    SELECT RAISE(ABORT, 'person history is append-only');
END;

CREATE TRIGGER person_versions_no_delete BEFORE DELETE ON person_versions
BEGIN
    SELECT RAISE(ABORT, 'person history is append-only');
END;

-- Reference copy of the ISTAT list shipped with the program; refreshed by the application when it
-- differs, so that lists can sort and filter by Comune name in SQL.
CREATE TABLE municipalities (
    istat_code    TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    province_code TEXT NOT NULL,
    belfiore_code TEXT NOT NULL,
    name_key      TEXT NOT NULL
);
