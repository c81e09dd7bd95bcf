# Sourced by ./flarelink and ./test: sets JAVA_HOME to a JDK of version 21 or newer.
# Looks at JAVA_HOME, then `java` on PATH, then /usr/lib/jvm/*, newest first.

flarelink_java_version() {
  # Prints the feature version (17, 21, 25, ...) of the given java binary, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

flarelink_is_jdk() {
  # A JDK (not just a runtime) of version 21 or newer: it must have javac.
  local home="$1" version
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  version="$(flarelink_java_version "$home/bin/java")"
  [ -n "$version" ] && [ "$version" -ge 21 ]
}

flarelink_find_jdk() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && flarelink_is_jdk "$JAVA_HOME"; then
    return 0
  fi
  if command -v java >/dev/null 2>&1; then
    candidate="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    if flarelink_is_jdk "$candidate"; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    if flarelink_is_jdk "$candidate"; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "flarelink: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm)." >&2
  echo "flarelink: install one (for example Temurin 21 or 25) or set JAVA_HOME to it." >&2
  return 1
}

flarelink_find_jdk || exit 1
