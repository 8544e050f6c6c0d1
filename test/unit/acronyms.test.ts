import { describe, expect, it } from 'vitest';
import { findAcronymPairs, type KnownSpans } from '../../src/ingest/acronyms.ts';
import { article, extract } from '../helpers/extract.ts';

const names = (text: string, known?: KnownSpans) =>
  findAcronymPairs(text, known).map((p) => `${p.name} (${p.acronym})`);

describe('findAcronymPairs (CJK full names)', () => {
  it('drops the clause before the name up to the last function word', () => {
    expect(names('该标志是由某机构设立的云服务安全认证 (CSSC)。')).toEqual(['云服务安全认证 (CSSC)']);
    expect(names('本认证由新加坡资讯通信媒体发展局 (IMDA) 负责。')).toEqual(['新加坡资讯通信媒体发展局 (IMDA)']);
    // Two-character function words end the clause as well.
    expect(names('通常作为受审核信息安全管理体系 (ISMS) 的扩展。')).toEqual(['受审核信息安全管理体系 (ISMS)']);
    expect(names('检查用于云安全联盟 (CSA) 的鉴证。')).toEqual(['云安全联盟 (CSA)']);
  });

  it('does not cut at a function character inside a word', () => {
    expect(names('波罗的海数字信任事务局 (BDTA) 负责运营。')).toEqual(['波罗的海数字信任事务局 (BDTA)']);
    expect(names('该计划由波罗的海云安全研究院 (BCSI) 运营。')).toEqual(['波罗的海云安全研究院 (BCSI)']);
    expect(names('中国和平发展委员会 (CPDC)')).toEqual(['中国和平发展委员会 (CPDC)']);
    // 的 in 波罗的海, then 的 as a particle: the cut is at the particle.
    expect(names('由波罗的海国家设立的区域云安全认证 (RCSC)')).toEqual(['区域云安全认证 (RCSC)']);
  });

  it('does not cut inside a known name', () => {
    const run = '欧洲自由贸易联盟';
    const known: KnownSpans = (text) => {
      const start = text.indexOf(run);
      return start < 0 ? [] : [{ start, end: start + run.length }];
    };
    expect(names('在欧盟和欧洲自由贸易联盟 (EFTA) 境内')).toEqual(['贸易联盟 (EFTA)']);
    expect(names('在欧盟和欧洲自由贸易联盟 (EFTA) 境内', known)).toEqual(['欧洲自由贸易联盟 (EFTA)']);
  });

  it('leaves a function character that ends the run alone', () => {
    expect(names('云安全联盟的 (CSA)')).toEqual(['云安全联盟的 (CSA)']);
  });
});

describe('extraction of CJK full names', () => {
  it('keeps lexicon names whole and discovers names with 波罗的海 uncut', () => {
    const facts = extract(
      'zh-cn/offering-baltic.md',
      article(
        'zh-CN',
        '波罗的海云服务认证 (BCSC)',
        `# <a name="bcsc"></a>波罗的海云服务认证 (BCSC)

## <a name="overview"></a>概述

该认证由波罗的海数字信任事务局 (BDTA) 运营，适用于欧盟和欧洲自由贸易联盟 (EFTA) 境内的云服务。
`,
      ),
    );
    const cert = facts.nodes.find((n) => n.id === 'certification:baltic')?.properties;
    expect(cert?.names).toEqual({ 'zh-CN': '波罗的海云服务认证' });
    expect(facts.nodes.find((n) => n.id === 'authority:bdta')?.properties.name).toBe('波罗的海数字信任事务局');
    // The lexicon knows 欧洲自由贸易联盟 whole, so no cut-off "贸易联盟" is learned as a name of it.
    expect(facts.nodes.find((n) => n.id === 'jurisdiction:efta')?.properties).toEqual({});
  });

  it('learns no name that is a known name of the same entity with context words before it', () => {
    const facts = extract(
      'zh-cn/offering-examplia.md',
      article(
        'zh-CN',
        'Examplia 云认证 (ECC)',
        `# Examplia 云认证 (ECC)

## <a name="overview"></a>概述

该认证基于 SOC 2 检查，并在此基础上加入 CSA 云控制矩阵 (CCM) 的要求，也参考了 the Cloud Controls Matrix (CCM) of the Cloud Security Alliance (CSA)。
`,
      ),
    );
    expect(facts.nodes.find((n) => n.id === 'standard:csa-ccm')?.properties).toEqual({});
    expect(facts.nodes.find((n) => n.id === 'authority:csa')?.properties).toEqual({});
  });
});
