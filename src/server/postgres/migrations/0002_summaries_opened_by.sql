-- Up Migration
-- "Rows I opened" beside a person's enheter (SummaryScope.openedBy), newest first.
create index summaries_opened_by on summaries (opened_by, updated_at, arende_id);

-- Down Migration
drop index summaries_opened_by;
