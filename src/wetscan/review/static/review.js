// wetscan review: decisions without leaving the page, and keyboard shortcuts. No dependencies.
// Every request carries the session's CSRF token; all text is inserted with textContent.
// What the script says comes from the page (#review-messages), in the page's language.
"use strict";

(function () {
  const csrfToken = document.querySelector('meta[name="csrf-token"]')?.content || "";
  const messages = JSON.parse(document.getElementById("review-messages")?.textContent || "{}");

  function text(name, values) {
    return (messages[name] || name).replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
  }

  function decisionLabel(decision) {
    return (messages.decisions && messages.decisions[decision]) || decision;
  }
  const toast = document.getElementById("toast");
  let toastTimer = null;

  function say(message, isError) {
    if (!toast) return;
    toast.textContent = message;
    toast.classList.toggle("error", Boolean(isError));
    toast.classList.add("show");
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => toast.classList.remove("show"), 2200);
  }

  function when(iso) {
    return (iso || "").slice(0, 19).replace("T", " ");
  }

  function showDecision(form, saved) {
    form.querySelectorAll(".choice").forEach((button) => {
      button.classList.toggle("chosen", button.value === saved.decision);
    });
    const current = form.querySelector(".current-decision");
    const progress = document.getElementById("progress");
    if (progress && saved.target_type === "finding" && current.querySelector(".muted")) {
      progress.textContent = progress.textContent.replace(/^\d+/, (n) => String(Number(n) + 1));
    }
    current.replaceChildren();
    const badge = document.createElement("span");
    badge.className = "badge d-" + saved.decision;
    badge.textContent = decisionLabel(saved.decision);
    current.append(badge, " " + text("decidedJustNow", { reviewer: saved.reviewer, time: when(saved.created_at) }));
    if (saved.comment) {
      const quote = document.createElement("q");
      quote.textContent = saved.comment;
      current.append(": ", quote);
    }
    form.querySelector(".comment").value = "";
  }

  async function submitDecision(form, submitter) {
    const body = new FormData(form, submitter);
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { "Accept": "application/json", "X-CSRF-Token": csrfToken },
      });
      const data = await response.json().catch(() => ({}));
      if (!response.ok) {
        say(data.detail || text("notSaved", { status: response.status }), true);
        return false;
      }
      showDecision(form, data);
      say(text("saved", { decision: decisionLabel(data.decision) }));
      return true;
    } catch (error) {
      say(text("unreachable", {}), true);
      return false;
    }
  }

  document.querySelectorAll("form.decide").forEach((form) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const submitter = event.submitter && event.submitter.name === "decision" ? event.submitter : null;
      if (!submitter) {
        say(text("choose", {}), true);
        return;
      }
      submitDecision(form, submitter);
    });
  });

  // Keyboard: j/k move between findings and verdicts, a/d/u decide, c comment, f final, ? help.
  const targets = Array.from(document.querySelectorAll(".finding-target"));
  let selected = -1;

  function select(index) {
    if (!targets.length) return;
    selected = Math.max(0, Math.min(targets.length - 1, index));
    targets.forEach((target, i) => target.classList.toggle("selected", i === selected));
    document.querySelectorAll("mark.hit.focus").forEach((mark) => mark.classList.remove("focus"));
    const target = targets[selected];
    const provision = target.closest(".provision");
    if (provision && target.dataset.rule) {
      provision.querySelectorAll("mark.hit").forEach((mark) => {
        if (mark.dataset.rules.split(" ").includes(target.dataset.rule)) mark.classList.add("focus");
      });
    }
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  targets.forEach((target, i) => target.addEventListener("click", () => {
    if (selected !== i) select(i);
  }));

  const keyDecisions = { a: "agree", d: "disagree", u: "unsure" };

  document.addEventListener("keydown", async (event) => {
    const typing = event.target.closest("input, textarea, select");
    if (typing) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const help = document.getElementById("help");
    if (event.key === "?") {
      if (help) help.hidden = !help.hidden;
    } else if (event.key === "j") {
      select(selected + 1);
    } else if (event.key === "k") {
      select(selected - 1);
    } else if (event.key === "f") {
      document.getElementById("final")?.scrollIntoView({ block: "start" });
    } else if (event.key === "c" && selected >= 0) {
      event.preventDefault();
      targets[selected].querySelector(".comment")?.focus();
    } else if (keyDecisions[event.key] && selected >= 0) {
      const form = targets[selected].querySelector("form.decide");
      const button = form?.querySelector('button[value="' + keyDecisions[event.key] + '"]');
      if (button && (await submitDecision(form, button))) select(selected + 1);
    } else {
      return;
    }
    event.preventDefault();
  });
})();
