-- issue #22: funding programmes and their calls, as data (seeded from alliance.funding.programmes, edited by
-- the coordinator)
create table akn_funding_programme (
    id                varchar(40)   not null primary key,
    name              varchar(200)  not null,
    provider          varchar(200),
    url               varchar(500),
    max_rate_percent  numeric(5, 2) not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint        not null default 0,
    constraint akn_funding_programme_rate_check check (max_rate_percent > 0 and max_rate_percent <= 100)
);

create table akn_funding_call (
    programme_id  varchar(40) not null,
    opens         date        not null,
    closes        date        not null,
    constraint akn_funding_call_programme_fk foreign key (programme_id) references akn_funding_programme (id),
    constraint akn_funding_call_dates_check check (closes >= opens)
);
create index akn_funding_call_programme_idx on akn_funding_call (programme_id);
