-- Notices (issue 10): the in-app list and the mail outbox, written in the transaction of the step that
-- causes them; mail/MailOutbox sends the outbox after commit (README "Notices and reminders").
create table notice (
    id           bigint auto_increment primary key,
    recipient    varchar(64)  not null,
    kind         varchar(32)  not null,
    subject      varchar(200) not null,
    body         text         not null,
    link         varchar(500),
    project_id   bigint,
    task_id      varchar(64),
    -- one notice per cause and person: a reminder fired twice, or by two timers, is kept once
    dedupe_key   varchar(190) not null,
    -- the mail of this notice goes into the recipient's daily digest (experts, office staff: new tasks)
    in_digest    boolean      not null,
    digested_at  datetime,
    created_at   datetime     not null,
    read_at      datetime,
    constraint uq_notice_dedupe unique (dedupe_key)
);

create index ix_notice_recipient on notice (recipient, created_at);
create index ix_notice_digest on notice (in_digest, digested_at);

create table notice_mail (
    id               bigint auto_increment primary key,
    recipient        varchar(64)  not null,
    address          varchar(254) not null,
    subject          varchar(200) not null,
    text_body        text         not null,
    html_body        text         not null,
    -- PENDING (to send, maybe after a failed try), SENT, FAILED (given up or refused: shown to admins)
    status           varchar(16)  not null,
    attempts         int          not null,
    next_attempt_at  datetime     not null,
    -- a node claims a row before sending it, so two nodes sharing the database never send it both
    claimed_by       varchar(100),
    claimed_until    datetime,
    last_error       varchar(1000),
    created_at       datetime     not null,
    sent_at          datetime
);

create index ix_notice_mail_due on notice_mail (status, next_attempt_at);
