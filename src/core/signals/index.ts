// All signal tables in one place, for the evaluator and for tests.
import { commonPhrases } from './phrases.common.js';
import { dePhrases } from './phrases.de.js';
import { enPhrases } from './phrases.en.js';
import { esPhrases } from './phrases.es.js';
import { frPhrases } from './phrases.fr.js';
import { csPhrases, idPhrases, itPhrases, plPhrases, ptPhrases } from './phrases.other.js';
import { ruPhrases } from './phrases.ru.js';
import type { PhraseSignal } from './table.js';

export const phraseTables: Readonly<Record<string, readonly PhraseSignal[]>> = {
  common: commonPhrases, en: enPhrases, de: dePhrases, fr: frPhrases, es: esPhrases, ru: ruPhrases,
  pl: plPhrases, pt: ptPhrases, it: itPhrases, cs: csPhrases, id: idPhrases,
};

export const allPhrases: readonly PhraseSignal[] = Object.values(phraseTables).flat();

export { tokenSignals, LANDMARK_ROLES, LANDMARK_TAGS } from './tokens.js';
export { linkSignals, linkNeverMatch } from './links.js';
export { vendorSignals } from './vendors.js';
export { neverMatch } from './never-match.js';
export type * from './table.js';
