-- CER_P6: « un rapporteur de chaque collège universitaire concerné ». The colleges concerned by a session follow from
-- the specialties of the candidacies on its agenda: each DES specialty belongs to a college (reference data, to be
-- corrected here by a later migration if the faculties group them otherwise); a rapporteur sits for one college; an
-- agenda item keeps the college of its candidacy's specialty (none at entry, when no specialty is chosen yet).
create table university_college (
    code                   varchar(24)  not null primary key,
    label                  varchar(200) not null
);
insert into university_college (code, label) values
    ('MEDICAL', 'Collège des disciplines médicales'),
    ('SURGICAL', 'Collège des disciplines chirurgicales'),
    ('BIOLOGY_IMAGING', 'Collège des disciplines biologiques et d''imagerie'),
    ('PUBLIC_HEALTH', 'Collège de santé publique, médecine du travail et médecine légale'),
    ('GENERAL_PRACTICE', 'Collège de médecine générale'),
    ('PSYCHIATRY', 'Collège de psychiatrie');

alter table des_specialty add column college_code varchar(24) references university_college (code);
update des_specialty set college_code = 'MEDICAL';
update des_specialty set college_code = 'SURGICAL' where code in ('ANESTHESIE-REANIMATION', 'CHIRURGIE-MAXILLO-FACIAL',
    'CHIRURGIE-ORALE', 'CHIRURGIE-ORTHOPEDIQUE-E', 'CHIRURGIE-PEDIATRIQUE', 'CHIRURGIE-PLASTIQUE-RECO', 'CHIRURGIE-THORACIQUE-ET',
    'CHIRURGIE-VASCULAIRE', 'CHIRURGIE-VISCERALE-ET-D', 'GYNECOLOGIE-OBSTETRIQUE', 'NEUROCHIRURGIE', 'OPHTALMOLOGIE',
    'OTO-RHINO-LARYNGOLOGIE-C', 'UROLOGIE');
update des_specialty set college_code = 'BIOLOGY_IMAGING' where code in ('ANATOMIE-ET-CYTOLOGIE-PA', 'BIOLOGIE-MEDICALE',
    'GENETIQUE-MEDICALE', 'MEDECINE-NUCLEAIRE', 'RADIOLOGIE-ET-IMAGERIE-M');
update des_specialty set college_code = 'PUBLIC_HEALTH' where code in ('SANTE-PUBLIQUE', 'MEDECINE-ET-SANTE-AU-TRA',
    'MEDECINE-LEGALE-ET-EXPER');
update des_specialty set college_code = 'GENERAL_PRACTICE' where code = 'MEDECINE-GENERALE';
update des_specialty set college_code = 'PSYCHIATRY' where code = 'PSYCHIATRIE';

-- the college a rapporteur sits for (null: recorded without one, e.g. before this version: holds the seat, for no college)
alter table jury_member add column college_code varchar(24) references university_college (code);
-- the college of the candidacy's specialty when it joined the agenda (post sessions); null when none is concerned
alter table jury_agenda_item add column college_code varchar(24) references university_college (code);
