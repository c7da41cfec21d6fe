# Shared helpers of newsgraph's scripts. Source it; it sets ROOT.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JOB_JAR="$ROOT/jobs/target/newsgraph-jobs.jar"

# Option parsing helper: `need_value "$@"` before reading $2 fails with one line when an option has no value.
need_value() {
  if [[ $# -lt 2 || -z "$2" || "$2" == --* ]]; then
    echo "$(basename "$0"): $1 needs a value (see the header of $0)" >&2
    exit 2
  fi
}
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
export SPARK_SCALA_VERSION=2.13

# Builds the job jar, its libraries and the Maven-laid Spark runtime when missing or older than the sources.
ensure_built() {
  local stamp="$ROOT/jobs/target/.newsgraph-built"
  if [[ ! -f "$JOB_JAR" || ! -f "$stamp" || -n "$(find "$ROOT/pom.xml" "$ROOT/jobs/pom.xml" "$ROOT/jobs/src/main" "$ROOT/jobs/spark-runtime/pom.xml" "$ROOT/jobs/kernel/pom.xml" "$ROOT/jobs/kernel/src/main" -newer "$stamp" -print -quit)" ]]; then
    echo "newsgraph: building (first use or sources changed) ..." >&2
    # Maven's console library writes colour resets even in batch mode; they are dropped when stderr is no terminal
    if [[ -t 2 ]]; then
      (cd "$ROOT" && mvn -q -B -DskipTests package) >&2
    else
      (cd "$ROOT" && mvn -q -B -DskipTests package 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g'; exit "${PIPESTATUS[0]}") >&2
    fi
    touch "$stamp"
  fi
}

# JVM options Spark needs on Java 17 (as org.apache.spark.launcher.JavaModuleOptions lists them).
SPARK_JVM_FLAGS=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true)

# Jupyter from Debian's packages (a pyenv python may come first on PATH).
JUPYTER=${JUPYTER:-/usr/bin/jupyter}

# The Wikipedia dictionary for entity linking (CoreNLP's KBP models jar that the build copies), or nothing.
default_kb() {
  local f
  for f in "$ROOT"/jobs/target/kb/*models-english-kbp*.jar; do
    [[ -f "$f" ]] && { echo "$f"; return; }
  done
}

# Comma-separated runtime libraries of the job (CoreNLP and its models), for --jars.
job_libs() {
  local IFS=,
  local jars=("$ROOT"/jobs/target/lib/*.jar)
  echo "${jars[*]}"
}

# The Spark installation used: $SPARK_HOME when it has bin/spark-submit, else the runtime laid out from Maven.
spark_home() {
  if [[ -n "${SPARK_HOME:-}" && -x "${SPARK_HOME}/bin/spark-submit" ]]; then
    echo "$SPARK_HOME"
  else
    mkdir -p "$ROOT/jobs/spark-runtime/target/spark-home/conf"
    echo "$ROOT/jobs/spark-runtime/target/spark-home"
  fi
}

# Runs a Spark class the way bin/spark-class does: org.apache.spark.launcher.Main prints the java
# command (with the JVM module options Spark needs), which is then executed.
spark_class() {
  local home cmd=() arg
  home=$(spark_home)
  if [[ -x "$home/bin/spark-class" ]]; then
    "$home/bin/spark-class" "$@"
    return
  fi
  while IFS= read -r -d "" arg; do arg=${arg#$'\n'}; [[ -n "$arg" ]] && cmd+=("$arg"); done < <(
    SPARK_HOME="$home" java -Xmx128m -cp "$home/jars/*" org.apache.spark.launcher.Main "$@")
  SPARK_HOME="$home" "${cmd[@]}"
}

spark_submit() {
  spark_class org.apache.spark.deploy.SparkSubmit "$@"
}

# Submits a newsgraph main class with the defaults of local use.
submit_class() {
  local cls=$1 rc master=${NEWSGRAPH_MASTER:-local[*]} libs; shift
  local args=(--master "$master" ${NEWSGRAPH_SUBMIT_OPTS:-}
    --driver-memory "${NEWSGRAPH_DRIVER_MEMORY:-4g}"
    --conf spark.ui.enabled=false
    --conf "spark.driver.extraJavaOptions=-Dlog4j2.configurationFile=$ROOT/scripts/log4j2.properties ${NEWSGRAPH_DRIVER_JAVA_OPTS:-}")
  if [[ "$master" == local* ]]; then
    # local mode: the executor is the driver's JVM, so the libraries go on its class path; with --jars
    # every run would copy them (CoreNLP's 500 MB of models) into a fresh temporary directory first
    libs=$(job_libs); args+=(--driver-class-path "${libs//,/:}")
  else
    args+=(--jars "$(job_libs)")
  fi
  if [[ -t 2 ]]; then
    # on a terminal: Spark's progress bar (stage, tasks done / total) while the job runs
    spark_submit "${args[@]}" --conf spark.ui.showConsoleProgress=true --class "$cls" "$JOB_JAR" "$@"
    return
  fi
  # otherwise stderr passes through a filter of meaningless start-up notices; stdout is untouched
  { spark_submit "${args[@]}" --class "$cls" "$JOB_JAR" "$@" 2>&1 1>&3 3>&- | quiet_stderr >&2
    rc=${PIPESTATUS[0]}; } 3>&1
  return "$rc"
}

# Start-up notices that say nothing to a user (the JVM's note on the incubator module Spark adds) are
# dropped from stderr; every other warning and error stays. Hadoop's native-library notice is silenced
# in scripts/log4j2.properties.
quiet_stderr() {
  grep --line-buffered -v -E '^WARNING: Using incubator modules: jdk\.incubator\.vector$' || true
}
