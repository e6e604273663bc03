-- Members of the alliance and its strategic partner (seeded from alliance.members).
create table akn_member (
    id          varchar(40)  not null primary key,
    name        varchar(200) not null,
    kind        varchar(20)  not null,
    population  integer,
    email       varchar(320),
    active      boolean      not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint       not null default 0,
    constraint akn_member_kind_check check (kind in ('KREIS', 'STADT', 'GEMEINDE', 'PARTNER')),
    constraint akn_member_population_check check (population is null or population >= 0)
);
