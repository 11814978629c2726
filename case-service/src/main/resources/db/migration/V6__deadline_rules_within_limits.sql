-- Deadline rules run 1h to 240h or 1wd to 30wd. Rules set before that limit (up to 365 of either) would no longer
-- be read, and every case of their category and urgency would fail to register: they are cut to the longest allowed.
update deadline_rule set first_contact = '240h'
where first_contact ~ '^[0-9]+h$' and cast(substring(first_contact from '^[0-9]+') as int) > 240;
update deadline_rule set first_contact = '30wd'
where first_contact ~ '^[0-9]+wd$' and cast(substring(first_contact from '^[0-9]+') as int) > 30;
update deadline_rule set feedback = '240h'
where feedback ~ '^[0-9]+h$' and cast(substring(feedback from '^[0-9]+') as int) > 240;
update deadline_rule set feedback = '30wd'
where feedback ~ '^[0-9]+wd$' and cast(substring(feedback from '^[0-9]+') as int) > 30;
