-- 项目台账 (ledger/ProjectLedger): an office's ledger filters by channel and often by status; the unit
-- and round filters already have the indexes of their foreign keys and of uk_project_round_unit.
create index ix_project_channel_status on brand_project (channel, status);
