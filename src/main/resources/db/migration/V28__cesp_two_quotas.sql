-- CESP_5 / CESP_11: each faculty publishes two quotas a year, one for residents and one for students, and each kind is
-- offered contracts within its own quota. The single quota of an existing campaign was never split: the places residents
-- already hold (signed or offered) become its resident quota, the rest of the old quota its student quota, so no running
-- campaign loses or gains a place; the UFR sets the published split by the admin API (PUT /api/cesp/campaigns/.../quotas).
-- contract_quota, signed_count and open_offers stay as the totals (boards, the existing check).
alter table cesp_campaign add column resident_quota integer default 0 not null;
alter table cesp_campaign add column student_quota integer default 0 not null;
alter table cesp_campaign add column resident_signed integer default 0 not null;
alter table cesp_campaign add column resident_offers integer default 0 not null;
alter table cesp_campaign add column student_signed integer default 0 not null;
alter table cesp_campaign add column student_offers integer default 0 not null;

update cesp_campaign k set
    resident_signed = (select count(*) from cesp_application a
        where a.campaign_id = k.id and a.study_level = 'RESIDENT' and a.offer_status = 'SIGNED'),
    resident_offers = (select count(*) from cesp_application a
        where a.campaign_id = k.id and a.study_level = 'RESIDENT' and a.offer_status = 'OFFERED'),
    student_signed = (select count(*) from cesp_application a
        where a.campaign_id = k.id and a.study_level = 'STUDENT' and a.offer_status = 'SIGNED'),
    student_offers = (select count(*) from cesp_application a
        where a.campaign_id = k.id and a.study_level = 'STUDENT' and a.offer_status = 'OFFERED');
update cesp_campaign set resident_quota = resident_signed + resident_offers;
update cesp_campaign set student_quota = greatest(contract_quota - resident_quota, student_signed + student_offers);
update cesp_campaign set contract_quota = resident_quota + student_quota;

alter table cesp_campaign add constraint ck_cesp_campaign_two_quotas check (
    resident_quota >= 0 and student_quota >= 0 and contract_quota = resident_quota + student_quota
    and resident_signed >= 0 and resident_offers >= 0 and student_signed >= 0 and student_offers >= 0
    and resident_signed + resident_offers <= resident_quota and student_signed + student_offers <= student_quota);

-- CESP_4 / CESP_11: the rank the applicant declares (ECN/EDN national rank for a resident, rank at the 2nd-year access
-- exam for a student), confirmed by the UFR against the ranking declaration when the commission retains the candidate.
-- Offers go by this rank within each list; null (applications started before) comes after the ranked ones.
alter table cesp_application add column declared_rank integer;
