-- 0005: the given-name search group (surname prefix excluded) reads name_key for every candidate; with it in
-- the index the table is not visited. Measured: first page for "r" on 100,000 persons 23 ms -> 0.27 ms
-- together with the grouped search (docs/benchmarks.md).
DROP INDEX persons_given_key;
CREATE INDEX persons_given_key ON persons (given_key, name_key);
