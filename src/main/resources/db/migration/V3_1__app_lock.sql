-- Named locks for what must happen once when several nodes share one database (system/DatabaseLock):
-- a node locks its row with select … for update while it creates what the others must then find.
-- 'startup': groups, authorizations, Tasklist filters, the admin and demo users; 'demo-round': the demo's round.
create table app_lock (
    name  varchar(64) not null primary key
);

insert into app_lock (name) values ('startup');
insert into app_lock (name) values ('demo-round');
