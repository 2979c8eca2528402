-- A round's status goes through RoundStatusService, which keeps its history as a project's does.
create table round_status_change (
    id          bigint auto_increment primary key,
    round_id    bigint       not null,
    status      varchar(32)  not null,
    changed_at  datetime     not null,
    note        text,
    constraint fk_round_status_change_round foreign key (round_id) references brand_round (id)
);

create index ix_round_status_change_round on round_status_change (round_id);
