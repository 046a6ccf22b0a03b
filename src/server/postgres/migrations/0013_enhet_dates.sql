-- Up Migration
-- The dates the law relies on (issue 21): an enhet's first day and, once closed, its last. Nothing happens at an enhet
-- before it started, and no händelse after it closed. The enheter that exist get no start date: when each began is
-- not known here, and a guess would refuse real efterregistreringar (the engine's floor, 1980-01-01, still holds). A
-- closed one's last day is the day it was closed in the system (read from closed_at) until the administratör gives it.
alter table enheter
  add column start_datum text collate "C" check (start_datum ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  add column slut_datum text collate "C" check (slut_datum ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  add constraint enheter_start_before_slut check (start_datum is null or slut_datum is null or start_datum <= slut_datum);

-- Down Migration
alter table enheter drop constraint enheter_start_before_slut, drop column start_datum, drop column slut_datum;
