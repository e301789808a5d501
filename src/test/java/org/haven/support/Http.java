package org.haven.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for API tests: JSON in, status and JSON out. */
public final class Http {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient client = HttpClient.newHttpClient();
  private final String baseUrl;

  public Http(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** A response: status, body as JSON (or null), and the raw response. */
  public record Answer(int status, JsonNode json, HttpResponse<String> raw) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public Answer get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  public Answer post(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public Answer put(String path, String token, String json, String ifMatch) {
    HttpRequest.Builder builder =
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return send(builder.build());
  }

  public Answer delete(String path, String token) {
    return send(request(path, token).DELETE().build());
  }

  /** Any method with a JSON body and extra headers. */
  public Answer send(
      String method, String path, String token, String json, Map<String, String> headers) {
    HttpRequest.Builder builder =
        request(path, token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(builder::header);
    return send(builder.build());
  }

  /** A GET whose body is binary (a PDF, say): status, content type and bytes. */
  public record Bytes(int status, String contentType, byte[] body) {}

  public Bytes getBytes(String path, String token) {
    try {
      HttpResponse<byte[]> response =
          client.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Bytes(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A POST of raw bytes with the given content type (a CSV file, say). */
  public Answer postBytes(String path, String token, byte[] body, String contentType) {
    return send(
        request(path, token)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  public Answer send(String method, String path, String token) {
    return send(request(path, token).method(method, HttpRequest.BodyPublishers.noBody()).build());
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      JsonNode json = null;
      if (body != null && !body.isBlank() && (body.startsWith("{") || body.startsWith("["))) {
        json = JSON.readTree(body);
      }
      return new Answer(response.statusCode(), json, response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
