import { afterAll, describe, expect, it } from 'vitest';
import { apiClient, ids } from '../helpers/api.ts';
import { testGraph } from '../helpers/graph.ts';

const graph = testGraph();
const { gql } = apiClient(graph);

afterAll(() => graph.close());

describe('who certifies what', () => {
  it('JASA accredits the CS Gold Mark, and was established by MIC and METI', async () => {
    const { data, errors } = await gql(`{
      certification(name: "CS Gold Mark") { accreditedBy { id establishedBy { id } } publishedBy { id } jurisdiction { id } }
      authority(name: "JASA") { accredits { id } establishedBy { id name } }
      mic: authority(id: "authority:mic") { established { id } }
    }`);
    expect(errors).toBeUndefined();
    const jasa = data?.certification.accreditedBy.find((a: { id: string }) => a.id === 'authority:jasa');
    expect(jasa).toBeDefined();
    expect(ids(jasa.establishedBy).sort()).toEqual(['authority:meti', 'authority:mic']);
    expect(ids(data?.certification.publishedBy)).toContain('authority:jasa');
    expect(data?.certification.jurisdiction.id).toBe('jurisdiction:jp');
    expect(ids(data?.authority.accredits)).toContain('certification:cs-gold-mark');
    expect(ids(data?.authority.establishedBy).sort()).toEqual(['authority:meti', 'authority:mic']);
    expect(ids(data?.mic.established)).toContain('authority:jasa');
  });

  it('lists schemes by accreditor, tiers included', async () => {
    const { data } = await gql('{ certifications(first: 100, filter: { accreditedBy: "JASA" }) { nodes { id } } }');
    expect(ids(data?.certifications.nodes)).toEqual(
      expect.arrayContaining(['certification:cs-mark', 'certification:cs-gold-mark', 'certification:cs-silver-mark']),
    );
  });

  it('the CS Gold Mark covers Azure (IaaS, PaaS), Office 365 (SaaS) and Intune', async () => {
    const { data, errors } = await gql(`{
      certification(id: "certification:cs-gold-mark") { covers { service { id } serviceModels evidence { quote } } }
      service(name: "Intune") { coveredBy { certification { id } serviceModels } }
      certifications(first: 100, filter: { covers: "Microsoft Intune" }) { nodes { id } }
    }`);
    expect(errors).toBeUndefined();
    const covers = new Map(
      data?.certification.covers.map((c: { service: { id: string }; serviceModels: string[] }) => [
        c.service.id,
        [...c.serviceModels].sort(),
      ]),
    );
    expect(covers.get('service:azure')).toEqual(['IaaS', 'PaaS']);
    expect(covers.get('service:office-365')).toEqual(['SaaS']);
    expect(covers.has('service:intune')).toBe(true);
    for (const c of data?.certification.covers ?? []) expect(c.evidence.length).toBeGreaterThan(0);
    expect(ids(data?.service.coveredBy.map((c: { certification: { id: string } }) => c.certification))).toContain(
      'certification:cs-gold-mark',
    );
    expect(ids(data?.certifications.nodes)).toContain('certification:cs-gold-mark');
  });

  it('standards are published by ISO and IEC; scheme facts are exposed', async () => {
    const { data } = await gql(`{
      standard(id: "standard:iso-iec-27017") { publishedBy { id } }
      certification(id: "certification:cs-gold-mark") { validity: fact(key: "validityYears") facts { key value } }
    }`);
    expect(ids(data?.standard.publishedBy).sort()).toEqual(['authority:iec', 'authority:iso']);
    expect(data?.certification.validity).toBe('3');
    expect(data?.certification.facts).toContainEqual({ key: 'validityYears', value: '3' });
  });
});
