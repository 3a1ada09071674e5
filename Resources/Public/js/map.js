// Zoom and pan on the server-drawn SVG map, by changing its viewBox. Without this script
// the map is a plain image with links; the buttons then do nothing and are hidden.
(function () {
  'use strict';
  const svg = document.querySelector('.map-svg');
  if (!svg) return;
  const full = svg.viewBox.baseVal;
  const home = { x: full.x, y: full.y, w: full.width, h: full.height };
  let view = Object.assign({}, home);
  const apply = () => svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  const zoom = (factor, cx, cy) => {
    const w = Math.min(home.w, Math.max(home.w / 8, view.w * factor));
    const h = w * home.h / home.w;
    const fx = cx === undefined ? 0.5 : cx, fy = cy === undefined ? 0.5 : cy;
    view = { x: view.x + (view.w - w) * fx, y: view.y + (view.h - h) * fy, w: w, h: h };
    apply();
  };
  document.querySelectorAll('[data-zoom]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => {
      const action = button.getAttribute('data-zoom');
      if (action === 'in') zoom(0.7);
      else if (action === 'out') zoom(1 / 0.7);
      else { view = Object.assign({}, home); apply(); }
    });
  });
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const box = svg.getBoundingClientRect();
    zoom(event.deltaY < 0 ? 0.85 : 1 / 0.85, (event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
  }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY, view: Object.assign({}, view), moved: false };
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const box = svg.getBoundingClientRect();
    const dx = (event.clientX - drag.x) * view.w / box.width, dy = (event.clientY - drag.y) * view.h / box.height;
    if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = true;
    view = Object.assign({}, drag.view, { x: drag.view.x - dx, y: drag.view.y - dy });
    apply();
  });
  const end = () => { setTimeout(() => { drag = null; }, 0); };
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointerleave', end);
  // A drag must not follow the link under the pointer.
  svg.addEventListener('click', (event) => { if (drag && drag.moved) event.preventDefault(); }, true);
})();
