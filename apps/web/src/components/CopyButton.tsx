'use client';

import { useEffect, useState } from 'react';

/**
 * Copies the text of the element with id `target`. It stays invisible (but keeps its space, so
 * nothing moves) until JavaScript runs, because without JavaScript it could do nothing.
 */
export function CopyButton({ target, label }: { target: string; label: string }) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => setReady(true), []);
  const copy = async () => {
    const text = document.getElementById(target)?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      setStatus('Copy failed: select the text and copy it by hand');
    }
  };
  return (
    <div style={{ visibility: ready ? 'visible' : 'hidden' }}>
      <button type="button" onClick={copy} aria-describedby={`${target}-status`}>
        Copy {label}
      </button>{' '}
      <span id={`${target}-status`} role="status" className="muted">
        {status}
      </span>
    </div>
  );
}
