-- A member's calendar feed is reached by a secret URL (phone calendars send no bearer token); only its hash is kept.
alter table member add column calendar_feed_hash varchar(64) unique;
