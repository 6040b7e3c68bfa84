// Builds the Vietnamese functions metadata (functions.vi.json) from the English one that
// custom-functions-metadata generates from JSDoc, with the Vietnamese descriptions the functions are
// declared with (src/functions/metadata.ts gathers them).
// Excel loads it in place of functions.json when it runs in Vietnamese (bt:Override in manifest.xml).
// Fails loudly when a function or parameter has no translation, so the two files cannot drift apart.
'use strict';

function localizeFunctions(metadata, translations) {
  const missing = [];
  const functions = metadata.functions.map((f) => {
    const t = translations[f.id];
    if (!t || !t.description) { missing.push(f.id); return f; }
    const parameters = (f.parameters || []).map((p) => {
      const d = t.params && t.params[p.name];
      if (!d) { missing.push(`${f.id}.${p.name}`); return p; }
      return { ...p, description: d };
    });
    return { ...f, description: t.description, parameters };
  });
  const extra = Object.keys(translations).filter((id) => !metadata.functions.some((f) => f.id === id));
  if (missing.length || extra.length) {
    throw new Error(`functions.vi.json: no Vietnamese text for ${missing.join(', ') || '-'}; unknown functions ${extra.join(', ') || '-'}`);
  }
  return { ...metadata, functions };
}

module.exports = { localizeFunctions };
