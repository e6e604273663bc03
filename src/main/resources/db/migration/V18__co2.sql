-- issue #25: CO2 savings as CO2-equivalents with how they were determined and how long they last, and the
-- measure's area of the European Energy Award.
alter table akn_measure add column co2_method varchar(200);
alter table akn_measure add column co2_lifetime_years integer;
alter table akn_measure add constraint akn_measure_co2_lifetime_check check (co2_lifetime_years between 1 and 50);
alter table akn_measure add column eea_field integer;
alter table akn_measure add constraint akn_measure_eea_field_check check (eea_field between 1 and 6);
