import { describe, expect, it } from 'vitest';
import { readOverview, rels } from '../helpers/extract.ts';

/** Facts of an English article at `path` whose overview holds `paragraphs` (one per paragraph). */
const read = (path: string, title: string, ...paragraphs: string[]) =>
  readOverview(path, 'en-US', title, ...paragraphs);

const ids = (f: ReturnType<typeof read>, prefix: string) =>
  f.nodes.map((n) => n.id).filter((id) => id.startsWith(prefix));
const node = (f: ReturnType<typeof read>, id: string) => f.nodes.find((n) => n.id === id);

describe('bodies named by a head word without an acronym', () => {
  it('reads "the IRS Office of Safeguards", "the Cabinet Office" and the relations they take part in', () => {
    const irs = read(
      'en-us/offering-irs-1075.md',
      'IRS Publication 1075',
      'IRS Publication 1075 is published by the IRS Office of Safeguards.',
      'The U.S. Department of the Treasury oversees the Internal Revenue Service.',
    );
    expect(rels(irs, 'PUBLISHES')).toEqual(['authority:irs-office-of-safeguards -> certification:irs-1075']);
    expect(ids(irs, 'authority:')).toEqual(
      expect.arrayContaining(['authority:department-of-the-treasury', 'authority:internal-revenue-service']),
    );
    const gcloud = read(
      'en-us/offering-g-cloud.md',
      'G-Cloud',
      'G-Cloud is run by the Crown Commercial Service, an executive agency that was established by the Cabinet Office.',
    );
    expect(rels(gcloud, 'ESTABLISHED_BY')).toEqual(['authority:crown-commercial-service -> authority:cabinet-office']);
    expect(rels(gcloud, 'ACCREDITS')).toEqual(['authority:crown-commercial-service -> certification:g-cloud']);
  });

  it('reads a body named after a known one ("the NERC Board of Trustees") and a headless pair ("… Corporation (NERC)")', () => {
    const f = read(
      'en-us/offering-nerc-cip.md',
      'NERC CIP',
      'The North American Electric Reliability Corporation (NERC) develops the reliability standards.',
      'Each standard is approved by the NERC Board of Trustees and by the Securities and Exchange Commission.',
    );
    expect(node(f, 'authority:nerc')?.properties.name).toBe('North American Electric Reliability Corporation');
    expect(ids(f, 'authority:')).toEqual(
      expect.arrayContaining(['authority:nerc-board-of-trustees', 'authority:securities-and-exchange-commission']),
    );
  });

  it('reads names written in another language, with or without an acronym, and drops a possessor', () => {
    const f = read(
      'en-us/offering-xyz.md',
      'XYZ',
      "XYZ is run by the Agence nationale de la sécurité des systèmes d'information (ANSSI).",
      'The Garante per la protezione dei dati personali publishes XYZ guidance.',
      "Singapore's Infocomm Media Development Regulator and China's State Administration for Market Regulation agree.",
      'So do the Australian Government, the Privacy Commissioner of Canada and the Crown Commercial Service.',
    );
    expect(rels(f, 'ACCREDITS')).toEqual(['authority:anssi -> certification:xyz']);
    expect(ids(f, 'authority:').sort()).toEqual([
      'authority:anssi',
      'authority:australian-government',
      'authority:crown-commercial-service',
      'authority:garante-per-la-protezione-dei-dati-personali',
      'authority:infocomm-media-development-regulator',
      'authority:privacy-commissioner-of-canada',
      'authority:state-administration-for-market-regulation',
    ]);
  });

  it('not generic phrases, parts of longer names, products or coordinated acronyms', () => {
    const f = read(
      'en-us/offering-abc.md',
      'ABC',
      'ABC certificates are issued by the certification body after a review by a government agency and the board.',
      'The Board of Directors, the Data Protection Authority, the Security Operations Center and the Certification Authority are informed.',
      'Reports are in the Microsoft Trust Center and Office 365; Agency staff can ask the Azure Support Center.',
      'The International Auditing and Assurance Standards Board (IAASB) issues ISAE 3000.',
      'The Department of Defense Impact Level 5 applies, and NIST and Treasury staff agree with the Federal Government.',
      'The Conseil said Third Party Assessment Organizations follow the Department of Defense Cloud Computing Security Requirements Guide.',
      'The Key Management Service, the Network Operations Center and the Office of Information Technology help.',
    );
    expect(ids(f, 'authority:').sort()).toEqual(['authority:dod', 'authority:iaasb', 'authority:nist']);
  });
});

describe('bodies named twice, or as any body of a kind', () => {
  it('reads "the Office of Safeguards" after "the IRS Office of Safeguards" as that body, and no "a state Department of …"', () => {
    const f = read(
      'en-us/offering-irs-1075.md',
      'IRS Publication 1075',
      'Its rules are set out in section 6103 of the Internal Revenue Code and are developed by the IRS Office of Safeguards.',
      'The Office of Safeguards reviews each agency, and a state Department of Revenue reports to it.',
    );
    expect(ids(f, 'authority:')).toEqual(['authority:irs-office-of-safeguards']);
    expect(node(f, 'authority:irs-office-of-safeguards')?.properties.aliases).toEqual(['Office of Safeguards']);
    // The code is only where the rules are set out: it is not what the office develops.
    expect(rels(f, 'PUBLISHES')).toEqual([]);
  });
});

describe('a clause break between a cue and a name', () => {
  it('"extended the rules, and the 21st Century Cures Act added …" is no basis', () => {
    const f = read(
      'en-us/offering-hipaa.md',
      'HIPAA',
      'The Omnibus Rule of 2013 extended the rules to business associates, and the 21st Century Cures Act added new provisions.',
    );
    expect(ids(f, 'certification:').sort()).toEqual([
      'certification:21st-century-cures-act',
      'certification:hipaa',
      'certification:omnibus-rule',
    ]);
    expect(rels(f, 'BASED_ON')).toEqual([]);
  });

  it('a name before ", when <subject> set up X" is not the agent of the later clause', () => {
    // The later clause's own relation is still read.
    const within = read(
      'en-us/offering-c5.md',
      'C5',
      'The Federal Office for Information Security (BSI) began in 1991, after the Central Office for Ciphers (ZfCh) was set up by the Federal Ministry of the Interior (BMI).',
    );
    expect(rels(within, 'ESTABLISHED_BY')).toEqual(['authority:zfch -> authority:bmi']);
    const f = read(
      'en-us/offering-c5.md',
      'C5',
      'The Federal Office for Information Security (BSI) goes back to 1986, when the government set up the Central Office for Ciphers (ZfCh) to protect state communications.',
    );
    expect(ids(f, 'authority:')).toContain('authority:zfch');
    expect(rels(f, 'ESTABLISHED_BY')).toEqual([]);
  });
});

describe('members of designation lists and ranges', () => {
  it('reads a range "CIP-002 through CIP-014" as every member, with the relation stated for it', () => {
    const f = read(
      'en-us/offering-nerc-cip.md',
      'NERC CIP',
      'The North American Electric Reliability Corporation (NERC) publishes CIP-002 through CIP-014.',
    );
    const published = rels(f, 'PUBLISHES');
    expect(published).toHaveLength(13);
    expect(published).toContain('authority:nerc -> standard:cip-008');
    expect(published).toContain('authority:nerc -> standard:cip-014');
  });

  it('reads "ISO/IEC 27001, 27002 and 27017", "NIST SP 800-53 Rev. 5 and SP 800-171", "SOC 1, 2 and 3", "27001/27018"', () => {
    const f = read(
      'en-us/offering-abc.md',
      'ABC',
      'ISO/IEC 27001, 27002 and 27017 are published by ISO and IEC.',
      'NIST SP 800-53 Rev. 5 and SP 800-171 Rev. 2 are published by NIST.',
      'The XYZ report follows SOC 1, 2 and 3 and is based on ISO 27001/27018, not on ISO 27001/2013.',
    );
    expect(rels(f, 'PUBLISHES')).toEqual(
      expect.arrayContaining([
        'authority:iso -> standard:iso-iec-27002',
        'authority:iec -> standard:iso-iec-27017',
        'authority:nist -> standard:nist-sp-800-171',
      ]),
    );
    expect(ids(f, 'certification:soc')).toEqual(['certification:soc-1', 'certification:soc-2', 'certification:soc-3']);
    expect(ids(f, 'standard:')).toContain('standard:iso-iec-27018');
    expect(ids(f, 'standard:')).not.toContain('standard:iso-iec-2013');
  });

  it('reads "CIP-002 to CIP-005" as a range, but not "maps CIP-007 to CIP-010" nor a single "to"', () => {
    const range = read('en-us/offering-abc.md', 'ABC', 'The standards CIP-002 to CIP-005 cover ABC systems.');
    expect(ids(range, 'standard:cip')).toEqual([
      'standard:cip-002',
      'standard:cip-003',
      'standard:cip-004',
      'standard:cip-005',
    ]);
    const mapping = read(
      'en-us/offering-abc.md',
      'ABC',
      'The tool maps CIP-007 to CIP-010 for each site.',
      'Keys use AES-256 and SHA-256, and TLS 1.2 to 1.3.',
    );
    expect(ids(mapping, 'standard:')).toEqual([]);
  });
});

describe('laws and regulations named by their title', () => {
  it('reads titles with a year, codes of law, head-first titles and titles with an acronym', () => {
    const f = read(
      'en-us/offering-nerc-cip.md',
      'NERC CIP',
      'NERC became the electric reliability organization under the Energy Policy Act of 2005, which amended the Federal Power Act.',
      'Agencies follow the Federal Information Security Modernization Act of 2014 (FISMA) and the Internal Revenue Code.',
      'One country passed the Act on the Security of Network and Information Systems, and the UK the Data Protection Act 2018.',
    );
    for (const [id, type] of [
      ['certification:energy-policy-act', 'law'],
      ['certification:federal-power-act', 'law'],
      ['certification:internal-revenue-code', 'law'],
      ['certification:fisma', 'law'],
      ['certification:act-on-the-security-of-network-and-information-systems', 'law'],
      ['certification:data-protection-act', 'law'],
    ])
      expect(node(f, id as string)?.properties.type).toBe(type);
    expect(node(f, 'certification:energy-policy-act')?.properties.aliases).toContain('Energy Policy Act of 2005');
  });

  it('not references that are no titles', () => {
    const f = read(
      'en-us/offering-abc.md',
      'ABC',
      'ABC follows federal law and the Act of 2005, not the Code of Practice or the Cloud Security Code.',
      "Moore's Law, the Proposed Rule and the Final Regulation do not apply, nor does the State Law.",
      'Admins set the Mail Flow Rule and the Network Security Group Rule.',
    );
    expect(ids(f, 'certification:')).toEqual(['certification:abc']);
  });
});

describe('tiers named in runs after a tier noun', () => {
  it('reads "Lot 1, Lot 2 and Lot 3", "levels one to three", "Tier 1 through Tier 3" and "Levels 1, 2 and 4"', () => {
    const lots = read('en-us/offering-g-cloud.md', 'G-Cloud', 'G-Cloud has three lots: Lot 1, Lot 2 and Lot 3.');
    expect(rels(lots, 'PART_OF')).toEqual([
      'certification:g-cloud-lot-1 -> certification:g-cloud',
      'certification:g-cloud-lot-2 -> certification:g-cloud',
      'certification:g-cloud-lot-3 -> certification:g-cloud',
    ]);
    for (const text of [
      'The XYZ mark has levels one to three.',
      'The XYZ mark is awarded at level one, level two and level three.',
      'XYZ defines Tier 1 through Tier 3.',
    ]) {
      const f = read('en-us/offering-xyz.md', 'XYZ', text);
      expect(rels(f, 'PART_OF').sort()).toEqual([
        'certification:xyz-level-1 -> certification:xyz',
        'certification:xyz-level-2 -> certification:xyz',
        'certification:xyz-level-3 -> certification:xyz',
      ]);
    }
    const grades = read(
      'en-us/offering-xyz.md',
      'XYZ',
      'XYZ is awarded in Class 1 to Class 2 and in grades one through two.',
    );
    expect(rels(grades, 'PART_OF').sort()).toEqual([
      'certification:xyz-class-1 -> certification:xyz',
      'certification:xyz-class-2 -> certification:xyz',
      'certification:xyz-grade-1 -> certification:xyz',
      'certification:xyz-grade-2 -> certification:xyz',
    ]);
    const listed = read('en-us/offering-xyz.md', 'XYZ', 'XYZ certifies at Levels 1, 2 and 4.');
    expect(rels(listed, 'PART_OF')).toContain('certification:xyz-level-4 -> certification:xyz');
    expect(rels(listed, 'PART_OF')).not.toContain('certification:xyz-level-3 -> certification:xyz');
  });

  it('not a spelled number after an adjective, nor a run that names no scheme', () => {
    const f = read(
      'en-us/offering-xyz.md',
      'XYZ',
      'XYZ support works at a high level one could call generous.',
      'Data centers are graded in tiers one to four by other bodies.',
    );
    expect(rels(f, 'PART_OF')).toEqual([]);
  });
});
