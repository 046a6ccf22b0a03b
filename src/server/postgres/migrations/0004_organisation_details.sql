-- Up Migration
-- The organisation as the anmälan to IVO needs it (issue 11, item 13): the nämnd, its
-- organisationsnummer, diarium prefix and IVO avdelning; each enhet's address and verksamhetsform; each
-- person's befattning and work contact details. All optional: an organisation fills them in.
alter table forvaltningar add column namnd text, add column organisationsnummer text, add column diarie_prefix text,
  add column ivo_avdelning text check (ivo_avdelning in ('nord', 'mitt', 'ost', 'sydost', 'syd', 'vast'));
alter table enheter add column adress text, add column postort text,
  add column verksamhetsform text check (verksamhetsform in ('sol', 'lss'));
alter table users add column titel text, add column telefon text, add column epost text;

-- Down Migration
alter table users drop column titel, drop column telefon, drop column epost;
alter table enheter drop column adress, drop column postort, drop column verksamhetsform;
alter table forvaltningar drop column namnd, drop column organisationsnummer, drop column diarie_prefix, drop column ivo_avdelning;
