import { getGazetteer } from './gazetteer.ts';
import { isTitleWord } from './titles.ts';
import { wordKind } from './word-knowledge.ts';

/**
 * Bodies named in another language, whole: "Xunta de Galicia", "Banco de España", "Électricité
 * de France", "Centre national du cinéma", "Česká národní banka", "Deutsche Bahn". English
 * readings cut them at the particle ("de", "du", "na") or type their first word as a person or
 * a place; a word that says "bank", "institute", "ministry" or "union" in a European language
 * makes the whole run of name words a body's (docs/EVAL.md, "Fourteenth pass").
 */

/** Words that make a name a body's in French, Spanish, Portuguese, Italian, German, Irish, Czech. */
const BODY_WORDS = [
  'Banco|Banca|Banque|Caisse|Caixa|Crédit|Credito|Sparkasse|[Bb]anka',
  'Société|Compagnie|Companhia|Compañía|Groupe|Grupo|Gruppo',
  'Centre|Centro|Collectif|Sindicato|Syndicat|Confederación|Confederaciones|Confédération',
  'Instituto|Institut|Istituto|Ministerio|Ministère|Ministero|Préfecture|Prefectura',
  'Agence|Agencia|Agenzia|Conseil|Consejo|Consiglio|Tribunal|Tribunale|Cour|Corte',
  'Fundación|Fondation|Fondazione|Fundação|Stiftung',
  'Universidad|Université|Università|Universität|Universidade',
  'Generalitat|Xunta|Junta|Cámara|Chambre|Partido|Parti|Partito|Ayuntamiento|Mairie|Comune',
  'Assemblée|Asamblea|Congreso|Senado|Sénat|Comisión|Commissione|Autoridad|Autorité',
  'Dirección|Servicio|Servizio|Électricité|Eléctrica|Údarás|Udaras|Comhairle|Bahn|Telekom',
  // Spanish names are often written without their accents ("Corporacion Nacional del Cobre").
  'Corporación|Corporacion|Comision|Compania|Sociedad|Sociedade|Società|Empresa|Empresas',
  'Federación|Federacion|Asociación|Asociacion|Yacimientos|Petróleos|Petroleos',
  // Filipino local councils: "Sangguniang Panlungsod", "Sangguniang Bayan".
  'Sangguniang',
].join('|');
const BODY_WORD = new RegExp(`^(?:${BODY_WORDS})$`, 'u');
/** Whether a run of words may hold a foreign body at all, tested before it is read word by word. */
const ANY_BODY = new RegExp(`(?:${BODY_WORDS}|bank|kasse|Deutsche)`, 'u');
/** A German compound that ends as a bank or a savings bank: "Bundesbank", "Volksbank". */
const BANK_COMPOUND = /^\p{Lu}\p{Ll}+(?:bank|kasse)$/u;
/** Words that join a foreign name's parts: "de", "du", "des", "na", "für", "l'". */
const PARTICLE =
  /^(?:de|del|della|delle|dei|di|da|do|dos|das|du|des|na|y|e|et|für|der|la|le|los|las)$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const POSSESSIVE = /['’]s$/u;

/** "l'Atlantique" and "d'Italia": the elided article is part of the word after it. */
const ELIDED = /^[ld]['’](?=\p{L})/u;

function isBodyWord(word: string): boolean {
  const bare = word.replace(ELIDED, '');
  return BODY_WORD.test(bare) || BANK_COMPOUND.test(bare);
}

/**
 * A lower-case word inside a foreign name: one an English reader would not write ("národní"),
 * or one a particle follows ("national" of "Centre national du cinéma").
 */
function foreignLowerWord(word: string, next: string | undefined): boolean {
  if (!/^\p{Ll}/u.test(word) || PARTICLE.test(word)) return false;
  if (/[^a-z]/u.test(word)) return true;
  return next !== undefined && PARTICLE.test(next);
}

/** The foreign bodies named in `text`, whole, as spans; none that a gazetteer knows as a place. */
export function foreignBodyNames(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  // Runs of words on one line without punctuation between them.
  for (const run of text.matchAll(/[^\n,.;:!?()"“”]+/gu)) {
    if (!ANY_BODY.test(run[0])) continue;
    const words = [...run[0].matchAll(/\S+/gu)];
    let at = 0;
    while (at < words.length) {
      // "The Xunta de Galicia": a sentence's opening word is no part of the name.
      // "Poland's National Science Centre": a possessive names the body's owner, not the body.
      // "Later Deutsche Bahn said": nor is a common word that opens a sentence.
      const first = words[at]![0];
      const before = text.slice(0, run.index + words[at]!.index);
      const opening = at === 0 && /(?:^|\n|[.!?]["”’]?)\s*$/u.test(before);
      if (
        !NAME_WORD.test(first) ||
        wordKind(first) === 'function' ||
        POSSESSIVE.test(first) ||
        (opening && wordKind(first) === 'common' && !isBodyWord(first))
      ) {
        at += 1;
        continue;
      }
      // Extend over name words, particles, and foreign lower-case words.
      let end = at + 1;
      let last = at;
      let afterParticle = false;
      while (end < words.length) {
        const word = words[end]![0];
        const next = words[end + 1]?.[0];
        // "Deutsche Bundesbank President Klaus Wendel": a title opens the next name.
        if (isTitleWord(word)) break;
        if (NAME_WORD.test(word) || ELIDED.test(word) || isBodyWord(word)) {
          last = end;
          // "Banco de España's governor": the name ends with its possessive.
          if (POSSESSIVE.test(word)) break;
        } else if (PARTICLE.test(word)) afterParticle = true;
        else if (afterParticle && /^\p{Ll}/u.test(word)) {
          // "du cinéma": a lower-case word after a particle ends the name.
          last = end;
          break;
        } else if (!foreignLowerWord(word, next)) break;
        if (last === end) afterParticle = false;
        end += 1;
      }
      const span = words.slice(at, last + 1);
      if (span.length >= 2 && span.some((w) => isBodyWord(w[0]) || w[0] === 'Deutsche')) {
        const start = run.index + span[0]!.index;
        const spanEnd =
          run.index + span.at(-1)!.index + span.at(-1)![0].replace(/['’]s$/u, '').length;
        const name = text.slice(start, spanEnd);
        if (getGazetteer().get(name.toLowerCase())?.type !== 'location')
          found.push({ start, end: spanEnd });
      }
      at = last + 1;
    }
  }
  return found;
}
