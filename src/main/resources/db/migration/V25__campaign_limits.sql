-- The 30-day limits come from no seed (domain.md): they are this system's defaults, settings of each campaign that an
-- administrator may change. CER_E5: days to complete an entry dossier; CESP_4: days to complete an application;
-- CESP_11: days to sign an offered contract. A change applies to the tasks opened after it.
alter table cer_campaign add column completion_days integer default 30 not null;
alter table cer_campaign add constraint ck_cer_campaign_completion check (completion_days between 7 and 120);
alter table cesp_campaign add column completion_days integer default 30 not null;
alter table cesp_campaign add column signature_days integer default 30 not null;
alter table cesp_campaign add constraint ck_cesp_campaign_limits check (completion_days between 7 and 120 and signature_days between 7 and 120);
