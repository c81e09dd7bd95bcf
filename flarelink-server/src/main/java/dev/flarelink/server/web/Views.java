package dev.flarelink.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the precompiled templates into responses. */
final class Views {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code template} with these parameters as the response's HTML. */
  void render(Context ctx, String template, Map<String, Object> params) {
    ctx.contentType("text/html; charset=utf-8").result(html(template, params));
  }

  /** Renders {@code template} with these parameters to a string. */
  String html(String template, Map<String, Object> params) {
    var out = new StringOutput();
    engine.render(template, params, out);
    return out.toString();
  }
}
