-- One hotline reference is one case in a community, however close together its requests arrive: the check before
-- registering cannot see a registration that has not committed yet, this index can.
-- Cases registered twice for one reference before the index existed keep their data; all but the first get the
-- reference marked as a repeat (…#2, #3), so the index can be built and the first keeps answering for the hotline.
with repeats as (
    select id, row_number() over (partition by community_id, hotline_reference order by registered_at, id) as n
    from cases where hotline_reference is not null
)
update cases c set hotline_reference = left(c.hotline_reference, 90) || '#' || r.n
from repeats r where c.id = r.id and r.n > 1;

create unique index cases_by_hotline_reference on cases (community_id, hotline_reference)
    where hotline_reference is not null;
