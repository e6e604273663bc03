-- issue #12: what a town's council approved (the most it will pay) and its paper (Drucksachen-Nr.)
alter table akn_participation add column cost_ceiling_eur numeric(14, 2);
alter table akn_participation add column council_paper_reference varchar(100);
