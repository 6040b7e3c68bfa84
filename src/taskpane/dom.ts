// Building pane elements. Text always goes in as textContent, never as markup: cell values, names
// and messages are data, so nothing a workbook holds can inject HTML into the pane.
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}
