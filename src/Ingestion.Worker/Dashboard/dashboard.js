// The dashboard over the query API (docs/api.md). Plain DOM code, no build step: every value from the API is
// written as text (textContent), never as HTML, because claims and feed titles come from the open web.
"use strict";

const view = document.getElementById("view");

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || problem.title || `${url} answered ${response.status}`);
  }
  return response.json();
}

function when(value) {
  return value ? new Date(value).toISOString().replace("T", " ").slice(0, 16) + " UTC" : "—";
}

function showError(container, error) {
  container.replaceChildren(el("p", { class: "error" }, `Could not load: ${error.message}`));
}

// One attribution level in words: who (role), the cue, to whom, and whether the words are theirs.
function describeAttribution(a) {
  const who = a.source || a.sourceText || "an unnamed source";
  const parts = [el("strong", { "data-testid": "speaker" }, who)];
  if (a.role) parts.push(", ", el("span", { class: "role", "data-testid": "role" }, a.role));
  parts.push(" — ", el("span", { class: "cue" }, a.cue));
  if (a.via) parts.push(" ", el("span", { class: "via", "data-testid": "via" }, a.via));
  parts.push(" ", el("span", { class: "tag" }, a.sourceType), el("span", { class: "tag" }, a.cueClass),
    el("span", { class: "tag" }, a.quote === "direct" ? "direct quote" : a.quote === "mixed" ? "partly quoted" : "paraphrase"));
  return el("div", { class: "attribution", "data-testid": "attribution" }, ...parts);
}

function claimItem(claim, { withArticle = true } = {}) {
  const item = el("li", { "data-testid": "claim", "data-claim-id": claim.id });
  item.append(el("p", { class: "text" }, claim.text));
  if (claim.attributions.length === 0) {
    item.append(el("div", { class: "attribution" }, "Not attributed: the article asserts it."));
  }
  for (const a of claim.attributions) item.append(describeAttribution(a));
  const meta = el("div", { class: "meta" },
    el("span", { class: "tag" }, claim.kind), claim.hedged ? el("span", { class: "tag" }, "hedged") : null,
    el("span", { "data-testid": "outlet" }, claim.outlet || "unknown outlet"), " · ", when(claim.publishedAt));
  if (withArticle) {
    meta.append(" · ", el("a", { href: `#/article/${encodeURIComponent(claim.articleId)}`, "data-testid": "article-link" },
      claim.articleTitle || "the article"));
  }
  item.append(meta);
  return item;
}

// A list of claims with a "More" button that follows nextCursor.
async function pagedClaims(list, button, query) {
  let cursor = null;
  async function load() {
    button.hidden = true;
    const url = `/claims?${query}${query ? "&" : ""}limit=20${cursor ? "&cursor=" + encodeURIComponent(cursor) : ""}`;
    const page = await getJson(url);
    for (const claim of page.items) list.append(claimItem(claim));
    if (list.children.length === 0) list.append(el("li", { "data-testid": "no-claims" }, "No claims match."));
    cursor = page.nextCursor;
    button.hidden = !cursor;
  }
  button.onclick = () => load().catch((e) => showError(list, e));
  await load();
}

async function renderOverview() {
  view.replaceChildren(document.getElementById("overview-template").content.cloneNode(true));
  await Promise.all([
    renderStatus().catch((e) => showError(document.getElementById("queues"), e)),
    renderSources().catch((e) => showError(document.getElementById("sources"), e)),
    renderArticles().catch((e) => showError(document.getElementById("articles"), e)),
    renderMap().catch((e) => showError(document.getElementById("map"), e)),
    pagedClaims(document.getElementById("recent"), document.getElementById("recent-more"), "")
      .catch((e) => showError(document.getElementById("recent"), e)),
  ]);
}

async function renderStatus() {
  const status = await getJson("/status");
  const rows = document.querySelector("#feeds tbody");
  for (const feed of status.feeds) {
    const state = feed.retiredAt ? `retired ${when(feed.retiredAt)}` : feed.lastError ? "failing" : feed.lastSuccessAt ? "ok" : "not polled yet";
    rows.append(el("tr", { "data-testid": "feed" },
      el("td", {}, el("div", {}, feed.title || feed.url), el("div", { class: "note" }, `${feed.source} · ${feed.url}`)),
      el("td", {}, when(feed.lastSuccessAt)),
      el("td", { class: feed.errorCount ? "error" : null }, String(feed.errorCount), feed.lastError ? el("div", { class: "note" }, feed.lastError) : null),
      el("td", {}, when(feed.nextPollAt)),
      el("td", { "data-testid": "feed-state" }, state)));
  }

  const queues = document.getElementById("queues");
  const p = status.process;
  queues.append(el("p", {}, `Roles: ${status.roles} · transport: ${status.transport}`));
  if (status.queues) {
    const table = el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Queue"), el("th", {}, "Waiting"), el("th", {}, "Failed (_error)"))));
    const body = el("tbody");
    for (const q of status.queues) {
      body.append(el("tr", { "data-testid": "queue" }, el("td", {}, q.queue), el("td", {}, q.messages ?? "—"),
        el("td", { class: q.errors ? "error" : null }, q.errors ?? "—")));
    }
    table.append(body);
    queues.append(table);
  } else {
    queues.append(el("p", { class: "note" }, status.queuesUnavailable));
  }
  queues.append(el("p", { "data-testid": "counters" },
    `This process: ${p.articlesIngested} articles ingested, ${p.claimsStored} claims stored; failed: ${p.feedsFailed} feed polls, ${p.articlesFailed} articles, ${p.claimsFailed} claims.`));
  queues.append(el("p", { class: "note" }, "Failed messages wait in their queue's _error queue; list and replay them with:"));
  for (const command of status.replayCommands) queues.append(el("div", {}, el("code", { "data-testid": "replay-command" }, command)));
}

async function renderArticles() {
  const articles = await getJson("/articles?limit=15");
  const list = document.getElementById("articles");
  for (const a of articles) {
    list.append(el("li", { "data-testid": "article" },
      el("a", { href: `#/article/${encodeURIComponent(a.id)}` }, a.title || a.url || a.id),
      el("div", { class: "note" }, `${a.outlet || "unknown outlet"} · ${when(a.publishedAt)} · ${a.claimCount} claim${a.claimCount === 1 ? "" : "s"}`)));
  }
  if (articles.length === 0) list.append(el("li", {}, "No articles yet."));
}

async function renderSources() {
  const sources = await getJson("/sources?limit=15");
  const list = document.getElementById("sources");
  for (const s of sources) {
    const link = el("a", { href: `#/search?source=${encodeURIComponent(s.name)}` }, s.name);
    list.append(el("li", { "data-testid": "source" }, link, ` (${s.type}) — ${s.claims} claim${s.claims === 1 ? "" : "s"}`));
  }
  if (sources.length === 0) list.append(el("li", {}, "No attributed claims yet."));
}

async function renderMap() {
  const [outline, places] = await Promise.all([
    fetch("/dashboard/world.svg").then((r) => r.text()),
    getJson("/places.geojson"),
  ]);
  const map = document.getElementById("map");
  // The outline is the project's own file (equirectangular: x = lon + 180, y = 90 - lat).
  const svg = new DOMParser().parseFromString(outline, "image/svg+xml").documentElement;
  const ns = "http://www.w3.org/2000/svg";
  for (const feature of places.features) {
    const [lon, lat] = feature.geometry.coordinates;
    const circle = document.createElementNS(ns, "circle");
    circle.setAttribute("cx", lon + 180);
    circle.setAttribute("cy", 90 - lat);
    circle.setAttribute("r", Math.min(6, 0.8 + Math.sqrt(feature.properties.claims) * 0.6));
    circle.setAttribute("data-testid", "place");
    circle.setAttribute("data-place", feature.properties.name);
    const title = document.createElementNS(ns, "title");
    title.textContent = `${feature.properties.name} — ${feature.properties.claims} claim${feature.properties.claims === 1 ? "" : "s"}`;
    circle.append(title);
    circle.addEventListener("click", () => { location.hash = `#/search?place=${encodeURIComponent(feature.properties.name)}`; });
    svg.append(circle);
  }
  map.replaceChildren(document.importNode(svg, true));
}

async function renderSearch(params) {
  view.replaceChildren(document.getElementById("search-template").content.cloneNode(true));
  const described = [...params.entries()].map(([k, v]) => (k === "q" ? `“${v}”` : `${k} ${v}`)).join(", ");
  document.getElementById("search-title").textContent = `Claims matching ${described || "anything"}`;
  if (params.has("q")) document.getElementById("search-text").value = params.get("q");
  const results = document.getElementById("results");
  await pagedClaims(results, document.getElementById("results-more"), params.toString()).catch((e) => showError(results, e));
}

// The article's text with each claim's span and each attribution's source marked. Spans are cut at every boundary
// so that overlapping spans never need nested elements: each piece knows which claim and source cover it.
function markedText(text, claims) {
  const spans = [];
  for (const c of claims) {
    spans.push({ start: c.start, end: c.start + c.length, kind: "claim", claim: c });
    for (const a of c.attributions) {
      if (a.sourceLength > 0) spans.push({ start: a.sourceStart, end: a.sourceStart + a.sourceLength, kind: "source", claim: c, attribution: a });
    }
  }
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
  const points = [...cuts].sort((x, y) => x - y);
  const container = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    const piece = text.slice(from, to);
    const claim = spans.find((s) => s.kind === "claim" && s.start <= from && s.end >= to);
    const source = spans.find((s) => s.kind === "source" && s.start <= from && s.end >= to);
    let node = document.createTextNode(piece);
    if (source) {
      node = el("mark", { class: "source", "data-testid": "marked-source", title: `${source.attribution.source} (${source.attribution.sourceType})` }, node);
    }
    if (claim) {
      const who = claim.claim.attributions.map((a) => `${a.source || "unnamed"} ${a.cue}${a.via ? " " + a.via : ""}`).join("; ");
      node = el("span", { class: claim.claim.ordinal % 2 ? "claim alt" : "claim", "data-testid": "marked-claim", "data-claim-id": claim.claim.id, title: who || "asserted by the article" }, node);
    }
    container.append(node);
  }
  return container;
}

async function renderArticle(id) {
  view.replaceChildren(document.getElementById("article-template").content.cloneNode(true));
  let article;
  try {
    article = await getJson(`/articles/${encodeURIComponent(id)}`);
  } catch (e) {
    showError(document.getElementById("article-text"), e);
    return;
  }
  document.title = `${article.title || "Article"} — Claims dashboard`;
  document.getElementById("article-title").textContent = article.title || article.url || article.id;
  const meta = document.getElementById("article-meta");
  meta.append(el("span", { "data-testid": "article-outlet" }, article.outlet || "unknown outlet"),
    article.byline ? ` · ${article.byline}` : "", ` · ${when(article.publishedAt)} · ${article.claims.length} claims`);
  if (article.url && /^https?:/.test(article.url)) meta.append(" · ", el("a", { href: article.url, rel: "noopener" }, "original"));
  const text = document.getElementById("article-text");
  if (article.text) {
    text.append(markedText(article.text, article.claims));
  } else {
    text.append(el("p", { class: "note" }, "The article's text was stored before texts were kept: its claims are listed below."));
  }
  const list = document.getElementById("article-claims");
  for (const claim of article.claims) list.append(claimItem(claim, { withArticle: false }));
}

function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const task = path.startsWith("/article/") ? renderArticle(decodeURIComponent(path.slice("/article/".length)))
    : path === "/search" ? renderSearch(new URLSearchParams(query || ""))
    : renderOverview();
  task.catch((e) => showError(view, e)).finally(() => document.body.setAttribute("data-ready", hash));
}

document.getElementById("search").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = document.getElementById("search-text").value.trim();
  location.hash = q ? `#/search?q=${encodeURIComponent(q)}` : "#/";
});
window.addEventListener("hashchange", () => { document.body.removeAttribute("data-ready"); route(); });
route();
