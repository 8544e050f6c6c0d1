/**
 * Fronted subordinate clauses: a sentence that opens with a subordinator ("If …, X applies", "Nadat …,
 * heeft NEN …", "Quando …, il …") has a clause of its own before the comma that closes it. Contract: a
 * cue inside such a clause takes no patient after a comma, which would be in the main clause; only the
 * text is read, never mentions.
 */

/** Subordinators that open a sentence with a clause of their own, per article language. */
const OPENERS: Record<string, string> = {
  en: String.raw`if|when|whenever|after|before|because|since|although|though|while|once|until|unless|as\s+soon\s+as`,
  de: 'wenn|falls|nachdem|bevor|weil|obwohl|sobald|seit|seitdem|während|da|als',
  nl: 'als|indien|wanneer|nadat|voordat|omdat|hoewel|zodra|sinds|terwijl|doordat|zolang',
  fr: String.raw`si|quand|lorsque|lorsqu['’]|après\s+qu(?:e|['’])|avant\s+qu(?:e|['’])|parce\s+qu(?:e|['’])|bien\s+qu(?:e|['’])|puisque|puisqu['’]|dès\s+qu(?:e|['’])`,
  es: String.raw`si|cuando|después\s+de\s+que|antes\s+de\s+que|porque|aunque|ya\s+que|una\s+vez\s+que|mientras`,
  pt: String.raw`se|quando|depois\s+que|antes\s+que|porque|embora|já\s+que|uma\s+vez\s+que|enquanto`,
  it: String.raw`se|quando|dopo\s+che|prima\s+che|perché|sebbene|poiché|una\s+volta\s+che|mentre`,
  sv: String.raw`om|när|efter\s+att|innan|eftersom|även\s+om|sedan|medan`,
  pl: String.raw`jeśli|jeżeli|gdy|kiedy|po\s+tym,?\s+jak|ponieważ|chociaż|zanim|skoro`,
};

const FRONTED: Record<string, RegExp> = Object.fromEntries(
  Object.entries(OPENERS).map(([lang, words]) => [
    lang,
    new RegExp(String.raw`^(?:\*\*)?\s*(?:[-*]\s+|\d+[.)]\s+)?(?:${words})(?![\p{L}])`, 'iu'),
  ]),
);

/** True when the text between a cue in a sentence that opens with a subordinate clause and a later name crosses a comma. */
export function crossesFrontedClause(text: string, lang: string, cueEnd: number, nameStart: number): boolean {
  return !!FRONTED[lang]?.test(text) && /[,，]/.test(text.slice(cueEnd, nameStart));
}
