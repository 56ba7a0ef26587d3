import { pageApi } from '../platform/browser.js';
import { startPopup } from './popup.js';

startPopup(document, pageApi, location.search);
