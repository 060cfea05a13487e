-- Pronto Intervento Sociale: an emergency that needs no handover to the territorial service (resolved on the
-- spot, a call only for information, the person gone before anyone arrived) is closed with its reason, once,
-- and leaves the "not handed over" count. A closure is never changed nor deleted; it and the handover exclude
-- each other (the service checks it inside the transaction; the triggers hold it for any other writer).
-- See docs/decisions/0015-pronto-intervento.md.

CREATE TABLE emergency_closures (
    emergency_id INTEGER PRIMARY KEY REFERENCES social_emergencies (id),
    closed_at    TEXT NOT NULL,
    closed_by    TEXT NOT NULL,
    reason       TEXT NOT NULL
);

CREATE TRIGGER emergency_closures_not_handed_over BEFORE INSERT ON emergency_closures
WHEN (SELECT case_id FROM social_emergencies WHERE id = NEW.emergency_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an emergency handed over is not closed without a handover');
END;
CREATE TRIGGER social_emergencies_not_closed BEFORE UPDATE OF case_id ON social_emergencies
WHEN NEW.case_id IS NOT NULL AND EXISTS (SELECT 1 FROM emergency_closures WHERE emergency_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'an emergency closed without a handover is not handed over');
END;
-- The reason is free text: retention may blank it for an anonymised case or person, nothing else.
CREATE TRIGGER emergency_closures_kept BEFORE UPDATE ON emergency_closures
WHEN NOT (NEW.reason = '[anonimizzato]' AND NEW.emergency_id IS OLD.emergency_id AND NEW.closed_at IS OLD.closed_at
          AND NEW.closed_by IS OLD.closed_by
          AND OLD.emergency_id IN (SELECT id FROM social_emergencies
                                   WHERE case_id IN (SELECT case_id FROM retention_cases)
                                      OR person_id IN (SELECT person_id FROM retention_persons)))
BEGIN
    SELECT RAISE(ABORT, 'a closure is kept as it was');
END;
CREATE TRIGGER emergency_closures_no_delete BEFORE DELETE ON emergency_closures
BEGIN
    SELECT RAISE(ABORT, 'a closure is kept as it was');
END;
