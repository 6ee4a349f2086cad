-- GDPR: when the documents of an unsuccessful candidacy were deleted after the retention period.
alter table cer_candidacy add column documents_purged_at timestamp;
alter table cesp_application add column documents_purged_at timestamp;
