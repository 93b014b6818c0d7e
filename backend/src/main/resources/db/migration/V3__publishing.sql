-- Published rota versions: immutable snapshots of a rota's assignments. The working copy stays in "assignments";
-- what clinicians see and subscribe to is the latest version of each rota.
create sequence rota_versions_seq increment by 50;
create table rota_versions (
    id           bigint primary key,
    rota_id      bigint       not null references rotas (id) on delete cascade,
    number       integer      not null check (number > 0),
    published_at timestamptz  not null,
    published_by varchar(100) not null,
    note         text,
    constraint rota_versions_rota_number_key unique (rota_id, number)
);

create sequence published_assignments_seq increment by 50;
create table published_assignments (
    id             bigint primary key,
    version_id     bigint not null references rota_versions (id) on delete cascade,
    shift_id       bigint not null references shifts (id) on delete cascade,
    clinician_id   bigint not null references clinicians (id),
    requirement_id bigint not null references shift_requirements (id) on delete cascade,
    constraint published_assignments_version_shift_clinician_key unique (version_id, shift_id, clinician_id)
);
create index published_assignments_clinician_idx on published_assignments (clinician_id);

-- Messages to clinicians (e.g. "your shifts changed in version 2"), shown in the app and e-mailed when SMTP is set.
create sequence notifications_seq increment by 50;
create table notifications (
    id           bigint primary key,
    clinician_id bigint       not null references clinicians (id) on delete cascade,
    created_at   timestamptz  not null,
    kind         varchar(30)  not null,
    title        varchar(200) not null,
    message      text         not null,
    rota_id      bigint references rotas (id) on delete set null,
    read_at      timestamptz
);
create index notifications_clinician_idx on notifications (clinician_id, created_at desc);
