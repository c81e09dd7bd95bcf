package dev.flarelink.server.web;

import dev.flarelink.core.connection.Connection;

/**
 * What every page's frame shows: its title, who is signed in (with the token its forms carry), and
 * for a connection's pages the connection and the tab that is open.
 *
 * @param session the signed-in session, or {@code null} on the sign-in page
 * @param connection the connection whose page this is, or {@code null}
 * @param tab the open tab of a connection's page, e.g. {@code members}
 */
public record Page(String title, Session session, Connection connection, String tab) {

  /** The anti-forgery token to put in forms, or an empty string before sign-in. */
  public String csrf() {
    return session == null ? "" : session.csrf();
  }

  /** The base path of this page's connection. */
  public String base() {
    return connection == null ? "/ui" : "/ui/connections/" + connection.id();
  }
}
