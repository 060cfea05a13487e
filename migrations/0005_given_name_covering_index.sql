-- 0005: the given-name search group (surname prefix excluded) reads name_key for every candidate; with it in
-- the index the table is not visited. Measured: first page for "r" on 100,000 persons 23 ms -> 0.27 ms
-- together with the grouped search (docs/benchmarks.md). The released 0001 already creates this index; files
-- made by 0001's first draft have (given_key, id). Dropping and recreating gives every file the same index.
DROP INDEX persons_given_key;
CREATE INDEX persons_given_key ON persons (given_key, name_key);
