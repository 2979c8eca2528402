-- Units administration (issue 9, item 9): every change an admin makes to a grassroots unit, with who and when.
create table grassroots_unit_change (
    id          bigint auto_increment primary key,
    unit_id     bigint        not null,
    action      varchar(16)   not null,
    detail      varchar(500)  not null,
    changed_by  varchar(64)   not null,
    changed_at  datetime      not null,
    constraint fk_unit_change_unit foreign key (unit_id) references grassroots_unit (id)
);

create index ix_unit_change_unit on grassroots_unit_change (unit_id, changed_at);
