// The route builder: show the coverage of the role while the form is filled in.
// Without this script the "Bereken dekking" button shows the same panel.
(function () {
  "use strict";
  var form = document.getElementById("leerroute-bouwen");
  var target = document.getElementById("dekking-live");
  if (!form || !target || !window.fetch || !window.URLSearchParams) return;
  var pending = null, latest = 0;

  function update() {
    var ticket = ++latest;
    var body = new URLSearchParams(new FormData(form));
    body.set("action", "preview");
    fetch("/leerroutes/dekking", { method: "POST", body: body, credentials: "same-origin",
                                   headers: { "Content-Type": "application/x-www-form-urlencoded" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        // Only the answer to the newest change counts.
        if (html !== null && ticket === latest) target.innerHTML = html;
      })
      .catch(function () { /* the button still works */ });
  }

  function soon() {
    clearTimeout(pending);
    pending = setTimeout(update, 250);
  }

  form.addEventListener("change", soon);
  form.addEventListener("input", function (event) {
    if (event.target && /^step-(order|hours)-/.test(event.target.name || "")) soon();
  });
})();
