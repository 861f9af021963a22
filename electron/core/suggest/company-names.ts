import type { RecognizedMention } from './entity-recognizer.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * Company names in business news: the legal form that ends them ("Nvidia Corp.", "HSBC Holdings
 * plc", "BYD Co Ltd") and the short name the rest of the story uses ("Nvidia", "HSBC").
 */

/** Legal forms (and "Holdings") that end a company's name; never a name on their own. */
const LEGAL_FORM =
  /^(?:Inc|Corp|Co|Cos|Ltd|LLC|LLP|plc|PLC|AG|SE|SA|NV|N\.V|GmbH|Holdings|Bhd)\.?$/u;
/**
 * Trades that end companies' names, after which the story uses the first word alone ("Cisco
 * Systems" → "Cisco", "Kestrel Minerals" → "Kestrel").
 */
const TRADE_WORD =
  /^(?:Minerals|Mining|Metals|Resources|Petroleum|Systems|Technologies|Motors|Airlines|Pharmaceuticals|Pharmaceutical|Exchange|Therapeutics|Industries|Networks|Semiconductors?|Software|Labs|Biotech|Biologics|Biosciences|Pharma|Robotics|Logistics|Aerospace|Chemicals|Shipping|Partners|Capital|Group|Investments|Brands|Foods|Research|Analytics|Ventures|Securities|Utilities|Energy|Power|Telecom|Insurance|Savings|Mutual|Bancorp|Leisure|Media|Retail|Entertainment|Hotels|Cloud|Data|Foundry|Automotive|Dynamics|Breweries|Brewery|Solar|Maritime|Electronics|Microelectronics|Devices|Materials|Engineering|Construction|Airways|Aviation|Telecoms|Wireless|Digital|Studios|Publishing|Freight|Line|Lines|Shipyards?|Renewables|Diagnostics|Genomics|Photonics|Automation|Appliances|Pictures|Films|Tankers|Stores)$/u;
/** A lender's two-word trade: "Brookstone Building Society" ("Brookstone" after it). */
const BUILDING_SOCIETY = /\sBuilding\sSociety$/u;

/** Forms written with a closing period that belongs to the name ("Inc.", "Corp."). */
const ABBREVIATED_FORM = /(?:^|\s)(?:Inc|Corp|Co|Cos|Ltd|Bhd)$/u;

/**
 * An organization's span widened over what tokenizers leave outside it: the period of "Corp."
 * and a lower-case "plc" or "Ltd" after the name ("HSBC Holdings plc").
 */
export function withLegalForm(text: string, mention: RecognizedMention): RecognizedMention {
  if (mention.type !== 'organization') return mention;
  let end = mention.end;
  for (;;) {
    const after = /^ (?:plc|PLC|Ltd\.?|Co\.?|Inc\.?|Corp\.?|AG|SE|SA|NV)(?![\p{L}\p{N}])/u.exec(
      text.slice(end, end + 7),
    );
    if (after === null) break;
    end += after[0].length;
  }
  if (text[end] === '.' && ABBREVIATED_FORM.test(text.slice(Math.max(0, end - 5), end))) end += 1;
  return end === mention.end ? mention : { ...mention, end };
}

/**
 * The short name of a company named with its legal form or trade: "Nvidia Corp." → "Nvidia",
 * "BYD Co Ltd" → "BYD", "HSBC Holdings plc" → "HSBC", "Kestrel Minerals" → "Kestrel"; null
 * when the name has neither.
 */
export function companyShortName(name: string): string | null {
  const words = name.split(/\s+/u);
  let kept = words.length;
  while (kept > 1 && LEGAL_FORM.test(words[kept - 1]!)) kept -= 1;
  // A trade word goes only where one name word is left that no common word, title or place
  // shares ("General Motors", "United Airlines", "Alaska Airlines" keep their names whole).
  if (kept === 2 && TRADE_WORD.test(words[1]!) && wordKind(words[0]!) === 'unknown') kept = 1;
  // A building society takes its town's name ("Leeds Building Society"), which stays a place
  // after "in" (one-type-per-name.ts).
  if (
    kept === 3 &&
    BUILDING_SOCIETY.test(name) &&
    !['common', 'function'].includes(wordKind(words[0]!))
  )
    kept = 1;
  return kept === words.length ? null : words.slice(0, kept).join(' ');
}

/**
 * Whether a name ends as only a company's does, with a legal form or a trade ("Zenith
 * Biologics", "Harbor Peptides LLC"): never a person's name. A trade after common words only is
 * a heading or a phrase, no company ("Previous Research", "Further Research").
 */
export function endsAsCompany(name: string): boolean {
  const words = name.split(/\s+/u);
  const last = words.at(-1)!;
  if (words.length < 2) return false;
  if (LEGAL_FORM.test(last) || BUILDING_SOCIETY.test(name)) return true;
  return (
    TRADE_WORD.test(last) &&
    !words.slice(0, -1).every((word) => ['common', 'function'].includes(wordKind(word)))
  );
}
