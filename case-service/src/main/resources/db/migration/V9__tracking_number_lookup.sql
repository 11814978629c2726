-- Residents look their case up by tracking number alone, across communities (the number carries the community's code).
create index cases_by_tracking_number on cases (tracking_number);
