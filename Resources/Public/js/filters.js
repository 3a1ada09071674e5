// Landscape filters: apply a checkbox or select change at once (the button still works without JS).
'use strict';
(() => {
  const form = document.getElementById('filterform');
  if (!form) return;
  const KEY = 'regio:filter-focus';
  let keyed = null; // a select changed with the keyboard waits for the button (WCAG 3.2.2)
  try { // after our own submit: put focus back on the control that was changed
    const s = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    sessionStorage.removeItem(KEY);
    const el = s && Date.now() - s.t < 10000 && Array.from(form.elements).find((e) => e.name === s.name && (e.type !== 'checkbox' || e.value === s.value));
    const d = el && el.closest('details');
    if (el) (d && !d.open ? d.querySelector('summary') : el).focus();
  } catch (err) { /* no sessionStorage: no focus restore */ }
  form.addEventListener('keydown', (e) => { if (e.target.tagName === 'SELECT') keyed = e.target; });
  form.addEventListener('pointerdown', (e) => { if (e.target === keyed) keyed = null; });
  form.addEventListener('change', (e) => {
    const el = e.target;
    if ((el.type !== 'checkbox' && el.tagName !== 'SELECT') || el === keyed) return;
    try { sessionStorage.setItem(KEY, JSON.stringify({ name: el.name, value: el.value, t: Date.now() })); } catch (err) { /* ignore */ }
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  });
})();
