package dev.flarelink.simulator.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the GraphQL that analytics clients send: an optional {@code query Name($v: T = d)} header,
 * nested fields with aliases and arguments, and values (variables, strings, numbers, booleans,
 * enums, lists, objects). Variables are substituted as it parses. Fragments and directives are not
 * supported and are reported as such.
 */
final class GraphQlParser {

  /** A selected field. */
  record Field(String alias, String name, Map<String, Object> arguments, List<Field> selections) {

    /** The key the result uses: the alias, or the name. */
    String key() {
      return alias != null ? alias : name;
    }
  }

  /** A query the parser cannot read; its message is what the GraphQL error says. */
  static final class ParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ParseException(String message) {
      super(message, null, false, false);
    }
  }

  private final String text;
  private final Map<String, Object> variables;
  private int position;

  private GraphQlParser(String text, Map<String, Object> variables) {
    this.text = text;
    this.variables = variables;
  }

  /** The top-level selections of a query. */
  static List<Field> parse(String text, Map<String, Object> variables) {
    var parser = new GraphQlParser(text, new LinkedHashMap<>(variables));
    return parser.document();
  }

  private List<Field> document() {
    skip();
    if (peekName("query")) {
      name();
      skip();
      if (Character.isLetter(current())) {
        name();
      }
      skip();
      if (current() == '(') {
        variableDefinitions();
      }
    } else if (peekName("mutation") || peekName("subscription") || peekName("fragment")) {
      throw new ParseException("only queries are supported by the GraphQL Analytics API");
    }
    var selections = selectionSet();
    skip();
    if (position < text.length()) {
      throw new ParseException(
          "error parsing args: unexpected text after the query at " + position);
    }
    return selections;
  }

  private void variableDefinitions() {
    expect('(');
    while (skip() != ')') {
      expect('$');
      var name = name();
      expect(':');
      type();
      if (skip() == '=') {
        position++;
        var fallback = value();
        variables.putIfAbsent(name, fallback);
      }
    }
    expect(')');
  }

  private void type() {
    if (skip() == '[') {
      position++;
      type();
      expect(']');
    } else {
      name();
    }
    if (skip() == '!') {
      position++;
    }
  }

  private List<Field> selectionSet() {
    expect('{');
    var fields = new ArrayList<Field>();
    while (skip() != '}') {
      if (current() == '.') {
        throw new ParseException("fragments are not supported by this simulator");
      }
      var first = name();
      String alias = null;
      var name = first;
      if (skip() == ':') {
        position++;
        alias = first;
        name = name();
      }
      Map<String, Object> arguments = Map.of();
      if (skip() == '(') {
        arguments = arguments();
      }
      List<Field> selections = List.of();
      if (skip() == '{') {
        selections = selectionSet();
      }
      fields.add(new Field(alias, name, arguments, selections));
    }
    expect('}');
    return fields;
  }

  private Map<String, Object> arguments() {
    expect('(');
    var arguments = new LinkedHashMap<String, Object>();
    while (skip() != ')') {
      var name = name();
      expect(':');
      arguments.put(name, value());
    }
    expect(')');
    return arguments;
  }

  private Object value() {
    var c = skip();
    if (c == '$') {
      position++;
      var name = name();
      if (!variables.containsKey(name)) {
        throw new ParseException("error parsing args: variable $" + name + " is not defined");
      }
      return variables.get(name);
    }
    if (c == '"') {
      var end = text.indexOf('"', position + 1);
      if (end < 0) {
        throw new ParseException("error parsing args: unterminated string");
      }
      var value = text.substring(position + 1, end);
      position = end + 1;
      return value;
    }
    if (c == '[') {
      position++;
      var list = new ArrayList<Object>();
      while (skip() != ']') {
        list.add(value());
      }
      expect(']');
      return list;
    }
    if (c == '{') {
      position++;
      var object = new LinkedHashMap<String, Object>();
      while (skip() != '}') {
        var key = name();
        expect(':');
        object.put(key, value());
      }
      expect('}');
      return object;
    }
    if (c == '-' || Character.isDigit(c)) {
      var start = position;
      while (position < text.length() && "+-.eE0123456789".indexOf(text.charAt(position)) >= 0) {
        position++;
      }
      var number = text.substring(start, position);
      return number.contains(".") || number.contains("e") || number.contains("E")
          ? Double.parseDouble(number)
          : Long.parseLong(number);
    }
    var word = name();
    return switch (word) {
      case "true" -> true;
      case "false" -> false;
      case "null" -> null;
      default -> word;
    };
  }

  private String name() {
    skip();
    var start = position;
    while (position < text.length()
        && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
      position++;
    }
    if (start == position) {
      throw new ParseException(
          "error parsing args: expected a name at "
              + position
              + " but found '"
              + (position < text.length() ? text.charAt(position) : "end")
              + "'");
    }
    return text.substring(start, position);
  }

  private boolean peekName(String word) {
    return text.startsWith(word, position)
        && (position + word.length() == text.length()
            || !Character.isLetterOrDigit(text.charAt(position + word.length())));
  }

  private void expect(char c) {
    if (skip() != c) {
      throw new ParseException("error parsing args: expected '" + c + "' at " + position);
    }
    position++;
  }

  private char current() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  /** Skips white space, commas and comments; returns the next character. */
  private char skip() {
    while (position < text.length()) {
      var c = text.charAt(position);
      if (c == '#') {
        while (position < text.length() && text.charAt(position) != '\n') {
          position++;
        }
      } else if (Character.isWhitespace(c) || c == ',') {
        position++;
      } else {
        break;
      }
    }
    return current();
  }
}
