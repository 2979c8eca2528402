-- 材料: photos, videos and documents of a project (README "Materials / 材料"). The bytes live under
-- MATERIALS_DIR, stored once per SHA-256 (identical files share one blob); a row per upload keeps who,
-- when, the name shown and the caption. Deleting is soft: deleted_at/by, and restored_at/by when an
-- office brings it back.
create table project_material (
    id             bigint auto_increment primary key,
    project_id     bigint        not null,
    sha256         char(64)      not null,
    size_bytes     bigint        not null,
    media_type     varchar(100)  not null,
    original_name  varchar(255)  not null,
    caption        varchar(500),
    activity       varchar(200),
    uploaded_by    varchar(64)   not null,
    uploaded_at    datetime      not null,
    deleted_by     varchar(64),
    deleted_at     datetime,
    restored_by    varchar(64),
    restored_at    datetime,
    constraint fk_project_material_project foreign key (project_id) references brand_project (id)
);

create index ix_project_material_project on project_material (project_id);
create index ix_project_material_sha256 on project_material (sha256);
