// Engine name and version; both Neo4j and ArcadeDB answer this.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions, edition
