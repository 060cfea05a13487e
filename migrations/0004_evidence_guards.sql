-- 0004: the database itself refuses silent rewrites of evidence. Diary entries may only move forward to an
-- existing new version or be withdrawn once; a case keeps its identity; a case has at most one principal
-- beneficiary.

CREATE TRIGGER diary_entries_guard BEFORE UPDATE ON diary_entries
WHEN NEW.case_id IS NOT OLD.case_id
  OR NEW.entry_date IS NOT OLD.entry_date
  OR NEW.kind IS NOT OLD.kind
  OR NEW.author IS NOT OLD.author
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.current_version NOT IN (OLD.current_version, OLD.current_version + 1)
  OR NOT EXISTS (SELECT 1 FROM diary_versions v WHERE v.entry_id = NEW.id AND v.version = NEW.current_version)
  OR (OLD.withdrawn_at IS NOT NULL AND (NEW.withdrawn_at IS NOT OLD.withdrawn_at
                                        OR NEW.withdrawn_by IS NOT OLD.withdrawn_by
                                        OR NEW.withdraw_reason IS NOT OLD.withdraw_reason))
BEGIN
    SELECT RAISE(ABORT, 'diary entries only gain versions or are withdrawn once');
END;

CREATE TRIGGER cases_identity_guard BEFORE UPDATE ON cases
WHEN NEW.year IS NOT OLD.year
  OR NEW.sequence IS NOT OLD.sequence
  OR NEW.number IS NOT OLD.number
  OR NEW.opened_on IS NOT OLD.opened_on
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
  OR NEW.version <> OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'a case keeps its number, opening and creation, and every change bumps its version');
END;

CREATE UNIQUE INDEX case_members_one_principal ON case_members (case_id) WHERE role = 'principal';

CREATE TRIGGER case_members_no_update BEFORE UPDATE ON case_members
BEGIN
    SELECT RAISE(ABORT, 'case membership is added, not rewritten');
END;

CREATE TRIGGER case_members_no_delete BEFORE DELETE ON case_members
BEGIN
    SELECT RAISE(ABORT, 'case membership is not deleted');
END;
