-- The monthly allowance of each contract (CER_F1, CESP_2) as data, with the date it applies from: a month is
-- paid at the rate in force on its first day. A new rate is a new row (never an edit of a past one), so a change
-- in the middle of a campaign pays the months before it at the old rate and the months after at the new one.
create table allowance_rate (
    contract_kind          varchar(8)   not null,
    valid_from             date         not null,
    gross_cents            bigint       not null,
    net_cents              bigint       not null,
    constraint pk_allowance_rate primary key (contract_kind, valid_from),
    constraint ck_allowance_rate_kind check (contract_kind in ('CER', 'CESP')),
    constraint ck_allowance_rate_amounts check (net_cents > 0 and net_cents <= gross_cents),
    -- rates are monthly: one starts on the first day of a month
    constraint ck_allowance_rate_month check (extract(day from valid_from) = 1)
);

-- 1,200 EUR gross, 1,106.88 EUR net a month (seeds 001 and 002). From 2000, the first campaign year the
-- application accepts: no earlier or other rate is known.
insert into allowance_rate (contract_kind, valid_from, gross_cents, net_cents) values ('CER', date '2000-01-01', 120000, 110688);
insert into allowance_rate (contract_kind, valid_from, gross_cents, net_cents) values ('CESP', date '2000-01-01', 120000, 110688);
