import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8'));

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with a healthcheck that needs no curl', () => {
    const neo = compose.services.neo4j;
    expect(neo.image).toBe('neo4j:5.26-community');
    expect(JSON.stringify(neo.healthcheck.test)).not.toMatch(/curl/);
    expect(neo.environment.NEO4J_AUTH).toMatch(/^neo4j\//);
    expect(neo.volumes[0]).toMatch(/^neo4j-data:/);
  });

  it('starts the API after Neo4j is healthy, pointed at it', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
  });
});
