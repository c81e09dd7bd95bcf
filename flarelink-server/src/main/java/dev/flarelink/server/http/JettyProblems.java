package dev.flarelink.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses before any route sees it (a NUL or a malformed escape in the path, a
 * header too large) as {@code application/problem+json}, like every other error of the API, instead
 * of Jetty's HTML page.
 */
public final class JettyProblems extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    var reason = HttpStatus.getMessage(code);
    var problem =
        new Problem(
            code,
            reason,
            "The server refused the request before reading it ("
                + (message == null || message.isBlank() ? reason : message)
                + "); check the path and headers");
    byte[] body;
    try {
      body = Bodies.JSON.writeValueAsBytes(problem.body());
    } catch (JsonProcessingException e) {
      callback.failed(e);
      return;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
