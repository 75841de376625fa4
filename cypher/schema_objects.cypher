// Names of constraints and indexes (to show the schema is applied once).
SHOW INDEXES YIELD name
RETURN name
