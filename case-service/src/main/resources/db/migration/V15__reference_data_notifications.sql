-- Registration serves a community's reference data (its code, grids and rooms, deadline rules, local closures, who is
-- on duty) from each instance's memory. Every committed change to those rows, by whichever writer, notifies every
-- instance on the channel case_reference_data with the community's id, so that each drops its copy. A transaction's
-- repeated notifications of one community are sent once.
create function notify_reference_data_changed() returns trigger language plpgsql as $$
declare
    before_change text := to_jsonb(old) ->> tg_argv[0];
    after_change  text := to_jsonb(new) ->> tg_argv[0];
begin
    if after_change is not null then
        perform pg_notify('case_reference_data', after_change);
    end if;
    if before_change is not null and before_change is distinct from after_change then
        perform pg_notify('case_reference_data', before_change);
    end if;
    return null;
end
$$;

create trigger known_community_changed after insert or update or delete on known_community
    for each row execute function notify_reference_data_changed('id');
create trigger deadline_rule_changed after insert or update or delete on deadline_rule
    for each row execute function notify_reference_data_changed('community_id');
create trigger community_closure_changed after insert or update or delete on community_closure
    for each row execute function notify_reference_data_changed('community_id');
create trigger duty_shift_changed after insert or update or delete on duty_shift
    for each row execute function notify_reference_data_changed('community_id');
create trigger roster_member_changed after insert or update or delete on roster_member
    for each row execute function notify_reference_data_changed('community_id');
create trigger known_grid_changed after insert or update or delete on known_grid
    for each row execute function notify_reference_data_changed('community_id');
create trigger known_room_changed after insert or update or delete on known_room
    for each row execute function notify_reference_data_changed('community_id');
