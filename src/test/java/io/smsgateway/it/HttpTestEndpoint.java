package io.smsgateway.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP server for the tests: an upstream SMS API or a customer's webhook endpoint. It records
 * every request and answers with a status, failing the first {@code failFirst} requests with 500.
 */
public final class HttpTestEndpoint implements AutoCloseable {

    /** A request as received. */
    public record Request(String method, String uri, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failFirst = new AtomicInteger();
    private volatile String answer = "OK";
    private volatile boolean hang;

    public HttpTestEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "http-test-endpoint");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void failFirst(int count) {
        failFirst.set(count);
    }

    public void answer(String body) {
        this.answer = body;
    }

    /** Requests are taken but answered only after 30 s, as a receiver that hangs. */
    public void hang(boolean hang) {
        this.hang = hang;
    }

    /** The same endpoint under the host name {@code localhost}: another receiver host as far as the gateway knows. */
    public String localhostUrl(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        if (hang) {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        boolean fail = failFirst.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        byte[] reply = (fail ? "temporarily broken" : answer).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(fail ? 500 : 200, reply.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
        }
    }

    @Override
    public void close() {
        hang = false;
        server.stop(0);
    }
}
