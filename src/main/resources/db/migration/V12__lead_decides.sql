-- issue #22: the lead member decides on co-signing like every other member (a proposal does not commit
-- its budget). Its participation is marked is_lead and takes the decision statuses; LEAD goes away.
alter table akn_participation add column is_lead boolean default false not null;
update akn_participation set is_lead = true where status = 'LEAD';
-- measures not yet in co-signing: the lead is asked when co-signing begins (on the new model)
update akn_participation set status = 'INVITED'
    where status = 'LEAD' and measure_id in (select id from akn_measure where status in ('IN_REVIEW', 'REVISION', 'REJECTED'));
-- all others went into co-signing under the earlier rule: the lead signed with its proposal
update akn_participation set status = 'COSIGNED',
    decided_by = (select m.proposer from akn_measure m where m.id = akn_participation.measure_id),
    decided_at = (select m.created_at from akn_measure m where m.id = akn_participation.measure_id)
    where status = 'LEAD';
alter table akn_participation drop constraint akn_participation_status_check;
alter table akn_participation add constraint akn_participation_status_check check (status in
    ('INVITED', 'COSIGNED', 'DECLINED', 'COUNCIL_PENDING', 'NO_RESPONSE'));
