// Operator page of the Telegram stand-in: polls the control API and posts as a Telegram user.
const state = { chatId: null, replyTo: null, lastJson: "" };
const $ = (id) => document.getElementById(id);

function from() {
  return { id: Number($("from-id").value) || 1001, first_name: $("from-name").value || "Operator" };
}

async function refreshChats() {
  const chats = await (await fetch("chats")).json();
  if (state.chatId === null && chats.length) select(chats[0]);
  const box = $("chats");
  box.replaceChildren(
    ...chats.map((c) => {
      const b = document.createElement("button");
      b.className = "chat";
      b.textContent = `${c.title || c.first_name} (${c.id})`;
      b.setAttribute("aria-current", String(c.id === state.chatId));
      b.onclick = () => select(c);
      return b;
    })
  );
}

function select(chat) {
  state.chatId = chat.id;
  state.lastJson = "";
  state.replyTo = null;
  $("replying").textContent = "";
  $("title").textContent = `${chat.title || chat.first_name} — chat ${chat.id}`;
  refreshMessages();
  refreshChats();
}

async function refreshMessages() {
  if (state.chatId === null) return;
  const response = await fetch(`chats/${state.chatId}/messages`);
  const text = await response.text();
  if (text === state.lastJson) return;
  state.lastJson = text;
  const messages = JSON.parse(text);
  const byId = new Map(messages.map((m) => [m.message_id, m]));
  const list = $("messages");
  list.replaceChildren(
    ...messages.map((m) => {
      const li = document.createElement("li");
      li.className = m.from_bot ? "bot" : "user";
      li.dataset.messageId = m.message_id;
      const quoted = m.reply_to_message_id && byId.get(m.reply_to_message_id);
      if (quoted) {
        const q = document.createElement("div");
        q.className = "quote";
        q.textContent = (quoted.text || quoted.file_name || "").slice(0, 80);
        li.append(q);
      }
      if (m.file_id) {
        const a = document.createElement("a");
        a.href = `files/${encodeURIComponent(m.file_id)}`;
        a.textContent = `File: ${m.file_name || "file"} (${m.mime_type})`;
        li.append(a, document.createElement("br"));
        if (m.photo) {
          const img = document.createElement("img");
          img.src = a.href;
          img.alt = m.file_name || "photo";
          img.style.maxWidth = "240px";
          li.append(img, document.createElement("br"));
        }
      }
      li.append(document.createTextNode(m.text || ""));
      const meta = document.createElement("div");
      meta.className = "meta";
      meta.textContent = `${m.from_bot ? "🤖 bot" : m.from.first_name} · #${m.message_id}${m.pinned ? " · 📌 pinned" : ""} `;
      const reply = document.createElement("button");
      reply.textContent = "Reply";
      reply.onclick = () => {
        state.replyTo = m.message_id;
        $("replying").textContent = `Replying to #${m.message_id}: ${(m.text || m.file_name || "").slice(0, 60)} (Esc cancels)`;
        $("text").focus();
      };
      meta.append(reply);
      li.append(meta);
      return li;
    })
  );
  list.scrollTop = list.scrollHeight;
}

async function post(chatId, path, body) {
  const response = await fetch(`chats/${chatId}/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) alert(`${response.status}: ${(await response.json()).description}`);
}

async function send() {
  if (state.chatId === null) return;
  const file = $("file").files[0];
  const text = $("text").value;
  const common = { from: from(), reply_to_message_id: state.replyTo };
  if (file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    bytes.forEach((b) => (binary += String.fromCharCode(b)));
    await post(state.chatId, "files", {
      ...common, file_name: file.name, mime_type: file.type || "application/octet-stream",
      content_base64: btoa(binary), caption: text || null,
    });
    $("file").value = "";
  } else if (text.trim()) {
    await post(state.chatId, "messages", { ...common, text });
  } else {
    return;
  }
  $("text").value = "";
  state.replyTo = null;
  $("replying").textContent = "";
  refreshMessages();
}

$("send").onclick = send;
$("text").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); send(); }
  if (e.key === "Escape") { state.replyTo = null; $("replying").textContent = ""; }
});
$("new-chat").addEventListener("submit", async (e) => {
  e.preventDefault();
  const id = Number($("new-chat-id").value);
  await post(id, "messages", { text: $("new-chat-text").value, chat_title: $("new-chat-title").value, from: from() });
  select({ id, title: $("new-chat-title").value || `Chat ${id}` });
});
refreshChats();
setInterval(() => { refreshChats(); refreshMessages(); }, 1000);
