-- 逾期未报: a period whose progress report was not submitted by its due date keeps a row marked missed
alter table progress_report add column missed boolean not null default false;
