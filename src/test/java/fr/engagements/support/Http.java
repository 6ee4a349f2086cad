package fr.engagements.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A small JSON client over real HTTP, with optional Basic authentication. */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String authorization;

  private Http(String base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  public static Http at(int port) {
    return new Http("http://localhost:" + port, null);
  }

  /** The same client, authenticating as this user. */
  public Http as(String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http(base, "Basic " + token);
  }

  public Http anonymous() {
    return new Http(base, null);
  }

  public record Response(int status, String body) {

    public JsonNode json() {
      try {
        return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
      }
    }

    public String message() {
      return json().path("message").asText();
    }
  }

  public Response get(String path) {
    return send(request(path).GET().build());
  }

  public byte[] getBytes(String path) {
    try {
      HttpResponse<byte[]> r = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + r.statusCode());
      }
      return r.body();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  public Response post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(toJson(body))).build());
  }

  public Response put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))).build());
  }

  public Response delete(String path) {
    return send(request(path).DELETE().build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String toJson(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** REST variables: {"name": {"value": …, "type": …}}. */
  public static final class Vars {
    private final ObjectNode node = JSON.createObjectNode();

    public static Vars of() {
      return new Vars();
    }

    public Vars string(String name, String value) {
      node.putObject(name).put("value", value).put("type", "String");
      return this;
    }

    public Vars integer(String name, int value) {
      node.putObject(name).put("value", value).put("type", "Integer");
      return this;
    }

    public Vars bool(String name, boolean value) {
      node.putObject(name).put("value", value).put("type", "Boolean");
      return this;
    }

    public Vars file(String name, String filename, byte[] content, String mimeType) {
      ObjectNode v = node.putObject(name);
      v.put("value", Base64.getEncoder().encodeToString(content)).put("type", "File");
      v.putObject("valueInfo").put("filename", filename).put("mimetype", mimeType);
      return this;
    }

    public Vars raw(String name, JsonNode value) {
      node.set(name, value);
      return this;
    }

    public Vars remove(String name) {
      node.remove(name);
      return this;
    }

    public ObjectNode node() {
      return node;
    }

    /** A body {"variables": …} with extra top-level fields. */
    public ObjectNode body() {
      ObjectNode body = JSON.createObjectNode();
      body.set("variables", node.deepCopy());
      return body;
    }
  }
}
