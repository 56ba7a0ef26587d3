// Fills static extension-page text from _locales. The HTML carries the English text already,
// so nothing moves when the English strings arrive; other languages replace it in place.

export type GetMessage = (name: string, substitutions?: string | string[]) => string;

/** A message, or `fallback` when the locale has none (or the API is unavailable). */
export function t(getMessage: GetMessage, name: string, fallback: string, subs?: string | string[]): string {
  try {
    const s = getMessage(name, subs);
    return s || fallback;
  } catch {
    return fallback;
  }
}

/** Attributes data-i18n / data-i18n-label / data-i18n-title name the message for textContent / aria-label / title. */
export function localize(root: ParentNode, getMessage: GetMessage): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    el.textContent = t(getMessage, el.dataset['i18n'] ?? '', el.textContent ?? '');
  }
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n-label]'))) {
    el.setAttribute('aria-label', t(getMessage, el.dataset['i18nLabel'] ?? '', el.getAttribute('aria-label') ?? ''));
  }
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n-title]'))) {
    el.title = t(getMessage, el.dataset['i18nTitle'] ?? '', el.title);
  }
}

/** <html lang> follows the language the strings actually came from (screen readers read by it). */
export function setDocumentLanguage(doc: Document, getMessage: GetMessage): void {
  const lang = t(getMessage, 'langCode', '');
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) doc.documentElement.lang = lang;
}
