// <kite-chat endpoint="ws://…/<stage>" channel="…" [member-name="…"]> — the Kite chat widget.
// Dependency-free web component speaking the Kite WebSocket protocol (subprotocol k1te.chat.v1):
// JOIN, TXT, UPL + PUT + BIN, ACK, OK, ERR, LINK (a one-time link to continue in Telegram), PING
// keep-alive; with the features announced in JOIN
// ("seen", "edit") it acknowledges every message it displayed (SEEN), drops ids it already shows
// (the server replays everything not acknowledged on reconnect) and applies EDIT and DEL. The
// server validates sizes and types; the widget shows the server's ERR reason verbatim.

const PROTOCOL = "k1te.chat.v1";
const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const PING_SECONDS = 300;
const MAX_BACKOFF_MS = 30000;
const FEATURES = ["seen", "edit"];

// Drawn inline rather than as the emoji, which renders as a missing-glyph box where no emoji font is
// installed (e.g. headless Chromium on a server).
const PAPERCLIP = `<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none"
  stroke="currentColor" stroke-width="1.8" stroke-linecap="round" transform="rotate(40 12 12)"
  d="M16 8v8.5a4 4 0 0 1-8 0V6a3 3 0 0 1 6 0v9.5a2 2 0 0 1-4 0V8"/></svg>`;

const STYLE = `
:host { display: flex; flex-direction: column; width: 360px; height: 520px; border: 1px solid #c8ccd4;
  border-radius: 10px; font: 14px/1.4 system-ui, sans-serif; background: #fff; overflow: hidden; }
header { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 8px 12px; background: #2b5797; color: #fff; }
header .title { flex: 1; }
header button, header a { padding: 2px 6px; font-size: 12px; color: #fff; background: transparent; border: 1px solid #fff8; border-radius: 4px; text-decoration: none; }
[data-testid=kite-status] { font-size: 12px; opacity: .9; }
[data-testid=kite-status][data-state=online]::before { content: "● "; color: #7CFC9A; }
ol { flex: 1; margin: 0; padding: 8px; list-style: none; overflow-y: auto; background: #f3f5f8; }
li { max-width: 80%; margin: 4px 0; padding: 6px 10px; border-radius: 8px; word-wrap: break-word; white-space: pre-wrap; }
li[data-direction=out] { margin-left: auto; background: #dcf3d8; }
li[data-direction=in] { margin-right: auto; background: #fff; border: 1px solid #e2e5ea; }
li[data-status=sending] { opacity: .6; }
li[data-status=failed] { border: 1px solid #d33; }
li[data-withdrawn] { font-style: italic; color: #778; }
li em { display: block; font-size: 11px; color: #778; font-style: normal; }
li img { display: block; max-width: 100%; margin-top: 4px; border-radius: 4px; }
li small { display: block; font-size: 11px; color: #778; text-align: right; }
[data-testid=kite-error] { margin: 0; padding: 6px 12px; color: #a00; background: #fde8e8; font-size: 13px; }
[data-testid=kite-error]:empty { display: none; }
form { display: flex; gap: 6px; padding: 8px; border-top: 1px solid #e2e5ea; align-items: flex-end; }
textarea { flex: 1; resize: none; height: 40px; font: inherit; padding: 6px; }
label.file { position: relative; cursor: pointer; padding: 8px; color: #2b5797; line-height: 0; border-radius: 6px; }
label.file:focus-within { outline: 2px solid #2b5797; }
label.file svg { width: 22px; height: 22px; }
/* visually hidden but still focusable, so the keyboard reaches it */
label.file input { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
button { padding: 8px 12px; background: #2b5797; color: #fff; border: 0; border-radius: 6px; cursor: pointer; }
`;

function randomId(length) {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join("");
}

class KiteChat extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: "open" });
    this.shadowRoot.innerHTML = `<style>${STYLE}</style>
      <header><span class="title">Kite chat</span>
        <button type="button" data-testid="kite-telegram" aria-label="Continue in Telegram">Telegram</button>
        <a data-testid="kite-telegram-link" target="_blank" rel="noopener" hidden>Open in Telegram</a>
        <span data-testid="kite-status" data-state="connecting">connecting</span></header>
      <ol data-testid="kite-messages" aria-live="polite"></ol>
      <p data-testid="kite-error" role="alert"></p>
      <form>
        <label class="file" title="Attach a file">${PAPERCLIP}<input type="file" data-testid="kite-file-input" aria-label="Attach file"></label>
        <textarea data-testid="kite-input" aria-label="Message" placeholder="Type a message…"></textarea>
        <button type="submit" data-testid="kite-send" aria-label="Send">Send</button>
      </form>`;
    const $ = (id) => this.shadowRoot.querySelector(`[data-testid=${id}]`);
    this.statusEl = $("kite-status");
    this.listEl = $("kite-messages");
    this.errorEl = $("kite-error");
    this.inputEl = $("kite-input");
    this.fileEl = $("kite-file-input");
    this.telegramLinkEl = $("kite-telegram-link");
    // the link is one-time and short-lived, so it is asked for when wanted, never stored
    $("kite-telegram").addEventListener("click", () => {
      if (!this.send(["LINK"])) this.showError("offline: no Telegram link");
    });
    this.pending = []; // message ids awaiting ACK (or ERR), oldest first
    this.uploads = new Map(); // message id → File awaiting its UPL answer
    this.attempt = 0;
    this.shadowRoot.querySelector("form").addEventListener("submit", (e) => {
      e.preventDefault();
      this.sendText();
    });
    this.inputEl.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        this.sendText();
      }
    });
    this.fileEl.addEventListener("change", () => {
      const file = this.fileEl.files[0];
      this.fileEl.value = "";
      if (file) this.sendFile(file);
    });
  }

  get channel() {
    return this.getAttribute("channel") || "";
  }

  get storageKey() {
    return `kite-chat:${this.channel}:member`;
  }

  connectedCallback() {
    this.closed = false;
    this.connect();
  }

  disconnectedCallback() {
    this.closed = true;
    clearInterval(this.pingTimer);
    clearTimeout(this.retryTimer);
    if (this.ws) this.ws.close(1000);
  }

  connect() {
    const endpoint = this.getAttribute("endpoint");
    const stored = localStorage.getItem(this.storageKey);
    this.memberId = stored || this.memberId || randomId(10);
    const url = new URL(endpoint);
    url.searchParams.set("c", this.channel);
    if (stored) url.searchParams.set("m", stored);
    this.setStatus("connecting");
    const ws = new WebSocket(url.toString(), PROTOCOL);
    this.ws = ws;
    let opened = false;
    ws.onopen = () => {
      opened = true;
      this.attempt = 0;
      this.setStatus("online");
      // A first JOIN registers the member; on reconnect it re-binds the connection and lets the
      // backend replay what arrived while we were away.
      this.send(["JOIN", this.memberId, this.getAttribute("member-name") || null, this.channel, FEATURES]);
      clearInterval(this.pingTimer);
      const seconds = Number(this.getAttribute("ping-interval")) || PING_SECONDS;
      this.pingTimer = setInterval(() => this.send(["PING"]), seconds * 1000);
    };
    ws.onmessage = (event) => this.receive(event.data);
    ws.onclose = () => {
      clearInterval(this.pingTimer);
      if (this.ws !== ws) return;
      this.setStatus("offline");
      this.failPending("connection closed");
      if (!opened && stored) {
        // refused with our member id (e.g. the channel was dropped): start over as a new member
        localStorage.removeItem(this.storageKey);
        this.memberId = null;
      }
      if (!this.closed) {
        const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.attempt++);
        this.retryTimer = setTimeout(() => this.connect(), delay);
      }
    };
  }

  setStatus(state) {
    this.statusEl.textContent = state;
    this.statusEl.dataset.state = state;
    this.dispatchEvent(new CustomEvent("kite-status", { detail: state }));
  }

  showError(text) {
    this.errorEl.textContent = text;
  }

  send(frame) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  sendText() {
    const text = this.inputEl.value;
    if (!text.trim()) return;
    this.inputEl.value = "";
    const id = randomId(12);
    const created = new Date().toISOString();
    this.render({ id, direction: "out", status: "sending", text, created });
    this.pending.push(id);
    if (this.send(["TXT", id, text, created])) this.update(id, { status: "sent" });
    else this.fail(id, "offline: message not sent");
  }

  sendFile(file) {
    const id = randomId(12);
    const created = new Date().toISOString();
    const type = file.type || "application/octet-stream";
    this.render({ id, direction: "out", status: "sending", file: { name: file.name, type }, created });
    this.uploads.set(id, file);
    this.pending.push(id);
    if (!this.send(["UPL", id, file.name, type, file.size, created])) this.fail(id, "offline: file not sent");
  }

  async upload(id, getUrl, putUrl) {
    const file = this.uploads.get(id);
    this.uploads.delete(id);
    if (!file) return;
    const type = file.type || "application/octet-stream";
    try {
      const response = await fetch(putUrl, { method: "PUT", body: file, headers: { "Content-Type": type } });
      if (!response.ok) throw new Error(`upload failed: HTTP ${response.status}`);
    } catch (e) {
      this.fail(id, String(e.message || e));
      return;
    }
    const created = new Date().toISOString();
    this.update(id, { file: { name: file.name, type, url: getUrl } });
    if (this.send(["BIN", id, getUrl, file.name, type, file.size, created])) this.update(id, { status: "sent" });
    else this.fail(id, "offline: file not sent");
  }

  receive(data) {
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      this.showError(`unexpected message from the server: ${data}`);
      return;
    }
    if (!Array.isArray(frame)) {
      // API Gateway's own error shape, e.g. {"message":"Internal server error",…}
      this.showError(frame && frame.message ? frame.message : String(data));
      this.failOldest(frame && frame.message);
      return;
    }
    const [tag, ...rest] = frame;
    switch (tag) {
      case "OK":
        localStorage.setItem(this.storageKey, this.memberId);
        break;
      case "PONG":
        break;
      case "ACK": {
        const [id, destinationId] = rest;
        this.pending = this.pending.filter((p) => p !== id);
        const li = this.item(id);
        if (li && destinationId) li.dataset.destinationId = destinationId;
        this.update(id, { status: "delivered" });
        if (destinationId) this.send(["SEEN", destinationId]);
        break;
      }
      case "UPL": {
        const [id, getUrl, putUrl] = rest;
        if (putUrl) this.upload(id, getUrl, putUrl);
        break;
      }
      case "LINK": {
        const [url] = rest;
        this.telegramLinkEl.href = url;
        this.telegramLinkEl.hidden = false;
        break;
      }
      case "ERR": {
        const [reason] = rest;
        this.showError(reason);
        this.failOldest(reason);
        break;
      }
      case "TXT": {
        const [id, text, created, status] = rest;
        this.receiveMessage({ id, direction: status === 2 ? "out" : "in", status: "delivered", text, created });
        break;
      }
      case "BIN": {
        const [id, url, name, type, , created, status] = rest;
        this.receiveMessage({ id, direction: status === 2 ? "out" : "in", status: "delivered", file: { name, type, url }, created });
        break;
      }
      case "EDIT": {
        const [id, text] = rest;
        const li = this.item(id);
        if (li && !li.dataset.withdrawn) {
          this.update(id, { text });
          if (!li.querySelector("em")) {
            const mark = document.createElement("em");
            mark.setAttribute("data-testid", "kite-message-edited");
            mark.textContent = "edited";
            li.append(mark);
          }
        }
        break;
      }
      case "DEL": {
        const [id] = rest;
        const li = this.item(id);
        if (li) {
          li.dataset.withdrawn = "true";
          li.replaceChildren();
          const span = document.createElement("span");
          span.setAttribute("data-testid", "kite-message-text");
          span.textContent = "This message was deleted";
          li.append(span);
        }
        break;
      }
      default:
        this.showError(`unsupported message from the server: ${tag}`);
    }
  }

  // A replay repeats what was not acknowledged yet: a message already shown is not shown twice.
  receiveMessage(message) {
    const shown = this.item(message.id);
    if (shown) {
      if (!shown.dataset.withdrawn && !shown.querySelector("em")) this.update(shown.dataset.messageId, message);
    } else {
      this.render(message);
    }
    this.send(["SEEN", message.id]);
  }

  failOldest(reason) {
    const id = this.pending.shift();
    if (id) this.fail(id, reason);
  }

  failPending(reason) {
    for (const id of this.pending) this.update(id, { status: "failed" });
    this.pending = [];
    this.uploads.clear();
  }

  fail(id, reason) {
    this.pending = this.pending.filter((p) => p !== id);
    this.uploads.delete(id);
    this.update(id, { status: "failed" });
    if (reason) this.showError(reason);
  }

  // by the id the widget gave it, or (own messages) the id the server acknowledged it with
  item(id) {
    return Array.from(this.listEl.children).find((li) => li.dataset.messageId === id || li.dataset.destinationId === id);
  }

  render(message) {
    const li = document.createElement("li");
    li.setAttribute("data-testid", "kite-message");
    li.dataset.messageId = message.id;
    li.dataset.direction = message.direction;
    this.listEl.append(li);
    this.update(message.id, message);
    this.listEl.scrollTop = this.listEl.scrollHeight;
  }

  update(id, { status, text, file, created }) {
    const li = this.item(id);
    if (!li) return;
    if (status) li.dataset.status = status;
    if (text !== undefined) {
      let span = li.querySelector("[data-testid=kite-message-text]");
      if (!span) {
        span = document.createElement("span");
        span.setAttribute("data-testid", "kite-message-text");
        li.prepend(span);
      }
      span.textContent = text;
    }
    if (file) {
      let link = li.querySelector("[data-testid=kite-message-file]");
      if (!link) {
        link = document.createElement("a");
        link.setAttribute("data-testid", "kite-message-file");
        link.target = "_blank";
        link.rel = "noopener";
        li.prepend(link);
      }
      link.textContent = file.name;
      if (file.url) link.href = file.url;
      if (file.url && /^image\//.test(file.type || "") && !li.querySelector("[data-testid=kite-message-image]")) {
        const img = document.createElement("img");
        img.setAttribute("data-testid", "kite-message-image");
        img.alt = file.name;
        img.src = file.url;
        link.after(img);
      }
    }
    if (created && !li.querySelector("small")) {
      const time = document.createElement("small");
      time.textContent = new Date(created).toLocaleTimeString();
      li.append(time);
    }
  }
}

if (!customElements.get("kite-chat")) customElements.define("kite-chat", KiteChat);

export { KiteChat };
