// The compiled lexicon of every language, built once per page load on first use.
import { LANGUAGES } from './languages.js';
import { compileLexicon, type CompiledLexicon } from './match.js';

let compiled: CompiledLexicon | null = null;

export function lexicon(): CompiledLexicon {
  return (compiled ??= compileLexicon(LANGUAGES));
}

export { CONCEPT_INDEX, conceptHits, languageMask, tokenize, type CompiledLexicon, type Tokens } from './match.js';
export { CONCEPTS, type Concept, type LanguageLexicon } from './types.js';
