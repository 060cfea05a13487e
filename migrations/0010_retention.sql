-- 0010: retention. Cases closed before a date are anonymised, with the persons who appear in nothing newer
-- (docs/decisions/0008-retention.md). Each run and what it covered is kept here, append-only; the guards of
-- 0002, 0004, 0006, 0008 and 0009 are recreated with every old condition kept, plus one exemption: a row of a
-- case (or person) listed here may have its words replaced by the marker '[anonimizzato]' (or emptied), and
-- nothing else. The exemption cannot be used to write any other text. These are real tables, not temporary
-- ones, because triggers of the main schema cannot see temporary tables.

CREATE TABLE retention_runs (
    id            INTEGER PRIMARY KEY,
    closed_before TEXT NOT NULL CHECK (closed_before GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    applied_at    TEXT NOT NULL, -- UTC
    applied_by    TEXT NOT NULL,
    cases         INTEGER NOT NULL,
    persons       INTEGER NOT NULL
);
CREATE TABLE retention_cases (
    run_id  INTEGER NOT NULL REFERENCES retention_runs (id),
    case_id INTEGER NOT NULL REFERENCES cases (id),
    PRIMARY KEY (case_id)
);
CREATE INDEX retention_cases_run ON retention_cases (run_id);
CREATE TABLE retention_persons (
    run_id    INTEGER NOT NULL REFERENCES retention_runs (id),
    person_id INTEGER NOT NULL REFERENCES persons (id),
    PRIMARY KEY (person_id)
);
CREATE INDEX retention_persons_run ON retention_persons (run_id);

CREATE TRIGGER retention_runs_no_update BEFORE UPDATE ON retention_runs
BEGIN
    SELECT RAISE(ABORT, 'retention runs are append-only');
END;
CREATE TRIGGER retention_runs_no_delete BEFORE DELETE ON retention_runs
BEGIN
    SELECT RAISE(ABORT, 'retention runs are append-only');
END;
CREATE TRIGGER retention_cases_no_update BEFORE UPDATE ON retention_cases
BEGIN
    SELECT RAISE(ABORT, 'retention runs are append-only');
END;
CREATE TRIGGER retention_cases_no_delete BEFORE DELETE ON retention_cases
BEGIN
    SELECT RAISE(ABORT, 'retention runs are append-only');
END;
CREATE TRIGGER retention_persons_no_update BEFORE UPDATE ON retention_persons
BEGIN
    SELECT RAISE(ABORT, 'retention runs are append-only');
END;
CREATE TRIGGER retention_persons_no_delete BEFORE DELETE ON retention_persons
BEGIN
    SELECT RAISE(ABORT, 'retention runs are append-only');
END;

-- 0001: person history is append-only, except that an anonymised person's snapshots become '{}'.
DROP TRIGGER person_versions_no_update;
CREATE TRIGGER person_versions_no_update BEFORE UPDATE ON person_versions
WHEN NOT (OLD.person_id IN (SELECT person_id FROM retention_persons)
          AND NEW.person_id IS OLD.person_id
          AND NEW.version IS OLD.version
          AND NEW.replaced_at IS OLD.replaced_at
          AND NEW.replaced_by IS OLD.replaced_by
          AND NEW.data = '{}')
BEGIN
    SELECT RAISE(ABORT, 'person history is append-only');
END;

-- 0002: case history is append-only, except that an anonymised case's notes are emptied and the words of
-- its project and deadline events become the marker.
DROP TRIGGER case_events_no_update;
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
WHEN NOT (OLD.case_id IN (SELECT case_id FROM retention_cases)
          AND NEW.id IS OLD.id
          AND NEW.case_id IS OLD.case_id
          AND NEW.kind IS OLD.kind
          AND NEW.from_value IS OLD.from_value
          AND NEW.at IS OLD.at
          AND NEW.by_user IS OLD.by_user
          AND NEW.reason_code IS OLD.reason_code
          AND NEW.note IN ('', '[anonimizzato]')
          AND (NEW.to_value IS OLD.to_value
               OR (OLD.kind IN ('plan', 'deadline') AND NEW.to_value = '[anonimizzato]')))
BEGIN
    SELECT RAISE(ABORT, 'case history is append-only');
END;

-- 0002: diary versions are append-only, except that an anonymised case's texts become the marker.
DROP TRIGGER diary_versions_no_update;
CREATE TRIGGER diary_versions_no_update BEFORE UPDATE ON diary_versions
WHEN NOT (EXISTS (SELECT 1 FROM diary_entries e JOIN retention_cases r ON r.case_id = e.case_id
                  WHERE e.id = OLD.entry_id)
          AND NEW.entry_id IS OLD.entry_id
          AND NEW.version IS OLD.version
          AND NEW.edited_at IS OLD.edited_at
          AND NEW.edited_by IS OLD.edited_by
          AND NEW.text = '[anonimizzato]')
BEGIN
    SELECT RAISE(ABORT, 'diary versions are append-only');
END;

-- 0004: as before, except that an anonymised case's withdrawal reason becomes the marker.
DROP TRIGGER diary_entries_guard;
CREATE TRIGGER diary_entries_guard BEFORE UPDATE ON diary_entries
WHEN (NEW.case_id IS NOT OLD.case_id
      OR NEW.entry_date IS NOT OLD.entry_date
      OR NEW.kind IS NOT OLD.kind
      OR NEW.author IS NOT OLD.author
      OR NEW.created_at IS NOT OLD.created_at
      OR NEW.current_version NOT IN (OLD.current_version, OLD.current_version + 1)
      OR NOT EXISTS (SELECT 1 FROM diary_versions v WHERE v.entry_id = NEW.id AND v.version = NEW.current_version)
      OR (OLD.withdrawn_at IS NOT NULL AND (NEW.withdrawn_at IS NOT OLD.withdrawn_at
                                            OR NEW.withdrawn_by IS NOT OLD.withdrawn_by
                                            OR NEW.withdraw_reason IS NOT OLD.withdraw_reason)))
  AND NOT (OLD.case_id IN (SELECT case_id FROM retention_cases)
           AND NEW.id IS OLD.id
           AND NEW.case_id IS OLD.case_id
           AND NEW.entry_date IS OLD.entry_date
           AND NEW.kind IS OLD.kind
           AND NEW.author IS OLD.author
           AND NEW.created_at IS OLD.created_at
           AND NEW.current_version IS OLD.current_version
           AND NEW.withdrawn_at IS OLD.withdrawn_at
           AND NEW.withdrawn_by IS OLD.withdrawn_by
           AND NEW.withdraw_reason = '[anonimizzato]')
BEGIN
    SELECT RAISE(ABORT, 'diary entries only gain versions or are withdrawn once');
END;

-- 0008: as before, except that the words of an intake that opened an anonymised case, or of an intake with no
-- case about anonymised persons only, become the marker (or stay empty).
DROP TRIGGER intakes_guard;
CREATE TRIGGER intakes_guard BEFORE UPDATE ON intakes
WHEN (NEW.contact_date IS NOT OLD.contact_date
      OR NEW.channel IS NOT OLD.channel
      OR NEW.area IS NOT OLD.area
      OR NEW.municipality_code IS NOT OLD.municipality_code
      OR NEW.visitor IS NOT OLD.visitor
      OR NEW.request IS NOT OLD.request
      OR NEW.response IS NOT OLD.response
      OR NEW.referred_to IS NOT OLD.referred_to
      OR NEW.created_at IS NOT OLD.created_at
      OR NEW.created_by IS NOT OLD.created_by
      OR OLD.case_id IS NOT NULL
      OR NEW.case_id IS NULL
      OR NEW.outcome IS NOT 'case_opened'
      OR NEW.version <> OLD.version + 1)
  AND NOT ((OLD.case_id IN (SELECT case_id FROM retention_cases)
            OR (OLD.case_id IS NULL
                AND EXISTS (SELECT 1 FROM intake_persons ip JOIN retention_persons rp ON rp.person_id = ip.person_id
                            WHERE ip.intake_id = OLD.id)
                AND NOT EXISTS (SELECT 1 FROM intake_persons ip WHERE ip.intake_id = OLD.id
                                AND ip.person_id NOT IN (SELECT person_id FROM retention_persons))))
           AND NEW.id IS OLD.id
           AND NEW.contact_date IS OLD.contact_date
           AND NEW.channel IS OLD.channel
           AND NEW.area IS OLD.area
           AND NEW.municipality_code IS OLD.municipality_code
           AND NEW.outcome IS OLD.outcome
           AND NEW.case_id IS OLD.case_id
           AND NEW.created_at IS OLD.created_at
           AND NEW.created_by IS OLD.created_by
           AND NEW.version = OLD.version + 1
           AND NEW.request = '[anonimizzato]'
           AND NEW.visitor IN ('', '[anonimizzato]')
           AND NEW.response IN ('', '[anonimizzato]')
           AND NEW.referred_to IN ('', '[anonimizzato]'))
BEGIN
    SELECT RAISE(ABORT, 'an intake keeps its words; it only records, once, the case opened from it');
END;

-- 0008: as before, except that a final action of an anonymised case may have its words become the marker.
DROP TRIGGER care_actions_guard;
CREATE TRIGGER care_actions_guard BEFORE UPDATE ON care_actions
WHEN (NEW.case_id IS NOT OLD.case_id
      OR NEW.objective_id IS NOT OLD.objective_id
      OR NEW.created_at IS NOT OLD.created_at
      OR NEW.created_by IS NOT OLD.created_by
      OR OLD.status IN ('done', 'cancelled')
      OR NEW.version <> OLD.version + 1)
  AND NOT (OLD.case_id IN (SELECT case_id FROM retention_cases)
           AND NEW.id IS OLD.id
           AND NEW.case_id IS OLD.case_id
           AND NEW.objective_id IS OLD.objective_id
           AND NEW.owner_worker_id IS OLD.owner_worker_id
           AND NEW.due_on IS OLD.due_on
           AND NEW.status IS OLD.status
           AND NEW.created_at IS OLD.created_at
           AND NEW.created_by IS OLD.created_by
           AND NEW.version = OLD.version + 1
           AND NEW.what = '[anonimizzato]')
BEGIN
    SELECT RAISE(ABORT, 'a done or cancelled action is final; an action keeps its case, objective and creation');
END;

-- 0006: reviews are append-only, except that an anonymised case's outcomes become the marker.
DROP TRIGGER care_reviews_no_update;
CREATE TRIGGER care_reviews_no_update BEFORE UPDATE ON care_reviews
WHEN NOT (OLD.case_id IN (SELECT case_id FROM retention_cases)
          AND NEW.id IS OLD.id
          AND NEW.case_id IS OLD.case_id
          AND NEW.review_date IS OLD.review_date
          AND NEW.next_review_on IS OLD.next_review_on
          AND NEW.recorded_at IS OLD.recorded_at
          AND NEW.recorded_by IS OLD.recorded_by
          AND NEW.outcome = '[anonimizzato]')
BEGIN
    SELECT RAISE(ABORT, 'reviews are append-only');
END;

-- 0006: as before, except that a closed deadline of an anonymised case may have its title become the marker.
DROP TRIGGER deadlines_guard;
CREATE TRIGGER deadlines_guard BEFORE UPDATE ON deadlines
WHEN (NEW.case_id IS NOT OLD.case_id
      OR NEW.source IS NOT OLD.source
      OR NEW.source_id IS NOT OLD.source_id
      OR NEW.created_at IS NOT OLD.created_at
      OR NEW.created_by IS NOT OLD.created_by
      OR OLD.state <> 'open'
      OR NEW.version <> OLD.version + 1)
  AND NOT (OLD.case_id IN (SELECT case_id FROM retention_cases)
           AND NEW.id IS OLD.id
           AND NEW.case_id IS OLD.case_id
           AND NEW.source IS OLD.source
           AND NEW.source_id IS OLD.source_id
           AND NEW.due_on IS OLD.due_on
           AND NEW.owner_worker_id IS OLD.owner_worker_id
           AND NEW.state IS OLD.state
           AND NEW.closed_on IS OLD.closed_on
           AND NEW.closed_at IS OLD.closed_at
           AND NEW.closed_by IS OLD.closed_by
           AND NEW.created_at IS OLD.created_at
           AND NEW.created_by IS OLD.created_by
           AND NEW.version = OLD.version + 1
           AND NEW.title = '[anonimizzato]')
BEGIN
    SELECT RAISE(ABORT, 'a closed deadline stays as it was closed');
END;

-- 0009: as before, except that the reason given for an emergency access to an anonymised case becomes the
-- marker.
DROP TRIGGER emergency_accesses_guard;
CREATE TRIGGER emergency_accesses_guard BEFORE UPDATE ON emergency_accesses
WHEN (NEW.case_id IS NOT OLD.case_id
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
      OR (OLD.manager_acknowledged_by IS NOT NULL AND NEW.manager_acknowledged_by IS NOT OLD.manager_acknowledged_by))
  AND NOT (OLD.case_id IN (SELECT case_id FROM retention_cases)
           AND NEW.id IS OLD.id
           AND NEW.case_id IS OLD.case_id
           AND NEW.user_id IS OLD.user_id
           AND NEW.user_name IS OLD.user_name
           AND NEW.at IS OLD.at
           AND NEW.expires_at IS OLD.expires_at
           AND NEW.responsible_acknowledged_at IS OLD.responsible_acknowledged_at
           AND NEW.responsible_acknowledged_by IS OLD.responsible_acknowledged_by
           AND NEW.manager_acknowledged_at IS OLD.manager_acknowledged_at
           AND NEW.manager_acknowledged_by IS OLD.manager_acknowledged_by
           AND NEW.reason = '[anonimizzato]')
BEGIN
    SELECT RAISE(ABORT, 'an emergency access keeps what it says; only its acknowledgements are added, once');
END;
