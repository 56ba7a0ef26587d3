// Builds the scanner's tables ahead of the first scan (the content script does it while it
// waits for its settings): the compiled lexicon.
import { lexicon } from './lexicon/index.js';

export function prepareScanner(): void {
  lexicon();
}
