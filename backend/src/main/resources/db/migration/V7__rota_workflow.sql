-- Rota workflow: the state of a rota's solver run, kept apart from the rota row so the solver's periodic saves do not
-- bump the rota's optimistic-lock version under a hub manager's feet. One row per rota that has ever been solved.
create table rota_solver_states (
    rota_id          bigint primary key references rotas (id) on delete cascade,
    status           varchar(20) not null check (status in ('SOLVING', 'NOT_SOLVING')),
    -- The score of the best solution saved so far (null until the first save).
    hard_score       bigint,
    medium_score     bigint,
    soft_score       bigint,
    coverage_percent double precision,
    started_at       timestamptz,
    last_saved_at    timestamptz,
    finished_at      timestamptz
);
