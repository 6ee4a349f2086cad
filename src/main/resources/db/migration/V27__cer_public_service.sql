-- CER_F3: the public-service obligation's follow-up. Its deadline is the end of the residency + the months owed + a
-- margin of this many years (no seed says it: the system's default is 5 years, a setting of each campaign). The basis
-- of the reimbursement of « les sommes versées » after a breach is not said by the seed either: NET by default, GROSS
-- if the campaign says so; the decision table cer-public-service-reimbursement reads it and shows the choice.
alter table cer_campaign add column public_service_margin_years integer default 5 not null;
alter table cer_campaign add constraint ck_cer_campaign_service_margin check (public_service_margin_years between 0 and 20);
alter table cer_campaign add column reimbursement_basis varchar(5) default 'NET' not null;
alter table cer_campaign add constraint ck_cer_campaign_reimbursement_basis check (reimbursement_basis in ('NET', 'GROSS'));
