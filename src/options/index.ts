import { pageApi } from '../platform/browser.js';
import { startOptions } from './options.js';

startOptions(document, pageApi);
