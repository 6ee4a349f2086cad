-- An appeal against a jury decision (recours gracieux against CER_ENTRY / CER_POST, issue 15) is an item of a jury
-- session's agenda, as a candidacy is: business_key stays the candidacy's (its declarations and recusals apply),
-- process_instance_id is the appeal's, task_key 'answerAppeal', and appeal_key the appeal's own business key
-- (<case key>/recours/<n>), which tells the item apart from the candidacy's in ballots and minutes.
alter table jury_agenda_item add column appeal_key varchar(80);
