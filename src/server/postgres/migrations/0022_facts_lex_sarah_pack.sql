-- Up Migration
-- A lex Sarah ärende's bedömning, IVO and händelse are now folded by its pack (kept on the facts' `pack`, issue 23). Facts
-- are a cache: emptied, each ärende's facts are folded again from its events on the next report.
delete from facts;

-- Down Migration
-- Older servers would read facts without `lexSarah` as none: empty the cache again so they fold their own.
delete from facts;
