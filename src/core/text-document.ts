/**
 * Plain-text mode: a text file of paragraphs (one per line) becomes an HTML document of
 * <p> elements, so it goes through the same classifier as a saved page. The caller
 * supplies the DOMImplementation (the page's, or jsdom's), keeping the core global-free.
 */
export function paragraphsToDocument(impl: DOMImplementation, text: string, title = ''): Document {
  const doc = impl.createHTMLDocument(title);
  const article = doc.createElement('article');
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const p = doc.createElement('p');
    p.textContent = trimmed;
    article.appendChild(p);
  }
  doc.body.appendChild(article);
  return doc;
}
