-- Up Migration
-- Four eyes on who signs in as whom (issue 22): a new or changed inloggnings-id for an existing person waits, like a
-- role that reads case content, until a second person (another administratör or the förvaltningschef) approves it.
-- Otherwise an administratör could put an identity she holds at the provider on someone else and sign in as her.
alter table role_requests alter column role drop not null;
alter table role_requests alter column scope_kind drop not null;
alter table role_requests alter column scope_id drop not null;
alter table role_requests add column login_subject text collate "C";
alter table role_requests add constraint role_requests_one_kind
  check ((login_subject is null) = (role is not null) and (role is null) = (scope_kind is null) and (scope_kind is null) = (scope_id is null));
-- One waiting inloggnings-id per person: a new request replaces the waiting one.
create unique index role_requests_login_pending on role_requests (user_id) where decision is null and login_subject is not null;

-- Down Migration
drop index role_requests_login_pending;
delete from role_requests where login_subject is not null;
alter table role_requests drop constraint role_requests_one_kind;
alter table role_requests drop column login_subject;
alter table role_requests alter column role set not null;
alter table role_requests alter column scope_kind set not null;
alter table role_requests alter column scope_id set not null;
