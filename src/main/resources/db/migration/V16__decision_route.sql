-- issue #24: the decision route in a town hall — the internal sign-off (Zeichnungsbefugnis), the member's
-- bodies (council and committees) and which of them a council reservation waits for.
alter table akn_member add column sign_off_required boolean default false not null;

create table akn_member_body (
    member_id  varchar(40)  not null,
    position   integer      not null,
    body_id    varchar(40)  not null,
    name       varchar(200) not null,
    kind       varchar(10)  not null,
    constraint akn_member_body_pk primary key (member_id, position),
    constraint akn_member_body_member_fk foreign key (member_id) references akn_member (id),
    constraint akn_member_body_uk unique (member_id, body_id),
    constraint akn_member_body_kind_check check (kind in ('COUNCIL', 'COMMITTEE'))
);

alter table akn_participation add column council_body_id varchar(40);
alter table akn_participation drop constraint akn_participation_status_check;
alter table akn_participation add constraint akn_participation_status_check check (status in
    ('INVITED', 'COSIGNED', 'DECLINED', 'COUNCIL_PENDING', 'SIGNOFF_PENDING', 'NO_RESPONSE'));
