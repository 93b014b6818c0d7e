-- Calendar subscriptions: a clinician's secret feed address (/api/calendar/{token}.ics). Only a SHA-256 hash of the
-- token is stored, so a database dump cannot be turned into working feed URLs; the plain token is shown once, when
-- it is created. Rotating revokes the old token; revoked rows stay as a record of when a feed stopped working.
create sequence calendar_tokens_seq start with 1 increment by 50;
create table calendar_tokens (
    id           bigint primary key,
    clinician_id bigint      not null references clinicians (id) on delete cascade,
    token_hash   varchar(64) not null,
    created_at   timestamptz not null,
    revoked_at   timestamptz,
    constraint calendar_tokens_token_hash_key unique (token_hash),
    check (revoked_at is null or revoked_at >= created_at)
);
-- At most one working feed per clinician.
create unique index calendar_tokens_active_key on calendar_tokens (clinician_id) where revoked_at is null;
