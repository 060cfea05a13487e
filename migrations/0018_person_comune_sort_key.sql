-- 0018: sorting the persons list by Comune without joining the ISTAT table. Sorting 100,000 persons by the
-- Comune's name joined `municipalities` and sorted every row (45 ms for the first page); the folded name of
-- the residence Comune is now kept on the person ('' when none or unknown) and indexed with the id, so the
-- first page is an ordered index range like the other columns (docs/benchmarks.md). Triggers keep it in step
-- with the person's residence and with the reference list, which the program refreshes on open.

ALTER TABLE persons ADD COLUMN residence_sort_key TEXT NOT NULL DEFAULT '';

UPDATE persons
SET residence_sort_key = coalesce((SELECT m.name_key FROM municipalities m
                                   WHERE m.istat_code = persons.residence_municipality), '');

CREATE INDEX persons_residence_sort ON persons (residence_sort_key, id);
CREATE INDEX persons_residence_municipality ON persons (residence_municipality);

CREATE TRIGGER persons_residence_sort_on_insert AFTER INSERT ON persons
BEGIN
    UPDATE persons
    SET residence_sort_key = coalesce((SELECT m.name_key FROM municipalities m
                                       WHERE m.istat_code = NEW.residence_municipality), '')
    WHERE id = NEW.id;
END;

CREATE TRIGGER persons_residence_sort_on_move AFTER UPDATE OF residence_municipality ON persons
WHEN NEW.residence_municipality IS NOT OLD.residence_municipality
BEGIN
    UPDATE persons
    SET residence_sort_key = coalesce((SELECT m.name_key FROM municipalities m
                                       WHERE m.istat_code = NEW.residence_municipality), '')
    WHERE id = NEW.id;
END;

CREATE TRIGGER municipalities_sort_on_insert AFTER INSERT ON municipalities
BEGIN
    UPDATE persons SET residence_sort_key = NEW.name_key WHERE residence_municipality = NEW.istat_code;
END;

CREATE TRIGGER municipalities_sort_on_delete AFTER DELETE ON municipalities
BEGIN
    UPDATE persons SET residence_sort_key = '' WHERE residence_municipality = OLD.istat_code;
END;

CREATE TRIGGER municipalities_sort_on_update AFTER UPDATE OF istat_code, name_key ON municipalities
BEGIN
    UPDATE persons SET residence_sort_key = '' WHERE residence_municipality = OLD.istat_code;
    UPDATE persons SET residence_sort_key = NEW.name_key WHERE residence_municipality = NEW.istat_code;
END;
