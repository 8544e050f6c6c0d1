/**
 * Entities and relations the extractor reads without a plain "Full Name (ACR)" pair or a plain cue:
 * bodies named by a brand and a head word, a document noun after a pair, tier codes the article defines
 * by an acronym, objects behind a preposition, and Korean "certification bodies of X are A and B".
 * Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { article, extract, rels } from '../helpers/extract.ts';

const node = (facts: ReturnType<typeof extract>, id: string) => facts.nodes.find((n) => n.id === id);

const en = (body: string, title = 'Quorvex Assurance Exchange (QAX)') =>
  extract(
    'en-us/offering-qax.md',
    article('en-US', title, `# ${title}\n\n## <a name="overview"></a>Overview\n\n${body}\n`),
  );

describe('extraction: bodies named by a brand and a head word', () => {
  it('discovers "the ZORB Consortium" as authority:zorb, also known by its token', () => {
    const facts = en('The ZORB Consortium was founded in 2019. QAX is operated by ZORB.');
    expect(node(facts, 'authority:zorb')?.properties.name).toBe('ZORB Consortium');
    expect(rels(facts, 'ACCREDITS')).toContain('authority:zorb -> certification:qax');
  });

  it('makes a certification token and a head word a body of its own', () => {
    const facts = en('The QAX Board issues the QAX and reviews it every year.');
    expect(node(facts, 'authority:qax-board')?.properties.name).toBe('QAX Board');
    expect(rels(facts, 'PUBLISHES')).toContain('authority:qax-board -> certification:qax');
  });

  it('reads no body from countries, IT functions or lower-case heads', () => {
    const facts = en('The IT Department and the US Agency read the QAX. The WEXO association is informal.');
    const bodies = facts.nodes.filter((n) => n.id.startsWith('authority:')).map((n) => n.id);
    expect(bodies).toEqual([]);
  });

  it('is read in English articles only', () => {
    const facts = extract(
      'de-de/offering-qax.md',
      article('de-DE', 'QAX', '# QAX\n\n## <a name="overview"></a>Überblick\n\nDie ZORB Association betreibt QAX.\n'),
    );
    expect(node(facts, 'authority:zorb')).toBeUndefined();
  });
});

describe('extraction: a document noun after a pair', () => {
  it('makes "Full Name Assessment (ACR) catalog" a standard', () => {
    const facts = en('The controls come from the Brindle Security Assessment (BSA) catalog.');
    expect(node(facts, 'standard:bsa')).toBeDefined();
    expect(node(facts, 'certification:bsa')).toBeUndefined();
  });

  it('leaves the head of the name alone when a verb or another noun follows', () => {
    const facts = en(
      'The Brindle Security Assessment (BSA) covers suppliers. The Brindle Data Programme (BDP) results are public.',
    );
    expect(node(facts, 'certification:bsa')).toBeDefined();
    expect(node(facts, 'certification:bdp')).toBeDefined();
  });
});

describe('extraction: tier codes defined by an acronym', () => {
  it('reads "maturity levels (ML)" and then "ML 1", "ML2" and "ML 3" as tiers of the scheme', () => {
    const facts = en(
      'Each audit is done at one of three maturity levels (ML).\n\n- **ML 1**: a self-check.\n- **ML2**: a remote review.\n- **ML 3**: an on-site review.',
    );
    expect(rels(facts, 'PART_OF').sort()).toEqual([
      'certification:qax-ml1 -> certification:qax',
      'certification:qax-ml2 -> certification:qax',
      'certification:qax-ml3 -> certification:qax',
    ]);
  });

  it('reads spaced codes as nothing when the article does not define their prefix', () => {
    const facts = en('Results are graded.\n\n- **ML 1**: a self-check.\n- **ML 3**: an on-site review.');
    expect(rels(facts, 'PART_OF')).toEqual([]);
  });
});

describe('extraction: an object behind a preposition', () => {
  it('does not take a name after "the results on the" as what a body publishes', () => {
    const facts = en('The ZORB Consortium publishes the results on the QAX exchange platform.');
    expect(rels(facts, 'PUBLISHES')).toEqual([]);
  });

  it('still takes a direct object', () => {
    const facts = en('The ZORB Consortium publishes the Quorvex Control Standard (QCS) every year.');
    expect(rels(facts, 'PUBLISHES')).toContain('authority:zorb -> standard:qcs');
  });
});

describe('extraction: Korean certification bodies and certification work', () => {
  const ko = (body: string) =>
    extract(
      'ko-kr/offering-kqax.md',
      article('ko-KR', '가상 보안인증(KQAX)', `# 가상 보안인증(KQAX)\n\n## <a name="overview"></a>개요\n\n${body}\n`),
    );

  it('reads "X의 인증기관은 A과 B입니다" as A and B accrediting X', () => {
    const facts = ko('KQAX의 인증기관은 한국가상진흥원(KVA)과 가상보안원(VSI)입니다.');
    expect(rels(facts, 'ACCREDITS').sort()).toEqual([
      'authority:kva -> certification:kqax',
      'authority:vsi -> certification:kqax',
    ]);
  });

  it('reads "인증 업무는 A이 수행합니다" as A accrediting the described scheme', () => {
    const facts = ko('인증 업무는 한국가상진흥원(KVA)이 수행합니다.');
    expect(rels(facts, 'ACCREDITS')).toContain('authority:kva -> certification:kqax');
  });

  it('reads nothing from work of another kind', () => {
    const facts = ko('한국가상진흥원(KVA)은 교육을 제공합니다. 심사 업무의 일부는 지정된 심사기관이 수행합니다.');
    expect(rels(facts, 'ACCREDITS')).toEqual([]);
  });
});
