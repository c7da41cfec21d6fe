# Shared helpers of newsgraph's scripts. Source it; it sets ROOT.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JOB_JAR="$ROOT/jobs/target/newsgraph-jobs.jar"
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
export SPARK_SCALA_VERSION=2.13

# Builds the job jar, its libraries and the Maven-laid Spark runtime when missing or older than the sources.
ensure_built() {
  local stamp="$ROOT/jobs/target/.newsgraph-built"
  if [[ ! -f "$JOB_JAR" || ! -f "$stamp" || -n "$(find "$ROOT/pom.xml" "$ROOT/jobs/pom.xml" "$ROOT/jobs/src/main" "$ROOT/jobs/spark-runtime/pom.xml" -newer "$stamp" -print -quit)" ]]; then
    echo "newsgraph: building (first use or sources changed) ..." >&2
    (cd "$ROOT" && mvn -q -B -DskipTests package) >&2
    touch "$stamp"
  fi
}

# Comma-separated runtime libraries of the job (CoreNLP and its models), for --jars.
job_libs() {
  local IFS=,
  local jars=("$ROOT"/jobs/target/lib/*.jar)
  echo "${jars[*]}"
}

# spark-submit: a real Spark installation when SPARK_HOME has one, else the runtime laid out from Maven,
# launched the way bin/spark-submit does (org.apache.spark.launcher.Main prints the java command).
spark_submit() {
  local home=${SPARK_HOME:-}
  if [[ -n "$home" && -x "$home/bin/spark-submit" ]]; then
    "$home/bin/spark-submit" "$@"
    return
  fi
  home="$ROOT/jobs/spark-runtime/target/spark-home"
  mkdir -p "$home/conf"
  local cmd=()
  while IFS= read -r -d "" arg; do arg=${arg#$'\n'}; [[ -n "$arg" ]] && cmd+=("$arg"); done < <(
    SPARK_HOME="$home" java -Xmx128m -cp "$home/jars/*" org.apache.spark.launcher.Main \
      org.apache.spark.deploy.SparkSubmit "$@")
  SPARK_HOME="$home" "${cmd[@]}"
}

# Submits a newsgraph main class with the defaults of local use.
submit_class() {
  local cls=$1; shift
  spark_submit --master "${NEWSGRAPH_MASTER:-local[*]}" \
    --driver-memory "${NEWSGRAPH_DRIVER_MEMORY:-4g}" \
    --conf spark.ui.enabled=false \
    --conf "spark.driver.extraJavaOptions=-Dlog4j2.level=warn" \
    --jars "$(job_libs)" --class "$cls" "$JOB_JAR" "$@"
}
