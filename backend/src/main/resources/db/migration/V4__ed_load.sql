-- Emergency hospital load (DESIGN §3 "ED out-of-hours load"): hourly arrivals at the emergency hospital per site, with
-- the share primary care could have treated when known, imported from CSV extracts or generated for the demo.
-- Hours are real instants (timestamptz): the night the clocks go back has two 01:00 hours and both are kept.

create sequence ed_import_batches_seq start with 1 increment by 50;
create sequence ed_arrivals_seq start with 1 increment by 50;

-- One CSV import: who loaded what, and what it changed. Rows keep a link to the batch that last wrote them.
create table ed_import_batches (
    id            bigint primary key,
    site_code     varchar(40)  not null,
    file_name     varchar(255),
    file_format   varchar(10)  not null check (file_format in ('HOURLY', 'DAILY')),
    imported_by   varchar(100),
    imported_at   timestamptz  not null,
    rows_imported integer      not null check (rows_imported >= 0),
    rows_replaced integer      not null check (rows_replaced >= 0),
    first_hour    timestamptz  not null,
    last_hour     timestamptz  not null
);

create table ed_arrivals (
    id              bigint primary key,
    site_code       varchar(40) not null,
    hour_start      timestamptz not null,
    arrivals        integer     not null check (arrivals >= 0),
    -- Null when the extract does not say; never more than the arrivals.
    gp_treatable    integer     check (gp_treatable >= 0 and gp_treatable <= arrivals),
    source          varchar(10) not null check (source in ('IMPORT', 'GENERATED')),
    import_batch_id bigint      references ed_import_batches (id) on delete set null,
    constraint ed_arrivals_site_hour_key unique (site_code, hour_start)
);

create index ed_arrivals_import_batch_idx on ed_arrivals (import_batch_id);
