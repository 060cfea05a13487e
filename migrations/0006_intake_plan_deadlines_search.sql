-- 0006: segretariato sociale (intake contacts), the individual project (PAI: objectives, actions, reviews),
-- deadlines, the closure reason as a code in the history, and full-text search over diary, case notes and
-- intake requests.

-- The history row of a closure carries its reason as a code (the note keeps what the user wrote).
ALTER TABLE case_events ADD COLUMN reason_code TEXT NOT NULL DEFAULT '';

-- A first contact. Evidence like the diary: its words are never rewritten; only the outcome moves on when a
-- case is opened from it (see intakes_guard).
CREATE TABLE intakes (
    id                INTEGER PRIMARY KEY,
    contact_date      TEXT NOT NULL,
    channel           TEXT NOT NULL, -- in_person, phone, email, referral
    area              TEXT NOT NULL,
    municipality_code TEXT NOT NULL DEFAULT '',
    visitor           TEXT NOT NULL DEFAULT '', -- who came, when not (yet) in the registry
    request           TEXT NOT NULL CHECK (length(trim(request)) > 0),
    response          TEXT NOT NULL DEFAULT '', -- information or orientation given
    outcome           TEXT NOT NULL, -- information, referred, case_opened
    referred_to       TEXT NOT NULL DEFAULT '',
    case_id           INTEGER REFERENCES cases (id),
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX intakes_date ON intakes (contact_date DESC, id DESC);
CREATE INDEX intakes_outcome ON intakes (outcome, contact_date DESC, id DESC);

CREATE TABLE intake_persons (
    intake_id INTEGER NOT NULL REFERENCES intakes (id),
    person_id INTEGER NOT NULL REFERENCES persons (id),
    PRIMARY KEY (intake_id, person_id)
);
CREATE INDEX intake_persons_person ON intake_persons (person_id);

CREATE TRIGGER intakes_no_delete BEFORE DELETE ON intakes
BEGIN
    SELECT RAISE(ABORT, 'intake contacts are never deleted');
END;
CREATE TRIGGER intakes_guard BEFORE UPDATE ON intakes
WHEN NEW.contact_date IS NOT OLD.contact_date
  OR NEW.channel IS NOT OLD.channel
  OR NEW.visitor IS NOT OLD.visitor
  OR NEW.request IS NOT OLD.request
  OR NEW.response IS NOT OLD.response
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
  OR (OLD.case_id IS NOT NULL AND NEW.case_id IS NOT OLD.case_id)
  OR NEW.version <> OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'an intake keeps its words; only its outcome moves on');
END;
CREATE TRIGGER intake_persons_no_delete BEFORE DELETE ON intake_persons
BEGIN
    SELECT RAISE(ABORT, 'intake people are not deleted');
END;

-- The project (PAI) of a case: its planned end date. One row per case, made on first use.
CREATE TABLE care_plans (
    case_id        INTEGER PRIMARY KEY REFERENCES cases (id),
    planned_end_on TEXT,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE care_objectives (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    status      TEXT NOT NULL, -- active, reached, dropped
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX care_objectives_case ON care_objectives (case_id, id);

CREATE TABLE care_actions (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    objective_id    INTEGER NOT NULL REFERENCES care_objectives (id),
    what            TEXT NOT NULL CHECK (length(trim(what)) > 0),
    owner_worker_id INTEGER NOT NULL REFERENCES workers (id),
    due_on          TEXT,
    status          TEXT NOT NULL, -- planned, in_progress, done, cancelled
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX care_actions_case ON care_actions (case_id, objective_id, id);

-- Verifiche: append-only.
CREATE TABLE care_reviews (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id),
    review_date    TEXT NOT NULL,
    outcome        TEXT NOT NULL CHECK (length(trim(outcome)) > 0),
    next_review_on TEXT,
    recorded_at    TEXT NOT NULL,
    recorded_by    TEXT NOT NULL
);
CREATE INDEX care_reviews_case ON care_reviews (case_id, review_date DESC, id DESC);

CREATE TRIGGER care_objectives_no_delete BEFORE DELETE ON care_objectives
BEGIN
    SELECT RAISE(ABORT, 'objectives are closed, never deleted');
END;
CREATE TRIGGER care_actions_no_delete BEFORE DELETE ON care_actions
BEGIN
    SELECT RAISE(ABORT, 'actions are cancelled, never deleted');
END;
CREATE TRIGGER care_reviews_no_update BEFORE UPDATE ON care_reviews
BEGIN
    SELECT RAISE(ABORT, 'reviews are append-only');
END;
CREATE TRIGGER care_reviews_no_delete BEFORE DELETE ON care_reviews
BEGIN
    SELECT RAISE(ABORT, 'reviews are append-only');
END;

-- Scadenze. Derived ones name their source (an action, a review, the project's planned end); one open
-- deadline per source at most.
CREATE TABLE deadlines (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    source          TEXT NOT NULL, -- manual, action, review, planned_end
    source_id       INTEGER NOT NULL DEFAULT 0,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    due_on          TEXT NOT NULL,
    owner_worker_id INTEGER NOT NULL REFERENCES workers (id),
    state           TEXT NOT NULL DEFAULT 'open', -- open, done, cancelled
    closed_on       TEXT,
    closed_at       TEXT,
    closed_by       TEXT,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX deadlines_owner_open ON deadlines (owner_worker_id, state, due_on);
CREATE INDEX deadlines_case ON deadlines (case_id, state, due_on);
CREATE INDEX deadlines_open_due ON deadlines (state, due_on);
CREATE UNIQUE INDEX deadlines_one_open_per_source ON deadlines (source, source_id)
    WHERE state = 'open' AND source <> 'manual';
-- The partial index above cannot serve "source = ? AND source_id = ?" with bound values; this one does.
CREATE INDEX deadlines_source ON deadlines (source, source_id, state);

CREATE TRIGGER deadlines_no_delete BEFORE DELETE ON deadlines
BEGIN
    SELECT RAISE(ABORT, 'deadlines are completed or cancelled, never deleted');
END;
CREATE TRIGGER deadlines_guard BEFORE UPDATE ON deadlines
WHEN NEW.case_id IS NOT OLD.case_id
  OR NEW.source IS NOT OLD.source
  OR NEW.source_id IS NOT OLD.source_id
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
  OR OLD.state <> 'open'
  OR NEW.version <> OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'a closed deadline stays as it was closed');
END;

-- Full-text search. rowid = record id * 4 + kind (1 diary entry, 2 case notes, 3 intake), so that a record's
-- row is replaced by rowid. unicode61 with remove_diacritics 2 makes "perché" match "perche".
CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER search_diary AFTER INSERT ON diary_versions
BEGIN
    DELETE FROM search_index WHERE rowid = NEW.entry_id * 4 + 1;
    INSERT INTO search_index (rowid, body) VALUES (NEW.entry_id * 4 + 1, NEW.text);
END;
CREATE TRIGGER search_case_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO search_index (rowid, body) VALUES (NEW.id * 4 + 2, NEW.notes);
END;
CREATE TRIGGER search_case_notes AFTER UPDATE OF notes ON cases
WHEN NEW.notes IS NOT OLD.notes
BEGIN
    DELETE FROM search_index WHERE rowid = NEW.id * 4 + 2;
    INSERT INTO search_index (rowid, body) VALUES (NEW.id * 4 + 2, NEW.notes);
END;
CREATE TRIGGER search_intake AFTER INSERT ON intakes
BEGIN
    INSERT INTO search_index (rowid, body) VALUES (NEW.id * 4 + 3, NEW.request || char(10) || NEW.response);
END;

INSERT INTO search_index (rowid, body)
SELECT e.id * 4 + 1, v.text
FROM diary_entries e JOIN diary_versions v ON v.entry_id = e.id AND v.version = e.current_version;
INSERT INTO search_index (rowid, body) SELECT id * 4 + 2, notes FROM cases;
