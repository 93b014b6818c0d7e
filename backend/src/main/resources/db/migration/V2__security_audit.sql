-- Audit trail: who did what, when. Append-only; read newest first by administrators.
create sequence audit_events_seq start with 1 increment by 50;

create table audit_events (
    id     bigint primary key,
    at     timestamptz  not null,
    actor  varchar(100) not null,
    action varchar(60)  not null,
    target varchar(200),
    detail text
);

create index audit_events_at_idx on audit_events (at desc, id desc);
