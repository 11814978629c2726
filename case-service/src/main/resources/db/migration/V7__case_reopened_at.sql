-- When a case was last reopened: feedback of the new round cannot have been given before it.
alter table cases add column reopened_at timestamptz;
