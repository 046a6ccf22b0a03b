-- Up Migration
-- Report facts now carry the händelse date (issue 11, item 10). Facts are a cache: emptied, each
-- ärende's facts are folded again from its events on the next report (the engine's reportFacts).
delete from facts;

-- Down Migration
-- Older servers read facts with the extra field as they are: nothing to undo.
select 1;
