-- Recipients are released in line order: the campaign remembers how far it got, so that each release
-- step reads only the next lines instead of finding them among every recipient still pending (a scan
-- and a sort that grew with the campaign: quadratic over a campaign of 100,000).
alter table campaign add column released_through integer default 0 not null;
alter table campaign add column last_line integer default 0 not null;
update campaign set last_line = coalesce((select max(r.line) from campaign_recipient r where r.campaign_id = campaign.id), 0);
