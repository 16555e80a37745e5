// The practice page: questions drawn from the embedded, pre-generated variants; answers checked
// against the key's ranges and the modelled mistakes computed by examgen. Nothing is computed here
// that examgen already computed, and nothing leaves the page.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("practice-data").textContent);
  var storeKey = "examgen-practice:" + data.id;
  var progress = load();
  var current = { family: 0, variant: 0 };
  var familySelect = document.getElementById("family");
  var question = document.getElementById("question");
  var progressLine = document.getElementById("progress");

  function load() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(storeKey) || "{}");
      return { attempted: saved.attempted || {}, firstTime: saved.firstTime || {}, seen: saved.seen || {} };
    } catch (e) {
      return { attempted: {}, firstTime: {}, seen: {} };
    }
  }

  function save() {
    try {
      window.localStorage.setItem(storeKey, JSON.stringify(progress));
    } catch (e) {
      // private windows may refuse storage; the page still works
    }
  }

  function showProgress() {
    var attempted = Object.keys(progress.attempted).length;
    var right = Object.keys(progress.firstTime).filter(function (k) { return progress.firstTime[k]; }).length;
    progressLine.textContent = "Attempted " + attempted + " part" + (attempted === 1 ? "" : "s") + ", right first time " + right + ".";
  }

  function typeset(root) {
    root.querySelectorAll(".math").forEach(function (element) {
      katex.render(element.getAttribute("data-tex"), element, { throwOnError: false, output: "htmlAndMathml" });
    });
  }

  /** Reads a number as typed: spaces, a comma for the point, a fraction, a typographic minus. */
  function readNumber(text) {
    var t = text.replace(/\s+/g, "").replace(/\u2212/g, "-");
    if (t === "") { return null; }
    if (t.indexOf(",") >= 0 && t.indexOf(".") < 0 && t.indexOf(",") === t.lastIndexOf(",")) { t = t.replace(",", "."); }
    var fraction = /^([+-]?\d+)\/(\d+)$/.exec(t);
    if (fraction) { return Number(fraction[1]) / Number(fraction[2]); }
    return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : NaN;
  }

  function verdict(part, typed) {
    if (part.type === "choice") {
      var option = part.options.filter(function (o) { return o.label === typed; })[0];
      if (!option) { return { kind: "none", text: "Choose an option first." }; }
      return option.correct ? { kind: "right", text: "Right." } : { kind: "mistake", text: "Not right: " + option.why + "." };
    }
    var value = readNumber(typed);
    if (value === null) { return { kind: "none", text: "Type an answer first." }; }
    if (isNaN(value)) { return { kind: "none", text: "That is not a number: write 0.58, -1.2 or 1/3." }; }
    if (value >= part.min && value <= part.max) { return { kind: "right", text: "Right: " + part.display + "." }; }
    for (var i = 0; i < part.mistakes.length; i++) {
      var m = part.mistakes[i];
      if (value >= m.min && value <= m.max) { return { kind: "mistake", text: "Not quite: " + m.why + "." }; }
    }
    return { kind: "wrong", text: "Not right. Try again, or open the worked solution." };
  }

  /** The bank's plain text (a title) inside markup: its <, & and quotes as characters, not tags. */
  function escapeText(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function render() {
    var family = data.families[current.family];
    var variant = family.variants[current.variant];
    progress.seen[current.family] = current.variant;
    save();
    var html = "<h2>" + escapeText(family.title) + " <span class=\"variant\">(" + (current.variant + 1) + " of " + family.variants.length + ")</span></h2>"
      + "<p class=\"stem\">" + variant.stem + "</p>" + (variant.data || "");
    variant.figures.forEach(function (f) {
      html += "<figure class=\"figure\"><div role=\"img\" aria-label=\"" + f.alt + "\">" + f.svg + "</div></figure>";
    });
    variant.parts.forEach(function (part, p) {
      var id = "part-" + p;
      html += "<div class=\"part\" data-part=\"" + p + "\"><p class=\"prompt\"><span class=\"label\">(" + part.label + ")</span> " + part.prompt
        + " <span class=\"marks\">[" + part.marks + "]</span></p>";
      if (part.type === "choice") {
        html += "<fieldset><legend class=\"sr\">Options for part " + part.label + "</legend>";
        part.options.forEach(function (o, i) {
          html += "<label class=\"option\"><input type=\"radio\" name=\"" + id + "\" value=\"" + o.label + "\"> <b>" + o.label + ".</b> " + o.html + "</label>";
        });
        html += "</fieldset>";
      } else if (part.type === "numeric") {
        html += "<label class=\"answer\" for=\"" + id + "\">Your answer to (" + part.label + ")</label> <input id=\"" + id
          + "\" class=\"number\" type=\"text\" inputmode=\"decimal\" autocomplete=\"off\">";
      } else {
        html += "<p class=\"written\">A written answer: compare yours with the model answer in the worked solution.</p>";
      }
      if (part.type !== "text") {
        html += " <button type=\"button\" class=\"check\">Check</button>";
      }
      html += "<p class=\"verdict\" role=\"status\" aria-live=\"polite\"></p>"
        + "<button type=\"button\" class=\"solution-button\"" + (part.type === "text" ? "" : " hidden") + ">Show the worked solution</button>"
        + "<ol class=\"steps\"></ol></div>";
    });
    question.innerHTML = html;
    typeset(question);
    question.querySelectorAll(".part").forEach(wire);
    familySelect.value = String(current.family);
  }

  function wire(element) {
    var index = Number(element.getAttribute("data-part"));
    var part = data.families[current.family].variants[current.variant].parts[index];
    var key = current.family + ":" + current.variant + ":" + index;
    var verdictLine = element.querySelector(".verdict");
    var solutionButton = element.querySelector(".solution-button");
    var steps = element.querySelector(".steps");
    var shown = 0;
    function check() {
      var typed = part.type === "choice"
        ? (element.querySelector("input[type=radio]:checked") || { value: "" }).value
        : element.querySelector("input.number").value;
      var result = verdict(part, typed);
      verdictLine.textContent = result.text;
      verdictLine.className = "verdict " + result.kind;
      if (result.kind !== "none") {
        if (!(key in progress.attempted)) { progress.firstTime[key] = result.kind === "right"; }
        progress.attempted[key] = true;
        save();
        showProgress();
        solutionButton.hidden = false;
      }
    }
    var checkButton = element.querySelector(".check");
    if (checkButton) { checkButton.addEventListener("click", check); }
    element.querySelectorAll("input").forEach(function (input) {
      input.addEventListener("keydown", function (event) {
        if (event.key === "Enter") { event.preventDefault(); check(); }
      });
    });
    solutionButton.addEventListener("click", function () {
      if (shown < part.steps.length) {
        var item = document.createElement("li");
        item.innerHTML = part.steps[shown];
        typeset(item);
        steps.appendChild(item);
        shown++;
      }
      solutionButton.textContent = shown < part.steps.length ? "Next step" : "That is the whole solution";
      solutionButton.disabled = shown >= part.steps.length;
    });
  }

  data.families.forEach(function (family, i) {
    var option = document.createElement("option");
    option.value = String(i);
    option.textContent = (i + 1) + ". " + family.title;
    familySelect.appendChild(option);
  });
  familySelect.addEventListener("change", function () {
    current.family = Number(familySelect.value);
    current.variant = progress.seen[current.family] || 0;
    render();
  });
  document.getElementById("another").addEventListener("click", function () {
    current.variant = (current.variant + 1) % data.families[current.family].variants.length;
    render();
    question.focus();
  });
  current.variant = progress.seen[0] || 0;
  render();
  showProgress();
}());
