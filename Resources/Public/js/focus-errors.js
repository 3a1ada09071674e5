// Forms with errors: move focus to the error summary so it is read out first.
'use strict';
(() => {
  const summary = document.getElementById('foutmeldingen');
  if (summary) summary.focus();
})();
