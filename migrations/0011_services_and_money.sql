-- 0011: services and money. The catalogue of what the office delivers, the services delivered to case members
-- (prestazioni erogate) with their approval, ISEE declarations, budget lines (capitoli) and their movements,
-- honour loans with their plans and repayments, inclusion paths (PIS) with monthly attendance, and work
-- placements (tirocini). Money is integer euro cents everywhere. Nothing here is deleted; every change keeps
-- the version before it.

-- Office settings that are not per user: the SIUSS sender (ente), the PIS attendance rule.
CREATE TABLE office_settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

-- The catalogue. `code` is our stable key; `siuss_code` the national code where it could be confirmed, ''
-- when unknown (never invented). area: '' (the case's area decides), family_minors, disability, poverty: the
-- SIUSS areas utenza 1, 2, 3. A protection path (restricted) makes the case riservato when it is requested.
CREATE TABLE service_catalogue (
    id                   INTEGER PRIMARY KEY,
    code                 TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name                 TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind                 TEXT NOT NULL
        CHECK (kind IN ('service', 'economic_aid', 'loan', 'inclusion', 'work_placement', 'facility')),
    siuss_code           TEXT NOT NULL DEFAULT '',
    area                 TEXT NOT NULL DEFAULT '' CHECK (area IN ('', 'family_minors', 'disability', 'poverty')),
    periodic             INTEGER NOT NULL CHECK (periodic IN (0, 1)),
    means_test           TEXT NOT NULL CHECK (means_test IN ('isee', 'other', 'isee_exempt', 'none')),
    isee_threshold_cents INTEGER CHECK (isee_threshold_cents IS NULL OR isee_threshold_cents >= 0),
    restricted           INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1)),
    retired_on           TEXT,
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    updated_by           TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE service_catalogue_versions (
    catalogue_id INTEGER NOT NULL REFERENCES service_catalogue (id),
    version      INTEGER NOT NULL,
    snapshot     TEXT NOT NULL, -- JSON of the row as it was
    replaced_at  TEXT NOT NULL,
    replaced_by  TEXT NOT NULL,
    PRIMARY KEY (catalogue_id, version)
);
CREATE TRIGGER service_catalogue_no_delete BEFORE DELETE ON service_catalogue
BEGIN
    SELECT RAISE(ABORT, 'catalogue entries are retired, never deleted');
END;
CREATE TRIGGER service_catalogue_guard BEFORE UPDATE ON service_catalogue
WHEN NEW.code IS NOT OLD.code
  OR NEW.kind IS NOT OLD.kind
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.version <> OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'a catalogue entry keeps its code and kind; each change is a new version');
END;
CREATE TRIGGER service_catalogue_keep_version AFTER UPDATE ON service_catalogue
BEGIN
    INSERT INTO service_catalogue_versions (catalogue_id, version, snapshot, replaced_at, replaced_by)
    VALUES (OLD.id, OLD.version,
            json_object('name', OLD.name, 'siuss_code', OLD.siuss_code, 'area', OLD.area, 'periodic', OLD.periodic,
                        'means_test', OLD.means_test, 'isee_threshold_cents', OLD.isee_threshold_cents,
                        'restricted', OLD.restricted, 'retired_on', OLD.retired_on,
                        'updated_at', OLD.updated_at, 'updated_by', OLD.updated_by),
            NEW.updated_at, NEW.updated_by);
END;
CREATE TRIGGER service_catalogue_versions_append_only BEFORE UPDATE ON service_catalogue_versions
BEGIN
    SELECT RAISE(ABORT, 'catalogue versions are kept as they were');
END;
CREATE TRIGGER service_catalogue_versions_no_delete BEFORE DELETE ON service_catalogue_versions
BEGIN
    SELECT RAISE(ABORT, 'catalogue versions are kept as they were');
END;

-- ISEE declarations (DSU). A DSU is valid until 31 December of the year it was filed. Append-only: a new DSU
-- is a new row.
CREATE TABLE isee_declarations (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES persons (id),
    value_cents  INTEGER NOT NULL CHECK (value_cents >= 0),
    dsu_protocol TEXT NOT NULL CHECK (length(trim(dsu_protocol)) > 0),
    filed_on     TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL
);
CREATE INDEX isee_declarations_person ON isee_declarations (person_id, filed_on DESC);
CREATE TRIGGER isee_declarations_no_update BEFORE UPDATE ON isee_declarations
BEGIN
    SELECT RAISE(ABORT, 'an ISEE declaration is kept as it was filed');
END;
CREATE TRIGGER isee_declarations_no_delete BEFORE DELETE ON isee_declarations
BEGIN
    SELECT RAISE(ABORT, 'an ISEE declaration is kept as it was filed');
END;

-- Budget lines (capitoli del PEG), one row per line and year. The amounts live in budget_movements.
CREATE TABLE budget_lines (
    id         INTEGER PRIMARY KEY,
    year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    code       TEXT NOT NULL CHECK (length(trim(code)) > 0), -- the capitolo number
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    assistance INTEGER NOT NULL DEFAULT 0 CHECK (assistance IN (0, 1)), -- bears written-off loans
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (year, code)
);
CREATE TRIGGER budget_lines_no_delete BEFORE DELETE ON budget_lines
BEGIN
    SELECT RAISE(ABORT, 'budget lines are never deleted');
END;
CREATE TRIGGER budget_lines_guard BEFORE UPDATE ON budget_lines
WHEN NEW.year IS NOT OLD.year OR NEW.code IS NOT OLD.code OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'a budget line keeps its year and code');
END;

-- Services delivered (prestazioni erogate), requested for a member of a case.
-- status: requested -> approved | rejected; approved -> active -> concluded; requested | approved | active ->
-- cancelled (a withdrawn request, a revoked grant). Money fields are fixed once the request is decided.
-- The Comune's share is what an economic benefit commits on its budget line when approved.
CREATE TABLE service_deliveries (
    id                    INTEGER PRIMARY KEY,
    case_id               INTEGER NOT NULL REFERENCES cases (id),
    person_id             INTEGER NOT NULL REFERENCES persons (id),
    catalogue_id          INTEGER NOT NULL REFERENCES service_catalogue (id),
    status                TEXT NOT NULL
        CHECK (status IN ('requested', 'approved', 'rejected', 'active', 'concluded', 'cancelled')),
    requested_on          TEXT NOT NULL,
    protocol              TEXT NOT NULL DEFAULT '', -- the application's protocol number
    provider_kind         TEXT NOT NULL DEFAULT 'comune'
        CHECK (provider_kind IN ('comune', 'cooperative', 'association', 'other')),
    provider_name         TEXT NOT NULL DEFAULT '',
    starts_on             TEXT,
    ends_on               TEXT,
    monthly_minutes       INTEGER NOT NULL DEFAULT 0 CHECK (monthly_minutes >= 0), -- hours per month, in minutes
    cost_cents            INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents >= 0), -- total for the period
    monthly_cents         INTEGER NOT NULL DEFAULT 0 CHECK (monthly_cents >= 0), -- periodic benefits
    comune_share_cents    INTEGER NOT NULL DEFAULT 0 CHECK (comune_share_cents >= 0),
    user_share_cents      INTEGER NOT NULL DEFAULT 0 CHECK (user_share_cents >= 0),
    health_share_cents    INTEGER NOT NULL DEFAULT 0 CHECK (health_share_cents >= 0),
    means_test            TEXT NOT NULL CHECK (means_test IN ('isee', 'other', 'isee_exempt', 'none')),
    isee_id               INTEGER REFERENCES isee_declarations (id),
    isee_exemption_reason TEXT NOT NULL DEFAULT '',
    budget_line_id        INTEGER REFERENCES budget_lines (id),
    decided_on            TEXT,
    decided_by            TEXT,
    decision_reason       TEXT NOT NULL DEFAULT '',
    closed_on             TEXT, -- concluded or cancelled
    created_at            TEXT NOT NULL,
    created_by            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    updated_by            TEXT NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1,
    CHECK (comune_share_cents + user_share_cents + health_share_cents = cost_cents),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX service_deliveries_case ON service_deliveries (case_id, requested_on DESC, id DESC);
CREATE INDEX service_deliveries_person ON service_deliveries (person_id, requested_on DESC, id DESC);
CREATE INDEX service_deliveries_status ON service_deliveries (status, requested_on);
CREATE INDEX service_deliveries_period ON service_deliveries (starts_on, ends_on);

CREATE TABLE service_delivery_versions (
    delivery_id INTEGER NOT NULL REFERENCES service_deliveries (id),
    version     INTEGER NOT NULL,
    snapshot    TEXT NOT NULL, -- JSON of the row as it was
    replaced_at TEXT NOT NULL,
    replaced_by TEXT NOT NULL,
    PRIMARY KEY (delivery_id, version)
);
CREATE TRIGGER service_deliveries_no_delete BEFORE DELETE ON service_deliveries
BEGIN
    SELECT RAISE(ABORT, 'services delivered are never deleted');
END;
CREATE TRIGGER service_deliveries_guard BEFORE UPDATE ON service_deliveries
WHEN NEW.case_id IS NOT OLD.case_id
  OR NEW.person_id IS NOT OLD.person_id
  OR NEW.catalogue_id IS NOT OLD.catalogue_id
  OR NEW.created_at IS NOT OLD.created_at
  OR NEW.version <> OLD.version + 1
  OR OLD.status IN ('rejected', 'concluded', 'cancelled')
  OR (OLD.status <> 'requested'
      AND (NEW.cost_cents IS NOT OLD.cost_cents
        OR NEW.monthly_cents IS NOT OLD.monthly_cents
        OR NEW.comune_share_cents IS NOT OLD.comune_share_cents
        OR NEW.user_share_cents IS NOT OLD.user_share_cents
        OR NEW.health_share_cents IS NOT OLD.health_share_cents
        OR NEW.budget_line_id IS NOT OLD.budget_line_id
        OR NEW.means_test IS NOT OLD.means_test
        OR NEW.isee_id IS NOT OLD.isee_id
        OR NEW.decided_on IS NOT OLD.decided_on
        OR NEW.decided_by IS NOT OLD.decided_by))
BEGIN
    SELECT RAISE(ABORT, 'a decided service keeps its money and decision; a closed one stays as it was closed');
END;
CREATE TRIGGER service_deliveries_keep_version AFTER UPDATE ON service_deliveries
BEGIN
    INSERT INTO service_delivery_versions (delivery_id, version, snapshot, replaced_at, replaced_by)
    VALUES (OLD.id, OLD.version,
            json_object('status', OLD.status, 'protocol', OLD.protocol, 'provider_kind', OLD.provider_kind,
                        'provider_name', OLD.provider_name, 'starts_on', OLD.starts_on, 'ends_on', OLD.ends_on,
                        'monthly_minutes', OLD.monthly_minutes, 'cost_cents', OLD.cost_cents,
                        'monthly_cents', OLD.monthly_cents, 'comune_share_cents', OLD.comune_share_cents,
                        'user_share_cents', OLD.user_share_cents, 'health_share_cents', OLD.health_share_cents,
                        'means_test', OLD.means_test, 'isee_id', OLD.isee_id,
                        'isee_exemption_reason', OLD.isee_exemption_reason, 'budget_line_id', OLD.budget_line_id,
                        'decided_on', OLD.decided_on, 'decided_by', OLD.decided_by,
                        'decision_reason', OLD.decision_reason, 'closed_on', OLD.closed_on,
                        'updated_at', OLD.updated_at, 'updated_by', OLD.updated_by),
            NEW.updated_at, NEW.updated_by);
END;
CREATE TRIGGER service_delivery_versions_append_only BEFORE UPDATE ON service_delivery_versions
BEGIN
    SELECT RAISE(ABORT, 'service versions are kept as they were');
END;
CREATE TRIGGER service_delivery_versions_no_delete BEFORE DELETE ON service_delivery_versions
BEGIN
    SELECT RAISE(ABORT, 'service versions are kept as they were');
END;

-- Every euro of a budget line, as movements (amount_cents > 0; the kind gives the sign):
--   allocation  +/- the yearly allocation (a variation may be negative: amount_cents < 0 only here)
--   commitment  money set aside for an approved benefit (impegno)
--   payment     money paid out of a commitment (liquidazione)
--   release     a commitment given back (a cancelled grant, what was left unpaid at its end)
--   override    a zone manager's recorded authorisation to spend beyond the allocation, with its reason
--   write_off   an honour loan's unrecovered remainder, borne by the assistance line
-- A line's figures: committed = commitments - payments - releases; paid = payments + write-offs;
-- available = allocation - committed - paid, never below minus the overrides.
CREATE TABLE budget_movements (
    id           INTEGER PRIMARY KEY,
    line_id      INTEGER NOT NULL REFERENCES budget_lines (id),
    kind         TEXT NOT NULL
        CHECK (kind IN ('allocation', 'commitment', 'payment', 'release', 'override', 'write_off')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0 OR (kind = 'allocation' AND amount_cents <> 0)),
    delivery_id  INTEGER REFERENCES service_deliveries (id),
    on_date      TEXT NOT NULL, -- the date of the act (the payment's value date, the decision's date)
    period       TEXT NOT NULL DEFAULT '', -- 'YYYY-MM' for a monthly payment
    reference    TEXT NOT NULL DEFAULT '', -- mandate or act number
    reason       TEXT NOT NULL DEFAULT '',
    at           TEXT NOT NULL, -- UTC
    by           TEXT NOT NULL,
    CHECK (kind NOT IN ('commitment', 'payment', 'release') OR delivery_id IS NOT NULL),
    CHECK (kind NOT IN ('override', 'write_off') OR length(trim(reason)) > 0)
);
CREATE INDEX budget_movements_line ON budget_movements (line_id, kind);
CREATE INDEX budget_movements_delivery ON budget_movements (delivery_id, kind);
CREATE INDEX budget_movements_date ON budget_movements (on_date, kind);
CREATE TRIGGER budget_movements_no_update BEFORE UPDATE ON budget_movements
BEGIN
    SELECT RAISE(ABORT, 'budget movements are append-only: a correction is a new movement');
END;
CREATE TRIGGER budget_movements_no_delete BEFORE DELETE ON budget_movements
BEGIN
    SELECT RAISE(ABORT, 'budget movements are append-only: a correction is a new movement');
END;

-- Honour loans (prestiti sull'onore): zero interest. The plan is fixed when the loan is set up; the last
-- instalment absorbs the rounding. Repayments are money coming back, not budget movements.
CREATE TABLE loans (
    delivery_id          INTEGER PRIMARY KEY REFERENCES service_deliveries (id),
    principal_cents      INTEGER NOT NULL CHECK (principal_cents > 0),
    status               TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'repaid', 'written_off')),
    written_off_cents    INTEGER NOT NULL DEFAULT 0 CHECK (written_off_cents >= 0),
    written_off_on       TEXT,
    write_off_reason     TEXT NOT NULL DEFAULT '',
    write_off_line_id    INTEGER REFERENCES budget_lines (id),
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE loan_instalments (
    id           INTEGER PRIMARY KEY,
    delivery_id  INTEGER NOT NULL REFERENCES loans (delivery_id),
    number       INTEGER NOT NULL CHECK (number > 0),
    due_on       TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    UNIQUE (delivery_id, number)
);
CREATE TABLE loan_repayments (
    id           INTEGER PRIMARY KEY,
    delivery_id  INTEGER NOT NULL REFERENCES loans (delivery_id),
    paid_on      TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    reference    TEXT NOT NULL DEFAULT '',
    at           TEXT NOT NULL,
    by           TEXT NOT NULL
);
CREATE INDEX loan_repayments_loan ON loan_repayments (delivery_id, paid_on);
CREATE TRIGGER loans_no_delete BEFORE DELETE ON loans
BEGIN
    SELECT RAISE(ABORT, 'loans are never deleted');
END;
CREATE TRIGGER loans_guard BEFORE UPDATE ON loans
WHEN NEW.principal_cents IS NOT OLD.principal_cents
  OR NEW.created_at IS NOT OLD.created_at
  OR OLD.status <> 'open'
  OR NEW.version <> OLD.version + 1
BEGIN
    SELECT RAISE(ABORT, 'a loan keeps its principal; a repaid or written-off loan stays closed');
END;
CREATE TRIGGER loan_instalments_no_update BEFORE UPDATE ON loan_instalments
BEGIN
    SELECT RAISE(ABORT, 'a loan plan is kept as it was agreed');
END;
CREATE TRIGGER loan_instalments_no_delete BEFORE DELETE ON loan_instalments
BEGIN
    SELECT RAISE(ABORT, 'a loan plan is kept as it was agreed');
END;
CREATE TRIGGER loan_repayments_no_update BEFORE UPDATE ON loan_repayments
BEGIN
    SELECT RAISE(ABORT, 'repayments are append-only');
END;
CREATE TRIGGER loan_repayments_no_delete BEFORE DELETE ON loan_repayments
BEGIN
    SELECT RAISE(ABORT, 'repayments are append-only');
END;

-- Percorsi di inclusione sociale (PIS): an agreed activity that is not employment, followed by an educator,
-- with a monthly subsidy that follows the month's attendance under the office's rule (office_settings).
CREATE TABLE inclusion_paths (
    delivery_id           INTEGER PRIMARY KEY REFERENCES service_deliveries (id),
    activity              TEXT NOT NULL CHECK (length(trim(activity)) > 0),
    educator_worker_id    INTEGER REFERENCES workers (id),
    monthly_subsidy_cents INTEGER NOT NULL CHECK (monthly_subsidy_cents >= 0),
    created_at            TEXT NOT NULL,
    created_by            TEXT NOT NULL
);
CREATE TABLE inclusion_attendance (
    delivery_id      INTEGER NOT NULL REFERENCES inclusion_paths (delivery_id),
    month            TEXT NOT NULL CHECK (length(month) = 7), -- YYYY-MM
    planned_hours    INTEGER NOT NULL CHECK (planned_hours > 0),
    attended_hours   INTEGER NOT NULL CHECK (attended_hours >= 0 AND attended_hours <= planned_hours),
    subsidy_cents    INTEGER NOT NULL CHECK (subsidy_cents >= 0), -- what the rule gave for the month
    rule             TEXT NOT NULL, -- the rule applied, as it was then
    recorded_at      TEXT NOT NULL,
    recorded_by      TEXT NOT NULL,
    PRIMARY KEY (delivery_id, month)
);
CREATE TRIGGER inclusion_paths_no_delete BEFORE DELETE ON inclusion_paths
BEGIN
    SELECT RAISE(ABORT, 'inclusion paths are never deleted');
END;
CREATE TRIGGER inclusion_attendance_no_update BEFORE UPDATE ON inclusion_attendance
BEGIN
    SELECT RAISE(ABORT, 'a month''s attendance is kept as it was recorded');
END;
CREATE TRIGGER inclusion_attendance_no_delete BEFORE DELETE ON inclusion_attendance
BEGIN
    SELECT RAISE(ABORT, 'a month''s attendance is kept as it was recorded');
END;

-- Tirocini (work placements): host, tutor, insurance, hours and the monthly expense reimbursement.
CREATE TABLE work_placements (
    delivery_id                 INTEGER PRIMARY KEY REFERENCES service_deliveries (id),
    host_organisation           TEXT NOT NULL CHECK (length(trim(host_organisation)) > 0),
    tutor                       TEXT NOT NULL DEFAULT '',
    insurance_policy            TEXT NOT NULL DEFAULT '',
    weekly_hours                INTEGER NOT NULL CHECK (weekly_hours > 0),
    monthly_reimbursement_cents INTEGER NOT NULL CHECK (monthly_reimbursement_cents >= 0),
    created_at                  TEXT NOT NULL,
    created_by                  TEXT NOT NULL
);
CREATE TRIGGER work_placements_no_delete BEFORE DELETE ON work_placements
BEGIN
    SELECT RAISE(ABORT, 'work placements are never deleted');
END;

-- The catalogue as seeded from the services these offices deliver (docs/decisions/0010). SIUSS codes only
-- where a confirmed code names the same benefit; '' otherwise.
INSERT INTO service_catalogue (code, name, kind, siuss_code, area, periodic, means_test, isee_threshold_cents,
                               restricted, created_at, created_by, updated_at, updated_by)
SELECT column1, column2, column3, column4, column5, column6, column7, column8, column9,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'system', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'system'
FROM (VALUES
    ('servizio_sociale_professionale', 'Servizio sociale professionale', 'service', '', '', 1, 'none', NULL, 0),
    ('segretariato_sociale', 'Segretariato sociale', 'service', '', '', 0, 'none', NULL, 0),
    ('pronto_intervento_sociale', 'Pronto intervento sociale', 'service', '', '', 0, 'none', NULL, 0),
    ('adm', 'Assistenza domiciliare minori (ADM)', 'service', 'A2.02', 'family_minors', 1, 'other', NULL, 0),
    ('adh', 'Assistenza domiciliare handicap (ADH)', 'service', 'A2.07', 'disability', 1, 'isee', NULL, 0),
    ('sad', 'Servizio di assistenza domiciliare (SAD)', 'service', 'A2.07', 'disability', 1, 'isee', NULL, 0),
    ('sostegno_educativo_scolastico', 'Sostegno educativo scolastico', 'service', 'A2.11', 'family_minors', 1,
     'none', NULL, 0),
    ('servizi_ausiliari', 'Servizi ausiliari (accompagnamenti, trasporti sociali)', 'service', '', '', 1,
     'isee', NULL, 0),
    ('mediazione_sociale_alloggiativa', 'Mediazione sociale e alloggiativa', 'service', '', 'poverty', 0, 'none',
     NULL, 0),
    ('centro_estivo', 'Centro estivo', 'service', '', 'family_minors', 0, 'isee', NULL, 0),
    ('mensa_sociale', 'Mensa sociale', 'service', 'A2.01', 'poverty', 1, 'none', NULL, 0),
    ('buoni_alimentari', 'Buoni alimentari', 'economic_aid', 'A1.06', 'poverty', 0, 'isee', 900000, 0),
    ('pagamento_bollette', 'Pagamento bollette', 'economic_aid', 'A1.04', 'poverty', 0, 'isee', 900000, 0),
    ('sussidio_continuativo', 'Sussidio continuativo', 'economic_aid', 'A1.04', 'poverty', 1, 'isee', 750000, 0),
    ('sussidio_temporaneo', 'Sussidio temporaneo', 'economic_aid', 'A1.04', 'poverty', 1, 'isee', 900000, 0),
    ('contributo_straordinario', 'Contributo straordinario (eventi eccezionali)', 'economic_aid', 'A1.04',
     'poverty', 0, 'other', NULL, 0),
    ('prestito_onore', 'Prestito sull''onore', 'loan', 'A1.17', 'poverty', 0, 'isee', 1500000, 0),
    ('pis', 'Percorso di inclusione sociale (PIS)', 'inclusion', '', 'poverty', 1, 'isee', 900000, 0),
    ('tirocinio', 'Tirocinio di inserimento lavorativo', 'work_placement', 'A1.18', 'poverty', 1, 'other', NULL,
     0),
    ('lavori_socialmente_utili', 'Lavori socialmente utili', 'work_placement', '', 'poverty', 1, 'other', NULL,
     0),
    ('sfd_accoglienza_notturna', 'Senza fissa dimora: accoglienza notturna', 'facility', '', 'poverty', 0, 'none',
     NULL, 0),
    ('sfd_beni_prima_necessita', 'Senza fissa dimora: beni di prima necessità', 'economic_aid', '', 'poverty', 0,
     'none', NULL, 0),
    ('sfd_titolo_viaggio', 'Senza fissa dimora: titolo di viaggio', 'economic_aid', 'A1.16', 'poverty', 0, 'none',
     NULL, 0),
    ('sfd_rimborso_associazione', 'Senza fissa dimora: rimborso ad associazione', 'economic_aid', '', 'poverty', 0,
     'none', NULL, 0),
    ('protezione_accoglienza', 'Protezione sociale: accoglienza in struttura protetta', 'facility', 'A3.02',
     'poverty', 1, 'none', NULL, 1),
    ('protezione_alfabetizzazione', 'Protezione sociale: alfabetizzazione', 'service', '', 'poverty', 1, 'none',
     NULL, 1),
    ('protezione_inserimento_lavorativo', 'Protezione sociale: inserimento lavorativo', 'work_placement', 'A2.09',
     'poverty', 1, 'none', NULL, 1),
    ('assistenza_post_penitenziaria', 'Assistenza post-penitenziaria', 'service', '', 'poverty', 1, 'none', NULL,
     0),
    ('affidamento_in_prova', 'Affidamento in prova ai servizi sociali', 'service', '', 'poverty', 1, 'none', NULL,
     0),
    ('struttura_residenziale', 'Inserimento in struttura residenziale', 'facility', 'A3.02', '', 1, 'isee', NULL,
     0),
    ('struttura_semiresidenziale', 'Inserimento in struttura semiresidenziale o centro diurno', 'facility',
     'A3.01', '', 1, 'isee', NULL, 0)
);

INSERT INTO office_settings (key, value, updated_at, updated_by)
VALUES ('pis_attendance_rule', '{"minimum_percent":50,"full_percent":90}', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
        'system');
