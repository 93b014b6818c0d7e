-- The persisted domain (DESIGN §3). Conventions:
--  * ids come from one sequence per table (<table>_seq, Hibernate's implicit name) that steps by 50, matching Hibernate's pooled optimizer, so inserts can be
--    sent to the server in JDBC batches (identity columns would force one round trip per row);
--  * "version" columns back JPA optimistic locking on everything people edit;
--  * weekdays are ISO numbers, 1 = Monday .. 7 = Sunday;
--  * real moments are timestamptz; wall-clock times at a hub are date/time/timestamp without zone (Europe/London).

create sequence practices_seq start with 1 increment by 50;
create sequence hubs_seq start with 1 increment by 50;
create sequence users_seq start with 1 increment by 50;
create sequence clinicians_seq start with 1 increment by 50;
create sequence practice_commitments_seq start with 1 increment by 50;
create sequence unavailabilities_seq start with 1 increment by 50;
create sequence preferences_seq start with 1 increment by 50;
create sequence shift_templates_seq start with 1 increment by 50;
create sequence shift_template_requirements_seq start with 1 increment by 50;
create sequence rotas_seq start with 1 increment by 50;
create sequence shifts_seq start with 1 increment by 50;
create sequence shift_requirements_seq start with 1 increment by 50;
create sequence assignments_seq start with 1 increment by 50;

-- Practices -----------------------------------------------------------------------------------------------------------

create table practices (
    id         bigint primary key,
    version    integer          not null,
    code       varchar(20)      not null,
    name       varchar(200)     not null,
    locality   varchar(100)     not null,
    list_size  integer          not null check (list_size >= 0),
    latitude   double precision not null check (latitude between -90 and 90),
    longitude  double precision not null check (longitude between -180 and 180),
    constraint practices_code_key unique (code)
);

-- Hubs ----------------------------------------------------------------------------------------------------------------

create table hubs (
    id                bigint primary key,
    version           integer          not null,
    code              varchar(20)      not null,
    name              varchar(200)     not null,
    town              varchar(100)     not null,
    latitude          double precision not null check (latitude between -90 and 90),
    longitude         double precision not null check (longitude between -180 and 180),
    rooms             integer          not null check (rooms > 0),
    population_served integer          not null check (population_served >= 0),
    constraint hubs_code_key unique (code)
);

-- One opening window per weekday; a weekday without a row is a day the hub is shut.
create table hub_opening_hours (
    hub_id  bigint   not null references hubs (id) on delete cascade,
    weekday smallint not null check (weekday between 1 and 7),
    opens   time     not null,
    closes  time     not null,
    primary key (hub_id, weekday),
    check (closes > opens)
);

-- Users ---------------------------------------------------------------------------------------------------------------

create table users (
    id            bigint primary key,
    version       integer      not null,
    username      varchar(100) not null,
    password_hash varchar(255) not null,
    display_name  varchar(200) not null,
    enabled       boolean      not null,
    constraint users_username_key unique (username)
);

create table user_roles (
    user_id bigint      not null references users (id) on delete cascade,
    role    varchar(20) not null check (role in ('ADMIN', 'HUB_MANAGER', 'CLINICIAN', 'OPS_LEAD')),
    primary key (user_id, role)
);

-- The hubs a hub manager may manage.
create table user_hubs (
    user_id bigint not null references users (id) on delete cascade,
    hub_id  bigint not null references hubs (id) on delete cascade,
    primary key (user_id, hub_id)
);
create index user_hubs_hub_idx on user_hubs (hub_id);

-- Clinicians ----------------------------------------------------------------------------------------------------------

create table clinicians (
    id                      bigint primary key,
    version                 integer      not null,
    code                    varchar(20)  not null,
    name                    varchar(200) not null,
    role                    varchar(40)  not null check (role in ('GP', 'ADVANCED_NURSE_PRACTITIONER', 'PRACTICE_NURSE',
        'CLINICAL_PHARMACIST', 'PARAMEDIC', 'PHYSICIAN_ASSOCIATE', 'HEALTHCARE_ASSISTANT', 'MENTAL_HEALTH_PRACTITIONER')),
    practice_id             bigint       not null references practices (id),
    -- The hours worked before hubs existed: the ceiling for practice commitments plus hub shifts in any week.
    baseline_weekly_minutes integer      not null check (baseline_weekly_minutes between 1 and 10080),
    max_travel_minutes      integer      not null check (max_travel_minutes >= 0),
    user_id                 bigint references users (id) on delete set null,
    active                  boolean      not null,
    constraint clinicians_code_key unique (code),
    constraint clinicians_user_key unique (user_id)
);
create index clinicians_practice_idx on clinicians (practice_id);

create table clinician_skills (
    clinician_id bigint      not null references clinicians (id) on delete cascade,
    skill        varchar(50) not null,
    primary key (clinician_id, skill)
);
create index clinician_skills_skill_idx on clinician_skills (skill);

create table practice_commitments (
    id           bigint primary key,
    version      integer  not null,
    clinician_id bigint   not null references clinicians (id) on delete cascade,
    weekday      smallint not null check (weekday between 1 and 7),
    start_time   time     not null,
    end_time     time     not null,
    valid_from   date,
    valid_to     date,
    check (end_time > start_time),
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index practice_commitments_clinician_idx on practice_commitments (clinician_id, weekday);

create table unavailabilities (
    id           bigint primary key,
    version      integer     not null,
    clinician_id bigint      not null references clinicians (id) on delete cascade,
    start_at     timestamptz not null,
    end_at       timestamptz not null,
    kind         varchar(20) not null check (kind in ('LEAVE', 'SICKNESS', 'TRAINING', 'OTHER')),
    reason       varchar(200),
    check (end_at > start_at)
);
create index unavailabilities_clinician_idx on unavailabilities (clinician_id, start_at);
create index unavailabilities_period_idx on unavailabilities (start_at, end_at);

-- A soft wish; which of weekday, date and hub is set depends on the kind.
create table preferences (
    id             bigint primary key,
    version        integer     not null,
    clinician_id   bigint      not null references clinicians (id) on delete cascade,
    kind           varchar(20) not null check (kind in ('PREFER_WEEKDAY', 'AVOID_WEEKDAY', 'PREFER_DATE', 'AVOID_DATE',
        'PREFER_HUB', 'AVOID_HUB')),
    weekday        smallint check (weekday between 1 and 7),
    preferred_date date,
    hub_id         bigint references hubs (id) on delete cascade,
    weight         integer     not null check (weight between 1 and 10),
    check (case
        when kind in ('PREFER_WEEKDAY', 'AVOID_WEEKDAY')
            then weekday is not null and preferred_date is null and hub_id is null
        when kind in ('PREFER_DATE', 'AVOID_DATE')
            then preferred_date is not null and weekday is null and hub_id is null
        else hub_id is not null and weekday is null and preferred_date is null
    end)
);
create index preferences_clinician_idx on preferences (clinician_id);
create index preferences_hub_idx on preferences (hub_id);

-- Shift templates -----------------------------------------------------------------------------------------------------

create table shift_templates (
    id         bigint primary key,
    version    integer  not null,
    hub_id     bigint   not null references hubs (id) on delete cascade,
    weekday    smallint not null check (weekday between 1 and 7),
    start_time time     not null,
    end_time   time     not null,
    check (end_time > start_time)
);
create index shift_templates_hub_idx on shift_templates (hub_id, weekday);

create table shift_template_requirements (
    id            bigint primary key,
    template_id   bigint      not null references shift_templates (id) on delete cascade,
    role          varchar(40) not null check (role in ('GP', 'ADVANCED_NURSE_PRACTITIONER', 'PRACTICE_NURSE',
        'CLINICAL_PHARMACIST', 'PARAMEDIC', 'PHYSICIAN_ASSOCIATE', 'HEALTHCARE_ASSISTANT', 'MENTAL_HEALTH_PRACTITIONER')),
    min_count     integer     not null check (min_count >= 0),
    desired_count integer     not null,
    check (desired_count >= min_count and desired_count > 0)
);
create index shift_template_requirements_template_idx on shift_template_requirements (template_id);

create table shift_template_requirement_skills (
    requirement_id bigint      not null references shift_template_requirements (id) on delete cascade,
    skill          varchar(50) not null,
    primary key (requirement_id, skill)
);

-- Rotas ---------------------------------------------------------------------------------------------------------------

create table rotas (
    id                bigint primary key,
    version           integer      not null,
    name              varchar(200) not null,
    first_date        date         not null,
    last_date         date         not null,
    status            varchar(20)  not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    -- Number of the last published version; 0 until the first publish.
    published_version integer      not null check (published_version >= 0),
    created_by        bigint references users (id) on delete set null,
    created_at        timestamptz  not null,
    check (last_date >= first_date),
    check (status = 'DRAFT' or published_version > 0)
);
create index rotas_period_idx on rotas (first_date, last_date);

create table rota_hubs (
    rota_id bigint not null references rotas (id) on delete cascade,
    hub_id  bigint not null references hubs (id),
    primary key (rota_id, hub_id)
);
create index rota_hubs_hub_idx on rota_hubs (hub_id);

-- Wall-clock start and end are what people read; the instants are what hours and rest are measured in, so a shift
-- across a clock change keeps its real length.
create table shifts (
    id          bigint primary key,
    version     integer     not null,
    rota_id     bigint      not null,
    hub_id      bigint      not null,
    template_id bigint references shift_templates (id) on delete set null,
    shift_date  date        not null,
    start_local timestamp   not null,
    end_local   timestamp   not null,
    start_at    timestamptz not null,
    end_at      timestamptz not null,
    -- A shift runs at one of its rota's hubs. Deferred to commit because Hibernate writes join-table rows
    -- (rota_hubs) after all entity rows of a flush.
    foreign key (rota_id, hub_id) references rota_hubs (rota_id, hub_id) on delete cascade
        deferrable initially deferred,
    constraint shifts_id_rota_key unique (id, rota_id),
    check (end_local > start_local),
    check (end_at > start_at),
    check (start_local::date = shift_date)
);
create index shifts_rota_idx on shifts (rota_id, shift_date);
create index shifts_hub_idx on shifts (hub_id, shift_date);

-- Copied from the template when the shift is created, so later template edits do not rewrite planned shifts.
create table shift_requirements (
    id            bigint primary key,
    shift_id      bigint      not null references shifts (id) on delete cascade,
    role          varchar(40) not null check (role in ('GP', 'ADVANCED_NURSE_PRACTITIONER', 'PRACTICE_NURSE',
        'CLINICAL_PHARMACIST', 'PARAMEDIC', 'PHYSICIAN_ASSOCIATE', 'HEALTHCARE_ASSISTANT', 'MENTAL_HEALTH_PRACTITIONER')),
    min_count     integer     not null check (min_count >= 0),
    desired_count integer     not null,
    constraint shift_requirements_id_shift_key unique (id, shift_id),
    check (desired_count >= min_count and desired_count > 0)
);
create index shift_requirements_shift_idx on shift_requirements (shift_id);

create table shift_requirement_skills (
    requirement_id bigint      not null references shift_requirements (id) on delete cascade,
    skill          varchar(50) not null,
    primary key (requirement_id, skill)
);

create table assignments (
    id             bigint primary key,
    version        integer     not null,
    rota_id        bigint      not null,
    shift_id       bigint      not null,
    clinician_id   bigint      not null references clinicians (id),
    requirement_id bigint      not null,
    pinned         boolean     not null,
    source         varchar(10) not null check (source in ('SOLVER', 'MANUAL')),
    -- The composite keys make "the shift is in this rota" and "the line belongs to this shift" facts of the schema.
    foreign key (shift_id, rota_id) references shifts (id, rota_id) on delete cascade,
    foreign key (requirement_id, shift_id) references shift_requirements (id, shift_id) on delete cascade,
    constraint assignments_shift_clinician_key unique (shift_id, clinician_id)
);
create index assignments_rota_idx on assignments (rota_id);
create index assignments_clinician_idx on assignments (clinician_id);
create index assignments_requirement_idx on assignments (requirement_id);
