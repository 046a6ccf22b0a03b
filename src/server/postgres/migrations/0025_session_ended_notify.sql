-- Up Migration
-- Issue 24: a live stream keeps its person's access between messages, so every instance must hear when a session ends
-- (sign-out, "Logga ut överallt", a new password or login id, or a row deleted by hand). The payload is the person's id.
create function notify_session_ended() returns trigger language plpgsql as $$
begin
  perform pg_notify('session_ended', old.user_id);
  return null;
end
$$;
-- A truncate names nobody: `*` re-checks every stream.
create function notify_session_ended_all() returns trigger language plpgsql as $$
begin
  perform pg_notify('session_ended', '*');
  return null;
end
$$;
-- Not on last_seen_at: the idle time's refresh (at most once a minute) ends nothing.
create trigger sessions_ended after delete or update of user_id, expires_at on sessions for each row execute function notify_session_ended();
create trigger sessions_truncated after truncate on sessions for each statement execute function notify_session_ended_all();

-- Down Migration
drop trigger sessions_truncated on sessions;
drop trigger sessions_ended on sessions;
drop function notify_session_ended_all();
drop function notify_session_ended();
