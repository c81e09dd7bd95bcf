// Flarelink's small behaviours: live progress over server-sent events, the connect form's
// credential fields, and charts. Everything else is plain HTML and htmx.
(function () {
  "use strict";

  // An element with data-stream="URL" listens there: "append" events add their HTML to its
  // [data-stream-list], "replace" events replace its [data-stream-end] (or itself), and "end"
  // does that for the last time and closes the stream.
  function listen(element) {
    if (element.dataset.streaming) return;
    element.dataset.streaming = "yes";
    var source = new EventSource(element.dataset.stream);
    var list = element.querySelector("[data-stream-list]") || element;
    var end = element.querySelector("[data-stream-end]") || element;
    function html(event) { return JSON.parse(event.data).html; }
    source.addEventListener("append", function (event) {
      list.insertAdjacentHTML("beforeend", html(event));
    });
    source.addEventListener("replace", function (event) {
      end.innerHTML = html(event);
      if (window.htmx) htmx.process(end);
    });
    source.addEventListener("end", function (event) {
      source.close();
      end.innerHTML = html(event);
      element.dataset.ended = "yes";
      if (window.htmx) htmx.process(end);
      // A scan that ended may change the connection's status shown on the same page.
      var update = end.querySelector("[data-status-update]");
      var shown = document.getElementById("connection-status");
      if (update && shown) {
        shown.innerHTML = update.innerHTML;
        update.remove();
      }
    });
    source.onerror = function () {
      if (element.dataset.ended) return;
      source.close();
      end.insertAdjacentHTML("beforeend",
        "<p class=\"problem\">The live view was cut off; reload the page to see where it stands.</p>");
    };
  }

  // The connect form, and the edit form's new credential ([data-credential-fields], where the
  // secret is optional: empty keeps the saved one).
  function credentialFields(root) {
    if (!root.querySelectorAll) return;
    root.querySelectorAll("#connect-form, [data-credential-fields]").forEach(function (form) {
      if (form.dataset.credentialReady) return;
      form.dataset.credentialReady = "yes";
      var optional = form.hasAttribute("data-credential-fields");
      function update() {
        var kind = form.querySelector("input[name=credential_kind]:checked").value;
        var key = kind === "global_api_key";
        form.querySelector("#email_field").hidden = !key;
        form.querySelector("#email").required = key && !optional;
        form.querySelector("#token_type_field").hidden = key;
        form.querySelector("#secret_label").textContent =
          (key ? "Global API Key" : "Token") + (optional ? " (empty keeps the saved one)" : "");
      }
      form.querySelectorAll("input[name=credential_kind]").forEach(function (radio) {
        radio.addEventListener("change", update);
      });
      update();
    });
  }

  // Tested without an Account ID, the verdict lists the accounts: picking one fills the Account
  // ID and tests again.
  document.addEventListener("click", function (event) {
    var pick = event.target.closest ? event.target.closest("[data-pick-account]") : null;
    if (!pick) return;
    var field = document.getElementById("account_id");
    if (!field) return;
    field.value = pick.dataset.pickAccount;
    var test = document.getElementById("test-button");
    if (test) test.click();
  });

  var palette = ["#f38020", "#1f6feb", "#2da44e", "#8250df", "#cf222e", "#bf8700", "#57606a"];

  // A <canvas data-chart='{"type":"bar","labels":[...],"series":{"name":[...]}}'> becomes a chart.
  function charts(root) {
    if (!window.Chart || !root.querySelectorAll) return;
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.drawn) return;
      canvas.dataset.drawn = "yes";
      var spec = JSON.parse(canvas.dataset.chart);
      var names = Object.keys(spec.series);
      new Chart(canvas, {
        type: spec.type,
        data: {
          labels: spec.labels,
          datasets: names.map(function (name, i) {
            return { label: name, data: spec.series[name], backgroundColor: palette[i % palette.length],
                     borderColor: palette[i % palette.length] };
          })
        },
        options: { animation: false, responsive: true, maintainAspectRatio: false,
                   scales: spec.stacked ? { x: { stacked: true }, y: { stacked: true } } : {} }
      });
    });
  }

  function start(root) {
    if (root.querySelectorAll) {
      if (root.dataset && root.dataset.stream) listen(root);
      root.querySelectorAll("[data-stream]").forEach(listen);
    }
    credentialFields(root);
    charts(root);
  }

  // A problem shown in place is brought into view; a new request clears the page's old one.
  document.addEventListener("htmx:beforeRequest", function () {
    var box = document.getElementById("problem");
    if (box) box.innerHTML = "";
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    var problem = event.target.querySelector ? event.target.querySelector(".problem") : null;
    if (problem) problem.scrollIntoView({ block: "nearest" });
  });

  document.addEventListener("DOMContentLoaded", function () { start(document); });
  document.addEventListener("htmx:afterSettle", function (event) { start(event.target); });
})();
