-- Generic projects (programmes) the office runs besides casework: mediazione sociale e alloggiativa,
-- genitorialità in carcere, centro estivo, inclusion with a foundation. A programme has a funder, a period,
-- optional Comuni, a team of workers (each from a date, to a date once they leave) and enrolments of cases or
-- persons with the dates they joined and left. Nothing is deleted; a programme's earlier values are kept in
-- programme_versions; an enrolment that left keeps its dates. Named "programme" in code so as not to collide
-- with the PAI (progetto individualizzato, care_*). See docs/decisions/0018-programmes.md.

CREATE TABLE programmes (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    funder         TEXT NOT NULL DEFAULT '',
    area           TEXT NOT NULL DEFAULT '', -- a case area code, or '' for any
    description    TEXT NOT NULL DEFAULT '',
    starts_on      TEXT NOT NULL CHECK (length(starts_on) = 10),
    ends_on        TEXT CHECK (ends_on IS NULL OR (length(ends_on) = 10 AND ends_on >= starts_on)),
    -- JSON array of ISTAT codes of the Comuni it serves; empty for the whole zone.
    municipalities TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(municipalities)
                                                      AND json_type(municipalities) = 'array'),
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
    closed_on      TEXT CHECK ((status = 'closed') = (closed_on IS NOT NULL)),
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);

CREATE TRIGGER programmes_no_delete BEFORE DELETE ON programmes
BEGIN
    SELECT RAISE(ABORT, 'programmes are never deleted');
END;
-- A programme changes only with its earlier version kept, and a closed one no longer changes.
CREATE TRIGGER programmes_guard BEFORE UPDATE ON programmes
WHEN NEW.id IS NOT OLD.id
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
  OR OLD.status = 'closed'
  OR NEW.version <> OLD.version + 1
  OR NOT EXISTS (SELECT 1 FROM programme_versions v WHERE v.programme_id = OLD.id AND v.version = OLD.version)
BEGIN
    SELECT RAISE(ABORT, 'a programme changes only with its earlier version kept');
END;

CREATE TABLE programme_versions (
    programme_id INTEGER NOT NULL REFERENCES programmes (id),
    version      INTEGER NOT NULL,
    data         TEXT NOT NULL CHECK (json_valid(data)), -- the row as it was
    replaced_at  TEXT NOT NULL,
    replaced_by  TEXT NOT NULL,
    PRIMARY KEY (programme_id, version)
);
CREATE TRIGGER programme_versions_no_update BEFORE UPDATE ON programme_versions
BEGIN
    SELECT RAISE(ABORT, 'programme history is append-only');
END;
CREATE TRIGGER programme_versions_no_delete BEFORE DELETE ON programme_versions
BEGIN
    SELECT RAISE(ABORT, 'programme history is append-only');
END;

-- The team: a worker with a role from a date; leaving sets to_on, once.
CREATE TABLE programme_team (
    id           INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id),
    worker_id    INTEGER NOT NULL REFERENCES workers (id),
    role         TEXT NOT NULL
        CHECK (role IN ('coordinator', 'social_worker', 'educator', 'psychologist', 'mediator', 'other')),
    from_on      TEXT NOT NULL CHECK (length(from_on) = 10),
    to_on        TEXT CHECK (to_on IS NULL OR (length(to_on) = 10 AND to_on >= from_on)),
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    ended_at     TEXT,
    ended_by     TEXT
);
CREATE INDEX programme_team_programme ON programme_team (programme_id, worker_id);
CREATE INDEX programme_team_worker ON programme_team (worker_id) WHERE to_on IS NULL;
CREATE TRIGGER programme_team_no_delete BEFORE DELETE ON programme_team
BEGIN
    SELECT RAISE(ABORT, 'team memberships are never deleted');
END;
CREATE TRIGGER programme_team_guard BEFORE UPDATE ON programme_team
WHEN NEW.id IS NOT OLD.id
  OR NEW.programme_id IS NOT OLD.programme_id
  OR NEW.worker_id IS NOT OLD.worker_id
  OR NEW.role IS NOT OLD.role
  OR NEW.from_on IS NOT OLD.from_on
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
  OR OLD.to_on IS NOT NULL
  OR NEW.to_on IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a team membership only ends, once');
END;
CREATE TRIGGER programme_team_overlap BEFORE INSERT ON programme_team
WHEN EXISTS (SELECT 1 FROM programme_team t
             WHERE t.programme_id = NEW.programme_id AND t.worker_id = NEW.worker_id
               AND t.from_on <= coalesce(NEW.to_on, '9999-12-31')
               AND coalesce(t.to_on, '9999-12-31') >= NEW.from_on)
BEGIN
    SELECT RAISE(ABORT, 'the worker is already on the team at those dates');
END;

-- A case or a person (at least one) taking part from joined_on; leaving sets left_on and the reason, once.
CREATE TABLE programme_enrolments (
    id           INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id),
    case_id      INTEGER REFERENCES cases (id),
    person_id    INTEGER REFERENCES persons (id),
    joined_on    TEXT NOT NULL CHECK (length(joined_on) = 10),
    left_on      TEXT CHECK (left_on IS NULL OR (length(left_on) = 10 AND left_on >= joined_on)),
    leave_reason TEXT CHECK ((left_on IS NULL AND leave_reason IS NULL)
                             OR (left_on IS NOT NULL AND leave_reason IN
                                 ('completed', 'withdrew', 'moved', 'transferred', 'programme_ended',
                                  'other'))),
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    left_at      TEXT,
    left_by      TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    CHECK (case_id IS NOT NULL OR person_id IS NOT NULL)
);
CREATE INDEX programme_enrolments_programme ON programme_enrolments (programme_id, joined_on);
CREATE INDEX programme_enrolments_case ON programme_enrolments (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX programme_enrolments_person ON programme_enrolments (person_id) WHERE person_id IS NOT NULL;
CREATE TRIGGER programme_enrolments_no_delete BEFORE DELETE ON programme_enrolments
BEGIN
    SELECT RAISE(ABORT, 'enrolments are never deleted');
END;
-- Only leaving, once: the dates an enrolment had stay as they were.
CREATE TRIGGER programme_enrolments_guard BEFORE UPDATE ON programme_enrolments
WHEN NEW.id IS NOT OLD.id
  OR NEW.programme_id IS NOT OLD.programme_id
  OR NEW.case_id IS NOT OLD.case_id
  OR NEW.person_id IS NOT OLD.person_id
  OR NEW.joined_on IS NOT OLD.joined_on
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
  OR OLD.left_on IS NOT NULL
  OR NEW.left_on IS NULL
  OR NEW.version <> OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'an enrolment only ends, once, and keeps its dates');
END;
-- The same case (or, without a case, the same person) is not enrolled twice at overlapping dates.
CREATE TRIGGER programme_enrolments_overlap BEFORE INSERT ON programme_enrolments
WHEN EXISTS (SELECT 1 FROM programme_enrolments e
             WHERE e.programme_id = NEW.programme_id
               AND ((NEW.case_id IS NOT NULL AND e.case_id = NEW.case_id)
                    OR (NEW.case_id IS NULL AND e.case_id IS NULL AND e.person_id = NEW.person_id))
               AND e.joined_on <= coalesce(NEW.left_on, '9999-12-31')
               AND coalesce(e.left_on, '9999-12-31') >= NEW.joined_on)
BEGIN
    SELECT RAISE(ABORT, 'already enrolled in the programme at those dates');
END;
-- Enrolment dates lie inside the programme's period, and only an active programme takes new enrolments.
CREATE TRIGGER programme_enrolments_in_period BEFORE INSERT ON programme_enrolments
WHEN NOT EXISTS (SELECT 1 FROM programmes p
                 WHERE p.id = NEW.programme_id AND p.status = 'active'
                   AND NEW.joined_on >= p.starts_on
                   AND (p.ends_on IS NULL OR NEW.joined_on <= p.ends_on)
                   AND (NEW.left_on IS NULL OR p.ends_on IS NULL OR NEW.left_on <= p.ends_on))
BEGIN
    SELECT RAISE(ABORT, 'an enrolment lies inside the period of an active programme');
END;
CREATE TRIGGER programme_enrolments_leave_in_period BEFORE UPDATE OF left_on ON programme_enrolments
WHEN NEW.left_on IS NOT NULL
 AND EXISTS (SELECT 1 FROM programmes p
             WHERE p.id = NEW.programme_id AND p.ends_on IS NOT NULL AND NEW.left_on > p.ends_on)
BEGIN
    SELECT RAISE(ABORT, 'an enrolment lies inside the period of its programme');
END;
