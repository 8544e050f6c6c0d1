import { describe, expect, it } from 'vitest';
import { readOverview as read, rels } from '../helpers/extract.ts';

const based = (f: ReturnType<typeof read>) => rels(f, 'BASED_ON').sort();
describe('bodies that certify against a scheme', () => {
  const edge = 'authority:isms-ac -> certification:iso-27701';
  it.each([
    ['en-us', 'en-US', 'Certification bodies are accredited by accreditation bodies such as the ISMS-AC.'],
    ['de-de', 'de-DE', 'Zertifizierungsstellen werden von der ISMS-AC akkreditiert.'],
    ['fr-fr', 'fr-FR', "Les organismes de certification sont accrédités par des organismes tels que l'ISMS-AC."],
    ['zh-cn', 'zh-CN', '认证机构由 ISMS-AC 认可。'],
    ['ja-jp', 'ja-JP', 'ISMS-AC が認証機関を認定しています。'],
    ['ja-jp', 'ja-JP', '認証機関は ISMS-AC によって認定されます。'],
  ])('are accredited for the scheme the sentence is about (%s)', (dir, locale, sentence) => {
    expect(rels(read(`${dir}/offering-iso-27701.md`, locale, 'ISO/IEC 27701', sentence), 'ACCREDITS')).toContain(edge);
  });

  it('not by the forum their accreditation bodies are members of, nor when denied', () => {
    const en = read(
      'en-us/offering-iso-27701.md',
      'en-US',
      'ISO/IEC 27701',
      'Certification bodies are accredited by national bodies, members of the International Accreditation Forum (IAF).',
    );
    const zh = read(
      'zh-cn/offering-iso-27701.md',
      'zh-CN',
      'ISO/IEC 27701',
      '认证机构由 IAF 成员中的各国认可机构认可。',
    );
    for (const f of [en, zh]) expect(rels(f, 'ACCREDITS')).not.toContain('authority:iaf -> certification:iso-27701');
    const denied = read(
      'en-us/offering-iso-27701.md',
      'en-US',
      'ISO/IEC 27701',
      'Certification bodies are not accredited by the ISMS-AC.',
    );
    expect(rels(denied, 'ACCREDITS')).not.toContain(edge);
  });
});

describe('an examination carried out under a standard and its section', () => {
  const soc1 = ['certification:soc-1 -> standard:at-c-320', 'certification:soc-1 -> standard:ssae-18'];
  it.each([
    ['de-de', 'de-DE', 'Grundlage der Prüfung ist SSAE 18, genauer der Abschnitt AT-C 320.'],
    ['fr-fr', 'fr-FR', "L'examen est réalisé selon SSAE 18, plus précisément la section AT-C 320."],
    ['ja-jp', 'ja-JP', 'SOC 1 の検証も SSAE 18 の AT-C 320 に従って実施されます。'],
    ['zh-cn', 'zh-CN', 'SOC 1 审计依据 SSAE 18 中的 AT-C 320 执行。'],
  ])('is based on both (%s)', (dir, locale, sentence) => {
    expect(based(read(`${dir}/offering-soc-1.md`, locale, 'SOC 1', sentence))).toEqual(soc1);
  });

  it('reads "the catalogue" as the described scheme', () => {
    const f = read(
      'en-us/offering-c5.md',
      'en-US',
      'Cloud Computing Compliance Criteria Catalogue (C5)',
      'The catalogue also draws on ISO/IEC 27001.',
    );
    expect(based(f)).toContain('certification:c5 -> standard:iso-iec-27001');
  });
});

describe('a base extended with another', () => {
  const edges = [
    'certification:csa-star-attestation -> certification:soc-2',
    'certification:csa-star-attestation -> standard:csa-ccm',
  ];
  it.each([
    [
      'en-us',
      'en-US',
      'STAR Attestation is based on a SOC 2 examination supplemented by the Cloud Controls Matrix (CCM).',
    ],
    [
      'de-de',
      'de-DE',
      'Microsoft nutzt das STAR Attestation-Programm, das auf einer SOC 2-Prüfung basiert, ergänzt um die Cloud Controls Matrix (CCM).',
    ],
    [
      'fr-fr',
      'fr-FR',
      'La STAR Attestation est basée sur un examen SOC 2 complété par la Cloud Controls Matrix (CCM).',
    ],
    [
      'zh-cn',
      'zh-CN',
      'STAR 鉴证 (STAR Attestation) 基于 SOC 2 检查，并在此基础上加入 Cloud Controls Matrix (CCM) 的要求。',
    ],
  ])('is based on both (%s)', (dir, locale, sentence) => {
    expect(based(read(`${dir}/offering-csa-star.md`, locale, 'CSA STAR', sentence))).toEqual(
      expect.arrayContaining(edges),
    );
  });

  it('not when the other is only aligned with it', () => {
    const f = read(
      'en-us/offering-csa-star.md',
      'en-US',
      'CSA STAR',
      'STAR Attestation is based on SOC 2 and is aligned with the Cloud Controls Matrix (CCM).',
    );
    expect(based(f)).not.toContain('certification:csa-star-attestation -> standard:csa-ccm');
  });
});

describe('list links', () => {
  it('reads "et du", "ainsi que sur" and a quoted title after "以及"', () => {
    const fr = read(
      'fr-fr/offering-cs-gold-mark.md',
      'fr-FR',
      'CS Gold Mark',
      'La JASA a été fondée avec le soutien du MIC et du METI.',
    );
    expect(rels(fr, 'ESTABLISHED_BY').sort()).toEqual([
      'authority:jasa -> authority:meti',
      'authority:jasa -> authority:mic',
    ]);
    const also = read(
      'fr-fr/offering-ismap.md',
      'fr-FR',
      'ISMAP',
      "Les exigences d'ISMAP sont basées sur JIS Q 27001 ainsi que sur JIS Q 27017.",
    );
    expect(based(also)).toEqual(
      expect.arrayContaining([
        'certification:ismap -> standard:jis-q-27001',
        'certification:ismap -> standard:jis-q-27017',
      ]),
    );
    const zh = read(
      'zh-cn/offering-ismap.md',
      'zh-CN',
      'ISMAP',
      'ISMAP 基于 JIS Q 27001 以及《政府机构信息安全对策统一基准群》。',
    );
    expect(based(zh)).toContain('certification:ismap -> standard:government-unified-standards');
  });
});
