// citygraph schema (DESIGN.md §3). Applied idempotently at every start: IF NOT EXISTS.
// Every label's id is unique; names and years are indexed for lookups.

CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT eventseries_id IF NOT EXISTS FOR (n:EventSeries) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

CREATE INDEX city_name_zh IF NOT EXISTS FOR (n:City) ON (n.name_zh);
CREATE INDEX city_name_en IF NOT EXISTS FOR (n:City) ON (n.name_en);
CREATE INDEX country_name_zh IF NOT EXISTS FOR (n:Country) ON (n.name_zh);
CREATE INDEX country_name_en IF NOT EXISTS FOR (n:Country) ON (n.name_en);
CREATE INDEX person_name_zh IF NOT EXISTS FOR (n:Person) ON (n.name_zh);
CREATE INDEX person_name_en IF NOT EXISTS FOR (n:Person) ON (n.name_en);
CREATE INDEX organization_name_zh IF NOT EXISTS FOR (n:Organization) ON (n.name_zh);
CREATE INDEX organization_name_en IF NOT EXISTS FOR (n:Organization) ON (n.name_en);
CREATE INDEX event_name_zh IF NOT EXISTS FOR (n:Event) ON (n.name_zh);
CREATE INDEX event_name_en IF NOT EXISTS FOR (n:Event) ON (n.name_en);
CREATE INDEX eventseries_name_zh IF NOT EXISTS FOR (n:EventSeries) ON (n.name_zh);
CREATE INDEX eventseries_name_en IF NOT EXISTS FOR (n:EventSeries) ON (n.name_en);
CREATE INDEX event_year IF NOT EXISTS FOR (n:Event) ON (n.year);
CREATE INDEX city_country IF NOT EXISTS FOR (n:City) ON (n.country);
CREATE INDEX source_sha256 IF NOT EXISTS FOR (n:Source) ON (n.sha256);
// Invitations name their event in a property; attendance looks them up by it.
CREATE INDEX invited_event IF NOT EXISTS FOR ()-[r:INVITED]-() ON (r.event);
