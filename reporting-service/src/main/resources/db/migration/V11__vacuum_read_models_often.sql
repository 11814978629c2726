-- The read models change with every event: a tally row is rewritten many times a minute, and a case's fact row with
-- each step of the case. PostgreSQL's default waits for a fifth of a table to be dead or new before vacuuming it;
-- meanwhile each figure query steps over the dead versions (the tallies' took 45 ms instead of 10 at 500,000 cases)
-- and overdue work's index-only scan fetches rows the visibility map no longer vouches for.
alter table case_fact set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02,
                           autovacuum_analyze_scale_factor = 0.02);
alter table case_month_tally set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
alter table case_flow_month_tally set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
alter table case_deadline_tally set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
