-- Up Migration
-- OpenID Connect sign-in (issue 10, item 1): a person is matched by the stable claim the identity
-- provider sends (e.g. an HSA-id or the Entra object id), which the administratör records.
alter table users add column login_subject text collate "C" unique;
-- A sign-in under way: state, nonce and PKCE verifier, kept server-side so any instance can finish it.
create table oidc_logins (
  state_hash text collate "C" primary key,
  code_verifier text not null,
  nonce text not null,
  created_at text collate "C" not null
);

-- Down Migration
drop table oidc_logins;
alter table users drop column login_subject;
