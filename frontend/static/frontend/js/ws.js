/** A JSON WebSocket to this server that reconnects with backoff; `onOpen` runs after every (re)connect. */

export function openSocket(path, { onMessage, onOpen, onState } = {}) {
  const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${path}`;
  let socket = null;
  let failures = 0;
  let closed = false;
  let retryNow = false;

  function connect() {
    onState?.("connecting");
    socket = new WebSocket(url);
    socket.addEventListener("open", () => {
      failures = 0;
      onState?.("live");
      onOpen?.();
    });
    socket.addEventListener("message", (event) => onMessage?.(JSON.parse(event.data)));
    socket.addEventListener("close", () => {
      if (closed) return;
      onState?.("offline");
      // A refused handshake (not a member, logged out) also lands here: back off up to 30 s.
      const delay = retryNow ? 0 : Math.min(1000 * 2 ** failures++, 30000);
      retryNow = false;
      setTimeout(connect, delay);
    });
  }

  connect();
  return {
    /** Send now if connected; returns false when the message must wait for the next onOpen. */
    send(message) {
      if (socket?.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    /** Drop the connection and open a fresh one (the server pushes its current state on connect). */
    reconnect() {
      retryNow = true;
      socket.close();
    },
    close() {
      closed = true;
      socket.close();
    },
  };
}

/** Show a socket's state in a `.live` badge. */
export function showState(element, state) {
  element.hidden = false;
  element.dataset.state = state;
  element.textContent = { live: "live", connecting: "connecting…", offline: "offline, retrying…" }[state] || state;
}
