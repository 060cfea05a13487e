-- 0008: the database refuses rewriting intake contacts and the project, as 0004 does for the diary.
-- An intake may only move once, from no case to "case opened" with its case; everything else it says stays.
-- A project row keeps its case, objective and creation; a done or cancelled action is final; every change
-- moves the version on by one.

DROP TRIGGER intakes_guard;
CREATE TRIGGER intakes_guard BEFORE UPDATE ON intakes
WHEN NEW.contact_date IS NOT OLD.contact_date
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
  OR NEW.version <> OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'an intake keeps its words; it only records, once, the case opened from it');
END;

CREATE TRIGGER care_plans_guard BEFORE UPDATE ON care_plans
WHEN NEW.case_id IS NOT OLD.case_id OR NEW.version <> OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'a project keeps its case and every change moves its version');
END;

CREATE TRIGGER care_objectives_guard BEFORE UPDATE ON care_objectives
WHEN NEW.case_id IS NOT OLD.case_id
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
  OR NEW.version <> OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'an objective keeps its case and creation, and every change moves its version');
END;

CREATE TRIGGER care_actions_guard BEFORE UPDATE ON care_actions
WHEN NEW.case_id IS NOT OLD.case_id
  OR NEW.objective_id IS NOT OLD.objective_id
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
  OR OLD.status IN ('done', 'cancelled')
  OR NEW.version <> OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'a done or cancelled action is final; an action keeps its case, objective and creation');
END;
