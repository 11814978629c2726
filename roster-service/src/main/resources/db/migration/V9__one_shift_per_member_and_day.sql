-- Nobody is on duty twice on one day, at any room, even when two rooms' rosters are generated at once. Deferred to
-- the commit, so that two members exchanging shifts on the same day may pass through a moment where one holds both.
alter table duty_shift add constraint duty_shift_one_per_member_and_day
    unique (member_id, day) deferrable initially deferred;
