-- How many days back a community lets what happened be typed in from its paper book (1 to 366; 30 by default).
alter table community_case_settings
    add column paper_log_max_age_days int not null default 30
        check (paper_log_max_age_days between 1 and 366);

-- registered_at is when the matter was raised; entered_at and entered_by are when and by whom it was typed in.
alter table cases
    add column entered_at timestamptz,
    add column entered_by varchar(200);
update cases set entered_at = registered_at, entered_by = registered_by;
alter table cases
    alter column entered_at set not null,
    alter column entered_by set not null;

-- A timeline line's at is when it happened; entered_at when it was typed in.
alter table case_timeline add column entered_at timestamptz;
update case_timeline set entered_at = at;
alter table case_timeline alter column entered_at set not null;
