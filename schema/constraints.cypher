// Graph constraints and indexes, applied in order by src/graph/constraints.ts at start-up and before
// every seed. Each statement is idempotent (IF NOT EXISTS) and starts with its name comment.
/* constraintCertificationId */ CREATE CONSTRAINT certification_id IF NOT EXISTS FOR (n:Certification) REQUIRE n.id IS UNIQUE;
/* constraintAuthorityId */ CREATE CONSTRAINT authority_id IF NOT EXISTS FOR (n:Authority) REQUIRE n.id IS UNIQUE;
/* constraintStandardId */ CREATE CONSTRAINT standard_id IF NOT EXISTS FOR (n:Standard) REQUIRE n.id IS UNIQUE;
/* constraintServiceId */ CREATE CONSTRAINT service_id IF NOT EXISTS FOR (n:Service) REQUIRE n.id IS UNIQUE;
/* constraintJurisdictionId */ CREATE CONSTRAINT jurisdiction_id IF NOT EXISTS FOR (n:Jurisdiction) REQUIRE n.id IS UNIQUE;
/* constraintArticleId */ CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
/* constraintEntityId */ CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
/* constraintMetaId */ CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:Meta) REQUIRE n.id IS UNIQUE;
/* constraintLookupKey */ CREATE CONSTRAINT lookup_key IF NOT EXISTS FOR (k:LookupKey) REQUIRE k.key IS UNIQUE;
/* indexEntityLookupKeys */ CREATE INDEX entity_lookup IF NOT EXISTS FOR (n:Entity) ON (n.lookupKeys);
/* indexArticlePath */ CREATE INDEX article_path IF NOT EXISTS FOR (n:Article) ON (n.path);
/* indexEntitySearch */ CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
