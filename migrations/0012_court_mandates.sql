-- Tutela Minori: court mandates (decrees) of a case, the tasks they give the service with their due dates
-- (each an open deadline of the case's responsible worker while open, source 'mandate_task'), every change of
-- a due date, and the messa alla prova of a probation task. Nothing is deleted; a mandate's earlier values are
-- kept in court_mandate_versions. Each guard lets retention (0010) turn the words of a case in retention_cases
-- into the marker, and nothing else. See docs/decisions/0014-court-mandates.md.

CREATE TABLE court_mandates (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id),
    authority     TEXT NOT NULL
        CHECK (authority IN ('juvenile_court', 'juvenile_prosecutor', 'guardianship_judge', 'ordinary_court')),
    decree_number TEXT NOT NULL CHECK (length(trim(decree_number)) > 0),
    decree_date   TEXT NOT NULL CHECK (length(decree_date) = 10),
    -- JSON array of measure codes (custody_to_service, community_placement, foster_care, supervision,
    -- parental_responsibility_limited / _suspended / _revoked, emergency_removal, other), at least one.
    measures      TEXT NOT NULL
        CHECK (json_valid(measures) AND json_type(measures) = 'array' AND json_array_length(measures) > 0),
    other_measure TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX court_mandates_case ON court_mandates (case_id, decree_date);

CREATE TRIGGER court_mandates_no_delete BEFORE DELETE ON court_mandates
BEGIN
    SELECT RAISE(ABORT, 'court mandates are never deleted');
END;
-- Retention (0010) may turn the decree's words into the marker once its case is in retention_cases; nothing else.
CREATE TRIGGER court_mandates_guard BEFORE UPDATE ON court_mandates
WHEN (NEW.id IS NOT OLD.id
      OR NEW.case_id IS NOT OLD.case_id
      OR NEW.created_at IS NOT OLD.created_at
      OR NEW.created_by IS NOT OLD.created_by
      OR NEW.version <> OLD.version + 1
      OR NOT EXISTS (SELECT 1 FROM court_mandate_versions v
                     WHERE v.mandate_id = OLD.id AND v.version = OLD.version))
  AND NOT (OLD.case_id IN (SELECT case_id FROM retention_cases)
           AND NEW.id IS OLD.id
           AND NEW.case_id IS OLD.case_id
           AND NEW.authority IS OLD.authority
           AND NEW.decree_date IS OLD.decree_date
           AND NEW.measures IS OLD.measures
           AND NEW.created_at IS OLD.created_at
           AND NEW.created_by IS OLD.created_by
           AND NEW.version = OLD.version + 1
           AND NEW.decree_number = '[anonimizzato]'
           AND NEW.other_measure = CASE WHEN OLD.other_measure = '' THEN '' ELSE '[anonimizzato]' END)
BEGIN
    SELECT RAISE(ABORT, 'a court mandate changes only with its earlier version kept');
END;

CREATE TABLE court_mandate_versions (
    mandate_id  INTEGER NOT NULL REFERENCES court_mandates (id),
    version     INTEGER NOT NULL,
    data        TEXT NOT NULL CHECK (json_valid(data)), -- the row as it was
    replaced_at TEXT NOT NULL,
    replaced_by TEXT NOT NULL,
    PRIMARY KEY (mandate_id, version)
);
CREATE TRIGGER court_mandate_versions_no_update BEFORE UPDATE ON court_mandate_versions
WHEN NOT (OLD.mandate_id IN (SELECT m.id FROM court_mandates m JOIN retention_cases r ON r.case_id = m.case_id)
          AND NEW.mandate_id IS OLD.mandate_id
          AND NEW.version IS OLD.version
          AND NEW.replaced_at IS OLD.replaced_at
          AND NEW.replaced_by IS OLD.replaced_by
          AND NEW.data = '{}')
BEGIN
    SELECT RAISE(ABORT, 'mandate history is append-only');
END;
CREATE TRIGGER court_mandate_versions_no_delete BEFORE DELETE ON court_mandate_versions
BEGIN
    SELECT RAISE(ABORT, 'mandate history is append-only');
END;

CREATE TABLE mandate_tasks (
    id           INTEGER PRIMARY KEY,
    mandate_id   INTEGER NOT NULL REFERENCES court_mandates (id),
    kind         TEXT NOT NULL
        CHECK (kind IN ('psychosocial_assessment', 'observation', 'diagnostic_therapeutic',
                        'individual_education_plan', 'probation', 'network_work', 'monitoring',
                        'periodic_report')),
    description  TEXT NOT NULL DEFAULT '',
    due_on       TEXT NOT NULL CHECK (length(due_on) = 10),
    completed_on TEXT,
    completed_at TEXT,
    completed_by TEXT,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX mandate_tasks_mandate ON mandate_tasks (mandate_id, due_on);
CREATE INDEX mandate_tasks_open_due ON mandate_tasks (due_on) WHERE completed_on IS NULL;

CREATE TRIGGER mandate_tasks_no_delete BEFORE DELETE ON mandate_tasks
BEGIN
    SELECT RAISE(ABORT, 'mandate tasks are never deleted');
END;
-- Only an open task changes: its due date (with the change recorded first) or its completion, once.
-- Retention may turn the description into the marker.
CREATE TRIGGER mandate_tasks_guard BEFORE UPDATE ON mandate_tasks
WHEN (NEW.id IS NOT OLD.id
      OR NEW.mandate_id IS NOT OLD.mandate_id
      OR NEW.kind IS NOT OLD.kind
      OR NEW.description IS NOT OLD.description
      OR NEW.created_at IS NOT OLD.created_at
      OR NEW.created_by IS NOT OLD.created_by
      OR OLD.completed_on IS NOT NULL
      OR NEW.version <> OLD.version + 1
      OR (NEW.due_on IS NOT OLD.due_on
          AND NOT EXISTS (SELECT 1 FROM mandate_task_due_changes c
                          WHERE c.task_id = OLD.id AND c.from_date = OLD.due_on AND c.to_date = NEW.due_on
                            AND c.task_version = OLD.version)))
  AND NOT (OLD.mandate_id IN (SELECT m.id FROM court_mandates m JOIN retention_cases r ON r.case_id = m.case_id)
           AND NEW.id IS OLD.id
           AND NEW.mandate_id IS OLD.mandate_id
           AND NEW.kind IS OLD.kind
           AND NEW.due_on IS OLD.due_on
           AND NEW.completed_on IS OLD.completed_on
           AND NEW.completed_at IS OLD.completed_at
           AND NEW.completed_by IS OLD.completed_by
           AND NEW.created_at IS OLD.created_at
           AND NEW.created_by IS OLD.created_by
           AND NEW.version = OLD.version + 1
           AND NEW.description = CASE WHEN OLD.description = '' THEN '' ELSE '[anonimizzato]' END)
BEGIN
    SELECT RAISE(ABORT, 'a completed mandate task stays as it was; a due date moves only with its change kept');
END;

CREATE TABLE mandate_task_due_changes (
    id           INTEGER PRIMARY KEY,
    task_id      INTEGER NOT NULL REFERENCES mandate_tasks (id),
    task_version INTEGER NOT NULL, -- the task's version the change was made on
    from_date    TEXT NOT NULL,
    to_date      TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    changed_at   TEXT NOT NULL,
    changed_by   TEXT NOT NULL,
    UNIQUE (task_id, task_version)
);
CREATE TRIGGER mandate_task_due_changes_no_update BEFORE UPDATE ON mandate_task_due_changes
WHEN NOT (OLD.task_id IN (SELECT t.id FROM mandate_tasks t JOIN court_mandates m ON m.id = t.mandate_id
                          JOIN retention_cases r ON r.case_id = m.case_id)
          AND NEW.id IS OLD.id
          AND NEW.task_id IS OLD.task_id
          AND NEW.task_version IS OLD.task_version
          AND NEW.from_date IS OLD.from_date
          AND NEW.to_date IS OLD.to_date
          AND NEW.changed_at IS OLD.changed_at
          AND NEW.changed_by IS OLD.changed_by
          AND NEW.reason = '[anonimizzato]')
BEGIN
    SELECT RAISE(ABORT, 'due-date changes are append-only');
END;
CREATE TRIGGER mandate_task_due_changes_no_delete BEFORE DELETE ON mandate_task_due_changes
BEGIN
    SELECT RAISE(ABORT, 'due-date changes are append-only');
END;

-- Messa alla prova (DPR 448/1988 art. 28) of a probation task: the suspension period, the project agreed with
-- the USSM, and the outcome, recorded once.
CREATE TABLE mandate_probations (
    task_id         INTEGER PRIMARY KEY REFERENCES mandate_tasks (id),
    starts_on       TEXT NOT NULL CHECK (length(starts_on) = 10),
    ends_on         TEXT NOT NULL CHECK (length(ends_on) = 10 AND ends_on > starts_on),
    gravest_offence INTEGER NOT NULL DEFAULT 0 CHECK (gravest_offence IN (0, 1)),
    project         TEXT NOT NULL CHECK (length(trim(project)) > 0),
    outcome         TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'positive', 'negative')),
    outcome_on      TEXT,
    outcome_at      TEXT,
    outcome_by      TEXT,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE TRIGGER mandate_probations_no_delete BEFORE DELETE ON mandate_probations
BEGIN
    SELECT RAISE(ABORT, 'probations are never deleted');
END;
-- Retention may turn the project into the marker.
CREATE TRIGGER mandate_probations_guard BEFORE UPDATE ON mandate_probations
WHEN (NEW.task_id IS NOT OLD.task_id
      OR NEW.starts_on IS NOT OLD.starts_on
      OR NEW.ends_on IS NOT OLD.ends_on
      OR NEW.gravest_offence IS NOT OLD.gravest_offence
      OR NEW.project IS NOT OLD.project
      OR NEW.created_at IS NOT OLD.created_at
      OR NEW.created_by IS NOT OLD.created_by
      OR OLD.outcome <> 'pending'
      OR NEW.version <> OLD.version + 1)
  AND NOT (OLD.task_id IN (SELECT t.id FROM mandate_tasks t JOIN court_mandates m ON m.id = t.mandate_id
                           JOIN retention_cases r ON r.case_id = m.case_id)
           AND NEW.task_id IS OLD.task_id
           AND NEW.starts_on IS OLD.starts_on
           AND NEW.ends_on IS OLD.ends_on
           AND NEW.gravest_offence IS OLD.gravest_offence
           AND NEW.outcome IS OLD.outcome
           AND NEW.outcome_on IS OLD.outcome_on
           AND NEW.outcome_at IS OLD.outcome_at
           AND NEW.outcome_by IS OLD.outcome_by
           AND NEW.created_at IS OLD.created_at
           AND NEW.created_by IS OLD.created_by
           AND NEW.version = OLD.version + 1
           AND NEW.project = '[anonimizzato]')
BEGIN
    SELECT RAISE(ABORT, 'a probation keeps its period and project; its outcome is recorded once');
END;

-- How many days ahead of a mandate task's due date its reminders start, widest first.
INSERT INTO office_settings (key, value, updated_at, updated_by)
VALUES ('mandate_reminder_days', '{"days":[30,7]}', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'system');
