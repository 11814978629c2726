-- A figure query asks for one category and channel (or '*', the rows for all) of many communities and months. Keyed
-- by community and month first, the primary keys made it read every category's and channel's rows of those months
-- (171,000 at 200,000 cases) to keep the 2,400 it wanted; these find them directly.
create index case_month_tally_by_dimension on case_month_tally (category, channel, community_id, month);
create index case_flow_month_tally_by_dimension on case_flow_month_tally (category, channel, community_id, month);
