-- Up Migration
-- Reminders and notifications (issue 13). A notification is derived from the events and the clock and
-- recorded once by its key; e-mails wait in mail_jobs, claimed with FOR UPDATE SKIP LOCKED by any instance.
create table notifications (
  id bigserial primary key,
  key text collate "C" not null unique,
  recipient_id text collate "C" not null references users (id),
  kind text collate "C" not null,
  arende_id text collate "C" not null,
  step_title text not null,
  due_at text collate "C",
  notify_at text collate "C" not null,
  created_at text collate "C" not null,
  read_at text collate "C",
  emailed_at text collate "C",
  -- The recipient's e-mail choice when it was recorded: direkt, sammanfattning or av.
  mail text collate "C" not null check (mail in ('direkt', 'sammanfattning', 'av'))
);
create index notifications_recipient on notifications (recipient_id, notify_at desc, id desc);
create index notifications_unread on notifications (recipient_id) where read_at is null;
create index notifications_digest on notifications (recipient_id) where mail = 'sammanfattning' and emailed_at is null;

create table notification_preferences (
  user_id text collate "C" primary key references users (id),
  email text collate "C" not null check (email in ('direkt', 'sammanfattning', 'av')),
  updated_at text collate "C" not null
);

-- One row per e-mail to send: a notification's own, or a day's summary. Leases and back-off use the
-- database's clock so that every instance agrees on them.
create table mail_jobs (
  id bigserial primary key,
  key text collate "C" not null unique,
  recipient_id text collate "C" not null references users (id),
  notification_ids bigint[] not null,
  attempts integer not null default 0,
  run_at timestamptz not null default now(),
  locked_until timestamptz,
  done_at timestamptz,
  outcome text collate "C",
  last_error text
);
create index mail_jobs_due on mail_jobs (run_at, id) where done_at is null;

-- When each ärende next has something fall due (null: nothing until it changes): the sweep reads only those whose time came.
create table notification_schedule (
  arende_id text collate "C" primary key,
  next_at text collate "C"
);
create index notification_schedule_next on notification_schedule (next_at) where next_at is not null;

-- Which instance sweeps the clock-based notifications, and when the next may start.
create table notification_sweeps (
  name text collate "C" primary key,
  locked_until timestamptz not null
);

-- A role given or ended may change who must act on every open ärende: the next sweep then plans them all again.
-- One flag row, not an update of every schedule row, so a CSV import of thousands of roles stays cheap.
create table notification_replan (
  id int primary key check (id = 1),
  requested_at timestamptz not null
);
create function request_notification_replan() returns trigger language plpgsql as $$
begin
  insert into notification_replan (id, requested_at) values (1, now()) on conflict (id) do update set requested_at = excluded.requested_at;
  return null;
end
$$;
create trigger role_assignments_replan after insert or update or delete on role_assignments for each statement execute function request_notification_replan();

-- Down Migration
drop trigger role_assignments_replan on role_assignments;
drop function request_notification_replan();
drop table notification_replan;
drop table notification_sweeps;
drop table notification_schedule;
drop table mail_jobs;
drop table notification_preferences;
drop table notifications;
