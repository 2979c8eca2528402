-- The application's own tables; Camunda creates and owns its ACT_* tables.
-- Written in the SQL that H2 and MySQL 8 / MariaDB share.

create table grassroots_unit (
    id          bigint auto_increment primary key,
    code        varchar(32)  not null,
    name        varchar(100) not null,
    channel     varchar(16)  not null,
    group_id    varchar(64)  not null,
    active      boolean      not null default true,
    sort_order  int          not null default 0,
    constraint uk_unit_code unique (code),
    constraint uk_unit_group unique (group_id)
);

create table brand_round (
    id                     bigint auto_increment primary key,
    round_year             int            not null,
    funding_pool           decimal(14, 2) not null,
    application_deadline   datetime      not null,
    review_start           datetime      not null,
    review_deadline        datetime      not null,
    acceptance_start       datetime      not null,
    acceptance_deadline    datetime      not null,
    status                 varchar(32)    not null,
    process_instance_id    varchar(64),
    created_at             datetime      not null,
    updated_at             datetime      not null,
    version                int            not null default 0,
    constraint uk_round_year unique (round_year)
);

create table brand_project (
    id                    bigint auto_increment primary key,
    round_id              bigint         not null,
    unit_id               bigint         not null,
    channel               varchar(16)    not null,
    category              varchar(32),
    name                  varchar(200),
    leader                varchar(50),
    phone                 varchar(32),
    foundation            text,
    goals                 text,
    plan                  text,
    expected_results      text,
    requested_budget      decimal(12, 2),
    continues_brand       boolean        not null default false,
    continued_project_id  bigint,
    status                varchar(32)    not null,
    formal_check_comment  text,
    review_score          decimal(6, 2),
    decision              varchar(32),
    decision_opinion      text,
    approved_funding      decimal(12, 2),
    acceptance_score      decimal(6, 2),
    acceptance_passed     boolean,
    award_tier            varchar(16),
    award_amount          decimal(12, 2),
    award_note            text,
    city_recommended      boolean        not null default false,
    process_instance_id   varchar(64),
    submitted_at          datetime,
    approved_at           datetime,
    accepted_at           datetime,
    awarded_at            datetime,
    created_at            datetime      not null,
    updated_at            datetime      not null,
    version               int            not null default 0,
    constraint uk_project_round_unit unique (round_id, unit_id),
    constraint fk_project_round foreign key (round_id) references brand_round (id),
    constraint fk_project_unit foreign key (unit_id) references grassroots_unit (id),
    constraint fk_project_continues foreign key (continued_project_id) references brand_project (id)
);

create table project_status_change (
    id          bigint auto_increment primary key,
    project_id  bigint       not null,
    status      varchar(32)  not null,
    changed_at  datetime    not null,
    note        text,
    constraint fk_status_change_project foreign key (project_id) references brand_project (id)
);

create table expert_review (
    id            bigint auto_increment primary key,
    project_id    bigint        not null,
    phase         varchar(16)   not null,
    expert_id     varchar(64)   not null,
    total         decimal(6, 2) not null,
    opinion       text,
    task_id       varchar(64),
    submitted_at  datetime     not null,
    constraint uk_review_expert unique (project_id, phase, expert_id),
    constraint fk_review_project foreign key (project_id) references brand_project (id)
);

create table expert_review_score (
    review_id  bigint      not null,
    criterion  varchar(32) not null,
    score      int         not null,
    primary key (review_id, criterion),
    constraint fk_score_review foreign key (review_id) references expert_review (id)
);

create table progress_report (
    id               bigint auto_increment primary key,
    project_id       bigint        not null,
    period_no        int           not null,
    activities       text          not null,
    activity_dates   varchar(200),
    participants     int,
    photo_links      text,
    video_links      text,
    publicity_links  text,
    funding_spent    decimal(12, 2),
    task_id          varchar(64),
    submitted_at     datetime     not null,
    constraint uk_progress_task unique (task_id),
    constraint fk_progress_project foreign key (project_id) references brand_project (id)
);

create table guidance_record (
    id                  bigint auto_increment primary key,
    project_id          bigint       not null,
    progress_report_id  bigint,
    advisor             varchar(64)  not null,
    advice              text         not null,
    rating              varchar(16),
    task_id             varchar(64),
    created_at          datetime    not null,
    constraint uk_guidance_task unique (task_id),
    constraint fk_guidance_project foreign key (project_id) references brand_project (id),
    constraint fk_guidance_report foreign key (progress_report_id) references progress_report (id)
);

create table project_summary (
    id               bigint auto_increment primary key,
    project_id       bigint         not null,
    implementation   text           not null,
    results          text           not null,
    experience       text,
    publicity        text,
    funding_used     decimal(12, 2),
    materials        text,
    self_assessment  text,
    submitted_at     datetime      not null,
    constraint uk_summary_project unique (project_id),
    constraint fk_summary_project foreign key (project_id) references brand_project (id)
);

create index ix_project_round_status on brand_project (round_id, status);
create index ix_progress_project on progress_report (project_id);
create index ix_guidance_project on guidance_record (project_id);
