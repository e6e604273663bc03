-- Members as data (issue 13): who decides for a member, its council information system, and the
-- period of its membership. The configuration seeds an empty database only; after that members
-- join and leave through the membership process.
alter table akn_member add column council_body varchar(200);
alter table akn_member add column oparl_body varchar(500);
alter table akn_member add column joined_on date;
alter table akn_member add column left_on date;

-- members an earlier version deactivated (no longer configured) left on the day of that change
update akn_member set left_on = cast(updated_at as date) where active = false;
