import { loadPackage } from '../data.js';
import { print, printJson, textWidth } from '../io.js';
import { Layout, resolvedLinks } from '../layout.js';
import { renderText } from '../render/doc.js';
import { resolveRef } from '../resolve.js';

/** `policy show <ref>`: one record laid out for reading, or `{collection, record, links, referencedBy}`. */
export async function show(ref: string, opts: { json?: boolean }): Promise<void> {
  const pkg = await loadPackage();
  const { collection, record } = resolveRef(pkg, ref);
  if (opts.json)
    return printJson({
      collection,
      record,
      links: resolvedLinks(pkg, pkg.linksOf(collection, record), 'to'),
      referencedBy: resolvedLinks(pkg, pkg.referencesTo(collection, record.id), 'from'),
    });
  print(renderText(new Layout(pkg).blocks(collection, record), textWidth()));
}
