package fr.engagements.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Times requests over real HTTP (Basic authentication, as a REST client; Tasklist sends the same requests with its session). */
final class Latency {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  Latency(int port) {
    this.base = "http://localhost:" + port;
  }

  /** A request: method, path, body (null for GET), accept header. */
  record Call(String method, String path, String body, String accept) {
  }

  HttpResponse<String> send(String user, Call call) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path())).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", call.accept());
    if (call.body() == null) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(call.body()));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * p50/p95/p99/max in milliseconds over {@code samples} sequential requests after {@code warmup} unmeasured ones;
   * a slow request stops the sampling after 30 s once 30 samples are taken (the figures say how many).
   */
  Map<String, Object> measure(String user, Call call, int warmup, int samples) throws Exception {
    HttpResponse<String> first = send(user, call);
    if (first.statusCode() != 200) {
      throw new IllegalStateException(call + " as " + user + ": " + first.statusCode() + " " + first.body());
    }
    long warmupEnd = System.nanoTime() + 15_000_000_000L;
    for (int i = 0; i < warmup && System.nanoTime() < warmupEnd; i++) {
      send(user, call);
    }
    double[] ms = new double[samples];
    long stop = System.nanoTime() + 30_000_000_000L;
    int taken = 0;
    for (int i = 0; i < samples; i++) {
      if (i >= 30 && System.nanoTime() > stop) {
        break;
      }
      taken++;
      long t0 = System.nanoTime();
      HttpResponse<String> response = send(user, call);
      ms[i] = (System.nanoTime() - t0) / 1e6;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(call + ": " + response.statusCode());
      }
    }
    ms = Arrays.copyOf(ms, taken);
    Arrays.sort(ms);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("p50", NationalYear.round(percentile(ms, 50)));
    result.put("p95", NationalYear.round(percentile(ms, 95)));
    result.put("p99", NationalYear.round(percentile(ms, 99)));
    result.put("max", NationalYear.round(ms[ms.length - 1]));
    result.put("samples", taken);
    result.put("bytes", first.body().length());
    return result;
  }

  private static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
