import { describe, expect, it } from 'vitest';
import { type Candidate, Matcher, type Mention } from '../../src/ingest/matcher.ts';
import { lexicon } from '../helpers/extract.ts';

const cert = (slug: string, name = slug): Candidate => ({ id: `certification:${slug}`, kind: 'Certification', name });
const spans = (ms: Mention[]) => ms.map((m) => `${m.surface}=${m.candidates.map((c) => c.id).join('|')}`);

function base(): Matcher {
  const m = new Matcher(null);
  m.addSurface('Alpha Scheme', cert('alpha'));
  m.addSurface('ABC', cert('abc'), true);
  return m;
}

describe('Matcher.fork', () => {
  it('keeps what a fork learns out of the parent and out of sibling forks', () => {
    const parent = base();
    const a = parent.fork();
    const b = parent.fork();
    a.addSurface('Beta Mark', cert('beta'));
    const text = 'Beta Mark and Alpha Scheme';
    expect(spans(a.find(text))).toEqual(['Beta Mark=certification:beta', 'Alpha Scheme=certification:alpha']);
    expect(spans(parent.find(text))).toEqual(['Alpha Scheme=certification:alpha']);
    expect(spans(b.find(text))).toEqual(['Alpha Scheme=certification:alpha']);
    expect(parent.lookup('beta mark')).toEqual([]);
    expect(b.lookup('beta mark')).toEqual([]);
    expect(a.lookup('BETA-MARK').map((c) => c.id)).toEqual(['certification:beta']);
  });

  it('changes a surface the parent knows only in the fork (candidates and letter case)', () => {
    const parent = base();
    const fork = parent.fork();
    fork.addSurface('Alpha Scheme', cert('alpha-2'));
    fork.addSurface('abc', cert('abc-word'));
    expect(spans(fork.find('alpha scheme'))).toEqual(['alpha scheme=certification:alpha|certification:alpha-2']);
    expect(spans(fork.find('the abc rule'))).toEqual(['abc=certification:abc|certification:abc-word']);
    expect(spans(parent.find('alpha scheme'))).toEqual(['alpha scheme=certification:alpha']);
    expect(parent.find('the abc rule')).toEqual([]);
    expect(spans(parent.find('the ABC rule'))).toEqual(['ABC=certification:abc']);
    expect(parent.lookup('Alpha Scheme').map((c) => c.id)).toEqual(['certification:alpha']);
  });

  it('keeps what the parent or a fork learns after forking out of the forks already made', () => {
    const parent = base();
    const fork = parent.fork();
    parent.addSurface('Gamma Seal', cert('gamma'));
    fork.addSurface('Delta Label', cert('delta'));
    const child = fork.fork();
    child.addSurface('Epsilon Tick', cert('epsilon'));
    fork.addSurface('Zeta Badge', cert('zeta'));
    const text = 'Gamma Seal, Delta Label, Epsilon Tick, Zeta Badge';
    expect(spans(parent.find(text))).toEqual(['Gamma Seal=certification:gamma']);
    expect(spans(fork.find(text))).toEqual(['Delta Label=certification:delta', 'Zeta Badge=certification:zeta']);
    expect(spans(child.find(text))).toEqual(['Delta Label=certification:delta', 'Epsilon Tick=certification:epsilon']);
  });

  it('never changes arrays it has handed out', () => {
    const fork = base().fork();
    const found = fork.find('Alpha Scheme')[0]?.candidates ?? [];
    const looked = fork.lookup('Alpha Scheme');
    fork.addSurface('Alpha Scheme', cert('alpha-2'));
    expect(found.map((c) => c.id)).toEqual(['certification:alpha']);
    expect(looked.map((c) => c.id)).toEqual(['certification:alpha']);
  });

  it('finds the same mentions as a matcher that learned the same names without forking', () => {
    const flat = new Matcher(lexicon);
    const fork = new Matcher(lexicon).fork();
    const learned: Array<[string, Candidate, boolean]> = [
      ['Information Security Management', cert('ism'), false],
      ['ISM', cert('ism'), true],
      ['ISO/IEC 27001', cert('iso-twin'), false],
      ['CSA STAR', cert('star-twin'), false],
    ];
    for (const [t, c, acr] of learned) {
      flat.addSurface(t, c, acr);
      fork.addSurface(t, c, acr);
    }
    const texts = [
      'Information Security Management (ISM) is based on ISO/IEC 27001:2013 and ISO/IEC 27017.',
      'The CSA STAR Certification and SOC 2 Type 2 reports cover Microsoft Azure and Dynamics 365.',
      'FedRAMP High, NIST SP 800-53 Rev. 4, FIPS 140-2 and the Cloud Security Alliance.',
      '日本の ISMAP と ISO/IEC 27018 に基づく認証、中国的等级保护。',
    ];
    for (const t of texts) expect(fork.find(t)).toEqual(flat.find(t));
    for (const t of ['ISM', 'iso/iec 27001', 'CSA STAR']) expect(fork.lookup(t)).toEqual(flat.lookup(t));
  });
});

describe('Matcher.find', () => {
  it('picks the longest surface among many sharing a prefix', () => {
    const m = new Matcher(null);
    for (let k = 0; k < 30; k++) m.addSurface(`Omega Rule ${k}`, cert(`omega-${k}`));
    m.addSurface('Omega', cert('omega'));
    m.addSurface('Omega Rule', cert('omega-rule'));
    const m2 = m.fork();
    m2.addSurface('Omega Rule 7 Annex', cert('annex'));
    expect(spans(m.find('Omega Rule 7 Annex, Omega Rule 12, Omega Rule, Omega'))).toEqual([
      'Omega Rule 7=certification:omega-7',
      'Omega Rule 12=certification:omega-12',
      'Omega Rule=certification:omega-rule',
      'Omega=certification:omega',
    ]);
    expect(spans(m2.find('Omega Rule 7 Annex; Omega Rule 3x'))).toEqual([
      'Omega Rule 7 Annex=certification:annex',
      'Omega Rule=certification:omega-rule',
    ]);
  });

  it('with a kind, finds the names of that kind nested in a longer name of another kind', () => {
    const m = new Matcher(lexicon);
    const text = 'Microsoft holds ISO/IEC 27018 certification and an ISO 9001 certificate from BSI.';
    expect(spans(m.find(text)).slice(0, 1)).toEqual(['ISO/IEC 27018 certification=certification:iso-27018']);
    expect(spans(m.find(text, 'Standard'))).toEqual([
      'ISO/IEC 27018=standard:iso-iec-27018',
      'ISO 9001=standard:iso-9001',
    ]);
    expect(spans(m.find('SOC 2 Type 2', 'Standard'))).toEqual([]);
  });

  it('matches a single-word proper name only when it is written with a capital', () => {
    const m = new Matcher(null);
    m.addSurface('Visa', { id: 'authority:visa', kind: 'Authority', name: 'Visa' });
    m.addSurface('Teams', { id: 'service:teams', kind: 'Service', name: 'Teams' });
    m.addSurface('Alpha Scheme', cert('alpha'));
    expect(spans(m.find('Security teams renew the visa of each provider.'))).toEqual([]);
    expect(spans(m.find('Visa and Teams are named; alpha scheme is too.'))).toEqual([
      'Visa=authority:visa',
      'Teams=service:teams',
      'alpha scheme=certification:alpha',
    ]);
  });

  it("keeps the lexicon's one-word names (services, card brands, jurisdictions) out of lower-case words", () => {
    const m = new Matcher(lexicon);
    const text = 'Security teams discover gaps during a global review; un visa de sécurité est délivré.';
    expect(m.find(text).map((x) => x.candidates[0]?.id)).toEqual([]);
    expect(spans(m.find('Teams and Intune are in scope.'))).toEqual(['Teams=service:teams', 'Intune=service:intune']);
  });

  it('reads an edition year after a dash as the edition, not as a part number', () => {
    const m = new Matcher(lexicon);
    const ids = (t: string) => m.find(t, 'Standard').map((x) => x.candidates[0]?.id);
    expect(ids('GB/T 22239-2019 and GB/T 35273—2020 apply.')).toEqual(['standard:gb-t-22239', 'standard:gb-t-35273']);
    expect(ids('ISO/IEC 27017:2015 and ISO/IEC 20000-1:2018')).toEqual([
      'standard:iso-iec-27017',
      'standard:iso-iec-20000-1',
    ]);
    expect(ids('IEC 62443-3-3 and EN 50600-2-1')).toEqual(['standard:iec-62443-3-3', 'standard:en-50600-2-1']);
  });

  it('reads a U.S. regulation citation whole, as a regulation of its own, and not a section number', () => {
    const m = new Matcher(null);
    m.addSurface('CFR', cert('cfr'), true);
    const ids = (t: string) => m.find(t).map((x) => x.candidates[0]?.id);
    expect(ids('Hospitals follow 45 CFR Part 164, and labs 42 CFR 493 too.')).toEqual([
      'certification:45-cfr-part-164',
      'certification:42-cfr-493',
    ]);
    expect(ids('The CFR codifies federal rules in 50 titles.')).toEqual(['certification:cfr']);
  });

  it('reads the reference of a European supervisory guideline as a document of its own', () => {
    const ids = (t: string) => new Matcher(null).find(t).map((x) => x.candidates[0]?.id);
    expect(ids('See EBA/GL/2017/11, EIOPA-BoS-19-101 and ESMA/2016/1452 on this.')).toEqual([
      'certification:eba-gl-2017-11',
      'certification:eiopa-bos-19-101',
      'certification:esma-2016-1452',
    ]);
    expect(ids('The EBA issued 12 guidelines in 2019; ESMA 2020 was a conference.')).toEqual([]);
  });
});
