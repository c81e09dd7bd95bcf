package dev.flarelink.server;

import dev.flarelink.core.UseCases;
import dev.flarelink.server.http.Api;
import dev.flarelink.server.http.JettyProblems;
import dev.flarelink.server.web.Web;
import io.javalin.Javalin;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The HTTP face: the REST API, the web UI and whatever else is mounted beside them (the MCP
 * endpoint), over the use cases it is given. Close it to stop serving.
 */
public final class HttpService implements AutoCloseable {

  private final Javalin http;

  private HttpService(Javalin http) {
    this.http = http;
  }

  /**
   * Where to listen, and what the web UI says of the scan schedule.
   *
   * @param host the address to bind
   * @param port the port, 0 for any free one
   * @param scanInterval how often connections are scanned, or {@code null} when not on a schedule
   */
  public record Settings(String host, int port, Duration scanInterval) {}

  /** Starts serving these use cases, with these servlets mounted beside the API. */
  public static HttpService start(UseCases useCases, Settings settings, List<ServletMount> mounts) {
    var api = new Api(useCases);
    var web = new Web(useCases, settings.scanInterval());
    var http =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
              api.register(config, web::showProblem);
              web.register(config);
              for (var mount : mounts) {
                config.jetty.modifyServletContextHandler(
                    handler -> {
                      mount
                          .filter()
                          .ifPresent(
                              filter ->
                                  handler.addFilter(
                                      new FilterHolder(filter),
                                      mount.pathSpec(),
                                      EnumSet.of(DispatcherType.REQUEST)));
                      handler.addServlet(new ServletHolder(mount.servlet()), mount.pathSpec());
                    });
                config.events.serverStopping(mount.onStop()::run);
              }
            });
    http.start(settings.host(), settings.port());
    return new HttpService(http);
  }

  /** The service's address, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    return "http://127.0.0.1:" + http.port();
  }

  @Override
  public void close() {
    http.stop();
  }
}
