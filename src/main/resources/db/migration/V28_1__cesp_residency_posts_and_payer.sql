-- CESP_8: after the national ranking, a beneficiary who is a student chooses a residency post, by rank, on the CESP
-- list. The list is data: posts per round (year of the national ranking), subdivision and specialty, with a number of
-- places. Each round's choosers, in national rank order, open their choice one after another (the better-ranked first).
create table cesp_residency_post (
    code                   varchar(60)  not null primary key,
    round_year             integer      not null,
    subdivision            varchar(100) not null,
    specialty              varchar(100) not null,
    places                 integer      not null,
    taken                  integer      not null default 0,
    constraint ck_cesp_residency_post check (places >= 1 and taken >= 0 and taken <= places)
);
create index ix_cesp_residency_post_round on cesp_residency_post (round_year);

create table cesp_post_choice (
    business_key           varchar(40)  not null primary key,
    round_year             integer      not null,
    national_rank          integer      not null,
    status                 varchar(12)  not null,
    post_code              varchar(60)  references cesp_residency_post (code),
    opened_at              timestamp,
    chosen_at              timestamp,
    constraint uq_cesp_post_choice_rank unique (round_year, national_rank)
);

alter table cesp_application add column residency_post varchar(60);

-- CESP_2: who pays the allowance is data. The CNG nationally (seed 002); the ARS where a region's text says so
-- (seed 004: Île-de-France, « versée par l'ARS »). Recorded on each contract at signature.
alter table cesp_region add column payer varchar(8) default 'CNG' not null;
alter table cesp_region add constraint ck_cesp_region_payer check (payer in ('CNG', 'ARS'));
update cesp_region set payer = 'ARS' where code = 'IDF';
alter table cesp_application add column payer varchar(8);
update cesp_application a set payer = (select r.payer from cesp_region r join cesp_campaign k on k.region_code = r.code
    where k.id = a.campaign_id) where a.offer_status = 'SIGNED';
