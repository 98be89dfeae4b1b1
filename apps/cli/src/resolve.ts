import type { Found } from '@policy/pakistan-2024';
import type { Pkg } from './data.js';
import { failure } from './errors.js';

/** Finds a record by id, ISO code, name or alias, or fails with one line suggesting the nearest matches. */
export function resolveRef(pkg: Pkg, ref: string): Found {
  const found = pkg.findRecord(ref);
  if (found) return found;
  const near = pkg.suggest(ref, { limit: 3 });
  const hint = near.length
    ? `did you mean ${near.map((s) => `${s.id} (${s.collection})`).join(', ')}?`
    : `try \`policy search ${JSON.stringify(ref)}\``;
  throw failure(`no record matches "${ref}"; ${hint}`);
}
