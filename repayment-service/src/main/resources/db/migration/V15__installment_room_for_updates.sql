-- Every end of day updates the installments in arrears (a late fee each) and every payment updates
-- the ones it pays. With full pages each such update writes a new row version on another page and
-- an entry in each of the table's three indexes; with room left on the page PostgreSQL keeps the
-- new version beside the old one and touches no index (a HOT update), as long as no indexed column
-- changes (a late fee changes none). Applies to pages written from now on; an existing table gets
-- it on a rewrite (VACUUM FULL, or pg_repack without a lock).
ALTER TABLE installment SET (fillfactor = 85);
