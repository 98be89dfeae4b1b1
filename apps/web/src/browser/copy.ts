/**
 * Copy buttons: each `button[data-copy]` copies the text of the element whose id it names and
 * says so in its status element. The buttons are hidden (but keep their space) until this runs.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const target = button.dataset.copy ?? '';
  const status = document.getElementById(`${target}-status`);
  button.addEventListener('click', async () => {
    const text = document.getElementById(target)?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = 'Copied';
    } catch {
      if (status) status.textContent = 'Copy failed: select the text and copy it by hand';
    }
  });
  button.removeAttribute('data-pending');
}
