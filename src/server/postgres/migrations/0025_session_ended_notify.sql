-- Up Migration
-- Issue 24: each instance keeps a looked-up session in memory for a few seconds. Whatever ends a session – sign-out,
-- "Logga ut överallt", a password reset, a changed inloggnings-id, a deleted person (cascade), or SQL by hand – tells every
-- instance on `kf_session_ended` (the person's id, delivered at commit), which drops that person's sessions from memory.
-- The touch of last_seen_at changes no listed column and says nothing.
create function notify_session_ended() returns trigger language plpgsql as $$
begin
  perform pg_notify('kf_session_ended', old.user_id);
  return null;
end;
$$;
create trigger sessions_ended after delete or update of id_hash, user_id, expires_at on sessions
  for each row execute function notify_session_ended();
create function notify_sessions_truncated() returns trigger language plpgsql as $$
begin
  perform pg_notify('kf_session_ended', '*');
  return null;
end;
$$;
create trigger sessions_truncated after truncate on sessions for each statement execute function notify_sessions_truncated();

-- Down Migration
drop trigger sessions_truncated on sessions;
drop function notify_sessions_truncated();
drop trigger sessions_ended on sessions;
drop function notify_session_ended();
