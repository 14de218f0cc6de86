package chat.k1te.local.gateway;

import chat.k1te.local.http.WebSocket;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * A WebSocket connection the gateway accepted; {@code socket} completes once the upgrade response
 * has been written.
 */
record Connection(
    String id,
    String domain,
    String sourceIp,
    String userAgent,
    Instant connectedAt,
    CompletableFuture<WebSocket> socket) {}
