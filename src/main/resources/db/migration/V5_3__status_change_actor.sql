-- Who made each step of a project's status history (the project page shows who and when):
-- the Camunda user whose action (a completed task) caused it; empty for the engine's own steps (timers).
alter table project_status_change add column changed_by varchar(64);
