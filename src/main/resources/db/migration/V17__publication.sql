-- issue #25: a measure goes public only once the coordination releases it, with a summary written for the
-- public. Measures that were public before (adopted or completed) stay public, with their summary.
alter table akn_measure add column published boolean default false not null;
alter table akn_measure add column public_summary varchar(2000);
alter table akn_measure add column published_at timestamp with time zone;
update akn_measure set published = true, public_summary = summary, published_at = updated_at
    where status in ('ADOPTED', 'COMPLETED');
