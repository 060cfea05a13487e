-- Tutela Minori: court reports (relazioni all'autorità giudiziaria). A report is never rewritten: every save
-- appends a version (title, Markdown text, the decree it answers), and every PDF exported from a version is
-- filed with its bytes, date and author. Versions and filed exports are append-only; a report's row only moves
-- its current version forward onto a version that exists. See docs/decisions/0017-court-reports.md.
-- (Numbered 0013 on its branch because the migrator test refuses gaps; renumber at merge.)

CREATE TABLE court_reports (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id),
    current_version INTEGER NOT NULL DEFAULT 1 CHECK (current_version >= 1),
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL
);
CREATE INDEX court_reports_case ON court_reports (case_id, id);

CREATE TABLE court_report_versions (
    report_id  INTEGER NOT NULL REFERENCES court_reports (id),
    version    INTEGER NOT NULL CHECK (version >= 1),
    mandate_id INTEGER REFERENCES court_mandates (id),
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    body       TEXT NOT NULL CHECK (length(trim(body)) > 0), -- Markdown
    saved_at   TEXT NOT NULL,
    saved_by   TEXT NOT NULL,
    PRIMARY KEY (report_id, version)
);
-- Versions come one after the other: the first is 1, each next one follows the current one.
CREATE TRIGGER court_report_versions_in_order BEFORE INSERT ON court_report_versions
WHEN NEW.version <> coalesce((SELECT max(version) FROM court_report_versions WHERE report_id = NEW.report_id),
                             0) + 1
BEGIN
    SELECT RAISE(ABORT, 'court report versions are appended in order');
END;
CREATE TRIGGER court_report_versions_no_update BEFORE UPDATE ON court_report_versions
BEGIN
    SELECT RAISE(ABORT, 'court report versions are never changed');
END;
CREATE TRIGGER court_report_versions_no_delete BEFORE DELETE ON court_report_versions
BEGIN
    SELECT RAISE(ABORT, 'court report versions are never deleted');
END;

CREATE TRIGGER court_reports_no_delete BEFORE DELETE ON court_reports
BEGIN
    SELECT RAISE(ABORT, 'court reports are never deleted');
END;
CREATE TRIGGER court_reports_guard BEFORE UPDATE ON court_reports
WHEN NEW.id IS NOT OLD.id
  OR NEW.case_id IS NOT OLD.case_id
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
  OR NEW.current_version <> OLD.current_version + 1
  OR NOT EXISTS (SELECT 1 FROM court_report_versions v
                 WHERE v.report_id = OLD.id AND v.version = NEW.current_version)
BEGIN
    SELECT RAISE(ABORT, 'a court report only moves to its next saved version');
END;

-- A PDF made from one version, filed in the case: the bytes themselves, so the case keeps the document.
CREATE TABLE court_report_exports (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL,
    version   INTEGER NOT NULL,
    pdf       BLOB NOT NULL CHECK (length(pdf) > 4 AND substr(pdf, 1, 4) = X'25504446'), -- "%PDF"
    sha256    TEXT NOT NULL CHECK (length(sha256) = 64),
    file_name TEXT NOT NULL DEFAULT '',
    filed_at  TEXT NOT NULL,
    filed_by  TEXT NOT NULL,
    FOREIGN KEY (report_id, version) REFERENCES court_report_versions (report_id, version)
);
CREATE INDEX court_report_exports_report ON court_report_exports (report_id, id);
CREATE TRIGGER court_report_exports_no_update BEFORE UPDATE ON court_report_exports
BEGIN
    SELECT RAISE(ABORT, 'a filed court report is never changed');
END;
CREATE TRIGGER court_report_exports_no_delete BEFORE DELETE ON court_report_exports
BEGIN
    SELECT RAISE(ABORT, 'a filed court report is never deleted');
END;
