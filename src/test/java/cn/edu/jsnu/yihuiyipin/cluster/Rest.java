package cn.edu.jsnu.yihuiyipin.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code /engine-rest} over HTTP Basic as a named user, each call to the next node in turn, so a
 * claim may go to one node and the completion to the other. Any answer but 2xx fails the test with
 * the call, the user, the node and the body; an {@code OptimisticLockingException} is named as such,
 * since no user may ever see one.
 */
final class Rest {

    static final ObjectMapper JSON = new ObjectMapper();

    private final List<Node> nodes;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong calls = new AtomicLong();

    Rest(List<Node> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    long calls() {
        return calls.get();
    }

    JsonNode get(String user, String path) {
        return send(user, "GET", path, null);
    }

    JsonNode post(String user, String path, Object body) {
        return send(user, "POST", path, body);
    }

    JsonNode put(String user, String path, Object body) {
        return send(user, "PUT", path, body);
    }

    private JsonNode send(String user, String method, String path, Object body) {
        Node node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
        String password = Node.ADMIN.equals(user) ? Node.ADMIN_PASSWORD : RoundDriver.PASSWORD;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/engine-rest" + path))
                    .timeout(Duration.ofSeconds(60))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            calls.incrementAndGet();
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            if (status / 100 != 2) {
                String what = method + " " + path + " as " + user + " on " + node.name() + ": HTTP " + status + " "
                        + response.body();
                if (response.body().contains("OptimisticLockingException")) {
                    throw new AssertionError("A user saw an OptimisticLockingException: " + what);
                }
                throw new AssertionError(what);
            }
            return response.body().isBlank() ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " as " + user + " on " + node.name() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
