// Print button: shown only when script runs (it calls the browser's print dialog, where
// "Opslaan als PDF" is one of the printers); without script the hint next to it says how.
'use strict';
(() => {
  const button = document.getElementById('afdrukken');
  if (!button || typeof window.print !== 'function') return;
  const hint = document.getElementById('afdrukken-uitleg');
  button.hidden = false;
  if (hint) hint.hidden = true;
  button.addEventListener('click', () => window.print());
})();
