-- CER_T1: a campaign may open a wider application window than CER_E4 (the year of return to medical studies or the
-- next) for the first cohorts. The number of years after the return a candidacy is still accepted; 1 is CER_E4.
alter table cer_campaign add column application_window_years integer default 1 not null;
alter table cer_campaign add constraint ck_cer_campaign_window check (application_window_years between 1 and 10);
