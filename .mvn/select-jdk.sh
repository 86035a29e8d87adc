# Sourced by ./mvnw, ./paystream and .ci/run (POSIX sh): makes JAVA_HOME point at a JDK 21+.
# Keeps the caller's JAVA_HOME when it is already 21+, otherwise looks in the usual install places.
paystream_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
paystream_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ] \
    && [ "$(paystream_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  for candidate in /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/*-2[1-9]* /usr/lib/jvm/* \
    /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(paystream_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="$candidate"
      export JAVA_HOME
      return 0
    fi
  done
  echo "Paystream needs a JDK 21 or newer: set JAVA_HOME to one (none found in /usr/lib/jvm, /opt)." >&2
  return 1
}
paystream_select_jdk || exit 1
# Maven's own Guice still reads sun.misc.Unsafe; JDK 24+ warns about it unless told it is allowed.
if [ "$(paystream_java_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
  case "${MAVEN_OPTS-}" in *sun-misc-unsafe-memory-access*) ;; *)
    MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"
    export MAVEN_OPTS ;;
  esac
fi
