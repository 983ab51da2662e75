package com.creditline.deploy.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The gateway's own timing of the requests it answered 503, read from its {@code
 * /actuator/prometheus} (the {@code http.server.requests} timer and its 50 ms bucket): how fast a
 * refusal is at the gateway, apart from the time the shop's request waited to be read on a busy
 * machine. Read before and after a phase; the difference is the phase's.
 */
record GatewayRefusals(double count, double within50Millis, double seconds) {

    static GatewayRefusals read(String gateway) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(gateway + "/actuator/prometheus"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return parse(response.body());
        } catch (IOException e) {
            return new GatewayRefusals(0, 0, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GatewayRefusals(0, 0, 0);
        }
    }

    static GatewayRefusals parse(String exposition) {
        double count = 0;
        double within = 0;
        double seconds = 0;
        for (String line : exposition.split("\n")) {
            if (!line.startsWith("http_server_requests_seconds") || !line.contains("status=\"503\"")) {
                continue;
            }
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith("http_server_requests_seconds_count{")) {
                count += value;
            } else if (line.startsWith("http_server_requests_seconds_sum{")) {
                seconds += value;
            } else if (line.startsWith("http_server_requests_seconds_bucket{") && line.contains("le=\"0.05\"")) {
                within += value;
            }
        }
        return new GatewayRefusals(count, within, seconds);
    }

    GatewayRefusals since(GatewayRefusals before) {
        return new GatewayRefusals(
                count - before.count, within50Millis - before.within50Millis, seconds - before.seconds);
    }

    double meanMillis() {
        return count == 0 ? 0 : 1000 * seconds / count;
    }

    double sharedWithin50MillisPercent() {
        return count == 0 ? 100 : 100 * within50Millis / count;
    }
}
